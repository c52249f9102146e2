package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The groups the analyst gives outlets ({@code "outlets"} in {@code parallax.json}: a leaning, a country,
 * state-owned or not) matched to the outlets an analysis names. An outlet is matched by its name as
 * {@link Highlights#name} gives it, exactly or else ignoring case and runs of white space.
 */
public final class OutletGroups {

  private OutletGroups() {}

  /**
   * One outlet of an analysis: its name as {@link Highlights#names} gives it (the article's title in
   * quotation marks when the outlet is unknown), its group ({@code null}: none) and its articles'
   * ids in corpus order.
   */
  public record Outlet(String name, String group, List<String> articles) {
    public Outlet {
      articles = List.copyOf(articles);
    }
  }

  /**
   * The outlets of {@code analysis} in the order of their first article, each with its articles and the
   * group its profile carries ({@code outlets[].group}). The one grouping of articles by outlet: the
   * overview's rows and the tables' outlet columns are these. Articles are grouped by {@link
   * Highlights#names}: an article whose outlet is unknown is an outlet of its own, whatever its title.
   * A group is read from the profile holding the article, so that a profile kept for part of its
   * outlet's articles (an export of a selection) still gives its group.
   */
  public static List<Outlet> outlets(Analysis analysis) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    Highlights.names(analysis.articles()).forEach((id, name) -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(id));
    Map<String, String> groupOf = new HashMap<>();
    for (OutletProfile p : analysis.outlets()) {
      if (p.group() != null) {
        p.articles().forEach(id -> groupOf.put(id, p.group()));
      }
    }
    List<Outlet> out = new ArrayList<>(byName.size());
    byName.forEach((name, ids) -> out.add(new Outlet(name, groupOf.get(ids.get(0)), ids)));
    return out;
  }

  /** The group of {@code outlet} in {@code groups}, or {@code null}. */
  public static String of(String outlet, Map<String, String> groups) {
    if (outlet == null || groups.isEmpty()) {
      return null;
    }
    String exact = groups.get(outlet);
    if (exact != null) {
      return exact;
    }
    String key = key(outlet);
    for (Map.Entry<String, String> e : groups.entrySet()) {
      if (key(e.getKey()).equals(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** {@code profiles} with each outlet's group set from {@code groups} (none: {@code null}). */
  public static List<OutletProfile> apply(List<OutletProfile> profiles, Map<String, String> groups) {
    if (groups.isEmpty()) {
      return profiles;
    }
    List<OutletProfile> out = new ArrayList<>(profiles.size());
    for (OutletProfile p : profiles) {
      out.add(p.withGroup(of(p.outlet(), groups)));
    }
    return out;
  }

  /** The outlet names in {@code groups} that match none of {@code outlets}, in {@code groups}' order. */
  public static List<String> unmatched(Map<String, String> groups, List<String> outlets) {
    List<String> keys = outlets.stream().map(OutletGroups::key).toList();
    return groups.keySet().stream().filter(name -> !outlets.contains(name) && !keys.contains(key(name))).toList();
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
