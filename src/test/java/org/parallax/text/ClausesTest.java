package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

  private static List<String> clauses(String sentence) {
    return Clauses.of(sentence, new TextRange(0, sentence.length())).stream().map(r -> r.of(sentence)).toList();
  }

  @Test
  void dividesTwoFactsJoinedByACommaAndAJoiningWord() {
    assertEquals(
        List.of("Police arrested two men near the harbour on Friday", "and the court charged both of them with robbery on Monday."),
        clauses("Police arrested two men near the harbour on Friday, and the court charged both of them with robbery on Monday."));
    assertEquals(
        List.of("The army held the northern valley for a week", "while rebels kept the city and its airport under fire."),
        clauses("The army held the northern valley for a week, while rebels kept the city and its airport under fire."));
  }

  @Test
  void dividesAtSemicolonsIntoAsManyClausesAsTheSentenceTells() {
    assertEquals(
        List.of(
            "The council approved the budget late on Tuesday",
            "the mayor said she would sign it this week",
            "but the opposition vowed to fight it in court."),
        clauses("The council approved the budget late on Tuesday; the mayor said she would sign it this week, but the opposition vowed to fight it in court."));
  }

  @Test
  void leavesListsShortPartsQuotationsAndBracketsWhole() {
    // The last item of a list of short items.
    assertEquals(List.of(), clauses("Officers seized rifles, pistols, and several boxes of ammunition from the house on Friday night."));
    // A part too short to tell a fact of its own.
    assertEquals(List.of(), clauses("The minister resigned from the cabinet on Friday, and so did his deputy."));
    // Inside a quotation or brackets the speaker's sentence is not cut.
    assertEquals(List.of(), clauses("He told the crowd \u201Cwe will keep fighting for the town, and we will win this war in the end\u201D today."));
    assertEquals(List.of(), clauses("The report (which the ministry published on Monday, and which nobody has read yet) was short."));
    // No joining word after the comma.
    assertEquals(List.of(), clauses("After a long meeting in the capital on Friday, the two leaders signed the new trade agreement."));
    assertEquals(List.of(), clauses("Short."));
  }

  @Test
  void clausesAreRangesOfTheTextTheSentenceIsIn() {
    String text = "First sentence here. Police arrested two men near the harbour on Friday, and the court charged both of them with robbery on Monday.";
    int start = text.indexOf("Police");
    List<TextRange> parts = Clauses.of(text, new TextRange(start, text.length()));
    assertEquals(2, parts.size());
    assertEquals(start, parts.get(0).start());
    assertEquals("and the court charged both of them with robbery on Monday.", parts.get(1).of(text));
  }
}
