package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of JavaFX or of its front ends; the app and the command line drive it. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          // Not ImportOption.DO_NOT_INCLUDE_TESTS: it only knows the folder name target/test-classes.
          .withImportOption(location -> !location.contains("/test-classes/"))
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.parallax");

  private static final String[] ENGINE = {
    "org.parallax.corpus..",
    "org.parallax.text..",
    "org.parallax.analysis..",
    "org.parallax.quotes..",
    "org.parallax.align..",
    "org.parallax.export..",
    "org.parallax.framing.."
  };

  @Test
  void engineDoesNotUseJavaFx() {
    noClasses()
        .that()
        .resideInAnyPackage(ENGINE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..")
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
        .check(CLASSES);
  }

  @Test
  void commandLineDoesNotLoadJavaFx() {
    noClasses()
        .that()
        .resideInAPackage("org.parallax.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.parallax.ui..")
        .check(CLASSES);
  }
}
