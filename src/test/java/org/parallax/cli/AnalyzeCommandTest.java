package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(CliTests.keepSeedsClean(args), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path corpus(String name, String... bodies) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    for (int i = 0; i < bodies.length; i++) {
      Files.writeString(folder.resolve("a" + i + ".txt"), "Headline " + i + "\n\n" + bodies[i]);
    }
    return folder;
  }

  @Test
  void writesSeedAnalysisWithEverySection() throws Exception {
    Path json = dir.resolve("out.json");
    assertEquals(0, run("analyze", "seeds", "--json", json.toString()));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("parallax.analysis/1", root.get("schema").asText());
    assertEquals("seeds", root.at("/corpus/name").asText());
    assertEquals(5, root.get("articles").size());
    for (String section : List.of("quotes", "facts", "referents", "divergences", "hedges", "unique", "problems")) {
      assertTrue(root.get(section).isArray(), section);
    }
    JsonNode mt = root.get("articles").get(2);
    assertEquals("002_17b3dee94d847ef4", mt.get("id").asText());
    assertEquals("The Moscow Times", mt.get("outlet").asText());
    assertTrue(mt.get("author").isNull());
    JsonNode first = mt.get("sentences").get(1);
    String text = mt.get("text").asText();
    assertTrue(text.substring(first.get("start").asInt(), first.get("end").asInt()).startsWith("LONDON – U.S. President"));
    // The headline opens the text, and is its first sentence.
    assertEquals(0, mt.at("/headline/start").asInt());
    assertEquals(mt.get("title").asText(), text.substring(0, mt.at("/headline/end").asInt()));
    assertEquals(mt.at("/headline/end").asInt(), mt.at("/sentences/0/end").asInt());
    assertEquals("By [The Moscow Times](#)", mt.at("/removed/1/text").asText());
    assertEquals("parallax: seeds: 5 article(s) analysed, 0 skipped -> " + json + System.lineSeparator(), err.toString());
  }

  @Test
  void keepsTheCacheInTheCorpusUnlessNoCache() throws Exception {
    Path a = corpus("alpha", "Kerry met Lavrov on Wednesday in New York.", "Lavrov and Kerry met in New York on Wednesday.");
    assertEquals(0, run("analyze", a.toString(), "--json", dir.resolve("a.json").toString(), "--no-cache"));
    assertFalse(Files.exists(a.resolve(".parallax")), "--no-cache writes nothing into the corpus");
    assertEquals(0, run("analyze", a.toString(), "--json", dir.resolve("b.json").toString()));
    assertTrue(Files.isDirectory(a.resolve(".parallax/cache/embeddings")));
    assertTrue(Files.isDirectory(a.resolve(".parallax/cache/tagging")));
  }

  @Test
  void writesOneAnalysisPerFolderWithOut() throws Exception {
    Path a = corpus("alpha", "Kerry met Lavrov on Wednesday in New York.");
    Path b = corpus("beta", "Carter spoke to Shoigu by telephone on Friday.");
    Path results = dir.resolve("results");
    assertEquals(0, run("analyze", a.toString(), b.toString(), "--out", results.toString()));
    assertTrue(Files.isRegularFile(results.resolve("alpha.json")));
    assertTrue(Files.isRegularFile(results.resolve("beta.json")));
  }

  @Test
  void missingFolderIsAWrongArgument() {
    assertEquals(2, run("analyze", dir.resolve("nope").toString(), "--json", dir.resolve("x.json").toString()));
    assertEquals("parallax: " + dir.resolve("nope") + ": no such folder" + System.lineSeparator(), err.toString());
    assertFalse(Files.exists(dir.resolve("x.json")));
  }

  @Test
  void emptyFolderMeansNothingAnalysed() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(1, run("analyze", empty.toString(), "--json", dir.resolve("x.json").toString()));
    assertTrue(err.toString().contains(empty + ": folder is empty"), err.toString());
    assertTrue(err.toString().contains("nothing could be analysed; no analysis written"));
    assertFalse(Files.exists(dir.resolve("x.json")));
  }

  @Test
  void severalFoldersNeedOut() throws Exception {
    Path a = corpus("alpha", "Kerry met Lavrov on Wednesday in New York.");
    assertEquals(2, run("analyze", a.toString(), a.toString()));
    assertTrue(err.toString().startsWith("several folders need --out DIR"), err.toString());
  }

  @Test
  void targetThatIsAFolderIsRefusedWithoutLosingIt() throws Exception {
    Path a = corpus("alpha", "Kerry met Lavrov on Wednesday in New York.");
    Path target = Files.createDirectories(dir.resolve("target.json"));
    assertEquals(3, run("analyze", a.toString(), "--json", target.toString()));
    assertTrue(err.toString().contains(target + ": is a folder; give a file name for the analysis"));
    assertTrue(Files.isDirectory(target));
  }

  @Test
  void unknownOptionIsAWrongArgumentWithUsage() {
    assertEquals(2, run("analyze", "seeds", "--bogus"));
    assertTrue(err.toString().startsWith("Unknown option: '--bogus'"), err.toString());
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("analyze"));
    assertEquals(0, run("analyze", "--help"));
    assertTrue(out.toString().contains("Exit codes:"));
    assertTrue(out.toString().contains("  70   an internal error (a bug)"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--help"));
    assertTrue(out.toString().contains("  70   an internal error (a bug)"), out.toString());
    assertEquals(0, run("app", "--help"));
    assertEquals(0, run("--version"));
    assertTrue(out.toString().contains("parallax "));
  }

  /** A run that names its command builds only that one; every other way in still knows them all. */
  @Test
  void theUsageAndHelpKnowEveryCommandWhateverIsAsked() {
    assertEquals(0, run("--help"));
    String usage = out.toString();
    for (String command : List.of("analyze", "export", "evaluate", "app", "help")) {
      assertTrue(usage.contains("  " + command + " "), command + " missing from\n" + usage);
    }
    out.getBuffer().setLength(0);
    assertEquals(0, run("help", "export"));
    assertTrue(out.toString().contains("Usage: parallax export"), out.toString());
    assertEquals(2, run("analyse", "seeds"));
    assertTrue(err.toString().contains("Did you mean: parallax analyze"), err.toString());
  }

  @Test
  void writesToStandardOutputWithoutTarget() throws Exception {
    Path a = corpus("alpha", "Kerry met Lavrov on Wednesday in New York.");
    var previous = System.out;
    var captured = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(captured, true, "UTF-8"));
    try {
      assertEquals(0, run("analyze", a.toString()));
    } finally {
      System.setOut(previous);
    }
    JsonNode root = new ObjectMapper().readTree(captured.toByteArray());
    assertTrue(root.at("/articles/0/text").asText().endsWith("\n\nKerry met Lavrov on Wednesday in New York."), root.at("/articles/0/text").asText());
  }

  @Test
  void aFileNameWithANewlineStaysOneLineInItsProblem() throws Exception {
    Path folder = corpus("nl", "Kerry met Lavrov on Wednesday in New York.");
    Files.write(folder.resolve("bad\nname.txt"), new byte[0]);
    assertEquals(0, run("analyze", folder.toString(), "--json", dir.resolve("nl.json").toString(), "-q"));
    List<String> lines = err.toString().lines().toList();
    assertTrue(lines.contains("parallax: " + folder.resolve("bad") + "\\nname.txt: empty file (0 bytes) (skipped)"), lines.toString());
  }

  @Test
  void aNotANumberFileSizeIsAWrongArgument() {
    assertEquals(2, run("analyze", "seeds", "--max-file-size", "NaN"));
    assertTrue(err.toString().contains("--max-file-size must be above 0"), err.toString());
  }

  @Test
  void theAnalysisFileIsReadableByOthersLikeTheExports() throws Exception {
    Path json = dir.resolve("perm.json");
    assertEquals(0, run("analyze", corpus("perm", "Kerry met Lavrov on Wednesday in New York.").toString(), "--json", json.toString(), "-q"));
    assertTrue(Files.getPosixFilePermissions(json).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
        Files.getPosixFilePermissions(json).toString());
  }
}
