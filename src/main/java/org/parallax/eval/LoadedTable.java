package org.parallax.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The loaded-language figures as a table for people and as data for {@code --json}. */
public final class LoadedTable {

  private LoadedTable() {}

  public static String text(List<LoadedEvaluation.Report> reports) {
    StringBuilder b = new StringBuilder();
    b.append("Word-level loaded language against annotated biased words (one article per sentence, per topic)\n");
    for (LoadedEvaluation.Report r : reports) {
      b.append('\n')
          .append(
              String.format(
                  Locale.ROOT,
                  "%s: %d sentences in %d topics; highlights: %s%s%n",
                  r.table(),
                  r.all().sentences(),
                  r.topics(),
                  r.source(),
                  r.notAnalysed() == 0 ? "" : "; " + r.notAnalysed() + " sentences not in the engine's text"));
      b.append(
          String.format(
              Locale.ROOT,
              "  %-24s %10s %11s %7s %9s %7s %10s %18s%n",
              "sentences",
              "gold words",
              "highlighted",
              "recall",
              "precision",
              "F1",
              "highlights",
              "on annotated spans"));
      row(b, "all", r.all());
      row(b, "labelled Biased", r.biased());
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, LoadedEvaluation.Figures f) {
    b.append(
        String.format(
            Locale.ROOT,
            "  %-24s %10d %11d %7.3f %9.3f %7.3f %10d %18.3f%n",
            name + " (" + f.sentences() + ")",
            f.goldWords(),
            f.highlightedWords(),
            f.recall(),
            f.precision(),
            f.f1(),
            f.highlights(),
            f.onAnnotated()));
  }

  public static Map<String, Object> json(List<LoadedEvaluation.Report> reports) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("evaluation", "loaded-language");
    List<Object> tables = new ArrayList<>();
    for (LoadedEvaluation.Report r : reports) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("table", r.table());
      t.put("highlights", r.source());
      t.put("topics", r.topics());
      t.put("sentencesNotInText", r.notAnalysed());
      t.put("all", figures(r.all()));
      t.put("biased", figures(r.biased()));
      tables.add(t);
    }
    out.put("tables", tables);
    return out;
  }

  private static Map<String, Object> figures(LoadedEvaluation.Figures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sentences", f.sentences());
    m.put("goldWords", f.goldWords());
    m.put("goldWordsHighlighted", f.goldHighlighted());
    m.put("goldWordsNotInTheirSentence", f.goldNotInSentence());
    m.put("highlightedWords", f.highlightedWords());
    m.put("highlightedGoldWords", f.highlightedGold());
    m.put("highlights", f.highlights());
    m.put("highlightsOnAnnotatedSpans", f.highlightsOnGold());
    m.put("recall", f.recall());
    m.put("precision", f.precision());
    m.put("f1", f.f1());
    m.put("onAnnotatedSpans", f.onAnnotated());
    return m;
  }
}
