package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parallax.corpus.CorpusReader;
import org.parallax.text.TextRange;

/**
 * One topic of a CDCR corpus analysed by the engine: every document rebuilt from its tokens ({@link
 * Detokenizer}, one paragraph per sentence) into a corpus folder of JSON articles, the analysis of that
 * folder, and where each of the topic's sentences lies in the engine's cleaned texts. The evaluations
 * that read a topic (coreference, facts) share it.
 */
final class TopicRun {

  /** A document as written for the engine: its article's id and, per sentence number, the sentence. */
  record Written(String id, Map<Integer, Detokenizer.Sentence> sentences) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** By conll document key. */
  final Map<String, Written> written;
  /** The analysis, as the JSON users get. */
  final JsonNode analysis;
  /** Each article's cleaned text, by article id. */
  final Map<String, String> texts;
  /** By article id: where each written sentence begins in the article's cleaned text. */
  private final Map<String, Map<Integer, Integer>> shifts = new HashMap<>();

  private TopicRun(Map<String, Written> written, JsonNode analysis) {
    this.written = written;
    this.analysis = analysis;
    this.texts = AnalysisTree.texts(analysis);
    for (Written w : written.values()) {
      shifts.put(w.id(), placed(w, texts.get(w.id())));
    }
  }

  /**
   * Writes {@code topic}'s documents to a temporary folder, has {@code engine} analyse it and deletes the
   * folder. With the system property {@code parallax.eval.dump=DIR} (for developers) the articles are
   * also copied to {@code DIR/TOPIC/}, to re-run one story by hand.
   */
  static TopicRun of(CdcrTopic topic, CorpusAnalysis engine) throws IOException, CorpusReader.FolderException {
    Map<String, Written> written = new LinkedHashMap<>();
    Path folder = Files.createTempDirectory("parallax-eval-");
    try {
      // Whether the corpus cuts words at their hyphens, read from the whole topic (one document may hold
      // no hyphenated word at all).
      List<List<String>> all = new java.util.ArrayList<>();
      topic.documents().values().forEach(d -> all.addAll(d.sentences().values()));
      boolean hyphensCut = Detokenizer.cutsHyphens(all);
      for (CdcrTopic.Document d : topic.documents().values()) {
        written.put(d.key(), write(folder, d, hyphensCut));
      }
      JsonNode analysis = AnalysisTree.of(engine.analyze(folder));
      String dumpTo = System.getProperty("parallax.eval.dump");
      if (dumpTo != null) {
        Path copy = Files.createDirectories(Path.of(dumpTo).resolve(topic.name()));
        try (var files = Files.list(folder)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.copy(f, copy.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return new TopicRun(written, analysis);
    } finally {
      deleteTree(folder);
    }
  }

  /** Where sentence {@code n} of document {@code key} begins in its article's text, or {@code null}: cleaning left it out. */
  Integer start(String key, int n) {
    Written w = written.get(key);
    return w == null ? null : shifts.get(w.id()).get(n);
  }

  /** Sentence {@code n} of document {@code key} in its article's text, or {@code null}. */
  TextRange sentence(String key, int n) {
    Integer at = start(key, n);
    return at == null ? null : new TextRange(at, at + written.get(key).sentences().get(n).text().length());
  }

  /**
   * Writes {@code d} as one JSON article without a title, whose text has one paragraph per sentence: its
   * first line is then read as an article's first line is, as its headline when it reads as one (the
   * headline opens the analysed text, character for character), else as the body's first sentence.
   */
  private static Written write(Path folder, CdcrTopic.Document d, boolean hyphensCut) throws IOException {
    String id = d.key().replaceAll("[^A-Za-z0-9._-]", "_");
    Map<Integer, Detokenizer.Sentence> sentences = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Integer, List<String>> s : d.sentences().entrySet()) {
      Detokenizer.Sentence sentence = Detokenizer.join(s.getValue(), hyphensCut);
      sentences.put(s.getKey(), sentence);
      text.append(sentence.text()).append("\n\n");
    }
    Map<String, String> article = new LinkedHashMap<>();
    article.put("text", text.toString());
    JSON.writeValue(folder.resolve(id + ".json").toFile(), article);
    return new Written(id, sentences);
  }

  /**
   * Where each written sentence begins in the engine's cleaned {@code text} (its body sentences are kept
   * character for character), found in order; a sentence cleaning left out has no place.
   */
  private static Map<Integer, Integer> placed(Written w, String text) {
    Map<Integer, Integer> at = new HashMap<>();
    if (text == null) {
      return at;
    }
    int from = 0;
    for (Map.Entry<Integer, Detokenizer.Sentence> s : w.sentences().entrySet()) {
      int i = text.indexOf(s.getValue().text(), from);
      if (i >= 0) {
        at.put(s.getKey(), i);
        from = i + s.getValue().text().length();
      }
    }
    return at;
  }

  static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
