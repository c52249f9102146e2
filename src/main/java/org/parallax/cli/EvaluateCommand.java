package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parallax.corpus.CorpusReader;
import org.parallax.eval.CorefEvaluation;
import org.parallax.eval.CorefTable;
import org.parallax.eval.CorpusAnalysis;
import org.parallax.eval.FactEvaluation;
import org.parallax.eval.LoadedEvaluation;
import org.parallax.eval.LoadedTable;
import org.parallax.export.ExportException;
import org.parallax.export.TargetFile;
import org.parallax.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate}: scores the engine against published annotated corpora (see the README). */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Scores the analysis against published annotated corpora that you fetch (see the README, Evaluation).",
    subcommands = {EvaluateCommand.Coref.class, EvaluateCommand.Facts.class, EvaluateCommand.Loaded.class})
public final class EvaluateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code parallax evaluate coref}. */
  @Command(
      name = "coref",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Cross-document coreference of entity mentions (or, with --events, of nominal event mentions): the engine's referents against the gold chains of a"
            + " Diverse_CDCR_datasets test_parsing folder (ECBplus-prep, MEANTIME-prep), scored with MUC, B3,"
            + " CEAF-e and the CoNLL F1, beside a same-head-lemma baseline given the gold mentions.",
        "Each topic's documents are rebuilt from their tokens and analysed as one corpus folder."
      },
      footerHeading = "%nExample:%n",
      footer = "  parallax evaluate coref /tmp/cdcr/ECBplus-prep/output_data/test_parsing --json ecb.json")
  static final class Coref implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin Corpora corpora;

    @Option(
        names = "--singletons",
        description = "Put gold singletons in the key too (default: only chains of two or more mentions).")
    boolean singletons;

    @Option(
        names = "--events",
        description =
            "Score nominal event mentions (gold event mentions whose head is a noun or a name: \"the quake\","
                + " \"the acquisition\") against the engine's event referents, instead of entity mentions.")
    boolean events;

    @Mixin Figures figures;

    @Mixin AnalysisRun run;

    @Override
    public Integer call() throws IOException, CorpusReader.FolderException {
      corpora.check(spec);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!figures.writable(err)) {
        return AnalyzeCommand.WRITE_FAILED;
      }
      CorefEvaluation evaluation = new CorefEvaluation(engine(run, err), singletons, events);
      List<CorefEvaluation.Report> reports = corpora.score(err, (name, chosen) -> evaluation.evaluate(name, chosen, figures.progress(err)));
      if (reports == null) {
        return AnalyzeCommand.WRONG_ARGUMENTS;
      }
      out.print(CorefTable.text(reports));
      out.flush();
      return figures.write(CorefTable.json(reports), err);
    }
  }

  /** {@code parallax evaluate facts}. */
  @Command(
      name = "facts",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Facts aligned across documents: the engine's facts against the gold event coreference of a"
            + " Diverse_CDCR_datasets test_parsing folder (ECBplus-prep). Two sentences of different documents"
            + " that mention the same event with the same participant, time or place should be aligned; an"
            + " aligned pair that shares no event and no entity is wrong.",
        "Each topic's documents are rebuilt from their tokens and analysed as one corpus folder."
      },
      footerHeading = "%nExample:%n",
      footer = "  parallax evaluate facts /tmp/cdcr/ECBplus-prep/output_data/test_parsing --json facts.json")
  static final class Facts implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin Corpora corpora;

    @Mixin Figures figures;

    @Mixin AnalysisRun run;

    @Override
    public Integer call() throws IOException, CorpusReader.FolderException {
      corpora.check(spec);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!figures.writable(err)) {
        return AnalyzeCommand.WRITE_FAILED;
      }
      FactEvaluation evaluation = new FactEvaluation(engine(run, err));
      List<FactEvaluation.Report> reports = corpora.score(err, (name, chosen) -> evaluation.evaluate(name, chosen, figures.progress(err)));
      if (reports == null) {
        return AnalyzeCommand.WRONG_ARGUMENTS;
      }
      out.print(FactEvaluation.text(reports));
      out.flush();
      return figures.write(FactEvaluation.json(reports), err);
    }
  }

  /** The topic folders both CDCR evaluations read: DIR... and --topics. */
  static final class Corpora {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "A test_parsing folder of topic folders (one corpus each).")
    List<Path> dirs;

    @Option(names = "--topics", paramLabel = "N", description = "Score only the first N topics of each DIR (default: all).")
    Integer topics;

    /** One corpus's topics scored. */
    @FunctionalInterface
    interface Scoring<R> {
      R score(String corpus, List<Path> topics) throws IOException, CorpusReader.FolderException;
    }

    void check(CommandSpec spec) {
      if (topics != null && topics < 1) {
        throw new ParameterException(spec.commandLine(), "--topics must be 1 or more");
      }
    }

    /** Each DIR's chosen topics scored, or {@code null} after saying on {@code err} why a DIR has none. */
    <R> List<R> score(PrintWriter err, Scoring<R> scoring) throws IOException, CorpusReader.FolderException {
      List<R> reports = new ArrayList<>();
      for (Path dir : dirs) {
        List<Path> chosen = topicsOf(dir, topics, err);
        if (chosen == null) {
          return null;
        }
        reports.add(scoring.score(corpusName(dir), chosen));
      }
      return reports;
    }

    /** The first {@code limit} (or all) topic folders of {@code dir}, or {@code null} after saying on {@code err} why there are none. */
    static List<Path> topicsOf(Path dir, Integer limit, PrintWriter err) throws IOException {
      if (!Files.isDirectory(dir)) {
        err.println("parallax: " + dir + ": not a folder");
        return null;
      }
      List<Path> all = CorefEvaluation.topics(dir);
      if (all.isEmpty()) {
        err.println("parallax: " + dir + ": no topic folders (T/annotation/original/T.conll and entity_mentions_T.json)");
        return null;
      }
      return limit == null ? all : all.subList(0, Math.min(limit, all.size()));
    }

    /** {@code ECBplus-prep} for {@code ECBplus-prep/output_data/test_parsing}, else the folder's name. */
    static String corpusName(Path dir) {
      Path abs = dir.toAbsolutePath().normalize();
      Path parent = abs.getParent();
      if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("output_data") && parent.getParent() != null) {
        return parent.getParent().getFileName() + " " + abs.getFileName();
      }
      return String.valueOf(abs.getFileName());
    }
  }

  /** {@code parallax evaluate loaded}. */
  @Command(
      name = "loaded",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Word-level loaded language: the words the analysis highlights against the biased words annotated in a"
            + " BABE/MBIC table (final_labels_SG1.csv, final_labels_SG2.csv: text;news_link;outlet;topic;type;"
            + "label_bias;label_opinion;biased_words).",
        "The sentences of each topic are analysed as one corpus folder, one article per sentence."
      },
      footerHeading = "%nExample:%n",
      footer = "  parallax evaluate loaded final_labels_SG2.csv --json sg2.json")
  static final class Loaded implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.csv", description = "BABE/MBIC label tables.")
    List<Path> files;

    @Option(
        names = "--all",
        description = "Score every entry of the analysis's wording section, not only those shown by default.")
    boolean all;

    @Mixin Figures figures;

    @Mixin AnalysisRun run;

    @Override
    public Integer call() throws IOException, CorpusReader.FolderException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!figures.writable(err)) {
        return AnalyzeCommand.WRITE_FAILED;
      }
      LoadedEvaluation evaluation = new LoadedEvaluation(engine(run, err), all);
      List<LoadedEvaluation.Report> reports = new ArrayList<>();
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          err.println("parallax: " + file + ": not a file");
          return AnalyzeCommand.WRONG_ARGUMENTS;
        }
        try {
          reports.add(evaluation.evaluate(file, figures.progress(err)));
        } catch (LoadedEvaluation.TableException e) {
          err.println("parallax: " + file + ": " + e.getMessage());
          return AnalyzeCommand.WRONG_ARGUMENTS;
        }
      }
      out.print(LoadedTable.text(reports));
      out.flush();
      return figures.write(LoadedTable.json(reports), err);
    }
  }

  /** The standard pipeline run as {@code analyze} runs it (problems on standard error), without a bar. */
  private static CorpusAnalysis engine(AnalysisRun run, PrintWriter err) {
    Analyzer analyzer = new Analyzer();
    return folder -> run.analyze(analyzer, folder, true, err);
  }

  /** The options both evaluations share: where the figures go, and whether to report each topic. */
  static final class Figures {

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the figures to OUT as JSON.")
    Path json;

    @Option(
        names = {"-q", "--quiet"},
        description = "Print only problems and the table, not a line per topic.")
    boolean quiet;

    /** Whether the JSON target can be written, checked before the long work; says why not on {@code err}. */
    boolean writable(PrintWriter err) {
      try {
        if (json != null) {
          TargetFile.check(json, "figures");
        }
        return true;
      } catch (ExportException e) {
        err.println("parallax: " + e.getMessage());
        return false;
      }
    }

    /** A line per topic on {@code err}, unless quiet. */
    Consumer<String> progress(PrintWriter err) {
      return line -> {
        if (!quiet) {
          err.println("parallax: " + line);
          err.flush();
        }
      };
    }

    /** Writes {@code figures} as JSON when asked; the exit code. */
    int write(Object figures, PrintWriter err) {
      if (json == null) {
        return 0;
      }
      byte[] bytes;
      try {
        bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(figures);
      } catch (IOException e) {
        throw new IllegalStateException("the figures cannot be serialised", e);
      }
      try {
        TargetFile.write(json, "figures", stream -> stream.write(bytes));
      } catch (ExportException e) {
        err.println("parallax: " + e.getMessage());
        return AnalyzeCommand.WRITE_FAILED;
      }
      err.println("parallax: figures written to " + json);
      return 0;
    }
  }
}
