package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.text.SentenceSplitter;

/** Noun phrases, their names and titles, from tags and chunking rules. */
class MentionFinderTest {

  private static List<Phrase> phrases(String text) {
    Article a = new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
    List<Tagger.Tok> toks = new Tagger().tag(a);
    return new MentionFinder(FramingLexicon.bundled()).find(0, text, toks, List.of());
  }

  private static Phrase at(List<Phrase> ps, String text) {
    return ps.stream().filter(p -> p.text.equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no phrase '" + text + "' in " + ps));
  }

  @Test
  void stripsTitlesFromAPersonalName() {
    String text = "Russian Foreign Minister Sergei Lavrov met reporters in Moscow.";
    Phrase p = at(phrases(text), "Russian Foreign Minister Sergei Lavrov");
    assertEquals(0, p.start);
    assertEquals(Phrase.Role.NAME, p.role);
    assertEquals("Sergei Lavrov", p.name);
    assertEquals(List.of("russian", "foreign", "minister"), p.titles);
  }

  @Test
  void keepsANameThatEndsInAnInstitutionWordWhole() {
    List<Phrase> ps = phrases("Officials at the White House said the Islamic State had lost ground.");
    assertEquals("White House", at(ps, "the White House").name);
    assertEquals("Islamic State", at(ps, "the Islamic State").name);
  }

  @Test
  void attachesAnOfPhraseAndAParenthesisToTheLabel() {
    String text = "Moscow bombed the Takfiri terrorists of Daesh and the Daesh (ISIL) terrorist group in Syria.";
    List<Phrase> ps = phrases(text);
    Phrase of = at(ps, "the Takfiri terrorists of Daesh");
    assertEquals(Phrase.Role.OF, of.role);
    assertEquals("Daesh", of.name);
    assertEquals(List.of("Takfiri", "terrorists"), of.loadedTerms);
    Phrase paren = at(ps, "the Daesh (ISIL) terrorist group");
    assertEquals(Phrase.Role.MODIFIER, paren.role);
    assertEquals("group", paren.head);
    assertEquals("Daesh", paren.aliases.get(0)[0]);
    assertEquals("ISIL", paren.aliases.get(0)[1]);
  }

  @Test
  void splitsAPossessorFromThePhraseItDetermines() {
    String text = "The White House remarks came following Moscow's alleged deployment of troops to Syria.";
    List<Phrase> ps = phrases(text);
    Phrase whole = at(ps, "Moscow's alleged deployment of troops");
    assertEquals(39, whole.start);
    assertEquals("'s", whole.determiner);
    assertEquals(List.of("alleged"), whole.loadedTerms);
    Phrase moscow = at(ps, "Moscow");
    assertEquals(true, moscow.nested);
  }

  @Test
  void neverTakesADatelineOrASentenceStartForANameOnItsOwn() {
    List<Phrase> ps = phrases("Millions of Syrians have fled the four-year conflict.");
    Phrase p = at(ps, "Millions of Syrians");
    assertEquals(Phrase.Role.NONE, p.role);
  }

  @Test
  void readsCyrillicAndArabicWithoutBreaking() {
    String text = "Сергей Лавров прибыл в Женеву. قال الوزير إن المحادثات مستمرة. Sergei Lavrov arrived in Geneva.";
    List<Phrase> ps = phrases(text);
    Phrase p = at(ps, "Sergei Lavrov");
    assertEquals(text.indexOf("Sergei Lavrov"), p.start);
    for (Phrase x : ps) {
      assertEquals(x.text, text.substring(x.start, x.end));
    }
  }

  @Test
  void readsAHyphenatedTokenEndingWithTheHyphen() {
    // "pro-" is a word of its own here; MentionFinder.nameLike read the character after its last hyphen.
    List<Phrase> ps = phrases("Diplomats said the pro- and anti-government forces had agreed to a ceasefire.");
    at(ps, "Diplomats");
    assertEquals(0, phrases("re-").size());
  }
}
