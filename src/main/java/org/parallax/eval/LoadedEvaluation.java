package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parallax.corpus.CorpusReader;
import org.parallax.text.TextRange;

/**
 * Word-level loaded language against a BABE/MBIC label table ({@code text;news_link;outlet;topic;type;
 * label_bias;label_opinion;biased_words}): the sentences of each topic become one corpus folder, one
 * JSON article per sentence (with its outlet), the engine analyses it, and the words
 * inside its highlights ({@link HighlightSource}) are compared with the biased words annotated for the
 * sentence.
 *
 * <p>Words are runs of letters (with inner apostrophes or hyphens: {@code don't}, {@code left-wing}),
 * compared without case and without a possessive {@code 's} ({@code regime's} is {@code regime}). A gold word is each occurrence, in its sentence, of a word of the annotation's
 * {@code biased_words} (a gold word the sentence does not contain counts once, as missed). Recall: gold
 * words inside a highlight, of all gold words. Precision: highlighted words that are gold words, of all
 * words inside a highlight. "On annotated spans": highlights that overlap at least one gold word, of all
 * highlights. Each figure is given for every sentence and for those labelled {@code Biased}.
 */
public final class LoadedEvaluation {

  /** A table that is not a BABE/MBIC label table. */
  public static final class TableException extends Exception {
    private static final long serialVersionUID = 1L;

    TableException(String message) {
      super(message);
    }
  }

  /** One annotated sentence. */
  record Row(String text, String outlet, String topic, boolean biased, List<String> biasedWords) {}

  /** The counts behind the figures; they add up over sentences and topics. */
  public record Figures(
      int sentences,
      int goldWords,
      int goldHighlighted,
      int goldNotInSentence,
      int highlightedWords,
      int highlightedGold,
      int highlights,
      int highlightsOnGold) {

    static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

    public double recall() {
      return goldWords == 0 ? 0 : (double) goldHighlighted / goldWords;
    }

    public double precision() {
      return highlightedWords == 0 ? 0 : (double) highlightedGold / highlightedWords;
    }

    public double f1() {
      double r = recall();
      double p = precision();
      return r + p == 0 ? 0 : 2 * r * p / (r + p);
    }

    /** The share of highlights that overlap at least one gold word. */
    public double onAnnotated() {
      return highlights == 0 ? 0 : (double) highlightsOnGold / highlights;
    }

    Figures plus(Figures o) {
      return new Figures(
          sentences + o.sentences,
          goldWords + o.goldWords,
          goldHighlighted + o.goldHighlighted,
          goldNotInSentence + o.goldNotInSentence,
          highlightedWords + o.highlightedWords,
          highlightedGold + o.highlightedGold,
          highlights + o.highlights,
          highlightsOnGold + o.highlightsOnGold);
    }
  }

  /**
   * What one table scored.
   *
   * @param source which highlights were scored ({@link HighlightSource#describe})
   * @param notAnalysed sentences the engine did not keep as (part of) an article's text; their gold
   *     words count as missed
   * @param biased the figures on the sentences labelled {@code Biased}
   */
  public record Report(String table, String source, int topics, int notAnalysed, Figures all, Figures biased) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*");
  private static final Pattern LISTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CorpusAnalysis engine;
  private final boolean all;

  /**
   * @param all score every entry of a {@code wording} section, not only those shown by default
   */
  public LoadedEvaluation(CorpusAnalysis engine, boolean all) {
    this.engine = engine;
    this.all = all;
  }

  public Report evaluate(Path table, Consumer<String> progress)
      throws IOException, TableException, CorpusReader.FolderException {
    List<Row> rows = read(table);
    Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byTopic.computeIfAbsent(rows.get(i).topic(), t -> new ArrayList<>()).add(i);
    }
    Figures allFigures = Figures.ZERO;
    Figures biasedFigures = Figures.ZERO;
    int notAnalysed = 0;
    String source = null;
    String name = String.valueOf(table.getFileName());
    for (Map.Entry<String, List<Integer>> topic : byTopic.entrySet()) {
      Map<Integer, String> ids = new LinkedHashMap<>();
      JsonNode analysis;
      Path folder = Files.createTempDirectory("parallax-eval-");
      try {
        for (int i : topic.getValue()) {
          String id = String.format(Locale.ROOT, "s%05d", i + 1);
          ids.put(i, id);
          // A JSON article whose title is its id, which is no headline: the sentence is its text, not its title.
          Map<String, String> article = new LinkedHashMap<>();
          article.put("title", id);
          if (!rows.get(i).outlet().isBlank()) {
            article.put("outlet", rows.get(i).outlet());
          }
          article.put("text", rows.get(i).text());
          JSON.writeValue(folder.resolve(id + ".json").toFile(), article);
        }
        analysis = AnalysisTree.of(engine.analyze(folder));
      } finally {
        TopicRun.deleteTree(folder);
      }
      source = HighlightSource.describe(analysis, all);
      Map<String, String> texts = AnalysisTree.texts(analysis);
      Map<String, List<HighlightSource.Mark>> marks = new HashMap<>();
      for (HighlightSource.Mark m : HighlightSource.marks(analysis, all)) {
        marks.computeIfAbsent(m.article(), a -> new ArrayList<>()).add(m);
      }
      Figures topicFigures = Figures.ZERO;
      for (int i : topic.getValue()) {
        Row row = rows.get(i);
        String id = ids.get(i);
        String text = texts.get(id);
        int at = text == null ? -1 : text.indexOf(row.text());
        if (at < 0) {
          notAnalysed++;
        }
        Figures f = score(row, at, marks.getOrDefault(id, List.of()));
        dump(name, row, text, marks.getOrDefault(id, List.of()));
        topicFigures = topicFigures.plus(f);
        allFigures = allFigures.plus(f);
        if (row.biased()) {
          biasedFigures = biasedFigures.plus(f);
        }
      }
      progress.accept(
          String.format(
              Locale.ROOT,
              "%s %s: %d sentences; word recall %.3f, precision %.3f, highlights on annotated spans %.3f",
              name,
              topic.getKey(),
              topicFigures.sentences(),
              topicFigures.recall(),
              topicFigures.precision(),
              topicFigures.onAnnotated()));
    }
    return new Report(name, source == null ? "none (no sentences)" : source, byTopic.size(), notAnalysed, allFigures, biasedFigures);
  }

  /**
   * For developers (system property {@code parallax.eval.dump=DIR}): one JSON line per sentence in
   * {@code DIR/TABLE.jsonl}, with the annotated biased words and the highlighted text beside it.
   */
  private static void dump(String table, Row row, String text, List<HighlightSource.Mark> marks) throws IOException {
    String dir = System.getProperty("parallax.eval.dump");
    if (dir == null) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("text", row.text());
    line.put("biased", row.biased());
    line.put("gold", row.biasedWords());
    line.put("marks", marks.stream().map(m -> text == null ? "" : text.substring(m.start(), m.end())).toList());
    Path out = Files.createDirectories(Path.of(dir)).resolve(table + ".jsonl");
    Files.writeString(out, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * One sentence's counts; {@code at} is where the sentence begins in its article's text (-1: not
   * there, nothing of it is highlighted).
   */
  static Figures score(Row row, int at, List<HighlightSource.Mark> marks) {
    List<TextRange> words = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    Matcher m = WORD.matcher(row.text());
    while (m.find()) {
      words.add(new TextRange(m.start(), m.end()));
      forms.add(form(m.group()));
    }
    Set<String> gold = new LinkedHashSet<>();
    for (String entry : row.biasedWords()) {
      Matcher w = WORD.matcher(entry);
      while (w.find()) {
        gold.add(form(w.group()));
      }
    }
    // Marks in sentence coordinates.
    List<TextRange> spans = new ArrayList<>();
    if (at >= 0) {
      for (HighlightSource.Mark k : marks) {
        int s = Math.max(0, k.start() - at);
        int e = Math.min(row.text().length(), k.end() - at);
        if (s < e) {
          spans.add(new TextRange(s, e));
        }
      }
    }
    boolean[] inside = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      for (TextRange s : spans) {
        if (overlap(words.get(i), s)) {
          inside[i] = true;
          break;
        }
      }
    }
    int goldWords = 0;
    int goldHighlighted = 0;
    int notInSentence = 0;
    for (String g : gold) {
      boolean found = false;
      for (int i = 0; i < words.size(); i++) {
        if (forms.get(i).equals(g)) {
          found = true;
          goldWords++;
          goldHighlighted += inside[i] ? 1 : 0;
        }
      }
      if (!found) {
        goldWords++;
        notInSentence++;
      }
    }
    int highlightedWords = 0;
    int highlightedGold = 0;
    for (int i = 0; i < words.size(); i++) {
      if (inside[i]) {
        highlightedWords++;
        highlightedGold += gold.contains(forms.get(i)) ? 1 : 0;
      }
    }
    int onGold = 0;
    for (TextRange s : spans) {
      for (int i = 0; i < words.size(); i++) {
        if (gold.contains(forms.get(i)) && overlap(words.get(i), s)) {
          onGold++;
          break;
        }
      }
    }
    return new Figures(1, goldWords, goldHighlighted, notInSentence, highlightedWords, highlightedGold, spans.size(), onGold);
  }

  /** A word as compared: lower case, without a possessive 's. */
  private static String form(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s")) ? w.substring(0, w.length() - 2) : w;
  }

  private static boolean overlap(TextRange a, TextRange b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The rows of a BABE/MBIC label table (semicolon-separated, a header row, UTF-8 with or without BOM). */
  static List<Row> read(Path table) throws IOException, TableException {
    String content = Files.readString(table, StandardCharsets.UTF_8);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
      for (String column : List.of("text", "topic", "label_bias", "biased_words")) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new TableException("no column '" + column + "': not a BABE/MBIC label table (text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words)");
        }
      }
      boolean outlets = parser.getHeaderMap().containsKey("outlet");
      for (CSVRecord r : parser) {
        // (?U): a no-break space is white space too (the cleaning turns it into a space).
        String text = r.get("text").replaceAll("(?U)\\s+", " ").strip();
        if (text.isEmpty()) {
          continue;
        }
        rows.add(
            new Row(
                text,
                outlets ? r.get("outlet").strip() : "",
                r.get("topic").strip(),
                r.get("label_bias").strip().equals("Biased"),
                listed(r.get("biased_words"))));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new TableException("cannot be read as a semicolon-separated table (" + e.getMessage() + ")");
    }
    return rows;
  }

  /** The words of a Python list literal, {@code ['bizarre', "don't"]}. */
  static List<String> listed(String literal) {
    List<String> words = new ArrayList<>();
    Matcher m = LISTED.matcher(literal);
    while (m.find()) {
      String w = m.group(1) != null ? m.group(1) : m.group(2);
      words.add(w.replace("\\'", "'").replace("\\\"", "\""));
    }
    return words;
  }
}
