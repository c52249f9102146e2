package org.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.cache.CacheKey;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.Article;
import org.parallax.text.Clauses;
import org.parallax.text.Folding;
import org.parallax.text.TextRange;
import org.parallax.text.WordDiff;
import org.parallax.work.Checkpoint;
import org.parallax.work.Fault;
import org.parallax.work.Faults;

/**
 * Aligns facts across articles by combining meaning (sentence embeddings) with lexical evidence (shared
 * content words, names and numbers, weighted by how specific they are to few sentences and few articles).
 *
 * <p>Why both: inside one story every sentence is about the same topic, so embeddings alone rate
 * unrelated sentences of the story as similar (cosine 0.6-0.8). Words that only a few articles use
 * ("telephone", "Shoigu", "exacerbating") tell the same fact apart from the same topic; words every
 * article uses ("Russia", "Syria", "military") count for little. A pair is aligned when {@code cosine +
 * 1.2 × weighted Dice overlap} reaches {@value #ALIGN}.
 *
 * <p>Scale: no all-pairs comparison. Candidate pairs come from an inverted index of specific terms and
 * from random-hyperplane hashing of the embeddings (pairs of close meaning share a bucket with high
 * probability); only candidates are scored. Groups are built N-way by merging the best pairs first, with
 * at most one sentence per article per group, every cross pair of two merging groups at least {@value
 * #LINK_LEAST} and {@value #LINK} on average, so a chain of loosely similar sentences never becomes one
 * fact.
 *
 * <p>Rare names: two sentences of different articles that share at least {@value #RARE_NAMES} names or
 * numbers that are rare in the corpus (each article naming them does so in one sentence, and at most
 * half the other articles name them, or two articles in a corpus of three or four; never in a corpus of
 * two, where every shared name would qualify) and that are not far apart in meaning (cosine at least
 * {@value #RARE_NAMES_COSINE}) tell the same fact, however differently worded ("the Pentagon cut off
 * discussions after the annexation of Crimea" and "contacts were stopped after Russia's involvement in
 * the annexation of Crimea from Ukraine"). Such a pair scores {@value #ALIGN}: enough to align, and it
 * still has to pass the link test to join a larger group.
 *
 * <p>Meaning alone: two sentences of different articles that share few specific words align when their
 * meanings are close (cosine at least {@value #CLOSE_MEANING}) and each is clearly the other's closest
 * sentence in its article (a mutual best match among all its sentences, {@value #CLEAR_MARGIN} above the
 * next: of two sentences of one article about the same matter, only a clearly closer one; computed only
 * for the few pairs that close), unless they name different days of the week, both give numbers but none
 * in common, or one negates or denies and the other does not. In a
 * story about one event every outlet's lead tells the same fact in its own words ("Jackson was arrested
 * on the DUI charge early Tuesday morning" / "Vincent Jackson was arrested early yesterday on suspicion
 * of drunken driving"), and the words they share are the story's background, which the weighted overlap
 * discounts. Each fact records what joined it ({@link AlignedFact#evidence()}).
 *
 * <p>Clauses: a sentence that tells two facts is compared clause by clause in a second pass (see {@link
 * #byClauses}), so that its clauses can join two different facts.
 */
public final class EmbeddingFactAligner implements FactAligner {

  /** Score a pair needs to be the same fact. Calibrated on the seeds; see the class comment. */
  static final double ALIGN = 0.98;
  /** The cross pairs of two groups must reach this on average to merge them. */
  static final double LINK = 0.85;
  /**
   * ... and every one of them this: low enough that two groups of one fact told by many outlets merge
   * though their two least alike tellings are far apart (with 0.80, until session 38, "Tara Reid
   * checked herself into Promises Treatment Center", told by four outlets, and "Actress Tara Reid entered
   * well-known Malibu rehab center Promises", by two, were two facts), high enough that no chain of
   * loosely similar sentences becomes one fact (0.74 joins "a New Zealand climber who fell" to "one
   * Australian and one English climber have fallen").
   */
  static final double LINK_LEAST = 0.75;
  /**
   * A sentence is reported as unique only when its best match elsewhere scores below this and shares
   * little specific wording with any other article's sentence ({@link #UNIQUE_MAX_DICE}): a false
   * "only this outlet reports it" misleads more than a missed one.
   */
  static final double UNIQUE_BELOW = 0.80;

  static final double UNIQUE_MAX_DICE = 0.18;
  static final double DICE_WEIGHT = 1.2;
  /** Share of words two sentences must have in common, in order, to count as copied text. */
  static final double NEAR_VERBATIM = 0.8;

  /** Rare names or numbers two sentences must share; see the class comment. */
  static final int RARE_NAMES = 2;

  static final double RARE_NAMES_COSINE = 0.45;

  /** Cosine at which two sentences, each the other's closest in its article, tell the same fact; see the class comment. */
  static final double CLOSE_MEANING = 0.74;
  /** How much closer than the next sentence of its article a sentence must be to be clearly the closest. */
  static final double CLEAR_MARGIN = 0.02;

  private static final int MIN_WORDS = 4;
  /** Specific words a clause must share with what it aligns with (see {@link #byClauses}). */
  static final int CLAUSE_TERMS = 2;
  /** Sentences of one article compared by meaning at most; see {@link #withinBudget}. */
  static final int MEANING_BUDGET = 2_000;
  private static final int LSH_TABLES = 20;
  private static final int LSH_BITS = 10;
  private static final int MAX_BUCKET = 400;
  private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Words that negate or deny (words are lower-cased; "n't" is split off as "t"). */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "t", "denied", "denies", "deny", "nor", "neither");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Supplier<? extends SentenceEmbedder> embedder;
  /** The model's id for cached vectors, or {@code null}: the embedder's vectors are never cached. */
  private final String modelId;
  /** Whether pairs far apart in meaning are settled by bounds of their cosine ({@link CosineBounds}). */
  private final boolean bounded;
  private final boolean byText;

  public EmbeddingFactAligner() {
    this(MiniLmEmbedder::shared, MiniLmEmbedder.ID);
  }

  /** @param embedder supplies the embedder on first need (loading a model is slow) */
  public EmbeddingFactAligner(Supplier<? extends SentenceEmbedder> embedder) {
    this(embedder, null);
  }

  /**
   * @param embedder supplies the embedder on first need (loading a model is slow)
   * @param modelId what the embedder's vectors are keyed by in a cache (it names the model and how its
   *     output is pooled), or {@code null} to never cache them
   */
  public EmbeddingFactAligner(Supplier<? extends SentenceEmbedder> embedder, String modelId) {
    this(embedder, modelId, true);
  }

  /**
   * @param bounded whether pairs far apart in meaning are settled by bounds of their cosine (the result
   *     is the same either way, only faster with them; {@code false} for tests that show so)
   */
  EmbeddingFactAligner(Supplier<? extends SentenceEmbedder> embedder, String modelId, boolean bounded) {
    this(embedder, modelId, bounded, true);
  }

  /**
   * @param byText whether the units of one text are scored once (see {@link #scoreCandidates}; the result
   *     is the same either way, only faster; {@code false} for tests that show so)
   */
  EmbeddingFactAligner(Supplier<? extends SentenceEmbedder> embedder, String modelId, boolean bounded, boolean byText) {
    this.embedder = embedder;
    this.modelId = modelId;
    this.bounded = bounded;
    this.byText = byText;
  }

  /** Loads the sentence model now (on the caller's thread). */
  @Override
  public void prepare() {
    embedder.get();
  }

  /** Loads the sentence model now, unless {@code cache} holds vectors: it may then not be needed. */
  @Override
  public void prepare(ResultCache cache) {
    if (modelId == null || !cache.holds(EmbeddingCache.KIND)) {
      prepare();
    }
  }

  @Override
  public FactAlignment align(List<Article> articles) {
    return align(articles, Checkpoint.NONE, Faults.IGNORE);
  }

  @Override
  public FactAlignment align(List<Article> articles, Checkpoint checkpoint, Faults faults) {
    return align(articles, checkpoint, faults, ResultCache.NONE);
  }

  /**
   * Aligns the facts of {@code articles}; embedding progress goes to {@code checkpoint}. A sentence the
   * model cannot embed is compared by its words only (reported to {@code faults} under its article's
   * source): a verbatim copy still aligns, a paraphrase does not. An article's vectors stored in {@code
   * cache} are used, and the vectors of an article not stored there are stored; the alignment is the
   * same either way.
   */
  @Override
  public FactAlignment align(List<Article> articles, Checkpoint checkpoint, Faults faults, ResultCache cache) {
    if (articles.size() < 2) {
      return new FactAlignment(List.of(), List.of());
    }
    Units units = Units.of(articles);
    if (units.size() == 0) {
      return new FactAlignment(List.of(), List.of());
    }
    ResultCache vectorCache = modelId == null ? ResultCache.NONE : cache;
    float[][] vectors = embedDistinct(units, checkpoint, faults, articles, vectorCache);
    Scorer scorer = new Scorer(units, vectors, articles.size(), bounded);
    int[][] codes = hashCodes(vectors);
    Pairs pairs = scoreCandidates(units, scorer, codes, i -> true, true, i -> true, byText);
    Clusters clusters = cluster(units, scorer, pairs.strong, null);
    List<AlignedFact> facts = facts(units, scorer, clusters);
    List<SentenceRef> unique = unique(units, pairs, facts);
    return byClauses(articles, units, vectors, codes, scorer, clusters, facts, unique, checkpoint, vectorCache);
  }

  /**
   * The second pass, by clauses. A sentence that tells two facts ({@link Clauses}) is compared clause by
   * clause with the sentences and clauses no fact holds and with the facts its article is missing from:
   *
   * <ul>
   *   <li>a sentence no fact holds: each of its clauses may align;
   *   <li>a sentence a fact holds: the clause that carries that fact (the closest to the fact's other
   *       members, passing the same link test as a sentence) stays in it, and its other clauses may
   *       align elsewhere; only when one does is the sentence narrowed to its carrying clause in its
   *       fact ("Police arrested two men on Friday, and the court charged them on Monday": the arrest in
   *       one fact, the charge in another).
   * </ul>
   *
   * A clause aligns only on words specific to few sentences (at least {@value #CLAUSE_TERMS} in common)
   * or on rare names ({@value #ALIGN} or more, as a sentence), with the same days, numbers and polarity,
   * never on meaning alone: a clause's meaning is close to its sentence's other clause. A clause joins a
   * fact only when it passes the same link test as a sentence. A sentence one of whose clauses aligns is
   * no longer unique as a whole; a clause of it that no other article tells (by the same measure as a
   * sentence) is.
   */
  private FactAlignment byClauses(
      List<Article> articles,
      Units units,
      float[][] vectors,
      int[][] codes,
      Scorer scorer,
      Clusters clusters,
      List<AlignedFact> facts,
      List<SentenceRef> unique,
      Checkpoint checkpoint,
      ResultCache cache) {
    Units clauses = Units.clausesOf(articles, units);
    if (clauses.size() == 0) {
      return new FactAlignment(facts, unique);
    }
    int n = units.size();
    boolean[] inFact = new boolean[n];
    for (List<Integer> c : clusters.members) {
      if (c.size() >= 2) {
        c.forEach(i -> inFact[i] = true);
      }
    }
    // A clause the model fails on is compared by its words only, as its sentence would be; its sentence
    // has been reported if the model failed on it, and a huge article's budget note was given once.
    // The progress shown stays where the sentences left it (a second count would run it back); a
    // cancellation still stops the clauses.
    Checkpoint quiet = (done, total) -> checkpoint.check();
    float[][] clauseVectors = embedDistinct(clauses, quiet, Faults.IGNORE, articles, cache);
    Units all = Units.concat(units, clauses);
    float[][] allVectors = Arrays.copyOf(vectors, n + clauses.size());
    System.arraycopy(clauseVectors, 0, allVectors, n, clauseVectors.length);
    Scorer allScorer = new Scorer(scorer, all, allVectors);
    Map<Integer, List<Integer>> clausesOf = new HashMap<>();
    for (int k = n; k < all.size(); k++) {
      clausesOf.computeIfAbsent(all.parent[k], x -> new ArrayList<>()).add(k);
    }
    // For each sentence a fact holds, the clause that carries the fact, if one does.
    int[] carrier = new int[n];
    Arrays.fill(carrier, -1);
    clausesOf.forEach((sentence, own) -> {
      if (inFact[sentence]) {
        carrier[sentence] = carrier(allScorer, clusters.members.get(clusters.clusterOf[sentence]), sentence, own);
      }
    });
    // Taking part: the clauses of sentences no fact holds, and the other clauses of sentences a fact
    // holds by one clause; the sentences no fact holds that are one clause; and the members of facts,
    // which a clause may join.
    IntPredicate clause =
        i -> i >= n && (!inFact[all.parent[i]] || carrier[all.parent[i]] >= 0 && carrier[all.parent[i]] != i);
    IntPredicate carries = i -> i >= n && carrier[all.parent[i]] == i;
    IntPredicate active =
        i -> clause.test(i) || carries.test(i) || i < n && (inFact[i] ? carrier[i] < 0 : !clausesOf.containsKey(i));
    if (java.util.stream.IntStream.range(n, all.size()).noneMatch(clause)) {
      return new FactAlignment(facts, unique);
    }
    // The sentences' hash codes are those of the first pass; only the clauses' are new.
    int[][] clauseCodes = hashCodes(clauseVectors);
    int[][] allCodes = new int[codes.length][];
    for (int table = 0; table < codes.length; table++) {
      allCodes[table] = Arrays.copyOf(codes[table], all.size());
      System.arraycopy(clauseCodes[table], 0, allCodes[table], n, clauseVectors.length);
    }
    Pairs pairs = scoreCandidates(all, allScorer, allCodes, active, false, clause, false);
    // A clause is short: one word in common weighs much in its overlap ("refused", "comedians"), so a
    // pair must share two specific words, or two rare names; nor may the two name different days or
    // numbers, or one deny what the other states.
    // Two clauses of sentences one fact holds (copied text, cut in the same places) tell nothing new
    // together: only another article can show that a sentence told two facts.
    pairs.strong.removeIf(e -> allScorer.sharedTerms(first(e), second(e)) < CLAUSE_TERMS
            && allScorer.sharedRare(first(e), second(e)) < RARE_NAMES
        || !all.agree(first(e), second(e))
        || siblings(all, inFact, clusters, first(e), second(e)));
    // In its fact, a sentence stands by its carrier while the clauses are grouped, so that a clause joins
    // the fact only by what the fact says.
    Clusters start = cluster(all, allScorer, new Strong(), clusters);
    clausesOf.forEach((sentence, own) -> replace(start, sentence, carrier[sentence]));
    Clusters grown = cluster(all, allScorer, pairs.strong, start);
    IntPredicate aligned = k -> grown.members.get(grown.clusterOf[k]).size() >= 2;
    // A clause no other article tells, by the same measure as a sentence: only this outlet reports it.
    boolean[] alone = new boolean[all.size()];
    for (int k = n; k < all.size(); k++) {
      alone[k] = clause.test(k) && !aligned.test(k) && all.isStatement(all.parent[k])
          && pairs.best[k] < UNIQUE_BELOW && pairs.bestDice[k] < UNIQUE_MAX_DICE;
    }
    // The sentence is whole again in its fact unless another clause of it tells another fact (a clause
    // only this outlet tells is no reason: clauses are short, and a false "only this outlet" misleads).
    clausesOf.forEach((sentence, own) -> {
      int keep = carrier[sentence];
      if (keep >= 0 && own.stream().noneMatch(k -> k != keep && aligned.test(k))) {
        replace(grown, keep, sentence);
        grown.clusterOf[keep] = keep; // the carrier is on its own again
        grown.members.set(keep, new ArrayList<>(List.of(keep)));
      }
    });
    List<AlignedFact> out = facts(all, allScorer, grown);
    // A sentence divided into clauses is unique no more as a whole; its clauses no one else tells are.
    Set<SentenceRef> divided = new HashSet<>();
    List<SentenceRef> clauseUnique = new ArrayList<>();
    clausesOf.forEach((sentence, own) -> {
      if (own.stream().anyMatch(aligned::test)) {
        divided.add(all.ref(sentence));
        own.stream().filter(k -> alone[k]).forEach(k -> clauseUnique.add(all.ref(k)));
      }
    });
    List<SentenceRef> stillUnique = new ArrayList<>(unique.stream().filter(r -> !divided.contains(r)).toList());
    stillUnique.addAll(clauseUnique);
    stillUnique.sort(Comparator.naturalOrder());
    return new FactAlignment(out, stillUnique);
  }

  /** Whether two units are clauses of sentences that one fact holds. */
  private static boolean siblings(Units all, boolean[] inFact, Clusters clusters, int i, int j) {
    int a = all.parent[i];
    int b = all.parent[j];
    return a >= 0 && b >= 0 && inFact[a] && inFact[b] && clusters.clusterOf[a] == clusters.clusterOf[b];
  }

  /** Puts unit {@code by} in the place of unit {@code unit} in its cluster; nothing when {@code by} is -1. */
  private static void replace(Clusters c, int unit, int by) {
    if (by < 0) {
      return;
    }
    int cluster = c.clusterOf[unit];
    List<Integer> members = c.members.get(cluster);
    members.set(members.indexOf(unit), by);
    if (c.clusterOf[by] == by && by != cluster) {
      c.members.set(by, List.of());
      c.articlesOf.set(by, Set.of());
    }
    c.clusterOf[by] = cluster;
  }

  /**
   * The clause of {@code sentence} that carries its fact ({@code members}): the one closest on average
   * to the fact's other members, if it passes the link test a sentence joining the fact would; else -1.
   */
  private static int carrier(Scorer scorer, List<Integer> members, int sentence, List<Integer> clauses) {
    int best = -1;
    double bestMean = -1;
    for (int k : clauses) {
      double sum = 0;
      double least = Double.POSITIVE_INFINITY;
      int count = 0;
      for (int m : members) {
        if (m != sentence) {
          double score = scorer.score(k, m);
          sum += score;
          least = Math.min(least, score);
          count++;
        }
      }
      double mean = sum / count;
      if (least >= LINK_LEAST && mean >= LINK && mean > bestMean) {
        best = k;
        bestMean = mean;
      }
    }
    return best;
  }

  /**
   * Embeds each distinct sentence once (copied wire text repeats sentences across many articles), and
   * only those whose article's vectors {@code cache} does not hold. A sentence beyond its article's
   * meaning budget gets the vector of the same text compared by meaning earlier in the corpus, if any,
   * else none.
   */
  private float[][] embedDistinct(Units units, Checkpoint checkpoint, Faults faults, List<Article> articles, ResultCache cache) {
    List<String> texts = units.texts;
    boolean[] byMeaning = withinBudget(units, articles, faults);
    // The units of each article, and what the cache holds for them.
    List<List<Integer>> unitsOf = units.ofArticle;
    EmbeddingCache stored = new EmbeddingCache(cache, modelId == null ? "" : modelId);
    boolean caching = cache != ResultCache.NONE;
    Map<String, float[]> known = new HashMap<>();
    CacheKey[] keys = new CacheKey[articles.size()];
    boolean[] complete = new boolean[articles.size()];
    for (int a = 0; caching && a < articles.size(); a++) {
      List<Integer> own = unitsOf.get(a);
      if (own.isEmpty()) {
        complete[a] = true;
        continue;
      }
      keys[a] = stored.key(own.stream().map(texts::get).toList());
      float[][] found = stored.load(keys[a], own.size());
      if (found == null) {
        continue;
      }
      complete[a] = true;
      for (int k = 0; k < own.size(); k++) {
        int i = own.get(k);
        if (found[k] != null) {
          known.putIfAbsent(texts.get(i), found[k]);
        } else if (byMeaning[i]) {
          complete[a] = false;
        }
      }
    }
    // The distinct sentences compared by meaning, in corpus order, and those still to embed.
    Set<String> meaning = new HashSet<>();
    boolean[] hasText = new boolean[texts.size()];
    Map<String, Integer> index = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    // The first unit of each sentence to embed: the article a failure to embed it is reported under.
    List<Integer> firstUnit = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (byMeaning[i]) {
        meaning.add(t);
        hasText[i] = true;
        if (!known.containsKey(t) && !index.containsKey(t)) {
          index.put(t, distinct.size());
          distinct.add(t);
          firstUnit.add(i);
        }
      } else {
        hasText[i] = meaning.contains(t);
      }
    }
    SentenceEmbedder model = distinct.isEmpty() && !known.isEmpty() ? null : embedder.get();
    if (model != null) {
      List<Fault> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
      float[][] embedded =
          model.embed(
              distinct,
              checkpoint,
              (d, e) -> failures.add(
                  new Fault(articles.get(units.article[firstUnit.get(d)]).source(), "one sentence compared by its words only (the sentence model failed on it)", e)));
      failures.forEach(faults::report);
      for (int d = 0; d < embedded.length; d++) {
        if (embedded[d] != null) {
          known.put(distinct.get(d), embedded[d]);
        }
      }
    }
    int dimension = model != null ? model.dimension() : known.values().iterator().next().length;
    // A zero vector: close in meaning to nothing, so only its words can align it.
    float[] none = new float[dimension];
    float[][] vectors = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      vectors[i] = hasText[i] ? known.getOrDefault(texts.get(i), none) : none;
    }
    for (int a = 0; caching && a < articles.size(); a++) {
      if (complete[a] || keys[a] == null) {
        continue;
      }
      List<Integer> own = unitsOf.get(a);
      float[][] out = new float[own.size()][];
      for (int k = 0; k < own.size(); k++) {
        out[k] = known.get(texts.get(own.get(k)));
      }
      stored.store(keys[a], out);
    }
    return vectors;
  }

  /**
   * Which sentences are compared by meaning: all of them, except in an article of more than {@value
   * #MEANING_BUDGET} sentences (far beyond any news article: a book, a transcript, a whole site saved as
   * one page), where only that many are, those sharing the most content words with the other articles;
   * its other sentences are compared by their words only, and the analyst is told. This keeps a huge
   * article from costing minutes of embedding.
   */
  private static boolean[] withinBudget(Units units, List<Article> articles, Faults faults) {
    int n = units.size();
    boolean[] out = new boolean[n];
    java.util.Arrays.fill(out, true);
    int[] count = new int[articles.size()];
    for (int i = 0; i < n; i++) {
      count[units.article[i]]++;
    }
    for (int a = 0; a < articles.size(); a++) {
      if (count[a] <= MEANING_BUDGET) {
        continue;
      }
      // Content words the other articles use.
      Set<String> elsewhere = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if (units.article[i] != a) {
          elsewhere.addAll(units.terms.get(i).content());
        }
      }
      List<long[]> ranked = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (units.article[i] == a) {
          long shared = units.terms.get(i).content().stream().filter(elsewhere::contains).count();
          ranked.add(new long[] {shared, i});
        }
      }
      ranked.sort(Comparator.comparingLong((long[] r) -> -r[0]).thenComparingLong(r -> r[1]));
      for (int k = MEANING_BUDGET; k < ranked.size(); k++) {
        out[(int) ranked.get(k)[1]] = false;
      }
      faults.note(
          articles.get(a).source(),
          String.format(
              java.util.Locale.ROOT,
              "%,d of its %,d sentences compared by their words only, not by meaning (an article of over %,d"
                  + " sentences; those sharing the most words with the other articles were compared by meaning)",
              count[a] - MEANING_BUDGET,
              count[a],
              MEANING_BUDGET));
    }
    return out;
  }

  /** What scoring the candidates found: the strong pairs, and each sentence's best match elsewhere. */
  private static final class Pairs {
    final Strong strong = new Strong();
    final double[] best;
    final double[] bestDice;

    Pairs(int n) {
      best = new double[n];
      bestDice = new double[n];
    }
  }

  /**
   * Scores each candidate pair once. Candidates of sentence i: later sentences of other articles that
   * share enough specific terms with it (inverted index, accumulated in a dense array), or that share a
   * random-hyperplane hash bucket with it in any table (close meaning; {@code codes}, from {@link
   * #hashCodes}). Only the units {@code active}
   * takes in, and only pairs one of whose units {@code needed} takes in; {@code meaningAlone}: whether
   * close meaning alone (each clearly the other's closest) aligns a pair.
   *
   * <p>With {@code byText}, the units of one text (a sentence told again: wire copy, a quotation every
   * outlet carries) are scored as one: their terms, rare names and vector are the same, so are their
   * scores with any other unit; a pair of texts is scored once and its score given to every pair of
   * their units in different articles. Only where the scores depend on the text alone (no pair aligned
   * by meaning yet; a clause's rare names depend on its sentence).
   */
  private static Pairs scoreCandidates(
      Units units,
      Scorer scorer,
      int[][] codes,
      IntPredicate active,
      boolean meaningAlone,
      IntPredicate needed,
      boolean byText) {
    int n = units.size();
    Pairs pairs = new Pairs(n);
    // Asked once per unit, not once per posting and bucket entry (many millions in a large story).
    boolean[] isActive = new boolean[n];
    boolean[] isNeeded = new boolean[n];
    for (int i = 0; i < n; i++) {
      isActive[i] = active.test(i);
      isNeeded[i] = isActive[i] && needed.test(i);
    }
    // Classes: per unit, the first active unit of its text (and of its need), or itself.
    int[] classOf = new int[n];
    int[] classSize = new int[n];
    {
      Map<String, Integer> firstOf = new HashMap<>();
      for (int i = 0; i < n; i++) {
        classOf[i] = i;
        if (byText && isActive[i]) {
          Integer first = firstOf.putIfAbsent((isNeeded[i] ? "+" : "-") + units.texts.get(i), i);
          // The same vector too: a sentence past a huge article's budget is compared by its words only.
          classOf[i] = first == null || !scorer.sameVector(i, first) ? i : first;
        }
        classSize[classOf[i]]++;
      }
    }
    int[][] membersOf = new int[n][];
    {
      int[] filled = new int[n];
      for (int i = 0; i < n; i++) {
        int c = classOf[i];
        if (membersOf[c] == null) {
          membersOf[c] = new int[classSize[c]];
        }
        membersOf[c][filled[c]++] = i;
      }
    }
    // Terms in very many sentences are story background: their postings would make this quadratic.
    // Whether a term has a posting is decided by its units; the posting lists its active classes.
    int maxPosting = Math.max(60, (int) Math.sqrt(n) * 4);
    int[][] postings = new int[scorer.termCount()][];
    {
      int[] df = new int[postings.length];
      int[] classDf = new int[postings.length];
      for (int i = 0; i < n; i++) {
        for (int t : scorer.terms(i)) {
          df[t]++;
          if (classOf[i] == i && isActive[i]) {
            classDf[t]++;
          }
        }
      }
      for (int t = 0; t < df.length; t++) {
        if (df[t] >= 2 && df[t] <= maxPosting) {
          postings[t] = new int[classDf[t]];
        }
      }
      int[] filled = new int[postings.length];
      for (int i = 0; i < n; i++) {
        if (classOf[i] != i || !isActive[i]) {
          continue;
        }
        for (int t : scorer.terms(i)) {
          if (postings[t] != null) {
            postings[t][filled[t]++] = i;
          }
        }
      }
    }
    List<Map<Integer, int[]>> buckets = new ArrayList<>();
    for (int[] tableCodes : codes) {
      Map<Integer, List<Integer>> b = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (tableCodes[i] >= 0) {
          b.computeIfAbsent(tableCodes[i], k -> new ArrayList<>()).add(i);
        }
      }
      Map<Integer, int[]> arrays = new HashMap<>();
      b.forEach((code, l) -> {
        if (l.size() >= 2 && l.size() <= MAX_BUCKET) {
          arrays.put(code, l.stream().mapToInt(Integer::intValue).filter(i -> classOf[i] == i && isActive[i]).toArray());
        }
      });
      buckets.add(arrays);
    }

    // Each class's candidates are scored on every core (the scorer is only read here): the classes
    // from itself on (itself when it has two units or more) that share a term or a bucket with it.
    ThreadLocal<double[]> sharedOf = ThreadLocal.withInitial(() -> new double[n]);
    ThreadLocal<int[]> seenOf = ThreadLocal.withInitial(() -> {
      int[] seen = new int[n];
      Arrays.fill(seen, -1);
      return seen;
    });
    ThreadLocal<int[]> touchedOf = ThreadLocal.withInitial(() -> new int[n]);
    double[][] scored = new double[n][];
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
      if (classOf[i] != i || !isActive[i]) {
        return;
      }
      boolean either = isNeeded[i];
      double[] shared = sharedOf.get();
      int[] seen = seenOf.get();
      int[] touched = touchedOf.get();
      int count = 0;
      int from = classSize[i] >= 2 ? i : i + 1;
      for (int t : scorer.terms(i)) {
        int[] posting = postings[t];
        if (posting == null) {
          continue;
        }
        double w = scorer.weight(t);
        for (int j : posting) {
          if (j >= from && (either || isNeeded[j])) {
            if (seen[j] != i) {
              seen[j] = i;
              shared[j] = 0;
              touched[count++] = j;
            }
            shared[j] += w;
          }
        }
      }
      for (int table = 0; table < codes.length; table++) {
        int[] bucket = buckets.get(table).get(codes[table][i]);
        if (bucket == null) {
          continue;
        }
        for (int j : bucket) {
          if (j >= from && (either || isNeeded[j])) {
            if (seen[j] != i) {
              seen[j] = i;
              touched[count++] = j;
            }
            // Close in meaning: a candidate whatever the words say.
            shared[j] = Double.POSITIVE_INFINITY;
          }
        }
      }
      // In order, so that the candidates' vectors are read the way they lie in memory.
      Arrays.sort(touched, 0, count);
      // Per candidate: j, dice, score (minus infinity when it is surely too low to matter), and the cosine
      // when the score falls short of ALIGN and was computed (else NaN).
      double[] out = new double[4 * count];
      int k = 0;
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        if (!inOtherArticles(units, membersOf[i], membersOf[j])
            || shared[j] < 2.0 && scorer.sharedRare(i, j) < RARE_NAMES) {
          continue;
        }
        double dice = scorer.dice(i, j);
        out[k++] = j;
        out[k++] = dice;
        // Most pairs of a story are far apart in meaning. A pair whose cosine is surely below all it is
        // compared with (a score of UNIQUE_BELOW, below ALIGN; CLOSE_MEANING; two rare names' least) has
        // a score that changes nothing: best is only ever compared with UNIQUE_BELOW.
        if (scorer.surelyBelow(i, j, dice, UNIQUE_BELOW, CLOSE_MEANING)) {
          out[k++] = Double.NEGATIVE_INFINITY;
          out[k++] = Double.NaN;
          continue;
        }
        double cosine = scorer.cosine(i, j);
        double score = scorer.score(i, j, dice, cosine);
        out[k++] = score;
        out[k++] = score >= ALIGN ? Double.NaN : cosine;
      }
      scored[i] = Arrays.copyOf(out, k);
    });
    // Each pair of classes given to the pairs of their units in different articles (each pair once).
    Candidates close = new Candidates();
    for (int ci = 0; ci < n; ci++) {
      double[] row = scored[ci];
      scored[ci] = null;
      if (row == null) {
        continue;
      }
      for (int c = 0; c < row.length; c += 4) {
        int cj = (int) row[c];
        double dice = row[c + 1];
        double score = row[c + 2];
        double cosine = row[c + 3];
        for (int i : membersOf[ci]) {
          for (int j : membersOf[cj]) {
            if (ci == cj && j <= i || units.article[i] == units.article[j]) {
              continue;
            }
            pairs.best[i] = Math.max(pairs.best[i], score);
            pairs.best[j] = Math.max(pairs.best[j], score);
            pairs.bestDice[i] = Math.max(pairs.bestDice[i], dice);
            pairs.bestDice[j] = Math.max(pairs.bestDice[j], dice);
            if (score >= ALIGN) {
              pairs.strong.add(key(i, j), score);
            } else if (cosine >= CLOSE_MEANING) {
              close.add(Math.min(i, j), Math.max(i, j), cosine);
            }
          }
        }
      }
    }
    // Close in meaning, and each clearly the other's closest sentence in its article: the same fact told
    // in other words, unless the two disagree on the day or the numbers, or one denies what the other says.
    Closest closest = new Closest(units, scorer);
    for (int k = 0; meaningAlone && k < close.size; k++) {
      int i = close.first[k];
      int j = close.second[k];
      double cosine = close.cosine[k];
      if (closest.clearlyClosest(i, j, cosine) && closest.clearlyClosest(j, i, cosine) && units.agree(i, j)) {
        scorer.close.add(key(i, j));
        pairs.best[i] = Math.max(pairs.best[i], ALIGN);
        pairs.best[j] = Math.max(pairs.best[j], ALIGN);
        pairs.strong.add(key(i, j), ALIGN);
      }
    }
    return pairs;
  }

  /** Whether some unit of {@code a} and some unit of {@code b} lie in different articles. */
  private static boolean inOtherArticles(Units units, int[] a, int[] b) {
    int article = units.article[a[0]];
    for (int i : a) {
      if (units.article[i] != article) {
        return true;
      }
    }
    for (int j : b) {
      if (units.article[j] != article) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence's closest meaning in another article is clearly one sentence of it. */
  private static final class Closest {
    private final Units units;
    private final Scorer scorer;

    Closest(Units units, Scorer scorer) {
      this.units = units;
      this.scorer = scorer;
    }

    /**
     * Whether {@code cosine}, that of {@code sentence} and {@code other}, is the closest {@code sentence}
     * has in {@code other}'s article, and clearly so: at least {@value EmbeddingFactAligner#CLEAR_MARGIN}
     * above the next, so that the meaning singles it out. That is: every other unit of that article is
     * that far below. A unit whose cosine's upper bound is already below is not compared exactly.
     */
    boolean clearlyClosest(int sentence, int other, double cosine) {
      // Below this, surely below by the margin (the bound's own rounding aside).
      double settled = cosine - CLEAR_MARGIN - 1e-9;
      for (int u : units.ofArticle.get(units.article[other])) {
        if (u != other && !scorer.cosineSurelyBelow(sentence, u, settled) && !(cosine - scorer.cosine(sentence, u) >= CLEAR_MARGIN)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The strong pairs, in primitive arrays (a large story has millions): each pair's key and score. */
  static final class Strong {
    int size;
    long[] keys = new long[16];
    double[] scores = new double[16];

    void add(long key, double score) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        scores = Arrays.copyOf(scores, size * 2);
      }
      keys[size] = key;
      scores[size] = score;
      size++;
    }

    void removeIf(java.util.function.LongPredicate drop) {
      int kept = 0;
      for (int k = 0; k < size; k++) {
        if (!drop.test(keys[k])) {
          keys[kept] = keys[k];
          scores[kept] = scores[k];
          kept++;
        }
      }
      size = kept;
    }

    /**
     * The pairs' keys, best score first, equal scores by key ({@code n}: the number of units). Sorted as
     * numbers: each pair as the rank of its score among the distinct scores, then its two units.
     */
    long[] ordered(int n) {
      double[] distinct = Arrays.copyOf(scores, size);
      Arrays.sort(distinct);
      int d = 0;
      for (int k = 0; k < distinct.length; k++) {
        if (d == 0 || Double.compare(distinct[k], distinct[d - 1]) != 0) {
          distinct[d++] = distinct[k];
        }
      }
      long square = (long) n * n;
      long[] order = new long[size];
      if (n > 0 && d > 0 && (double) d * square < Long.MAX_VALUE / 2.0) {
        for (int k = 0; k < size; k++) {
          long rank = d - 1 - Arrays.binarySearch(distinct, 0, d, scores[k]);
          order[k] = rank * square + (long) first(keys[k]) * n + second(keys[k]);
        }
        Arrays.parallelSort(order);
        for (int k = 0; k < size; k++) {
          long pair = order[k] % square;
          order[k] = key((int) (pair / n), (int) (pair % n));
        }
        return order;
      }
      Integer[] index = new Integer[size];
      Arrays.setAll(index, k -> k);
      Arrays.sort(index, Comparator.comparingDouble((Integer k) -> -scores[k]).thenComparingLong(k -> keys[k]));
      for (int k = 0; k < size; k++) {
        order[k] = keys[index[k]];
      }
      return order;
    }
  }

  /** Candidate pairs kept for a second look, in primitive arrays (a large corpus has many). */
  private static final class Candidates {
    int size;
    int[] first = new int[16];
    int[] second = new int[16];
    double[] cosine = new double[16];

    void add(int i, int j, double c) {
      if (size == first.length) {
        first = Arrays.copyOf(first, size * 2);
        second = Arrays.copyOf(second, size * 2);
        cosine = Arrays.copyOf(cosine, size * 2);
      }
      first[size] = i;
      second[size] = j;
      cosine[size] = c;
      size++;
    }
  }

  /** Random-hyperplane hash codes, one per table: close vectors share a code with high probability. */
  private static int[][] hashCodes(float[][] vectors) {
    Random random = new Random(20150918L);
    int dim = vectors[0].length;
    int[][] codes = new int[LSH_TABLES][vectors.length];
    int[] first = firstOccurrences(vectors);
    // The planes in one fixed order, then each vector's codes on every core.
    float[][][] planes = new float[LSH_TABLES][LSH_BITS][dim];
    for (float[][] table : planes) {
      for (float[] p : table) {
        for (int d = 0; d < dim; d++) {
          p[d] = (float) random.nextGaussian();
        }
      }
    }
    java.util.stream.IntStream.range(0, vectors.length).parallel().forEach(i -> {
      if (first[i] < i) {
        return; // a sentence told again: the same vector, given its first telling's codes below
      }
      boolean zero = isZero(vectors[i]);
      for (int table = 0; table < LSH_TABLES; table++) {
        if (zero) {
          codes[table][i] = -1; // compared by words only: in no bucket
          continue;
        }
        int code = 0;
        for (int b = 0; b < LSH_BITS; b++) {
          if (dot(planes[table][b], vectors[i]) >= 0) {
            code |= 1 << b;
          }
        }
        codes[table][i] = code;
      }
    });
    for (int i = 0; i < vectors.length; i++) {
      if (first[i] < i) {
        for (int table = 0; table < LSH_TABLES; table++) {
          codes[table][i] = codes[table][first[i]];
        }
      }
    }
    return codes;
  }

  /** Units grouped into facts: per cluster (named by the index of its first unit) its units and what joined them. */
  private static final class Clusters {
    final List<List<Integer>> members = new ArrayList<>();
    final List<Set<Integer>> articlesOf = new ArrayList<>();
    /** What joined each cluster's units (see AlignedFact#evidence), sorted. */
    final List<Set<String>> evidenceOf = new ArrayList<>();
    int[] clusterOf = new int[0];
  }

  /**
   * Merges clusters along the strong pairs, best first, starting from {@code initial} (the clusters of
   * its units; every further unit on its own) or, when it is {@code null}, from every unit on its own.
   */
  private static Clusters cluster(Units units, Scorer scorer, Strong strong, Clusters initial) {
    int n = units.size();
    Clusters c = new Clusters();
    c.clusterOf = new int[n];
    int from = initial == null ? 0 : initial.members.size();
    for (int i = 0; i < from; i++) {
      c.members.add(new ArrayList<>(initial.members.get(i)));
      c.articlesOf.add(new HashSet<>(initial.articlesOf.get(i)));
      c.evidenceOf.add(new java.util.TreeSet<>(initial.evidenceOf.get(i)));
      c.clusterOf[i] = initial.clusterOf[i];
    }
    for (int i = from; i < n; i++) {
      c.members.add(new ArrayList<>(List.of(i)));
      c.articlesOf.add(new HashSet<>(Set.of(units.article[i])));
      c.evidenceOf.add(new java.util.TreeSet<>());
      c.clusterOf[i] = i;
    }
    // Two clusters that could not merge are not tried again (a merge elsewhere could raise their
    // average, but never their weakest pair).
    Set<Long> refused = new HashSet<>();
    // Best pairs first; ties broken by position so that the result never depends on input order.
    for (long e : strong.ordered(n)) {
      int ci = c.clusterOf[first(e)];
      int cj = c.clusterOf[second(e)];
      if (ci == cj || refused.contains(key(ci, cj))) {
        continue;
      }
      if (!canMerge(units, scorer, c.members.get(ci), c.members.get(cj), c.articlesOf.get(ci), c.articlesOf.get(cj))) {
        refused.add(key(ci, cj));
        continue;
      }
      int keep = Math.min(ci, cj);
      int gone = Math.max(ci, cj);
      c.members.get(keep).addAll(c.members.get(gone));
      c.articlesOf.get(keep).addAll(c.articlesOf.get(gone));
      c.evidenceOf.get(keep).addAll(c.evidenceOf.get(gone));
      c.evidenceOf.get(keep).add(scorer.basis(first(e), second(e)));
      for (int m : c.members.get(gone)) {
        c.clusterOf[m] = keep;
      }
      c.members.set(gone, List.of());
      c.articlesOf.set(gone, Set.of());
      c.evidenceOf.set(gone, Set.of());
    }
    return c;
  }

  /** The clusters of two or more units as facts, in the order of their first members. */
  private static List<AlignedFact> facts(Units units, Scorer scorer, Clusters clusters) {
    List<AlignedFact> facts = new ArrayList<>();
    for (int cluster = 0; cluster < clusters.members.size(); cluster++) {
      List<Integer> c = clusters.members.get(cluster);
      if (c.size() < 2) {
        continue;
      }
      List<Integer> sorted = new ArrayList<>(c);
      sorted.sort(Comparator.comparingInt((Integer m) -> units.article[m]));
      double cos = 0;
      int count = 0;
      for (int x = 0; x < sorted.size(); x++) {
        for (int y = x + 1; y < sorted.size(); y++) {
          cos += scorer.cosine(sorted.get(x), sorted.get(y));
          count++;
        }
      }
      boolean verbatim = units.nearVerbatim(sorted);
      List<SentenceRef> refs = sorted.stream().map(units::ref).toList();
      double similarity = Math.max(0, Math.min(1, cos / count));
      facts.add(new AlignedFact(refs, Math.round(similarity * 1000) / 1000.0, verbatim, List.copyOf(clusters.evidenceOf.get(cluster))));
    }
    facts.sort(Comparator.comparing(f -> f.members().get(0)));
    return facts;
  }

  private static boolean canMerge(
      Units units, Scorer scorer, List<Integer> a, List<Integer> b, Set<Integer> articlesA, Set<Integer> articlesB) {
    Set<Integer> small = articlesA.size() <= articlesB.size() ? articlesA : articlesB;
    Set<Integer> large = small == articlesA ? articlesB : articlesA;
    for (int art : small) {
      if (large.contains(art)) {
        return false;
      }
    }
    double sum = 0;
    for (int x : a) {
      for (int y : b) {
        double dice = scorer.dice(x, y);
        if (scorer.surelyBelow(x, y, dice, LINK_LEAST, Double.POSITIVE_INFINITY)) {
          return false;
        }
        double score = scorer.score(x, y, dice, scorer.cosine(x, y));
        if (score < LINK_LEAST) {
          return false;
        }
        sum += score;
      }
    }
    return sum / ((double) a.size() * b.size()) >= LINK;
  }

  private static List<SentenceRef> unique(Units units, Pairs pairs, List<AlignedFact> facts) {
    Set<SentenceRef> aligned = new HashSet<>();
    facts.forEach(f -> aligned.addAll(f.members()));
    List<SentenceRef> unique = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      SentenceRef ref = units.ref(i);
      if (!aligned.contains(ref)
          && pairs.best[i] < UNIQUE_BELOW
          && pairs.bestDice[i] < UNIQUE_MAX_DICE
          && units.isStatement(i)) {
        unique.add(ref);
      }
    }
    unique.sort(Comparator.naturalOrder());
    return unique;
  }

  static long key(int i, int j) {
    return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
  }

  private static int first(long key) {
    return (int) (key >>> 32);
  }

  private static int second(long key) {
    return (int) key;
  }

  /**
   * Per unit, the first unit with the very same vector (one array: a sentence told again, or compared by
   * its words only), itself when none before it has: work on a vector is done once.
   */
  static int[] firstOccurrences(float[][] vectors) {
    Map<float[], Integer> first = new java.util.IdentityHashMap<>();
    int[] out = new int[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      Integer before = first.putIfAbsent(vectors[i], i);
      out[i] = before == null ? i : before;
    }
    return out;
  }

  /** A sentence without a vector (compared by its words only): the zero vector. */
  private static boolean isZero(float[] v) {
    for (float x : v) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The dot product, in four running sums (independent additions keep the processor busy; most of the
   * alignment's time is spent here), each product widened to double as before.
   */
  static double dot(float[] a, float[] b) {
    double d0 = 0;
    double d1 = 0;
    double d2 = 0;
    double d3 = 0;
    int k = 0;
    for (int end = a.length - 3; k < end; k += 4) {
      d0 += a[k] * b[k];
      d1 += a[k + 1] * b[k + 1];
      d2 += a[k + 2] * b[k + 2];
      d3 += a[k + 3] * b[k + 3];
    }
    for (; k < a.length; k++) {
      d0 += a[k] * b[k];
    }
    return (d0 + d1) + (d2 + d3);
  }

  /** The sentences taking part in alignment: long enough to state something. */
  private static final class Units {
    final List<String> texts = new ArrayList<>();
    final List<SentenceTerms> terms = new ArrayList<>();
    final List<String[]> words = new ArrayList<>();
    int[] article = new int[0];
    int[] sentence = new int[0];
    /** Per unit: for a clause, the unit of its whole sentence among the sentence units; -1 for a sentence. */
    int[] parent = new int[0];
    /** Per unit: for a clause, its characters in the article's text; {@code null} for a sentence. */
    TextRange[] clause = new TextRange[0];
    /** Per article (by its index), its units in order. */
    final List<List<Integer>> ofArticle = new ArrayList<>();
    /** Per unit: the days of the week it names, one bit each. */
    final List<Integer> days = new ArrayList<>();
    /** Per unit: whether it denies or negates something ("not", "never", "denied"). */
    final List<Boolean> negated = new ArrayList<>();
    /** Per text, its first unit (while the units are read). */
    private final Map<String, Integer> told = new HashMap<>();

    static Units of(List<Article> articles) {
      Units u = new Units();
      TermExtractor extractor = new TermExtractor();
      List<int[]> refs = new ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        Article art = articles.get(a);
        for (int s = 0; s < art.sentences().size(); s++) {
          TextRange range = art.sentences().get(s);
          if (art.inHeadline(range.start(), range.end())) {
            // A headline sums up the story; every other headline and the lead sentences "tell" it too.
            continue;
          }
          String text = art.sentence(s);
          String[] words = u.wordsOf(text);
          if (words.length < MIN_WORDS) {
            continue;
          }
          u.add(text, words, extractor);
          refs.add(new int[] {a, s});
        }
      }
      u.article = refs.stream().mapToInt(r -> r[0]).toArray();
      u.sentence = refs.stream().mapToInt(r -> r[1]).toArray();
      u.parent = new int[u.article.length];
      Arrays.fill(u.parent, -1);
      u.clause = new TextRange[u.article.length];
      u.told.clear();
      u.index(articles.size());
      return u;
    }

    /** The words of {@code text}: an earlier unit's, when the text was told before (wire copy is read once). */
    private String[] wordsOf(String text) {
      Integer told = this.told.get(text);
      return told != null ? words.get(told) : words(text);
    }

    /** A unit of {@code text} with its {@link #wordsOf words}; a text told before shares its terms too. */
    private void add(String text, String[] words, TermExtractor extractor) {
      Integer told = this.told.putIfAbsent(text, texts.size());
      texts.add(text);
      terms.add(told != null ? terms.get(told) : extractor.extract(text));
      this.words.add(words);
      days.add(days(words));
      negated.add(Arrays.stream(words).anyMatch(NEGATIONS::contains));
    }

    private void index(int articleCount) {
      ofArticle.clear();
      for (int a = 0; a < articleCount; a++) {
        ofArticle.add(new ArrayList<>());
      }
      for (int i = 0; i < article.length; i++) {
        ofArticle.get(article[i]).add(i);
      }
    }

    /** The clauses of the sentence units that tell two facts or more ({@link Clauses}), as units of their own. */
    static Units clausesOf(List<Article> articles, Units sentences) {
      Units u = new Units();
      TermExtractor extractor = new TermExtractor();
      List<int[]> refs = new ArrayList<>();
      List<TextRange> ranges = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        Article art = articles.get(sentences.article[i]);
        for (TextRange c : Clauses.of(art.text(), art.sentences().get(sentences.sentence[i]))) {
          String text = c.of(art.text());
          u.add(text, u.wordsOf(text), extractor);
          refs.add(new int[] {sentences.article[i], sentences.sentence[i], i});
          ranges.add(c);
        }
      }
      u.article = refs.stream().mapToInt(r -> r[0]).toArray();
      u.sentence = refs.stream().mapToInt(r -> r[1]).toArray();
      u.parent = refs.stream().mapToInt(r -> r[2]).toArray();
      u.clause = ranges.toArray(TextRange[]::new);
      u.told.clear();
      u.index(articles.size());
      return u;
    }

    /** The units of {@code a} then those of {@code b} (whose parents index {@code a}'s units). */
    static Units concat(Units a, Units b) {
      Units u = new Units();
      for (Units x : List.of(a, b)) {
        u.texts.addAll(x.texts);
        u.terms.addAll(x.terms);
        u.words.addAll(x.words);
        u.days.addAll(x.days);
        u.negated.addAll(x.negated);
      }
      u.article = java.util.stream.IntStream.concat(Arrays.stream(a.article), Arrays.stream(b.article)).toArray();
      u.sentence = java.util.stream.IntStream.concat(Arrays.stream(a.sentence), Arrays.stream(b.sentence)).toArray();
      u.parent = java.util.stream.IntStream.concat(Arrays.stream(a.parent), Arrays.stream(b.parent)).toArray();
      u.clause = java.util.stream.Stream.concat(Arrays.stream(a.clause), Arrays.stream(b.clause)).toArray(TextRange[]::new);
      u.index(a.ofArticle.size());
      return u;
    }

    int size() {
      return texts.size();
    }

    SentenceRef ref(int i) {
      return new SentenceRef(article[i], sentence[i], clause[i]);
    }

    /**
     * Whether two sentences can tell one fact as far as their days, numbers and polarity go: they name no
     * different days of the week (or one names none), they share a number if both have numbers ("an
     * 8.6-magnitude quake" is not "an 8.7-magnitude earthquake"), and both negate or neither does.
     */
    boolean agree(int i, int j) {
      int a = days.get(i);
      int b = days.get(j);
      Set<String> x = terms.get(i).numbers();
      Set<String> y = terms.get(j).numbers();
      return (a == 0 || b == 0 || (a & b) != 0)
          && (x.isEmpty() || y.isEmpty() || x.stream().anyMatch(y::contains))
          && negated.get(i).equals(negated.get(j));
    }

    private static int days(String[] words) {
      int bits = 0;
      for (String w : words) {
        int d = WEEKDAYS.indexOf(w);
        if (d >= 0) {
          bits |= 1 << d;
        }
      }
      return bits;
    }

    /** A full statement rather than a heading or a fragment: worth reporting as unique. */
    boolean isStatement(int i) {
      String t = texts.get(i).strip();
      return words.get(i).length >= 6 && t.matches("(?s).*[.!?…][\"'”’)\\]]*$");
    }

    /** Whether every two of {@code members} are near-verbatim copies ({@value #NEAR_VERBATIM} of their words in common). */
    boolean nearVerbatim(List<Integer> members) {
      // One text told again is its own copy: only the distinct texts are compared.
      Map<String[], Integer> distinct = new java.util.IdentityHashMap<>();
      for (int m : members) {
        distinct.putIfAbsent(words.get(m), m);
      }
      List<Integer> texts = new ArrayList<>(distinct.values());
      for (int x = 0; x < texts.size(); x++) {
        for (int y = x + 1; y < texts.size(); y++) {
          if (wordOverlap(texts.get(x), texts.get(y)) < NEAR_VERBATIM) {
            return false;
          }
        }
      }
      return true;
    }

    /** Dice coefficient of the longest common word subsequence: 1 for identical wording. */
    double wordOverlap(int i, int j) {
      String[] a = words.get(i);
      String[] b = words.get(j);
      if (a == b) {
        return a.length == 0 ? 0 : 1; // one text told twice
      }
      int la = Math.min(a.length, 300);
      int lb = Math.min(b.length, 300);
      int common = WordDiff.commonLength(Arrays.asList(a).subList(0, la), Arrays.asList(b).subList(0, lb));
      return la + lb == 0 ? 0 : 2.0 * common / (la + lb);
    }

    private static String[] words(String text) {
      Matcher m = WORD.matcher(Folding.LOWERCASE.apply(TermExtractor.foldAcronyms(text)));
      List<String> out = new ArrayList<>();
      while (m.find()) {
        out.add(m.group());
      }
      return out.toArray(String[]::new);
    }
  }

  /**
   * Pair scores: cosine of meanings plus weighted overlap of specific terms. Terms are numbered in
   * alphabetical order and each unit keeps its terms (and its rare names) as sorted numbers, so that an
   * overlap is a merge of two short arrays and sums its weights in one fixed order.
   */
  private static final class Scorer {
    private final Units units;
    private final float[][] vectors;
    private final CosineBounds bounds;
    private final Map<String, Integer> ids;
    private final double[] weightOf;
    /** Per term: 1 if it weighs something, else 0 (to count specific terms in common). */
    private final double[] weighty;
    /** Per term: 1 (to count terms in common). */
    private final double[] ones;
    /** Per unit: its content terms' numbers, ascending. */
    private final int[][] content;
    private final double[] mass;
    /** Names and numbers rare in the corpus (see the class comment), per unit, as ascending term numbers. */
    private final int[][] rare;
    /** Pairs that tell the same fact by their meaning alone (see the class comment), by {@link #key}. */
    final Set<Long> close = new HashSet<>();

    Scorer(Units units, float[][] vectors, int articleCount, boolean bounded) {
      this.units = units;
      this.vectors = vectors;
      this.bounds = bounded ? CosineBounds.of(vectors) : null;
      int n = units.size();
      ids = numbered(units, Map.of(), 0);
      content = contentIds(units, ids, 0, new int[n][]);
      int[] sentenceDf = new int[ids.size()];
      int[] articleDf = new int[ids.size()];
      int[] lastArticle = new int[ids.size()];
      Arrays.fill(lastArticle, -1);
      // Units come article by article, so counting an article once is comparing with the last one seen.
      for (int i = 0; i < n; i++) {
        for (int t : content[i]) {
          sentenceDf[t]++;
          if (lastArticle[t] != units.article[i]) {
            lastArticle[t] = units.article[i];
            articleDf[t]++;
          }
        }
      }
      // Specific to few sentences (idf) and to few articles: what only some outlets say is evidence of
      // a particular fact, what every outlet says is the story's background.
      weightOf = new double[ids.size()];
      for (int t = 0; t < weightOf.length; t++) {
        double idf = Math.log((double) n / sentenceDf[t]);
        double articleIdf = Math.log((articleCount + 1.0) / articleDf[t]);
        weightOf[t] = Math.max(0, idf) * articleIdf;
      }
      mass = masses(content, weightOf);
      weighty = Arrays.stream(weightOf).map(w -> w > 0 ? 1 : 0).toArray();
      ones = Arrays.stream(weightOf).map(w -> 1).toArray();
      rare = new int[n][];
      int fewArticles = (articleCount - 1) / 2;
      for (int i = 0; i < n; i++) {
        SentenceTerms t = units.terms.get(i);
        int[] r = new int[t.names().size() + t.numbers().size()];
        int count = 0;
        for (Set<String> kind : List.of(t.names(), t.numbers())) {
          for (String name : kind) {
            Integer id = ids.get(name);
            if (id == null) {
              continue; // a name that is not a content term: never counted in a document frequency
            }
            int articles = articleDf[id];
            if (articleCount >= 3 && articles >= 2 && articles <= Math.max(2, fewArticles) && sentenceDf[id] == articles) {
              r[count++] = id;
            }
          }
        }
        rare[i] = sortedDistinct(r, count);
      }
    }

    /**
     * The scorer of {@code base} over {@code units}, which extend {@code base}'s units with clauses: the
     * same term weights (a clause is no new sentence of the corpus) and the same pairs by meaning; a
     * clause's rare names are those of its sentence that it holds.
     */
    Scorer(Scorer base, Units units, float[][] vectors) {
      this.units = units;
      this.vectors = vectors;
      this.bounds = base.bounds == null ? null : CosineBounds.extend(base.bounds, vectors);
      int n = units.size();
      int from = base.content.length;
      ids = numbered(units, base.ids, from);
      weightOf = Arrays.copyOf(base.weightOf, ids.size()); // a term no sentence had weighs nothing
      content = contentIds(units, ids, from, Arrays.copyOf(base.content, n));
      mass = masses(content, weightOf);
      weighty = Arrays.stream(weightOf).map(w -> w > 0 ? 1 : 0).toArray();
      ones = Arrays.stream(weightOf).map(w -> 1).toArray();
      this.close.addAll(base.close);
      rare = Arrays.copyOf(base.rare, n);
      for (int i = from; i < n; i++) {
        int[] parentRare = base.rare[units.parent[i]];
        int[] r = new int[parentRare.length];
        int count = 0;
        for (int name : parentRare) {
          if (Arrays.binarySearch(content[i], name) >= 0) {
            r[count++] = name;
          }
        }
        rare[i] = Arrays.copyOf(r, count);
      }
    }

    /**
     * {@code known}'s numbers, then the further content terms of units from {@code from} on, numbered in
     * alphabetical order after them.
     */
    private static Map<String, Integer> numbered(Units units, Map<String, Integer> known, int from) {
      java.util.TreeSet<String> further = new java.util.TreeSet<>();
      Set<SentenceTerms> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (int i = from; i < units.size(); i++) {
        if (!read.add(units.terms.get(i))) {
          continue; // a text told again shares its terms
        }
        for (String t : units.terms.get(i).content()) {
          if (!known.containsKey(t)) {
            further.add(t);
          }
        }
      }
      Map<String, Integer> ids = new HashMap<>(known);
      for (String t : further) {
        ids.put(t, ids.size());
      }
      return ids;
    }

    private static int[][] contentIds(Units units, Map<String, Integer> ids, int from, int[][] into) {
      // A text told again shares its terms, so its numbers too (the arrays are only read).
      Map<SentenceTerms, int[]> done = new java.util.IdentityHashMap<>();
      for (int i = from; i < units.size(); i++) {
        int[] known = done.get(units.terms.get(i));
        if (known != null) {
          into[i] = known;
          continue;
        }
        Set<String> terms = units.terms.get(i).content();
        int[] t = new int[terms.size()];
        int k = 0;
        for (String term : terms) {
          t[k++] = ids.get(term);
        }
        into[i] = sortedDistinct(t, k);
        done.put(units.terms.get(i), into[i]);
      }
      return into;
    }

    private static int[] sortedDistinct(int[] values, int count) {
      int[] v = Arrays.copyOf(values, count);
      Arrays.sort(v);
      return Arrays.stream(v).distinct().toArray();
    }

    private static double[] masses(int[][] content, double[] weightOf) {
      double[] mass = new double[content.length];
      for (int i = 0; i < content.length; i++) {
        for (int t : content[i]) {
          mass[i] += weightOf[t];
        }
      }
      return mass;
    }

    /** A unit's content terms by number, ascending (see {@link #weight(int)}). */
    int[] terms(int i) {
      return content[i];
    }

    double weight(int term) {
      return weightOf[term];
    }

    int termCount() {
      return weightOf.length;
    }

    double cosine(int i, int j) {
      return dot(vectors[i], vectors[j]);
    }

    /** Whether two units have the very same vector (one text told twice, both compared by meaning or neither). */
    boolean sameVector(int i, int j) {
      return vectors[i] == vectors[j];
    }

    /**
     * Whether the pair's {@link #score} is surely below {@code score} (at most {@value #ALIGN}) and its
     * {@link #cosine} below {@code cosine}, by an upper bound of the cosine ({@link CosineBounds}), given
     * the pair's {@link #dice}: a pair whose exact cosine could raise it to {@value #ALIGN} (two rare
     * names, close meaning) never is. False says nothing.
     */
    boolean surelyBelow(int i, int j, double dice, double score, double cosine) {
      if (bounds == null || !close.isEmpty() && close.contains(key(i, j))) {
        return false;
      }
      double settled = Math.min(score - DICE_WEIGHT * dice, cosine);
      if (settled > RARE_NAMES_COSINE && sharedRare(i, j) >= RARE_NAMES) {
        settled = RARE_NAMES_COSINE; // above it, the two rare names would raise the score
      }
      return bounds.below(i, j, settled);
    }

    /** Whether the pair's {@link #cosine} is surely below {@code cosine}, by its upper bound. False says nothing. */
    boolean cosineSurelyBelow(int i, int j, double cosine) {
      return bounds != null && bounds.below(i, j, cosine);
    }

    double dice(int i, int j) {
      double shared = sumShared(content[i], content[j], weightOf);
      double total = mass[i] + mass[j];
      return total == 0 ? 0 : 2 * shared / total;
    }

    double score(int i, int j) {
      return score(i, j, dice(i, j), cosine(i, j));
    }

    /** The pair's score, given its {@link #dice} overlap and {@link #cosine} (already computed by the caller). */
    double score(int i, int j, double dice, double cosine) {
      double score = cosine + DICE_WEIGHT * dice;
      return score < ALIGN && (byRareNames(i, j, cosine) || close.contains(key(i, j))) ? ALIGN : score;
    }

    /** Two rare names or numbers shared, and not far apart in meaning (see the class comment). */
    private boolean byRareNames(int i, int j, double cosine) {
      return cosine >= RARE_NAMES_COSINE && sharedRare(i, j) >= RARE_NAMES;
    }

    /** Why a pair that aligns does so: one of {@link AlignedFact}'s evidence kinds. */
    String basis(int i, int j) {
      if (units.wordOverlap(i, j) >= NEAR_VERBATIM) {
        return AlignedFact.COPIED;
      }
      double cosine = cosine(i, j);
      if (cosine + DICE_WEIGHT * dice(i, j) >= ALIGN) {
        return AlignedFact.WORDING;
      }
      return byRareNames(i, j, cosine) ? AlignedFact.RARE_NAMES : AlignedFact.MEANING;
    }

    /** The specific words (of some weight) two units have in common. */
    int sharedTerms(int i, int j) {
      return (int) sumShared(content[i], content[j], weighty);
    }

    int sharedRare(int i, int j) {
      return (int) sumShared(rare[i], rare[j], ones);
    }

    /** The sum of {@code value} over the terms two ascending arrays of term numbers share, in ascending order. */
    private static double sumShared(int[] a, int[] b, double[] value) {
      double sum = 0;
      for (int x = 0, y = 0; x < a.length && y < b.length; ) {
        if (a[x] < b[y]) {
          x++;
        } else if (a[x] > b[y]) {
          y++;
        } else {
          sum += value[a[x]];
          x++;
          y++;
        }
      }
      return sum;
    }
  }
}
