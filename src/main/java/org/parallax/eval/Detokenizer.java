package org.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.text.TextRange;

/**
 * Joins a tokenised sentence back into text as a writer would have typed it: no space before {@code , . ;
 * : ) 's n't %} and closing quotation marks, none after {@code ( $} and opening ones; PTB quotation
 * tokens ({@code ``}, {@code ''}) become typographic marks; a time of day is one word ("20:09"), so are words
 * the corpus cut at their hyphens ("T-Mobile"), and so is
 * a web address given as a sentence. Every token keeps its place: {@link
 * Sentence#tokens()} gives its characters in the text.
 */
final class Detokenizer {

  /** A sentence's text and, per token in order, where it is in that text. */
  record Sentence(String text, List<TextRange> tokens) {
    Sentence {
      tokens = List.copyOf(tokens);
    }
  }

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(
          ",", ".", ";", ":", ")", "]", "}", "?", "!", "%", "...", "”", "’", "'", "''", "'s", "n't", "'re", "'ve",
          "'ll", "'d", "'m");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "us$", "“", "‘", "``", "#");

  private Detokenizer() {}

  static Sentence join(List<String> tokens) {
    return join(tokens, true);
  }

  /**
   * As {@link #join(List)}; {@code hyphensCut}: whether the corpus cuts words at their hyphens, so that a
   * hyphen token between two words joins them. A corpus that keeps "hit-and-run" one token writes a
   * hyphen token only for a dash ("Apple - the company").
   */
  static Sentence join(List<String> tokens, boolean hyphensCut) {
    StringBuilder text = new StringBuilder();
    List<TextRange> ranges = new ArrayList<>(tokens.size());
    boolean glueNext = true;
    boolean quoteOpen = false;
    // A web address the corpus gives as a sentence ("http : / / www . example . com / ...") is one word again.
    boolean address = !tokens.isEmpty() && tokens.get(0).toLowerCase(Locale.ROOT).matches("https?|https?:|www|www\\..*") && tokens.contains("/");
    for (int i = 0; i < tokens.size(); i++) {
      String raw = tokens.get(i);
      String token = rendered(raw);
      String lower = raw.toLowerCase(Locale.ROOT);
      boolean glueBefore;
      boolean glueAfter;
      if (raw.equals("\"")) {
        // A straight quotation mark opens or closes by turns.
        glueBefore = quoteOpen;
        glueAfter = !quoteOpen;
        quoteOpen = !quoteOpen;
      } else {
        glueBefore = NO_SPACE_BEFORE.contains(lower);
        glueAfter = NO_SPACE_AFTER.contains(lower);
        // Corpora mix straight and PTB marks ("American Pie''): a typographic mark sets the turn too.
        if (token.equals("“")) {
          quoteOpen = true;
        } else if (token.equals("”")) {
          quoteOpen = false;
        }
      }
      // A time of day: "20 : 09" is "20:09".
      if (i >= 2 && tokens.get(i - 1).equals(":") && tokens.get(i - 2).matches("\\d{1,2}") && raw.matches("\\d{2}")) {
        glueBefore = true;
      }
      // A hyphen between two words joins them, as the corpus cut them: "T - Mobile" is "T-Mobile",
      // "hit - and - run" "hit-and-run".
      if (hyphensCut && raw.equals("-") && i >= 1 && i + 1 < tokens.size() && isWordToken(tokens.get(i - 1)) && isWordToken(tokens.get(i + 1))) {
        glueBefore = true;
        glueAfter = true;
      }
      if (address) {
        glueBefore = true;
      }
      if (!glueNext && !glueBefore) {
        text.append(' ');
      }
      int start = text.length();
      text.append(token);
      ranges.add(new TextRange(start, text.length()));
      glueNext = glueAfter;
    }
    return new Sentence(text.toString(), ranges);
  }

  /** Whether a document's tokens never keep a hyphen inside a word: its hyphen tokens then cut words. */
  static boolean cutsHyphens(java.util.Collection<? extends List<String>> sentences) {
    for (List<String> s : sentences) {
      for (String t : s) {
        int dash = t.indexOf('-', 1);
        if (dash > 0 && dash < t.length() - 1 && Character.isLetter(t.charAt(dash - 1)) && Character.isLetter(t.charAt(dash + 1))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isWordToken(String token) {
    return !token.isEmpty() && Character.isLetterOrDigit(token.charAt(token.length() - 1)) && Character.isLetterOrDigit(token.charAt(0));
  }

  private static String rendered(String token) {
    return switch (token) {
      case "``" -> "“";
      case "''" -> "”";
      case "-LRB-" -> "(";
      case "-RRB-" -> ")";
      default -> token;
    };
  }
}
