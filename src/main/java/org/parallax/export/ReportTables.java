package org.parallax.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.OutletGroups;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;

/**
 * The summary tables of a framing analysis as plain data, ready for the PDF report, the CSV files
 * and the desktop app's framing tables: who calls what by which name, who hedges how much, which
 * quotations travel and how faithfully, and which outlet reports which fact.
 *
 * <p>Invariant: every per-column list in a row ({@link LabelRow#cells}, {@link QuoteRow#matches},
 * {@link FactRow#members}, {@link FactRow#reporting}) has exactly {@code columns().size()} entries,
 * aligned with {@link #columns}. {@link #of} gives one column (and one hedge row) per article; {@link
 * #byOutlet} one per outlet, its articles added up, which is what an analyst compares; {@link
 * Column#articles} says which articles a column holds, so that the per-article detail is one lookup
 * away in the article tables ({@link #column}).
 */
public record ReportTables(
    List<Column> columns,
    List<LabelRow> labels,
    List<HedgeRow> hedges,
    List<QuoteRow> quotes,
    List<FactRow> facts) {

  public ReportTables {
    columns = List.copyOf(columns);
    labels = List.copyOf(labels);
    hedges = List.copyOf(hedges);
    quotes = List.copyOf(quotes);
    facts = List.copyOf(facts);
  }

  /**
   * A column heading: one article, or one outlet's articles.
   *
   * @param article the (first) article's id: where a click on the column's cells goes
   * @param outlet the outlet as {@link org.parallax.analysis.Highlights#names} names it (the article's
   *     title in quotation marks when its outlet is unknown)
   * @param title the article's title; for several articles, how many
   * @param published the article's date, or for several the first and last ("2015-09-18 – 2015-09-20"),
   *     or {@code null}
   * @param group the outlet's group from {@code parallax.json}, or {@code null}
   * @param articles the ids of the articles the column holds, in corpus order
   */
  public record Column(
      String article, String outlet, String title, String published, String group, List<String> articles) {
    public Column {
      articles = List.copyOf(articles);
    }

    /** One article's column, without a group. */
    public Column(String article, String outlet, String title, String published) {
      this(article, outlet, title, published, null, List.of(article));
    }
  }

  /** A distinct wording one article uses for a referent, and how many times. */
  public record Label(String text, boolean loaded, int count) {}

  /**
   * A referent and the words each article uses for it (an empty list where it is not mentioned).
   */
  public record LabelRow(String referent, String name, String kind, List<List<Label>> cells) {
    public LabelRow {
      cells = cells.stream().map(List::copyOf).toList();
    }

    /** Whether any article uses a loaded label for it. */
    public boolean loaded() {
      return cells.stream().flatMap(List::stream).anyMatch(Label::loaded);
    }
  }

  /**
   * A hedging or attribution cue (as the article first writes it) and how often the article uses
   * it.
   */
  public record Cue(String text, int count) {}

  /**
   * One article's (or one outlet's) hedging: its cues, most frequent first, and its length in words.
   *
   * @param article the (first) article's id
   * @param articles the articles counted, in corpus order
   */
  public record HedgeRow(String article, String outlet, int words, List<Cue> cues, List<String> articles) {
    public HedgeRow {
      cues = List.copyOf(cues);
      articles = List.copyOf(articles);
    }

    /** One article's hedging. */
    public HedgeRow(String article, String outlet, int words, List<Cue> cues) {
      this(article, outlet, words, cues, List.of(article));
    }

    public int count() {
      return cues.stream().mapToInt(Cue::count).sum();
    }

    /** Hedges per 1,000 words, so that long and short articles compare. */
    public double perThousandWords() {
      return words == 0 ? 0 : count() * 1000.0 / words;
    }
  }

  /**
   * A quotation: its fullest wording and how each article renders it ({@code null} where the
   * article does not carry it).
   */
  public record QuoteRow(
      String quote, String speaker, String text, List<QuoteGroup.Match> matches) {
    public QuoteRow {
      matches = Collections.unmodifiableList(new ArrayList<>(matches));
    }

    /** How many of the columns carry it. */
    public int carriedBy() {
      return (int) matches.stream().filter(m -> m != null).count();
    }

    public boolean altered() {
      return matches.contains(QuoteGroup.Match.altered);
    }
  }

  /**
   * A fact: its wording in the first article that reports it, and for each column the (first)
   * sentence that reports it ({@code null} where none does) and how many of the column's articles do.
   */
  public record FactRow(String fact, String text, double similarity, List<Span> members, List<Integer> reporting) {
    public FactRow {
      members = Collections.unmodifiableList(new ArrayList<>(members));
      reporting = List.copyOf(reporting);
    }

    /** A fact over article columns. */
    public FactRow(String fact, String text, double similarity, List<Span> members) {
      this(fact, text, similarity, members, members.stream().map(m -> m == null ? 0 : 1).toList());
    }

    /** How many columns report it. */
    public int reportedBy() {
      return (int) members.stream().filter(m -> m != null).count();
    }
  }

  /** The tables of {@code analysis}, one column per article in its order. */
  public static ReportTables of(Analysis analysis) {
    Map<String, OutletGroups.Outlet> outletOf = new HashMap<>();
    for (OutletGroups.Outlet o : OutletGroups.outlets(analysis)) {
      o.articles().forEach(id -> outletOf.put(id, o));
    }
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Article a : analysis.articles()) {
      index.put(a.id(), columns.size());
      OutletGroups.Outlet o = outletOf.get(a.id());
      columns.add(new Column(a.id(), o.name(), a.title(), a.published(), o.group(), List.of(a.id())));
    }
    int n = columns.size();

    List<LabelRow> labels = new ArrayList<>();
    for (Referent r : analysis.referents()) {
      // Only the columns that mention it get a tally: most referents are mentioned by few articles.
      Map<Integer, Map<String, Tally>> byColumn = new HashMap<>();
      for (Referent.Mention m : r.mentions()) {
        Integer col = index.get(m.article());
        if (col == null) {
          continue;
        }
        String words = oneLine(m.text());
        Tally t = byColumn.computeIfAbsent(col, k -> new LinkedHashMap<>()).computeIfAbsent(words, k -> new Tally());
        t.count++;
        t.loaded |= m.loaded();
      }
      List<List<Label>> cells = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Map<String, Tally> tallies = byColumn.get(i);
        if (tallies == null) {
          cells.add(List.of());
          continue;
        }
        List<Label> cell = new ArrayList<>(tallies.size());
        tallies.forEach((words, t) -> cell.add(new Label(words, t.loaded, t.count)));
        cells.add(cell);
      }
      labels.add(new LabelRow(r.id(), r.name(), r.kind(), cells));
    }

    // Hedges by article, in one pass (a pass over every hedge per article grew with the square of
    // the corpus).
    Map<String, List<Span>> hedgesOf = new HashMap<>();
    for (Span h : analysis.hedges()) {
      hedgesOf.computeIfAbsent(h.article(), k -> new ArrayList<>()).add(h);
    }
    List<HedgeRow> hedges = new ArrayList<>();
    for (int i = 0; i < analysis.articles().size(); i++) {
      Article a = analysis.articles().get(i);
      // Counted regardless of case ("Reportedly" = "reportedly"), shown as first written ("U.S.
      // officials say").
      Map<String, Integer> cues = new LinkedHashMap<>();
      Map<String, String> shown = new HashMap<>();
      for (Span h : hedgesOf.getOrDefault(a.id(), List.of())) {
        String words = oneLine(h.text());
        String key = words.toLowerCase(Locale.ROOT);
        shown.putIfAbsent(key, words);
        cues.merge(key, 1, Integer::sum);
      }
      List<Cue> list = new ArrayList<>();
      cues.forEach((k, v) -> list.add(new Cue(shown.get(k), v)));
      list.sort((x, y) -> Integer.compare(y.count(), x.count()));
      hedges.add(new HedgeRow(a.id(), columns.get(i).outlet(), words(a.text()), list));
    }

    List<QuoteRow> quotes = new ArrayList<>();
    for (QuoteGroup q : analysis.quotes()) {
      List<QuoteGroup.Match> matches = new ArrayList<>(Collections.nCopies(n, null));
      QuoteGroup.Occurrence fullest = null;
      for (QuoteGroup.Occurrence o : q.occurrences()) {
        Integer col = index.get(o.article());
        if (col == null) {
          continue;
        }
        // An article quoting twice shows its least faithful rendering: that is what an analyst
        // checks.
        QuoteGroup.Match before = matches.get(col);
        if (before == null || o.match().ordinal() > before.ordinal()) {
          matches.set(col, o.match());
        }
        if (fullest == null || QuoteGroup.FULLNESS.compare(o, fullest) > 0) {
          fullest = o;
        }
      }
      quotes.add(new QuoteRow(q.id(), q.speaker(), fullest == null ? "" : fullest.text(), matches));
    }

    List<FactRow> facts = new ArrayList<>();
    for (var f : analysis.facts()) {
      List<Span> members = new ArrayList<>(Collections.nCopies(n, null));
      for (Span m : f.members()) {
        Integer col = index.get(m.article());
        if (col != null && members.get(col) == null) {
          members.set(col, m);
        }
      }
      String text = members.stream().filter(m -> m != null).map(Span::text).findFirst().orElse("");
      facts.add(new FactRow(f.id(), text, f.similarity(), members));
    }
    return new ReportTables(columns, labels, hedges, quotes, facts);
  }

  private static final class Tally {
    int count;
    boolean loaded;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** {@code s} on one line: runs of white space as one space, trimmed. */
  private static String oneLine(String s) {
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /**
   * The same tables with one column per outlet (its articles added up) instead of one per article, and
   * one hedge row per outlet. Outlets come in the order of their first article, those of one group
   * together (groups in the order they first come, outlets without a group last). A label cell lists
   * the outlet's wordings with their counts over its articles; a quotation cell, its least faithful
   * rendering; a fact cell, its first article's sentence reporting it and how many of its articles do.
   * {@link QuoteRow#carriedBy} and {@link FactRow#reportedBy} then count outlets.
   */
  public ReportTables byOutlet() {
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      members.computeIfAbsent(columns.get(i).outlet(), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> outlets = new ArrayList<>(members.values());
    List<String> groupOrder =
        outlets.stream().map(o -> columns.get(o.get(0)).group()).filter(Objects::nonNull).distinct().toList();
    outlets.sort(
        Comparator.comparingInt(
            o -> {
              String g = columns.get(o.get(0)).group();
              return g == null ? groupOrder.size() : groupOrder.indexOf(g);
            }));

    List<Column> cols = new ArrayList<>();
    List<HedgeRow> hedgeRows = new ArrayList<>();
    for (List<Integer> o : outlets) {
      Column first = columns.get(o.get(0));
      List<String> ids = new ArrayList<>();
      List<String> dates = new ArrayList<>();
      for (int i : o) {
        ids.add(columns.get(i).article());
        if (columns.get(i).published() != null) {
          dates.add(columns.get(i).published());
        }
      }
      Collections.sort(dates);
      String published =
          dates.isEmpty()
              ? null
              : dates.get(0).equals(dates.get(dates.size() - 1))
                  ? dates.get(0)
                  : dates.get(0) + " – " + dates.get(dates.size() - 1);
      String title = o.size() == 1 ? first.title() : o.size() + " articles";
      cols.add(new Column(first.article(), first.outlet(), title, published, first.group(), ids));

      int words = 0;
      Map<String, int[]> cueCounts = new LinkedHashMap<>();
      Map<String, String> shown = new HashMap<>();
      for (int i : o) {
        HedgeRow h = hedges.get(i);
        words += h.words();
        for (Cue q : h.cues()) {
          String key = q.text().toLowerCase(Locale.ROOT);
          shown.putIfAbsent(key, q.text());
          cueCounts.computeIfAbsent(key, k -> new int[1])[0] += q.count();
        }
      }
      List<Cue> cues = new ArrayList<>();
      cueCounts.forEach((k, v) -> cues.add(new Cue(shown.get(k), v[0])));
      cues.sort((x, y) -> Integer.compare(y.count(), x.count()));
      hedgeRows.add(new HedgeRow(first.article(), first.outlet(), words, cues, ids));
    }

    List<LabelRow> labelRows = new ArrayList<>(labels.size());
    for (LabelRow r : labels) {
      List<List<Label>> cells = new ArrayList<>(outlets.size());
      for (List<Integer> o : outlets) {
        if (o.size() == 1) {
          cells.add(r.cells().get(o.get(0)));
          continue;
        }
        Map<String, Tally> merged = new LinkedHashMap<>();
        for (int i : o) {
          for (Label l : r.cells().get(i)) {
            Tally t = merged.computeIfAbsent(l.text(), k -> new Tally());
            t.count += l.count();
            t.loaded |= l.loaded();
          }
        }
        List<Label> cell = new ArrayList<>(merged.size());
        merged.forEach((words, t) -> cell.add(new Label(words, t.loaded, t.count)));
        cells.add(cell);
      }
      labelRows.add(new LabelRow(r.referent(), r.name(), r.kind(), cells));
    }

    List<QuoteRow> quoteRows = new ArrayList<>(quotes.size());
    for (QuoteRow q : quotes) {
      List<QuoteGroup.Match> matches = new ArrayList<>(outlets.size());
      for (List<Integer> o : outlets) {
        QuoteGroup.Match worst = null;
        for (int i : o) {
          QuoteGroup.Match m = q.matches().get(i);
          if (m != null && (worst == null || m.ordinal() > worst.ordinal())) {
            worst = m;
          }
        }
        matches.add(worst);
      }
      quoteRows.add(new QuoteRow(q.quote(), q.speaker(), q.text(), matches));
    }

    List<FactRow> factRows = new ArrayList<>(facts.size());
    for (FactRow f : facts) {
      List<Span> spans = new ArrayList<>(outlets.size());
      List<Integer> reporting = new ArrayList<>(outlets.size());
      for (List<Integer> o : outlets) {
        Span firstSpan = null;
        int count = 0;
        for (int i : o) {
          Span m = f.members().get(i);
          if (m != null) {
            count += f.reporting().get(i);
            if (firstSpan == null) {
              firstSpan = m;
            }
          }
        }
        spans.add(firstSpan);
        reporting.add(count);
      }
      factRows.add(new FactRow(f.fact(), f.text(), f.similarity(), spans, reporting));
    }
    return new ReportTables(cols, labelRows, hedgeRows, quoteRows, factRows);
  }

  /**
   * The same tables, still one column (and hedge row) per article, with the columns in the order {@link
   * #byOutlet} gives the outlets: by group (in the order the groups first come, the articles without a
   * group last), then by outlet (in the order of its first article), an outlet's articles together by
   * date (undated last) and then title. Rows stay as they are.
   */
  public ReportTables inOutletOrder() {
    return reordered(outletOrder());
  }

  /**
   * The articles of {@code analysis} (whose per-article tables these are) in the order of {@link
   * #inOutletOrder}: the order the report's article pages take unless the analyst chose one.
   */
  public List<Article> articlesInOutletOrder(Analysis analysis) {
    if (columns.size() != analysis.articles().size()) {
      return analysis.articles(); // per-outlet tables: no order of articles to give
    }
    return outletOrder().stream().map(analysis.articles()::get).toList();
  }

  /** The order of {@link #inOutletOrder}, as indices into the columns. */
  private List<Integer> outletOrder() {
    List<String> groupOrder = groups();
    Map<String, Integer> outletOrder = new HashMap<>();
    for (Column c : columns) {
      outletOrder.putIfAbsent(c.outlet(), outletOrder.size());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      order.add(i);
    }
    Comparator<String> undatedLast = Comparator.nullsLast(Comparator.naturalOrder());
    Comparator<String> untitledLast = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
    order.sort(
        Comparator.<Integer>comparingInt(i -> columns.get(i).group() == null ? groupOrder.size() : groupOrder.indexOf(columns.get(i).group()))
            .thenComparingInt(i -> outletOrder.get(columns.get(i).outlet()))
            .thenComparing(i -> columns.get(i).published(), undatedLast)
            .thenComparing(i -> columns.get(i).title(), untitledLast));
    return order;
  }

  /** The same tables with the columns (and hedge rows) in {@code order}, indices into the columns. */
  private ReportTables reordered(List<Integer> order) {
    List<Column> cols = order.stream().map(columns::get).toList();
    List<HedgeRow> hedgeRows = hedges.size() == columns.size() ? order.stream().map(hedges::get).toList() : hedges;
    List<LabelRow> labelRows = new ArrayList<>(labels.size());
    for (LabelRow r : labels) {
      labelRows.add(new LabelRow(r.referent(), r.name(), r.kind(), order.stream().map(r.cells()::get).toList()));
    }
    List<QuoteRow> quoteRows = new ArrayList<>(quotes.size());
    for (QuoteRow q : quotes) {
      List<QuoteGroup.Match> matches = new ArrayList<>(order.size());
      order.forEach(i -> matches.add(q.matches().get(i)));
      quoteRows.add(new QuoteRow(q.quote(), q.speaker(), q.text(), matches));
    }
    List<FactRow> factRows = new ArrayList<>(facts.size());
    for (FactRow f : facts) {
      List<Span> spans = new ArrayList<>(order.size());
      order.forEach(i -> spans.add(f.members().get(i)));
      factRows.add(new FactRow(f.fact(), f.text(), f.similarity(), spans, order.stream().map(f.reporting()::get).toList()));
    }
    return new ReportTables(cols, labelRows, hedgeRows, quoteRows, factRows);
  }

  /**
   * The same tables with only the columns (and hedge rows) of outlets in {@code group} ({@code null}:
   * the outlets without a group), and only the rows something in those columns fills.
   */
  public ReportTables onlyGroup(String group) {
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (Objects.equals(columns.get(i).group(), group)) {
        keep.add(i);
      }
    }
    List<Column> cols = keep.stream().map(columns::get).toList();
    List<HedgeRow> hedgeRows = new ArrayList<>();
    java.util.Set<String> kept = new java.util.HashSet<>();
    cols.forEach(c -> kept.addAll(c.articles()));
    for (HedgeRow h : hedges) {
      if (kept.contains(h.article())) {
        hedgeRows.add(h);
      }
    }
    List<LabelRow> labelRows = new ArrayList<>();
    for (LabelRow r : labels) {
      List<List<Label>> cells = keep.stream().map(r.cells()::get).toList();
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        labelRows.add(new LabelRow(r.referent(), r.name(), r.kind(), cells));
      }
    }
    List<QuoteRow> quoteRows = new ArrayList<>();
    for (QuoteRow q : quotes) {
      List<QuoteGroup.Match> matches = new ArrayList<>();
      keep.forEach(i -> matches.add(q.matches().get(i)));
      if (matches.stream().anyMatch(Objects::nonNull)) {
        quoteRows.add(new QuoteRow(q.quote(), q.speaker(), q.text(), matches));
      }
    }
    List<FactRow> factRows = new ArrayList<>();
    for (FactRow f : facts) {
      List<Span> spans = new ArrayList<>();
      keep.forEach(i -> spans.add(f.members().get(i)));
      if (spans.stream().anyMatch(Objects::nonNull)) {
        factRows.add(
            new FactRow(f.fact(), f.text(), f.similarity(), spans, keep.stream().map(f.reporting()::get).toList()));
      }
    }
    return new ReportTables(cols, labelRows, hedgeRows, quoteRows, factRows);
  }

  /** The groups of the columns, in column order, each once. */
  public List<String> groups() {
    return columns.stream().map(Column::group).filter(Objects::nonNull).distinct().toList();
  }

  /** The index of the column holding article {@code id}, or -1. */
  public int column(String id) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).articles().contains(id)) {
        return i;
      }
    }
    return -1;
  }

  /** Words as a reader counts them: whitespace-separated pieces holding a letter or digit. */
  static int words(String text) {
    int count = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        count++;
        counted = true;
      }
    }
    return count;
  }
}
