package org.parallax.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables across stories: their schemas and rows. Column names are snake case, as SQL users
 * of Parquet expect; every table starts with {@code story} and (but {@code stories}, {@code problems})
 * {@code outlet} and {@code outlet_group}.
 */
final class ArchiveTables {

  private ArchiveTables() {}

  static final StructType STORIES = new StructType()
      .add("story", DataTypes.StringType, false)
      .add("records", DataTypes.IntegerType, false)
      .add("articles", DataTypes.IntegerType, false)
      .add("outlets", DataTypes.IntegerType, false)
      .add("status", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, true)
      .add("seconds", DataTypes.DoubleType, false)
      .add("analysis", DataTypes.StringType, true);

  static final StructType PROBLEMS = new StructType()
      .add("input", DataTypes.StringType, true)
      .add("record", DataTypes.StringType, true)
      .add("story", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, false);

  private static StructType outletTable() {
    return new StructType()
        .add("story", DataTypes.StringType, false)
        .add("outlet", DataTypes.StringType, false)
        .add("outlet_group", DataTypes.StringType, true);
  }

  static final StructType LABELS = outletTable()
      .add("referent", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, true)
      .add("kind", DataTypes.StringType, true)
      .add("mentions", DataTypes.IntegerType, false)
      .add("loaded_mentions", DataTypes.IntegerType, false)
      .add("loaded_share", DataTypes.DoubleType, false)
      .add("labels", DataTypes.createArrayType(new StructType()
          .add("text", DataTypes.StringType, false)
          .add("count", DataTypes.IntegerType, false)
          .add("loaded", DataTypes.BooleanType, false), false), false);

  static final StructType COVERAGE = outletTable()
      .add("articles", DataTypes.IntegerType, false)
      .add("words", DataTypes.IntegerType, false)
      .add("facts", DataTypes.IntegerType, false)
      .add("reported", DataTypes.IntegerType, false)
      .add("coverage_rate", DataTypes.DoubleType, true)
      .add("widely_reported", DataTypes.IntegerType, false)
      .add("omitted", DataTypes.IntegerType, false)
      .add("omission_rate", DataTypes.DoubleType, true)
      .add("unique_sentences", DataTypes.IntegerType, false);

  static final StructType QUOTATIONS = outletTable()
      .add("quotations", DataTypes.IntegerType, false)
      .add("shared", DataTypes.IntegerType, false)
      .add("verbatim", DataTypes.IntegerType, false)
      .add("partial", DataTypes.IntegerType, false)
      .add("altered", DataTypes.IntegerType, false)
      .add("alteration_rate", DataTypes.DoubleType, true);

  static final StructType HEDGES = outletTable()
      .add("words", DataTypes.IntegerType, false)
      .add("hedges", DataTypes.IntegerType, false)
      .add("hedges_per_1000_words", DataTypes.DoubleType, false)
      .add("hedge_cues", DataTypes.IntegerType, false)
      .add("attribution_cues", DataTypes.IntegerType, false)
      .add("cues", DataTypes.createArrayType(new StructType()
          .add("cue", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, true)
          .add("count", DataTypes.IntegerType, false), false), false);

  /** An array column's value: Spark 4 takes a Scala sequence, not a Java list. */
  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows);
  }

  static Row story(StoryResult r) {
    return RowFactory.create(r.story(), r.records(), r.articles(), r.outlets(), r.status(), r.message(), r.seconds(), r.analysis());
  }

  static Row problem(RecordProblem p) {
    return RowFactory.create(p.input(), p.record(), p.story(), p.message());
  }

  static List<Row> labels(StoryTables t) {
    List<Row> rows = new ArrayList<>();
    for (StoryTables.Label l : t.labels()) {
      List<Row> texts = new ArrayList<>();
      for (StoryTables.LabelText x : l.labels()) {
        texts.add(RowFactory.create(x.text(), x.count(), x.loaded()));
      }
      rows.add(RowFactory.create(l.story(), l.outlet(), l.group(), l.referent(), l.name(), l.kind(), l.mentions(), l.loadedMentions(),
          l.loadedShare(), seq(texts)));
    }
    return rows;
  }

  static List<Row> coverage(StoryTables t) {
    List<Row> rows = new ArrayList<>();
    for (StoryTables.Coverage c : t.coverage()) {
      rows.add(RowFactory.create(c.story(), c.outlet(), c.group(), c.articles(), c.words(), c.facts(), c.reported(), c.coverageRate(),
          c.widelyReported(), c.omitted(), c.omissionRate(), c.unique()));
    }
    return rows;
  }

  static List<Row> quotations(StoryTables t) {
    List<Row> rows = new ArrayList<>();
    for (StoryTables.Quotations q : t.quotations()) {
      rows.add(RowFactory.create(q.story(), q.outlet(), q.group(), q.quotations(), q.shared(), q.verbatim(), q.partial(), q.altered(),
          q.alterationRate()));
    }
    return rows;
  }

  static List<Row> hedges(StoryTables t) {
    List<Row> rows = new ArrayList<>();
    for (StoryTables.Hedges h : t.hedges()) {
      List<Row> cues = new ArrayList<>();
      for (StoryTables.Cue c : h.cues()) {
        cues.add(RowFactory.create(c.cue(), c.kind(), c.count()));
      }
      rows.add(RowFactory.create(h.story(), h.outlet(), h.group(), h.words(), h.hedges(), h.hedgesPer1000Words(), h.hedgeCues(),
          h.attributionCues(), seq(cues)));
    }
    return rows;
  }
}
