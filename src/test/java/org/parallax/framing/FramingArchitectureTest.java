package org.parallax.framing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The framing analysis is engine code: no JavaFX, no front ends, no exports. */
class FramingArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(location -> !location.contains("/test-classes/"))
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.parallax.framing");

  @Test
  void framingUsesNeitherJavaFxNorFrontEndsNorExports() {
    noClasses()
        .that()
        .resideInAPackage("org.parallax.framing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.parallax.ui..", "org.parallax.cli..", "org.parallax.export..")
        .check(CLASSES);
  }
}
