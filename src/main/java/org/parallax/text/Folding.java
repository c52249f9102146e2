package org.parallax.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one normalisation for comparing words: which differences of writing do not count. Each feature
 * picks its rules as options of this one normaliser ({@link #NAMES}, {@link #SPELLING}, {@link
 * #LOOKUP}, {@link #TYPOGRAPHY}) instead of keeping a copy of its own.
 *
 * <p>{@link #apply} gives the folded string; {@link #align} gives the same string with a map back to the
 * original characters ({@link Normalized}), so a match found in the folded copy is highlighted on the
 * characters as written. Every rule works on one code point at a time, so the map is exact: each folded
 * character comes from exactly one original code point (the one exception to per-character work, a Greek
 * capital sigma lowercased to the final form at the end of a word, keeps its length and so its place).
 *
 * <p>Invariant: {@code align(s).text().equals(apply(s))} for every string; ASCII text is only
 * lowercased (no rule touches another ASCII character). Instances are immutable and thread-safe.
 */
public final class Folding {

  /** A difference of writing that does not count. */
  public enum Rule {
    /** Letter case, by {@link String#toLowerCase(Locale)} in the root locale ("İ" becomes "i̇"). */
    CASE,
    /** Accents and other non-spacing marks, after canonical decomposition: "Șoigu" = "Soigu". */
    ACCENTS,
    /** Typographic apostrophes as ASCII: "we’re" = "we're" (’ and ‘). */
    APOSTROPHES,
    /** Unicode hyphens as ASCII: "pro‐Russian" = "pro-Russian" (‐ and the non-breaking ‑). */
    HYPHENS,
    /** Curly double quotation marks as ASCII: “ and ” = ". */
    QUOTES,
    /** En and em dashes as a hyphen-minus: "–" = "—" = "-". */
    DASHES
  }

  /** Names and lexicon entries (framing): case, accents, apostrophes and hyphens. */
  public static final Folding NAMES = of(Rule.CASE, Rule.ACCENTS, Rule.APOSTROPHES, Rule.HYPHENS);

  /** Spellings of a quoted word or a name (quotations, speakers): case, accents and apostrophes. */
  public static final Folding SPELLING = of(Rule.CASE, Rule.ACCENTS, Rule.APOSTROPHES);

  /** Word-list look-ups of the attribution rules: case and apostrophes, accents kept. */
  public static final Folding LOOKUP = of(Rule.CASE, Rule.APOSTROPHES);

  /** Passages compared for the reader: case and typographic variants of apostrophes, quotes and dashes. */
  public static final Folding TYPOGRAPHY = of(Rule.CASE, Rule.APOSTROPHES, Rule.QUOTES, Rule.DASHES);

  /** Case only. */
  public static final Folding LOWERCASE = of(Rule.CASE);

  /** Accents only: "Șoigu" = "Soigu", case kept. */
  public static final Folding ACCENTS = of(Rule.ACCENTS);

  private final Set<Rule> rules;

  private Folding(Set<Rule> rules) {
    this.rules = rules;
  }

  /** The folding by these rules. */
  public static Folding of(Rule... rules) {
    EnumSet<Rule> set = EnumSet.noneOf(Rule.class);
    set.addAll(List.of(rules));
    return new Folding(set);
  }

  public boolean has(Rule rule) {
    return rules.contains(rule);
  }

  /** {@code s} folded; ASCII text without case folding comes back as it is, without copying. */
  public String apply(String s) {
    if (isAscii(s)) {
      return rules.contains(Rule.CASE) ? s.toLowerCase(Locale.ROOT) : s;
    }
    return fold(s, null);
  }

  /** {@code s} folded, with the map from each folded character back to the characters of {@code s}. */
  public Normalized align(String s) {
    int[] from = new int[s.length() * 2 + 4];
    int[][] box = {from};
    String text = fold(s, box);
    return new Normalized(s, text, box[0]);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Folds code point by code point; with {@code map}, records for each folded character the index of the
   * original code point it comes from. Case is folded on the whole string at the end, exactly as {@link
   * String#toLowerCase(Locale)} does (it is contextual only for the final sigma, which keeps the length).
   */
  private String fold(String s, int[][] map) {
    StringBuilder b = new StringBuilder(s.length());
    int[] from = map == null ? null : map[0];
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      int before = b.length();
      if (rules.contains(Rule.ACCENTS) && cp >= 128) {
        String d = Normalizer.normalize(s.substring(i, i + n), Normalizer.Form.NFD);
        for (int k = 0; k < d.length(); k++) {
          char c = d.charAt(k);
          if (Character.getType(c) != Character.NON_SPACING_MARK) {
            b.append(replace(c));
          }
        }
      } else if (n == 1) {
        b.append(replace((char) cp));
      } else {
        b.appendCodePoint(cp);
      }
      if (from != null) {
        if (b.length() + 1 > from.length) {
          from = Arrays.copyOf(from, Math.max(from.length * 2, b.length() + 1));
        }
        for (int k = before; k < b.length(); k++) {
          from[k] = i;
        }
      }
      i += n;
    }
    String folded = b.toString();
    if (rules.contains(Rule.CASE)) {
      String lower = folded.toLowerCase(Locale.ROOT);
      if (from != null && lower.length() != folded.length()) {
        // Only "İ" grows (to "i̇"); lowercase code point by code point to keep the map.
        from = lowerMapped(folded, from);
      }
      folded = lower;
    }
    if (map != null) {
      map[0] = Arrays.copyOf(from, folded.length());
    }
    return folded;
  }

  /** The map after lowercasing {@code s} piece by piece, each piece keeping its original index. */
  private static int[] lowerMapped(String s, int[] from) {
    int[] out = new int[s.length() * 2 + 2];
    int o = 0;
    for (int i = 0; i < s.length(); ) {
      int n = Character.charCount(s.codePointAt(i));
      String piece = s.substring(i, i + n).toLowerCase(Locale.ROOT);
      if (o + piece.length() > out.length) {
        out = Arrays.copyOf(out, out.length * 2 + piece.length());
      }
      for (int k = 0; k < piece.length(); k++) {
        out[o++] = from[i];
      }
      i += n;
    }
    return Arrays.copyOf(out, o);
  }

  private char replace(char c) {
    switch (c) {
      case '’', '‘':
        return rules.contains(Rule.APOSTROPHES) ? '\'' : c;
      case '‐', '‑':
        return rules.contains(Rule.HYPHENS) ? '-' : c;
      case '“', '”':
        return rules.contains(Rule.QUOTES) ? '"' : c;
      case '–', '—':
        return rules.contains(Rule.DASHES) ? '-' : c;
      default:
        return c;
    }
  }

  @Override
  public String toString() {
    return "Folding" + rules;
  }
}
