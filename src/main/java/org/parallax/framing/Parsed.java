package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import org.parallax.corpus.Article;
import org.parallax.text.Ranges;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;

/**
 * A corpus as the framing analysis reads it: per article its tokens, its noun phrases and its direct
 * quotations (with their marks). Indices are the articles' positions in {@code articles}.
 *
 * <p>Invariant: {@code all} holds every phrase of {@code phrases}, in article then text order, and
 * each phrase's {@code id} is its index there.
 */
record Parsed(
    List<Article> articles,
    List<List<Tok>> tokens,
    List<List<Phrase>> phrases,
    List<List<TextRange>> quotes,
    List<Phrase> all,
    List<int[]> sentenceStarts,
    List<Ranges> quoteIndex) {

  static Parsed of(List<Article> articles, List<List<Tok>> tokens, List<List<Phrase>> phrases, List<List<TextRange>> quotes) {
    List<Phrase> all = new ArrayList<>();
    for (List<Phrase> ps : phrases) {
      for (Phrase p : ps) {
        p.id = all.size();
        all.add(p);
      }
    }
    // Per article, the index of each sentence's first token (and the token count at the end).
    List<int[]> starts = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Tok> toks = tokens.get(a);
      int n = articles.get(a).sentences().size();
      int[] at = new int[n + 1];
      java.util.Arrays.fill(at, -1);
      for (int i = toks.size() - 1; i >= 0; i--) {
        int s = toks.get(i).sentence();
        if (s < n) {
          at[s] = i;
        }
      }
      at[n] = toks.size();
      for (int s = n - 1; s >= 0; s--) {
        if (at[s] < 0) {
          at[s] = at[s + 1];
        }
      }
      starts.add(at);
    }
    return new Parsed(articles, tokens, phrases, quotes, all, starts, quotes.stream().map(Ranges::new).toList());
  }

  /** Each article's index by its id. */
  java.util.Map<String, Integer> articleIndex() {
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      index.put(articles.get(a).id(), a);
    }
    return index;
  }

  /** The tokens of sentence {@code s} of article {@code a}. */
  List<Tok> sentence(int a, int s) {
    int[] at = sentenceStarts.get(a);
    if (s < 0 || s + 1 >= at.length) {
      return List.of();
    }
    return tokens.get(a).subList(at[s], at[s + 1]);
  }

  /** The tokens of an aligned fact's member: its sentence, or the clause of it the member is. */
  List<Tok> member(org.parallax.align.SentenceRef r) {
    List<Tok> sentence = sentence(r.article(), r.sentence());
    if (!r.isClause()) {
      return sentence;
    }
    int from = 0;
    while (from < sentence.size() && sentence.get(from).end() <= r.clause().start()) {
      from++;
    }
    int to = from;
    while (to < sentence.size() && sentence.get(to).start() < r.clause().end()) {
      to++;
    }
    return sentence.subList(from, to);
  }

  /** Whether {@code pos} of article {@code a} is inside one of its quotations; a binary search. */
  boolean inQuote(int a, int pos) {
    return quoteIndex.get(a).covers(pos);
  }
}
