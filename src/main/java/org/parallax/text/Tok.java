package org.parallax.text;

import java.util.Objects;

/**
 * One token of a text, the one token type of the engine: {@code [start, end)} in the text it was read
 * from (an article's cleaned text, or the string a {@link Tokenizer} was given), the characters as
 * written, their folded form for look-ups, and what the tokeniser says it is.
 *
 * <p>Tags come from the tokeniser: the rule-based tokenisers ({@link Tokenizer}) tag {@link #WORD},
 * {@link #PUNCT} or {@link #QUOTE} (a whole quotation collapsed into one token); the part-of-speech
 * tagger tags Universal Dependencies parts of speech ({@code NOUN}, {@code PROPN}, {@code PUNCT}...) and
 * {@code POSS} for a possessive ending. {@code lower} is {@code text} folded by the tokeniser's {@link
 * Folding} (for a possessive ending it is {@code 's}).
 *
 * <p>Invariants: {@code 0 <= start <= end}; {@code text} and {@code tag} are not null.
 * {@code text} is the characters {@code [start, end)} except for a line-break token, whose text is
 * {@code "\n"} and whose range covers the whole run of white space.
 *
 * @param sentence the index of the sentence the token is in, or -1 where the tokeniser does not say
 * @param quote for a {@link #QUOTE} token, the index of the quotation it stands for; otherwise -1
 */
public record Tok(int start, int end, String text, String lower, String tag, int sentence, int quote) {

  /** A word of a rule-based tokeniser: it starts with a letter or a digit. */
  public static final String WORD = "WORD";
  /** Punctuation or any other symbol (and a line break). */
  public static final String PUNCT = "PUNCT";
  /** A whole quotation with its marks, as one token. */
  public static final String QUOTE = "QUOTE";

  public Tok {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
    }
  }

  /** A tagged token (no quotation). */
  public Tok(int start, int end, String text, String lower, String tag, int sentence) {
    this(start, end, text, lower, tag, sentence, -1);
  }

  public boolean is(String t) {
    return tag.equals(t);
  }

  /** The same token read with another tag (a rule correcting the tagger). */
  public Tok withTag(String t) {
    return new Tok(start, end, text, lower, t, sentence, quote);
  }

  /** Whether a rule-based tokeniser took this for a word ({@link #WORD}). */
  public boolean isWord() {
    return tag.equals(WORD);
  }

  /** Whether this is the one punctuation character {@code c}. */
  public boolean isPunct(char c) {
    return tag.equals(PUNCT) && text.length() == 1 && text.charAt(0) == c;
  }

  /** The marks a quotation opens or closes with, as tokens: straight, curly, single, doubled ('' and ``). */
  private static final java.util.Set<String> QUOTE_MARKS =
      java.util.Set.of("\"", "\u201c", "\u201d", "''", "``", "'", "\u2018", "\u2019");

  /** Whether this token is a quotation mark ("“", "”", "'", "''"...). */
  public boolean isQuoteMark() {
    return QUOTE_MARKS.contains(text);
  }

  public boolean isPossessive() {
    return tag.equals("POSS");
  }

  public TextRange range() {
    return new TextRange(start, end);
  }
}
