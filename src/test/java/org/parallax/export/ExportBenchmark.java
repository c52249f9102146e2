package org.parallax.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;

/**
 * Times the PDF export, all sections, of either a synthetic corpus of ARTICLES articles (the seeds
 * recombined and reworded, with a few hundred highlights of every kind, but no divergences, wording or
 * outlet profiles) or of a real corpus FOLDER analysed once beforehand, and reports the median of
 * several runs and the peak heap. Not a unit test: run it by hand.
 *
 * <pre>
 * mvn -DbuildDir=target-export test-compile
 * java -cp target-export/classes:target-export/test-classes:$(cat cp.txt) org.parallax.export.ExportBenchmark [ARTICLES|FOLDER] [RUNS]
 * </pre>
 */
public final class ExportBenchmark {

  private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"\\n]{12,200})[”\"]");
  private static final Pattern LABEL =
      Pattern.compile(
          "Takfiri terrorists|the terrorists|militants|ISIL|Daesh|the Assad regime|Moscow|Russia");
  private static final Pattern HEDGE =
      Pattern.compile("reportedly|allegedly|alleged|according to|officials say|said");

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "50";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Analysis a =
        what.matches("\\d+")
            ? corpus(Integer.parseInt(what))
            : new org.parallax.pipeline.Analyzer().analyze(Path.of(what));
    int articles = a.articles().size();
    int marks = Highlights.of(a).size();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    Path out = Files.createTempFile("parallax-bench", ".pdf");
    long[] millis = new long[runs];
    // CPU time of the writing thread (the report is written on one; the JIT and GC threads are left
    // out): steadier than the wall clock on a shared machine.
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[runs];
    int pages = 0;
    long first = -1;
    for (int i = -2; i < runs; i++) { // two warm-up runs
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      PdfReport r = new PdfReportWriter().write(a, ReportOptions.all(), out);
      long ms = (System.nanoTime() - t) / 1_000_000;
      long cpuMs = (threads.getCurrentThreadCpuTime() - c) / 1_000_000;
      pages = r.pages();
      if (first < 0) {
        first = ms;
      }
      if (i >= 0) {
        millis[i] = ms;
        cpu[i] = cpuMs;
      }
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    Arrays.sort(millis);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d marks, %d pages, %.1f MB: first (cold) run %d ms; after two warm-up runs median"
            + " %d ms over %d runs (min %d, max %d), its thread's CPU time median %d ms; peak heap %.0f MB (max heap %.0f MB)%n",
        articles,
        marks,
        pages,
        Files.size(out) / 1e6,
        first,
        millis[runs / 2],
        runs,
        millis[0],
        millis[runs - 1],
        cpu[runs / 2],
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    try (OutputStream ignored = OutputStream.nullOutputStream()) {
      Files.delete(out);
    }
  }

  /**
   * {@code n} articles: each seed's text followed by paragraphs of the next seed, some words
   * swapped.
   */
  static Analysis corpus(int n) throws Exception {
    Analysis seeds = SeedAnalysis.build();
    List<Article> base = seeds.articles();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = base.get(i % base.size());
      Article b = base.get((i + 1) % base.size());
      String[] paragraphs = b.text().split("\n\n|\n");
      StringBuilder text = new StringBuilder(a.text());
      for (int p = i % 3; p < paragraphs.length; p += 2) {
        text.append("\n\n").append(paragraphs[p]);
      }
      String body =
          i % 2 == 0
              ? text.toString()
              : text.toString().replace("Russia", "Moscow").replace("said", "stated");
      articles.add(
          new Article(
              String.format(Locale.ROOT, "%03d_%s", i, a.id().substring(4)),
              a.source(),
              a.format(),
              a.encoding(),
              a.title(),
              (a.outlet() == null ? "Outlet" : a.outlet()) + " " + (i / base.size() + 1),
              a.published(),
              a.url(),
              a.author(),
              body,
              List.of(),
              List.of()));
    }
    Map<String, List<QuoteGroup.Occurrence>> quotes = new LinkedHashMap<>();
    Map<String, List<Referent.Mention>> labels = new LinkedHashMap<>();
    List<Span> hedges = new ArrayList<>();
    List<Span> unique = new ArrayList<>();
    List<FactGroup> facts = new ArrayList<>();
    Map<Integer, List<Span>> firstSentences = new LinkedHashMap<>();
    for (Article a : articles) {
      String t = a.text();
      Matcher q = QUOTE.matcher(t);
      while (q.find()) {
        quotes
            .computeIfAbsent(q.group(1), k -> new ArrayList<>())
            .add(
                new QuoteGroup.Occurrence(
                    a.id(),
                    q.start(1),
                    q.end(1),
                    q.group(1),
                    null,
                    quotes.containsKey(q.group(1))
                        ? QuoteGroup.Match.verbatim
                        : QuoteGroup.Match.altered));
      }
      Matcher l = LABEL.matcher(t);
      while (l.find()) {
        labels
            .computeIfAbsent(
                l.group().startsWith("R") || l.group().startsWith("M") ? "Russia" : "Islamic State",
                k -> new ArrayList<>())
            .add(
                new Referent.Mention(
                    a.id(),
                    l.start(),
                    l.end(),
                    l.group(),
                    l.group().contains("terror") || l.group().contains("regime")));
      }
      Matcher h = HEDGE.matcher(t);
      while (h.find()) {
        hedges.add(new Span(a.id(), h.start(), h.end(), h.group()));
      }
      int firstStop = t.indexOf(". ");
      if (firstStop > 0) {
        firstSentences
            .computeIfAbsent(Integer.parseInt(a.id().substring(0, 3)) % 5, k -> new ArrayList<>())
            .add(new Span(a.id(), 0, firstStop + 1, t.substring(0, firstStop + 1)));
      }
      int lastStop = t.lastIndexOf(". ", t.length() - 3);
      if (lastStop > 0) {
        unique.add(new Span(a.id(), lastStop + 2, t.length(), t.substring(lastStop + 2)));
      }
    }
    firstSentences.forEach(
        (k, v) -> facts.add(new FactGroup("f" + (facts.size() + 1), 0.8, v, List.of())));
    List<QuoteGroup> quoteGroups = new ArrayList<>();
    quotes.forEach(
        (text, occ) ->
            quoteGroups.add(new QuoteGroup("q" + (quoteGroups.size() + 1), "John Kerry", occ)));
    List<Referent> referents = new ArrayList<>();
    labels.forEach(
        (name, m) -> referents.add(new Referent("r" + (referents.size() + 1), name, "group", m)));
    return new Analysis(
        seeds.schema(),
        seeds.corpus(),
        articles,
        quoteGroups,
        facts,
        referents,
        List.of(),
        hedges,
        unique,
        List.of());
  }
}
