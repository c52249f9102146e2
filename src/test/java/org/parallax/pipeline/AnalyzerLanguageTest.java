package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Referent;
import org.parallax.corpus.Problem;

/** An article in another language is said to be so and kept out of the English-only framing analysis. */
class AnalyzerLanguageTest {

  @Test
  void anArticleInAnotherLanguageIsNamedAndLeftOutOfTheFramingAnalysis(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Bridge closed after cracks found\n\n"
        + "The city council of Lindenfeld voted on Tuesday to close the old bridge over the river after engineers"
        + " found cracks in two of its pillars. Mayor Anna Kessler said the closure would last at least six months."
        + " Buses will take a longer route through the industrial district while the repairs are made.\n");
    Files.writeString(dir.resolve("b.txt"), "Old bridge shut for repairs\n\n"
        + "Lindenfeld's old river bridge was shut on Tuesday when engineers reported cracks in its pillars, the"
        + " city council said. Mayor Anna Kessler told reporters the repairs would take at least six months.\n");
    Files.writeString(dir.resolve("c.txt"), "Brücke gesperrt\n\n"
        + "Der Stadtrat von Lindenfeld hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sperren,"
        + " nachdem Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten. Bürgermeisterin Anna Kessler sagte,"
        + " die Sperrung werde mindestens sechs Monate dauern und die Busse würden einen Umweg durch das"
        + " Industriegebiet fahren, solange die Reparaturen andauern.\n");
    Analysis a = new Analyzer().run(dir, ProgressListener.NONE, new Cancellation()).analysis();

    assertEquals(3, a.articles().size(), "the article is kept: its text is still shown and compared");
    assertTrue(a.problems().contains(Problem.warning("c.txt", "tagging: written in German, not English: left out of the"
        + " referents, loaded wording and hedges, which read English only")), a.problems().toString());
    assertEquals(1, a.problems().size(), a.problems().toString());
    String german = a.articles().stream().filter(x -> x.source().equals("c.txt")).findFirst().orElseThrow().id();
    List<Referent> referents = a.referents();
    Set<String> read = referents.stream().flatMap(r -> r.mentions().stream()).map(m -> m.article())
        .collect(Collectors.toSet());
    assertTrue(!read.contains(german), "no mention is taken from the German article: " + read);
    assertTrue(referents.stream().anyMatch(r -> r.name().equals("Anna Kessler") && r.mentions().size() == 2),
        "the English articles are read as before");
  }
}
