package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.corpus.Article;

/**
 * The whole story in one picture: outlets as rows, and as columns the facts and quotations (who reports
 * what, who leaves it out) and the referents (which label each outlet uses most for each, loaded or
 * not). The app's overview and the report's overview page draw it.
 *
 * <p>Rows are outlets as {@link Highlights#name} names them (an article without an outlet is a row of its
 * own), ordered so that outlets that frame alike stand together: average-linkage clustering of their
 * coverage and label choices ({@link #distance}), the tree's leaves read in order, each merge turned so
 * that the closest ends of its two halves meet. Ties go to corpus order, so the same analysis always
 * gives the same order.
 *
 * <p>Invariants: every row's {@code coverage} is aligned with {@link #items} and its {@code labels} with
 * {@link #referents}; every row has at least one article.
 *
 * @param items the facts, then the quotations two or more articles carry; each block in the order of the
 *     rows that report them (by the mean place of those rows, weighted by the share of their articles that
 *     report it: what a cluster of outlets reports stands together), ties by how many outlets report it
 *     (most first), then in analysis order
 * @param referents the referents two or more outlets mention (one, for a corpus of one outlet): first
 *     those that some outlets name most with a loaded label and others with a neutral one, then by how
 *     many outlets mention them, ties in analysis order
 * @param rows the outlets, in the order described above
 */
public record Overview(List<Column> items, List<Column> referents, List<Row> rows) {

  public Overview {
    items = List.copyOf(items);
    referents = List.copyOf(referents);
    rows = List.copyOf(rows);
  }

  /** What a column stands for. */
  public enum Kind {
    FACT,
    QUOTATION,
    REFERENT
  }

  /**
   * A fact, quotation or referent.
   *
   * @param id its id in the analysis ({@code f3}, {@code q21}, {@code r1})
   * @param title one line: the fact's first sentence, the quotation's fullest wording, the referent's name
   * @param outlets how many rows report (or mention) it
   */
  public record Column(String id, Kind kind, String title, int outlets) {}

  /**
   * Whether an outlet reports an item.
   *
   * @param reporting how many of the outlet's articles report it (0: it leaves it out)
   * @param article where the item stands in the outlet's articles: the first that reports it, else the
   *     outlet's first article (which then says that it does not report it)
   * @param altered whether one of its articles alters the quotation
   */
  public record Coverage(int reporting, String article, boolean altered) {
    public boolean reported() {
      return reporting > 0;
    }
  }

  /** One wording an outlet uses for a referent, and how often. */
  public record Usage(String text, int count, boolean loaded) {}

  /**
   * How an outlet names a referent.
   *
   * @param uses its wordings, most used first (ties: the one it writes first); empty when it does not
   *     mention the referent
   * @param article the article of its most used wording, else the outlet's first article
   */
  public record Labels(List<Usage> uses, String article) {
    public Labels {
      uses = List.copyOf(uses);
    }

    /** The wording it uses most, or {@code null}. */
    public Usage top() {
      return uses.isEmpty() ? null : uses.get(0);
    }

    public boolean mentioned() {
      return !uses.isEmpty();
    }

    public int mentions() {
      return uses.stream().mapToInt(Usage::count).sum();
    }

    public int loadedMentions() {
      return uses.stream().filter(Usage::loaded).mapToInt(Usage::count).sum();
    }
  }

  /**
   * One outlet.
   *
   * @param group its group from {@code parallax.json} (through its profile in {@code outlets}), or {@code null}
   * @param articles its articles' ids, in corpus order
   */
  public record Row(String outlet, String group, List<String> articles, List<Coverage> coverage, List<Labels> labels) {
    public Row {
      articles = List.copyOf(articles);
      coverage = List.copyOf(coverage);
      labels = List.copyOf(labels);
    }

    /** The share of its articles that report item {@code i}, 0 to 1. */
    public double share(int i) {
      return coverage.get(i).reporting() / (double) articles.size();
    }
  }

  /** The overview of {@code analysis}. */
  public static Overview of(Analysis analysis) {
    Map<String, Integer> rowOf = new HashMap<>();
    List<String> outlets = new ArrayList<>();
    List<List<String>> articlesOf = new ArrayList<>();
    Map<String, String> groups = new HashMap<>();
    for (OutletGroups.Outlet o : OutletGroups.outlets(analysis)) {
      int r = outlets.size();
      outlets.add(o.name());
      articlesOf.add(o.articles());
      rowOf.put(o.name(), r);
      o.articles().forEach(id -> rowOf.put("\u0000" + id, r));
      if (o.group() != null) {
        groups.put(o.name(), o.group());
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (Article a : analysis.articles()) {
      order.put(a.id(), order.size());
    }
    int n = outlets.size();

    // Facts and quotations: per row, the articles reporting each.
    List<Column> facts = new ArrayList<>();
    List<Coverage[]> factCells = new ArrayList<>();
    for (FactGroup f : analysis.facts()) {
      Coverage[] cells = coverage(f.members().stream().map(Span::article).toList(), Set.of(), rowOf, articlesOf, order);
      if (cells != null) {
        facts.add(new Column(f.id(), Kind.FACT, oneLine(f.members().isEmpty() ? "" : f.members().get(0).text()), count(cells)));
        factCells.add(cells);
      }
    }
    List<Column> quotes = new ArrayList<>();
    List<Coverage[]> quoteCells = new ArrayList<>();
    for (QuoteGroup q : analysis.quotes()) {
      List<String> carriers = q.occurrences().stream().map(QuoteGroup.Occurrence::article).toList();
      if (new LinkedHashSet<>(carriers).size() < 2) {
        continue;
      }
      Set<String> altered = new java.util.HashSet<>();
      q.occurrences().stream().filter(o -> o.match() == QuoteGroup.Match.altered).forEach(o -> altered.add(o.article()));
      Coverage[] cells = coverage(carriers, altered, rowOf, articlesOf, order);
      if (cells != null) {
        quotes.add(new Column(q.id(), Kind.QUOTATION, oneLine(q.fullestText()), count(cells)));
        quoteCells.add(cells);
      }
    }
    List<Integer> factOrder = byOutlets(facts);
    List<Integer> quoteOrder = byOutlets(quotes);
    List<Column> items = new ArrayList<>();
    List<Coverage[]> itemCells = new ArrayList<>();
    factOrder.forEach(i -> {
      items.add(facts.get(i));
      itemCells.add(factCells.get(i));
    });
    quoteOrder.forEach(i -> {
      items.add(quotes.get(i));
      itemCells.add(quoteCells.get(i));
    });

    // Referents: per row, its wordings with counts.
    List<Column> refs = new ArrayList<>();
    List<Labels[]> refCells = new ArrayList<>();
    List<Boolean> refSplit = new ArrayList<>();
    int needed = Math.min(2, n);
    for (Referent r : analysis.referents()) {
      // Mentions in corpus then text order: "the one it writes first" is well defined.
      List<Referent.Mention> ms = new ArrayList<>(r.mentions());
      ms.sort(Comparator.comparingInt((Referent.Mention m) -> order.getOrDefault(m.article(), Integer.MAX_VALUE))
          .thenComparingInt(Referent.Mention::start));
      // Per row, its wordings by their lower-case form.
      Map<Integer, Map<String, Tally>> byRow = new HashMap<>();
      for (Referent.Mention m : ms) {
        Integer row = rowOf.get("\u0000" + m.article());
        if (row == null) {
          continue;
        }
        String words = oneLine(m.text());
        Tally t = byRow.computeIfAbsent(row, k -> new LinkedHashMap<>())
            .computeIfAbsent(words.toLowerCase(Locale.ROOT), k -> new Tally(words, m.article()));
        t.count++;
        t.loaded |= m.loaded();
      }
      if (byRow.size() < needed || byRow.isEmpty()) {
        continue;
      }
      Labels[] cells = new Labels[n];
      for (int row = 0; row < n; row++) {
        Map<String, Tally> words = byRow.get(row);
        if (words == null) {
          cells[row] = new Labels(List.of(), articlesOf.get(row).get(0));
          continue;
        }
        List<Tally> tallies = new ArrayList<>(words.values());
        // Stable: ties keep the order the outlet first writes them in.
        tallies.sort(Comparator.comparingInt((Tally x) -> x.count).reversed());
        List<Usage> uses = tallies.stream().map(x -> new Usage(x.words, x.count, x.loaded)).toList();
        cells[row] = new Labels(uses, tallies.get(0).article);
      }
      refs.add(new Column(r.id(), Kind.REFERENT, r.name(), byRow.size()));
      refCells.add(cells);
      // Split: some outlets' most used label is loaded and others' neutral, the framing difference to see first.
      java.util.Set<Boolean> tops = new java.util.HashSet<>();
      for (Labels l : cells) {
        if (l.top() != null) {
          tops.add(l.top().loaded());
        }
      }
      refSplit.add(tops.size() == 2);
    }
    List<Integer> refOrder = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      refOrder.add(i);
    }
    refOrder.sort(Comparator.comparing((Integer i) -> !refSplit.get(i)).thenComparing(i -> -refs.get(i).outlets()));
    List<Column> referents = refOrder.stream().map(refs::get).toList();
    List<Labels[]> labelCells = refOrder.stream().map(refCells::get).toList();

    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<Coverage> cov = new ArrayList<>();
      for (Coverage[] c : itemCells) {
        cov.add(c[r]);
      }
      List<Labels> labs = new ArrayList<>();
      for (Labels[] c : labelCells) {
        labs.add(c[r]);
      }
      rows.add(new Row(outlets.get(r), groups.get(outlets.get(r)), articlesOf.get(r), cov, labs));
    }
    int[] rowOrder = RowOrder.of(distances(rows));
    // Each block's items follow the rows: ordered by the mean place of the rows that report them (weighted
    // by share), so that what a cluster of outlets reports stands together, on a diagonal.
    double[] centre = new double[items.size()];
    for (int c = 0; c < items.size(); c++) {
      double sum = 0;
      double weight = 0;
      for (int place = 0; place < n; place++) {
        double share = rows.get(rowOrder[place]).share(c);
        sum += place * share;
        weight += share;
      }
      centre[c] = weight == 0 ? n : sum / weight;
    }
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < items.size(); c++) {
      columns.add(c);
    }
    int factCount = facts.size();
    columns.sort(Comparator.comparingInt((Integer c) -> c < factCount ? 0 : 1)
        .thenComparingDouble(c -> centre[c])
        .thenComparingInt(c -> -items.get(c).outlets()));
    List<Column> sortedItems = columns.stream().map(items::get).toList();
    List<Row> ordered = new ArrayList<>();
    for (int i : rowOrder) {
      Row r = rows.get(i);
      ordered.add(new Row(r.outlet(), r.group(), r.articles(), columns.stream().map(r.coverage()::get).toList(), r.labels()));
    }
    return new Overview(sortedItems, referents, ordered);
  }

  /**
   * How differently two outlets frame the story, 0 (alike) to 1: the mean, over the items, of the
   * difference in the share of their articles that report it, and over the referents, of the difference
   * in how they name it (0 the same most used wording or neither mentions it; 0.25 different neutral
   * wordings; 0.5 different loaded ones; 1 one loaded and one neutral, or only one mentions it).
   */
  public static double distance(Row a, Row b) {
    int columns = a.coverage().size() + a.labels().size();
    if (columns == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < a.coverage().size(); i++) {
      sum += Math.abs(a.share(i) - b.share(i));
    }
    for (int i = 0; i < a.labels().size(); i++) {
      Usage x = a.labels().get(i).top();
      Usage y = b.labels().get(i).top();
      if (x == null || y == null) {
        sum += x == y ? 0 : 1;
      } else if (x.loaded() != y.loaded()) {
        sum += 1;
      } else if (!x.text().toLowerCase(Locale.ROOT).equals(y.text().toLowerCase(Locale.ROOT))) {
        sum += x.loaded() ? 0.5 : 0.25;
      }
    }
    return sum / columns;
  }

  /**
   * {@link #distance} between every two rows, computed on arrays: 200 outlets × 1,000 columns is 20
   * million cell comparisons, which boxed lists make ten times slower.
   */
  static double[][] distances(List<Row> rows) {
    int n = rows.size();
    double[][] d = new double[n][n];
    if (n == 0) {
      return d;
    }
    int items = rows.get(0).coverage().size();
    int refs = rows.get(0).labels().size();
    int columns = items + refs;
    if (columns == 0) {
      return d;
    }
    double[][] share = new double[n][items];
    int[][] label = new int[n][refs];
    boolean[][] loaded = new boolean[n][refs];
    List<Map<String, Integer>> ids = new ArrayList<>();
    for (int k = 0; k < refs; k++) {
      ids.add(new HashMap<>());
    }
    for (int r = 0; r < n; r++) {
      Row row = rows.get(r);
      for (int c = 0; c < items; c++) {
        share[r][c] = row.share(c);
      }
      for (int k = 0; k < refs; k++) {
        Usage top = row.labels().get(k).top();
        Map<String, Integer> known = ids.get(k);
        label[r][k] = top == null ? -1 : known.computeIfAbsent(top.text().toLowerCase(Locale.ROOT), x -> known.size());
        loaded[r][k] = top != null && top.loaded();
      }
    }
    // Each row's non-zero columns only: most outlets report few of a large story's items and name few of
    // its referents, and a column where both rows are empty adds exactly 0. Summing the rest in column
    // order gives the very sums of the full loop (200 real articles, 200 outlets: most of the PDF's time
    // went here).
    int[][] itemAt = new int[n][];
    double[][] itemShare = new double[n][];
    int[][] refAt = new int[n][];
    for (int r = 0; r < n; r++) {
      int count = 0;
      for (int c = 0; c < items; c++) {
        if (share[r][c] != 0) {
          count++;
        }
      }
      itemAt[r] = new int[count];
      itemShare[r] = new double[count];
      count = 0;
      for (int c = 0; c < items; c++) {
        if (share[r][c] != 0) {
          itemAt[r][count] = c;
          itemShare[r][count++] = share[r][c];
        }
      }
      count = 0;
      for (int k = 0; k < refs; k++) {
        if (label[r][k] >= 0) {
          count++;
        }
      }
      refAt[r] = new int[count];
      count = 0;
      for (int k = 0; k < refs; k++) {
        if (label[r][k] >= 0) {
          refAt[r][count++] = k;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int[] ai = itemAt[i];
      double[] av = itemShare[i];
      int[] ak = refAt[i];
      for (int j = i + 1; j < n; j++) {
        int[] bi = itemAt[j];
        double[] bv = itemShare[j];
        double sum = 0;
        int p = 0;
        int q = 0;
        while (p < ai.length || q < bi.length) {
          int ca = p < ai.length ? ai[p] : Integer.MAX_VALUE;
          int cb = q < bi.length ? bi[q] : Integer.MAX_VALUE;
          if (ca == cb) {
            sum += Math.abs(av[p++] - bv[q++]);
          } else if (ca < cb) {
            sum += Math.abs(av[p++] - 0.0);
          } else {
            sum += Math.abs(0.0 - bv[q++]);
          }
        }
        int[] bk = refAt[j];
        p = 0;
        q = 0;
        while (p < ak.length || q < bk.length) {
          int ka = p < ak.length ? ak[p] : Integer.MAX_VALUE;
          int kb = q < bk.length ? bk[q] : Integer.MAX_VALUE;
          if (ka != kb) {
            sum += 1; // only one of them mentions it
            if (ka < kb) {
              p++;
            } else {
              q++;
            }
            continue;
          }
          int k = ka;
          p++;
          q++;
          if (loaded[i][k] != loaded[j][k]) {
            sum += 1;
          } else if (label[i][k] != label[j][k]) {
            sum += loaded[i][k] ? 0.5 : 0.25;
          }
        }
        d[i][j] = d[j][i] = sum / columns;
      }
    }
    return d;
  }

  /** The same overview with the rows of each group together (groups in order of their first row, then rows without a group), in order within each. */
  public Overview grouped() {
    List<String> order = groups();
    List<Row> out = new ArrayList<>(rows);
    out.sort(Comparator.comparingInt(r -> r.group() == null ? order.size() : order.indexOf(r.group())));
    return new Overview(items, referents, out);
  }

  /** The same overview with only the rows of {@code group} ({@code null}: the rows without a group). */
  public Overview only(String group) {
    return new Overview(items, referents, rows.stream().filter(r -> java.util.Objects.equals(r.group(), group)).toList());
  }

  /** The groups of the rows, in row order, each once. */
  public List<String> groups() {
    return rows.stream().map(Row::group).filter(java.util.Objects::nonNull).distinct().toList();
  }

  /**
   * The same overview with at most {@code maxItems} facts and quotations (those most outlets report;
   * 0: all) and {@code maxReferents} referents (the first; 0: all), the columns in their order and the
   * rows in theirs.
   */
  public Overview limit(int maxItems, int maxReferents) {
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      keep.add(i);
    }
    if (maxItems > 0 && items.size() > maxItems) {
      keep.sort(Comparator.comparingInt((Integer i) -> -items.get(i).outlets()));
      keep = new ArrayList<>(keep.subList(0, maxItems));
      keep.sort(Comparator.naturalOrder());
    }
    int refs = maxReferents > 0 ? Math.min(maxReferents, referents.size()) : referents.size();
    List<Integer> kept = keep;
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new Row(r.outlet(), r.group(), r.articles(), kept.stream().map(r.coverage()::get).toList(), r.labels().subList(0, refs)));
    }
    return new Overview(kept.stream().map(items::get).toList(), referents.subList(0, refs), out);
  }

  /** One wording of one outlet for one referent, counted. */
  private static final class Tally {
    final String words;
    final String article;
    int count;
    boolean loaded;

    Tally(String words, String article) {
      this.words = words;
      this.article = article;
    }
  }

  private static Coverage[] coverage(
      List<String> carriers, Set<String> altered, Map<String, Integer> rowOf, List<List<String>> articlesOf, Map<String, Integer> order) {
    int n = articlesOf.size();
    int[] reporting = new int[n];
    String[] first = new String[n];
    boolean[] alt = new boolean[n];
    boolean any = false;
    for (String article : new LinkedHashSet<>(carriers)) {
      Integer r = rowOf.get("\u0000" + article);
      if (r == null) {
        continue;
      }
      any = true;
      reporting[r]++;
      if (first[r] == null || order.get(article) < order.get(first[r])) {
        first[r] = article;
      }
      alt[r] |= altered.contains(article);
    }
    if (!any) {
      return null;
    }
    Coverage[] cells = new Coverage[n];
    for (int r = 0; r < n; r++) {
      cells[r] = new Coverage(reporting[r], first[r] != null ? first[r] : articlesOf.get(r).get(0), alt[r]);
    }
    return cells;
  }

  private static int count(Coverage[] cells) {
    int c = 0;
    for (Coverage x : cells) {
      if (x.reported()) {
        c++;
      }
    }
    return c;
  }

  private static List<Integer> byOutlets(List<Column> columns) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      out.add(i);
    }
    out.sort(Comparator.comparingInt((Integer i) -> -columns.get(i).outlets()));
    return out;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
