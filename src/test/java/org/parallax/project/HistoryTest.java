package org.parallax.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

  static final String TEXT = "Officials called the protesters rioters and thugs, reportedly.";

  static Code code(String id, String name, String parent) {
    return new Code(id, name, "#e6194b", "", parent);
  }

  static Coding coding(String id, String code, int start, int end) {
    return new Coding(id, code, Anchor.of("a1", TEXT, start, end), "2026-12-02T00:00:00Z");
  }

  @Test
  void undoAndRedoWalkEveryEditBackAndForth() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Blame", null)));
    h.apply(new Edit.AddCoding(coding("k1", "c1", 32, 39)));
    h.apply(new Edit.ChangeCode(code("c1", "Blame", null).withName("Blame shifting")));
    Project done = h.current();
    assertEquals("Blame shifting", done.code("c1").orElseThrow().name());
    assertEquals("Change code “Blame shifting”", h.undoLabel().orElseThrow());

    h.undo();
    assertEquals("Blame", h.current().code("c1").orElseThrow().name());
    h.undo();
    assertTrue(h.current().codings().isEmpty());
    h.undo();
    assertEquals(Project.EMPTY, h.current());
    assertFalse(h.canUndo());

    h.redo();
    h.redo();
    h.redo();
    assertEquals(done, h.current());
    assertFalse(h.canRedo());
  }

  @Test
  void aNewEditAfterUndoDropsTheRedoneFuture() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Blame", null)));
    h.undo();
    h.apply(new Edit.AddCode(code("c2", "Threat", null)));
    assertFalse(h.canRedo());
    assertEquals(List.of("Threat"), h.current().codes().stream().map(Code::name).toList());
  }

  @Test
  void workspaceChangesSurviveUndoButAreNotEdits() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Blame", null)));
    Workspace w = new Workspace(List.of("b", "a"), List.of("a"), null, null, "tables", null, null, 0, null, null);
    h.setWorkspace(w);
    h.undo();
    assertTrue(h.current().codes().isEmpty());
    assertEquals(w, h.current().workspace());
    assertFalse(h.canUndo());
  }

  @Test
  void aFailedEditChangesNothing() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Blame", null)));
    Project before = h.current();
    assertThrows(IllegalArgumentException.class, () -> h.apply(new Edit.AddCoding(coding("k1", "nope", 0, 9))));
    assertSame(before, h.current());
    assertEquals("New code “Blame”", h.undoLabel().orElseThrow());
  }

  @Test
  void deletingACodeDeletesItsNestedCodesTheirCodingsAndTheirMemos() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Actors", null)));
    h.apply(new Edit.AddCode(code("c2", "Police", "c1")));
    h.apply(new Edit.AddCode(code("c3", "Tone", null)));
    h.apply(new Edit.AddCoding(coding("k1", "c2", 0, 9)));
    h.apply(new Edit.AddCoding(coding("k2", "c3", 44, 49)));
    h.apply(new Edit.PutMemo(new Memo("m1", Target.coding("k1"), "officials = police?", "t", "t")));
    h.apply(new Edit.PutMemo(new Memo("m2", Target.corpus(), "whole story", "t", "t")));
    assertEquals("Actors/Police", h.current().path("c2"));

    h.apply(new Edit.DeleteCode("c1"));
    Project p = h.current();
    assertEquals(List.of("c3"), p.codes().stream().map(Code::id).toList());
    assertEquals(List.of("k2"), p.codings().stream().map(Coding::id).toList());
    assertEquals(List.of("m2"), p.memos().stream().map(Memo::id).toList());

    h.undo();
    assertEquals(3, h.current().codes().size());
    assertEquals(2, h.current().memos().size());
  }

  @Test
  void mergingCodesRecodesTheirSegmentsWithoutDoublingASegmentCodedWithBoth() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Hostile label", null)));
    h.apply(new Edit.AddCode(code("c2", "Loaded label", null)));
    h.apply(new Edit.AddCode(code("c3", "Crime frame", "c1")));
    h.apply(new Edit.AddCoding(coding("k1", "c1", 32, 39)));
    h.apply(new Edit.AddCoding(coding("k2", "c2", 32, 39)));
    h.apply(new Edit.AddCoding(coding("k3", "c1", 44, 49)));
    h.apply(new Edit.PutMemo(new Memo("m1", Target.coding("k1"), "why hostile", "t", "t")));

    h.apply(new Edit.MergeCodes("c1", "c2"));
    Project p = h.current();
    assertEquals(List.of("c2", "c3"), p.codes().stream().map(Code::id).toList());
    assertEquals("Loaded label/Crime frame", p.path("c3"));
    assertEquals(List.of("k2:c2", "k3:c2"), p.codings().stream().map(c -> c.id() + ":" + c.code()).toList());
    assertEquals(List.of(Target.coding("k2")), p.memos().stream().map(Memo::target).toList());
  }

  @Test
  void aCodeCannotBeNestedInItsOwnSubtree() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Actors", null)));
    h.apply(new Edit.AddCode(code("c2", "Police", "c1")));
    assertThrows(IllegalArgumentException.class,
        () -> h.apply(new Edit.ChangeCode(code("c1", "Actors", "c2"))));
  }

  @Test
  void aMemoIsWrittenChangedAndDeletedByItsText() {
    History h = new History(Project.EMPTY);
    Memo m = new Memo("m1", Target.article("a1"), "first", "t0", "t0");
    h.apply(new Edit.PutMemo(m));
    h.apply(new Edit.PutMemo(m.withText("second", "t1")));
    assertEquals(List.of("second"), h.current().memos().stream().map(Memo::text).toList());
    h.apply(new Edit.PutMemo(m.withText("", "t2")));
    assertTrue(h.current().memos().isEmpty());
    h.undo();
    assertEquals("second", h.current().memos().get(0).text());
  }

  @Test
  void aNewVerdictOnTheSameFindingReplacesTheOld() {
    Anchor at = Anchor.of("a1", TEXT, 32, 39);
    Target t = Target.finding(Target.Kind.loaded, null, at);
    History h = new History(Project.EMPTY);
    h.apply(new Edit.Correct(new Correction("x1", Correction.Action.reject, t, null, null, null, "t")));
    h.apply(new Edit.Correct(new Correction("x2", Correction.Action.confirm, t, null, null, null, "t")));
    assertEquals(List.of("x2"), h.current().corrections().stream().map(Correction::id).toList());
  }

  @Test
  void removingACodingWithdrawingACorrectionAndACompoundEditAreUndoneWhole() {
    History h = new History(Project.EMPTY);
    h.apply(new Edit.AddCode(code("c1", "Blame", null)));
    h.apply(new Edit.AddCoding(coding("k1", "c1", 32, 39)));
    h.apply(new Edit.PutMemo(new Memo("m1", Target.coding("k1"), "note", "t", "t")));
    h.apply(new Edit.RemoveCoding("k1"));
    assertTrue(h.current().codings().isEmpty());
    assertTrue(h.current().memos().isEmpty(), "a coding's memo goes with it");
    h.undo();
    assertEquals(List.of("m1"), h.current().memos().stream().map(Memo::id).toList());

    Target t = Target.finding(Target.Kind.hedge, null, Anchor.of("a1", TEXT, 51, 61));
    h.apply(new Edit.Correct(new Correction("x1", Correction.Action.reject, t, null, null, null, "t")));
    h.apply(new Edit.Withdraw("x1"));
    assertTrue(h.current().corrections().isEmpty());
    h.undo();
    assertEquals(1, h.current().corrections().size());

    Project before = h.current();
    h.apply(new Edit.All("Article details", List.of(
        new Edit.Correct(new Correction("s1", Correction.Action.set, Target.article("a1"), null, "title", "T", "t")),
        new Edit.Correct(new Correction("s2", Correction.Action.set, Target.article("a1"), null, "outlet", "O", "t")))));
    assertEquals("Article details", h.undoLabel().orElseThrow());
    assertEquals(3, h.current().corrections().size());
    h.undo();
    assertEquals(before, h.current());
  }
}
