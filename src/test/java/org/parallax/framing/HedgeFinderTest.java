package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hedge and attribution cues in the outlet's own voice. */
class HedgeFinderTest {

  private static List<String> cues(String text) {
    Parsed p = FramingPropertyTest.parse(text);
    return new HedgeFinder(FramingLexicon.bundled()).find(p, 0).stream().map(HedgeFinder.Cue::text).toList();
  }

  @Test
  void neverTakesAQuotedSubjectForTheOutletsAttribution() {
    // The quotation („ ... '') holds the subject: the cue would start inside the speaker's words.
    assertEquals(List.of(), cues("„ S''insisted"));
    assertEquals(List.of(), cues("He said „ diplomats'' say it failed."));
    assertEquals(List.of("The diplomats say"), cues("He left. The diplomats say it failed."));
  }
}
