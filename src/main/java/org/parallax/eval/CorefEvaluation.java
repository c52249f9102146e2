package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.corpus.CorpusReader;
import org.parallax.text.TextRange;

/**
 * Cross-document coreference of entity mentions, end to end: per topic, every document is rebuilt from
 * its tokens ({@link Detokenizer}, one paragraph per sentence) into a corpus folder of JSON articles, the engine analyses
 * it, and its referents' mentions are scored against the gold chains.
 *
 * <p>Matching: an engine mention matches the gold mention whose head token lies inside the engine's span,
 * one to one, the largest character overlap first (then the closer length). Only engine mentions that
 * begin in an annotated sentence (one with any coreference mark, entity or event, in the conll: ECB+ and
 * MEANTIME annotate only some sentences of each document) are scored. Such a mention that matches no
 * gold mention is a spurious (twinless) response mention; one matched to a gold mention outside the key
 * is left out of the response. Each referent is one response entity.
 *
 * <p>The key: by default the gold chains with two or more mentions in the topic (gold singletons are
 * left out of the key, and so are engine mentions matched to them); with {@code singletons} every gold
 * mention is in it. The baseline is given the key's mentions and groups those of a topic that share
 * their head lemma (lowercased). Topics are scored together: no entity spans two topics, so the tallies
 * add up.
 *
 * <p>With {@code events}, the gold mentions are the topic's nominal event mentions instead (event
 * mentions whose head is a noun or a name: "the earthquake", "the quake", "the acquisition"; verbs are
 * left out, no referent holds them), and the response is the engine's {@code event} referents: their
 * mentions are scored as above, and a mention of a referent of another kind is scored only where it
 * matches a gold event mention (an event the engine took for a thing is found, not spurious).
 */
public final class CorefEvaluation {

  /** The share of key mentions an engine mention matched. */
  public record Coverage(int matched, int total) {
    public double share() {
      return total == 0 ? 0 : (double) matched / total;
    }

    Coverage plus(Coverage o) {
      return new Coverage(matched + o.matched, total + o.total);
    }
  }

  /** One topic's figures. */
  public record TopicFigures(
      String topic, int documents, int keyMentions, CorefScores engine, CorefScores baseline, Coverage coverage) {}

  /**
   * What a corpus scored.
   *
   * @param engine the engine's referents against the key, spurious mentions included
   * @param engineOnAnnotated the same without the spurious mentions: how the engine groups what the
   *     annotators marked
   * @param baseline the same-head-lemma baseline given the key's mentions
   * @param unplaced gold mentions the conll does not hold (left out)
   * @param notInText key mentions in sentences the engine's cleaning left out of its text
   * @param events whether the gold mentions are nominal event mentions (else entity mentions)
   * @param engineMentions engine mentions scored (in annotated sentences; with {@code events}, those of
   *     event referents and those that matched a gold event mention)
   * @param outsideAnnotation engine mentions left out because their sentence is not annotated
   * @param spurious scored engine mentions that match no gold mention
   */
  public record Report(
      String corpus,
      boolean singletons,
      boolean events,
      int topics,
      int documents,
      int keyMentions,
      int keyChains,
      int unplaced,
      int notInText,
      int engineMentions,
      int outsideAnnotation,
      int spurious,
      CorefScores engine,
      CorefScores engineOnAnnotated,
      CorefScores baseline,
      Coverage coverage,
      Map<String, Coverage> coverageByType,
      List<TopicFigures> perTopic) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");

  private final CorpusAnalysis engine;
  private final boolean singletons;
  private final boolean events;

  /**
   * @param singletons whether gold singletons are in the key
   */
  public CorefEvaluation(CorpusAnalysis engine, boolean singletons) {
    this(engine, singletons, false);
  }

  /**
   * @param singletons whether gold singletons are in the key
   * @param events whether the gold mentions are the nominal event mentions (else the entity mentions)
   */
  public CorefEvaluation(CorpusAnalysis engine, boolean singletons, boolean events) {
    this.engine = engine;
    this.singletons = singletons;
    this.events = events;
  }

  /** The topic folders in {@code dir}, by their leading number, then name ({@code 1ecb, 1ecbplus, 2ecb}). */
  public static List<Path> topics(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(CdcrTopic::isTopic).sorted(Comparator.comparingLong(CorefEvaluation::number).thenComparing(p -> p.getFileName().toString())).toList();
    }
  }

  private static long number(Path p) {
    Matcher m = LEADING_NUMBER.matcher(p.getFileName().toString());
    return m.find() && m.group(1).length() < 18 ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }

  /** Scores the engine and the baseline on {@code topics}, telling {@code progress} of each topic done. */
  public Report evaluate(String corpus, List<Path> topics, Consumer<String> progress)
      throws IOException, CorpusReader.FolderException {
    CorefScores engineScores = CorefScores.ZERO;
    CorefScores annotatedScores = CorefScores.ZERO;
    CorefScores baselineScores = CorefScores.ZERO;
    Coverage coverage = new Coverage(0, 0);
    Map<String, Coverage> byType = new TreeMap<>();
    List<TopicFigures> perTopic = new ArrayList<>();
    int documents = 0;
    int keyMentions = 0;
    int keyChains = 0;
    int unplaced = 0;
    int notInText = 0;
    int engineMentions = 0;
    int outsideAnnotation = 0;
    int spurious = 0;
    for (Path folder : topics) {
      CdcrTopic topic = CdcrTopic.read(folder);
      TopicResult r = evaluate(topic);
      engineScores = engineScores.plus(r.engine);
      annotatedScores = annotatedScores.plus(r.engineOnAnnotated);
      baselineScores = baselineScores.plus(r.baseline);
      coverage = coverage.plus(r.coverage);
      r.byType.forEach((type, c) -> byType.merge(type, c, Coverage::plus));
      documents += topic.documents().size();
      keyMentions += r.coverage.total();
      keyChains += r.keyChains;
      unplaced += topic.unplaced();
      notInText += r.notInText;
      engineMentions += r.engineMentions;
      outsideAnnotation += r.outsideAnnotation;
      spurious += r.spurious;
      TopicFigures f = new TopicFigures(topic.name(), topic.documents().size(), r.coverage.total(), r.engine, r.baseline, r.coverage);
      perTopic.add(f);
      progress.accept(
          String.format(
              Locale.ROOT,
              "%s %s: %d documents, %d key mentions; CoNLL F1 engine %.3f, baseline %.3f; coverage %.1f%%",
              corpus,
              topic.name(),
              f.documents(),
              f.keyMentions(),
              f.engine().conllF1(),
              f.baseline().conllF1(),
              100 * f.coverage().share()));
    }
    return new Report(
        corpus,
        singletons,
        events,
        topics.size(),
        documents,
        keyMentions,
        keyChains,
        unplaced,
        notInText,
        engineMentions,
        outsideAnnotation,
        spurious,
        engineScores,
        annotatedScores,
        baselineScores,
        coverage,
        byType,
        perTopic);
  }

  /** One topic scored, with the partitions behind the scores (mentions: {@code g<i>} gold, {@code e<i>} spurious). */
  record TopicResult(
      List<Set<String>> key,
      List<Set<String>> response,
      CorefScores engine,
      CorefScores engineOnAnnotated,
      CorefScores baseline,
      Coverage coverage,
      Map<String, Coverage> byType,
      int keyChains,
      int notInText,
      int engineMentions,
      int outsideAnnotation,
      int spurious) {}

  record EngineMention(int referent, String article, int start, int end) {}

  TopicResult evaluate(CdcrTopic topic) throws IOException, CorpusReader.FolderException {
    List<CdcrTopic.GoldMention> gold = events ? topic.nominalEvents() : topic.mentions();
    // The key: chains of two or more mentions in this topic (or every chain, with singletons).
    Map<String, List<Integer>> chains = new LinkedHashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      chains.computeIfAbsent(gold.get(i).chain(), c -> new ArrayList<>()).add(i);
    }
    List<Set<String>> key = new ArrayList<>();
    Set<Integer> inKey = new HashSet<>();
    for (List<Integer> chain : chains.values()) {
      if (singletons || chain.size() >= 2) {
        Set<String> entity = new HashSet<>();
        for (int i : chain) {
          entity.add("g" + i);
          inKey.add(i);
        }
        key.add(entity);
      }
    }

    TopicRun run = TopicRun.of(topic, engine);
    JsonNode analysis = run.analysis;
    Map<String, String> texts = run.texts;

    // Gold spans in the engine's texts (a sentence its cleaning left out places nothing).
    Map<String, List<Integer>> goldByArticle = new HashMap<>();
    TextRange[] goldSpan = new TextRange[gold.size()];
    TextRange[] headSpan = new TextRange[gold.size()];
    int notInText = 0;
    for (int i = 0; i < gold.size(); i++) {
      CdcrTopic.GoldMention g = gold.get(i);
      TopicRun.Written w = run.written.get(g.document());
      Integer shift = run.start(g.document(), g.sentence());
      if (shift == null) {
        notInText += inKey.contains(i) ? 1 : 0;
        continue;
      }
      List<TextRange> tokens = w.sentences().get(g.sentence()).tokens();
      int first = g.tokens().stream().mapToInt(Integer::intValue).min().orElseThrow();
      int last = g.tokens().stream().mapToInt(Integer::intValue).max().orElseThrow();
      goldSpan[i] = new TextRange(shift + tokens.get(first).start(), shift + tokens.get(last).end());
      headSpan[i] = new TextRange(shift + tokens.get(g.head()).start(), shift + tokens.get(g.head()).end());
      goldByArticle.computeIfAbsent(w.id(), a -> new ArrayList<>()).add(i);
    }

    // Where each annotated sentence is in the engine's texts.
    Map<String, List<TextRange>> annotatedText = new HashMap<>();
    for (CdcrTopic.Document d : topic.documents().values()) {
      for (int n : d.annotated()) {
        TextRange at = run.sentence(d.key(), n);
        if (at != null) {
          annotatedText.computeIfAbsent(run.written.get(d.key()).id(), a -> new ArrayList<>()).add(at);
        }
      }
    }
    List<EngineMention> mentions = new ArrayList<>();
    List<Boolean> eventReferent = new ArrayList<>();
    int referents = 0;
    int outsideAnnotation = 0;
    for (JsonNode r : analysis.path("referents")) {
      eventReferent.add("event".equals(r.path("kind").asText()));
      // The outlets' mentions and the pronouns that point back to the referent alike.
      List<JsonNode> all = new ArrayList<>();
      r.path("mentions").forEach(all::add);
      r.path("pronouns").forEach(all::add);
      for (JsonNode m : all) {
        EngineMention e = new EngineMention(referents, m.path("article").asText(), m.path("start").asInt(), m.path("end").asInt());
        if (annotatedText.getOrDefault(e.article(), List.of()).stream().anyMatch(s -> e.start() >= s.start() && e.start() < s.end())) {
          mentions.add(e);
        } else {
          outsideAnnotation++;
        }
      }
      referents++;
    }
    int[] match = match(mentions, goldByArticle, goldSpan, headSpan, texts);
    if (events) {
      // Mentions of referents of other kinds count where they found an event, and are left out elsewhere.
      List<EngineMention> kept = new ArrayList<>();
      List<Integer> keptMatch = new ArrayList<>();
      for (int e = 0; e < mentions.size(); e++) {
        if (match[e] >= 0 || eventReferent.get(mentions.get(e).referent())) {
          kept.add(mentions.get(e));
          keptMatch.add(match[e]);
        }
      }
      mentions = kept;
      match = keptMatch.stream().mapToInt(Integer::intValue).toArray();
    }
    String dump = System.getProperty("parallax.eval.dump");
    if (dump != null) {
      dump(Path.of(dump).resolve(topic.name() + ".json"), chains, inKey, goldSpan, headSpan, goldByArticle, texts, mentions, match);
    }

    List<Set<String>> response = new ArrayList<>();
    List<Set<String>> annotated = new ArrayList<>();
    for (int r = 0; r < referents; r++) {
      response.add(new HashSet<>());
      annotated.add(new HashSet<>());
    }
    Set<Integer> matched = new HashSet<>();
    int spurious = 0;
    for (int e = 0; e < mentions.size(); e++) {
      int r = mentions.get(e).referent();
      if (match[e] < 0) {
        response.get(r).add("e" + e);
        spurious++;
      } else if (inKey.contains(match[e])) {
        response.get(r).add("g" + match[e]);
        annotated.get(r).add("g" + match[e]);
        matched.add(match[e]);
      }
    }
    response.removeIf(Set::isEmpty);
    annotated.removeIf(Set::isEmpty);

    Map<String, Set<String>> byLemma = new LinkedHashMap<>();
    Map<String, Coverage> byType = new TreeMap<>();
    for (int i : inKey) {
      CdcrTopic.GoldMention g = gold.get(i);
      byLemma.computeIfAbsent(g.headLemma().toLowerCase(Locale.ROOT), l -> new HashSet<>()).add("g" + i);
      byType.merge(g.type(), new Coverage(matched.contains(i) ? 1 : 0, 1), Coverage::plus);
    }
    return new TopicResult(
        key,
        response,
        CorefScorer.score(key, response),
        CorefScorer.score(key, annotated),
        CorefScorer.score(key, List.copyOf(byLemma.values())),
        new Coverage(matched.size(), inKey.size()),
        byType,
        key.size(),
        notInText,
        mentions.size(),
        outsideAnnotation,
        spurious);
  }

  /**
   * For each engine mention, the gold mention it matches, or -1: one to one, among the gold mentions
   * whose head lies inside it, first those whose head is the engine mention's head (its last word before
   * an "of", a parenthesis, a comma or a relative pronoun: "an emergency patch" is the gold "patch", not
   * the gold "emergency" the annotators marked inside it), then the largest overlap, then the closer
   * length.
   */
  static int[] match(List<EngineMention> mentions, Map<String, List<Integer>> goldByArticle, TextRange[] goldSpan,
      TextRange[] headSpan, Map<String, String> texts) {
    record Candidate(int engine, int gold, boolean sameHead, int overlap, int lengthGap) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int e = 0; e < mentions.size(); e++) {
      EngineMention m = mentions.get(e);
      int headEnd = headEnd(m, texts.get(m.article()));
      for (int g : goldByArticle.getOrDefault(m.article(), List.of())) {
        TextRange head = headSpan[g];
        if (head.start() >= m.start() && head.end() <= m.end()) {
          TextRange s = goldSpan[g];
          int overlap = Math.min(s.end(), m.end()) - Math.max(s.start(), m.start());
          boolean sameHead = head.start() < headEnd && head.end() >= headEnd;
          candidates.add(new Candidate(e, g, sameHead, overlap, Math.abs(s.length() - (m.end() - m.start()))));
        }
      }
    }
    candidates.sort(
        Comparator.comparing((Candidate c) -> !c.sameHead())
            .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
            .thenComparingInt(Candidate::lengthGap)
            .thenComparingInt(Candidate::engine)
            .thenComparingInt(Candidate::gold));
    int[] match = new int[mentions.size()];
    java.util.Arrays.fill(match, -1);
    Set<Integer> taken = new HashSet<>();
    for (Candidate c : candidates) {
      if (match[c.engine()] < 0 && !taken.contains(c.gold())) {
        match[c.engine()] = c.gold();
        taken.add(c.gold());
      }
    }
    return match;
  }

  private static final Pattern HEAD_ENDS = Pattern.compile(" of | \\(|, | who | which | that ");

  /** Where the engine mention's head ends: before its first "of", parenthesis, comma or relative pronoun. */
  private static int headEnd(EngineMention m, String text) {
    if (text == null || m.end() > text.length()) {
      return m.end();
    }
    Matcher after = HEAD_ENDS.matcher(text).region(m.start(), m.end());
    int end = after.find() ? after.start() : m.end();
    while (end > m.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * For developers (system property {@code parallax.eval.dump=DIR}): the topic's key chains, each gold
   * mention's text beside the engine mention and referent that matched it, and the spurious engine
   * mentions, as JSON, to read what the engine joined, split and missed.
   */
  private static void dump(Path file, Map<String, List<Integer>> chains, Set<Integer> inKey, TextRange[] goldSpan,
      TextRange[] headSpan, Map<String, List<Integer>> goldByArticle, Map<String, String> texts, List<EngineMention> mentions,
      int[] match) throws IOException {
    Map<Integer, String> articleOf = new HashMap<>();
    goldByArticle.forEach((article, is) -> is.forEach(i -> articleOf.put(i, article)));
    Map<Integer, Integer> engineOf = new HashMap<>();
    for (int e = 0; e < match.length; e++) {
      if (match[e] >= 0) {
        engineOf.put(match[e], e);
      }
    }
    List<List<String>> keyOut = new ArrayList<>();
    for (List<Integer> chain : chains.values()) {
      if (!inKey.contains(chain.get(0))) {
        continue;
      }
      List<String> ms = new ArrayList<>();
      for (int i : chain) {
        String article = articleOf.get(i);
        String gold = article == null ? "(not in text)" : article + ": " + goldSpan[i].of(texts.get(article));
        Integer e = engineOf.get(i);
        EngineMention em = e == null ? null : mentions.get(e);
        ms.add(gold + "  =>  " + (em == null ? "-" + covering(i, article, headSpan, texts, mentions, match)
            : texts.get(em.article()).substring(em.start(), em.end()) + " [r" + (em.referent() + 1) + "]"));
      }
      keyOut.add(ms);
    }
    List<String> spurious = new ArrayList<>();
    for (int e = 0; e < match.length; e++) {
      if (match[e] < 0) {
        EngineMention em = mentions.get(e);
        spurious.add(em.article() + ": " + texts.get(em.article()).substring(em.start(), em.end()) + " [r" + (em.referent() + 1) + "]");
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("key", keyOut, "spurious", spurious));
  }

  /**
   * For a missed gold mention, the engine mention whose span holds its head, if any, as " (in 'TEXT' [rN])",
   * with "taken" when that engine mention matched another gold mention: why it was missed.
   */
  private static String covering(int gold, String article, TextRange[] headSpan, Map<String, String> texts,
      List<EngineMention> mentions, int[] match) {
    if (article == null || headSpan[gold] == null) {
      return "";
    }
    for (int e = 0; e < mentions.size(); e++) {
      EngineMention m = mentions.get(e);
      if (m.article().equals(article) && m.start() <= headSpan[gold].start() && headSpan[gold].end() <= m.end()) {
        return " (in '" + texts.get(article).substring(m.start(), m.end()) + "' [r" + (m.referent() + 1) + "]"
            + (match[e] >= 0 ? ", taken" : "") + ")";
      }
    }
    return "";
  }
}
