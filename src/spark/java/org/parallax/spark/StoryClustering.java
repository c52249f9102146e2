package org.parallax.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Finds stories in an archive without a story field: two articles are linked when the sets of their
 * content words (title and main text, lower case, three letters or more, English stop words left out)
 * have a Jaccard similarity of at least {@link Settings#similarity} and they were published at most
 * {@link Settings#dateWindowDays} days apart (an article without a date links by its words alone);
 * candidate pairs come from MinHash LSH (Spark MLlib), so no step compares every article with every other.
 * A story is a connected component of the links (union-find on the driver, which reads each link once
 * and holds one int per article); an article linked to none is a story of its own. A story is named after
 * its first record by file name.
 */
public final class StoryClustering {

  /**
   * @param similarity least Jaccard similarity of two articles' content words for a link (on the ECB+
   *     and MEANTIME articles of the tests: same story median 0.11, different stories at most 0.09)
   * @param dateWindowDays most days between two linked articles' publication dates
   * @param hashTables MinHash hash tables (more: fewer links missed, more candidate pairs)
   */
  public record Settings(double similarity, int dateWindowDays, int hashTables) implements Serializable {
    public static final Settings DEFAULT = new Settings(0.1, 3, 20);
  }

  /** Words of news prose that say nothing about the story, beyond Spark's English stop words. */
  private static final List<String> NEWS_STOP_WORDS =
      List.of("said", "says", "say", "told", "also", "one", "two", "new", "year", "years", "would", "could", "will", "can",
          "like", "just", "now", "last", "first", "many", "much", "may", "might", "get", "got", "according");

  private StoryClustering() {}

  /** {@code records} each in the story found for it. */
  public static JavaRDD<NewsRecord> assign(SparkSession spark, JavaRDD<NewsRecord> records, Settings settings) {
    // Dense ids 0..n-1: the driver's union-find holds one int per article.
    JavaRDD<Tuple2<NewsRecord, Long>> keyed = records.zipWithIndex().map(t -> new Tuple2<>(t._1, t._2)).cache();
    long n = keyed.count();
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("more than 2^31 articles: find stories by a field (--story-field)");
    }
    StructType schema = new StructType()
        .add("id", DataTypes.LongType, false)
        .add("text", DataTypes.StringType, false)
        .add("day", DataTypes.IntegerType, true);
    Dataset<Row> articles = spark.createDataFrame(
        keyed.map(t -> RowFactory.create(t._2, t._1.text(), t._1.epochDay())), schema);

    int[] parent = components((int) n, links(articles, settings).toLocalIterator());
    // A story is named after its record first by name (then by content); the id of that record tells
    // apart two stories whose first records share a name.
    Broadcast<int[]> roots = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(parent);
    JavaPairRDD<Integer, NewsRecord> byRoot = keyed.mapToPair(t -> new Tuple2<>(roots.value()[(int) (long) t._2], t._1));
    JavaPairRDD<Integer, String> names = byRoot
        .mapValues(r -> r.name() + "\u0000" + r.json())
        .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
        .mapValues(first -> first.substring(0, first.indexOf('\u0000')));
    Map<String, Long> uses = new java.util.HashMap<>(names.values().countByValue());
    return byRoot.join(names).map(t -> {
      String name = t._2._2;
      return t._2._1.inStory(uses.get(name) == 1 ? name : name + "-" + t._1);
    });
  }

  /**
   * Union-find over the links, streamed to the driver partition by partition: {@code parent[i]} is the
   * smallest id of {@code i}'s component.
   */
  static int[] components(int n, Iterator<Row> links) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    while (links.hasNext()) {
      Row link = links.next();
      int a = root(parent, (int) link.getLong(0));
      int b = root(parent, (int) link.getLong(1));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The linked pairs {@code (a, b)}, {@code a < b}. */
  static Dataset<Row> links(Dataset<Row> articles, Settings settings) {
    List<String> stop = new ArrayList<>(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
    stop.addAll(NEWS_STOP_WORDS);
    Dataset<Row> words = new RegexTokenizer()
        .setInputCol("text").setOutputCol("words").setPattern("[^\\p{L}\\p{N}]+").setMinTokenLength(3).setToLowercase(true)
        .transform(articles);
    words = new StopWordsRemover().setStopWords(stop.toArray(String[]::new)).setInputCol("words").setOutputCol("terms")
        .transform(words)
        .filter(size(col("terms")).gt(0));
    Dataset<Row> features = new HashingTF().setInputCol("terms").setOutputCol("features").setNumFeatures(1 << 20).setBinary(true)
        .transform(words)
        .select("id", "day", "features")
        .cache();
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(settings.hashTables()).setSeed(20261202L)
        .setInputCol("features").setOutputCol("hashes").fit(features);
    Dataset<Row> pairs = lsh.approxSimilarityJoin(features, features, 1 - settings.similarity(), "distance")
        .filter(col("datasetA.id").lt(col("datasetB.id")))
        .filter(col("datasetA.day").isNull().or(col("datasetB.day").isNull())
            .or(abs(col("datasetA.day").minus(col("datasetB.day"))).leq(settings.dateWindowDays())))
        .select(col("datasetA.id").as("a"), col("datasetB.id").as("b"));
    return pairs;
  }
}
