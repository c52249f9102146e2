package org.parallax.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width and lays each line out glyph by glyph, keeping track of
 * where every source character lands, so that a highlight given as character offsets can be drawn
 * (and annotated) exactly over its words.
 *
 * <p>Latin, Cyrillic and Greek are drawn as they are. A line holding right-to-left text is shaped
 * (ICU {@link ArabicShaping}: Arabic letters become their joined presentation forms) and reordered
 * (ICU {@link Bidi}) for drawing; the offsets still refer to the logical source text. Line breaks
 * follow the Unicode line-breaking rules (ICU {@link BreakIterator}); a word longer than the width
 * is cut.
 */
final class Typesetter {

  private static final ArabicShaping SHAPER =
      new ArabicShaping(
          ArabicShaping.LETTERS_SHAPE
              | ArabicShaping.LENGTH_FIXED_SPACES_NEAR
              | ArabicShaping.TEXT_DIRECTION_LOGICAL);

  // Making a line-break iterator loads rules; one per thread is reused for every line.
  private static final ThreadLocal<BreakIterator> LINE_BREAKS =
      ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(ULocale.ROOT));

  private Typesetter() {}

  /**
   * Lays out {@code text[start, end)} in lines no wider than {@code width} points: a newline forces
   * a break, and blank lines are dropped (paragraph spacing is the caller's business).
   */
  static List<LaidLine> set(
      String text, int start, int end, ReportFont font, float size, float width) {
    List<LaidLine> lines = new ArrayList<>();
    int lineStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '\n') {
        if (i > lineStart) {
          setHardLine(text, lineStart, i, font, size, width, lines);
        }
        lineStart = i + 1;
      }
    }
    return lines;
  }

  /** One line with no breaking at all (a heading cut to fit is the caller's choice). */
  static LaidLine single(String text, ReportFont font, float size) {
    List<LaidLine> out = new ArrayList<>();
    setHardLine(text, 0, text.length(), font, size, Float.MAX_VALUE, out);
    return out.isEmpty()
        ? new LaidLine(0, 0, "", 0, new float[0], new float[0], false)
        : out.get(0);
  }

  /**
   * {@code s} on one line within {@code width}: whole if it fits, else cut (at a word when one
   * fits) and ended with "…". With {@code cutAlways} the text is taken to be cut already and ends
   * in "…".
   */
  static String fit(String s, ReportFont font, float size, float width, boolean cutAlways) {
    String flat = s.replaceAll("\\s+", " ").trim();
    if (!cutAlways && single(flat, font, size).width() <= width) {
      return flat;
    }
    String base = cutAlways && flat.endsWith(" …") ? flat.substring(0, flat.length() - 2) : flat;
    float ellipsis = single(" …", font, size).width() + font.width(" ", size);
    int end = base.length();
    while (end > 0 && single(base.substring(0, end), font, size).width() + ellipsis > width) {
      int space = base.lastIndexOf(' ', end - 1);
      end = space > end / 2 ? space : end - 1;
    }
    return base.substring(0, end).trim() + " …";
  }

  private static void setHardLine(
      String text, int from, int to, ReportFont font, float size, float width, List<LaidLine> out) {
    String line = text.substring(from, to);
    boolean bidi = hasRightToLeft(line);
    String shaped = bidi ? shape(line) : line;
    Bidi para = bidi ? new Bidi(line, Bidi.LEVEL_DEFAULT_LTR) : null;
    boolean rtl = para != null && (para.getParaLevel() & 1) == 1;
    float[] w = new float[line.length()];
    for (int i = 0; i < line.length(); i++) {
      w[i] = font.width(glyphsAt(line, shaped, i, font, false), size);
    }
    BreakIterator breaks = LINE_BREAKS.get();
    breaks.setText(line);
    int ls = skipSpaces(line, 0, line.length());
    if (ls == line.length()) {
      return;
    }
    float committed = 0; // width of [ls, fit) including trailing spaces
    int fit = ls;
    for (int b = breaks.following(ls); b != BreakIterator.DONE; ) {
      float segment = sum(w, fit, b);
      float content = committed + sum(w, fit, trimEnd(line, fit, b));
      if (content <= width || fit == ls) {
        if (content <= width) {
          committed += segment;
          fit = b;
          b = breaks.following(b);
          continue;
        }
        // A single piece wider than the line: cut it where it stops fitting.
        int cut = ls;
        float acc = 0;
        while (cut < b && (cut == ls || acc + w[cut] <= width)) {
          acc += w[cut];
          cut += Character.isHighSurrogate(line.charAt(cut)) && cut + 1 < b ? 2 : 1;
        }
        out.add(lay(line, shaped, para, rtl, ls, cut, from, font, size));
        ls = skipSpaces(line, cut, line.length());
        fit = ls;
        committed = 0;
        if (ls >= b) {
          b = ls >= line.length() ? BreakIterator.DONE : breaks.following(ls);
        }
        continue;
      }
      out.add(lay(line, shaped, para, rtl, ls, trimEnd(line, ls, fit), from, font, size));
      ls = skipSpaces(line, fit, line.length());
      fit = ls;
      committed = 0;
    }
    if (trimEnd(line, ls, line.length()) > ls) {
      out.add(lay(line, shaped, para, rtl, ls, trimEnd(line, ls, line.length()), from, font, size));
    }
  }

  /**
   * Lays out {@code line[a, b)}; offsets in the result are shifted by {@code base} into the source.
   */
  private static LaidLine lay(
      String line,
      String shaped,
      Bidi para,
      boolean rtl,
      int a,
      int b,
      int base,
      ReportFont font,
      float size) {
    int n = b - a;
    float[] x0 = new float[n];
    float[] x1 = new float[n];
    StringBuilder visual = new StringBuilder(n);
    float x = 0;
    if (para == null) {
      for (int i = a; i < b; i++) {
        String g = glyphsAt(line, shaped, i, font, false);
        visual.append(g);
        x0[i - a] = x;
        x += font.width(g, size);
        x1[i - a] = x;
      }
    } else {
      Bidi lineBidi = para.setLine(a, b);
      int[] map = lineBidi.getVisualMap();
      for (int v = 0; v < map.length; v++) {
        int li = map[v];
        if (li < 0) {
          continue;
        }
        boolean odd = (lineBidi.getLevelAt(li) & 1) == 1;
        String g = glyphsAt(line, shaped, a + li, font, odd);
        visual.append(g);
        x0[li] = x;
        x += font.width(g, size);
        x1[li] = x;
      }
    }
    return new LaidLine(base + a, base + b, visual.toString(), x, x0, x1, rtl);
  }

  /**
   * The glyph string for source character {@code i}: its shaped form, mirrored inside right-to-left
   * runs; nothing for the low half of a surrogate pair or for a space the lam-alef ligature freed.
   */
  private static String glyphsAt(
      String line, String shaped, int i, ReportFont font, boolean mirrored) {
    char c = line.charAt(i);
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(line.charAt(i - 1))) {
      return "";
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < line.length()
        && Character.isLowSurrogate(line.charAt(i + 1))) {
      return font.glyphs(line.codePointAt(i));
    }
    int s = shaped.charAt(i);
    if (s == ' ' && c != ' ') {
      return "";
    }
    if (s != c && !font.has(s)) {
      s = c; // an unjoined letter reads better than a replacement mark
    }
    if (mirrored && UCharacter.isMirrored(s)) {
      s = UCharacter.getMirror(s);
    }
    return font.glyphs(s);
  }

  private static String shape(String line) {
    try {
      String shaped = SHAPER.shape(line);
      // The fixed-length option promises this; without it the offsets would no longer line up.
      return shaped.length() == line.length() ? shaped : line;
    } catch (ArabicShapingException e) {
      return line;
    }
  }

  /** Whether {@code s} holds any right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
  static boolean hasRightToLeft(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x0590) {
        byte d = Character.getDirectionality(c);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE) {
          return true;
        }
      }
    }
    return false;
  }

  private static float sum(float[] w, int a, int b) {
    float s = 0;
    for (int i = a; i < b; i++) {
      s += w[i];
    }
    return s;
  }

  private static int trimEnd(String s, int a, int b) {
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  private static int skipSpaces(String s, int a, int b) {
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    return a;
  }
}
