package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Highlight;
import org.parallax.export.QdpxWriter;
import org.parallax.project.Anchor;
import org.parallax.project.Code;
import org.parallax.project.Coding;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.ProjectFile;
import org.parallax.project.Target;
import org.parallax.project.Workspace;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code parallax export --qdpx}: the analyst's project over the seeds, as a REFI-QDA package. */
class ExportCommandQdpxTest {

  private static final String NL = System.lineSeparator();
  private static final String FARS = "000_5687b2dc5866d8ae";
  private static final String LABEL = "3c9f8d52-1e4b-4a7c-8f06-2d5b9e1a7c34";
  private static final String MEMO = "7d2e4f60-9a1b-4c3d-8e5f-6a7b8c9d0e1f";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(CliTests.keepSeedsClean(args), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The seeds with a project: one code, one coding of "Takfiri terrorists" in Fars, a memo on it. */
  private Path seedsWithProject() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    // Where the words are is left to the anchor to find: the cleaned text is the analyzer's to decide.
    Anchor takfiri = new Anchor(FARS, 0, 18, "Takfiri terrorists", "", "");
    Project project = new Project(
        Project.SCHEMA,
        List.of(new Code(LABEL, "Labels for IS", "#aa3377", "", null)),
        List.of(new Coding("c1", LABEL, takfiri, "2025-02-01T10:00:00Z")),
        List.of(new Memo(MEMO, Target.coding("c1"), "Fars's own label.", "2025-02-01T10:01:00Z", "2025-02-01T10:01:00Z")),
        List.of(),
        Workspace.EMPTY);
    ProjectFile.write(project, ProjectFile.of(corpus));
    return corpus;
  }

  private static Map<String, byte[]> entries(Path zip) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  private static Document qde(Map<String, byte[]> entries) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("project.qde")));
  }

  private static List<Element> all(Document d, String name) {
    NodeList list = d.getElementsByTagNameNS(QdpxWriter.NAMESPACE, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The selections coded with {@code code}. */
  private static List<Element> codedWith(Document d, String code) {
    return all(d, "CodeRef").stream()
        .filter(r -> r.getAttribute("targetGUID").equals(code))
        .map(r -> (Element) r.getParentNode().getParentNode())
        .toList();
  }

  @Test
  void writesTheProjectWithItsCodingsMemosAndTheFindings() throws Exception {
    Path corpus = seedsWithProject();
    Path qdpx = dir.resolve("seeds.qdpx");
    assertEquals(0, run("export", corpus.toString(), "--qdpx", qdpx.toString()));
    Map<String, byte[]> entries = entries(qdpx);
    assertEquals(6, entries.size());
    assertEquals("project.qde", entries.keySet().iterator().next());
    String fars = "Sources/" + QdpxWriter.source(FARS) + ".txt";
    String text = new String(entries.get(fars), StandardCharsets.UTF_8);
    Document d = qde(entries);
    Element coded = codedWith(d, LABEL).get(0);
    int start = Integer.parseInt(coded.getAttribute("startPosition"));
    int end = Integer.parseInt(coded.getAttribute("endPosition"));
    assertEquals(text.indexOf("Takfiri terrorists"), start);
    assertEquals("Takfiri terrorists", text.substring(start, end));
    Element noteRef = (Element) coded.getElementsByTagNameNS(QdpxWriter.NAMESPACE, "NoteRef").item(0);
    assertEquals(MEMO, noteRef.getAttribute("targetGUID"));
    int findings = 0;
    for (Highlight.Kind k : Highlight.Kind.values()) {
      findings += codedWith(d, QdpxWriter.findingsCode(k)).size();
    }
    assertFalse(codedWith(d, QdpxWriter.findingsCode(Highlight.Kind.LOADED_LABEL)).isEmpty());
    assertEquals(
        "parallax: " + corpus + ": 5 article(s) exported -> " + qdpx
            + " (5 sources, 1 coding, 1 memo, " + findings + " findings)" + NL,
        err.toString());
  }

  @Test
  void leavesTheFindingsOutWhenAskedAndTheProjectWithNoProject() throws Exception {
    Path corpus = seedsWithProject();
    Path qdpx = dir.resolve("codes.qdpx");
    assertEquals(0, run("export", corpus.toString(), "--qdpx", qdpx.toString(), "--no-qdpx-findings"));
    Document d = qde(entries(qdpx));
    assertEquals(List.of("Labels for IS"), all(d, "Code").stream().map(c -> c.getAttribute("name")).toList());
    assertEquals(1, all(d, "PlainTextSelection").size());
    assertEquals(
        "parallax: " + corpus + ": 5 article(s) exported -> " + qdpx + " (5 sources, 1 coding, 1 memo)" + NL,
        err.toString());

    Path bare = dir.resolve("bare.qdpx");
    assertEquals(0, run("export", corpus.toString(), "--qdpx", bare.toString(), "--no-project", "--no-qdpx-findings", "-q"));
    Map<String, byte[]> entries = entries(bare);
    Document none = qde(entries);
    assertEquals(List.of(), all(none, "Code"));
    assertEquals(List.of(), all(none, "PlainTextSelection"));
    assertEquals(5, all(none, "TextSource").size());
    assertArrayEquals(
        entries(qdpx).get("Sources/" + QdpxWriter.source(FARS) + ".txt"),
        entries.get("Sources/" + QdpxWriter.source(FARS) + ".txt"));
  }

  @Test
  void qdpxTargetThatIsAFolderFailsAtOnceAndWritesNothing() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("out.qdpx"));
    Path json = dir.resolve("seeds.json");
    assertEquals(3, run("export", "seeds", "--json", json.toString(), "--qdpx", folder.toString()));
    assertEquals(
        "parallax: " + folder + ": is a folder; give a file name for the REFI-QDA project" + NL,
        err.toString());
    assertFalse(Files.exists(json));
  }

  @Test
  void withoutATargetTheMessageNamesQdpxToo() {
    assertEquals(2, run("export", "seeds"));
    assertEquals(
        "give at least one of --pdf FILE, --csv DIR, --json FILE, --qdpx FILE",
        err.toString().lines().findFirst().orElseThrow());
  }
}
