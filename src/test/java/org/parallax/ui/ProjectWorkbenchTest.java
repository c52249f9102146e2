package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.corpus.Article;
import org.parallax.project.Code;
import org.parallax.project.Correction;
import org.parallax.project.Project;
import org.parallax.project.ProjectFile;
import org.parallax.project.Target;
import org.parallax.text.TextRange;

/** The analyst's layer in the workbench: every edit shows, undoes, saves, and comes back after F5 and a restart. */
class ProjectWorkbenchTest {

  @TempDir Path corpus;

  private WorkbenchViewModel open() {
    WorkbenchViewModel wb = new WorkbenchViewModel(new SameThreadTasks(), folder -> Story.analysis(), new AppSettings(new MemoryPreferences()));
    wb.corpus().openCorpus(corpus);
    return wb;
  }

  private static Article a1(WorkbenchViewModel wb) {
    return wb.article("a1").orElseThrow();
  }

  private static String codeId(WorkbenchViewModel wb, String name) {
    return wb.project().current().codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
  }

  @Test
  void lookingAtACorpusWritesNothingIntoIt() {
    WorkbenchViewModel wb = open();
    wb.columns().moveRight("a1");
    wb.navigator().select("q1");
    assertFalse(Files.exists(corpus.resolve(".parallax")));
  }

  @Test
  void aCodedSpanIsMarkedListedUnderItsCodeAndSavedAtOnce() throws Exception {
    WorkbenchViewModel wb = open();
    Code blame = wb.project().newCode("Blame", null).orElseThrow();
    assertTrue(wb.project().code(a1(wb), 0, 5, blame.id()));

    assertEquals(List.of(new TextRange(0, 5)), wb.codeMarks("a1").stream().map(ArticleMarks.CodeMark::range).toList());
    assertTrue(wb.runs(a1(wb)).get(0).classes().contains("code-0"), wb.runs(a1(wb)).get(0).classes().toString());
    NavItem item = wb.navigator().find(WorkbenchViewModel.CODE_ITEM + blame.id()).orElseThrow();
    assertEquals("Blame (1)", item.title());
    assertEquals(a1(wb).text().substring(0, 5), item.passages().get(0).span().text());
    assertEquals(List.of("Code: Blame"), wb.notesAt("a1", 2).stream().filter(n -> n.startsWith("Code")).toList());
    wb.navigator().select(item.id());
    assertEquals("Code: Blame (1)", wb.detail().title().get());
    assertEquals(List.of("Blame"), wb.detail().rows().stream().map(DetailViewModel.Row::tag).toList());
    assertTrue(wb.detail().rows().stream().allMatch(r -> r.diff() == null));

    assertEquals("1 code · 1 coding", MainWindow.projectSummary(wb.project()));
    Project saved = ProjectFile.read(ProjectFile.of(corpus));
    assertEquals(1, saved.codings().size());
    assertEquals(a1(wb).text().substring(0, 5), saved.codings().get(0).anchor().exact());
  }

  @Test
  void aSelectionInsideWordsCodesTheWholeWords() {
    WorkbenchViewModel wb = open();
    Code blame = wb.project().newCode("Blame", null).orElseThrow();
    wb.project().code(a1(wb), 2, 8, blame.id());
    assertEquals("Kerry said", wb.project().current().codings().get(0).anchor().exact());
  }

  @Test
  void severalCodesAtOnceAreOneStepOfUndoAndACodeTheSpanHasIsNotAppliedTwice() {
    WorkbenchViewModel wb = open();
    Code blame = wb.project().newCode("Blame", null).orElseThrow();
    Code threat = wb.project().newCode("Threat", null).orElseThrow();
    wb.project().code(a1(wb), 0, 5, blame.id());
    assertTrue(wb.project().code(a1(wb), 0, 5, List.of(blame.id(), threat.id())));
    assertEquals(List.of("Blame", "Threat"),
        wb.project().current().codings().stream().map(c -> wb.project().current().path(c.code())).toList());
    assertEquals("Undo Apply code", wb.project().undoLabel().get(), "only Threat was new: one coding");
    wb.project().undo();
    Code hedge = wb.project().newCode("Hedge", null).orElseThrow();
    assertTrue(wb.project().code(a1(wb), 0, 5, List.of(threat.id(), hedge.id())));
    assertEquals("Undo Apply 2 codes", wb.project().undoLabel().get());
    wb.project().undo();
    assertEquals(List.of("Blame"),
        wb.project().current().codings().stream().map(c -> wb.project().current().path(c.code())).toList());
  }

  @Test
  void undoAndRedoTakeACodingBackAndForth() {
    WorkbenchViewModel wb = open();
    Code blame = wb.project().newCode("Blame", null).orElseThrow();
    wb.project().code(a1(wb), 0, 5, blame.id());
    assertEquals("Undo Apply code", wb.project().undoLabel().get());
    wb.project().undo();
    assertTrue(wb.codeMarks("a1").isEmpty());
    assertEquals("Blame (0)", wb.navigator().find(WorkbenchViewModel.CODE_ITEM + blame.id()).orElseThrow().title());
    wb.project().redo();
    assertEquals(1, wb.codeMarks("a1").size());
    assertFalse(wb.project().canRedo().get());
  }

  @Test
  void aRejectedQuotationIsLeftOutAndShownMarkedOnRequest() throws Exception {
    WorkbenchViewModel wb = open();
    Target q1 = wb.targetOf(wb.navigator().find("q1").orElseThrow()).orElseThrow();
    assertEquals(Target.Kind.quote, q1.kind());
    assertTrue(wb.project().verdict(q1, Correction.Action.reject));
    assertTrue(wb.navigator().find("q1").isEmpty());
    assertTrue(wb.analysis().get().quotes().stream().noneMatch(q -> q.id().equals("q1")));

    wb.showRejected().set(true);
    NavItem shown = wb.navigator().find("q1").orElseThrow();
    assertTrue(shown.title().startsWith("✗ "), shown.title());
    assertEquals("Rejected by analyst", shown.notes().get(0));

    // The same verdict again withdraws it.
    wb.project().verdict(q1, Correction.Action.reject);
    assertFalse(wb.navigator().find("q1").orElseThrow().title().startsWith("✗ "));
    assertEquals(List.of(), ProjectFile.read(ProjectFile.of(corpus)).corrections());
  }

  @Test
  void aMemoOnAFindingShowsWithItsItem() {
    WorkbenchViewModel wb = open();
    Target q1 = wb.targetOf(wb.navigator().find("q1").orElseThrow()).orElseThrow();
    wb.project().memo(q1, "Fars cuts the second half");
    NavItem item = wb.navigator().find("q1").orElseThrow();
    assertTrue(item.title().startsWith("✎ "), item.title());
    assertTrue(item.notes().contains("Memo: Fars cuts the second half"), item.notes().toString());
  }

  @Test
  void anArticlesOutletSetByTheAnalystNamesItsColumn() {
    WorkbenchViewModel wb = open();
    wb.project().setField("a1", "outlet", "Fars News Agency");
    assertEquals("Fars News Agency", a1(wb).outlet());
    assertEquals("Fars News Agency", wb.columns().shown().get(0).outlet());
  }

  @Test
  void theWorkspaceComesBackAfterReanalysisAndARestart() {
    WorkbenchViewModel wb = open();
    wb.project().newCode("Blame", null);
    wb.columns().moveRight("a1");
    wb.columns().hide("a3");
    wb.navigator().select("q1");
    wb.navigator().search().set("Kerry");
    wb.tab().set("tables");
    assertEquals(List.of("a2", "a1"), wb.columns().shownIds());

    wb.corpus().reanalyse();
    assertEquals(List.of("a2", "a1"), wb.columns().shownIds());
    assertEquals("q1", wb.navigator().selected().get().id());

    WorkbenchViewModel again = open();
    assertEquals(List.of("a2", "a1"), again.columns().shownIds());
    assertEquals(List.of("a3"), again.columns().hiddenIds());
    assertEquals("q1", again.navigator().selected().get().id());
    assertEquals("Kerry", again.navigator().search().get());
    assertEquals("tables", again.tab().get());
    assertEquals(List.of("Blame"), again.project().current().codes().stream().map(Code::name).toList());
  }

  @Test
  void aDamagedProjectFileIsLeftUntouchedAndTheCorpusStillOpens() throws Exception {
    Path file = ProjectFile.of(corpus);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"schema\": \"parallax.project/1\", \"codes\": [");
    WorkbenchViewModel wb = open();
    assertEquals(List.of("a1", "a2", "a3"), wb.columns().shownIds());
    assertTrue(wb.project().readOnly().get());
    assertTrue(wb.project().status().get().startsWith(file + ": the project file is damaged"), wb.project().status().get());
    wb.project().newCode("Blame", null);
    assertEquals("{\"schema\": \"parallax.project/1\", \"codes\": [", Files.readString(file));
  }

  @Test
  void aFailedSaveIsToldAndTheEditsCanBeSavedElsewhere() throws Exception {
    WorkbenchViewModel wb = open();
    // Something takes the project folder's place: the save fails, the edit stays in the window.
    Files.writeString(corpus.resolve(".parallax"), "not a folder");
    wb.project().newCode("Blame", null);
    assertTrue(wb.project().status().get().startsWith("Saving failed: " + ProjectFile.of(corpus) + ": the project could not be saved"),
        wb.project().status().get());
    assertEquals("1 code — NOT SAVED", MainWindow.projectSummary(wb.project()));
    assertEquals(1, wb.project().current().codes().size());

    Path elsewhere = corpus.resolveSibling(corpus.getFileName() + "-project.json");
    wb.project().saveAs(elsewhere);
    assertEquals(List.of("Blame"), ProjectFile.read(elsewhere).codes().stream().map(Code::name).toList());
    Files.delete(elsewhere);
  }

  @Test
  void theMatrixCountsEachCodesOwnSegmentsPerOutlet() {
    WorkbenchViewModel wb = open();
    Code actors = wb.project().newCode("Actors", null).orElseThrow();
    Code russia = wb.project().newCode("Russia", actors.id()).orElseThrow();
    wb.project().code(a1(wb), 0, 5, actors.id());
    wb.project().code(a1(wb), 11, 20, russia.id());
    wb.project().code(wb.article("a2").orElseThrow(), 0, 4, russia.id());
    var outlets = CodesMatrixView.outlets(wb.analysis().get());
    assertEquals(List.of("Fars News", "The Moscow Times", "Press TV"), List.copyOf(outlets.keySet()));
    List<CodesMatrixView.Row> rows = CodesMatrixView.rows(wb.project().current(), wb.coded(), outlets);
    assertEquals(List.of("Actors", "Actors/Russia"), rows.stream().map(CodesMatrixView.Row::path).toList());
    assertEquals(List.of(1, 0, 0), rows.get(0).counts());
    assertEquals(List.of(1, 1, 0), rows.get(1).counts());
    assertEquals(2, rows.get(1).total());
  }
}
