package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown to plain text, on input that once overflowed the regex engine's stack. */
class MarkdownTextTest {

  @Test
  void keepsTheWordsOfALinkWithAVeryLongTarget() {
    String image = "data:image/png;base64," + "A".repeat(100_000);
    assertEquals("Kerry spoke.", MarkdownText.toPlainText("[Kerry](" + image + ") spoke."));
  }

  @Test
  void dropsAVeryLongRule() {
    assertEquals("Kerry spoke.\n", MarkdownText.toPlainText("Kerry spoke.\n" + "-".repeat(100_000)));
    assertEquals("Kerry spoke.\n", MarkdownText.toPlainText("Kerry spoke.\n" + "* ".repeat(50_000)));
    assertEquals("Kerry spoke.\n", MarkdownText.toPlainText("Kerry spoke.\n- - -"));
  }
}
