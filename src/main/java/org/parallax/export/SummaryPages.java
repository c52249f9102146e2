package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.project.Correction;
import org.parallax.project.Corrections;

/**
 * The summary of findings: the legend, then the tables of {@link ReportTables} with outlets as the
 * unit ({@link ReportTables#byOutlet}: labels per referent and outlet, hedging per outlet, quotations,
 * the facts × outlets matrix) and the list of divergences. An outlet's articles are added up in its
 * column; how many there are is said in its heading. Wide tables are split into blocks of a few
 * outlets each, the row headings repeated; when {@code parallax.json} gives outlets groups, the
 * outlets of a group stand together and a block holds one group's outlets, named above it. Findings
 * the analyst confirmed, or rejected when the report keeps them, say so in their row ({@link
 * Verdicts}).
 */
final class SummaryPages {

  private static final String SECTION = "Summary of findings";

  private final ReportCanvas c;
  private final Analysis analysis;
  private final ReportTables tables;
  private final Map<String, String> outletOf = new HashMap<>();
  private final ReportOptions options;
  /** Rows at most per table (0: all). */
  private final int top;
  /** The tables by outlet before {@link #top} and the loaded-only filter cut them. */
  private final ReportTables whole;
  private final List<Divergence> divergences;
  private final Verdicts verdicts;
  /** A label's mark: by referent, article and the label's words, the analyst's verdict on it. */
  private final Map<String, String> labelVerdicts = new HashMap<>();
  /** By article, how many of its hedges the analyst rejected and confirmed. */
  private final Map<String, int[]> hedgeVerdicts = new HashMap<>();

  /** The summary as {@code options} shape it: its sections, and at most its rows per table. */
  SummaryPages(ReportCanvas c, Analysis analysis, ReportTables whole, ReportOptions options) {
    this(c, analysis, whole, options, Verdicts.NONE);
  }

  /**
   * As {@code options} shape it, with the analyst's {@code verdicts} marked; {@code articles} are the
   * tables by article ({@link ReportTables#of}).
   */
  SummaryPages(ReportCanvas c, Analysis analysis, ReportTables articles, ReportOptions options, Verdicts verdicts) {
    this.c = c;
    this.verdicts = verdicts;
    this.analysis = analysis;
    this.options = options;
    this.top = options.rowsFor(articles.columns().size());
    ReportTables whole = articles.byOutlet();
    this.whole = whole;
    List<ReportTables.LabelRow> labels = whole.labels().stream()
        .filter(r -> !options.onlyLoaded() || r.cells().stream().flatMap(List::stream).anyMatch(ReportTables.Label::loaded))
        .toList();
    // The most widely carried quotations and reported facts first (stable: ties keep their order).
    List<ReportTables.QuoteRow> quotes = new ArrayList<>(whole.quotes());
    quotes.sort(Comparator.comparingInt(ReportTables.QuoteRow::carriedBy).reversed());
    List<ReportTables.FactRow> facts = new ArrayList<>(whole.facts());
    facts.sort(Comparator.comparingInt(ReportTables.FactRow::reportedBy).reversed());
    this.tables = new ReportTables(whole.columns(), first(labels), whole.hedges(), first(quotes), first(facts));
    this.divergences = first(analysis.divergences());
    for (ReportTables.Column col : tables.columns()) {
      col.articles().forEach(id -> outletOf.put(id, col.outlet()));
    }
    if (!verdicts.isEmpty()) {
      for (Referent r : analysis.referents()) {
        for (Referent.Mention m : r.mentions()) {
          String w = verdicts.words(new Span(m.article(), m.start(), m.end(), m.text()));
          if (w != null) {
            labelVerdicts.put(labelKey(r.id(), m.article(), m.text()), w);
          }
        }
      }
      for (Span h : analysis.hedges()) {
        String w = verdicts.words(h);
        if (w != null) {
          hedgeVerdicts.computeIfAbsent(h.article(), k -> new int[2])[w.equals(Verdicts.REJECTED) ? 0 : 1]++;
        }
      }
    }
  }

  private static String labelKey(String referent, String article, String words) {
    return referent + "\n" + article + "\n" + words.replaceAll("\\s+", " ").trim();
  }

  /** {@code pieces} with the analyst's verdict on {@code item} added, when there is one. */
  private List<Table.Piece> marked(String item, List<Table.Piece> pieces) {
    Table.Piece mark = verdicts.piece(verdicts.words(item));
    if (mark == null) {
      return pieces;
    }
    List<Table.Piece> out = new ArrayList<>(pieces);
    out.add(mark);
    return out;
  }

  private <T> List<T> first(List<T> rows) {
    return top <= 0 || rows.size() <= top ? rows : rows.subList(0, top);
  }

  /** Says that a table shows only part of its rows, and how to see them all. */
  private void cut(int shown, int all, String what) throws IOException {
    if (shown < all) {
      intro("Showing " + shown + " of " + all + " " + what + ". Export with \"--top 0\" (or \"All rows\" in the"
          + " export dialog) for every row" + (options.onlyLoaded() ? ", without \"--only-loaded\" for every referent." : "."));
    }
  }

  /** Draws the summary from a new page; returns the page index of each section heading. */
  Map<String, Integer> draw(Legend legend) throws IOException {
    Map<String, Integer> sections = new java.util.LinkedHashMap<>();
    c.newPage(SECTION);
    sections.put("Legend", c.pageIndex());
    heading("Summary of findings", 15);
    intro("The marks in the articles, and what they mean:");
    legend.drawFull(c);
    checked();
    if (options.sections().contains(ReportOptions.Section.LABELS)) {
      sections.put("Labels", section("What each outlet calls them"));
      labels();
    }
    if (options.sections().contains(ReportOptions.Section.HEDGES)) {
      sections.put("Hedging", section("Hedging and attribution per outlet"));
      hedges();
    }
    if (options.sections().contains(ReportOptions.Section.QUOTATIONS)) {
      sections.put("Quotations", section("Quotations: shared and altered"));
      quotes();
    }
    if (options.sections().contains(ReportOptions.Section.FACTS)) {
      sections.put("Facts", section("Facts × outlets"));
      facts();
    }
    if (options.sections().contains(ReportOptions.Section.DIVERGENCES)) {
      sections.put("Divergences", section("Divergences in wording"));
      divergences();
    }
    return sections;
  }

  /** Says which findings the analyst confirmed or rejected, and where the report marks them. */
  private void checked() throws IOException {
    long confirmed = verdicts.count(Correction.Action.confirm);
    long rejected = verdicts.count(Correction.Action.reject);
    boolean leftOut = options.rejected() == Corrections.Rejected.LEAVE_OUT
        && options.project().corrections().stream().anyMatch(x -> x.action() == Correction.Action.reject);
    String said = confirmed + rejected == 0 ? ""
        : "The analyst " + (confirmed > 0 ? "confirmed " + confirmed : "")
            + (confirmed > 0 && rejected > 0 ? " and " : "") + (rejected > 0 ? "rejected " + rejected : "")
            + " of these findings, each marked so in the tables and in its note in the articles.";
    if (leftOut) {
      said += (said.isEmpty() ? "" : " ") + "Findings the analyst rejected are left out.";
    }
    if (!said.isEmpty()) {
      intro(said);
    }
  }

  private int section(String title) throws IOException {
    c.room(70);
    c.y -= 6;
    int page = c.pageIndex();
    heading(title, 12);
    return page;
  }

  private void heading(String title, float size) throws IOException {
    c.paragraph(
        title, ReportCanvas.LEFT, ReportCanvas.WIDTH, c.bold, size, size + 6, ReportCanvas.INK);
    c.y -= 2;
  }

  private void intro(String text) throws IOException {
    c.paragraph(text, ReportCanvas.LEFT, ReportCanvas.WIDTH, c.regular, 8.5f, 12, 0x333333);
    c.y -= 4;
  }

  private void none(String what) throws IOException {
    c.paragraph(
        what, ReportCanvas.LEFT, ReportCanvas.WIDTH, c.regular, 8.5f, 12, ReportCanvas.GREY);
    c.y -= 6;
  }

  /**
   * Splits the columns into blocks of at most {@code per}, as [from, to) pairs; when the outlets have
   * groups, a block holds one group's outlets only (the columns of a group are together).
   */
  private List<int[]> blocks(int per) {
    List<int[]> out = new ArrayList<>();
    List<ReportTables.Column> cols = tables.columns();
    int n = cols.size();
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && end - start < per && java.util.Objects.equals(cols.get(end).group(), cols.get(start).group())) {
        end++;
      }
      out.add(new int[] {start, end});
      start = end;
    }
    return out;
  }

  private void blockTitle(int[] block) throws IOException {
    int n = tables.columns().size();
    boolean grouped = !tables.groups().isEmpty();
    if (block[1] - block[0] < n || grouped) {
      String group = tables.columns().get(block[0]).group();
      String title = (grouped ? (group == null ? "No group" : group) + " · " : "")
          + (block[1] - block[0] == 1 ? "outlet " + (block[0] + 1) : "outlets " + (block[0] + 1) + "–" + block[1])
          + " of " + n;
      c.room(40);
      c.paragraph(
          Character.toUpperCase(title.charAt(0)) + title.substring(1),
          ReportCanvas.LEFT,
          ReportCanvas.WIDTH,
          c.bold,
          8.5f,
          12,
          ReportCanvas.GREY);
    }
  }

  private Table.Cell columnHeading(ReportTables.Column col) {
    int k = col.articles().size();
    String date = col.published() != null ? col.published() : "date unknown";
    String second = k == 1 ? date : k + " articles · " + date;
    return Table.Cell.of(Table.Piece.strong(col.outlet()), Table.Piece.grey(second));
  }

  private void labels() throws IOException {
    if (tables.labels().isEmpty()) {
      none("No referents in this analysis.");
      return;
    }
    intro(
        "Each cell lists the words an outlet's articles use for the referent; loaded labels (words that"
            + " carry a judgement) are tinted as in the text. ×2 means used twice; — means not"
            + " mentioned. Where the outlets come in several blocks, a block lists only the referents"
            + " its outlets mention.");
    cut(tables.labels().size(), whole.labels().size(), options.onlyLoaded() ? "referents (those with a loaded label, most widely mentioned first)" : "referents (the most widely mentioned)");
    for (int[] block : blocks(5)) {
      if (tables.labels().stream().noneMatch(row -> anyIn(row.cells(), block))) {
        continue; // no referent shown here is mentioned by this block's outlets
      }
      blockTitle(block);
      int k = block[1] - block[0];
      float first = 150;
      float[] widths = new float[k + 1];
      widths[0] = first;
      for (int i = 1; i <= k; i++) {
        widths[i] = (ReportCanvas.WIDTH - first) / k;
      }
      List<Table.Cell> head = new ArrayList<>(List.of(Table.Cell.text("Referent")));
      for (int i = block[0]; i < block[1]; i++) {
        head.add(columnHeading(tables.columns().get(i)));
      }
      Table t = new Table(widths, head);
      for (ReportTables.LabelRow row : tables.labels()) {
        if (!anyIn(row.cells(), block)) {
          continue; // a referent none of the block's outlets mentions: its row would be all dashes
        }
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(
            new Table.Cell(
                marked(row.referent(), List.of(
                    Table.Piece.strong(row.name()),
                    Table.Piece.grey(row.kind() + " · " + row.referent()))),
                -1));
        for (int i = block[0]; i < block[1]; i++) {
          List<ReportTables.Label> labels = row.cells().get(i);
          if (labels.isEmpty()) {
            cells.add(Table.Cell.of(Table.Piece.grey("—")));
            continue;
          }
          List<Table.Piece> pieces = new ArrayList<>();
          for (ReportTables.Label l : labels) {
            String text = l.text() + (l.count() > 1 ? " ×" + l.count() : "");
            pieces.add(
                l.loaded()
                    ? new Table.Piece(
                        text, true, Palette.tint(Highlight.Kind.LOADED_LABEL), ReportCanvas.INK)
                    : Table.Piece.plain(text));
            for (String article : tables.columns().get(i).articles()) {
              String verdict = labelVerdicts.get(labelKey(row.referent(), article, l.text()));
              if (verdict != null) {
                pieces.add(verdicts.piece(verdict));
                break;
              }
            }
          }
          cells.add(new Table.Cell(pieces, -1));
        }
        t.row(cells);
      }
      if (!t.isEmpty()) {
        t.draw(c);
      }
    }
  }

  private void hedges() throws IOException {
    if (analysis.hedges().isEmpty()) {
      none("No hedges or attribution cues in this analysis.");
      return;
    }
    intro(
        "How often each outlet hedges or attributes (reportedly, alleged, according to …) over its"
            + " articles, per 1,000 words so that long and short articles compare.");
    Table t =
        new Table(
            new float[] {150, 150, 50, 50, 70, ReportCanvas.WIDTH - 470},
            List.of(
                Table.Cell.text("Outlet"),
                Table.Cell.text("Articles"),
                Table.Cell.text("Words"),
                Table.Cell.text("Hedges"),
                Table.Cell.text("Per 1,000 words"),
                Table.Cell.text("Cues")));
    for (int h = 0; h < tables.hedges().size(); h++) {
      ReportTables.HedgeRow row = tables.hedges().get(h);
      ReportTables.Column col = tables.columns().get(h);
      String cues =
          row.cues().isEmpty()
              ? "—"
              : String.join(
                  ", ",
                  row.cues().stream()
                      .map(q -> q.text() + (q.count() > 1 ? " ×" + q.count() : ""))
                      .toList());
      List<Table.Piece> cuePieces = new ArrayList<>(List.of(row.cues().isEmpty()
          ? Table.Piece.grey(cues)
          : new Table.Piece(cues, false, -1, ReportCanvas.INK)));
      int[] checked = new int[2];
      for (String article : row.articles()) {
        int[] of = hedgeVerdicts.get(article);
        if (of != null) {
          checked[0] += of[0];
          checked[1] += of[1];
        }
      }
      if (checked[0] > 0) {
        cuePieces.add(new Table.Piece(checked[0] + " " + Verdicts.REJECTED, true, -1, Verdicts.REJECTED_RGB));
      }
      if (checked[1] > 0) {
        cuePieces.add(new Table.Piece(checked[1] + " " + Verdicts.CONFIRMED, true, -1, Verdicts.CONFIRMED_RGB));
      }
      t.row(
          List.of(
              Table.Cell.of(Table.Piece.strong(row.outlet())),
              Table.Cell.of(Table.Piece.grey(articlesOf(row, col))),
              Table.Cell.text(Integer.toString(row.words())),
              Table.Cell.text(Integer.toString(row.count())),
              Table.Cell.text(String.format(Locale.ROOT, "%.1f", row.perThousandWords())),
              new Table.Cell(cuePieces, -1)));
    }
    t.draw(c);
  }

  private void quotes() throws IOException {
    if (tables.quotes().isEmpty()) {
      none("No quotations in this analysis.");
      return;
    }
    long shared = whole.quotes().stream().filter(q -> q.carriedBy() > 1).count();
    long altered = whole.quotes().stream().filter(ReportTables.QuoteRow::altered).count();
    intro(
        whole.quotes().size()
            + " quotations; "
            + shared
            + " carried by two or more outlets, "
            + altered
            + " altered by at least one. Shared quotations first.");
    cut(tables.quotes().size(), whole.quotes().size(), "quotations (the most widely carried)");
    Table t =
        new Table(
            new float[] {30, 120, 380, ReportCanvas.WIDTH - 530},
            List.of(
                Table.Cell.text("Id"),
                Table.Cell.text("Speaker"),
                Table.Cell.text("Quotation (fullest wording)"),
                Table.Cell.text("Carried by")));
    List<ReportTables.QuoteRow> rows = new ArrayList<>(tables.quotes());
    rows.sort(Comparator.comparingInt(ReportTables.QuoteRow::carriedBy).reversed());
    for (ReportTables.QuoteRow q : rows) {
      List<Table.Piece> carried = new ArrayList<>();
      for (int i = 0; i < q.matches().size(); i++) {
        QuoteGroup.Match m = q.matches().get(i);
        if (m == null) {
          continue;
        }
        String text = tables.columns().get(i).outlet() + ": " + m;
        carried.add(
            m == QuoteGroup.Match.altered
                ? new Table.Piece(
                    text, true, Palette.tint(Highlight.Kind.ALTERED_QUOTE), ReportCanvas.INK)
                : Table.Piece.plain(text));
      }
      t.row(
          List.of(
              Table.Cell.of(Table.Piece.grey(q.quote())),
              speakerCell(q),
              new Table.Cell(marked(q.quote(), List.of(Table.Piece.plain("“" + q.text() + "”"))), -1),
              new Table.Cell(carried, -1)));
    }
    t.draw(c);
  }

  /** A hedge row's articles: the title of one (its id when it has none), else how many. */
  private static String articlesOf(ReportTables.HedgeRow row, ReportTables.Column col) {
    if (row.articles().size() > 1) {
      return row.articles().size() + " articles";
    }
    return col.title() == null || col.title().isBlank() ? row.article() : shorten(col.title(), 90);
  }

  private Table.Cell speakerCell(ReportTables.QuoteRow q) {
    Table.Piece name = Table.Piece.strong(q.speaker() == null ? "unknown" : q.speaker());
    Table.Piece mark = verdicts.piece(verdicts.speaker(q.quote()));
    return mark == null ? Table.Cell.of(name) : Table.Cell.of(name, mark);
  }

  private void facts() throws IOException {
    if (tables.facts().isEmpty()) {
      none("No facts aligned across articles in this analysis.");
      return;
    }
    intro(
        "Which outlet reports which fact: ● it reports it (every one of its articles), 1/3 one of its three"
            + " articles does, — none does. The wording shown is the first article's. Where the outlets come"
            + " in several blocks, a block lists only the facts one of its outlets reports.");
    cut(tables.facts().size(), whole.facts().size(), "facts (the most widely reported)");
    for (int[] block : blocks(8)) {
      if (tables.facts().stream().noneMatch(f -> anyIn(f.members(), block))) {
        continue; // no fact shown here is reported by this block's outlets
      }
      blockTitle(block);
      int k = block[1] - block[0];
      float first = 300;
      float last = 52;
      float[] widths = new float[k + 2];
      widths[0] = first;
      for (int i = 1; i <= k; i++) {
        widths[i] = (ReportCanvas.WIDTH - first - last) / k;
      }
      widths[k + 1] = last;
      List<Table.Cell> head = new ArrayList<>(List.of(Table.Cell.text("Fact")));
      for (int i = block[0]; i < block[1]; i++) {
        head.add(columnHeading(tables.columns().get(i)));
      }
      head.add(Table.Cell.text("Reported by"));
      Table t = new Table(widths, head);
      int total = tables.columns().size();
      for (ReportTables.FactRow f : tables.facts()) {
        if (!anyIn(f.members(), block)) {
          continue; // a fact none of the block's outlets reports
        }
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(
            new Table.Cell(
                marked(f.fact(), List.of(
                    Table.Piece.grey(
                        f.fact() + String.format(Locale.ROOT, " · similarity %.2f", f.similarity())),
                    Table.Piece.plain(shorten(f.text(), 240)))),
                -1));
        for (int i = block[0]; i < block[1]; i++) {
          Span m = f.members().get(i);
          int of = tables.columns().get(i).articles().size();
          int reporting = f.reporting().get(i);
          cells.add(
              m == null
                  ? Table.Cell.of(Table.Piece.grey("—"))
                  : new Table.Cell(
                      List.of(Table.Piece.strong(reporting == of ? "●" : reporting + "/" + of)), Palette.tint(Highlight.Kind.FACT)));
        }
        cells.add(Table.Cell.text(f.reportedBy() + " of " + total));
        t.row(cells);
      }
      if (!t.isEmpty()) {
        t.draw(c);
      }
    }
  }

  /**
   * Whether {@code cells} has something in the block's columns: a row of dashes is left out of a block,
   * so that wide corpora do not repeat every row in every block (the pages grew with the square of the
   * articles: 1,000 articles did not fit in a 1 GB heap).
   */
  private static boolean anyIn(List<?> cells, int[] block) {
    for (int i = block[0]; i < block[1] && i < cells.size(); i++) {
      Object cell = cells.get(i);
      if (cell != null && !(cell instanceof List<?> l && l.isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private void divergences() throws IOException {
    if (divergences.isEmpty()) {
      none("No divergences in this analysis.");
      return;
    }
    cut(divergences.size(), analysis.divergences().size(), "divergences (the most telling)");
    Table t =
        new Table(
            new float[] {30, 80, 130, 290, ReportCanvas.WIDTH - 530},
            List.of(
                Table.Cell.text("Id"),
                Table.Cell.text("Kind"),
                Table.Cell.text("About"),
                Table.Cell.text("Each side"),
                Table.Cell.text("Note")));
    for (Divergence d : divergences) {
      List<Table.Piece> sides = new ArrayList<>();
      for (Span s : d.sides()) {
        sides.add(
            Table.Piece.plain(
                outletOf.getOrDefault(s.article(), s.article())
                    + ": ‘"
                    + shorten(s.text(), 160)
                    + "’"));
      }
      t.row(
          List.of(
              Table.Cell.of(Table.Piece.grey(d.id())),
              Table.Cell.text(d.kind()),
              new Table.Cell(marked(d.id(), List.of(Table.Piece.strong(about(d.about())))), -1),
              new Table.Cell(sides, -1),
              Table.Cell.text(d.note() == null ? "" : d.note())));
    }
    t.draw(c);
  }

  /**
   * What a divergence is about, in words: the referent's name, the quotation's speaker, the fact's
   * id.
   */
  private String about(String id) {
    if (id == null) {
      return "—";
    }
    for (Referent r : analysis.referents()) {
      if (r.id().equals(id)) {
        return r.name();
      }
    }
    for (QuoteGroup q : analysis.quotes()) {
      if (q.id().equals(id)) {
        return "Quotation " + id + (q.speaker() == null ? "" : " (" + q.speaker() + ")");
      }
    }
    for (FactGroup f : analysis.facts()) {
      if (f.id().equals(id)) {
        return "Fact " + id;
      }
    }
    return id;
  }

  static String shorten(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").trim();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return flat.substring(0, cut > max / 2 ? cut : max - 1) + " …";
  }
}
