package org.parallax.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An article saved as a JSON object, as news crawlers and published news corpora store them: the
 * news-please format ({@code maintext}, {@code title}, {@code description}, {@code source_domain},
 * {@code date_publish}, {@code url}, {@code authors}) and the common variants ({@code text}, {@code
 * body}, {@code content}, or paragraphs as a list such as BASIL's {@code body-paragraphs}; {@code headline}; {@code source}, {@code outlet}, {@code publisher}; {@code
 * published}, {@code date}, {@code publishedAt}; {@code author}).
 *
 * <p>The text is the description (a teaser the page shows above the article) followed by the main
 * text, unless the main text already says it (ignoring case and punctuation). Fields that are missing or empty stay unknown. An
 * outlet comes from an outlet field, else from the {@code source_domain} or the url's domain (the
 * outlet directory's name for it, or the domain itself). The same fields serve the columns of a CSV
 * table of articles ({@link #csvRecords}).
 */
final class JsonArticle {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXT =
      List.of("maintext", "text", "body", "content", "article", "article_text", "body-paragraphs", "body_paragraphs", "paragraphs");
  private static final List<String> TITLE = List.of("title", "headline", "title_page", "title_rss");
  private static final List<String> OUTLET = List.of("outlet", "source_name", "publisher", "publication", "source", "site_name");
  private static final List<String> PUBLISHED = List.of("date_publish", "published", "publishedAt", "published_at", "date", "pubdate");

  /** Thrown when the JSON cannot be read or holds no article. */
  static final class NotAnArticle extends Exception {
    private static final long serialVersionUID = 1L;

    NotAnArticle(String message) {
      super(message);
    }
  }

  private JsonArticle() {}

  /**
   * The article's text and what the JSON says about it.
   *
   * @param outlets names a {@code source_domain} or the url's domain when no outlet field does
   */
  static Result read(JsonNode root, OutletDirectory outlets) throws NotAnArticle {
    if (root == null || !root.isObject()) {
      throw new NotAnArticle("not an article (expected an object with a \"maintext\" or \"text\" field)");
    }
    String body = null;
    for (int f = 0; f < TEXT.size() && body == null; f++) {
      body = paragraphs(root.get(TEXT.get(f)));
    }
    if (body == null) {
      throw new NotAnArticle("no article text (expected a \"maintext\", \"text\", \"body\", \"content\" or \"body-paragraphs\" field or column)");
    }
    String description = text(root.get("description"));
    String text = body.strip();
    if (description != null && !key(text).contains(key(description))) {
      text = description.strip() + "\n\n" + text;
    }
    String url = text(root.get("url"));
    String outlet = first(root, OUTLET);
    if (outlet == null) {
      String domain = text(root.get("source_domain"));
      if (domain == null && url != null) {
        domain = host(url);
      }
      if (domain != null) {
        // A domain that is only a scheme or "www." names nothing: the outlet stays unknown.
        String bare = domain.replaceFirst("^(https?://)?(www\\.)?", "");
        outlet = outlets.outletOf("https://" + domain.replaceFirst("^https?://", "")).orElse(bare.isBlank() ? null : bare);
      }
    }
    String published = PublicationDate.ofValue(first(root, PUBLISHED)).map(Object::toString).orElse(null);
    Metadata meta = new Metadata(first(root, TITLE), outlet, published, url, authors(root));
    return new Result(text, meta);
  }

  record Result(String text, Metadata metadata) {}

  /** One article object of a file, numbered from 1; {@code node} is null when the record is not JSON. */
  record Record(int number, JsonNode node, String error) {}

  /**
   * A file's article objects; {@code collection} when the file is a list of them (an array, JSON Lines,
   * a table), whatever their number, rather than one object.
   */
  record Records(List<Record> items, boolean collection) {}

  /**
   * The article objects of a file: the object itself, the elements of a top-level array, or, for JSON
   * Lines ({@code lines}), one object per non-blank line.
   *
   * @throws NotAnArticle when the file is not valid JSON (a JSON Lines file: when no line is)
   */
  static Records records(String raw, boolean lines) throws NotAnArticle {
    List<Record> out = new ArrayList<>();
    if (lines) {
      String[] rows = raw.split("\r?\n");
      for (int i = 0; i < rows.length; i++) {
        if (rows[i].isBlank()) {
          continue;
        }
        int number = out.size() + 1;
        try {
          out.add(new Record(number, JSON.readTree(rows[i]), null));
        } catch (JsonProcessingException e) {
          out.add(new Record(number, null, "line " + (i + 1) + " is not valid JSON (" + e.getOriginalMessage() + ")"));
        }
      }
      if (out.isEmpty()) {
        throw new NotAnArticle("an empty JSON Lines file");
      }
      return new Records(out, true);
    }
    JsonNode root = parse(raw);
    if (root != null && root.isArray()) {
      int n = 0;
      for (JsonNode element : root) {
        out.add(new Record(++n, element, null));
      }
      if (out.isEmpty()) {
        throw new NotAnArticle("an empty JSON array (no articles)");
      }
      return new Records(out, true);
    }
    out.add(new Record(1, root, null));
    return new Records(out, false);
  }

  /**
   * The rows of a CSV table with a header row, one article each, as records whose fields are the
   * column names (also in lower case: "Title" is "title"). Tables Parallax exported (spans with {@code
   * start} and {@code end} columns, and its {@code articles.csv}) come back empty: they are not articles.
   *
   * @throws NotAnArticle when the table cannot be read, has no text column, or has no rows
   */
  static Records csvRecords(String raw) throws NotAnArticle {
    List<Record> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
    try (CSVParser parser = CSVParser.parse(raw, format)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      if (header.containsAll(List.of("article", "start", "end")) || header.containsAll(List.of("article", "outlet", "title", "words"))) {
        return new Records(out, true);
      }
      if (header.stream().noneMatch(TEXT::contains)) {
        throw new NotAnArticle("a CSV table without a text column (expected a header row naming a \"text\", \"content\", \"body\" or \"maintext\" column)");
      }
      for (CSVRecord row : parser) {
        ObjectNode node = JSON.createObjectNode();
        parser.getHeaderNames().forEach(h -> {
          String v = row.isSet(h) ? row.get(h) : null;
          node.put(h, v);
          node.put(h.strip().toLowerCase(Locale.ROOT), v);
        });
        out.add(new Record(out.size() + 1, node, null));
      }
    } catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new NotAnArticle("not a readable CSV table with a header row (" + firstLine(e.getMessage()) + ")");
    }
    if (out.isEmpty()) {
      throw new NotAnArticle("a CSV table without rows (expected a header row, then one article per row)");
    }
    return new Records(out, true);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    // The library wraps its own exception's class name in ("org.apache.commons.csv.CSVException: …").
    return line.replaceFirst("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ", "");
  }

  private static JsonNode parse(String raw) throws NotAnArticle {
    try {
      return JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      // A limit of the parser (nesting too deep, a number too long) comes without a location.
      var where = e.getLocation();
      String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
      throw new NotAnArticle("not valid JSON (" + at + e.getOriginalMessage() + ")");
    }
  }

  private static String first(JsonNode root, List<String> fields) {
    for (String f : fields) {
      String t = text(root.get(f));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * An article text given as one string, or as a list of paragraphs each a string or a list of
   * sentences (as the BASIL corpus gives its {@code body-paragraphs}); paragraphs are separated by a
   * blank line. Null when absent or empty.
   */
  private static String paragraphs(JsonNode n) {
    if (n == null || !n.isArray()) {
      return text(n);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode p : n) {
      String t;
      if (p.isArray()) {
        List<String> sentences = new ArrayList<>();
        p.forEach(x -> {
          String s = text(x);
          if (s != null) {
            sentences.add(s);
          }
        });
        t = sentences.isEmpty() ? null : String.join(" ", sentences);
      } else {
        t = text(p);
      }
      if (t != null) {
        out.add(t);
      }
    }
    return out.isEmpty() ? null : String.join("\n\n", out);
  }

  /** A field's text, or null when absent, empty or not text (an outlet object names itself by "name"). */
  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isObject()) {
      return text(n.get("name"));
    }
    if (!n.isValueNode()) {
      return null;
    }
    String t = n.asText().strip();
    return t.isEmpty() ? null : t;
  }

  private static String authors(JsonNode root) {
    JsonNode list = root.get("authors");
    if (list != null && list.isArray()) {
      List<String> names = new ArrayList<>();
      list.forEach(a -> {
        String t = text(a);
        if (t != null) {
          names.add(t);
        }
      });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return text(root.get("author"));
  }

  private static String host(String url) {
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Letters and digits only, lowercase, single-spaced: "Met on Monday." and "met on Monday to" compare. */
  private static String key(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
