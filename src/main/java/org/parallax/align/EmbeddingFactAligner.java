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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.cache.CacheKey;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.Article;
import org.parallax.text.Folding;
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
 */
public final class EmbeddingFactAligner implements FactAligner {

  /** Score a pair needs to be the same fact. Calibrated on the seeds; see the class comment. */
  static final double ALIGN = 0.98;
  /** The cross pairs of two groups must reach this on average to merge them. */
  static final double LINK = 0.85;
  /** ... and every one of them this. */
  static final double LINK_LEAST = 0.80;
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
  static final double CLOSE_MEANING = 0.78;
  /** How much closer than the next sentence of its article a sentence must be to be clearly the closest. */
  static final double CLEAR_MARGIN = 0.02;

  private static final int MIN_WORDS = 4;
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
    this.embedder = embedder;
    this.modelId = modelId;
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
    float[][] vectors = embedDistinct(units, checkpoint, faults, articles, modelId == null ? ResultCache.NONE : cache);
    Scorer scorer = new Scorer(units, vectors, articles.size());
    Pairs pairs = scoreCandidates(units, scorer, vectors);
    List<AlignedFact> facts = group(units, scorer, pairs.strong);
    List<SentenceRef> unique = unique(units, pairs, facts);
    return new FactAlignment(facts, unique);
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
    final List<long[]> strong = new ArrayList<>();
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
   * random-hyperplane hash bucket with it in any table (close meaning).
   */
  private static Pairs scoreCandidates(Units units, Scorer scorer, float[][] vectors) {
    int n = units.size();
    Pairs pairs = new Pairs(n);
    // Terms in very many sentences are story background: their postings would make this quadratic.
    int maxPosting = Math.max(60, (int) Math.sqrt(n) * 4);
    Map<String, int[]> postings = new HashMap<>();
    {
      Map<String, List<Integer>> lists = new HashMap<>();
      for (int i = 0; i < n; i++) {
        for (String t : units.terms.get(i).content()) {
          lists.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
      }
      lists.forEach((t, l) -> {
        if (l.size() >= 2 && l.size() <= maxPosting) {
          postings.put(t, l.stream().mapToInt(Integer::intValue).toArray());
        }
      });
    }
    int[][] codes = hashCodes(vectors);
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
          arrays.put(code, l.stream().mapToInt(Integer::intValue).toArray());
        }
      });
      buckets.add(arrays);
    }

    // Each sentence's candidates are scored on every core (the scorer is only read here), then merged
    // in sentence order, so the pairs and their order are those of one core.
    ThreadLocal<double[]> sharedOf = ThreadLocal.withInitial(() -> new double[n]);
    ThreadLocal<int[]> seenOf = ThreadLocal.withInitial(() -> {
      int[] seen = new int[n];
      Arrays.fill(seen, -1);
      return seen;
    });
    ThreadLocal<int[]> touchedOf = ThreadLocal.withInitial(() -> new int[n]);
    double[][] scored = new double[n][];
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
      double[] shared = sharedOf.get();
      int[] seen = seenOf.get();
      int[] touched = touchedOf.get();
      int count = 0;
      for (String t : units.terms.get(i).content()) {
        int[] posting = postings.get(t);
        if (posting == null) {
          continue;
        }
        double w = scorer.weight(t);
        for (int j : posting) {
          if (j > i && units.article[j] != units.article[i]) {
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
          if (j > i && units.article[j] != units.article[i]) {
            if (seen[j] != i) {
              seen[j] = i;
              touched[count++] = j;
            }
            // Close in meaning: a candidate whatever the words say.
            shared[j] = Double.POSITIVE_INFINITY;
          }
        }
      }
      // Per candidate: j, dice, score, and the cosine when the score falls short (else NaN).
      double[] out = new double[4 * count];
      int k = 0;
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        if (shared[j] < 2.0 && scorer.sharedRare(i, j) < RARE_NAMES) {
          continue;
        }
        double dice = scorer.dice(i, j);
        double score = scorer.score(i, j, dice);
        out[k++] = j;
        out[k++] = dice;
        out[k++] = score;
        out[k++] = score >= ALIGN ? Double.NaN : scorer.cosine(i, j);
      }
      scored[i] = Arrays.copyOf(out, k);
    });
    Candidates close = new Candidates();
    for (int i = 0; i < n; i++) {
      double[] row = scored[i];
      scored[i] = null;
      for (int c = 0; c < row.length; c += 4) {
        int j = (int) row[c];
        double dice = row[c + 1];
        double score = row[c + 2];
        pairs.best[i] = Math.max(pairs.best[i], score);
        pairs.best[j] = Math.max(pairs.best[j], score);
        pairs.bestDice[i] = Math.max(pairs.bestDice[i], dice);
        pairs.bestDice[j] = Math.max(pairs.bestDice[j], dice);
        if (score >= ALIGN) {
          pairs.strong.add(new long[] {key(i, j), Double.doubleToLongBits(score)});
        } else {
          double cosine = row[c + 3];
          if (cosine >= CLOSE_MEANING) {
            close.add(i, j, cosine);
          }
        }
      }
    }
    // Close in meaning, and each clearly the other's closest sentence in its article: the same fact told
    // in other words, unless the two disagree on the day or the numbers, or one denies what the other says.
    Closest closest = new Closest(units, vectors);
    for (int k = 0; k < close.size; k++) {
      int i = close.first[k];
      int j = close.second[k];
      double cosine = close.cosine[k];
      if (closest.clearlyClosest(i, j, cosine) && closest.clearlyClosest(j, i, cosine) && units.agree(i, j)) {
        scorer.close.add(key(i, j));
        pairs.best[i] = Math.max(pairs.best[i], ALIGN);
        pairs.best[j] = Math.max(pairs.best[j], ALIGN);
        pairs.strong.add(new long[] {key(i, j), Double.doubleToLongBits(ALIGN)});
      }
    }
    return pairs;
  }

  /**
   * The two closest meanings a sentence has in another article, computed on demand from the vectors of
   * that article's sentences (only for the few pairs close enough to ask), and kept for the next ask.
   */
  private static final class Closest {
    private final Units units;
    private final float[][] vectors;
    private final Map<Long, double[]> known = new HashMap<>();

    Closest(Units units, float[][] vectors) {
      this.units = units;
      this.vectors = vectors;
    }

    /**
     * Whether {@code cosine} is the closest {@code sentence} has in {@code other}'s article, and clearly
     * so: at least {@value EmbeddingFactAligner#CLEAR_MARGIN} above the next, so that the meaning singles
     * it out.
     */
    boolean clearlyClosest(int sentence, int other, double cosine) {
      int in = units.article[other];
      double[] top = known.computeIfAbsent(((long) sentence << 32) | in, k -> top(sentence, in));
      return cosine >= top[0] && cosine - top[1] >= CLEAR_MARGIN;
    }

    private double[] top(int sentence, int inArticle) {
      double[] top = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
      for (int u : units.ofArticle.get(inArticle)) {
        double c = dot(vectors[sentence], vectors[u]);
        if (c > top[0]) {
          top[1] = top[0];
          top[0] = c;
        } else if (c > top[1]) {
          top[1] = c;
        }
      }
      return top;
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
    for (int table = 0; table < LSH_TABLES; table++) {
      float[][] planes = new float[LSH_BITS][dim];
      for (float[] p : planes) {
        for (int d = 0; d < dim; d++) {
          p[d] = (float) random.nextGaussian();
        }
      }
      for (int i = 0; i < vectors.length; i++) {
        if (isZero(vectors[i])) {
          codes[table][i] = -1; // compared by words only: in no bucket
          continue;
        }
        int code = 0;
        for (int b = 0; b < LSH_BITS; b++) {
          if (dot(planes[b], vectors[i]) >= 0) {
            code |= 1 << b;
          }
        }
        codes[table][i] = code;
      }
    }
    return codes;
  }

  private static List<AlignedFact> group(Units units, Scorer scorer, List<long[]> strong) {
    // Best pairs first; ties broken by position so that the result never depends on input order.
    strong.sort(
        Comparator.comparingDouble((long[] e) -> -Double.longBitsToDouble(e[1])).thenComparingLong(e -> e[0]));
    int n = units.size();
    // Every sentence starts as its own cluster; a cluster is named by the index of its first sentence.
    List<List<Integer>> members = new ArrayList<>(n);
    List<Set<Integer>> articlesOf = new ArrayList<>(n);
    // What joined each cluster's sentences (see AlignedFact#evidence), sorted.
    List<Set<String>> evidenceOf = new ArrayList<>(n);
    int[] clusterOf = new int[n];
    for (int i = 0; i < n; i++) {
      members.add(new ArrayList<>(List.of(i)));
      articlesOf.add(new HashSet<>(Set.of(units.article[i])));
      evidenceOf.add(new java.util.TreeSet<>());
      clusterOf[i] = i;
    }
    // Two clusters that could not merge are not tried again (a merge elsewhere could raise their
    // average, but never their weakest pair).
    Set<Long> refused = new HashSet<>();
    for (long[] e : strong) {
      int ci = clusterOf[first(e[0])];
      int cj = clusterOf[second(e[0])];
      if (ci == cj || refused.contains(key(ci, cj))) {
        continue;
      }
      if (!canMerge(units, scorer, members.get(ci), members.get(cj), articlesOf.get(ci), articlesOf.get(cj))) {
        refused.add(key(ci, cj));
        continue;
      }
      int keep = Math.min(ci, cj);
      int gone = Math.max(ci, cj);
      members.get(keep).addAll(members.get(gone));
      articlesOf.get(keep).addAll(articlesOf.get(gone));
      evidenceOf.get(keep).addAll(evidenceOf.get(gone));
      evidenceOf.get(keep).add(scorer.basis(first(e[0]), second(e[0])));
      for (int m : members.get(gone)) {
        clusterOf[m] = keep;
      }
      members.set(gone, List.of());
      articlesOf.set(gone, Set.of());
      evidenceOf.set(gone, Set.of());
    }
    List<AlignedFact> facts = new ArrayList<>();
    for (int cluster = 0; cluster < n; cluster++) {
      List<Integer> c = members.get(cluster);
      if (c.size() < 2) {
        continue;
      }
      List<Integer> sorted = new ArrayList<>(c);
      sorted.sort(Comparator.comparingInt((Integer m) -> units.article[m]));
      double cos = 0;
      int count = 0;
      boolean verbatim = true;
      for (int x = 0; x < sorted.size(); x++) {
        for (int y = x + 1; y < sorted.size(); y++) {
          cos += scorer.cosine(sorted.get(x), sorted.get(y));
          count++;
          verbatim = verbatim && units.wordOverlap(sorted.get(x), sorted.get(y)) >= NEAR_VERBATIM;
        }
      }
      List<SentenceRef> refs = sorted.stream().map(units::ref).toList();
      double similarity = Math.max(0, Math.min(1, cos / count));
      facts.add(new AlignedFact(refs, Math.round(similarity * 1000) / 1000.0, verbatim, List.copyOf(evidenceOf.get(cluster))));
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
        double score = scorer.score(x, y);
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

  private static long key(int i, int j) {
    return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
  }

  private static int first(long key) {
    return (int) (key >>> 32);
  }

  private static int second(long key) {
    return (int) key;
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

  static double dot(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return d;
  }

  /** The sentences taking part in alignment: long enough to state something. */
  private static final class Units {
    final List<String> texts = new ArrayList<>();
    final List<SentenceTerms> terms = new ArrayList<>();
    final List<String[]> words = new ArrayList<>();
    int[] article = new int[0];
    int[] sentence = new int[0];
    /** Per article (by its index), its units in order. */
    final List<List<Integer>> ofArticle = new ArrayList<>();
    /** Per unit: the days of the week it names, one bit each. */
    final List<Integer> days = new ArrayList<>();
    /** Per unit: whether it denies or negates something ("not", "never", "denied"). */
    final List<Boolean> negated = new ArrayList<>();

    static Units of(List<Article> articles) {
      Units u = new Units();
      TermExtractor extractor = new TermExtractor();
      List<int[]> refs = new ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        Article art = articles.get(a);
        for (int s = 0; s < art.sentences().size(); s++) {
          String text = art.sentence(s);
          String[] words = words(text);
          if (words.length < MIN_WORDS) {
            continue;
          }
          u.texts.add(text);
          u.terms.add(extractor.extract(text));
          u.words.add(words);
          u.days.add(days(words));
          u.negated.add(Arrays.stream(words).anyMatch(NEGATIONS::contains));
          refs.add(new int[] {a, s});
        }
      }
      u.article = refs.stream().mapToInt(r -> r[0]).toArray();
      u.sentence = refs.stream().mapToInt(r -> r[1]).toArray();
      for (int a = 0; a < articles.size(); a++) {
        u.ofArticle.add(new ArrayList<>());
      }
      for (int i = 0; i < u.article.length; i++) {
        u.ofArticle.get(u.article[i]).add(i);
      }
      return u;
    }

    int size() {
      return texts.size();
    }

    SentenceRef ref(int i) {
      return new SentenceRef(article[i], sentence[i]);
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

    /** Dice coefficient of the longest common word subsequence: 1 for identical wording. */
    double wordOverlap(int i, int j) {
      String[] a = words.get(i);
      String[] b = words.get(j);
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

  /** Pair scores: cosine of meanings plus weighted overlap of specific terms. */
  private static final class Scorer {
    private final Units units;
    private final float[][] vectors;
    private final Map<String, Double> weights = new HashMap<>();
    private final double[] mass;
    /** Names and numbers rare in the corpus (see the class comment), per sentence. */
    private final List<Set<String>> rare;
    /** Pairs that tell the same fact by their meaning alone (see the class comment), by {@link #key}. */
    final Set<Long> close = new HashSet<>();

    Scorer(Units units, float[][] vectors, int articleCount) {
      this.units = units;
      this.vectors = vectors;
      int n = units.size();
      Map<String, Integer> sentenceDf = new HashMap<>();
      Map<String, Set<Integer>> articleDf = new HashMap<>();
      for (int i = 0; i < n; i++) {
        for (String t : units.terms.get(i).content()) {
          sentenceDf.merge(t, 1, Integer::sum);
          articleDf.computeIfAbsent(t, k -> new HashSet<>()).add(units.article[i]);
        }
      }
      // Specific to few sentences (idf) and to few articles: what only some outlets say is evidence of
      // a particular fact, what every outlet says is the story's background.
      for (var e : sentenceDf.entrySet()) {
        double idf = Math.log((double) n / e.getValue());
        double articleIdf = Math.log((articleCount + 1.0) / articleDf.get(e.getKey()).size());
        weights.put(e.getKey(), Math.max(0, idf) * articleIdf);
      }
      mass = new double[n];
      for (int i = 0; i < n; i++) {
        for (String t : units.terms.get(i).content()) {
          mass[i] += weights.get(t);
        }
      }
      rare = new ArrayList<>(n);
      int fewArticles = (articleCount - 1) / 2;
      for (int i = 0; i < n; i++) {
        Set<String> r = new HashSet<>();
        SentenceTerms t = units.terms.get(i);
        for (Set<String> kind : List.of(t.names(), t.numbers())) {
          for (String name : kind) {
            int articles = articleDf.get(name).size();
            if (articleCount >= 3 && articles >= 2 && articles <= Math.max(2, fewArticles) && sentenceDf.get(name) == articles) {
              r.add(name);
            }
          }
        }
        rare.add(r.isEmpty() ? Set.of() : r);
      }
    }

    double weight(String term) {
      return weights.getOrDefault(term, 0.0);
    }

    double cosine(int i, int j) {
      return dot(vectors[i], vectors[j]);
    }

    double dice(int i, int j) {
      Set<String> a = units.terms.get(i).content();
      Set<String> b = units.terms.get(j).content();
      if (a.size() > b.size()) {
        Set<String> t = a;
        a = b;
        b = t;
      }
      double shared = 0;
      for (String t : a) {
        if (b.contains(t)) {
          shared += weights.get(t);
        }
      }
      double total = mass[i] + mass[j];
      return total == 0 ? 0 : 2 * shared / total;
    }

    double score(int i, int j) {
      return score(i, j, dice(i, j));
    }

    /** The pair's score, given its {@link #dice} overlap (already computed by the caller). */
    double score(int i, int j, double dice) {
      double score = cosine(i, j) + DICE_WEIGHT * dice;
      return score < ALIGN && (byRareNames(i, j) || close.contains(key(i, j))) ? ALIGN : score;
    }

    /** Two rare names or numbers shared, and not far apart in meaning (see the class comment). */
    private boolean byRareNames(int i, int j) {
      return cosine(i, j) >= RARE_NAMES_COSINE && sharedRare(i, j) >= RARE_NAMES;
    }

    /** Why a pair that aligns does so: one of {@link AlignedFact}'s evidence kinds. */
    String basis(int i, int j) {
      if (units.wordOverlap(i, j) >= NEAR_VERBATIM) {
        return AlignedFact.COPIED;
      }
      if (cosine(i, j) + DICE_WEIGHT * dice(i, j) >= ALIGN) {
        return AlignedFact.WORDING;
      }
      return byRareNames(i, j) ? AlignedFact.RARE_NAMES : AlignedFact.MEANING;
    }

    int sharedRare(int i, int j) {
      int shared = 0;
      for (String name : rare.get(i)) {
        if (rare.get(j).contains(name)) {
          shared++;
        }
      }
      return shared;
    }
  }
}
