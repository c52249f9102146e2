package org.parallax.export;

import java.util.EnumMap;
import java.util.Map;
import org.parallax.analysis.Highlight;

/**
 * The colours of the highlight kinds, one per {@link Highlight.Kind}, taken from the Okabe-Ito
 * palette so that readers with the common colour-vision deficiencies can still tell them apart. The
 * report's legend, its marks and its annotations use these; the desktop app can use them too so
 * that a kind looks the same everywhere.
 *
 * <p>{@link #strong} is the palette colour itself (underlines, legend swatches, annotation colour);
 * {@link #tint} is the same hue mixed with white, light enough for black text on top to stay
 * readable.
 */
public final class Palette {

  private static final Map<Highlight.Kind, Integer> STRONG = new EnumMap<>(Highlight.Kind.class);
  private static final Map<Highlight.Kind, Float> TINT_STRENGTH =
      new EnumMap<>(Highlight.Kind.class);

  static {
    STRONG.put(Highlight.Kind.QUOTE, 0x56B4E9); // sky blue
    STRONG.put(Highlight.Kind.ALTERED_QUOTE, 0xCC79A7); // reddish purple
    STRONG.put(Highlight.Kind.FACT, 0x009E73); // bluish green
    STRONG.put(Highlight.Kind.LOADED_LABEL, 0xD55E00); // vermillion
    STRONG.put(Highlight.Kind.LOADED_WORD, 0xD55E00); // vermillion, as labels: both are loaded wording
    STRONG.put(Highlight.Kind.HEDGE, 0xE69F00); // orange
    STRONG.put(Highlight.Kind.UNIQUE, 0xF0E442); // yellow
    // Dark hues need less of themselves to show; yellow needs more to show at all.
    TINT_STRENGTH.put(Highlight.Kind.QUOTE, 0.40f);
    TINT_STRENGTH.put(Highlight.Kind.ALTERED_QUOTE, 0.40f);
    TINT_STRENGTH.put(Highlight.Kind.FACT, 0.22f);
    TINT_STRENGTH.put(Highlight.Kind.LOADED_LABEL, 0.35f);
    TINT_STRENGTH.put(Highlight.Kind.LOADED_WORD, 0.20f);
    TINT_STRENGTH.put(Highlight.Kind.HEDGE, 0.40f);
    TINT_STRENGTH.put(Highlight.Kind.UNIQUE, 0.55f);
  }

  private Palette() {}

  /** The palette colour of {@code kind}, as {@code 0xRRGGBB}. */
  public static int strong(Highlight.Kind kind) {
    return STRONG.get(kind);
  }

  /** The light fill for text marked as {@code kind}, as {@code 0xRRGGBB}. */
  public static int tint(Highlight.Kind kind) {
    return mix(STRONG.get(kind), TINT_STRENGTH.get(kind));
  }

  /**
   * The light fill for one mark: its kind's tint, except that every other aligned fact (by its number)
   * is a shade deeper, so that two facts side by side (two clauses of one sentence) stay apart.
   */
  public static int tint(Highlight h) {
    if (h.kind() == Highlight.Kind.FACT && h.item() != null && FACT_ID.matcher(h.item()).matches()
        && Integer.parseInt(h.item().substring(1)) % 2 == 0) {
      return mix(STRONG.get(Highlight.Kind.FACT), EVEN_FACT_STRENGTH);
    }
    return tint(h.kind());
  }

  /** A fact's id as the engine numbers them. */
  private static final java.util.regex.Pattern FACT_ID = java.util.regex.Pattern.compile("f\\d{1,9}");
  /** The tint of every other aligned fact. */
  private static final float EVEN_FACT_STRENGTH = 0.36f;

  /** {@code rgb} mixed with white, keeping {@code strength} (0 = white, 1 = the colour itself). */
  static int mix(int rgb, float strength) {
    int r = channel(rgb >> 16, strength);
    int g = channel(rgb >> 8, strength);
    int b = channel(rgb, strength);
    return (r << 16) | (g << 8) | b;
  }

  private static int channel(int v, float strength) {
    int c = v & 0xFF;
    return Math.round(255 - (255 - c) * strength);
  }

  /** {@code 0xRRGGBB} as three components in [0, 1], as PDF colour operators take them. */
  static float[] components(int rgb) {
    return new float[] {
      ((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f
    };
  }
}
