package org.parallax.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Span;
import org.parallax.analysis.Tool;
import org.parallax.corpus.Article;
import org.parallax.project.Code;
import org.parallax.project.Coded;
import org.parallax.project.Coding;
import org.parallax.project.Corrections;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;

/**
 * Writes the analyst's project over one analysis as a REFI-QDA project package ({@code .qdpx}, the
 * QDA-XML project schema 1.0 of March 2019), which MAXQDA, NVivo, ATLAS.ti and QualCoder import: a zip
 * holding {@value #PROJECT} and, under {@value #SOURCES}, each article's cleaned text ({@link
 * Article#text()}) as a UTF-8 {@code .txt} file named after its source's GUID, with no byte-order mark.
 *
 * <p>{@code project.qde} holds the analyst's code system (nested as in the project), one text source per
 * article (outlet, date and link as document variables), each coding as a coded plain-text selection,
 * the memos as notes referenced from what they are about, and, when asked, the machine's findings as
 * codings of the codes under a top-level code "Parallax", one per kind of highlight.
 *
 * <p>Invariants: {@code project.qde} validates against the schema. A selection's {@code startPosition}
 * and {@code endPosition} count Unicode code points from 0 in its source's {@code .txt} file, the end
 * being the position after the last character (REFI-QDA 1.5, 10.2: "defined by the first and the last
 * character (Unicode codepoint) in the file. The first codepoint in the file has the number 0"; the
 * importers take the end as exclusive), where the engine's offsets count UTF-16 units. Every GUID is
 * stable for the same project and corpus: an id that already is a GUID is kept, anything else gets a
 * name-based UUID (version 3) in a namespace of Parallax's own. The same input and clock give the same
 * bytes.
 */
public final class QdpxWriter {

  /** The project's entry in the package. */
  public static final String PROJECT = "project.qde";

  /** The folder of the sources in the package. */
  public static final String SOURCES = "Sources/";

  /** The QDA-XML project namespace. */
  public static final String NAMESPACE = "urn:QDA-XML:project:1.0";

  /** The name of the top-level code the machine's findings are coded under. */
  public static final String FINDINGS_CODE = "Parallax";

  /** Parallax's namespace for name-based GUIDs: fixed, so that a derived GUID never changes. */
  static final UUID GUIDS = UUID.fromString("4ff09068-540c-4a09-8efc-85c0e99f1004");

  /** Characters of coded text that name a selection. */
  static final int NAME_CHARS = 60;

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
              + "|\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}");

  private static final String[] VARIABLES = {"Outlet", "Published", "URL"};

  private final Clock clock;
  private final String user;

  /** Made now, by the user this program runs as. */
  public QdpxWriter() {
    this(Clock.systemUTC(), System.getProperty("user.name", "analyst"));
  }

  /** With {@code clock} for the creation time and {@code user} as the analyst's name (tests fix both). */
  public QdpxWriter(Clock clock, String user) {
    this.clock = clock;
    this.user = user == null || user.isBlank() ? "analyst" : user.strip();
  }

  /**
   * Writes the package of {@code project} over {@code analysis} to {@code target}, whole or not at all.
   *
   * @param findings whether the machine's findings go in as codes under "Parallax"
   * @throws ExportException if the target cannot be written; nothing is left behind then
   */
  public QdpxPackage write(Analysis analysis, Project project, boolean findings, Path target)
      throws ExportException {
    TargetFile.check(target, "REFI-QDA project");
    QdpxPackage[] made = new QdpxPackage[1];
    TargetFile.write(target, "REFI-QDA project", content(analysis, project, findings, p -> made[0] = p));
    return made[0];
  }

  /**
   * The package as content for {@link TargetFile#writeAll}, so that it is written together with the
   * other files of an export, all or none; {@code made} receives what it holds.
   */
  public TargetFile.Content content(
      Analysis analysis, Project project, boolean findings, Consumer<QdpxPackage> made) {
    return out -> made.accept(write(analysis, project, findings, out));
  }

  /** Writes the package to {@code out}, which stays open. */
  public QdpxPackage write(Analysis analysis, Project project, boolean findings, OutputStream out)
      throws IOException {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Plan plan = new Plan(analysis, project == null ? Project.EMPTY : project, findings, now);
    LocalDateTime stamp = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    // Closing the zip ends its deflater; the target stream itself is TargetFile's to close.
    try (ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            out.flush();
          }
        }, StandardCharsets.UTF_8)) {
      zip.putNextEntry(entry(PROJECT, stamp));
      plan.writeXml(zip);
      zip.closeEntry();
      for (Source s : plan.sources) {
        zip.putNextEntry(entry(SOURCES + s.guid + ".txt", stamp));
        zip.write(s.article.text().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return plan.summary();
  }

  /** An entry dated by the clock in UTC, so that the bytes do not depend on the machine's time zone. */
  private static ZipEntry entry(String name, LocalDateTime stamp) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(stamp);
    return e;
  }

  /** {@code id} itself when it is a GUID as the schema spells one, else a GUID derived from it. */
  static String guid(String kind, String id) {
    return GUID.matcher(id).matches() ? id : derived(kind + "/" + id);
  }

  /** The name-based (version 3) UUID of {@code name} in Parallax's namespace (RFC 4122, 4.3). */
  static String derived(String name) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      long msb = GUIDS.getMostSignificantBits();
      long lsb = GUIDS.getLeastSignificantBits();
      for (int i = 7; i >= 0; i--) {
        md5.update((byte) (msb >>> (8 * i)));
      }
      for (int i = 7; i >= 0; i--) {
        md5.update((byte) (lsb >>> (8 * i)));
      }
      byte[] h = md5.digest(name.getBytes(StandardCharsets.UTF_8));
      h[6] = (byte) ((h[6] & 0x0f) | 0x30);
      h[8] = (byte) ((h[8] & 0x3f) | 0x80);
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 8; i++) {
        hi = (hi << 8) | (h[i] & 0xff);
        lo = (lo << 8) | (h[i + 8] & 0xff);
      }
      return new UUID(hi, lo).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  /** The GUID of the code the findings of {@code kind} are coded with. */
  public static String findingsCode(Highlight.Kind kind) {
    return derived("findings/" + kind.name());
  }

  /** The GUID of the top-level "Parallax" code. */
  public static String findingsRoot() {
    return derived("findings/" + FINDINGS_CODE);
  }

  /** The GUID of the text source of the article {@code id}. */
  public static String source(String articleId) {
    return derived("article/" + articleId);
  }

  /** The code's name for the findings of {@code kind}. */
  public static String findingsName(Highlight.Kind kind) {
    return switch (kind) {
      case QUOTE -> "Shared quotations";
      case ALTERED_QUOTE -> "Altered quotations";
      case FACT -> "Aligned facts";
      case LOADED_LABEL -> "Loaded labels";
      case LOADED_WORD -> "Loaded wording";
      case HEDGE -> "Hedges";
      case UNIQUE -> "Only this outlet";
    };
  }

  private static String findingsDescription(Highlight.Kind kind) {
    return switch (kind) {
      case QUOTE -> "The same quotation, carried by two or more outlets.";
      case ALTERED_QUOTE -> "A quotation whose words differ from another outlet's rendering.";
      case FACT -> "A sentence, or a clause of one, reporting a fact that other outlets report too.";
      case LOADED_LABEL -> "A name for an actor or group that carries a judgement.";
      case LOADED_WORD -> "A word that judges or dramatises in the outlet's own voice.";
      case HEDGE -> "A hedging or attribution cue (reportedly, alleged, according to …).";
      case UNIQUE -> "A sentence that no other outlet reports.";
    };
  }

  /** {@code text} on one line, cut to {@value #NAME_CHARS} code points at most. */
  static String snippet(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.codePointCount(0, s.length()) <= NAME_CHARS) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, NAME_CHARS - 1)).stripTrailing() + "…";
  }

  /** {@code s} with the characters XML 1.0 cannot carry (controls, lone surrogates) as U+FFFD. */
  static String xmlSafe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      boolean ok =
          c == 0x9 || c == 0xA || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        if (ok) {
          b.appendCodePoint(c);
        } else {
          b.append('\uFFFD');
        }
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }

  /** An ISO-8601 instant as {@code xsd:dateTime} to the second, or {@code null} if it is none. */
  static String dateTime(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(iso.strip()).truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(iso.strip()).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  /** One article as a text source. */
  private static final class Source {
    final Article article;
    final String guid;
    String name;
    final List<Selection> selections = new ArrayList<>();
    final List<Memo> memos = new ArrayList<>();
    /** Code point positions by UTF-16 index; {@code null} when the text has no astral character. */
    private final int[] codePoints;

    Source(Article article) {
      this.article = article;
      this.guid = source(article.id());
      this.codePoints = codePoints(article.text());
    }

    /** The code point position of the UTF-16 index {@code i} of the text. */
    int position(int i) {
      return codePoints == null ? i : codePoints[i];
    }

    private static int[] codePoints(String t) {
      boolean astral = false;
      for (int k = 0; k < t.length() && !astral; k++) {
        astral = Character.isSurrogate(t.charAt(k));
      }
      if (!astral) {
        return null;
      }
      // As String.codePointCount(0, i) counts: the second half of a pair adds nothing.
      int[] out = new int[t.length() + 1];
      for (int k = 0; k < t.length(); k++) {
        boolean secondHalf =
            Character.isLowSurrogate(t.charAt(k)) && k > 0 && Character.isHighSurrogate(t.charAt(k - 1));
        out[k + 1] = out[k] + (secondHalf ? 0 : 1);
      }
      return out;
    }
  }

  /** A plain-text selection: a coding of the analyst's, a finding, or the passage a memo is on. */
  private record Selection(
      String guid,
      int start,
      int end,
      String text,
      String creator,
      String created,
      List<String> descriptions,
      List<CodingRef> codings,
      List<String> notes,
      int order) {}

  private record CodingRef(String guid, String code, String creator, String created) {}

  private record Note(String guid, String name, Memo memo) {}

  /** Everything the package holds, decided before a byte is written. */
  private final class Plan {
    final Analysis analysis;
    final Project project;
    final boolean findings;
    final String now;
    final String analyst;
    final String machine;
    final List<Source> sources = new ArrayList<>();
    final Map<String, Source> byArticle = new HashMap<>();
    final List<Note> notes = new ArrayList<>();
    final List<Memo> corpusMemos = new ArrayList<>();
    final Map<String, Selection> byCoding = new HashMap<>();
    final List<Coding> unplaced = new ArrayList<>();
    int codings;
    int found;

    Plan(Analysis analysis, Project project, boolean findings, Instant now) {
      this.analysis = analysis;
      this.project = project;
      this.findings = findings;
      this.now = now.toString();
      this.analyst = derived("user/" + user);
      this.machine = derived("machine/" + FINDINGS_CODE);
      Set<String> names = new HashSet<>();
      for (Article a : analysis.articles()) {
        Source s = new Source(a);
        String title = a.title() == null || a.title().isBlank() ? Highlights.name(a) : a.title().strip();
        // Importers name a document by it, and some refuse or rename a second one of the same name.
        s.name = names.add(title) ? title : title + " (" + a.id() + ")";
        names.add(s.name);
        sources.add(s);
        byArticle.put(a.id(), s);
      }
      placeCodings();
      if (findings) {
        placeFindings();
      }
      placeMemos();
      for (Source s : sources) {
        s.selections.sort(
            Comparator.comparingInt(Selection::start)
                .thenComparingInt(Selection::end)
                .thenComparingInt(Selection::order));
      }
    }

    private void placeCodings() {
      Coded coded = Coded.of(project, analysis);
      for (Coded.Segment seg : coded.segments()) {
        Source s = byArticle.get(seg.span().article());
        Coding c = seg.coding();
        String created = dateTime(c.created());
        Selection sel =
            new Selection(
                derived("selection/coding/" + c.id()),
                seg.span().start(),
                seg.span().end(),
                seg.span().text(),
                analyst,
                created,
                new ArrayList<>(),
                List.of(new CodingRef(guid("coding", c.id()), guid("code", c.code()), analyst, created)),
                new ArrayList<>(),
                0);
        s.selections.add(sel);
        byCoding.put(c.id(), sel);
        codings++;
      }
      for (Coding c : coded.orphaned()) {
        if (byArticle.containsKey(c.anchor().article())) {
          unplaced.add(c);
        }
      }
    }

    private void placeFindings() {
      // One selection per kind and stretch: a sentence in two fact groups is one coding with both notes.
      Map<String, Selection> byKey = new LinkedHashMap<>();
      for (Highlight h : Highlights.of(analysis)) {
        Source s = byArticle.get(h.article());
        if (s == null || h.start() < 0 || h.end() > s.article.text().length() || h.start() >= h.end()) {
          continue;
        }
        String key = h.article() + "/" + h.kind().name() + "/" + h.start() + "-" + h.end();
        Selection sel = byKey.get(key);
        if (sel == null) {
          sel =
              new Selection(
                  derived("selection/finding/" + key),
                  h.start(),
                  h.end(),
                  s.article.text().substring(h.start(), h.end()),
                  machine,
                  now,
                  new ArrayList<>(),
                  List.of(new CodingRef(derived("coding/finding/" + key), findingsCode(h.kind()), machine, now)),
                  new ArrayList<>(),
                  1 + h.kind().ordinal());
          byKey.put(key, sel);
          s.selections.add(sel);
          found++;
        }
        if (h.note() != null && !h.note().isBlank() && !sel.descriptions().contains(h.note())) {
          sel.descriptions().add(h.note());
        }
      }
    }

    private void placeMemos() {
      for (Memo m : project.memos()) {
        Target t = m.target();
        switch (t.kind()) {
          case corpus -> {
            corpusMemos.add(m);
            note(m, "Memo on the corpus");
          }
          case article -> {
            Source s = byArticle.get(t.item());
            if (s != null) {
              s.memos.add(m);
              note(m, "Memo on " + s.name);
            }
          }
          case coding -> {
            Selection sel = byCoding.get(t.item());
            Optional<Coding> coding = project.codings().stream().filter(c -> c.id().equals(t.item())).findFirst();
            if (sel != null) {
              sel.descriptions().add(m.text());
              sel.notes().add(note(m, "Memo on " + project.path(coding.get().code()) + ": " + snippet(sel.text())).guid());
            } else if (coding.isEmpty() || byArticle.containsKey(coding.get().anchor().article())) {
              note(m, "Memo on a coding whose passage is gone");
            }
          }
          default -> onPassage(m, t);
        }
      }
    }

    /** A memo on a passage or on one of the machine's findings: a selection of its own, with the note. */
    private void onPassage(Memo m, Target t) {
      Source s = byArticle.get(t.anchor().article());
      if (s == null) {
        return;
      }
      String what = switch (t.kind()) {
        case quote -> "the quotation ";
        case speaker -> "the speaker of ";
        case fact -> "the fact ";
        case referent -> "the referent ";
        case mention -> "the mention ";
        case divergence -> "the divergence ";
        case hedge -> "the hedge ";
        case loaded -> "the loaded wording ";
        default -> "";
      };
      Optional<Span> at = Corrections.locate(analysis, t.anchor()).filter(x -> x.end() > x.start());
      if (at.isEmpty()) {
        note(m, "Memo on " + what + "“" + snippet(t.anchor().exact()) + "” (passage gone)");
        return;
      }
      Span span = at.get();
      Note n = note(m, "Memo on " + what + "“" + snippet(span.text()) + "”");
      s.selections.add(
          new Selection(
              derived("selection/memo/" + m.id()),
              span.start(),
              span.end(),
              span.text(),
              analyst,
              dateTime(m.created()),
              new ArrayList<>(List.of(m.text())),
              List.of(),
              new ArrayList<>(List.of(n.guid())),
              Highlight.Kind.values().length + 1));
    }

    private Note note(Memo m, String name) {
      Note n = new Note(guid("memo", m.id()), name, m);
      notes.add(n);
      return n;
    }

    QdpxPackage summary() {
      return new QdpxPackage(sources.size(), codings, found, notes.size(), unplaced);
    }

    void writeXml(OutputStream out) throws IOException {
      try {
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        Xml x = new Xml(w);
        w.writeStartDocument("UTF-8", "1.0");
        x.open("Project");
        w.writeDefaultNamespace(NAMESPACE);
        x.attr("name", analysis.corpus() != null && analysis.corpus().name() != null && !analysis.corpus().name().isBlank()
            ? analysis.corpus().name() : "Parallax project");
        x.attr("origin", "Parallax " + Tool.version());
        x.attr("creatingUserGUID", analyst);
        x.attr("creationDateTime", now);
        users(x);
        codeBook(x);
        variables(x);
        if (!sources.isEmpty()) {
          x.open("Sources");
          for (Source s : sources) {
            source(x, s);
          }
          x.close();
        }
        if (!notes.isEmpty()) {
          x.open("Notes");
          for (Note n : notes) {
            x.open("Note");
            x.attr("guid", n.guid());
            x.attr("name", n.name());
            x.attr("creatingUser", analyst);
            x.attr("creationDateTime", dateTime(n.memo().created()));
            x.attr("modifyingUser", analyst);
            x.attr("modifiedDateTime", dateTime(n.memo().modified()));
            x.element("PlainTextContent", n.memo().text());
            x.close();
          }
          x.close();
        }
        // The schema's link for a note on the whole project is the NoteRef; QualCoder and MAXQDA show the
        // project's Description as its memo, so the text is there too.
        if (!corpusMemos.isEmpty()) {
          x.element("Description", String.join("\n\n", corpusMemos.stream().map(Memo::text).toList()));
          for (Memo m : corpusMemos) {
            x.empty("NoteRef");
            x.attr("targetGUID", guid("memo", m.id()));
          }
        }
        x.close();
        w.writeEndDocument();
        w.flush();
        w.close();
      } catch (XMLStreamException e) {
        throw new IOException(PROJECT + " could not be written: " + e.getMessage(), e);
      }
    }

    private void users(Xml x) throws XMLStreamException {
      x.open("Users");
      x.empty("User");
      x.attr("guid", analyst);
      x.attr("name", user);
      if (findings) {
        x.empty("User");
        x.attr("guid", machine);
        x.attr("name", FINDINGS_CODE);
      }
      x.close();
    }

    private void codeBook(Xml x) throws XMLStreamException {
      if (project.codes().isEmpty() && !findings) {
        return;
      }
      x.open("CodeBook");
      x.open("Codes");
      Set<String> written = new HashSet<>();
      for (Code c : project.codes()) {
        if (c.parent() == null || project.code(c.parent()).isEmpty()) {
          code(x, c, written);
        }
      }
      // A code in a cycle of parents (a damaged file) has no way up: it goes to the top, not away.
      for (Code c : project.codes()) {
        if (!written.contains(c.id())) {
          code(x, c, written);
        }
      }
      if (findings) {
        x.open("Code");
        x.attr("guid", findingsRoot());
        x.attr("name", FINDINGS_CODE);
        x.attr("isCodable", "false");
        x.element("Description", "What Parallax found in the articles: the machine's findings, not the analyst's codes.");
        for (Highlight.Kind k : Highlight.Kind.values()) {
          x.open("Code");
          x.attr("guid", findingsCode(k));
          x.attr("name", findingsName(k));
          x.attr("isCodable", "true");
          x.attr("color", String.format(Locale.ROOT, "#%06x", Palette.strong(k)));
          x.element("Description", findingsDescription(k));
          x.close();
        }
        x.close();
      }
      x.close();
      x.close();
    }

    private void code(Xml x, Code c, Set<String> written) throws XMLStreamException {
      written.add(c.id());
      x.open("Code");
      x.attr("guid", guid("code", c.id()));
      x.attr("name", c.name());
      x.attr("isCodable", "true");
      x.attr("color", c.color().toLowerCase(Locale.ROOT));
      if (!c.description().isBlank()) {
        x.element("Description", c.description());
      }
      for (Code child : project.codes()) {
        if (c.id().equals(child.parent()) && !written.contains(child.id())) {
          code(x, child, written);
        }
      }
      x.close();
    }

    private List<String> values(Article a) {
      return Arrays.asList(a.outlet(), a.published(), a.url());
    }

    private void variables(Xml x) throws XMLStreamException {
      boolean any = false;
      for (Source s : sources) {
        any |= values(s.article).stream().anyMatch(v -> v != null && !v.isBlank());
      }
      if (!any) {
        return;
      }
      x.open("Variables");
      for (String v : VARIABLES) {
        x.empty("Variable");
        x.attr("guid", derived("variable/" + v));
        x.attr("name", v);
        x.attr("typeOfVariable", "Text");
      }
      x.close();
    }

    private void source(Xml x, Source s) throws XMLStreamException {
      x.open("TextSource");
      x.attr("guid", s.guid);
      x.attr("name", s.name);
      x.attr("plainTextPath", "internal://" + s.guid + ".txt");
      x.attr("creatingUser", analyst);
      x.attr("creationDateTime", now);
      if (!s.memos.isEmpty()) {
        // As for the project: the importers show a source's Description as its memo.
        x.element("Description", String.join("\n\n", s.memos.stream().map(Memo::text).toList()));
      }
      for (Selection sel : s.selections) {
        x.open("PlainTextSelection");
        x.attr("guid", sel.guid());
        x.attr("name", snippet(sel.text()));
        x.attr("startPosition", Integer.toString(s.position(sel.start())));
        x.attr("endPosition", Integer.toString(s.position(sel.end())));
        x.attr("creatingUser", sel.creator());
        x.attr("creationDateTime", sel.created());
        if (!sel.descriptions().isEmpty()) {
          // QualCoder and MAXQDA read a selection's Description as the coded segment's memo.
          x.element("Description", String.join("\n\n", sel.descriptions()));
        }
        for (CodingRef c : sel.codings()) {
          x.open("Coding");
          x.attr("guid", c.guid());
          x.attr("creatingUser", c.creator());
          x.attr("creationDateTime", c.created());
          x.empty("CodeRef");
          x.attr("targetGUID", c.code());
          x.close();
        }
        for (String note : sel.notes()) {
          x.empty("NoteRef");
          x.attr("targetGUID", note);
        }
        x.close();
      }
      for (Memo m : s.memos) {
        x.empty("NoteRef");
        x.attr("targetGUID", guid("memo", m.id()));
      }
      List<String> vs = values(s.article);
      for (int i = 0; i < VARIABLES.length; i++) {
        String v = vs.get(i);
        if (v == null || v.isBlank()) {
          continue;
        }
        x.open("VariableValue");
        x.empty("VariableRef");
        x.attr("targetGUID", derived("variable/" + VARIABLES[i]));
        x.element("TextValue", v.strip());
        x.close();
      }
      x.close();
    }
  }

  /** The XML writer with one element per line, indented by depth, and every value made safe for XML. */
  private static final class Xml {
    private final XMLStreamWriter w;
    private int depth;

    Xml(XMLStreamWriter w) {
      this.w = w;
    }

    private void indent() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }

    void open(String name) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      depth++;
    }

    void empty(String name) throws XMLStreamException {
      indent();
      w.writeEmptyElement(name);
    }

    void attr(String name, String value) throws XMLStreamException {
      if (value != null) {
        w.writeAttribute(name, xmlSafe(value));
      }
    }

    void element(String name, String text) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      // A carriage return would reach a reader as a line feed anyway (XML 1.0, 2.11).
      w.writeCharacters(xmlSafe(text.replace("\r\n", "\n")));
      w.writeEndElement();
    }

    void close() throws XMLStreamException {
      depth--;
      indent();
      w.writeEndElement();
    }
  }
}
