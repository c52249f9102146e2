package org.parallax.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.corpus.Article;

/**
 * Which articles stand side by side, and in what order. The analyst hides, shows and reorders columns;
 * a new corpus shows all its articles in corpus order.
 *
 * <p>Invariant: {@link #shown} holds articles of {@link #articles}, each at most once.
 */
public final class ColumnsViewModel {

  private final ObservableList<Article> articles = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
  private final ObservableList<Article> shown = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<Article> shownView = FXCollections.unmodifiableObservableList(shown);

  /** A new corpus: every article shown, in corpus order. */
  public void setArticles(List<Article> all) {
    articles.setAll(all);
    shown.setAll(all);
  }

  /**
   * The articles of a corpus shown as the analyst last arranged them: {@code order} first (ids the
   * corpus lacks are skipped), then articles not in it in corpus order; those in {@code hidden} not shown.
   */
  public void setArticles(List<Article> all, List<String> order, Collection<String> hidden) {
    articles.setAll(all);
    // Sets by id: at 200 articles, looking each one up in the lists took tens of milliseconds on the
    // JavaFX thread.
    java.util.Map<String, Article> byId = new java.util.HashMap<>();
    all.forEach(a -> byId.putIfAbsent(a.id(), a));
    java.util.Set<String> hide = new java.util.HashSet<>(hidden);
    java.util.Set<String> placed = new java.util.HashSet<>();
    List<Article> next = new ArrayList<>();
    for (String id : order) {
      Article a = byId.get(id);
      if (a != null && !hide.contains(id) && placed.add(id)) {
        next.add(a);
      }
    }
    java.util.Set<String> ordered = new java.util.HashSet<>(order);
    for (Article a : all) {
      if (!placed.contains(a.id()) && !ordered.contains(a.id()) && !hide.contains(a.id())) {
        placed.add(a.id());
        next.add(a);
      }
    }
    shown.setAll(next);
  }

  /** The ids of the articles not shown, in corpus order. */
  public List<String> hiddenIds() {
    return articles.stream().map(Article::id).filter(id -> !isShown(id)).toList();
  }

  /** Every article of the corpus, in corpus order. */
  public ObservableList<Article> articles() {
    return articlesView;
  }

  /** The columns, left to right. */
  public ObservableList<Article> shown() {
    return shownView;
  }

  public List<String> shownIds() {
    return shown.stream().map(Article::id).toList();
  }

  public boolean isShown(String id) {
    return indexOf(id) >= 0;
  }

  public void hide(String id) {
    int i = indexOf(id);
    if (i >= 0) {
      shown.remove(i);
    }
  }

  /** Shows a hidden article, at the right end. */
  public void show(String id) {
    if (isShown(id)) {
      return;
    }
    articles.stream().filter(a -> a.id().equals(id)).findFirst().ifPresent(shown::add);
  }

  public void moveLeft(String id) {
    int i = indexOf(id);
    if (i > 0) {
      Article a = shown.remove(i);
      shown.add(i - 1, a);
    }
  }

  public void moveRight(String id) {
    int i = indexOf(id);
    if (i >= 0 && i < shown.size() - 1) {
      Article a = shown.remove(i);
      shown.add(i + 1, a);
    }
  }

  /**
   * Shows exactly the articles {@code ids}: those already shown keep their places, the others are added
   * at the right end in corpus order.
   */
  public void showOnly(Collection<String> ids) {
    List<Article> next = new ArrayList<>();
    for (Article a : shown) {
      if (ids.contains(a.id())) {
        next.add(a);
      }
    }
    for (Article a : articles) {
      if (ids.contains(a.id()) && !next.contains(a)) {
        next.add(a);
      }
    }
    if (!next.equals(shown)) {
      shown.setAll(next);
    }
  }

  public void showAll() {
    showOnly(articles.stream().map(Article::id).toList());
  }

  /** Back to every article in corpus order. */
  public void reset() {
    shown.setAll(articles);
  }

  private int indexOf(String id) {
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
