package org.parallax.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;

class CorrectionsTest {

  static final String A = "Police said the rioters were \"out of control\". The thugs reportedly fled.";
  static final String B = "Officers said the protesters were \"out of control\". Protesters left the square.";

  static Article article(String id, String text) {
    return new Article(id, id + ".txt", "text", "UTF-8", "T " + id, null, null, null, null, text,
        List.of(new TextRange(0, text.length())), List.of());
  }

  static Span span(String id, String text, String words) {
    int at = text.indexOf(words);
    return new Span(id, at, at + words.length(), words);
  }

  static Anchor anchor(String id, String text, String words) {
    Span s = span(id, text, words);
    return Anchor.of(id, text, s.start(), s.end());
  }

  static Referent.Mention mention(String id, String text, String words, boolean loaded) {
    Span s = span(id, text, words);
    return new Referent.Mention(id, s.start(), s.end(), words, loaded);
  }

  static Analysis analysis() {
    Span qa = span("a", A, "out of control");
    Span qb = span("b", B, "out of control");
    QuoteGroup q = new QuoteGroup("q1", "Police", List.of(
        new QuoteGroup.Occurrence("a", qa.start(), qa.end(), qa.text(), "Police", QuoteGroup.Match.verbatim),
        new QuoteGroup.Occurrence("b", qb.start(), qb.end(), qb.text(), "Officers", QuoteGroup.Match.verbatim)));
    FactGroup f = new FactGroup("f1", 0.8, List.of(span("a", A, "Police said the rioters were \"out of control\"."),
        span("b", B, "Officers said the protesters were \"out of control\".")), List.of());
    Referent crowd = new Referent("r1", "protesters", "group", List.of(
        mention("a", A, "the rioters", true), mention("a", A, "The thugs", true), mention("b", B, "the protesters", false)));
    Referent police = new Referent("r2", "Police", "organisation", List.of(
        mention("a", A, "Police", false), mention("b", B, "Officers", false)));
    Referent square = new Referent("r3", "the square", "place", List.of(mention("b", B, "the square", false)));
    Divergence d = new Divergence("d1", "label", "r1", List.of(span("a", A, "the rioters"), span("b", B, "the protesters")), "");
    Span hedge = span("a", A, "reportedly");
    Wording w = new Wording("a", span("a", A, "thugs").start(), span("a", A, "thugs").end(), "thugs", "label", "thugs",
        0.9, true, "lexicon", List.of());
    return new Analysis(Analysis.SCHEMA, new Analysis.CorpusInfo("t", "t", "t", "t"), List.of(article("a", A), article("b", B)),
        List.of(q), List.of(f), List.of(crowd, police, square), List.of(d), List.of(hedge), List.of(), List.of(),
        List.of(new Hedge("a", hedge.start(), hedge.end(), hedge.text(), "hedge", "reportedly")), List.of(), List.of(), List.of(w));
  }

  static int n;

  static Correction correction(Correction.Action action, Target target, Target other) {
    return new Correction("x" + (++n), action, target, other, null, null, "t");
  }

  static Project with(Correction... cs) {
    Project p = Project.EMPTY;
    for (Correction c : cs) {
      p = new Edit.Correct(c).apply(p);
    }
    return p;
  }

  @Test
  void rejectedFindingsAreLeftOutAndNamed() {
    Project p = with(
        correction(Correction.Action.reject, Target.finding(Target.Kind.quote, "q9", anchor("b", B, "out of control")), null),
        correction(Correction.Action.reject, Target.finding(Target.Kind.fact, null, anchor("a", A, "the rioters were")), null),
        correction(Correction.Action.reject, Target.finding(Target.Kind.divergence, "d1", anchor("b", B, "the protesters")), null),
        correction(Correction.Action.reject, Target.finding(Target.Kind.hedge, null, anchor("a", A, "reportedly")), null));
    Corrections.Corrected c = Corrections.apply(analysis(), p);
    assertTrue(c.analysis().quotes().isEmpty());
    assertTrue(c.analysis().facts().isEmpty());
    assertTrue(c.analysis().divergences().isEmpty());
    assertTrue(c.analysis().hedges().isEmpty());
    assertTrue(c.analysis().hedgeCues().isEmpty());
    assertEquals(List.of("q1", "f1", "d1", "a:57-67"), c.verdicts().stream().map(Corrections.Verdict::item).toList());
    assertTrue(c.rejected("q1"));
    assertTrue(c.orphaned().isEmpty());
  }

  @Test
  void keptRejectionsLeaveTheFindingForTheReportToMark() {
    Project p = with(correction(Correction.Action.reject, Target.finding(Target.Kind.quote, "q1", anchor("a", A, "out of control")), null));
    Corrections.Corrected c = Corrections.apply(analysis(), p, Corrections.Rejected.KEEP);
    assertEquals(1, c.analysis().quotes().size());
    assertTrue(c.rejected("q1"));
  }

  @Test
  void aRejectedLoadedFlagUnflagsTheMentionAndDropsTheWording() {
    Project p = with(correction(Correction.Action.reject, Target.finding(Target.Kind.loaded, null, anchor("a", A, "thugs")), null),
        correction(Correction.Action.reject, Target.finding(Target.Kind.loaded, null, anchor("a", A, "the rioters")), null));
    Analysis a = Corrections.apply(analysis(), p).analysis();
    List<Referent.Mention> crowd = a.referents().get(0).mentions();
    assertEquals(List.of(false, false, false), crowd.stream().map(Referent.Mention::loaded).toList());
    assertTrue(a.wording().isEmpty());
  }

  @Test
  void aRejectedSpeakerIsCleared() {
    Project p = with(correction(Correction.Action.reject, Target.finding(Target.Kind.speaker, "q1", anchor("a", A, "out of control")), null));
    QuoteGroup q = Corrections.apply(analysis(), p).analysis().quotes().get(0);
    assertEquals(null, q.speaker());
    assertEquals(2, q.occurrences().size());
  }

  @Test
  void mergedReferentsBecomeOneAndASplitMentionGetsItsOwn() {
    Project p = with(
        correction(Correction.Action.merge, Target.finding(Target.Kind.referent, "r1", anchor("b", B, "the protesters")),
            Target.finding(Target.Kind.referent, "r3", anchor("b", B, "the square"))),
        correction(Correction.Action.split, Target.finding(Target.Kind.mention, "r1", anchor("a", A, "The thugs")), null));
    Analysis a = Corrections.apply(analysis(), p).analysis();
    assertEquals(List.of("r1", "r1.1", "r2"), a.referents().stream().map(Referent::id).toList());
    assertEquals(List.of("the rioters", "the protesters", "the square"),
        a.referents().get(0).mentions().stream().map(Referent.Mention::text).toList());
    assertEquals("The thugs", a.referents().get(1).name());
  }

  @Test
  void pronounsFollowTheirMentionWhenReferentsAreMergedOrSplit() {
    // Stand-in pronoun spans: "were" follows "the rioters", "fled" follows "The thugs", "left" follows "the protesters".
    Analysis base = analysis();
    List<Referent> referents = new java.util.ArrayList<>(base.referents());
    Referent crowd = referents.get(0);
    referents.set(0, new Referent(crowd.id(), crowd.name(), crowd.kind(), crowd.mentions(),
        List.of(mention("a", A, "were", false), mention("a", A, "fled", false))));
    Referent square = referents.get(2);
    referents.set(2, new Referent(square.id(), square.name(), square.kind(), square.mentions(), List.of(mention("b", B, "left", false))));
    Analysis with = new Analysis(base.schema(), base.corpus(), base.articles(), base.quotes(), base.facts(), referents,
        base.divergences(), base.hedges(), base.unique(), base.problems(), base.hedgeCues(), base.outlets(),
        base.proposedTerms(), base.wording());
    Project p = with(
        correction(Correction.Action.merge, Target.finding(Target.Kind.referent, "r1", anchor("b", B, "the protesters")),
            Target.finding(Target.Kind.referent, "r3", anchor("b", B, "the square"))),
        correction(Correction.Action.split, Target.finding(Target.Kind.mention, "r1", anchor("a", A, "The thugs")), null));
    Analysis a = Corrections.apply(with, p).analysis();
    assertEquals(List.of("were", "left"), a.referents().get(0).pronouns().stream().map(Referent.Mention::text).toList());
    assertEquals(List.of("fled"), a.referents().get(1).pronouns().stream().map(Referent.Mention::text).toList());
  }

  @Test
  void twoPassagesTheAnalystAlignsBecomeAFact() {
    Project p = with(correction(Correction.Action.align, Target.span(anchor("a", A, "The thugs reportedly fled.")),
        Target.span(anchor("b", B, "Protesters left the square."))));
    Corrections.Corrected c = Corrections.apply(analysis(), p);
    FactGroup added = c.analysis().facts().get(1);
    assertEquals("fa1", added.id());
    assertEquals(List.of("The thugs reportedly fled.", "Protesters left the square."),
        added.members().stream().map(Span::text).toList());
    assertEquals(c.analysis(), Corrections.apply(c.analysis(), p, Corrections.Rejected.KEEP).analysis());
  }

  @Test
  void anArticleFieldIsSet() {
    Project p = with(new Correction("s1", Correction.Action.set, Target.article("b"), null, "outlet", " Reuters ", "t"));
    assertEquals("Reuters", Corrections.apply(analysis(), p).analysis().article("b").orElseThrow().outlet());
  }

  @Test
  void aCorrectionWhosePassageIsGoneIsOrphanedNotLost() {
    Anchor gone = Anchor.of("a", A.replace("reportedly", "allegedly"), 57, 66);
    Project p = with(correction(Correction.Action.reject, Target.finding(Target.Kind.hedge, null, gone), null));
    Corrections.Corrected c = Corrections.apply(analysis(), p);
    assertEquals(p.corrections(), c.orphaned());
    assertEquals(1, c.analysis().hedges().size());
    assertFalse(c.rejected("a:57-67"));
  }

  @Test
  void correctionsFindTheirFindingAfterTheArticleChanged() {
    Analysis before = analysis();
    Project p = with(correction(Correction.Action.reject, Target.finding(Target.Kind.hedge, null, anchor("a", A, "reportedly")), null));
    // Re-analysis of an edited file: the text moved, the hedge is found again at its new place.
    String edited = "UPDATE. " + A;
    Analysis after = new Analysis(before.schema(), before.corpus(), List.of(article("a", edited), before.articles().get(1)),
        List.of(), List.of(), List.of(), List.of(), List.of(span("a", edited, "reportedly")), List.of(), List.of());
    Corrections.Corrected c = Corrections.apply(after, p);
    assertTrue(c.analysis().hedges().isEmpty());
    assertEquals("a:65-75", c.verdicts().get(0).item());
  }
}
