package org.parallax.project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One change the analyst makes to a {@link Project}. An edit is a value: {@link #apply} returns the new
 * project and leaves the old one as it was, which is what undo goes back to ({@link History}). An edit
 * that names something the project does not have (a deleted code, say) throws {@link
 * IllegalArgumentException} and changes nothing.
 */
public sealed interface Edit {

  Project apply(Project p);

  /** What the Edit menu calls it: "Undo " + label. */
  String label();

  record AddCode(Code code) implements Edit {
    public Project apply(Project p) {
      if (p.code(code.id()).isPresent()) {
        throw new IllegalArgumentException("there is already a code " + code.id());
      }
      if (code.parent() != null && p.code(code.parent()).isEmpty()) {
        throw new IllegalArgumentException("no code " + code.parent() + " to nest " + code.name() + " in");
      }
      return p.with(append(p.codes(), code), p.codings(), p.memos(), p.corrections());
    }

    public String label() {
      return "New code “" + code.name() + "”";
    }
  }

  /** Renames, recolours, describes or moves a code: the code with the same id replaces it. */
  record ChangeCode(Code code) implements Edit {
    public Project apply(Project p) {
      Code old = p.code(code.id()).orElseThrow(() -> new IllegalArgumentException("no code " + code.id()));
      if (code.parent() != null && p.subtree(code.id()).contains(code.parent())) {
        throw new IllegalArgumentException("a code cannot be nested in itself");
      }
      if (code.parent() != null && p.code(code.parent()).isEmpty()) {
        throw new IllegalArgumentException("no code " + code.parent());
      }
      return p.with(replace(p.codes(), c -> c.id().equals(old.id()), c -> code), p.codings(), p.memos(), p.corrections());
    }

    public String label() {
      return "Change code “" + code.name() + "”";
    }
  }

  /** Deletes a code, the codes nested in it, their codings and the memos on those codings. */
  record DeleteCode(String id) implements Edit {
    public Project apply(Project p) {
      p.code(id).orElseThrow(() -> new IllegalArgumentException("no code " + id));
      List<String> gone = p.subtree(id);
      List<Coding> codings = p.codings().stream().filter(c -> !gone.contains(c.code())).toList();
      List<String> goneCodings = p.codings().stream().filter(c -> gone.contains(c.code())).map(Coding::id).toList();
      List<Memo> memos = p.memos().stream()
          .filter(m -> !(m.target().kind() == Target.Kind.coding && goneCodings.contains(m.target().item())))
          .toList();
      return p.with(p.codes().stream().filter(c -> !gone.contains(c.id())).toList(), codings, memos, p.corrections());
    }

    public String label() {
      return "Delete code";
    }
  }

  /**
   * Merges the code {@code from} into {@code into}: its codings get {@code into} (a span coded with both
   * keeps one coding, with the memos of both), codes nested in it move under {@code into}, and {@code from} is deleted.
   */
  record MergeCodes(String from, String into) implements Edit {
    public Project apply(Project p) {
      p.code(from).orElseThrow(() -> new IllegalArgumentException("no code " + from));
      p.code(into).orElseThrow(() -> new IllegalArgumentException("no code " + into));
      if (p.subtree(from).contains(into)) {
        throw new IllegalArgumentException("a code cannot be merged into a code nested in it");
      }
      List<Code> codes = new ArrayList<>();
      for (Code c : p.codes()) {
        if (c.id().equals(from)) {
          continue;
        }
        codes.add(from.equals(c.parent()) ? c.withParent(into) : c);
      }
      // A span coded with both keeps the coding it had with {@code into}; memos on the other move to it.
      List<Coding> codings = new ArrayList<>();
      java.util.Map<String, String> movedTo = new java.util.HashMap<>();
      for (Coding c : p.codings()) {
        if (!c.code().equals(from)) {
          codings.add(c);
          continue;
        }
        var twin = p.codings().stream().filter(d -> d.code().equals(into) && d.anchor().equals(c.anchor())).findFirst();
        if (twin.isPresent()) {
          movedTo.put(c.id(), twin.get().id());
        } else {
          codings.add(c.withCode(into));
        }
      }
      List<Memo> memos = new ArrayList<>();
      for (Memo m : p.memos()) {
        String to = m.target().kind() == Target.Kind.coding ? movedTo.get(m.target().item()) : null;
        memos.add(to == null ? m : new Memo(m.id(), Target.coding(to), m.text(), m.created(), m.modified()));
      }
      return p.with(codes, codings, memos, p.corrections());
    }

    public String label() {
      return "Merge codes";
    }
  }

  record AddCoding(Coding coding) implements Edit {
    public Project apply(Project p) {
      if (p.code(coding.code()).isEmpty()) {
        throw new IllegalArgumentException("no code " + coding.code());
      }
      return p.with(p.codes(), append(p.codings(), coding), p.memos(), p.corrections());
    }

    public String label() {
      return "Apply code";
    }
  }

  /** Removes a coding and the memos on it. */
  record RemoveCoding(String id) implements Edit {
    public Project apply(Project p) {
      if (p.codings().stream().noneMatch(c -> c.id().equals(id))) {
        throw new IllegalArgumentException("no coding " + id);
      }
      return p.with(
          p.codes(),
          p.codings().stream().filter(c -> !c.id().equals(id)).toList(),
          p.memos().stream().filter(m -> !(m.target().kind() == Target.Kind.coding && id.equals(m.target().item()))).toList(),
          p.corrections());
    }

    public String label() {
      return "Remove coding";
    }
  }

  /** Adds a memo, or replaces the memo with the same id (a changed text). An empty text removes it. */
  record PutMemo(Memo memo) implements Edit {
    public Project apply(Project p) {
      boolean known = p.memos().stream().anyMatch(m -> m.id().equals(memo.id()));
      List<Memo> memos;
      if (memo.text().isBlank()) {
        memos = p.memos().stream().filter(m -> !m.id().equals(memo.id())).toList();
      } else if (known) {
        memos = replace(p.memos(), m -> m.id().equals(memo.id()), m -> memo);
      } else {
        memos = append(p.memos(), memo);
      }
      return p.with(p.codes(), p.codings(), memos, p.corrections());
    }

    public String label() {
      return memo.text().isBlank() ? "Delete memo" : "Memo";
    }
  }

  /** Adds a correction; a reject or confirm replaces an earlier verdict on the same target. */
  record Correct(Correction correction) implements Edit {
    public Project apply(Project p) {
      List<Correction> kept = new ArrayList<>();
      for (Correction c : p.corrections()) {
        boolean verdict = c.action() == Correction.Action.reject || c.action() == Correction.Action.confirm;
        boolean mine = correction.action() == Correction.Action.reject || correction.action() == Correction.Action.confirm;
        boolean sameField = c.action() == Correction.Action.set && correction.action() == Correction.Action.set
            && c.target().equals(correction.target()) && c.field().equals(correction.field());
        if ((verdict && mine && c.target().equals(correction.target())) || sameField) {
          continue;
        }
        kept.add(c);
      }
      kept.add(correction);
      return p.with(p.codes(), p.codings(), p.memos(), kept);
    }

    public String label() {
      return switch (correction.action()) {
        case reject -> "Reject " + correction.target().kind();
        case confirm -> "Confirm " + correction.target().kind();
        case set -> "Set " + correction.field();
        case merge -> "Merge referents";
        case split -> "Split referent";
        case align -> "Align passages";
      };
    }
  }

  /** Withdraws a correction: the machine's finding stands again. */
  record Withdraw(String id) implements Edit {
    public Project apply(Project p) {
      if (p.corrections().stream().noneMatch(c -> c.id().equals(id))) {
        throw new IllegalArgumentException("no correction " + id);
      }
      return p.with(p.codes(), p.codings(), p.memos(), p.corrections().stream().filter(c -> !c.id().equals(id)).toList());
    }

    public String label() {
      return "Withdraw correction";
    }
  }

  /** Several edits as one step of undo (e.g. a code applied to a span in three columns). */
  record All(String label, List<Edit> edits) implements Edit {
    public All {
      edits = List.copyOf(edits);
    }

    public Project apply(Project p) {
      Project now = p;
      for (Edit e : edits) {
        now = e.apply(now);
      }
      return now;
    }
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  private static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> with) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(which.test(t) ? with.apply(t) : t);
    }
    return out;
  }
}
