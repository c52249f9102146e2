package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a memo or a correction is about. Machine findings are numbered afresh by every analysis, so an
 * item is found again by its {@code anchor} (a span of it: a quotation's occurrence, a fact's member,
 * a referent's mention, a divergence's side); {@code item}, its id when the target was made, only breaks
 * ties between findings that share that span.
 *
 * @param kind what sort of thing
 * @param item the article id for {@code article}, a coding's id for {@code coding}, the finding's id
 *     when made for the machine's findings, {@code null} for {@code corpus} and {@code span}
 * @param anchor a span of the target; {@code null} for {@code corpus}, {@code article} and {@code coding}
 */
@JsonPropertyOrder({"kind", "item", "anchor"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(Kind kind, String item, Anchor anchor) {

  /** The sorts of target, as written in the project file. */
  public enum Kind {
    corpus,
    article,
    span,
    coding,
    /** A quotation group. */
    quote,
    /** The speaker a quotation group is attributed to. */
    speaker,
    /** An aligned fact. */
    fact,
    referent,
    /** One mention of a referent (to move it out of the referent). */
    mention,
    divergence,
    hedge,
    /** Wording flagged as loaded: a loaded label of a referent or a loaded word. */
    loaded;

    /** Whether a target of this kind is one of the machine's findings, found again by its anchor. */
    public boolean finding() {
      return this != corpus && this != article && this != span && this != coding;
    }
  }

  public Target {
    if (kind == null) {
      throw new IllegalArgumentException("a target needs a kind");
    }
    if ((kind == Kind.span || kind.finding()) && anchor == null) {
      throw new IllegalArgumentException("a " + kind + " target needs an anchor");
    }
    if ((kind == Kind.article || kind == Kind.coding) && item == null) {
      throw new IllegalArgumentException("a " + kind + " target needs an item");
    }
  }

  public static Target corpus() {
    return new Target(Kind.corpus, null, null);
  }

  public static Target article(String id) {
    return new Target(Kind.article, id, null);
  }

  public static Target span(Anchor anchor) {
    return new Target(Kind.span, null, anchor);
  }

  public static Target coding(String id) {
    return new Target(Kind.coding, id, null);
  }

  public static Target finding(Kind kind, String id, Anchor anchor) {
    return new Target(kind, id, anchor);
  }
}
