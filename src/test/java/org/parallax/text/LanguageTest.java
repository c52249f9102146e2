package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which texts the framing analysis can read: English prose and tables yes, other languages named. */
class LanguageTest {

  private static final String ENGLISH =
      "The city council voted on Tuesday to close the old bridge over the river after engineers found"
          + " cracks in two of its pillars. The mayor said the closure would last at least six months and that"
          + " buses would take a longer route through the industrial district while the repairs are made.";

  private static final String GERMAN =
      "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu sperren, nachdem"
          + " Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten. Der Bürgermeister sagte, die Sperrung"
          + " werde mindestens sechs Monate dauern und die Busse würden einen längeren Umweg durch das"
          + " Industriegebiet fahren, solange die Reparaturen andauern.";

  private static final String PORTUGUESE =
      "A câmara municipal votou na terça-feira o encerramento da velha ponte sobre o rio, depois de os"
          + " engenheiros terem encontrado fissuras em dois dos seus pilares. O presidente da câmara disse que o"
          + " encerramento vai durar pelo menos seis meses e que os autocarros farão um percurso mais longo.";

  /** Few function words, many names and numbers: English all the same, as the model reads it. */
  private static final String RESULTS_TABLE =
      "Final standings after round twelve\n"
          + "Team Played Won Drawn Lost Points\n"
          + "Northfield Rovers 12 9 2 1 29\n"
          + "Eastbrook United 12 8 3 1 27\n"
          + "Harbour Town Athletic 12 7 1 4 22\n"
          + "Kingsway Wanderers 12 5 4 3 19\n"
          + "Top scorers: Daniel Hughes (Northfield Rovers) 14 goals; Marcus Reid (Eastbrook United) 11 goals;"
          + " Tom Walsh (Harbour Town Athletic) 9 goals. Next fixtures: Saturday, home games kick off at 3 pm.";

  @Test
  void englishProseIsEnglish() {
    assertEquals(Optional.empty(), Language.notEnglish(ENGLISH));
  }

  @Test
  void otherLanguagesAreNamed() {
    assertEquals(Optional.of("German"), Language.notEnglish(GERMAN));
    assertEquals(Optional.of("Portuguese"), Language.notEnglish(PORTUGUESE));
  }

  @Test
  void anEnglishTableWithFewFunctionWordsIsStillEnglish() {
    assertEquals(Optional.empty(), Language.notEnglish(RESULTS_TABLE));
  }

  @Test
  void aTextTooShortToTellIsTakenAsEnglish() {
    assertEquals(Optional.empty(), Language.notEnglish("Die Brücke ist gesperrt."));
    assertEquals(Optional.empty(), Language.notEnglish(""));
    assertEquals(Optional.empty(), Language.notEnglish(null));
  }

  @Test
  void anEnglishArticleQuotingAnotherLanguageIsEnglish() {
    assertEquals(Optional.empty(), Language.notEnglish(ENGLISH + " A sign on the bridge read: \"Die Brücke ist gesperrt.\" "
        + ENGLISH));
  }

  @Test
  void codesAreNamedInEnglish() {
    assertEquals("Dutch", Language.name("nld"));
    assertEquals("Portuguese", Language.name("por"));
  }
}
