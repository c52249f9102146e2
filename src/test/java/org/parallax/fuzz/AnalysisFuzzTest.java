package org.parallax.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.align.EmbeddingFactAligner;
import org.parallax.align.SentenceEmbedder;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.pipeline.Analyzer;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.corpus.Corpus;
import org.parallax.corpus.CorpusReader;
import org.parallax.testkit.SpanChecks;

/**
 * Coverage-guided fuzzing of the whole analysis: one fuzzed article (a text file, or a JSON one) among
 * two of the seed articles, through quotations, fact alignment and the framing analysis, then to JSON.
 * Every span of the result must index its article's text and repeat it.
 *
 * <p>So that a run takes milliseconds, not seconds, the fact aligner embeds sentences with a bag of
 * hashed words instead of the MiniLM model; everything else is the real pipeline.
 */
class AnalysisFuzzTest {

  private static final List<Article> SEEDS = seeds();
  private static final Analyzer ANALYZER =
      new Analyzer(new CorpusReader(), new EmbeddingFactAligner(HashedWords::new),
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @FuzzTest(maxDuration = "5m")
  void oneArticleAmongTheSeeds(byte[] bytes) throws IOException {
    // Bytes that open like JSON are a JSON article (whose escapes can hold any UTF-16, lone surrogates
    // too); any others a text file.
    boolean json = bytes.length > 0 && (bytes[0] == '{' || bytes[0] == '[');
    Corpus read = ReadersFuzzTest.read(bytes, json ? "fuzzed.json" : "fuzzed.txt");
    ReadersFuzzTest.check(read);
    List<Article> articles = new ArrayList<>(SEEDS);
    articles.addAll(read.articles());
    Analysis analysis = ANALYZER.analyze(new Corpus("fuzz", read.path(), articles, read.problems()));
    check(analysis);
    // Written as the command line writes it: UTF-8 to a stream.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnalysisJson.write(analysis, out);
    assertTrue(out.size() > 0);
  }

  private static void check(Analysis analysis) {
    Map<String, String> texts = new HashMap<>();
    analysis.articles().forEach(a -> texts.put(a.id(), a.text()));
    for (QuoteGroup g : analysis.quotes()) {
      for (QuoteGroup.Occurrence o : g.occurrences()) {
        span(texts, o.article(), o.start(), o.end(), o.text(), "quotation " + g.id());
      }
    }
    for (FactGroup f : analysis.facts()) {
      f.members().forEach(s -> span(texts, s, "fact " + f.id()));
    }
    for (Referent r : analysis.referents()) {
      for (Referent.Mention m : r.mentions()) {
        span(texts, m.article(), m.start(), m.end(), m.text(), "mention of " + r.id());
      }
    }
    for (Divergence d : analysis.divergences()) {
      d.sides().forEach(s -> span(texts, s, "divergence " + d.id()));
    }
    analysis.hedges().forEach(s -> span(texts, s, "hedge"));
    for (Hedge h : analysis.hedgeCues()) {
      span(texts, h.article(), h.start(), h.end(), h.text(), "hedge cue");
    }
    analysis.unique().forEach(s -> span(texts, s, "unique sentence"));
  }

  private static void span(Map<String, String> texts, Span s, String what) {
    span(texts, s.article(), s.start(), s.end(), s.text(), what);
  }

  private static void span(Map<String, String> texts, String article, int start, int end, String text, String what) {
    String articleText = texts.get(article);
    assertNotNull(articleText, what + ": no article " + article);
    SpanChecks.covers(articleText, start, end, text, what + " in " + article);
  }

  /**
   * Two of the seed articles (the shortest two, which report the same talks): tagging is most of a
   * run's time, and with all five a run took half a second.
   */
  private static List<Article> seeds() {
    try {
      List<Article> seeds = new CorpusReader().read(Path.of("seeds")).articles().stream()
          .filter(a -> a.id().startsWith("001_") || a.id().startsWith("002_")).toList();
      assertEquals(2, seeds.size(), "the seed articles");
      return seeds;
    } catch (CorpusReader.FolderException e) {
      throw new AssertionError(e);
    }
  }

  /** A cheap stand-in for sentence embeddings: words hashed into 64 dimensions, unit length. */
  static final class HashedWords implements SentenceEmbedder {
    @Override
    public int dimension() {
      return 64;
    }

    @Override
    public float[][] embed(List<String> sentences) {
      float[][] out = new float[sentences.size()][];
      for (int i = 0; i < out.length; i++) {
        float[] v = new float[64];
        for (String w : sentences.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (!w.isEmpty()) {
            v[Math.floorMod(w.hashCode(), 64)] += 1;
          }
        }
        double norm = 0;
        for (float x : v) {
          norm += x * x;
        }
        if (norm > 0) {
          for (int k = 0; k < v.length; k++) {
            v[k] /= (float) Math.sqrt(norm);
          }
        }
        out[i] = v;
      }
      assertTrue(out.length == sentences.size());
      return out;
    }
  }
}
