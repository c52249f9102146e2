package org.parallax.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.WordLists;

/**
 * Outlet names by web domain, from the bundled {@code parallax/outlets.json}. It names the outlet of a
 * link the article itself shows, or the site whose own addresses and file names fill a page's furniture;
 * an unknown domain names nothing.
 */
public final class OutletDirectory {

  private static final String RESOURCE = "/parallax/outlets.json";

  private final Map<String, String> byDomain;
  private final Map<String, String> byLabel;

  public OutletDirectory(Map<String, String> byDomain) {
    this.byDomain = Map.copyOf(byDomain);
    this.byLabel = labels(this.byDomain);
  }

  /** The directory bundled with Parallax. */
  public static OutletDirectory bundled() {
    JsonNode domains = WordLists.bundled(RESOURCE).path("domains");
    Map<String, String> map = new HashMap<>();
    domains.fields().forEachRemaining(e -> map.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
    return new OutletDirectory(map);
  }

  private static final Pattern HOST = Pattern.compile("(?i)\\bhttps?://([a-z0-9.-]+)");
  /** A file or path name a site gives its own uploads: its name, "_" or "-", then a long number. */
  private static final Pattern ASSET = Pattern.compile("(?i)(?<![a-z0-9])([a-z]{5,})[_-][0-9]{6,}");
  /** Evidence needed to name a page's own site, and how far ahead of any other site it must be. */
  static final int SITE_EVIDENCE = 3;

  /**
   * The site a page's furniture belongs to (navigation links, related-article lists, serialised data):
   * the known outlet whose domain its web addresses name, or whose name its uploaded files carry
   * ("/2015/09/14/alalam_635778554017674360_25f_4x3.jpg": Al-Alam), at least {@value #SITE_EVIDENCE}
   * times and at least twice as often as any other outlet. Pass only the page's furniture, not the
   * article's text, where other outlets are cited.
   */
  public Optional<String> siteOfFurniture(String furniture) {
    if (furniture == null || furniture.isBlank()) {
      return Optional.empty();
    }
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = HOST.matcher(furniture);
    while (m.find()) {
      outletOf("https://" + m.group(1)).ifPresent(o -> counts.merge(o, 1, Integer::sum));
    }
    Matcher a = ASSET.matcher(furniture);
    while (a.find()) {
      String name = byLabel.get(a.group(1).toLowerCase(Locale.ROOT));
      if (name != null) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > first || (e.getValue() == first && e.getKey().compareTo(best) < 0)) {
        second = Math.max(second, first);
        first = e.getValue();
        best = e.getKey();
      } else {
        second = Math.max(second, e.getValue());
      }
    }
    return first >= SITE_EVIDENCE && first >= 2 * second ? Optional.of(best) : Optional.empty();
  }

  /**
   * Outlets by the first label of their domains ("alalam" for alalam.ir), five letters or more; a label
   * two outlets share names neither.
   */
  private static Map<String, String> labels(Map<String, String> byDomain) {
    Map<String, String> labels = new HashMap<>();
    byDomain.forEach((domain, name) -> {
      String label = domain.substring(0, domain.indexOf('.') < 0 ? domain.length() : domain.indexOf('.'));
      if (label.length() >= 5 && label.chars().allMatch(Character::isLetter)) {
        labels.merge(label, name, (x, y) -> x.equals(y) ? x : "");
      }
    });
    labels.values().removeIf(String::isEmpty);
    return Map.copyOf(labels);
  }

  /** The outlet whose domain (or a parent domain of it) serves {@code url}. */
  public Optional<String> outletOf(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    while (true) {
      String name = byDomain.get(host);
      if (name != null) {
        return Optional.of(name);
      }
      int dot = host.indexOf('.');
      if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      host = host.substring(dot + 1);
    }
  }
}
