package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The analyst's note on a target (the corpus, an article, a span, a coding or a machine finding).
 *
 * @param id a GUID
 * @param created ISO-8601 instant of the first version
 * @param modified ISO-8601 instant of the last change
 */
@JsonPropertyOrder({"id", "target", "text", "created", "modified"})
public record Memo(String id, Target target, String text, String created, String modified) {

  public Memo {
    if (id == null || target == null) {
      throw new IllegalArgumentException("a memo needs an id and a target");
    }
    text = text == null ? "" : text;
  }

  public Memo withText(String newText, String at) {
    return new Memo(id, target, newText, created, at);
  }
}
