package org.parallax.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code parallax-spark}: the Parallax engine over a news archive as a Spark job. Reads news-please
 * records (JSON Lines or Parquet), forms stories (by a field, or found with {@link StoryClustering}),
 * analyses each story in the executors exactly as {@code parallax analyze --no-cache} analyses a folder
 * of the same records ({@link StoryRun}), and writes one analysis JSON per story and Parquet tables across
 * stories (README, "Beyond one machine: the Spark job").
 */
@Command(
    name = "parallax-spark",
    mixinStandardHelpOptions = true,
    versionProvider = NewsArchiveJob.Version.class,
    description = {
      "Analyses every story of a news archive (news-please records: maintext, title, source_domain,"
          + " date_publish, url) with the Parallax engine, each story whole in one task.",
      "Writes OUT/analyses/STORY.json (schema parallax.analysis/1) and the Parquet tables OUT/stories,"
          + " OUT/labels, OUT/coverage, OUT/quotations, OUT/hedges and OUT/problems (replaced if there)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:at least one story was analysed (records or stories may have been left out: see OUT/problems)",
      "1:no story could be analysed",
      "2:wrong arguments"
    })
public final class NewsArchiveJob implements Callable<Integer> {

  /** What a run did, in counts. */
  public record Summary(long records, long leftOut, long stories, long analysed, long failed, long articles) {}

  /** How a run reads, forms stories and writes. */
  public record Settings(List<String> inputs, String format, String out, String storyField, StoryClustering.Settings clustering,
      int partitions) {}

  private static final int SHOWN_PROBLEMS = 20;

  /** {@code --version}: the engine's name and version, as the analyses give it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {org.parallax.analysis.Tool.nameAndVersion()};
    }
  }

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSON Lines or Parquet files or folders (any path Spark reads).")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (any path Hadoop writes).")
  String out;

  @Option(names = "--format", paramLabel = "jsonl|parquet",
      description = "Input format (default: parquet when the first INPUT ends in .parquet, else jsonl).")
  String format;

  @Option(names = "--story-field", paramLabel = "NAME",
      description = "The field giving each record's story; without it stories are found by MinHash LSH.")
  String storyField;

  @Option(names = "--similarity", defaultValue = "0.1", paramLabel = "J",
      description = "Least Jaccard similarity of content words linking two articles (default ${DEFAULT-VALUE}).")
  double similarity;

  @Option(names = "--date-window", defaultValue = "3", paramLabel = "DAYS",
      description = "Most days between the publication dates of two linked articles (default ${DEFAULT-VALUE}).")
  int dateWindow;

  @Option(names = "--hash-tables", defaultValue = "20", paramLabel = "N", description = "MinHash hash tables (default ${DEFAULT-VALUE}).")
  int hashTables;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Tasks the stories are spread over (default: three per core of the cluster).")
  int partitions;

  public static void main(String[] args) {
    System.exit(new CommandLine(new NewsArchiveJob()).execute(args));
  }

  @Override
  public Integer call() {
    String fmt = format != null ? format : inputs.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".parquet") ? "parquet" : "jsonl";
    if (!fmt.equals("jsonl") && !fmt.equals("parquet")) {
      System.err.println("parallax-spark: --format is jsonl or parquet, not " + fmt);
      return 2;
    }
    if (!(similarity > 0 && similarity <= 1) || dateWindow < 0 || hashTables < 1 || partitions < 0) {
      System.err.println("parallax-spark: --similarity is in (0, 1], --date-window 0 or more, --hash-tables 1 or more");
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("parallax-spark");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Settings settings = new Settings(inputs, fmt, out, storyField, new StoryClustering.Settings(similarity, dateWindow, hashTables),
          partitions);
      PrintWriter err = new PrintWriter(System.err, true);
      Summary s = run(spark, settings, StoryAnalyzer.engine(), err);
      return s.analysed() > 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in {@code spark}; problems and a summary line go to {@code err}. */
  public static Summary run(SparkSession spark, Settings settings, StoryAnalyzer analyzer, PrintWriter err) {
    String storyField = settings.storyField();
    JavaRDD<NewsRecords.Read> reads = lines(spark, settings)
        .javaRDD()
        .filter(r -> r.getString(1) != null && !r.getString(1).isBlank())
        .map(r -> NewsRecords.read(r.getString(0), r.getString(1), storyField))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<NewsRecord> records = reads.filter(r -> r.record() != null).map(NewsRecords.Read::record);
    JavaRDD<RecordProblem> inputProblems = reads.filter(r -> r.problem() != null).map(NewsRecords.Read::problem);
    if (settings.storyField() == null) {
      records = StoryClustering.assign(spark, records, settings.clustering());
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int tasks = settings.partitions() > 0 ? settings.partitions() : Math.max(1, jsc.defaultParallelism() * 3);
    SerializableConfiguration hadoop = new SerializableConfiguration(jsc.hadoopConfiguration());
    String out = settings.out();
    JavaRDD<StoryResult> results = records
        .mapToPair(r -> new Tuple2<>(r.story(), r))
        .groupByKey(tasks)
        .map(t -> {
          List<NewsRecord> story = new ArrayList<>();
          t._2.forEach(story::add);
          return StoryRun.run(t._1, story, analyzer, out, hadoop.value());
        })
        .persist(StorageLevel.MEMORY_AND_DISK());

    JavaRDD<StoryTables> tables = results.filter(r -> r.tables() != null).map(StoryResult::tables);
    write(spark, results.map(ArchiveTables::story), ArchiveTables.STORIES, out, "stories");
    write(spark, tables.flatMap(t -> ArchiveTables.labels(t).iterator()), ArchiveTables.LABELS, out, "labels");
    write(spark, tables.flatMap(t -> ArchiveTables.coverage(t).iterator()), ArchiveTables.COVERAGE, out, "coverage");
    write(spark, tables.flatMap(t -> ArchiveTables.quotations(t).iterator()), ArchiveTables.QUOTATIONS, out, "quotations");
    write(spark, tables.flatMap(t -> ArchiveTables.hedges(t).iterator()), ArchiveTables.HEDGES, out, "hedges");
    JavaRDD<RecordProblem> storyProblems = results.flatMap(r -> {
      List<RecordProblem> all = new ArrayList<>(r.problems());
      if (r.message() != null) {
        all.add(new RecordProblem(null, null, r.story(), r.status() + ": " + r.message()));
      }
      return all.iterator();
    });
    JavaRDD<RecordProblem> problems = inputProblems.union(storyProblems);
    write(spark, problems.map(ArchiveTables::problem), ArchiveTables.PROBLEMS, out, "problems");

    long leftOut = inputProblems.count();
    List<StoryResult> counts = results.map(r -> new StoryResult(r.story(), r.records(), r.articles(), r.outlets(), r.status(),
        r.message(), r.seconds(), r.analysis(), null, List.of())).collect();
    long shown = 0;
    for (RecordProblem p : problems.take(SHOWN_PROBLEMS + 1)) {
      if (shown++ < SHOWN_PROBLEMS) {
        err.println("parallax-spark: " + p.line());
      }
    }
    long allProblems = problems.count();
    if (allProblems > SHOWN_PROBLEMS) {
      err.println("parallax-spark: … and " + (allProblems - SHOWN_PROBLEMS) + " more problems in " + out + "/problems");
    }
    long analysed = counts.stream().filter(r -> r.status().equals(StoryResult.ANALYSED)).count();
    long failed = counts.stream().filter(r -> r.status().equals(StoryResult.FAILED)).count();
    long articles = counts.stream().mapToLong(StoryResult::articles).sum();
    long recordCount = reads.count();
    Summary summary = new Summary(recordCount, leftOut, counts.size(), analysed, failed, articles);
    double busy = counts.stream().mapToDouble(StoryResult::seconds).sum();
    err.printf("parallax-spark: %d records (%d left out), %d stories: %d analysed (%d articles), %d failed, %d with nothing to analyse;"
            + " %.1f s of executor time (%.3f s per article) -> %s%n",
        recordCount, leftOut, counts.size(), analysed, articles, failed, counts.size() - analysed - failed, busy,
        articles == 0 ? 0.0 : busy / articles, out);
    results.unpersist();
    reads.unpersist();
    return summary;
  }

  /** The input as rows {@code (input, line)}: one JSON object per line (a Parquet row made one). */
  private static Dataset<Row> lines(SparkSession spark, Settings settings) {
    String[] paths = settings.inputs().toArray(String[]::new);
    if (settings.format().equals("parquet")) {
      Dataset<Row> rows = spark.read().parquet(paths);
      List<Column> fields = new ArrayList<>();
      for (StructField f : rows.schema().fields()) {
        Column c = col("`" + f.name() + "`");
        // news-please writes dates as "yyyy-MM-dd HH:mm:ss"; Parquet may hold them as timestamps or dates.
        if (f.dataType().equals(DataTypes.TimestampType) || f.dataType().equals(DataTypes.DateType)
            || f.dataType().typeName().startsWith("timestamp")) {
          c = date_format(c, "yyyy-MM-dd HH:mm:ss");
        }
        fields.add(c.as(f.name()));
      }
      return rows.select(input_file_name().as("input"), to_json(struct(fields.toArray(Column[]::new))).as("line"));
    }
    return spark.read().text(paths).select(input_file_name().as("input"), col("value").as("line"));
  }

  private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String out, String table) {
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
  }
}
