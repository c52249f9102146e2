package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisInvariants;
import org.parallax.analysis.Referent;
import org.parallax.pipeline.Analyzer;

/** Small invented stories for the framing tests: written into a folder, analysed, and looked into. */
final class Stories {

  private Stories() {}

  /** Writes each name and text pair into {@code dir} and analyses it, checking the invariants. */
  static Analysis analyse(Path dir, String... namesAndTexts) throws Exception {
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      Files.writeString(dir.resolve(namesAndTexts[i]), namesAndTexts[i + 1], StandardCharsets.UTF_8);
    }
    return AnalysisInvariants.check(new Analyzer().analyze(dir));
  }

  /** The referent holding the mention {@code text} at its first place in {@code article}, if any. */
  static Optional<Referent> referentWith(Analysis a, String article, String text) {
    return referentWith(a, article, text, 0);
  }

  /** The referent holding the mention {@code text} at its {@code nth} place (0: the first) in {@code article}, if any. */
  static Optional<Referent> referentWith(Analysis a, String article, String text, int nth) {
    String body = a.article(article).orElseThrow().text();
    int from = -1;
    for (int i = 0; i <= nth; i++) {
      from = body.indexOf(text, from + 1);
      assertTrue(from >= 0, "'" + text + "' is not " + (nth + 1) + " times in " + article);
    }
    int start = from;
    return a.referents().stream()
        .filter(r -> r.mentions().stream().anyMatch(m -> m.article().equals(article) && m.start() == start && m.text().equals(text)))
        .findFirst();
  }

  /** As {@link #referentWith}, failing when no referent holds it. */
  static Referent referent(Analysis a, String article, String text) {
    return referentWith(a, article, text)
        .orElseThrow(() -> new AssertionError("no referent has '" + text + "' in " + article + ": " + a.referents()));
  }
}
