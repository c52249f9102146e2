package org.parallax.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;

/**
 * The summary tables of a framing analysis as plain data, ready for the PDF report, the CSV files
 * and the desktop app's framing tables: who calls what by which name, who hedges how much, which
 * quotations travel and how faithfully, and which outlet reports which fact.
 *
 * <p>Invariant: the tables have one column per article, in the order of {@link #columns}; every
 * per-article list in a row ({@link LabelRow#cells}, {@link QuoteRow#matches}, {@link
 * FactRow#members}) has exactly {@code columns().size()} entries, aligned with it. Columns are
 * articles rather than outlets because one outlet can carry several articles; {@link Column#outlet}
 * names the outlet.
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
   * One article as a column heading: its outlet (or id, when the outlet is unknown), title and
   * date.
   */
  public record Column(String article, String outlet, String title, String published) {}

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

  /** One article's hedging: its cues, most frequent first, and its length in words. */
  public record HedgeRow(String article, String outlet, int words, List<Cue> cues) {
    public HedgeRow {
      cues = List.copyOf(cues);
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
   * A fact: its wording in the first article that reports it, and for each article the sentence
   * that reports it ({@code null} where it does not).
   */
  public record FactRow(String fact, String text, double similarity, List<Span> members) {
    public FactRow {
      members = Collections.unmodifiableList(new ArrayList<>(members));
    }

    public int reportedBy() {
      return (int) members.stream().filter(m -> m != null).count();
    }
  }

  /** The tables of {@code analysis}, one column per article in its order. */
  public static ReportTables of(Analysis analysis) {
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Article a : analysis.articles()) {
      index.put(a.id(), columns.size());
      columns.add(new Column(a.id(), Highlights.name(a), a.title(), a.published()));
    }
    int n = columns.size();

    List<LabelRow> labels = new ArrayList<>();
    for (Referent r : analysis.referents()) {
      List<Map<String, int[]>> counts = new ArrayList<>();
      List<Map<String, Boolean>> loaded = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        counts.add(new LinkedHashMap<>());
        loaded.add(new HashMap<>());
      }
      for (Referent.Mention m : r.mentions()) {
        Integer col = index.get(m.article());
        if (col == null) {
          continue;
        }
        String words = m.text().replaceAll("\\s+", " ").trim();
        counts.get(col).computeIfAbsent(words, k -> new int[1])[0]++;
        loaded.get(col).merge(words, m.loaded(), Boolean::logicalOr);
      }
      List<List<Label>> cells = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        List<Label> cell = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.get(i).entrySet()) {
          cell.add(new Label(e.getKey(), loaded.get(i).get(e.getKey()), e.getValue()[0]));
        }
        cells.add(cell);
      }
      labels.add(new LabelRow(r.id(), r.name(), r.kind(), cells));
    }

    List<HedgeRow> hedges = new ArrayList<>();
    for (Article a : analysis.articles()) {
      // Counted regardless of case ("Reportedly" = "reportedly"), shown as first written ("U.S.
      // officials say").
      Map<String, Integer> cues = new LinkedHashMap<>();
      Map<String, String> shown = new HashMap<>();
      for (Span h : analysis.hedges()) {
        if (h.article().equals(a.id())) {
          String words = h.text().replaceAll("\\s+", " ").trim();
          String key = words.toLowerCase(Locale.ROOT);
          shown.putIfAbsent(key, words);
          cues.merge(key, 1, Integer::sum);
        }
      }
      List<Cue> list = new ArrayList<>();
      cues.forEach((k, v) -> list.add(new Cue(shown.get(k), v)));
      list.sort((x, y) -> Integer.compare(y.count(), x.count()));
      hedges.add(new HedgeRow(a.id(), Highlights.name(a), words(a.text()), list));
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
