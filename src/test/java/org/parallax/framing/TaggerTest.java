package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.text.SentenceSplitter;

/** Tokens and their offsets. */
class TaggerTest {

  private static List<String> tokens(String text) {
    Article a = new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
    return new Tagger().tag(a).stream().map(t -> text.substring(t.start(), t.end())).toList();
  }

  @Test
  void keepsAnEmojiWhole() {
    // OpenNLP's tokenizer cuts "“😀" between the emoji's two UTF-16 halves.
    assertEquals(List.of("“", "😀"), tokens("“😀"));
  }

  @Test
  void leavesZeroWidthSpacesOutOfTokens() {
    // OpenNLP's tokenizer does not take U+200B or U+FEFF for spaces: "ISIL\u200B" would be a label of its own.
    assertEquals(List.of("ISIL", "fighters", "fled"), tokens("ISIL\u200B fighters \uFEFFfled"));
  }
}
