package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.project.Code;
import org.parallax.project.Coded;
import org.parallax.project.Coding;
import org.parallax.project.Corrections;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;

/**
 * The analyst's own work ({@link ReportOptions.Section#CODES}): the code × outlet matrix, every coded
 * segment grouped by code with its memo, the memos on the corpus, the articles, passages and the
 * machine's findings, and the codings whose passage is gone from its article.
 *
 * <p>Only what lies in the report's articles is shown: a coding or memo on an article the report leaves
 * out (not selected, or no longer in the corpus) is counted in a note, not listed, and never called
 * orphaned. Outlets are grouped by {@link Highlights#names}, as everywhere a reader sees them; a cell
 * counts the segments coded with that very code, not with the codes nested in it, so that no segment is
 * counted twice down a column.
 */
final class CodesPages {

  static final String SECTION = "The analyst's codes and memos";

  /** Outlets per block of the matrix. */
  private static final int OUTLETS_PER_BLOCK = 8;

  private final ReportCanvas c;
  private final Analysis analysis;
  private final Project project;
  private final Coded coded;
  /** Outlet name → its articles, in the order the report shows the articles. */
  private final Map<String, List<String>> outlets = new LinkedHashMap<>();
  private final Map<String, String> outletOf = new HashMap<>();
  private final List<Code> codes;

  CodesPages(ReportCanvas c, Analysis analysis, Project project, Coded coded) {
    this.c = c;
    this.analysis = analysis;
    this.project = project;
    this.coded = coded;
    Highlights.names(analysis.articles()).forEach((id, name) -> {
      outlets.computeIfAbsent(name, k -> new ArrayList<>()).add(id);
      outletOf.put(id, name);
    });
    this.codes = treeOrder(project);
  }

  /** Whether the section has anything to show: the project has codes or memos. */
  static boolean hasContent(Project project) {
    return !project.codes().isEmpty() || !project.memos().isEmpty();
  }

  /** The codes depth first, each followed by the codes nested in it, siblings in the project's order. */
  static List<Code> treeOrder(Project project) {
    List<Code> out = new ArrayList<>();
    for (Code root : project.codes()) {
      if (root.parent() == null || project.code(root.parent()).isEmpty()) {
        addTree(project, root, out);
      }
    }
    // A code in a cycle of parents has no root above it; it is still listed.
    for (Code code : project.codes()) {
      if (!out.contains(code)) {
        out.add(code);
      }
    }
    return out;
  }

  private static void addTree(Project project, Code code, List<Code> out) {
    if (out.contains(code)) {
      return;
    }
    out.add(code);
    for (Code child : project.codes()) {
      if (code.id().equals(child.parent())) {
        addTree(project, child, out);
      }
    }
  }

  /** Draws the section from a new page; returns that page's index. */
  int draw() throws IOException {
    c.newPage(SECTION);
    int page = c.pageIndex();
    heading(SECTION, 15);
    List<Memo> memos = memosShown();
    long articlesCoded = coded.segments().stream().map(s -> s.span().article()).distinct().count();
    intro(count(codes.size(), "code", "codes") + ", " + count(coded.segments().size(), "coded segment", "coded segments")
        + " in " + count((int) articlesCoded, "article", "articles") + " and " + count(memos.size() + codingMemos(), "memo", "memos")
        + ": the analyst's own reading of the articles, kept in the corpus's project file. In the articles each"
        + " coded segment is highlighted in its code's colour, with a stripe beside its lines; its note gives the"
        + " code and the memo.");
    section("Codes × outlets");
    matrix();
    section("Coded segments by code");
    segments();
    section("Memos");
    memos(memos);
    orphans();
    return page;
  }

  private void matrix() throws IOException {
    if (codes.isEmpty()) {
      none("No codes in the project.");
      return;
    }
    intro("How many segments each outlet's articles have coded with each code (a code's own segments, not"
        + " those of the codes nested in it); — none.");
    List<String> names = new ArrayList<>(outlets.keySet());
    for (int from = 0; from < Math.max(1, names.size()); from += OUTLETS_PER_BLOCK) {
      int to = Math.min(names.size(), from + OUTLETS_PER_BLOCK);
      if (names.size() > OUTLETS_PER_BLOCK) {
        c.room(40);
        c.paragraph("Outlets " + (from + 1) + "–" + to + " of " + names.size(), ReportCanvas.LEFT, ReportCanvas.WIDTH,
            c.bold, 8.5f, 12, ReportCanvas.GREY);
      }
      int k = to - from;
      float first = 200;
      float last = 50;
      float[] widths = new float[k + 2];
      widths[0] = first;
      for (int i = 1; i <= k; i++) {
        widths[i] = (ReportCanvas.WIDTH - first - last) / Math.max(k, 1);
      }
      widths[k + 1] = last;
      List<Table.Cell> head = new ArrayList<>(List.of(Table.Cell.text("Code")));
      for (String name : names.subList(from, to)) {
        int n = outlets.get(name).size();
        head.add(Table.Cell.of(Table.Piece.strong(name), Table.Piece.grey(count(n, "article", "articles"))));
      }
      head.add(Table.Cell.text("All"));
      Table t = new Table(widths, head);
      for (Code code : codes) {
        List<Coded.Segment> own = own(code);
        List<Table.Cell> row = new ArrayList<>();
        row.add(Table.Cell.of(new Table.Piece(project.path(code.id()), true, tint(code.color()), ReportCanvas.INK)));
        for (String name : names.subList(from, to)) {
          List<String> ids = outlets.get(name);
          long n = own.stream().filter(s -> ids.contains(s.span().article())).count();
          row.add(n == 0 ? Table.Cell.of(Table.Piece.grey("—")) : Table.Cell.of(Table.Piece.strong(Long.toString(n))));
        }
        row.add(Table.Cell.text(Integer.toString(own.size())));
        t.row(row);
      }
      t.draw(c);
    }
  }

  private void segments() throws IOException {
    if (coded.segments().isEmpty()) {
      none("No coded segments in the articles of this report.");
      return;
    }
    for (Code code : codes) {
      List<Coded.Segment> own = own(code);
      if (own.isEmpty()) {
        continue;
      }
      codeHeading(code, own.size());
      Table t = new Table(new float[] {110, 180, 310, ReportCanvas.WIDTH - 600},
          List.of(Table.Cell.text("Outlet"), Table.Cell.text("Article"), Table.Cell.text("Coded text"), Table.Cell.text("Memo")));
      for (Coded.Segment s : own) {
        Article a = analysis.article(s.span().article()).orElseThrow();
        String memo = s.memoText();
        t.row(List.of(
            Table.Cell.of(Table.Piece.strong(outletOf.get(a.id()))),
            article(a),
            Table.Cell.of(new Table.Piece("“" + flat(s.span().text()) + "”", false, tint(s.color()), ReportCanvas.INK)),
            memo.isBlank() ? Table.Cell.of(Table.Piece.grey("—")) : Table.Cell.text(memo)));
      }
      t.draw(c);
    }
  }

  /** A code's name over its table: a swatch in its colour, its path and how many segments. */
  private void codeHeading(Code code, int n) throws IOException {
    // Room for the heading, the table's header and a first row: a heading never ends a page alone.
    c.room(100);
    float top = c.y;
    c.paragraph(project.path(code.id()) + "  ·  " + count(n, "segment", "segments"), ReportCanvas.LEFT + 14,
        ReportCanvas.WIDTH - 14, c.bold, 9, 14, ReportCanvas.INK);
    c.fill(ReportCanvas.LEFT, top - 14 + 2.5f, 9, 9, rgb(code.color()));
    c.y -= 2;
  }

  private void memos(List<Memo> memos) throws IOException {
    if (memos.isEmpty()) {
      none(codingMemos() > 0 ? "No memos besides those on codings (shown with their segments)." : "No memos in the project.");
      return;
    }
    intro("The analyst's memos on the corpus, its articles, passages and the machine's findings, with what each"
        + " is about (memos on codings are shown with their segments above).");
    Table t = new Table(new float[] {180, 160, ReportCanvas.WIDTH - 400, 60},
        List.of(Table.Cell.text("About"), Table.Cell.text("Article"), Table.Cell.text("Memo"), Table.Cell.text("Changed")));
    for (Memo m : memos) {
      Optional<Article> a = articleOf(m.target());
      t.row(List.of(
          about(m.target()),
          a.map(this::outletAndArticle).orElse(Table.Cell.of(Table.Piece.grey("—"))),
          Table.Cell.text(m.text()),
          Table.Cell.of(Table.Piece.grey(day(m.modified() != null ? m.modified() : m.created())))));
    }
    t.draw(c);
  }

  /** The codings whose passage is gone from an article of the report, and a word on the others. */
  private void orphans() throws IOException {
    List<Coding> gone = new ArrayList<>();
    int elsewhere = 0;
    for (Coding coding : coded.orphaned()) {
      if (analysis.article(coding.anchor().article()).isPresent()) {
        gone.add(coding);
      } else {
        elsewhere++;
      }
    }
    long memosElsewhere = project.memos().stream()
        .filter(m -> m.target().kind() != Target.Kind.corpus && m.target().kind() != Target.Kind.coding)
        .filter(m -> articleOf(m.target()).isEmpty())
        .count();
    if (!gone.isEmpty()) {
      section("Codings whose passage is gone");
      intro("The text these codings were made on is no longer in their article (the article file changed). They"
          + " stay in the project with the text they were made on.");
      Table t = new Table(new float[] {150, 180, 300, ReportCanvas.WIDTH - 630},
          List.of(Table.Cell.text("Code"), Table.Cell.text("Article"), Table.Cell.text("Text as coded"), Table.Cell.text("Memo")));
      for (Coding coding : gone) {
        Optional<Code> code = project.code(coding.code());
        String memo = String.join("\n\n", project.memosOn(Target.coding(coding.id())).stream().map(Memo::text).toList());
        t.row(List.of(
            code.isPresent()
                ? Table.Cell.of(new Table.Piece(project.path(code.get().id()), true, tint(code.get().color()), ReportCanvas.INK))
                : Table.Cell.of(Table.Piece.grey("(code deleted)")),
            outletAndArticle(analysis.article(coding.anchor().article()).orElseThrow()),
            Table.Cell.text("“" + flat(coding.anchor().exact()) + "”"),
            memo.isBlank() ? Table.Cell.of(Table.Piece.grey("—")) : Table.Cell.text(memo)));
      }
      t.draw(c);
    }
    if (elsewhere > 0 || memosElsewhere > 0) {
      none(count(elsewhere, "coding", "codings") + " and " + count((int) memosElsewhere, "memo", "memos")
          + " on articles not in this report are left out.");
    }
  }

  /** What a memo is about, in words: the corpus, an article, or a passage or finding and its words. */
  private Table.Cell about(Target t) {
    String what = switch (t.kind()) {
      case corpus -> "The corpus";
      case article -> "The article";
      case span -> "Passage";
      case coding -> "Coding";
      case quote -> "Quotation";
      case speaker -> "Speaker of a quotation";
      case fact -> "Fact";
      case referent -> "Referent";
      case mention -> "Mention of a referent";
      case divergence -> "Divergence";
      case hedge -> "Hedge or attribution";
      case loaded -> "Loaded wording";
    };
    if (t.anchor() == null) {
      return Table.Cell.of(Table.Piece.strong(what));
    }
    Optional<Span> now = Corrections.locate(analysis, t.anchor());
    String words = now.map(Span::text).orElse(t.anchor().exact());
    List<Table.Piece> pieces = new ArrayList<>();
    pieces.add(Table.Piece.strong(what + (t.kind().finding() && t.item() != null ? " " + t.item() : "")));
    pieces.add(Table.Piece.plain("‘" + SummaryPages.shorten(words, 200) + "’"));
    if (now.isEmpty()) {
      pieces.add(Table.Piece.grey("(no longer found in the article)"));
    }
    return new Table.Cell(pieces, -1);
  }

  /** The memos the table lists: not on codings, and on the corpus or an article of the report. */
  private List<Memo> memosShown() {
    List<String> order = analysis.articles().stream().map(Article::id).toList();
    List<Memo> out = new ArrayList<>();
    for (Memo m : project.memos()) {
      Target t = m.target();
      if (t.kind() == Target.Kind.coding) {
        continue;
      }
      if (t.kind() == Target.Kind.corpus || articleOf(t).isPresent()) {
        out.add(m);
      }
    }
    // The corpus first, then article by article: the article itself, then its passages in order.
    out.sort(Comparator.comparingInt((Memo m) -> m.target().kind() == Target.Kind.corpus ? -1
            : order.indexOf(articleOf(m.target()).orElseThrow().id()))
        .thenComparingInt(m -> m.target().anchor() == null ? -1 : m.target().anchor().start()));
    return out;
  }

  /** Memos on codings placed in this report (shown with their segments). */
  private int codingMemos() {
    return coded.segments().stream().mapToInt(s -> s.memos().size()).sum();
  }

  private Optional<Article> articleOf(Target t) {
    String id = switch (t.kind()) {
      case corpus, coding -> null;
      case article -> t.item();
      default -> t.anchor().article();
    };
    return id == null ? Optional.empty() : analysis.article(id);
  }

  private List<Coded.Segment> own(Code code) {
    return coded.segments().stream().filter(s -> s.coding().code().equals(code.id())).toList();
  }

  private Table.Cell article(Article a) {
    String title = a.title() == null || a.title().isBlank() ? a.id() : a.title();
    return Table.Cell.of(Table.Piece.plain(title), Table.Piece.grey(
        (a.published() == null ? "date unknown" : a.published()) + " · " + a.id()));
  }

  /** An article where the table has no outlet column of its own: its outlet over its title. */
  private Table.Cell outletAndArticle(Article a) {
    List<Table.Piece> pieces = new ArrayList<>(article(a).pieces());
    pieces.add(0, Table.Piece.strong(outletOf.get(a.id())));
    return new Table.Cell(pieces, -1);
  }

  private void section(String title) throws IOException {
    c.room(70);
    c.y -= 6;
    heading(title, 12);
  }

  private void heading(String title, float size) throws IOException {
    c.paragraph(title, ReportCanvas.LEFT, ReportCanvas.WIDTH, c.bold, size, size + 6, ReportCanvas.INK);
    c.y -= 2;
  }

  private void intro(String text) throws IOException {
    c.paragraph(text, ReportCanvas.LEFT, ReportCanvas.WIDTH, c.regular, 8.5f, 12, 0x333333);
    c.y -= 4;
  }

  private void none(String what) throws IOException {
    c.paragraph(what, ReportCanvas.LEFT, ReportCanvas.WIDTH, c.regular, 8.5f, 12, ReportCanvas.GREY);
    c.y -= 6;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** The date of an ISO-8601 instant ("2026-03-01"), or empty. */
  private static String day(String instant) {
    return instant == null ? "" : instant.length() >= 10 ? instant.substring(0, 10) : instant;
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static int rgb(String color) {
    return Integer.parseInt(color.substring(1), 16);
  }

  /** A code's colour light enough to read black text on. */
  static int tint(String color) {
    return Palette.mix(rgb(color), 0.3f);
  }
}
