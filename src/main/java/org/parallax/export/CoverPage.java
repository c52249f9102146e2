package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.corpus.Article;
import org.parallax.corpus.Problem;

/**
 * The first page: what the corpus is (name, outlets, dates), what was found in numbers, the list of
 * articles, and when and with what the report was made.
 */
final class CoverPage {

  /** Said on the cover (and by the command line) when a corpus has a single article. */
  static final String ONE_ARTICLE = "One article: nothing to align.";

  private CoverPage() {}

  static void draw(ReportCanvas c, Analysis a, String title, String made, List<Highlight> drawn)
      throws IOException {
    c.newPage("Cover");
    float left = ReportCanvas.LEFT;
    float width = ReportCanvas.WIDTH;
    c.y -= 14;
    c.paragraph(title, left, width, c.bold, 22, 27, ReportCanvas.INK);
    c.y -= 2;
    c.paragraph(subtitle(a), left, width, c.regular, 11.5f, 15, 0x333333);
    c.paragraph(made, left, width, c.regular, 8, 11, ReportCanvas.GREY);
    c.y -= 8;
    if (a.articles().size() == 1) {
      c.note(
          ONE_ARTICLE
              + " Parallax compares how outlets tell a story; add articles from other outlets to"
              + " see shared quotations, aligned facts and diverging labels.",
          c.bold,
          9,
          13,
          Palette.tint(Highlight.Kind.UNIQUE));
    }
    if (a.articles().isEmpty()) {
      c.note(
          "No articles: there is nothing to report.",
          c.bold,
          9,
          13,
          Palette.tint(Highlight.Kind.UNIQUE));
    }

    c.paragraph("In numbers", left, width, c.bold, 11, 16, ReportCanvas.INK);
    c.y -= 2;
    List<String[]> figures = figures(a, drawn);
    float cell = width / 4;
    for (int i = 0; i < figures.size(); i += 4) {
      c.room(32);
      c.y -= 18;
      for (int j = i; j < Math.min(figures.size(), i + 4); j++) {
        float x = left + (j - i) * cell;
        c.text(
            Typesetter.single(figures.get(j)[0], c.bold, 15), x, c.y, c.bold, 15, ReportCanvas.INK);
        float nw = Typesetter.single(figures.get(j)[0], c.bold, 15).width();
        String label = Typesetter.fit(figures.get(j)[1], c.regular, 8.5f, cell - nw - 14, false);
        c.text(
            Typesetter.single(label, c.regular, 8.5f),
            x + nw + 6,
            c.y + 1,
            c.regular,
            8.5f,
            0x333333);
      }
      c.y -= 8;
    }
    c.y -= 6;

    c.paragraph("Articles", left, width, c.bold, 11, 16, ReportCanvas.INK);
    c.y -= 4;
    Map<String, Long> perArticle =
        drawn.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Highlight::article, java.util.stream.Collectors.counting()));
    Table t =
        new Table(
            new float[] {22, 150, 300, 62, 44, 44, width - 622},
            List.of(
                Table.Cell.text("#"),
                Table.Cell.text("Outlet"),
                Table.Cell.text("Title"),
                Table.Cell.text("Published"),
                Table.Cell.text("Words"),
                Table.Cell.text("Marks"),
                Table.Cell.text("Id (file)")));
    int n = 1;
    for (Article art : a.articles()) {
      t.row(
          List.of(
              Table.Cell.text(Integer.toString(n++)),
              Table.Cell.of(Table.Piece.strong(Highlights.name(art))),
              Table.Cell.text(art.title() == null ? "(no title)" : art.title()),
              Table.Cell.text(art.published() == null ? "unknown" : art.published()),
              Table.Cell.text(Integer.toString(ReportTables.words(art.text()))),
              Table.Cell.text(Long.toString(perArticle.getOrDefault(art.id(), 0L))),
              Table.Cell.of(Table.Piece.grey(art.source()))));
    }
    t.draw(c);

    if (!a.problems().isEmpty()) {
      c.room(40);
      c.paragraph(
          "Files skipped or warned about (" + a.problems().size() + ")",
          left,
          width,
          c.bold,
          9.5f,
          14,
          ReportCanvas.INK);
      int shown = 0;
      for (Problem p : a.problems()) {
        if (shown++ == 12) {
          c.paragraph(
              "… and " + (a.problems().size() - 12) + " more (see the analysis JSON)",
              left,
              width,
              c.regular,
              8,
              11,
              ReportCanvas.GREY);
          break;
        }
        c.paragraph(
            p.file() + ": " + p.message() + (p.skipped() ? " (skipped)" : ""),
            left,
            width,
            c.regular,
            8,
            11,
            ReportCanvas.GREY);
      }
    }
  }

  static String subtitle(Analysis a) {
    java.util.Collection<String> outletOfArticle = Highlights.names(a.articles()).values();
    Set<String> outlets = new LinkedHashSet<>(outletOfArticle);
    List<String> dates = new ArrayList<>();
    for (Article art : a.articles()) {
      if (art.published() != null) {
        dates.add(art.published());
      }
    }
    dates.sort(null);
    StringBuilder s = new StringBuilder("Framing report on ");
    s.append(a.articles().size()).append(a.articles().size() == 1 ? " article" : " articles");
    s.append(" from ").append(outlets.size()).append(outlets.size() == 1 ? " outlet" : " outlets");
    if (!dates.isEmpty()) {
      String first = dates.get(0);
      String last = dates.get(dates.size() - 1);
      s.append(
          first.equals(last) ? ", published " + first : ", published " + first + " to " + last);
      int undated = a.articles().size() - dates.size();
      if (undated > 0) {
        s.append(" (").append(undated).append(" undated)");
      }
    }
    if (outlets.size() <= LISTED_OUTLETS) {
      s.append(": ").append(String.join(", ", outlets)).append('.');
      return s.toString();
    }
    // Many outlets: the few with the most articles, not a page of names; the table below lists every article.
    Map<String, Long> articlesOf = new java.util.TreeMap<>();
    outletOfArticle.forEach(n -> articlesOf.merge(n, 1L, Long::sum));
    List<String> most = articlesOf.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(MOST_OUTLETS)
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .toList();
    s.append('.');
    if (!most.isEmpty()) {
      s.append(" Most articles from ").append(String.join(", ", most));
      s.append(most.size() < outlets.size() ? " and " + (outlets.size() - most.size()) + " more outlets." : ".");
    }
    s.append(" Every article is listed below.");
    return s.toString();
  }

  /** Up to this many outlets, the subtitle names them all. */
  private static final int LISTED_OUTLETS = 12;
  /** Beyond {@link #LISTED_OUTLETS}, how many of those with the most articles it names. */
  private static final int MOST_OUTLETS = 8;

  private static List<String[]> figures(Analysis a, List<Highlight> drawn) {
    long shared =
        a.quotes().stream()
            .filter(
                q ->
                    q.occurrences().stream().map(QuoteGroup.Occurrence::article).distinct().count()
                        > 1)
            .count();
    long altered =
        a.quotes().stream()
            .filter(
                q -> q.occurrences().stream().anyMatch(o -> o.match() == QuoteGroup.Match.altered))
            .count();
    long loaded =
        a.referents().stream()
            .flatMap(r -> r.mentions().stream())
            .filter(Referent.Mention::loaded)
            .count();
    long outlets = Highlights.names(a.articles()).values().stream().distinct().count();
    List<String[]> f = new ArrayList<>();
    f.add(
        new String[] {
          Integer.toString(a.articles().size()), plural(a.articles().size(), "article", "articles")
        });
    f.add(new String[] {Long.toString(outlets), plural(outlets, "outlet", "outlets")});
    f.add(
        new String[] {
          Integer.toString(a.quotes().size()),
          plural(a.quotes().size(), "quotation", "quotations")
              + " ("
              + shared
              + " shared, "
              + altered
              + " altered)"
        });
    f.add(
        new String[] {
          Integer.toString(a.facts().size()),
          plural(a.facts().size(), "fact", "facts") + " reported by several outlets"
        });
    f.add(
        new String[] {
          Integer.toString(a.referents().size()),
          plural(a.referents().size(), "referent", "referents")
              + " ("
              + loaded
              + " loaded "
              + plural(loaded, "label", "labels")
              + ")"
        });
    f.add(
        new String[] {
          Integer.toString(a.divergences().size()),
          plural(a.divergences().size(), "divergence", "divergences") + " in wording"
        });
    f.add(
        new String[] {
          Integer.toString(a.hedges().size()),
          plural(a.hedges().size(), "hedge", "hedges") + " and attributions"
        });
    f.add(
        new String[] {
          Integer.toString(a.unique().size()),
          plural(a.unique().size(), "sentence", "sentences") + " only one outlet reports"
        });
    f.add(
        new String[] {
          Integer.toString(drawn.size()), plural(drawn.size(), "mark", "marks") + " in the articles"
        });
    long skipped = a.problems().stream().filter(Problem::skipped).count();
    f.add(new String[] {Long.toString(skipped), plural(skipped, "file", "files") + " skipped"});
    return f;
  }

  private static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}
