package org.parallax.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Reads one line of a news archive (a news-please record: {@code maintext}, {@code title}, {@code
 * source_domain}, {@code date_publish}, {@code url}, optionally {@code filename}) into a {@link
 * NewsRecord}, or says in words why it cannot be one. Never throws on bad input.
 */
public final class NewsRecords {

  /** A line read: the record, or the problem that left it out (exactly one is set). */
  public record Read(NewsRecord record, RecordProblem problem) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN = 60;
  private static final int NAME_BYTES = 160;

  private NewsRecords() {}

  /**
   * Reads {@code line} of {@code input}. {@code storyField} names the field giving the story ({@code
   * null}: stories are found later).
   */
  public static Read read(String input, String line, String storyField) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
      return problem(input, excerpt(line), null, "not JSON (" + firstLine(why) + "); left out");
    }
    if (node == null || !node.isObject()) {
      return problem(input, excerpt(line), null, "not a JSON object; left out");
    }
    String named = nameOf(node, line);
    String maintext = text(node, "maintext");
    if (maintext == null || maintext.isBlank()) {
      return problem(input, named, null, "no maintext; left out");
    }
    String story = null;
    if (storyField != null) {
      story = text(node, storyField);
      if (story == null || story.isBlank()) {
        return problem(input, named, null, "no story field '" + storyField + "'; left out");
      }
      story = story.strip();
    }
    String title = text(node, "title");
    String forStories = title == null ? maintext : title + "\n" + maintext;
    return new Read(new NewsRecord(input, line.strip(), fileName(node, line), story, forStories, epochDay(text(node, "date_publish"))), null);
  }

  private static Read problem(String input, String record, String story, String message) {
    return new Read(null, new RecordProblem(input, record, story, message));
  }

  /** A field as text: a string as is, a number or boolean as written, {@code null} when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    return v.asText();
  }

  /** How a record is named to a reader: its url, else its title, else its first characters. */
  private static String nameOf(JsonNode node, String line) {
    String url = text(node, "url");
    if (url != null && !url.isBlank()) {
      return "'" + shorten(url.strip(), 120) + "'";
    }
    String title = text(node, "title");
    if (title != null && !title.isBlank()) {
      return "titled '" + shorten(title.strip(), SHOWN) + "'";
    }
    return excerpt(line);
  }

  private static String excerpt(String line) {
    return "beginning '" + shorten(line.strip(), SHOWN) + "'";
  }

  private static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * The record's file name in its story's folder, without {@code .json}: its {@code filename} (last path
   * segment, extension dropped, made safe for a file name), else its
   * domain and a hash of its url, or of the whole record.
   */
  static String fileName(JsonNode node, String line) {
    String given = text(node, "filename");
    if (given != null) {
      String last = given.strip().replace('\\', '/');
      last = last.substring(last.lastIndexOf('/') + 1);
      if (last.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
        last = last.substring(0, last.length() - 5);
      }
      String safe = safe(last);
      if (!safe.isEmpty()) {
        return safe;
      }
    }
    String url = text(node, "url");
    String domain = text(node, "source_domain");
    if ((domain == null || domain.isBlank()) && url != null) {
      try {
        domain = URI.create(url.strip()).getHost();
      } catch (IllegalArgumentException e) {
        domain = null;
      }
    }
    String prefix = domain == null || safe(domain).isEmpty() ? "article" : safe(domain);
    return prefix + "-" + sha256(url != null && !url.isBlank() ? url.strip() : line.strip()).substring(0, 12);
  }

  /**
   * {@code s} as a file name: path separators, control characters and the characters Windows refuses
   * ({@code : * ? " < > |}) replaced by {@code _}, no leading dot, at most 160 bytes of UTF-8.
   */
  static String safe(String s) {
    StringBuilder b = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean bad = c < 0x20 || c == 0x7F || "/\\:*?\"<>|".indexOf(c) >= 0 || (c >= 0x80 && c < 0xA0);
      String add = bad ? "_" : new String(Character.toChars(c));
      bytes += add.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > NAME_BYTES) {
        break;
      }
      b.append(add);
    }
    while (b.length() > 0 && (b.charAt(0) == '.' || Character.isWhitespace(b.charAt(0)))) {
      b.deleteCharAt(0);
    }
    while (b.length() > 0 && Character.isWhitespace(b.charAt(b.length() - 1))) {
      b.deleteCharAt(b.length() - 1);
    }
    return b.toString();
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code yyyy-MM-dd…} as days since 1970-01-01; {@code null} when absent or unreadable. */
  static Integer epochDay(String date) {
    if (date == null || date.length() < 10) {
      return null;
    }
    try {
      return (int) LocalDate.parse(date.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
