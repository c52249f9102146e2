package org.parallax.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.corpus.Article;
import org.parallax.text.Folding;
import org.parallax.text.Normalized;
import org.parallax.text.TextRange;

/**
 * Find in articles: every place the shown articles hold the words typed, without regard to case or
 * accents ("assad" finds "al-Assad" and "ASSAD"), in column order and then text order; next and
 * previous step through them, wrapping around.
 *
 * <p>Invariants: {@link #current} is one of the matches or null; {@link #index} is its position (-1
 * when null); at most {@value #MAX_MATCHES} matches are kept.
 */
final class FindViewModel {

  /** One place the words were found. */
  record Match(String article, TextRange range) {}

  /** Fewer characters than this find nothing: one letter would mark the whole corpus. */
  static final int MIN_QUERY = 2;

  static final int MAX_MATCHES = 10_000;

  private static final Folding FOLD = Folding.of(Folding.Rule.CASE, Folding.Rule.ACCENTS, Folding.Rule.APOSTROPHES);

  private final Supplier<List<Article>> shown;
  private final StringProperty query = new SimpleStringProperty("");
  private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyObjectWrapper<Match> current = new ReadOnlyObjectWrapper<>();
  /** A counter that changes whenever the matches do, for views that restyle on it. */
  private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(0);
  private List<Match> matches = List.of();
  private Map<String, List<TextRange>> byArticle = Map.of();

  /** @param shown the articles shown, in column order */
  FindViewModel(Supplier<List<Article>> shown) {
    this.shown = shown;
    query.addListener((o, was, now) -> refresh());
  }

  StringProperty query() {
    return query;
  }

  ReadOnlyIntegerProperty count() {
    return count.getReadOnlyProperty();
  }

  /** The current match's position among them, from 0; -1 when there is none. */
  ReadOnlyIntegerProperty index() {
    return index.getReadOnlyProperty();
  }

  ReadOnlyObjectProperty<Match> current() {
    return current.getReadOnlyProperty();
  }

  ReadOnlyIntegerProperty version() {
    return version.getReadOnlyProperty();
  }

  /** The matches in {@code article}, in text order. */
  List<TextRange> in(String article) {
    return byArticle.getOrDefault(article, List.of());
  }

  List<Match> matches() {
    return matches;
  }

  /** Finds the query again, in the articles shown now (after an analysis, or columns shown or hidden). */
  void refresh() {
    String q = query.get() == null ? "" : FOLD.apply(query.get().strip());
    List<Match> found = new ArrayList<>();
    Map<String, List<TextRange>> per = new HashMap<>();
    if (q.length() >= MIN_QUERY) {
      for (Article a : shown.get()) {
        if (a.text() == null) {
          continue;
        }
        Normalized n = FOLD.align(a.text());
        for (int at = n.text().indexOf(q); at >= 0 && found.size() < MAX_MATCHES; at = n.text().indexOf(q, at + q.length())) {
          TextRange r = n.toOriginal(new TextRange(at, at + q.length()));
          found.add(new Match(a.id(), r));
          per.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    matches = List.copyOf(found);
    byArticle = per;
    count.set(matches.size());
    index.set(-1);
    current.set(null);
    version.set(version.get() + 1);
    if (!matches.isEmpty()) {
      go(0);
    }
  }

  /** The next match (after the last, the first). */
  void next() {
    if (!matches.isEmpty()) {
      go((index.get() + 1) % matches.size());
    }
  }

  /** The previous match (before the first, the last). */
  void previous() {
    if (!matches.isEmpty()) {
      go((index.get() - 1 + matches.size()) % matches.size());
    }
  }

  private void go(int i) {
    index.set(i);
    current.set(matches.get(i));
  }

  /** "3 of 17", "no match", or nothing before anything is typed. */
  String status() {
    String q = query.get() == null ? "" : query.get().strip();
    if (q.isEmpty()) {
      return "";
    }
    if (q.length() < MIN_QUERY) {
      return "type " + MIN_QUERY + " letters or more";
    }
    if (matches.isEmpty()) {
      return "no match";
    }
    return (index.get() + 1) + " of " + matches.size() + (matches.size() == MAX_MATCHES ? "+" : "");
  }
}
