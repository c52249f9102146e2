package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.parallax.corpus.CorpusReader;
import org.parallax.text.TextRange;

/**
 * Facts aligned across documents, end to end, against the event coreference of a CDCR corpus (ECB+):
 * per topic the documents are analysed as one corpus ({@link TopicRun}), and each pair of sentences of
 * two documents that one of the engine's facts holds is checked against the gold mentions of the two
 * sentences.
 *
 * <p>Only sentences with a gold event mention are scored (ECB+ annotates only some sentences of each
 * document, and a sentence without one has no gold to check against). A <em>key pair</em>, a fact two
 * documents share, is two such sentences of different documents that mention the same event (a shared
 * event chain) with the same participant, time or place (a shared entity chain): who did what, to whom,
 * where or when. Recall is the share of key pairs the engine aligned. An aligned pair is <em>right</em>
 * when its sentences at least mention the same event, and <em>wrong</em> when they share neither an event
 * nor an entity; precision is the share of aligned pairs that are right. An engine sentence is placed in
 * the gold sentence its first character falls in. A sentence the engine's cleaning left out of its text
 * still counts in the key (its pairs are missed), so the key does not depend on the engine.
 */
public final class FactEvaluation {

  /** One topic's figures (see {@link Report}). */
  public record TopicFigures(
      String topic, int documents, int sentences, int sentencesAligned, int keyPairs, int aligned, int right, int wrong, int keyAligned) {}

  /**
   * What a corpus scored.
   *
   * @param sentences sentences with a gold event mention
   * @param keyPairs pairs of such sentences of different documents that share an event and a participant
   * @param aligned pairs of such sentences that one engine fact holds
   * @param right aligned pairs that share an event chain
   * @param wrong aligned pairs that share no chain at all, event or entity
   * @param keyAligned key pairs aligned
   * @param sentencesAligned scored sentences in any engine fact
   */
  public record Report(
      String corpus,
      int topics,
      int documents,
      int sentences,
      int keyPairs,
      int aligned,
      int right,
      int wrong,
      int keyAligned,
      int sentencesAligned,
      List<TopicFigures> perTopic) {

    /** The topics' figures added up. */
    static Report of(String corpus, List<TopicFigures> perTopic) {
      return new Report(
          corpus,
          perTopic.size(),
          sum(perTopic, TopicFigures::documents),
          sum(perTopic, TopicFigures::sentences),
          sum(perTopic, TopicFigures::keyPairs),
          sum(perTopic, TopicFigures::aligned),
          sum(perTopic, TopicFigures::right),
          sum(perTopic, TopicFigures::wrong),
          sum(perTopic, TopicFigures::keyAligned),
          sum(perTopic, TopicFigures::sentencesAligned),
          List.copyOf(perTopic));
    }

    private static int sum(List<TopicFigures> figures, java.util.function.ToIntFunction<TopicFigures> of) {
      return figures.stream().mapToInt(of).sum();
    }

    public double recall() {
      return keyPairs == 0 ? 0 : (double) keyAligned / keyPairs;
    }

    public double precision() {
      return aligned == 0 ? 0 : (double) right / aligned;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A gold sentence: its document (conll key) and number. */
  record Sentence(String document, int number) {}

  /** An unordered pair of sentences of different documents. */
  record Pair(Sentence a, Sentence b) {
    static Pair of(Sentence x, Sentence y) {
      int c = x.document().compareTo(y.document());
      return c < 0 || (c == 0 && x.number() < y.number()) ? new Pair(x, y) : new Pair(y, x);
    }
  }

  /** One topic scored, with the pairs behind the figures. */
  record TopicResult(Set<Pair> key, Set<Pair> aligned, Set<Pair> right, Set<Pair> wrong, int sentences, int sentencesAligned) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Relations of two sentences by their gold chains: an event and an entity, an event only, an entity only, none. */
  private static final String KEY = "key";
  private static final String EVENT = "event";
  private static final String ENTITY = "entity";
  private static final String NONE = "none";

  private final CorpusAnalysis engine;

  public FactEvaluation(CorpusAnalysis engine) {
    this.engine = engine;
  }

  /** Scores the engine on {@code topics}, telling {@code progress} of each topic done. */
  public Report evaluate(String corpus, List<Path> topics, Consumer<String> progress)
      throws IOException, CorpusReader.FolderException {
    List<TopicFigures> perTopic = new ArrayList<>();
    for (Path folder : topics) {
      CdcrTopic topic = CdcrTopic.read(folder);
      TopicResult r = evaluate(topic);
      int hits = (int) r.key().stream().filter(r.aligned()::contains).count();
      TopicFigures f =
          new TopicFigures(
              topic.name(), topic.documents().size(), r.sentences(), r.sentencesAligned(), r.key().size(), r.aligned().size(),
              r.right().size(), r.wrong().size(), hits);
      perTopic.add(f);
      progress.accept(
          String.format(
              Locale.ROOT,
              "%s %s: %d documents, %d key pairs; %d aligned (%d right, %d wrong), %d key pairs aligned",
              corpus, topic.name(), f.documents(), f.keyPairs(), f.aligned(), f.right(), f.wrong(), hits));
    }
    return Report.of(corpus, perTopic);
  }

  TopicResult evaluate(CdcrTopic topic) throws IOException, CorpusReader.FolderException {
    Map<Sentence, Set<String>> events = chains(topic.events());
    Map<Sentence, Set<String>> entities = chains(topic.mentions());
    TopicRun run = TopicRun.of(topic, engine);

    // The scored sentences of each article, by where they are in its text.
    Map<String, List<Map.Entry<TextRange, Sentence>>> placed = new HashMap<>();
    List<Sentence> scored = new ArrayList<>();
    for (Sentence s : events.keySet()) {
      if (!topic.documents().containsKey(s.document())) {
        continue;
      }
      scored.add(s);
      TextRange at = run.sentence(s.document(), s.number());
      if (at != null) {
        placed.computeIfAbsent(run.written.get(s.document()).id(), a -> new ArrayList<>()).add(Map.entry(at, s));
      }
    }
    scored.sort(java.util.Comparator.comparing(Sentence::document).thenComparingInt(Sentence::number));

    // Every pair of scored sentences of different documents, with its gold relation; the key pairs.
    String dump = System.getProperty("parallax.eval.dump");
    List<List<String>> labelled = new ArrayList<>();
    Set<Pair> key = new HashSet<>();
    for (int x = 0; x < scored.size(); x++) {
      for (int y = x + 1; y < scored.size(); y++) {
        Sentence a = scored.get(x);
        Sentence b = scored.get(y);
        if (a.document().equals(b.document())) {
          continue;
        }
        String relation = relation(events, entities, a, b);
        if (relation.equals(KEY)) {
          key.add(Pair.of(a, b));
        }
        if (dump != null) {
          labelled.add(List.of(relation, sentenceText(run, a), sentenceText(run, b)));
        }
      }
    }

    Set<Pair> aligned = new HashSet<>();
    Set<Sentence> inFacts = new HashSet<>();
    for (JsonNode fact : run.analysis.path("facts")) {
      List<Sentence> members = new ArrayList<>();
      for (JsonNode m : fact.path("members")) {
        int start = m.path("start").asInt();
        for (Map.Entry<TextRange, Sentence> e : placed.getOrDefault(m.path("article").asText(), List.of())) {
          if (start >= e.getKey().start() && start < e.getKey().end()) {
            members.add(e.getValue());
          }
        }
      }
      inFacts.addAll(members);
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          if (!members.get(x).document().equals(members.get(y).document())) {
            aligned.add(Pair.of(members.get(x), members.get(y)));
          }
        }
      }
    }
    Set<Pair> right = new HashSet<>();
    Set<Pair> wrong = new HashSet<>();
    for (Pair p : aligned) {
      String relation = relation(events, entities, p.a(), p.b());
      if (relation.equals(KEY) || relation.equals(EVENT)) {
        right.add(p);
      } else if (relation.equals(NONE)) {
        wrong.add(p);
      }
    }
    if (dump != null) {
      dump(Path.of(dump).resolve(topic.name() + "-facts.json"), run, key, aligned, wrong, labelled);
    }
    return new TopicResult(key, aligned, right, wrong, scored.size(), inFacts.size());
  }

  private static Map<Sentence, Set<String>> chains(List<CdcrTopic.GoldMention> mentions) {
    Map<Sentence, Set<String>> out = new HashMap<>();
    for (CdcrTopic.GoldMention m : mentions) {
      out.computeIfAbsent(new Sentence(m.document(), m.sentence()), s -> new TreeSet<>()).add(m.chain());
    }
    return out;
  }

  private static String relation(Map<Sentence, Set<String>> events, Map<Sentence, Set<String>> entities, Sentence a, Sentence b) {
    boolean event = shares(events, a, b);
    boolean entity = shares(entities, a, b);
    return event && entity ? KEY : event ? EVENT : entity ? ENTITY : NONE;
  }

  private static boolean shares(Map<Sentence, Set<String>> chains, Sentence a, Sentence b) {
    Set<String> x = chains.getOrDefault(a, Set.of());
    for (String c : chains.getOrDefault(b, Set.of())) {
      if (x.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * For developers ({@code parallax.eval.dump=DIR}): the key pairs the engine missed and the wrong pairs
   * it aligned, with their sentences, to read what the alignment does; and every scored pair with its
   * gold relation ({@code key}, {@code event}: an event but no entity shared, {@code entity}, {@code
   * none}), to weigh a change of the alignment before making it.
   */
  private static void dump(Path file, TopicRun run, Set<Pair> key, Set<Pair> aligned, Set<Pair> wrong, List<List<String>> labelled)
      throws IOException {
    List<List<String>> missed = new ArrayList<>();
    for (Pair p : key) {
      if (!aligned.contains(p)) {
        missed.add(List.of(text(run, p.a()), text(run, p.b())));
      }
    }
    List<List<String>> wrongOut = new ArrayList<>();
    for (Pair p : wrong) {
      wrongOut.add(List.of(text(run, p.a()), text(run, p.b())));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("missed", missed);
    out.put("wrong", wrongOut);
    out.put("pairs", labelled);
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), out);
  }

  private static String text(TopicRun run, Sentence s) {
    return s.document() + " #" + s.number() + ": " + sentenceText(run, s);
  }

  private static String sentenceText(TopicRun run, Sentence s) {
    return run.written.get(s.document()).sentences().get(s.number()).text();
  }

  /** The figures as a table for people. */
  public static String text(List<Report> reports) {
    StringBuilder b = new StringBuilder();
    b.append("Facts aligned across documents, against gold event coreference (sentences with a gold event mention)\n");
    b.append("key pair: two sentences of different documents sharing an event chain and an entity chain;\n");
    b.append("right: an aligned pair sharing an event chain; wrong: one sharing no chain at all\n");
    for (Report r : reports) {
      b.append('\n')
          .append(
              String.format(
                  Locale.ROOT,
                  "%s: %d topics, %d documents, %d scored sentences (%d in an engine fact), %d key pairs%n",
                  r.corpus(), r.topics(), r.documents(), r.sentences(), r.sentencesAligned(), r.keyPairs()))
          .append(
              String.format(
                  Locale.ROOT,
                  "  aligned pairs %d: right %d, wrong %d; precision %.3f, recall %.3f (%d of %d key pairs), F1 %.3f%n",
                  r.aligned(), r.right(), r.wrong(), r.precision(), r.recall(), r.keyAligned(), r.keyPairs(), r.f1()));
    }
    return b.toString();
  }

  /** The figures as data for {@code --json}. */
  public static Map<String, Object> json(List<Report> reports) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("evaluation", "facts");
    List<Object> corpora = new ArrayList<>();
    for (Report r : reports) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("corpus", r.corpus());
      c.put("topics", r.topics());
      c.put("documents", r.documents());
      c.put("scoredSentences", r.sentences());
      c.put("sentencesInFacts", r.sentencesAligned());
      c.put("keyPairs", r.keyPairs());
      c.put("alignedPairs", r.aligned());
      c.put("right", r.right());
      c.put("wrong", r.wrong());
      c.put("keyPairsAligned", r.keyAligned());
      c.put("precision", r.precision());
      c.put("recall", r.recall());
      c.put("f1", r.f1());
      List<Object> topics = new ArrayList<>();
      for (TopicFigures t : r.perTopic()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", t.topic());
        m.put("documents", t.documents());
        m.put("keyPairs", t.keyPairs());
        m.put("alignedPairs", t.aligned());
        m.put("right", t.right());
        m.put("wrong", t.wrong());
        m.put("keyPairsAligned", t.keyAligned());
        topics.add(m);
      }
      c.put("perTopic", topics);
      corpora.add(c);
    }
    out.put("corpora", corpora);
    return out;
  }
}
