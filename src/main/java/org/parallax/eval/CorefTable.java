package org.parallax.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The coreference figures as a table for people and as data for {@code --json}. */
public final class CorefTable {

  private CorefTable() {}

  /** What is in the key, in words, for entity or nominal event mentions. */
  public static String keyDescription(boolean singletons, boolean events) {
    String what = events ? "nominal event mention (an event mention whose head is a noun or a name)" : "entity mention";
    return singletons
        ? "key: every gold " + what + ", singletons included"
        : "key: gold chains with two or more mentions in a topic (gold singletons left out, and engine mentions"
            + " matched to them)" + (events ? "; gold mentions: event mentions whose head is a noun or a name;"
                + " response: the engine's event referents, and mentions of others that match a gold event mention" : "");
  }

  public static String text(List<CorefEvaluation.Report> reports) {
    StringBuilder b = new StringBuilder();
    boolean events = !reports.isEmpty() && reports.get(0).events();
    b.append("Cross-document coreference of ")
        .append(events ? "nominal event mentions" : "entity mentions")
        .append(", per topic, all topics scored together\n");
    if (!reports.isEmpty()) {
      b.append(keyDescription(reports.get(0).singletons(), events)).append("\n");
    }
    for (CorefEvaluation.Report r : reports) {
      b.append('\n')
          .append(
              String.format(
                  Locale.ROOT,
                  "%s: %d topics, %d documents, %d key mentions in %d chains%s%s%n",
                  r.corpus(),
                  r.topics(),
                  r.documents(),
                  r.keyMentions(),
                  r.keyChains(),
                  r.unplaced() == 0 ? "" : "; " + r.unplaced() + " gold mentions not in the conll, left out",
                  r.notInText() == 0 ? "" : "; " + r.notInText() + " key mentions in sentences cleaning left out"));
      b.append(
          String.format(
              Locale.ROOT,
              "  engine mentions scored: %d in annotated sentences (%d of them spurious); %d outside them left out%n",
              r.engineMentions(),
              r.spurious(),
              r.outsideAnnotation()));
      b.append(String.format(Locale.ROOT, "  %-28s %-20s %-20s %-20s %s%n", "", "MUC", "B3", "CEAF-e", "CoNLL"));
      b.append(String.format(Locale.ROOT, "  %-28s %-20s %-20s %-20s %s%n", "", "R     P     F1", "R     P     F1", "R     P     F1", "F1"));
      row(b, "engine", r.engine());
      row(b, "engine, annotated mentions", r.engineOnAnnotated());
      row(b, "same-head-lemma baseline", r.baseline());
      b.append(String.format(Locale.ROOT, "  coverage: %s of key mentions matched by an engine mention", share(r.coverage())));
      List<String> types = new ArrayList<>();
      r.coverageByType().forEach((type, c) -> types.add(type + " " + share(c)));
      b.append(types.isEmpty() ? "" : " (" + String.join(", ", types) + ")").append('\n');
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, CorefScores s) {
    b.append(String.format(Locale.ROOT, "  %-28s %s %s %s %.3f%n", name, prf(s.muc()), prf(s.bcubed()), prf(s.ceafe()), s.conllF1()));
  }

  private static String prf(Tally t) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", t.recall(), t.precision(), t.f1());
  }

  private static String share(CorefEvaluation.Coverage c) {
    return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * c.share(), c.matched(), c.total());
  }

  public static Map<String, Object> json(List<CorefEvaluation.Report> reports) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("evaluation", "coreference");
    out.put("key", reports.isEmpty() ? null : keyDescription(reports.get(0).singletons(), reports.get(0).events()));
    out.put("mentions", !reports.isEmpty() && reports.get(0).events() ? "nominal events" : "entities");
    List<Object> corpora = new ArrayList<>();
    for (CorefEvaluation.Report r : reports) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("corpus", r.corpus());
      c.put("singletonsInKey", r.singletons());
      c.put("topics", r.topics());
      c.put("documents", r.documents());
      c.put("keyMentions", r.keyMentions());
      c.put("keyChains", r.keyChains());
      c.put("goldMentionsNotInConll", r.unplaced());
      c.put("keyMentionsCleaningLeftOut", r.notInText());
      c.put("engineMentionsScored", r.engineMentions());
      c.put("engineMentionsSpurious", r.spurious());
      c.put("engineMentionsOutsideAnnotatedSentences", r.outsideAnnotation());
      c.put("engine", scores(r.engine()));
      c.put("engineAnnotatedMentions", scores(r.engineOnAnnotated()));
      c.put("baseline", scores(r.baseline()));
      c.put("coverage", coverage(r.coverage()));
      Map<String, Object> byType = new LinkedHashMap<>();
      r.coverageByType().forEach((type, cov) -> byType.put(type, coverage(cov)));
      c.put("coverageByType", byType);
      List<Object> topics = new ArrayList<>();
      for (CorefEvaluation.TopicFigures t : r.perTopic()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", t.topic());
        m.put("documents", t.documents());
        m.put("keyMentions", t.keyMentions());
        m.put("engineConllF1", t.engine().conllF1());
        m.put("baselineConllF1", t.baseline().conllF1());
        m.put("coverage", t.coverage().share());
        topics.add(m);
      }
      c.put("perTopic", topics);
      corpora.add(c);
    }
    out.put("corpora", corpora);
    return out;
  }

  private static Map<String, Object> scores(CorefScores s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("muc", figures(s.muc()));
    m.put("bcubed", figures(s.bcubed()));
    m.put("ceafe", figures(s.ceafe()));
    m.put("conllF1", s.conllF1());
    return m;
  }

  private static Map<String, Object> figures(Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recall", t.recall());
    m.put("precision", t.precision());
    m.put("f1", t.f1());
    return m;
  }

  private static Map<String, Object> coverage(CorefEvaluation.Coverage c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("matched", c.matched());
    m.put("of", c.total());
    m.put("share", c.share());
    return m;
  }
}
