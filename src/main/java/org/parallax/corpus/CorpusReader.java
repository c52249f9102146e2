package org.parallax.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextRange;

/**
 * Reads a corpus folder (and its sub-folders) into cleaned articles.
 *
 * <p>Supported files: {@code .txt}/{@code .text}, {@code .md}/{@code .markdown} (either may open with a
 * YAML front matter block of metadata fields, {@link FrontMatter}), {@code .html}/{@code
 * .htm}/{@code .xhtml}, {@code .json}/{@code .jsonl} articles as news crawlers save them, one or
 * several per file, and {@code .csv} tables of articles, one per row ({@link JsonArticle}; analyses and
 * tables Parallax wrote are passed over). Hidden files, {@code parallax.json} and the asset folders
 * browsers save next to a page ({@code *_files}) are passed over. A file that cannot be read as an article is skipped and
 * reported as a {@link Problem}; the others are still read. Articles come in the order of their paths,
 * so the same folder always gives the same corpus.
 */
public final class CorpusReader {

  /** Files above this size are skipped: an article is a few hundred kilobytes at most. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  private static final Map<String, String> FORMATS =
      Map.of(
          "txt", "text",
          "text", "text",
          "md", "markdown",
          "markdown", "markdown",
          "html", "html",
          "htm", "html",
          "xhtml", "html",
          "json", "json",
          "jsonl", "jsonl",
          "csv", "csv");

  /** Raised when the corpus folder itself cannot be used: missing, not a folder, unreadable. */
  public static final class FolderException extends Exception {
    private static final long serialVersionUID = 1L;

    public FolderException(String message) {
      super(message);
    }
  }

  private final long maxFileBytes;
  /** What reading the files needs, made on first use: listing a folder (re-opening a cached corpus) needs none of it. */
  private record Parts(TextDecoder decoder, OutletDirectory outlets, PageCleaner cleaner, HtmlExtractor html) {}

  private volatile Parts parts;

  public CorpusReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  public CorpusReader(long maxFileBytes) {
    this(maxFileBytes, folder -> Map.of());
  }

  private CorpusReader(long maxFileBytes, java.util.function.Function<Path, Map<String, Metadata>> overrides) {
    this.maxFileBytes = maxFileBytes;
    this.overrides = overrides;
  }

  /**
   * This reader with article metadata the analyst set in the app ({@code overrides.apply(folder)}: by
   * article id, the fields that are not null), over what the file and {@code parallax.json} say.
   */
  public CorpusReader withOverrides(java.util.function.Function<Path, Map<String, Metadata>> overrides) {
    return new CorpusReader(maxFileBytes, overrides);
  }

  private final java.util.function.Function<Path, Map<String, Metadata>> overrides;

  private Parts parts() {
    Parts p = parts;
    if (p == null) {
      synchronized (this) {
        p = parts;
        if (p == null) {
          OutletDirectory outlets = OutletDirectory.bundled();
          p = new Parts(new TextDecoder(), outlets, new PageCleaner(outlets), new HtmlExtractor());
          parts = p;
        }
      }
    }
    return p;
  }

  /** Files larger than this are skipped. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * The article files of a corpus folder, listed but not yet read: the first step of reading a corpus
   * ({@link #list}), then {@link #readFile} per file, {@link #clean} and {@link #split} per article, and
   * {@link #finish}. {@link #read} runs them all in order.
   *
   * @param files the article files, in the order of their relative paths
   * @param problems problems met so far (settings, listing); later steps add theirs to their own lists
   */
  public record Listing(
      Path folder, String name, CorpusSettings settings, List<Path> files, Map<Path, String> ids, List<Problem> problems,
      Set<String> matchedSettings, Map<String, Metadata> overrides) {
    public Listing {
      overrides = Map.copyOf(overrides);
      files = List.copyOf(files);
      ids = Map.copyOf(ids);
      problems = List.copyOf(problems);
    }

    /** The path of {@code file} relative to the corpus folder, with forward slashes. */
    public String source(Path file) {
      return relative(folder, file);
    }
  }

  /**
   * One article as its file gives it, before cleaning: the decoded text (the main text of a page, the
   * text field of a JSON record), what the file says about it, and what was already removed.
   */
  public record Source(
      String id, String source, String format, String encoding, String raw, Metadata known, List<Removal> removed,
      Metadata override) {
    public Source {
      removed = List.copyOf(removed);
    }
  }

  /**
   * One article cleaned of page junk, before sentence splitting.
   *
   * @param headline the characters of {@code text} that are its headline paragraph, or {@code null}
   */
  public record Cleaned(Source source, String text, Metadata metadata, List<Removal> removed, TextRange headline) {
    public Cleaned {
      removed = List.copyOf(removed);
    }

    public Cleaned(Source source, String text, Metadata metadata, List<Removal> removed) {
      this(source, text, metadata, removed, null);
    }
  }

  /** A file or record that cannot be an article; its message says why, in plain words. */
  public static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip(String message) {
      super(message);
    }
  }

  /** Reads every article file under {@code folder}: all the steps of {@link Listing}, in order. */
  public Corpus read(Path folder) throws FolderException {
    Listing listing = list(folder);
    List<Problem> problems = new ArrayList<>(listing.problems());
    List<Article> articles = new ArrayList<>();
    for (Path file : listing.files()) {
      for (Source s : readFile(listing, file, problems)) {
        try {
          articles.add(split(clean(s)));
        } catch (Skip e) {
          problems.add(Problem.skipped(s.source(), e.getMessage()));
        }
      }
    }
    return finish(listing, articles, problems);
  }

  /** Lists the article files under {@code folder} and reads its {@code parallax.json}. */
  public Listing list(Path folder) throws FolderException {
    if (!Files.exists(folder)) {
      throw new FolderException(folder + ": no such folder");
    }
    if (!Files.isDirectory(folder)) {
      throw new FolderException(folder + ": not a folder (give the folder that holds the articles)");
    }
    if (!Files.isReadable(folder)) {
      throw new FolderException(folder + ": folder cannot be read (permission denied)");
    }
    List<Problem> problems = new ArrayList<>();
    CorpusSettings settings = CorpusSettings.read(folder);
    problems.addAll(settings.problems());

    List<Path> files = new ArrayList<>();
    int[] ignored = {0};
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skip = !dir.equals(folder) && (name.startsWith(".") || name.endsWith("_files"));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (name.startsWith(".") || name.equals(CorpusSettings.FILE_NAME)) {
                return FileVisitResult.CONTINUE;
              }
              if (isArticleFileName(name) && !isParallaxOutput(file)) {
                files.add(file);
              } else {
                ignored[0]++;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(Problem.skipped(relative(folder, file), "cannot be read (" + reason(e) + ")"));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new FolderException(folder + ": cannot list the folder (" + reason(e) + ")");
    }
    files.sort((a, b) -> relative(folder, a).compareTo(relative(folder, b)));

    if (files.isEmpty()) {
      String what =
          ignored[0] == 0 && problems.isEmpty()
              ? "folder is empty"
              : "no article files (.txt, .md, .html, .json, .jsonl, .csv) in the folder"
                  + (ignored[0] > 0 ? " (" + ignored[0] + " other file(s) ignored)" : "");
      problems.add(Problem.skipped(folder.toString(), what));
    }
    Map<Path, String> ids = ids(folder, files, problems);
    String name = settings.name() != null ? settings.name() : folderName(folder);
    return new Listing(folder, name, settings, files, ids, problems, ConcurrentHashMap.newKeySet(), overrides.apply(folder));
  }

  /**
   * Reads one listed file: one article, or several for a JSON file or CSV table that holds several.
   * What cannot be read is added to {@code problems} (thread-safe if {@code problems} is).
   */
  public List<Source> readFile(Listing listing, Path file, List<Problem> problems) {
    String source = listing.source(file);
    String id = listing.ids().get(file);
    String format = FORMATS.get(extension(file.getFileName().toString()));
    List<Source> out = new ArrayList<>();
    try {
      if (format.equals("json") || format.equals("jsonl") || format.equals("csv")) {
        readJson(file, source, id, format, listing.settings(), listing.matchedSettings(), listing.overrides(), out, problems);
      } else {
        Metadata override =
            settingsFor(listing.settings(), source, id, file.getFileName().toString(), listing.matchedSettings(), listing.overrides());
        out.add(readArticle(file, source, id, override, problems));
      }
    } catch (Skip e) {
      problems.add(Problem.skipped(source, e.getMessage()));
    }
    return out;
  }

  /** The corpus of {@code articles} (in listing order): ids made distinct, unused settings reported. */
  public Corpus finish(Listing listing, List<Article> articles, List<Problem> problems) {
    List<Problem> all = new ArrayList<>(problems);
    List<Article> unique = uniqueIds(articles, all);
    for (String key : listing.settings().articles().keySet()) {
      if (!listing.matchedSettings().contains(key)) {
        all.add(Problem.warning(CorpusSettings.FILE_NAME, "names \"" + key + "\", which is not an article file here"));
      }
    }
    return new Corpus(listing.name(), listing.folder(), unique, all);
  }

  private Source readArticle(Path file, String source, String id, Metadata override, List<Problem> problems) throws Skip {
    byte[] bytes = bytes(file);
    DecodedText decoded = decode(bytes, source, problems);
    String format = FORMATS.get(extension(file.getFileName().toString()));
    String raw = decoded.text();
    if (!format.equals("html") && looksLikeHtml(raw)) {
      // A page saved under a text name: read by what it is, not by its name.
      format = "html";
    }
    Metadata known = Metadata.NONE;
    List<Removal> removed = new ArrayList<>();
    FrontMatter.Split front = format.equals("html") ? null : FrontMatter.split(raw);
    if (front != null) {
      // "title: ...", "outlet: ...", "date: ..." above the text: read as a JSON article's fields are.
      ObjectNode fields = JsonNodeFactory.instance.objectNode();
      front.fields().forEach(fields::put);
      fields.put("text", front.body());
      raw = front.body();
      try {
        known = JsonArticle.read(fields, parts().outlets()).metadata();
      } catch (JsonArticle.NotAnArticle e) {
        known = Metadata.NONE; // no text under the fields: the file is read as the empty article it is
      }
    }
    if (format.equals("html")) {
      HtmlPage page = parts().html().extract(raw);
      raw = page.text();
      known = new Metadata(page.title(), page.siteName(), page.published(), page.url(), page.author());
      removed.addAll(page.removed());
    } else if (format.equals("markdown")) {
      raw = MarkdownText.toPlainText(raw);
    }
    return new Source(id, source, format, decoded.encoding(), raw, known, removed, override);
  }

  /**
   * Reads a JSON file: one article object, or several (a JSON array of them, or JSON Lines, one object
   * per line); or a CSV table, one article per row under a header row. Several get the ids {@code ID-1},
   * {@code ID-2}… and the sources {@code FILE#1}…; a record that is not an article is skipped on its own.
   */
  private void readJson(
      Path file, String source, String id, String format, CorpusSettings settings, Set<String> matched,
      Map<String, Metadata> analyst, List<Source> into, List<Problem> problems) throws Skip {
    DecodedText decoded = decode(bytes(file), source, problems);
    JsonArticle.Records records;
    try {
      records = format.equals("csv") ? JsonArticle.csvRecords(decoded.text()) : JsonArticle.records(decoded.text(), format.equals("jsonl"));
    } catch (JsonArticle.NotAnArticle e) {
      throw new Skip(e.getMessage());
    }
    boolean several = records.collection();
    for (JsonArticle.Record r : records.items()) {
      String recordId = several ? id + "-" + r.number() : id;
      String recordSource = several ? source + "#" + r.number() : source;
      Metadata override =
          several
              ? settingsFor(settings, recordSource, recordId, recordSource, matched, analyst)
              : settingsFor(settings, source, id, file.getFileName().toString(), matched, analyst);
      try {
        if (r.error() != null) {
          throw new Skip(r.error());
        }
        JsonArticle.Result a = JsonArticle.read(r.node(), parts().outlets());
        into.add(new Source(recordId, recordSource, format.equals("csv") ? "csv" : "json", decoded.encoding(), a.text(), a.metadata(), List.of(), override));
      } catch (JsonArticle.NotAnArticle | Skip e) {
        if (!several) {
          throw new Skip(e.getMessage());
        }
        problems.add(Problem.skipped(recordSource, e.getMessage()));
      }
    }
  }

  /** Decodes a file's bytes; a few broken bytes are replaced and reported, not a reason to skip it. */
  private DecodedText decode(byte[] bytes, String source, List<Problem> problems) throws Skip {
    try {
      DecodedText decoded = parts().decoder().decode(bytes);
      if (decoded.replacementNote() != null) {
        problems.add(Problem.warning(source, decoded.replacementNote()));
      }
      return decoded;
    } catch (TextDecoder.NotTextException e) {
      throw new Skip(e.getMessage());
    }
  }

  private static final java.util.regex.Pattern HTML_START =
      java.util.regex.Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

  /** Whether text is an HTML page: it opens like one (a doctype, {@code <html>}, {@code <head>}). */
  static boolean looksLikeHtml(String text) {
    return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
  }

  /**
   * The articles with distinct ids: a record of a multi-article file ("batch-1") can meet a file of the
   * same name ("batch-1.txt"); the later one gets its source as id, and a warning says so.
   */
  private static List<Article> uniqueIds(List<Article> articles, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      if (seen.add(a.id())) {
        out.add(a);
        continue;
      }
      String id = a.source();
      for (int n = 2; !seen.add(id); n++) {
        id = a.source() + "-" + n;
      }
      problems.add(Problem.warning(a.source(), "another article has the id \"" + a.id() + "\"; this one's is \"" + id + "\""));
      out.add(new Article(id, a.source(), a.format(), a.encoding(), a.title(), a.outlet(), a.published(), a.url(), a.author(), a.text(), a.sentences(), a.removed(), a.headline()));
    }
    return out;
  }

  /** Cleans one article's text of page junk and reads its metadata; skips an article with no text left. */
  public Cleaned clean(Source s) throws Skip {
    PageCleaner.Result cleaned = parts().cleaner().clean(s.raw(), s.known());
    List<Removal> removed = new ArrayList<>(s.removed());
    removed.addAll(cleaned.removed());
    if (cleaned.text().isBlank()) {
      throw new Skip(
          "no article text found"
              + (removed.isEmpty() ? "" : " (everything in it was page junk: " + removed.size() + " piece(s) removed)"));
    }
    Metadata meta = s.override().orElse(cleaned.metadata());
    String headline = isSiteName(meta) ? null : headline(meta.title(), cleaned.text());
    if (headline == null) {
      return new Cleaned(s, cleaned.text(), meta, removed);
    }
    // The headline is read like the body (its names, labels, hedges, quotations): the text opens with it.
    return new Cleaned(s, headline + "\n\n" + cleaned.text(), meta, removed, new TextRange(0, headline.length()));
  }

  /** Titles longer than this are not headlines but a page's summary or its first paragraph. */
  private static final int HEADLINE_WORDS = 40;

  /**
   * The headline paragraph an article's text opens with: its title on one line; {@code null} when it has
   * none, when the title is too long to be a headline or is an identifier, or when the body already opens with it (a feed
   * whose title is the first sentence, cut or whole).
   */
  static String headline(String title, String body) {
    if (title == null) {
      return null;
    }
    String line = title.replaceAll("\\s+", " ").strip();
    int words = PageCleaner.words(line);
    if (words == 0 || words > HEADLINE_WORDS || isIdentifier(line)) {
      return null;
    }
    String cut = line.replaceAll("(\\.\\.\\.|…)$", "");
    String key = letters(cut);
    String start = letters(body.length() > 4 * cut.length() + 64 ? body.substring(0, 4 * cut.length() + 64) : body);
    return !key.isEmpty() && start.startsWith(key) ? null : line;
  }

  /** Words of a page's title that name the page, not the story ("Top News Article", "Accessing Article"). */
  private static final Set<String> PAGE_WORDS = Set.of("news", "article", "articles", "home", "page", "online", "top",
      "latest", "breaking", "index", "untitled", "welcome", "accessing", "story", "stories", "feature", "the", "daily",
      "today", "world", "local", "section", "website", "site", "blog", "post", "free", "international", "full", "text",
      "print", "printable", "printer", "friendly", "version", "view", "read", "more", "abstract", "report");

  /**
   * Whether an article's title names the site, not the story: the outlet's name, a title of at most five
   * words holding the site's name from its address ("The Japan Times Online" at japantimes.co.jp), or
   * words that name a page ("Top News Article").
   */
  static boolean isSiteName(Metadata meta) {
    String title = meta.title();
    if (title == null) {
      return false;
    }
    String key = letters(title);
    if (meta.outlet() != null && key.equals(letters(meta.outlet()))) {
      return true;
    }
    String[] words = title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int count = 0;
    boolean pageWords = true;
    for (String w : words) {
      if (!w.isEmpty()) {
        count++;
        pageWords &= PAGE_WORDS.contains(w);
      }
    }
    if (count > 0 && pageWords) {
      return true;
    }
    if (meta.url() != null && count <= 5) {
      java.util.regex.Matcher m = HOST.matcher(meta.url());
      if (m.find()) {
        String core = letters(m.group(1));
        return core.length() >= 5 && key.contains(core);
      }
    }
    return false;
  }

  /** The name of a site in its address: "japantimes" of https://www.japantimes.co.jp/... */
  private static final java.util.regex.Pattern HOST =
      java.util.regex.Pattern.compile("^[a-z]+://(?:www\\d?\\.|m\\.|news\\.|edition\\.)?([^./:]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** A title that is an identifier, not a headline: one word with a digit or an underscore ("s00012", "36_1ecb"). */
  private static boolean isIdentifier(String title) {
    return title.indexOf(' ') < 0 && title.chars().anyMatch(c -> Character.isDigit(c) || c == '_');
  }

  /** The letters and digits of {@code s}, lowercase: what two renderings of one line share. */
  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** The article, its text split into sentences. */
  public static Article split(Cleaned c) {
    return article(c, SentenceSplitter.shared().split(c.text()));
  }

  /** The article with the given sentences (e.g. paragraphs, when splitting failed). */
  public static Article article(Cleaned c, List<org.parallax.text.TextRange> sentences) {
    Source s = c.source();
    Metadata meta = c.metadata();
    return new Article(
        s.id(), s.source(), s.format(), s.encoding(), meta.title(), meta.outlet(), meta.published(), meta.url(),
        meta.author(), c.text(), sentences, c.removed(), c.headline());
  }

  private byte[] bytes(Path file) throws Skip {
    try {
      if (Files.isDirectory(file)) {
        throw new Skip("is a folder, not a file");
      }
      long size = Files.size(file);
      if (size == 0) {
        throw new Skip("empty file (0 bytes)");
      }
      if (size > maxFileBytes) {
        throw new Skip(
            String.format(
                Locale.ROOT,
                "too large (%.1f MB; the limit is %.1f MB)",
                size / 1048576.0,
                maxFileBytes / 1048576.0));
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Skip("cannot be read (" + reason(e) + ")");
    }
  }

  /**
   * An article's id is its file name without extension; where names clash, its relative path (without,
   * then with, the extension) keeps ids unique.
   */
  private static Map<Path, String> ids(Path folder, List<Path> files, List<Problem> problems) {
    Map<String, Integer> stems = new HashMap<>();
    for (Path f : files) {
      stems.merge(stem(f.getFileName().toString()), 1, Integer::sum);
    }
    Map<String, Integer> paths = new HashMap<>();
    for (Path f : files) {
      paths.merge(stem(relative(folder, f)), 1, Integer::sum);
    }
    Map<Path, String> ids = new HashMap<>();
    for (Path f : files) {
      String rel = relative(folder, f);
      String id = stem(f.getFileName().toString());
      if (stems.get(id) > 1) {
        id = paths.get(stem(rel)) > 1 ? rel : stem(rel);
        problems.add(Problem.warning(rel, "another file has the same name; its id is \"" + id + "\""));
      }
      ids.put(f, id);
    }
    return ids;
  }

  private static Metadata settingsFor(
      CorpusSettings settings, String source, String id, String fileName, Set<String> matched, Map<String, Metadata> analyst) {
    Metadata set = analyst.getOrDefault(id, Metadata.NONE);
    for (String key : List.of(source, id, fileName)) {
      Metadata m = settings.articles().get(key);
      if (m != null) {
        matched.add(key);
        return set.orElse(m);
      }
    }
    return set;
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static String folderName(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 0 && dot > 0 ? name.substring(0, dot) : name;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "file not found; a broken link?";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /**
   * Whether a file of this name is read as an article (or several): a supported extension, not hidden,
   * not the settings file. Its content may still make it something else (an analysis Parallax wrote).
   */
  public static boolean isArticleFileName(String name) {
    return !name.startsWith(".") && !name.equals(CorpusSettings.FILE_NAME) && FORMATS.containsKey(extension(name));
  }

  /** An analysis Parallax wrote into the folder ({@code "schema": "parallax.…"} first): not an article. */
  private static boolean isParallaxOutput(Path file) {
    if (!extension(file.getFileName().toString()).equals("json")) {
      return false;
    }
    try (var in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(256), java.nio.charset.StandardCharsets.UTF_8);
      return PARALLAX_OUTPUT.matcher(head).find();
    } catch (IOException e) {
      return false;
    }
  }

  private static final java.util.regex.Pattern PARALLAX_OUTPUT =
      java.util.regex.Pattern.compile("^\\s*\\{\\s*\"schema\"\\s*:\\s*\"parallax\\.");
}
