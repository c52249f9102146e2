package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.project.Anchor;
import org.parallax.project.Code;
import org.parallax.project.Coding;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;
import org.parallax.project.Workspace;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class QdpxWriterTest {

  private static final String NS = QdpxWriter.NAMESPACE;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  /** Two astral characters: one before the coded span, one inside it. */
  private static final String A1 =
      "Kerry \uD83D\uDE42 met Lavrov in New York.\nThe talks \uD83E\uDD1D were useful, he said."
          + " Officials reportedly agreed on a ceasefire.";

  private static final String A2 =
      "Lavrov met Kerry. The talks were useful, he said. Critics called the talks a sham.";

  private static final String ACTORS = "6f1c1a4e-2b0d-4c41-9d0a-1f0e6a3c2b10";
  private static final String CODING_C2 = "0b6e3a52-8f5e-4f0e-a7a4-3d2b9c1e5f60";
  private static final String MEMO_ON_C1 = "aa9d1f3e-5c2b-4e8a-9b7f-0c1d2e3f4a5b";

  // Name-based UUIDs (version 3) in Parallax's namespace, as Python's uuid.uuid3 gives them.
  private static final String GOV = "552dabbe-93c1-3f9c-8d3b-14a69c79500d";
  private static final String QUOTE_CODE = "f9366f94-d096-3c6d-8506-8c6d87ae779b";
  private static final String PARALLAX_CODE = "9bc7718e-5de7-383d-98b3-0ede827f4164";
  private static final String SOURCE_A1 = "3f167c1d-a52f-34fb-9e4e-57f9c578ff30";
  private static final String SOURCE_A2 = "fbf4f1dd-c4d4-3950-b611-2218cf6c2ab1";

  private static final Analysis ANALYSIS = analysis();

  @TempDir Path dir;

  private static Article article(String id, String title, String outlet, String text) {
    return new Article(id, id + ".txt", "text", "UTF-8", title, outlet, "2015-09-17", null, null, text, List.of(), List.of());
  }

  private static Span span(String article, String text, String words) {
    int at = text.indexOf(words);
    return new Span(article, at, at + words.length(), words);
  }

  private static Analysis analysis() {
    Span q1 = span("a1", A1, "were useful");
    Span q2 = span("a2", A2, "were useful");
    return new Analysis(
        Analysis.SCHEMA,
        new Analysis.CorpusInfo("talks", "talks", "2025-03-01T11:00:00Z", "parallax test"),
        List.of(article("a1", "Kerry meets Lavrov", "Example Daily", A1), article("a2", "Lavrov meets Kerry", null, A2)),
        List.of(new QuoteGroup("q1", "Kerry", List.of(
            new QuoteGroup.Occurrence("a1", q1.start(), q1.end(), q1.text(), "Kerry", QuoteGroup.Match.verbatim),
            new QuoteGroup.Occurrence("a2", q2.start(), q2.end(), q2.text(), "Kerry", QuoteGroup.Match.verbatim)))),
        List.of(),
        List.of(),
        List.of(),
        List.of(span("a1", A1, "reportedly")),
        List.of(span("a2", A2, "Critics called the talks a sham.")),
        List.of());
  }

  private static Anchor anchor(String article, String text, String words) {
    int at = text.indexOf(words);
    return Anchor.of(article, text, at, at + words.length());
  }

  private static Project project() {
    List<Code> codes = List.of(
        new Code(ACTORS, "Actors", "#1F77B4", "Who acts", null),
        new Code("gov", "Government", "#ff7f0e", "", ACTORS));
    List<Coding> codings = List.of(
        new Coding("c1", "gov", anchor("a1", A1, "The talks \uD83E\uDD1D were useful"), "2025-02-01T10:15:30.123Z"),
        new Coding(CODING_C2, ACTORS, anchor("a2", A2, "Lavrov met Kerry"), "2025-02-02T09:00:00Z"),
        // Its words are not in the article any more: it cannot be placed.
        new Coding("c3", "gov", new Anchor("a1", 0, 5, "Putin", "", " said"), "2025-02-03T09:00:00Z"));
    List<Memo> memos = List.of(
        new Memo(MEMO_ON_C1, Target.coding("c1"), "Hedged optimism.", "2025-02-01T10:16:00Z", "2025-02-04T08:00:00Z"),
        new Memo("m2", Target.corpus(), "Five outlets, one meeting.", "2025-02-01T10:00:00Z", "2025-02-01T10:00:00Z"),
        new Memo("m3", Target.article("a2"), "The Moscow view.", "2025-02-01T10:00:00Z", "2025-02-01T10:00:00Z"),
        new Memo("m4", Target.finding(Target.Kind.hedge, null, anchor("a1", A1, "reportedly")), "Whose report?",
            "2025-02-01T10:00:00Z", "2025-02-01T10:00:00Z"));
    return new Project(Project.SCHEMA, codes, codings, memos, List.of(), Workspace.EMPTY);
  }

  private static byte[] export(Project project, boolean findings) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QdpxWriter(CLOCK, "Ana").write(ANALYSIS, project, findings, out);
    return out.toByteArray();
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  private static Document qde(byte[] zip) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(entries(zip).get("project.qde")));
  }

  private static List<Element> all(Node in, String name) {
    NodeList list = in instanceof Document d ? d.getElementsByTagNameNS(NS, name) : ((Element) in).getElementsByTagNameNS(NS, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && NS.equals(c.getNamespaceURI()) && c.getLocalName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  private static Element only(List<Element> elements) {
    assertEquals(1, elements.size(), elements.toString());
    return elements.get(0);
  }

  private static Element byAttribute(List<Element> elements, String attribute, String value) {
    return only(elements.stream().filter(e -> e.getAttribute(attribute).equals(value)).toList());
  }

  /** The source's variable values, as {@code Name=value}. */
  private static List<String> variables(Document d, Element source) {
    return children(source, "VariableValue").stream()
        .map(v -> byAttribute(all(d, "Variable"), "guid", only(children(v, "VariableRef")).getAttribute("targetGUID"))
                .getAttribute("name")
            + "=" + only(children(v, "TextValue")).getTextContent())
        .toList();
  }

  /** The selections coded with {@code code}. */
  private static List<Element> codedWith(Document d, String code) {
    return all(d, "PlainTextSelection").stream()
        .filter(s -> children(s, "Coding").stream()
            .anyMatch(c -> only(children(c, "CodeRef")).getAttribute("targetGUID").equals(code)))
        .toList();
  }

  /** The code points {@code [start, end)} of {@code bytes} read as UTF-8, as a REFI-QDA importer reads them. */
  private static String select(byte[] bytes, Element selection) {
    int start = Integer.parseInt(selection.getAttribute("startPosition"));
    int end = Integer.parseInt(selection.getAttribute("endPosition"));
    int[] cps = new String(bytes, StandardCharsets.UTF_8).codePoints().toArray();
    return new String(cps, start, end - start);
  }

  private static void validate(byte[] zip) throws Exception {
    try (InputStream xsd = QdpxWriterTest.class.getResourceAsStream("/refi-qda/Project-mrt2019.xsd")) {
      SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(new StreamSource(xsd))
          .newValidator()
          .validate(new StreamSource(new ByteArrayInputStream(entries(zip).get("project.qde"))));
    }
  }

  @Test
  void projectValidatesAgainstTheRefiQdaSchemaWithAndWithoutFindings() throws Exception {
    validate(export(project(), true));
    validate(export(project(), false));
    validate(export(Project.EMPTY, false));
  }

  @Test
  void packageHoldsTheProjectAndEachArticlesCleanedTextAsUtf8() throws Exception {
    Path target = dir.resolve("talks.qdpx");
    QdpxPackage made = new QdpxWriter(CLOCK, "Ana").write(ANALYSIS, project(), true, target);
    Map<String, byte[]> entries = entries(Files.readAllBytes(target));
    assertEquals(
        List.of("project.qde", "Sources/" + SOURCE_A1 + ".txt", "Sources/" + SOURCE_A2 + ".txt"),
        List.copyOf(entries.keySet()));
    assertArrayEquals(A1.getBytes(StandardCharsets.UTF_8), entries.get("Sources/" + SOURCE_A1 + ".txt"));
    assertArrayEquals(A2.getBytes(StandardCharsets.UTF_8), entries.get("Sources/" + SOURCE_A2 + ".txt"));
    assertEquals(List.of(target), Files.list(dir).toList());
    assertEquals(2, made.sources());
    assertEquals(2, made.codings());
    assertEquals(4, made.findings());
    assertEquals(4, made.notes());
    assertEquals(List.of("c3"), made.unplaced().stream().map(Coding::id).toList());
  }

  @Test
  void sourcesPointAtTheirTextFilesAndCarryTheArticlesNamesAndVariables() throws Exception {
    Document d = qde(export(project(), false));
    Element project = d.getDocumentElement();
    assertEquals("talks", project.getAttribute("name"));
    assertEquals("Parallax " + org.parallax.analysis.Tool.version(), project.getAttribute("origin"));
    assertEquals("2025-03-01T12:00:00Z", project.getAttribute("creationDateTime"));
    Element user = only(all(d, "User"));
    assertEquals("Ana", user.getAttribute("name"));
    assertEquals(user.getAttribute("guid"), project.getAttribute("creatingUserGUID"));
    List<Element> sources = all(d, "TextSource");
    assertEquals(List.of(SOURCE_A1, SOURCE_A2), sources.stream().map(s -> s.getAttribute("guid")).toList());
    assertEquals(List.of("Kerry meets Lavrov", "Lavrov meets Kerry"), sources.stream().map(s -> s.getAttribute("name")).toList());
    assertEquals("internal://" + SOURCE_A1 + ".txt", sources.get(0).getAttribute("plainTextPath"));
    assertEquals(List.of("Outlet=Example Daily", "Published=2015-09-17"), variables(d, sources.get(0)));
    // The second article shows no outlet: it has no value for it.
    assertEquals(List.of("Published=2015-09-17"), variables(d, sources.get(1)));
  }

  @Test
  void codedSpanPositionsCountCodePointsAndSelectExactlyTheCodedText() throws Exception {
    byte[] zip = export(project(), false);
    Document d = qde(zip);
    Element sel = only(codedWith(d, GOV));
    // UTF-16 [33, 57): one astral character before the span, one inside it.
    assertEquals("32", sel.getAttribute("startPosition"));
    assertEquals("55", sel.getAttribute("endPosition"));
    assertEquals("The talks \uD83E\uDD1D were useful", select(entries(zip).get("Sources/" + SOURCE_A1 + ".txt"), sel));
    assertEquals("The talks \uD83E\uDD1D were useful", sel.getAttribute("name"));
    assertEquals("2025-02-01T10:15:30Z", sel.getAttribute("creationDateTime"));
    Element coding = only(children(sel, "Coding"));
    assertEquals(QdpxWriter.derived("coding/c1"), coding.getAttribute("guid"));
    // A coding's id that is a GUID is its GUID in the package.
    Element other = only(codedWith(d, ACTORS));
    assertEquals(CODING_C2, only(children(other, "Coding")).getAttribute("guid"));
    assertEquals("0", other.getAttribute("startPosition"));
    assertEquals("16", other.getAttribute("endPosition"));
  }

  @Test
  void nestedCodesComeOutNested() throws Exception {
    Document d = qde(export(project(), false));
    Element codes = only(all(d, "Codes"));
    Element actors = only(children(codes, "Code"));
    assertEquals(ACTORS, actors.getAttribute("guid"));
    assertEquals("Actors", actors.getAttribute("name"));
    assertEquals("#1f77b4", actors.getAttribute("color"));
    assertEquals("true", actors.getAttribute("isCodable"));
    assertEquals("Who acts", only(children(actors, "Description")).getTextContent());
    Element government = only(children(actors, "Code"));
    // "gov" is no GUID: the package gets a name-based one, the same every time.
    assertEquals(GOV, government.getAttribute("guid"));
    assertEquals("Government", government.getAttribute("name"));
    assertEquals("#ff7f0e", government.getAttribute("color"));
    assertEquals(List.of(), children(government, "Description"));
    assertEquals(List.of(), children(government, "Code"));
  }

  @Test
  void memoOnACodingIsANoteRefToANoteWithItsText() throws Exception {
    Document d = qde(export(project(), false));
    Element sel = only(codedWith(d, GOV));
    assertEquals(MEMO_ON_C1, only(children(sel, "NoteRef")).getAttribute("targetGUID"));
    assertEquals("Hedged optimism.", only(children(sel, "Description")).getTextContent());
    Element note = byAttribute(all(d, "Note"), "guid", MEMO_ON_C1);
    assertEquals("Hedged optimism.", only(children(note, "PlainTextContent")).getTextContent());
    assertEquals("Memo on Actors/Government: The talks \uD83E\uDD1D were useful", note.getAttribute("name"));
    assertEquals("2025-02-01T10:16:00Z", note.getAttribute("creationDateTime"));
    assertEquals("2025-02-04T08:00:00Z", note.getAttribute("modifiedDateTime"));
  }

  @Test
  void memosOnTheCorpusAnArticleAndAFindingAreReferencedFromWhatTheyAreOn() throws Exception {
    byte[] zip = export(project(), false);
    Document d = qde(zip);
    Element project = d.getDocumentElement();
    String corpusNote = QdpxWriter.derived("memo/m2");
    assertEquals(List.of(corpusNote), children(project, "NoteRef").stream().map(e -> e.getAttribute("targetGUID")).toList());
    assertEquals("Five outlets, one meeting.", only(children(project, "Description")).getTextContent());
    Element a2 = byAttribute(all(d, "TextSource"), "guid", SOURCE_A2);
    assertEquals(QdpxWriter.derived("memo/m3"), only(children(a2, "NoteRef")).getAttribute("targetGUID"));
    // The memo on the hedge: a selection of its own, uncoded, at the hedge.
    Element onHedge = only(all(d, "PlainTextSelection").stream().filter(s -> children(s, "Coding").isEmpty()).toList());
    assertEquals("76", onHedge.getAttribute("startPosition"));
    assertEquals("86", onHedge.getAttribute("endPosition"));
    assertEquals("reportedly", select(entries(zip).get("Sources/" + SOURCE_A1 + ".txt"), onHedge));
    String hedgeNote = QdpxWriter.derived("memo/m4");
    assertEquals(hedgeNote, only(children(onHedge, "NoteRef")).getAttribute("targetGUID"));
    assertEquals(
        List.of("Memo on Actors/Government: The talks \uD83E\uDD1D were useful", "Memo on the corpus",
            "Memo on Lavrov meets Kerry", "Memo on the hedge “reportedly”"),
        all(d, "Note").stream().map(n -> n.getAttribute("name")).toList());
    assertEquals("Whose report?", only(children(byAttribute(all(d, "Note"), "guid", hedgeNote), "PlainTextContent")).getTextContent());
  }

  @Test
  void findingsAreCodedUnderParallaxWhenAskedAndAbsentOtherwise() throws Exception {
    byte[] zip = export(project(), true);
    Document d = qde(zip);
    Element parallax = byAttribute(all(d, "Code"), "name", "Parallax");
    assertEquals(PARALLAX_CODE, parallax.getAttribute("guid"));
    assertEquals("false", parallax.getAttribute("isCodable"));
    assertEquals(d.getElementsByTagNameNS(NS, "Codes").item(0), parallax.getParentNode());
    List<Element> kinds = children(parallax, "Code");
    assertEquals(
        List.of("Shared quotations", "Altered quotations", "Aligned facts", "Loaded labels", "Loaded wording",
            "Hedges", "Only this outlet"),
        kinds.stream().map(k -> k.getAttribute("name")).toList());
    assertEquals(QUOTE_CODE, kinds.get(0).getAttribute("guid"));
    assertEquals("#56b4e9", kinds.get(0).getAttribute("color"));
    List<Element> quotes = codedWith(d, QUOTE_CODE);
    assertEquals(List.of("44-55", "28-39"),
        quotes.stream().map(q -> q.getAttribute("startPosition") + "-" + q.getAttribute("endPosition")).toList());
    assertEquals("were useful", select(entries(zip).get("Sources/" + SOURCE_A1 + ".txt"), quotes.get(0)));
    assertEquals(
        "Quotation of Kerry (verbatim), also carried by “Lavrov meets Kerry”",
        only(children(quotes.get(0), "Description")).getTextContent());
    Element machine = byAttribute(all(d, "User"), "name", "Parallax");
    assertEquals(machine.getAttribute("guid"), quotes.get(0).getAttribute("creatingUser"));
    assertEquals(List.of("50-82"),
        codedWith(d, QdpxWriter.findingsCode(org.parallax.analysis.Highlight.Kind.UNIQUE)).stream()
            .map(q -> q.getAttribute("startPosition") + "-" + q.getAttribute("endPosition")).toList());

    Document without = qde(export(project(), false));
    assertEquals(List.of(), all(without, "Code").stream().filter(c -> c.getAttribute("name").equals("Parallax")).toList());
    assertEquals(List.of("Ana"), all(without, "User").stream().map(u -> u.getAttribute("name")).toList());
    assertEquals(2, all(without, "Coding").size());
  }

  @Test
  void theSameInputAndClockGiveTheSameBytes() throws Exception {
    assertArrayEquals(export(project(), true), export(project(), true));
    assertTrue(new String(entries(export(project(), true)).get("project.qde"), StandardCharsets.UTF_8)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"" + NS + "\""));
  }
}
