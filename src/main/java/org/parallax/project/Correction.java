package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The analyst's verdict on one of the machine's findings, or a finding the analyst adds.
 *
 * <ul>
 *   <li>{@code reject} / {@code confirm} a {@code quote}, {@code speaker}, {@code fact}, {@code
 *       divergence}, {@code hedge} or {@code loaded} target;
 *   <li>{@code set} an article's {@code field} ({@code title}, {@code outlet} or {@code published}) to
 *       {@code value};
 *   <li>{@code merge} the referent {@code other} into the referent {@code target};
 *   <li>{@code split} the {@code mention} target out of its referent into a referent of its own;
 *   <li>{@code align} the {@code span} targets {@code target} and {@code other} as one fact.
 * </ul>
 *
 * @param id a GUID
 * @param created ISO-8601 instant
 */
@JsonPropertyOrder({"id", "action", "target", "other", "field", "value", "created"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Correction(
    String id, Action action, Target target, Target other, String field, String value, String created) {

  /** What the analyst did. */
  public enum Action {
    reject,
    confirm,
    set,
    merge,
    split,
    align
  }

  /** The article fields an analyst can set. */
  public static final java.util.Set<String> FIELDS = java.util.Set.of("title", "outlet", "published");

  public Correction {
    if (id == null || action == null || target == null) {
      throw new IllegalArgumentException("a correction needs an id, an action and a target");
    }
    switch (action) {
      case reject, confirm -> {
        if (!target.kind().finding()) {
          throw new IllegalArgumentException("only a machine finding can be " + action + "ed, not a " + target.kind());
        }
      }
      case set -> {
        if (target.kind() != Target.Kind.article || !FIELDS.contains(field)) {
          throw new IllegalArgumentException("set needs an article and one of " + FIELDS + ", not " + field);
        }
      }
      case merge -> {
        if (target.kind() != Target.Kind.referent || other == null || other.kind() != Target.Kind.referent) {
          throw new IllegalArgumentException("merge needs two referents");
        }
      }
      case split -> {
        if (target.kind() != Target.Kind.mention) {
          throw new IllegalArgumentException("split needs a mention");
        }
      }
      case align -> {
        if (target.kind() != Target.Kind.span || other == null || other.kind() != Target.Kind.span) {
          throw new IllegalArgumentException("align needs two spans");
        }
      }
    }
  }
}
