package org.parallax.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;

/** Codings placed in an analysis whose article file changed around and inside them. */
class CodedTest {

  static final String TEXT = "Police said the rioters were out of control. The thugs reportedly fled.";

  static Analysis of(String text) {
    return new Analysis(Analysis.SCHEMA, new Analysis.CorpusInfo("t", "t", "t", "t"), List.of(CorrectionsTest.article("a", text)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static Project coded() {
    Project p = new Edit.AddCode(new Code("c1", "Crime frame", "#e6194b", "", null)).apply(Project.EMPTY);
    int at = TEXT.indexOf("the rioters");
    p = new Edit.AddCoding(new Coding("k1", "c1", Anchor.of("a", TEXT, at, at + 11), "t")).apply(p);
    int thugs = TEXT.indexOf("The thugs");
    p = new Edit.AddCoding(new Coding("k2", "c1", Anchor.of("a", TEXT, thugs, thugs + 9), "t")).apply(p);
    return new Edit.PutMemo(new Memo("m1", Target.coding("k1"), "why rioters?", "t", "t")).apply(p);
  }

  @Test
  void codingsFollowTheirWordsWhenTheFileChangesAroundThem() {
    String edited = "UPDATED 14:02. " + TEXT.replace("Police said", "Police officers said");
    Coded c = Coded.of(coded(), of(edited));
    assertEquals(List.of("the rioters", "The thugs"), c.segments().stream().map(s -> s.span().text()).toList());
    Span first = c.segments().get(0).span();
    assertEquals(edited.indexOf("the rioters"), first.start());
    assertEquals("why rioters?", c.segments().get(0).memoText());
    assertEquals("Crime frame", c.segments().get(0).path());
    assertEquals(List.of(), c.orphaned());
  }

  @Test
  void aCodingWhoseWordsWereEditedIsOrphanedAndKept() {
    String edited = TEXT.replace("the rioters", "the protesters");
    Coded c = Coded.of(coded(), of(edited));
    assertEquals(List.of("The thugs"), c.segments().stream().map(s -> s.span().text()).toList());
    assertEquals(List.of("k1"), c.orphaned().stream().map(Coding::id).toList());
    assertEquals("the rioters", c.orphaned().get(0).anchor().exact());
  }

  @Test
  void aCodingOfAnArticleNoLongerInTheCorpusIsOrphaned() {
    Analysis other = new Analysis(Analysis.SCHEMA, new Analysis.CorpusInfo("t", "t", "t", "t"), List.of(CorrectionsTest.article("b", TEXT)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertEquals(2, Coded.of(coded(), other).orphaned().size());
  }
}
