package org.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;

/**
 * The Spark job in local mode (two cores, one session for the class) over an archive made of the real
 * news in {@code src/test/resources/realnews} ({@link RealNewsArchive}: 151 articles in 12 stories, as one
 * JSON Lines file of news-please records), plus bad lines. Every story's analysis must equal {@code
 * parallax analyze --no-cache} on the story's folder.
 *
 * <p>Tagged {@code spark}: the pom runs it in a JVM of its own, with Spark's class path (Log4j included).
 */
@Tag("spark")
class NewsArchiveJobTest {

  private static final Path REAL_NEWS = RealNewsArchive.REAL_NEWS;
  private static final String JSONL_FOLDER = RealNewsArchive.JSONL_FOLDER;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path archive;
  /** Every good line of the archive, by story. */
  private static final Map<String, List<String>> LINES = new LinkedHashMap<>();
  /** The command line's analysis of each story folder, normalised. */
  private static final Map<String, JsonNode> CLI = new HashMap<>();

  @BeforeAll
  static void start() throws IOException {
    LINES.putAll(RealNewsArchive.lines());
    List<String> all = new ArrayList<>();
    LINES.values().forEach(all::addAll);
    // Bad records among the good: a broken line, a record without its text, a line that is no object.
    all.add(3, "{\"title\": \"Broken off\", \"maintext\": \"The line ends before the rec");
    all.add(40, "{\"title\": \"Nothing but a title\", \"url\": \"https://example.org/no-text\", \"story\": \"ecb-09-b\"}");
    all.add(80, "[\"not\", \"an\", \"article\"]");
    all.add(81, "");
    archive = tmp.resolve("archive.jsonl");
    Files.write(archive, all, StandardCharsets.UTF_8);

    spark = SparkSession.builder()
        .master("local[2]")
        .appName("NewsArchiveJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyStoryEqualsTheCommandLineOnItsFolder() throws IOException {
    Path out = tmp.resolve("by-field");
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    NewsArchiveJob.Summary s = NewsArchiveJob.run(spark, settings(List.of(archive.toString()), "jsonl", out, "story"),
        StoryAnalyzer.engine(), new PrintWriter(err, true));
    System.out.printf("job over %d records: %.1f s%n", s.records(), (System.nanoTime() - start) / 1e9);

    int articles = LINES.values().stream().mapToInt(List::size).sum();
    assertEquals(new NewsArchiveJob.Summary(articles + 3, 3, 12, 12, 0, articles), s, err.toString());
    for (String story : LINES.keySet()) {
      JsonNode spark = normalised(JSON.readTree(out.resolve("analyses").resolve(story + ".json").toFile()), false);
      assertEquals(null, difference(cli(story), spark, story), story);
    }

    // Each bad line is named, with what is wrong, and nothing else is a problem.
    List<String> problems = rows(out.resolve("problems")).stream()
        .map(r -> r.getString(0).replaceAll(".*/", "") + ": " + r.getString(1) + ": " + r.getString(3)).sorted().toList();
    assertEquals(List.of(
        "archive.jsonl: 'https://example.org/no-text': no maintext; left out",
        "archive.jsonl: beginning '[\"not\", \"an\", \"article\"]': not a JSON object; left out",
        "archive.jsonl: beginning '{\"title\": \"Broken off\", \"maintext\": \"The line ends before th…': not JSON ("
            + "Unexpected end-of-input: was expecting closing quote for a string value); left out"), problems);
    assertTrue(err.toString().contains("no maintext; left out"), err.toString());

    // The tables hold, per story and outlet, what the story's analysis JSON says.
    Map<String, Row> hedges = byOutlet(rows(out.resolve("hedges")));
    Map<String, Row> coverage = byOutlet(rows(out.resolve("coverage")));
    Map<String, Row> quotations = byOutlet(rows(out.resolve("quotations")));
    Map<String, Row> labels = new HashMap<>();
    for (Row r : rows(out.resolve("labels"))) {
      labels.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(3), r);
    }
    int loadedLabels = 0;
    int alteredQuotations = 0;
    int outlets = 0;
    for (String story : LINES.keySet()) {
      JsonNode a = JSON.readTree(out.resolve("analyses").resolve(story + ".json").toFile());
      Map<String, String> outletOf = outletOfArticle(a);
      for (JsonNode p : a.get("outlets")) {
        outlets++;
        String outlet = p.get("outlet").asText();
        String key = story + "|" + outlet;
        Set<String> ids = new HashSet<>();
        p.get("articles").forEach(id -> ids.add(id.asText()));
        assertEquals(p.get("hedges").asInt(), hedges.get(key).getInt(4), key);
        assertEquals(p.get("words").asInt(), coverage.get(key).getInt(4), key);
        int reported = 0;
        for (JsonNode f : a.get("facts")) {
          boolean has = false;
          for (JsonNode m : f.get("members")) {
            has |= ids.contains(m.get("article").asText());
          }
          reported += has ? 1 : 0;
        }
        assertEquals(a.get("facts").size(), coverage.get(key).getInt(5), key);
        assertEquals(reported, coverage.get(key).getInt(6), key);
        int altered = 0;
        for (JsonNode q : a.get("quotes")) {
          Set<String> carriers = new HashSet<>();
          q.get("occurrences").forEach(o -> carriers.add(outletOf.get(o.get("article").asText())));
          for (JsonNode o : q.get("occurrences")) {
            if (carriers.size() > 1 && ids.contains(o.get("article").asText()) && o.get("match").asText().equals("altered")) {
              altered++;
            }
          }
        }
        assertEquals(altered, quotations.get(key).getInt(7), key);
        alteredQuotations += altered;
        for (JsonNode use : p.get("labels")) {
          int loaded = 0;
          int mentions = 0;
          for (JsonNode l : use.get("labels")) {
            mentions += l.get("count").asInt();
            loaded += l.get("loaded").asBoolean() ? l.get("count").asInt() : 0;
          }
          Row row = labels.get(key + "|" + use.get("referent").asText());
          assertEquals(mentions, row.getInt(6), key);
          assertEquals(loaded, row.getInt(7), key);
          assertEquals(mentions == 0 ? 0 : (double) loaded / mentions, row.getDouble(8), 1e-9, key);
          loadedLabels += loaded;
        }
      }
    }
    assertEquals(outlets, hedges.size());
    assertEquals(outlets, coverage.size());
    assertTrue(loadedLabels > 0 && alteredQuotations > 0, "loaded labels " + loadedLabels + ", altered quotations " + alteredQuotations);
  }

  @Test
  void storiesFoundByClusteringAreTheFoldersStories() throws IOException {
    // Three stories without their story field: the job finds them and analyses each as its folder.
    List<String> stories = List.of("ecb-06-b", "ecb-25-b", "ecb-28-b");
    Path small = tmp.resolve("unlabelled.jsonl");
    List<String> lines = new ArrayList<>();
    for (String story : stories) {
      for (String line : LINES.get(story)) {
        ObjectNode record = (ObjectNode) JSON.readTree(line);
        record.remove("story");
        lines.add(JSON.writeValueAsString(record));
      }
    }
    Files.write(small, lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("clustered");
    NewsArchiveJob.Summary s = NewsArchiveJob.run(spark, settings(List.of(small.toString()), "jsonl", out, null),
        StoryAnalyzer.engine(), new PrintWriter(new StringWriter(), true));
    List<String> storiesFound = rows(out.resolve("stories")).stream().map(r -> r.getString(0) + " " + r.getInt(1)).sorted().toList();
    assertEquals(new NewsArchiveJob.Summary(lines.size(), 0, 3, 3, 0, lines.size()), s, storiesFound.toString());
    // Named after its first record by file name: 6_10ecbplus for ecb-06-b.
    Map<String, String> found = Map.of("ecb-06-b", "6_10ecbplus", "ecb-25-b", "25_10ecbplus", "ecb-28-b", "28_10ecbplus");
    for (String story : stories) {
      JsonNode clustered = normalised(JSON.readTree(out.resolve("analyses").resolve(found.get(story) + ".json").toFile()), true);
      assertEquals(withoutName(cli(story)), clustered, story);
    }
  }

  /**
   * The whole archive without its story field. No found story ever mixes two folders. The folders are
   * not all one-week stories (ECB+ topic 36 runs from 2008 to 2011, MEANTIME's GM articles from 2006 to
   * 2013), so the three-day window splits them by design: half the pairs of a folder end up in one
   * story; without the window (the words alone) about four in five.
   */
  @Test
  void clusteringFindsTheStoriesOfTheWholeArchive() {
    double[] withWindow = clustering(StoryClustering.Settings.DEFAULT);
    assertEquals(1.0, withWindow[0], 1e-9, "precision");
    assertTrue(withWindow[1] >= 0.5, "pairwise recall " + withWindow[1]);
    double[] wordsAlone = clustering(new StoryClustering.Settings(0.1, 36500, 20));
    assertEquals(1.0, wordsAlone[0], 1e-9, "precision");
    assertTrue(wordsAlone[1] >= 0.75, "pairwise recall " + wordsAlone[1]);
  }

  /** Pairwise precision and recall of the stories found against the folders. */
  private static double[] clustering(StoryClustering.Settings settings) {
    List<String> lines = new ArrayList<>();
    LINES.values().forEach(lines::addAll);
    var records = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(lines, 4)
        .map(l -> NewsRecords.read("archive", l, "story").record());
    Map<String, String> truth = new HashMap<>();
    for (NewsRecord r : records.collect()) {
      truth.put(r.json(), r.story());
    }
    long start = System.nanoTime();
    List<NewsRecord> clustered = StoryClustering.assign(spark, records.map(r -> r.inStory(null)), settings).collect();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(lines.size(), clustered.size());
    long together = 0;
    long right = 0;
    long truePairs = 0;
    for (int i = 0; i < clustered.size(); i++) {
      for (int j = i + 1; j < clustered.size(); j++) {
        NewsRecord a = clustered.get(i);
        NewsRecord b = clustered.get(j);
        boolean same = truth.get(a.json()).equals(truth.get(b.json()));
        boolean found = a.story().equals(b.story());
        together += found ? 1 : 0;
        right += found && same ? 1 : 0;
        truePairs += same ? 1 : 0;
      }
    }
    long stories = clustered.stream().map(NewsRecord::story).distinct().count();
    double precision = (double) right / together;
    double recall = (double) right / truePairs;
    System.out.printf("clustering %s: %d stories found for %d folders; pairwise precision %.3f, recall %.3f; %.1f s%n",
        settings, stories, LINES.size(), precision, recall, seconds);
    return new double[] {precision, recall};
  }

  @Test
  void parquetInputGivesTheSameAnalyses() throws IOException {
    List<String> stories = List.of("ecb-19-b", "ecb-41-b");
    Path jsonl = tmp.resolve("two.jsonl");
    List<String> lines = new ArrayList<>();
    stories.forEach(story -> lines.addAll(LINES.get(story)));
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    String parquet = tmp.resolve("two.parquet").toString();
    spark.read().json(jsonl.toString()).write().parquet(parquet);

    Path out = tmp.resolve("from-parquet");
    NewsArchiveJob.Summary s = NewsArchiveJob.run(spark, settings(List.of(parquet), "parquet", out, "story"), StoryAnalyzer.engine(),
        new PrintWriter(new StringWriter(), true));
    assertEquals(new NewsArchiveJob.Summary(lines.size(), 0, 2, 2, 0, lines.size()), s);
    for (String story : stories) {
      assertEquals(cli(story), normalised(JSON.readTree(out.resolve("analyses").resolve(story + ".json").toFile()), false), story);
    }
  }

  @Test
  void aFailingStoryCostsNoOtherStory() throws IOException {
    Path two = tmp.resolve("failing.jsonl");
    List<String> lines = new ArrayList<>(LINES.get("ecb-27-a"));
    lines.addAll(LINES.get("ecb-25-b"));
    Files.write(two, lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("failing");
    StoryAnalyzer failsOnOne = folder -> {
      if (folder.getFileName().toString().equals("ecb-25-b")) {
        throw new IllegalStateException("the engine broke on this story");
      }
      return StoryAnalyzer.engine().analyze(folder);
    };
    StringWriter err = new StringWriter();
    NewsArchiveJob.Summary s = NewsArchiveJob.run(spark, settings(List.of(two.toString()), null, out, "story"), failsOnOne,
        new PrintWriter(err, true));

    int first = LINES.get("ecb-27-a").size();
    assertEquals(new NewsArchiveJob.Summary(lines.size(), 0, 2, 1, 1, first), s);
    assertEquals(cli("ecb-27-a"), normalised(JSON.readTree(out.resolve("analyses").resolve("ecb-27-a.json").toFile()), false));
    assertFalse(Files.exists(out.resolve("analyses").resolve("ecb-25-b.json")));
    Map<String, String> status = new TreeMap<>();
    for (Row r : rows(out.resolve("stories"))) {
      status.put(r.getString(0), r.getString(4) + (r.isNullAt(5) ? "" : ": " + r.getString(5)));
    }
    assertEquals(Map.of("ecb-25-b", "failed: IllegalStateException: the engine broke on this story", "ecb-27-a", "analysed"), status);
    assertTrue(err.toString().contains("story 'ecb-25-b': failed: IllegalStateException: the engine broke on this story"), err.toString());
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static NewsArchiveJob.Settings settings(List<String> inputs, String format, Path out, String storyField) {
    return new NewsArchiveJob.Settings(inputs, format == null ? "jsonl" : format, out.toString(), storyField,
        StoryClustering.Settings.DEFAULT, 0);
  }

  /** {@code parallax analyze --no-cache} on the story's folder (the committed one, or one written of its records). */
  private static synchronized JsonNode cli(String story) throws IOException {
    JsonNode known = CLI.get(story);
    if (known != null) {
      return known;
    }
    Path folder = REAL_NEWS.resolve(story);
    if (story.equals(JSONL_FOLDER)) {
      List<NewsRecord> records = new ArrayList<>();
      for (String line : LINES.get(story)) {
        records.add(NewsRecords.read("archive", line, "story").record());
      }
      folder = StoryFolder.write(Files.createTempDirectory(tmp, "cli-"), story, records);
    }
    Path json = tmp.resolve("cli-" + story + ".json");
    StringWriter err = new StringWriter();
    int exit = ParallaxCommand.run(new String[] {"analyze", folder.toString(), "--json", json.toString(), "--no-cache", "-q"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    JsonNode n = normalised(JSON.readTree(json.toFile()), false);
    CLI.put(story, n);
    return n;
  }

  /**
   * The analysis without what differs between runs and places: when it ran, the folder's path (problems
   * about the folder itself name it), and with {@code dropName} the corpus's name.
   */
  private static JsonNode normalised(JsonNode analysis, boolean dropName) {
    ObjectNode a = analysis.deepCopy();
    ObjectNode corpus = (ObjectNode) a.get("corpus");
    String path = corpus.get("path").asText();
    corpus.remove("analyzedAt");
    corpus.remove("path");
    for (JsonNode p : a.get("problems")) {
      if (p.get("file").asText().equals(path)) {
        ((ObjectNode) p).put("file", "(the corpus)");
      }
    }
    if (dropName) {
      corpus.remove("name");
    }
    return a;
  }

  /** Where {@code a} and {@code b} first differ (a JSON path and both values), or {@code null}. */
  private static String difference(JsonNode a, JsonNode b, String path) {
    if (a.equals(b)) {
      return null;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> names = new java.util.TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        if (!a.has(n) || !b.has(n)) {
          return path + "." + n + ": only in " + (a.has(n) ? "the command line's" : "the job's");
        }
        String d = difference(a.get(n), b.get(n), path + "." + n);
        if (d != null) {
          return d;
        }
      }
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        String d = difference(a.get(i), b.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return path + ": " + a.size() + " elements in the command line's, " + b.size() + " in the job's";
    }
    String sa = a.toString();
    String sb = b.toString();
    return path + ": command line " + (sa.length() > 300 ? sa.substring(0, 300) + "…" : sa) + ", job "
        + (sb.length() > 300 ? sb.substring(0, 300) + "…" : sb);
  }

  private static JsonNode withoutName(JsonNode analysis) {
    ObjectNode a = analysis.deepCopy();
    ((ObjectNode) a.get("corpus")).remove("name");
    return a;
  }

  private static List<Row> rows(Path table) {
    return spark.read().parquet(table.toString()).collectAsList();
  }

  private static Map<String, Row> byOutlet(List<Row> rows) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : rows) {
      assertTrue(out.put(r.getString(0) + "|" + r.getString(1), r) == null, "one row per story and outlet: " + r);
    }
    return out;
  }

  private static Map<String, String> outletOfArticle(JsonNode a) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode p : a.get("outlets")) {
      for (JsonNode id : p.get("articles")) {
        out.put(id.asText(), p.get("outlet").asText());
      }
    }
    return out;
  }
}
