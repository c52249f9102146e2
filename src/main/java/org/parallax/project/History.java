package org.parallax.project;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The project as the analyst changes it, with undo and redo across the session. Projects are values, so
 * undo restores the previous one exactly. Workspace changes (column order, selection) are not edits:
 * they replace the workspace of the current project without entering the history.
 *
 * <p>Not thread-safe: the app drives it from its UI thread.
 */
public final class History {

  private Project current;
  private final Deque<Step> undo = new ArrayDeque<>();
  private final Deque<Step> redo = new ArrayDeque<>();

  /** An edit and the project that undoing (or redoing) it restores. */
  private record Step(Project restore, Edit edit) {}

  public History(Project start) {
    this.current = start;
  }

  public Project current() {
    return current;
  }

  /** Applies {@code edit}; throws {@link IllegalArgumentException} and changes nothing if it cannot. */
  public Project apply(Edit edit) {
    Project next = edit.apply(current);
    undo.push(new Step(current, edit));
    redo.clear();
    current = next;
    return current;
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  /** The label of the edit undo would take back. */
  public Optional<String> undoLabel() {
    return Optional.ofNullable(undo.peek()).map(s -> s.edit().label());
  }

  public Optional<String> redoLabel() {
    return Optional.ofNullable(redo.peek()).map(s -> s.edit().label());
  }

  public Project undo() {
    Step s = undo.pop();
    redo.push(new Step(current, s.edit()));
    current = s.restore().withWorkspace(current.workspace());
    return current;
  }

  public Project redo() {
    Step s = redo.pop();
    undo.push(new Step(current, s.edit()));
    current = s.restore().withWorkspace(current.workspace());
    return current;
  }

  public Project setWorkspace(Workspace w) {
    current = current.withWorkspace(w);
    return current;
  }
}
