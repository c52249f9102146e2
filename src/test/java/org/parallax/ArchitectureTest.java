package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package graph is one-way: front ends ({@code ui}, {@code cli}) over the pipeline and the exports,
 * the pipeline over the engine ({@code framing} over {@code quotes}, {@code align} and the result records
 * in {@code analysis}), all over {@code corpus} and {@code text}, and {@code work} (units of work: faults,
 * progress, cancellation) under everything. The engine knows nothing of JavaFX or of its front ends.
 * The evaluation ({@code eval}) sits beside the front ends: only the command line uses it, and it drives
 * the pipeline and reads the analysis like any front end. The Spark job ({@code spark}, built from
 * src/spark) is another front end over the pipeline, and the only code that knows Spark.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = ours();

  private static JavaClasses ours() {
    return withoutResolvingOthers(() -> new ClassFileImporter()
          // Not ImportOption.DO_NOT_INCLUDE_TESTS: it only knows the folder name target/test-classes.
          .withImportOption(location -> !location.contains("/test-classes/"))
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          // The Spark job apart (sparkJob()).
          .withImportOption(location -> !location.contains("/org/parallax/spark/"))
          .importPackages("org.parallax"));
  }

  /**
   * Imports without reading the classes of libraries ours refer to: the rules need only their names, and
   * looking each up on a class path that holds Spark (profile spark) took half a minute.
   */
  private static JavaClasses withoutResolvingOthers(java.util.function.Supplier<JavaClasses> importer) {
    ArchConfiguration config = ArchConfiguration.get();
    boolean resolve = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    try {
      return importer.get();
    } finally {
      config.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  /** The Spark job's classes (none when built with -DskipSpark). */
  private static JavaClasses sparkJob() {
    return withoutResolvingOthers(() -> new ClassFileImporter()
        .withImportOption(location -> !location.contains("/test-classes/"))
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("org.parallax.spark"));
  }

  private static final String[] ENGINE = {
    "org.parallax.work..",
    "org.parallax.cache..",
    "org.parallax.corpus..",
    "org.parallax.text..",
    "org.parallax.analysis..",
    "org.parallax.quotes..",
    "org.parallax.align..",
    "org.parallax.framing..",
    "org.parallax.pipeline..",
    "org.parallax.project..",
    "org.parallax.export..",
    "org.parallax.eval.."
  };

  @Test
  void packagesFormLayers() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Launcher").definedBy("org.parallax")
        .layer("UI").definedBy("org.parallax.ui..")
        .layer("CLI").definedBy("org.parallax.cli..")
        .layer("Export").definedBy("org.parallax.export..")
        .layer("Eval").definedBy("org.parallax.eval..")
        .layer("Project").definedBy("org.parallax.project..")
        .layer("Pipeline").definedBy("org.parallax.pipeline..")
        .layer("Framing").definedBy("org.parallax.framing..")
        .layer("Quotes").definedBy("org.parallax.quotes..")
        .layer("Align").definedBy("org.parallax.align..")
        .layer("Results").definedBy("org.parallax.analysis..")
        .layer("Corpus").definedBy("org.parallax.corpus..")
        .layer("Text").definedBy("org.parallax.text..")
        .layer("Work").definedBy("org.parallax.work..")
        .layer("Cache").definedBy("org.parallax.cache..")
        .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
        .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
        .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
        .whereLayer("Export").mayOnlyBeAccessedByLayers("UI", "CLI")
        .whereLayer("Eval").mayOnlyBeAccessedByLayers("CLI")
        // The analyst's layer sits on the analysis: the front ends and the exports read it.
        .whereLayer("Project").mayOnlyBeAccessedByLayers("UI", "CLI", "Export")
        .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("UI", "CLI", "Eval")
        .whereLayer("Framing").mayOnlyBeAccessedByLayers("Pipeline")
        .whereLayer("Quotes").mayOnlyBeAccessedByLayers("Framing", "Pipeline")
        // The launcher switches the model libraries offline before anything loads (align.Offline).
        .whereLayer("Align").mayOnlyBeAccessedByLayers("Framing", "Pipeline", "Launcher")
        // The cache of per-article results: the engine stages that compute them read and write it.
        .whereLayer("Cache").mayOnlyBeAccessedByLayers("Align", "Framing", "Pipeline", "UI", "CLI")
        .whereLayer("Results").mayOnlyBeAccessedByLayers("Framing", "Pipeline", "Project", "Export", "UI", "CLI", "Eval")
        .because("the pipeline assembles the engine and the front ends drive the pipeline: a package never"
            + " reaches up, so each can be understood, tested and replaced from below")
        .check(CLASSES);
  }

  @Test
  void nothingInTheEngineUsesTheEvaluation() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.parallax.eval..", "org.parallax.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.parallax.eval..")
        .because("the evaluation measures the engine from outside, on corpora the engine must not be fitted to;"
            + " an engine that knew of it could special-case what it is measured on")
        .check(CLASSES);
  }

  @Test
  void evaluationMeasuresWhatThePipelineProduces() {
    noClasses()
        .that()
        .resideInAPackage("org.parallax.eval..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.parallax.framing..",
            "org.parallax.quotes..",
            "org.parallax.align..",
            "org.parallax.export..",
            "org.parallax.ui..",
            "org.parallax.cli..")
        .because("the figures must be those of what users get: the standard pipeline's analysis, read through"
            + " the analysis format, never a stage run on its own or a front end's rendering of it")
        .check(CLASSES);
  }

  @Test
  void everyWordDiffGoesThroughTheTextLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.parallax.text..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.github.difflib..")
        .because("quotations, aligned facts, referents and the workbench compared words with four diffs of"
            + " their own; one diff (text.WordDiff) keeps them agreeing on what changed, and a fix to it reaches"
            + " every feature")
        .check(CLASSES);
  }

  @Test
  void textLayerStandsOnItsOwn() {
    noClasses()
        .that()
        .resideInAPackage("org.parallax.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.parallax",
            "org.parallax.corpus..",
            "org.parallax.analysis..",
            "org.parallax.quotes..",
            "org.parallax.align..",
            "org.parallax.framing..",
            "org.parallax.pipeline..",
            "org.parallax.export..",
            "org.parallax.eval..",
            "org.parallax.ui..",
            "org.parallax.cli..")
        .because("tokens, normalisation, word lists and the word diff are what every feature reads text with:"
            + " the text layer may use units of work (work) and nothing else of ours")
        .check(CLASSES);
  }

  @Test
  void packagesHaveNoCycles() {
    slices()
        .matching("org.parallax.(*)..")
        .should()
        .beFreeOfCycles()
        .because("two packages that import each other are one package in two folders (analysis and framing"
            + " were, before the pipeline got its own package)")
        .check(CLASSES);
  }

  @Test
  void engineDoesNotUseJavaFx() {
    noClasses()
        .that()
        .resideInAnyPackage(ENGINE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..")
        .because("the same engine runs headless on the command line, in tests and on servers")
        .check(CLASSES);
  }

  @Test
  void engineDoesNotDependOnFrontEnds() {
    noClasses()
        .that()
        .resideInAnyPackage(ENGINE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.parallax.ui..", "org.parallax.cli..")
        .because("the app, the command line and the exports all drive the same engine")
        .check(CLASSES);
  }

  @Test
  void onlyTheSparkJobKnowsSpark() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.parallax.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.parallax.spark..", "org.apache.spark..", "org.apache.hadoop..", "scala..")
        .because("the Spark job (src/spark, its own artifact) is an adapter over the engine: the engine, the app and"
            + " the command line run without Spark, and the desktop jar carries neither Spark nor the job")
        .check(CLASSES);
  }

  @Test
  void sparkJobDrivesThePipelineLikeAFrontEnd() {
    noClasses()
        .that()
        .resideInAPackage("org.parallax.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.parallax.ui..", "org.parallax.cli..", "org.parallax.export..", "org.parallax.eval..")
        .because("executors have no display, and a story must be analysed as `parallax analyze` analyses a folder: through"
            + " the pipeline, read through the analysis records")
        .allowEmptyShould(true)
        .check(sparkJob());
  }

  @Test
  void commandLineDoesNotLoadJavaFx() {
    noClasses()
        .that()
        .resideInAPackage("org.parallax.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.parallax.ui..")
        .because("a headless machine has no JavaFX natives to load")
        .check(CLASSES);
  }
}
