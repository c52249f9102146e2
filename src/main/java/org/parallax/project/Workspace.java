package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the workbench showed when the analyst last touched it, so that re-analysis (F5) and a restart bring
 * back the same view. Every field may be empty; an unknown article id or item is ignored when restored.
 *
 * @param columns article ids in column order, shown and hidden alike
 * @param hidden article ids of hidden columns
 * @param selected the id of the selected navigator item ({@code q3}, {@code code:ID})
 * @param selectedAt a passage of it, to find the same finding again when re-analysis numbers it anew
 * @param tab the open main tab: {@code columns}, {@code tables}, {@code codes} or {@code overview}
 * @param filter the navigator's kind filter (its enum name)
 * @param outlet the navigator's outlet filter, {@code null} for all
 * @param strength the navigator's minimum strength, 0 for all
 * @param search the navigator's search text
 * @param find the text searched for in the articles
 */
@JsonPropertyOrder({"columns", "hidden", "selected", "selectedAt", "tab", "filter", "outlet", "strength", "search", "find"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Workspace(
    List<String> columns,
    List<String> hidden,
    String selected,
    Anchor selectedAt,
    String tab,
    String filter,
    String outlet,
    double strength,
    String search,
    String find) {

  public static final Workspace EMPTY = new Workspace(List.of(), List.of(), null, null, null, null, null, 0, null, null);

  public Workspace {
    columns = columns == null ? List.of() : List.copyOf(columns);
    hidden = hidden == null ? List.of() : List.copyOf(hidden);
  }
}
