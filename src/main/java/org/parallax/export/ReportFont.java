package org.parallax.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded face of the report (DejaVu Sans or its bold), loaded from the bundled resources,
 * subset on save, with its glyph coverage and advance widths at hand.
 *
 * <p>Glyph substitution (GSUB) is switched off: PDFBox otherwise swaps "fi"/"fl" for ligature
 * glyphs, and a ligature glyph has no place in the text layer, so "Takfiri" would no longer be
 * found. Arabic is shaped beforehand by {@link TextShaper} into presentation forms, which need no
 * GSUB either.
 *
 * <p>Invariant: {@link #glyphs} never returns a character the font cannot draw, so {@code showText}
 * cannot fail on a missing glyph; what had to be replaced is recorded in the shared {@code missing}
 * set.
 */
final class ReportFont implements AutoCloseable {

  static final String REGULAR = "/parallax/fonts/DejaVuSans.ttf";
  static final String BOLD = "/parallax/fonts/DejaVuSans-Bold.ttf";

  /** Drawn in place of a character the font lacks: visible, and searchable as itself. */
  static final String REPLACEMENT = "\uFFFD";

  private final TrueTypeFont ttf;
  private final PDType0Font font;
  private final CmapLookup cmap;
  private final float ascent;
  private final float descent;
  private final Set<Integer> missing;
  // Advance widths in 1/1000 em for the Basic Multilingual Plane, filled on first use (NaN =
  // unknown).
  private final float[] widths = new float[0x10000];
  // Whether the font has a glyph, for the Basic Multilingual Plane: 0 unknown, 1 yes, 2 no.
  private final byte[] coverage = new byte[0x10000];

  private ReportFont(TrueTypeFont ttf, PDType0Font font, Set<Integer> missing) throws IOException {
    this.ttf = ttf;
    this.font = font;
    this.cmap = ttf.getUnicodeCmapLookup();
    this.missing = missing;
    float unitsPerEm = ttf.getUnitsPerEm();
    this.ascent = ttf.getHorizontalHeader().getAscender() / unitsPerEm;
    this.descent = -ttf.getHorizontalHeader().getDescender() / unitsPerEm;
    Arrays.fill(widths, Float.NaN);
  }

  /**
   * Loads the bundled face {@code resource} into {@code doc}; characters it lacks go to {@code
   * missing}.
   */
  static ReportFont load(PDDocument doc, String resource, Set<Integer> missing) throws IOException {
    byte[] bytes = FontBytes.of(resource);
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    ttf.setEnableGsub(false);
    try {
      return new ReportFont(ttf, PDType0Font.load(doc, ttf, true), missing);
    } catch (IOException | RuntimeException e) {
      ttf.close();
      throw e;
    }
  }

  PDType0Font pdFont() {
    return font;
  }

  /** Height above the baseline, as a fraction of the font size. */
  float ascent() {
    return ascent;
  }

  /** Depth below the baseline, as a positive fraction of the font size. */
  float descent() {
    return descent;
  }

  boolean has(int codePoint) {
    if (codePoint >= coverage.length) {
      return cmap.getGlyphId(codePoint) > 0;
    }
    byte known = coverage[codePoint];
    if (known == 0) {
      known = cmap.getGlyphId(codePoint) > 0 ? (byte) 1 : (byte) 2;
      coverage[codePoint] = known;
    }
    return known == 1;
  }

  /**
   * What to draw for {@code codePoint}: itself if the font has it, nothing for invisible format and
   * control characters, a space for other whitespace, else {@link #REPLACEMENT} (recorded as
   * missing).
   */
  String glyphs(int codePoint) {
    if (codePoint == ' ' || (codePoint != '\u00A0' && Character.isWhitespace(codePoint))) {
      return " ";
    }
    int type = Character.getType(codePoint);
    if (type == Character.FORMAT || type == Character.CONTROL) {
      return "";
    }
    if (has(codePoint)) {
      return new String(Character.toChars(codePoint));
    }
    synchronized (missing) {
      missing.add(codePoint);
    }
    return REPLACEMENT;
  }

  /**
   * Advance width of the drawable string {@code s} (from {@link #glyphs}) at {@code size} points.
   */
  float width(String s, float size) {
    float w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += advance(cp);
      i += Character.charCount(cp);
    }
    return w * size / 1000f;
  }

  private float advance(int cp) {
    if (cp < widths.length && !Float.isNaN(widths[cp])) {
      return widths[cp];
    }
    float w;
    try {
      w = ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * 1000f / ttf.getUnitsPerEm();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (cp < widths.length) {
      widths[cp] = w;
    }
    return w;
  }

  @Override
  public void close() throws IOException {
    ttf.close();
  }

  /**
   * The font files, read once per run: parsing is cheap, reading 700 kB from the jar every time is
   * not.
   */
  private static final class FontBytes {
    private static final java.util.Map<String, byte[]> CACHE =
        new java.util.concurrent.ConcurrentHashMap<>();

    static byte[] of(String resource) throws IOException {
      byte[] cached = CACHE.get(resource);
      if (cached != null) {
        return cached;
      }
      try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("font " + resource + " is missing from the application");
        }
        byte[] bytes = in.readAllBytes();
        CACHE.put(resource, bytes);
        return bytes;
      }
    }
  }
}
