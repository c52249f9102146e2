package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.analysis.Highlight;

/**
 * The key to the marks: a full legend (swatch, name, meaning, how many) for the summary, and a
 * compact one (swatch and name) in the header of every article page. Swatches are drawn exactly as
 * the marks are: the tint, with the underline where the kind has one.
 */
final class Legend implements ReportCanvas.HeaderExtra {

  private static final Map<Highlight.Kind, String> MEANING = new EnumMap<>(Highlight.Kind.class);

  static {
    MEANING.put(Highlight.Kind.QUOTE, "the same quotation, carried by two or more outlets");
    MEANING.put(
        Highlight.Kind.ALTERED_QUOTE,
        "a quotation whose words differ from another outlet's rendering");
    MEANING.put(Highlight.Kind.FACT, "a sentence, or a clause of one, reporting a fact that other outlets report too");
    MEANING.put(
        Highlight.Kind.LOADED_LABEL, "a name for an actor or group that carries a judgement");
    MEANING.put(
        Highlight.Kind.LOADED_WORD, "a word that judges or dramatises in the outlet's own voice (slammed, draconian)");
    MEANING.put(
        Highlight.Kind.HEDGE, "a hedging or attribution cue (reportedly, alleged, according to …)");
    MEANING.put(Highlight.Kind.UNIQUE, "a sentence that no other outlet reports");
  }

  private final List<Highlight.Kind> kinds;
  private final Map<Highlight.Kind, Integer> counts;

  Legend(Set<Highlight.Kind> kinds, List<Highlight> drawn) {
    this.kinds = new ArrayList<>();
    for (Highlight.Kind k : Highlight.Kind.values()) {
      if (kinds.contains(k)) {
        this.kinds.add(k);
      }
    }
    this.counts = new EnumMap<>(Highlight.Kind.class);
    for (Highlight h : drawn) {
      counts.merge(h.kind(), 1, Integer::sum);
    }
  }

  /** The compact legend, right-aligned in the header band. */
  @Override
  public void draw(ReportCanvas c) throws IOException {
    float size = 7.5f;
    float base = ReportCanvas.PAGE.getHeight() - 30;
    List<LaidLine> labels = new ArrayList<>();
    float total = 0;
    for (Highlight.Kind k : kinds) {
      LaidLine l = Typesetter.single(k.label(), c.regular, size);
      labels.add(l);
      total += 16 + l.width() + 10;
    }
    float x = ReportCanvas.RIGHT - total + 10;
    for (int i = 0; i < kinds.size(); i++) {
      swatch(c, kinds.get(i), x, base, 13, size);
      c.text(labels.get(i), x + 16, base, c.regular, size, ReportCanvas.GREY);
      x += 16 + labels.get(i).width() + 10;
    }
  }

  /** The full legend at the canvas cursor. */
  void drawFull(ReportCanvas c) throws IOException {
    float size = 8.5f;
    float leading = 14;
    c.room(leading * (kinds.size() + 1));
    for (Highlight.Kind k : kinds) {
      c.y -= leading;
      float base = c.y + 3;
      swatch(c, k, ReportCanvas.LEFT, base, 30, size);
      LaidLine name = Typesetter.single(k.label(), c.bold, size);
      c.text(name, ReportCanvas.LEFT + 38, base, c.bold, size, ReportCanvas.INK);
      int n = counts.getOrDefault(k, 0);
      String rest = MEANING.get(k) + "  (" + n + (n == 1 ? " mark)" : " marks)");
      c.text(
          Typesetter.single(rest, c.regular, size),
          ReportCanvas.LEFT + 160,
          base,
          c.regular,
          size,
          ReportCanvas.GREY);
    }
    c.y -= 8;
  }

  private static void swatch(
      ReportCanvas c, Highlight.Kind k, float x, float base, float w, float size)
      throws IOException {
    float bottom = base - c.regular.descent() * size;
    float h = (c.regular.ascent() + c.regular.descent()) * size;
    c.fill(x, bottom, w, h, Palette.tint(k));
    if (ArticlePages.phraseLevel(k)) {
      c.rule(x, base - 1.4f, x + w, Palette.strong(k), 0.9f);
    }
  }
}
