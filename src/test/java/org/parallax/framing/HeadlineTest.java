package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;

/** An article's headline is read like its body: its names join the body's, its labels are loaded. */
class HeadlineTest {

  @TempDir Path dir;

  @Test
  void aTitleCaseHeadlinesNamesJoinTheBodysAndItsOtherWordsAreNoNames() throws Exception {
    Analysis a = Stories.analyse(dir,
        "a.txt", "Minister Says Ghana Will Get More Aid After Floods\n\n"
            + "Finance Minister Kwame Osei said on Monday that Ghana would get more aid. Heavy floods cut the north off last week.\n",
        "b.txt", "Osei Promises Aid As Floods Cut Off Northern Ghana\n\n"
            + "The first aid trucks reached Ghana on Tuesday, officials said. The floods had cut the roads, Osei said.\n");
    Article first = a.article("a").orElseThrow();
    assertEquals("Minister Says Ghana Will Get More Aid After Floods", first.text().substring(0, first.headline().end()));
    Referent ghana = Stories.referent(a, "a", "Ghana");
    assertTrue(ghana.mentions().stream().anyMatch(m -> m.article().equals("a") && first.inHeadline(m.start(), m.end())),
        "the headline's Ghana is a mention: " + ghana);
    assertEquals(ghana, Stories.referentWith(a, "b", "Ghana", 1).orElseThrow());
    // The body names a referent: "floods", not the headline's "Floods".
    assertEquals("floods", Stories.referent(a, "a", "Heavy floods").name());
    assertEquals(Stories.referent(a, "a", "Finance Minister Kwame Osei"), Stories.referent(a, "b", "Osei"));
    // Title case capitalises every word: none of them makes a name of its own.
    assertTrue(a.referents().stream().noneMatch(r -> r.name().matches(".*\\b(Says|Will|Get|Promises|Cut|After)\\b.*")),
        "no name made of a headline's verbs: " + a.referents());
  }

  @Test
  void aHeadlinesLabelIsLoadedAndTheHeadlineIsNoFactAndNotUnique() throws Exception {
    Analysis a = Stories.analyse(dir,
        "a.txt", "Assad Regime Shells Rebel Town of Talbiseh\n\n"
            + "Syrian government forces shelled the town of Talbiseh on Sunday, killing at least twelve people, activists said.\n",
        "b.txt", "Syrian army shells Talbiseh\n\n"
            + "Syrian government forces shelled the rebel-held town of Talbiseh on Sunday and killed at least twelve people, activists said.\n");
    Article first = a.article("a").orElseThrow();
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream())
            .anyMatch(m -> m.article().equals("a") && first.inHeadline(m.start(), m.end()) && m.loaded() && m.text().contains("Regime")),
        "the headline's 'Assad Regime' is a loaded label: " + a.referents());
    assertTrue(a.facts().stream().anyMatch(f -> f.members().size() == 2), "the two lead sentences tell one fact: " + a.facts());
    for (Span s : a.facts().stream().flatMap(f -> f.members().stream()).toList()) {
      assertTrue(!a.article(s.article()).orElseThrow().inHeadline(s.start(), s.end()), "a headline is no fact member: " + s);
    }
    for (Span s : a.unique()) {
      assertTrue(!a.article(s.article()).orElseThrow().inHeadline(s.start(), s.end()), "a headline is not a unique sentence: " + s);
    }
  }

  @Test
  void aHeadlineDoesNotChangeTheKindTheBodySays() throws Exception {
    // The body writes "in Zembla" once in two: a place. The headline's "Zembla" before "Prime Minister"
    // is a third name that no preposition places, which had outvoted the body.
    Analysis a = Stories.analyse(dir,
        "a.txt", "Zembla Prime Minister Quits\n\n"
            + "The prime minister resigned on Monday after weeks of protests in Zembla. Zembla will vote again in May, officials said.\n",
        "b.txt", "Protesters Celebrate As Premier Steps Down\n\n"
            + "Crowds cheered in the capital on Monday after the prime minister stepped down, officials said.\n");
    Referent zembla = Stories.referent(a, "a", "Zembla");
    assertEquals(3, zembla.mentions().size(), "the headline's Zembla is a mention: " + zembla);
    assertEquals("place", zembla.kind());
  }
}
