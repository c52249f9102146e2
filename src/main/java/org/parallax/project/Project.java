package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The analyst's layer of one corpus, as the project file holds it (schema {@value #SCHEMA}, documented
 * in the README): the code system, codings, memos, corrections and the workspace. A value: every change
 * is an {@link Edit} that makes a new project.
 *
 * <p>Invariants: ids are unique within their list; every coding's code and every code's parent is a code
 * of the project.
 */
@JsonPropertyOrder({"schema", "codes", "codings", "memos", "corrections", "workspace"})
public record Project(
    String schema,
    List<Code> codes,
    List<Coding> codings,
    List<Memo> memos,
    List<Correction> corrections,
    Workspace workspace) {

  public static final String SCHEMA = "parallax.project/1";

  /** The version this build writes; a file of a higher version is refused, never overwritten. */
  public static final int VERSION = 1;

  public static final Project EMPTY = new Project(SCHEMA, List.of(), List.of(), List.of(), List.of(), Workspace.EMPTY);

  public Project {
    codes = codes == null ? List.of() : List.copyOf(codes);
    codings = codings == null ? List.of() : List.copyOf(codings);
    memos = memos == null ? List.of() : List.copyOf(memos);
    corrections = corrections == null ? List.of() : List.copyOf(corrections);
    workspace = workspace == null ? Workspace.EMPTY : workspace;
  }

  public Optional<Code> code(String id) {
    return codes.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The code's path from the top of the code system, e.g. {@code Actors/Government}. */
  public String path(String codeId) {
    List<String> names = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Optional<Code> c = code(codeId); c.isPresent() && seen.add(c.get().id()); c = code(c.get().parent())) {
      names.add(0, c.get().name());
      if (c.get().parent() == null) {
        break;
      }
    }
    return String.join("/", names);
  }

  /** The code and every code nested in it, at any depth. */
  public List<String> subtree(String codeId) {
    List<String> out = new ArrayList<>();
    out.add(codeId);
    for (int i = 0; i < out.size(); i++) {
      String parent = out.get(i);
      for (Code c : codes) {
        if (parent.equals(c.parent()) && !out.contains(c.id())) {
          out.add(c.id());
        }
      }
    }
    return out;
  }

  /** The memos about {@code target}'s kind and item or anchor. */
  public List<Memo> memosOn(Target target) {
    return memos.stream().filter(m -> m.target().equals(target)).toList();
  }

  @JsonIgnore
  public boolean isEmpty() {
    return codes.isEmpty() && codings.isEmpty() && memos.isEmpty() && corrections.isEmpty();
  }

  Project with(List<Code> c, List<Coding> cd, List<Memo> m, List<Correction> cr) {
    return new Project(schema, c, cd, m, cr, workspace);
  }

  public Project withWorkspace(Workspace w) {
    return new Project(schema, codes, codings, memos, corrections, w);
  }
}
