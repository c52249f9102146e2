package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.Span;

/**
 * The story at a glance, one page after the cover: the divergences that tell most about how the outlets
 * differ, and the outlets ranked by how much loaded wording they use, with their labels and hedging.
 * Whatever the corpus's size it stays one page: a few rows of each, the rest in the summary.
 */
final class GlancePage {

  /** Divergences listed. */
  static final int DIVERGENCES = 3;
  /** Outlets listed. */
  static final int OUTLETS = 8;

  private GlancePage() {}

  static void draw(ReportCanvas c, Analysis a) throws IOException {
    draw(c, a, Verdicts.NONE);
  }

  /** With the analyst's {@code verdicts} on the divergences marked. */
  static void draw(ReportCanvas c, Analysis a, Verdicts verdicts) throws IOException {
    c.newPage("The story at a glance");
    float left = ReportCanvas.LEFT;
    float width = ReportCanvas.WIDTH;
    c.paragraph("The story at a glance", left, width, c.bold, 15, 21, ReportCanvas.INK);
    c.paragraph(
        "Where the outlets differ most, and how much judging language each uses in its own voice. The"
            + " summary of findings and the annotated articles follow.",
        left, width, c.regular, 8.5f, 12, 0x333333);
    c.y -= 6;

    c.paragraph("The most telling divergences", left, width, c.bold, 11, 16, ReportCanvas.INK);
    List<Divergence> ds = a.divergences();
    if (ds.isEmpty()) {
      c.paragraph("None in this analysis.", left, width, c.regular, 8.5f, 12, ReportCanvas.GREY);
    } else {
      Map<String, String> outletOf = Highlights.names(a.articles());
      Table t =
          new Table(
              new float[] {70, 330, width - 400},
              List.of(Table.Cell.text("Kind"), Table.Cell.text("Each side"), Table.Cell.text("What differs")));
      for (Divergence d : ds.subList(0, Math.min(DIVERGENCES, ds.size()))) {
        List<Table.Piece> sides = new ArrayList<>();
        for (Span s : d.sides().subList(0, Math.min(3, d.sides().size()))) {
          sides.add(Table.Piece.plain(outletOf.getOrDefault(s.article(), s.article()) + ": ‘" + SummaryPages.shorten(s.text(), 60) + "’  "));
        }
        if (d.sides().size() > 3) {
          sides.add(Table.Piece.grey("and " + (d.sides().size() - 3) + " more"));
        }
        List<Table.Piece> kind = new ArrayList<>(List.of(Table.Piece.strong(d.kind()), Table.Piece.grey(" " + d.id())));
        Table.Piece mark = verdicts.piece(verdicts.words(d.id()));
        if (mark != null) {
          kind.add(mark);
        }
        t.row(List.of(
            new Table.Cell(kind, -1),
            new Table.Cell(sides, -1),
            Table.Cell.text(SummaryPages.shorten(d.note(), 160))));
      }
      t.draw(c);
      if (ds.size() > DIVERGENCES) {
        c.paragraph((ds.size() - DIVERGENCES) + " more divergences: the most telling in the summary of findings, all of them in divergences.csv.", left, width, c.regular, 8, 11, ReportCanvas.GREY);
      }
    }
    c.y -= 8;

    c.room(60);
    c.paragraph("Outlets by loaded wording", left, width, c.bold, 11, 16, ReportCanvas.INK);
    List<OutletProfile> outlets = new ArrayList<>(a.outlets());
    outlets.sort(Comparator.comparingDouble(OutletProfile::wordingPer1000Words).reversed().thenComparing(OutletProfile::outlet));
    if (outlets.isEmpty()) {
      c.paragraph("No outlet profiles in this analysis.", left, width, c.regular, 8.5f, 12, ReportCanvas.GREY);
      return;
    }
    Table t =
        new Table(
            new float[] {170, 55, 90, 90, 90, width - 495},
            List.of(
                Table.Cell.text("Outlet"),
                Table.Cell.text("Articles"),
                Table.Cell.text("Loaded wording per 1,000 words"),
                Table.Cell.text("Loaded labels (of mentions)"),
                Table.Cell.text("Hedges per 1,000 words"),
                Table.Cell.text("Its most used loaded wording")));
    for (OutletProfile o : outlets.subList(0, Math.min(OUTLETS, outlets.size()))) {
      StringBuilder cues = new StringBuilder();
      for (OutletProfile.CueCount cue : o.wordingCues().subList(0, Math.min(4, o.wordingCues().size()))) {
        cues.append(cues.length() == 0 ? "" : ", ").append(cue.cue()).append(cue.count() > 1 ? " ×" + cue.count() : "");
      }
      t.row(List.of(
          Table.Cell.of(Table.Piece.strong(o.outlet())),
          Table.Cell.text(Integer.toString(o.articles().size())),
          Table.Cell.text(String.format(Locale.ROOT, "%.1f", o.wordingPer1000Words())),
          Table.Cell.text(o.loadedMentions() + " of " + o.mentions()),
          Table.Cell.text(String.format(Locale.ROOT, "%.1f", o.hedgesPer1000Words())),
          Table.Cell.text(cues.length() == 0 ? "—" : cues.toString())));
    }
    t.draw(c);
    if (outlets.size() > OUTLETS) {
      c.paragraph((outlets.size() - OUTLETS) + " more outlets in outlets.csv.", left, width, c.regular, 8, 11, ReportCanvas.GREY);
    }
  }
}
