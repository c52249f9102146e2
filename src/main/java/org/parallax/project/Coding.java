package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A code applied to a span of one article.
 *
 * @param id a GUID
 * @param code the id of a {@link Code} of the same project
 * @param anchor where the coded span is
 * @param created ISO-8601 instant
 */
@JsonPropertyOrder({"id", "code", "anchor", "created"})
public record Coding(String id, String code, Anchor anchor, String created) {

  public Coding {
    if (id == null || code == null || anchor == null) {
      throw new IllegalArgumentException("a coding needs an id, a code and an anchor");
    }
  }

  public Coding withCode(String newCode) {
    return new Coding(id, newCode, anchor, created);
  }
}
