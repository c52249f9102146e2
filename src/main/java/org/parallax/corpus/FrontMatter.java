package org.parallax.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML front matter block opening a Markdown or text file, as static site generators and news
 * scrapers write it: a line {@code ---}, lines {@code key: value}, and a closing {@code ---} (or {@code
 * ...}). Its fields are the article's metadata (read under the same names as a JSON article's: title,
 * outlet or publisher, date or published, url, author), the rest is the article's text.
 *
 * <p>Only flat {@code key: value} lines are read, their values quoted or not; list items and indented
 * lines inside the block are passed over. Nothing in it is interpreted beyond that (no YAML types, tags
 * or anchors). A file whose first block holds anything else (a Markdown rule over prose) has no front
 * matter and is read whole.
 *
 * <p>A header of labelled lines without the {@code ---} lines ("Title: ...", "Outlet: ...", "Date: ..."
 * down to the first blank line) is read the same way, when its lines name only an article's metadata
 * fields.
 */
final class FrontMatter {

  /** The fields of the block, in order, and the text after it. */
  record Split(Map<String, String> fields, String body) {}

  private static final Pattern FIELD = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:(?:\\s+(.*?))?\\s*");
  private static final int MAX_LINES = 100;

  private FrontMatter() {}

  /**
   * The names of the fields a header of labelled lines may hold, as a JSON article's are read: a header is
   * made of these only ("Title: ...", "Outlet: ...", "Date: ..."), so a body that opens with "Update: the
   * minister resigned" stays the body.
   */
  private static final java.util.Set<String> HEADER_FIELDS = java.util.Set.of("title", "headline", "outlet", "source",
      "publisher", "publication", "site", "date", "published", "url", "link", "author", "byline", "by");
  /** A header's names that a JSON article's field names otherwise: "Link: ..." is its url, "By: ..." its author. */
  private static final Map<String, String> HEADER_ALIASES = Map.of("site", "outlet", "link", "url", "byline", "author", "by", "author");
  private static final int MAX_HEADER_LINES = 12;

  /** The front matter of {@code text} and the text after it, or null when it opens with none. */
  static Split split(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int end = s.indexOf('\n');
    if (end < 0) {
      return null;
    }
    if (!s.substring(0, end).strip().equals("---")) {
      return header(s);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int at = end + 1;
    for (int line = 0; line < MAX_LINES && at <= s.length(); line++) {
      int next = s.indexOf('\n', at);
      String l = next < 0 ? s.substring(at) : s.substring(at, next);
      String stripped = l.strip();
      if (stripped.equals("---") || stripped.equals("...")) {
        return fields.isEmpty() ? null : new Split(fields, next < 0 ? "" : s.substring(next + 1));
      }
      if (next < 0) {
        return null; // never closed
      }
      if (!stripped.isEmpty() && !stripped.startsWith("#") && !Character.isWhitespace(l.charAt(0)) && !stripped.startsWith("- ")) {
        Matcher m = FIELD.matcher(l);
        if (!m.matches()) {
          return null; // prose under a Markdown rule, not fields
        }
        String value = m.group(2) == null ? "" : unquote(m.group(2));
        if (!value.isEmpty()) {
          fields.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
        }
      }
      at = next + 1;
    }
    return null;
  }

  /**
   * A header without the {@code ---} lines, as scrapers and people write plain text files: lines {@code
   * Title: ...}, {@code Outlet: ...}, {@code Date: ...} (names of {@link #HEADER_FIELDS} only, in any case)
   * from the first line to the first blank one, the text after it the body; else null.
   */
  private static Split header(String s) {
    Map<String, String> fields = new LinkedHashMap<>();
    int at = 0;
    for (int line = 0; line <= MAX_HEADER_LINES && at < s.length(); line++) {
      int next = s.indexOf('\n', at);
      if (next < 0) {
        return null; // no body under it
      }
      String l = s.substring(at, next).strip();
      if (l.isEmpty()) {
        return fields.isEmpty() ? null : new Split(fields, s.substring(next + 1));
      }
      Matcher m = FIELD.matcher(l);
      String key = m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
      if (key == null || !HEADER_FIELDS.contains(key) || m.group(2) == null) {
        return null;
      }
      fields.putIfAbsent(HEADER_ALIASES.getOrDefault(key, key), unquote(m.group(2)));
      at = next + 1;
    }
    return null;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
