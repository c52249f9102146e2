package org.parallax.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.project.Anchor;
import org.parallax.project.Code;
import org.parallax.project.Coding;
import org.parallax.project.Correction;
import org.parallax.project.Edit;
import org.parallax.project.History;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.ProjectFile;
import org.parallax.project.Target;
import org.parallax.project.Workspace;

/**
 * The analyst's project in the workbench: the current {@link Project}, undo and redo, and saving.
 *
 * <p>Every edit is saved at once in the background (one save at a time; edits made meanwhile are saved
 * together right after). A save that fails leaves the previous file intact and says so in {@link
 * #status}; the edits stay in memory and are saved with the next edit, or elsewhere with {@link #saveAs}.
 * A project file that cannot be read (newer version, damaged) is left untouched: the corpus opens with an
 * empty project that is not saved over it ({@link #readOnly}). Nothing is written into a corpus folder
 * until the analyst's first code, memo or correction; from then on the workspace is saved with them.
 */
public final class ProjectViewModel {

  /** The colours offered to new codes, in turn; the style sheet has a {@code code-N} class for each. */
  public static final List<String> PALETTE = List.of(
      "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4",
      "#42d4f4", "#f032e6", "#bfef45", "#fabed4", "#469990", "#9a6324");

  private final TaskRunner tasks;
  private final Clock clock;
  private History history = new History(Project.EMPTY);
  private volatile Path file;
  private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(Project.EMPTY);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
  private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
  private boolean saving;
  private boolean dirty;
  private long saves;

  public ProjectViewModel(TaskRunner tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  /** Reads the project of the corpus in {@code folder}; the history starts afresh. */
  public void open(Path folder) {
    file = ProjectFile.of(folder);
    readOnly.set(false);
    status.set("");
    Project p;
    try {
      p = ProjectFile.read(file);
    } catch (ProjectFile.ProjectFileException e) {
      p = Project.EMPTY;
      readOnly.set(true);
      status.set(e.getMessage());
    }
    history = new History(p);
    dirty = false;
    publish();
  }

  /** Applies {@code edit}; false (and the reason in {@link #status}) if it cannot be applied. */
  public boolean apply(Edit edit) {
    try {
      history.apply(edit);
    } catch (IllegalArgumentException e) {
      status.set(edit.label() + ": " + e.getMessage());
      return false;
    }
    changed();
    return true;
  }

  public void undo() {
    if (history.canUndo()) {
      history.undo();
      changed();
    }
  }

  public void redo() {
    if (history.canRedo()) {
      history.redo();
      changed();
    }
  }

  /** Records the workspace; saved like an edit but not undone. */
  public void setWorkspace(Workspace w) {
    if (w.equals(history.current().workspace())) {
      return;
    }
    history.setWorkspace(w);
    project.set(history.current());
    save();
  }

  private void changed() {
    publish();
    save();
  }

  private void publish() {
    project.set(history.current());
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
    undoLabel.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
    redoLabel.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
  }

  private void save() {
    if (file == null || readOnly.get()) {
      return;
    }
    // Looking at a corpus writes nothing into it: the project file appears with the analyst's first code,
    // memo or correction, and from then on keeps the workspace too. A corpus folder that is gone (or a
    // test's made-up one) gets no folder created for it.
    if (history.current().isEmpty() && !java.nio.file.Files.exists(file)) {
      return;
    }
    Path corpusFolder = file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().getParent();
    if (ProjectFile.NAME.equals(file.getFileName().toString()) && corpusFolder != null && !java.nio.file.Files.isDirectory(corpusFolder)) {
      status.set("Saving failed: the corpus folder " + corpusFolder + " is gone. Use File > Save project as… to keep your edits.");
      return;
    }
    if (saving) {
      dirty = true;
      return;
    }
    saving = true;
    dirty = false;
    Project snapshot = history.current();
    long version = ++versions;
    Path target = file;
    tasks.run(
        () -> {
          try {
            write(snapshot, version, target);
            return null;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        done -> {
          saving = false;
          saves++;
          if (status.get().startsWith("Saving failed")) {
            status.set("Saved to " + target);
          }
          if (dirty) {
            save();
          }
        },
        error -> {
          saving = false;
          Throwable cause = error instanceof java.io.UncheckedIOException u ? u.getCause() : error;
          status.set("Saving failed: " + cause.getMessage() + ". Your edits are kept in the window;"
              + " use File > Save project as… to keep them elsewhere.");
          // Tried again with the next edit, not in a loop against a full disk.
          dirty = false;
        });
  }

  /** Versions handed to writes, in edit order; guarded by the UI thread. */
  private long versions;
  /** The newest version written to disk; guarded by {@link #writeLock}. */
  private long written;
  private final Object writeLock = new Object();

  /**
   * Writes {@code p}, the project as of {@code version}, unless a newer version is already on disk: a
   * background save that finishes after {@link #flush} must not put an older project back.
   */
  private void write(Project p, long version, Path target) throws IOException {
    synchronized (writeLock) {
      if (version <= written && target.equals(file)) {
        return;
      }
      ProjectFile.write(p, target);
      written = version;
    }
  }

  /**
   * Saves now, on this thread, whatever edit is not on disk yet: the window is closing and a save still
   * queued in the background could be cut off with the application.
   */
  public void flush() {
    if (file == null || readOnly.get() || (history.current().isEmpty() && !java.nio.file.Files.exists(file))) {
      return;
    }
    try {
      write(history.current(), ++versions, file);
      dirty = false;
    } catch (IOException e) {
      status.set("Saving failed: " + e.getMessage());
    }
  }

  /** Saves the project to {@code target} and keeps saving there from now on. */
  public void saveAs(Path target) {
    file = target;
    readOnly.set(false);
    status.set("");
    save();
  }

  // Intention-named edits for the views.

  /** A new top-level (or nested) code in the next palette colour. */
  public Optional<Code> newCode(String name, String parent) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String color = PALETTE.get(history.current().codes().size() % PALETTE.size());
    Code c = new Code(UUID.randomUUID().toString(), name.strip(), color, "", parent);
    return apply(new Edit.AddCode(c)) ? Optional.of(c) : Optional.empty();
  }

  /**
   * Codes {@code [start, end)} of {@code article}, widened to whole words, with {@code code}; a span
   * already so coded is left.
   */
  public boolean code(Article article, int start, int end, String code) {
    return code(article, start, end, List.of(code));
  }

  /** As {@link #code(Article, int, int, String)} with several codes: one step of undo. */
  public boolean code(Article article, int start, int end, List<String> codes) {
    if (start >= end) {
      status.set("Select some text to code first.");
      return false;
    }
    int[] words = wholeWords(article.text(), start, end);
    Anchor at = Anchor.of(article.id(), article.text(), words[0], words[1]);
    List<Edit> edits = new java.util.ArrayList<>();
    for (String code : codes) {
      boolean twice = history.current().codings().stream().anyMatch(c -> c.code().equals(code) && c.anchor().equals(at));
      if (!twice) {
        edits.add(new Edit.AddCoding(new Coding(UUID.randomUUID().toString(), code, at, now())));
      }
    }
    if (edits.isEmpty()) {
      return false;
    }
    return apply(edits.size() == 1 ? edits.get(0) : new Edit.All("Apply " + edits.size() + " codes", edits));
  }

  /** {@code [start, end)} widened to whole words, as QDA programs code: a drag inside a word takes all of it. */
  static int[] wholeWords(String text, int start, int end) {
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start))) {
      start--;
    }
    while (end < text.length() && end > 0 && Character.isLetterOrDigit(text.charAt(end - 1)) && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return new int[] {start, end};
  }

  /** The memo on {@code target}, if there is one. */
  public Optional<Memo> memoOn(Target target) {
    return history.current().memosOn(target).stream().findFirst();
  }

  /** Writes (or, with an empty text, deletes) the memo on {@code target}. */
  public boolean memo(Target target, String text) {
    Optional<Memo> old = memoOn(target);
    if (old.isEmpty() && (text == null || text.isBlank())) {
      return false;
    }
    if (old.isPresent() && old.get().text().equals(text)) {
      return false;
    }
    Memo m = old.map(o -> o.withText(text, now()))
        .orElseGet(() -> new Memo(UUID.randomUUID().toString(), target, text, now(), now()));
    return apply(new Edit.PutMemo(m));
  }

  /**
   * Records the analyst's verdict on a finding; the same verdict again withdraws it (a toggle, like a
   * check box).
   */
  public boolean verdict(Target target, Correction.Action action) {
    Optional<Correction> same = verdictOn(target).filter(c -> c.action() == action);
    if (same.isPresent()) {
      return apply(new Edit.Withdraw(same.get().id()));
    }
    return apply(new Edit.Correct(new Correction(UUID.randomUUID().toString(), action, target, null, null, null, now())));
  }

  /** The analyst's reject or confirm on {@code target}, if any. */
  public Optional<Correction> verdictOn(Target target) {
    return history.current().corrections().stream()
        .filter(c -> (c.action() == Correction.Action.reject || c.action() == Correction.Action.confirm)
            && c.target().equals(target))
        .findFirst();
  }

  /** Sets an article's title, outlet or date ({@code null} or blank: back to what the file says). */
  public boolean setField(String article, String field, String value) {
    return apply(new Edit.Correct(new Correction(UUID.randomUUID().toString(), Correction.Action.set,
        Target.article(article), null, field, value == null ? "" : value, now())));
  }

  public boolean merge(Target into, Target other) {
    return apply(new Edit.Correct(new Correction(UUID.randomUUID().toString(), Correction.Action.merge, into, other, null, null, now())));
  }

  public boolean split(Target mention) {
    return apply(new Edit.Correct(new Correction(UUID.randomUUID().toString(), Correction.Action.split, mention, null, null, null, now())));
  }

  public boolean align(Span a, Article aa, Span b, Article ba) {
    Target t = Target.span(Anchor.of(a.article(), aa.text(), a.start(), a.end()));
    Target o = Target.span(Anchor.of(b.article(), ba.text(), b.start(), b.end()));
    return apply(new Edit.Correct(new Correction(UUID.randomUUID().toString(), Correction.Action.align, t, o, null, null, now())));
  }

  private String now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  public Project current() {
    return history.current();
  }

  public ReadOnlyObjectProperty<Project> project() {
    return project.getReadOnlyProperty();
  }

  /** Empty, or what went wrong reading or saving the project, in words. */
  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  /** Whether the project file could not be read and is not saved over. */
  public ReadOnlyBooleanProperty readOnly() {
    return readOnly.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndo() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedo() {
    return canRedo.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty undoLabel() {
    return undoLabel.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoLabel() {
    return redoLabel.getReadOnlyProperty();
  }

  /** Where the project is saved; null before a corpus is open. */
  public Path file() {
    return file;
  }

  /** Saves completed so far (for tests and the status line). */
  long saves() {
    return saves;
  }
}
