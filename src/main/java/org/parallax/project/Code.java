package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One code of the analyst's code system.
 *
 * @param id a GUID, stable for the life of the code (REFI-QDA exports it as the code's {@code guid})
 * @param color {@code #rrggbb}
 * @param parent the id of the code this one is nested in, {@code null} at the top
 */
@JsonPropertyOrder({"id", "name", "color", "description", "parent"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Code(String id, String name, String color, String description, String parent) {

  public Code {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a code needs an id");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a code needs a name");
    }
    if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("a code's colour is #rrggbb, not " + color);
    }
    description = description == null ? "" : description;
  }

  public Code withName(String newName) {
    return new Code(id, newName, color, description, parent);
  }

  public Code withColor(String newColor) {
    return new Code(id, name, newColor, description, parent);
  }

  public Code withDescription(String newDescription) {
    return new Code(id, name, color, newDescription, parent);
  }

  public Code withParent(String newParent) {
    return new Code(id, name, color, description, newParent);
  }
}
