package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  private static final String BODY =
      "Kerry said on Friday that military talks with Russia were an important next step.";

  @TempDir Path dir;

  private final CorpusReader reader = new CorpusReader();

  private static Article byId(Corpus c, String id) {
    return c.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> problems(Corpus c) {
    return c.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void articleDetailsTheAnalystSetOverrideWhatTheFileSays() throws Exception {
    Corpus plain = reader.read(Path.of("seeds"));
    Article before = plain.articles().get(2);
    Corpus c = reader.withOverrides(f -> java.util.Map.of(before.id(), new Metadata(null, "Moscow Times (set)", "2015-09-20", null, null)))
        .read(Path.of("seeds"));
    Article a = c.articles().get(2);
    assertEquals("Moscow Times (set)", a.outlet());
    assertEquals("2015-09-20", a.published());
    assertEquals(before.title(), a.title());
    assertEquals(before.text(), a.text());
    assertEquals(plain.articles().get(1).outlet(), c.articles().get(1).outlet());
  }

  @Test
  void readsTheFiveSeedArticlesWithTheirMetadata() throws Exception {
    Corpus c = reader.read(Path.of("seeds"));
    assertEquals("seeds", c.name());
    assertEquals(
        List.of(
            "000_5687b2dc5866d8ae",
            "001_202df9670cb2560d",
            "002_17b3dee94d847ef4",
            "003_3a3cfc992890462a",
            "004_c57f9cb5f696a4b2"),
        c.articles().stream().map(Article::id).toList());
    assertEquals(List.of(), c.problems());

    Article mt = byId(c, "002_17b3dee94d847ef4");
    assertEquals("002_17b3dee94d847ef4.txt", mt.source());
    assertEquals("text", mt.format());
    assertEquals("UTF-8", mt.encoding());
    assertEquals("U.S. Sees Military Talks With Russia on Syria as Important Next Step - Kerry", mt.title());
    assertEquals("The Moscow Times", mt.outlet());
    assertEquals("2015-09-18", mt.published());
    assertEquals(
        "https://www.themoscowtimes.com/2015/09/18/us-sees-military-talks-with-russia-on-syria-as-important-next-step-kerry-a49660",
        mt.url());
    assertNull(mt.author());

    Article alalam = byId(c, "000_5687b2dc5866d8ae");
    assertEquals("Kerry: Russia, US Follow Same Goals in Syria against ISIL", alalam.title());
    assertEquals("2015-09-19", alalam.published());
    // The page's related-articles data names its own uploads "/2015/09/14/alalam_6357….jpg".
    assertEquals("Al-Alam", alalam.outlet());
    // Nothing in 001 or 004 names their outlet.
    assertNull(byId(c, "001_202df9670cb2560d").outlet());
    assertNull(byId(c, "004_c57f9cb5f696a4b2").outlet());

    assertEquals("Press TV", byId(c, "003_3a3cfc992890462a").outlet());
    assertEquals("US Seeks Military Talks with Russia on Syria", byId(c, "004_c57f9cb5f696a4b2").title());
  }

  @Test
  void splitsSeedSentencesWithOffsetsIntoTheCleanedText() throws Exception {
    Corpus c = reader.read(Path.of("seeds"));
    Article dw = byId(c, "004_c57f9cb5f696a4b2");
    assertEquals(
        "Shortly after Kerry spoke, the Pentagon announced that Defense Secretary Ash Carter had spoken by"
            + " telephone with Sergei K. Shoigu, the Russian minister of defense.",
        dw.sentence(1));
    assertEquals("US Seeks Military Talks with Russia on Syria", dw.sentence(0));
    Article mt = byId(c, "002_17b3dee94d847ef4");
    assertEquals(
        "LONDON – U.S. President Barack Obama believes that holding military talks with Russia on Syria is an"
            + " important next step and hopes they will take place very shortly, Secretary of State John Kerry"
            + " said on Friday.",
        mt.sentence(1));
    for (Article a : c.articles()) {
      int previousEnd = 0;
      for (var s : a.sentences()) {
        assertTrue(s.start() >= previousEnd && s.end() <= a.text().length(), a.id() + " " + s);
        previousEnd = s.end();
      }
    }
  }

  @Test
  void emptyFolderIsReported() throws Exception {
    Corpus c = reader.read(dir);
    assertTrue(c.articles().isEmpty());
    assertEquals(List.of(dir + ": folder is empty (skipped)"), problems(c));
  }

  @Test
  void folderWithoutArticleFilesIsReported() throws Exception {
    Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
    Files.writeString(dir.resolve("image.png"), "x");
    Corpus c = reader.read(dir);
    assertEquals(
        List.of(dir + ": no article files (.txt, .md, .html, .json, .jsonl, .csv) in the folder (2 other file(s) ignored) (skipped)"),
        problems(c));
  }

  @Test
  void missingPathAndFileInsteadOfFolderAreRefused() throws Exception {
    var missing = assertThrows(CorpusReader.FolderException.class, () -> reader.read(dir.resolve("nope")));
    assertEquals(dir.resolve("nope") + ": no such folder", missing.getMessage());
    Path file = Files.writeString(dir.resolve("a.txt"), BODY);
    var notFolder = assertThrows(CorpusReader.FolderException.class, () -> reader.read(file));
    assertTrue(notFolder.getMessage().startsWith(file + ": not a folder"));
  }

  @Test
  void skipsBadFilesAndKeepsTheRest() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "A headline\n\n" + BODY);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
    Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("does-not-exist.txt"));
    Files.writeString(dir.resolve("junk.txt"), "SHARE THIS ARTICLE\nPlease enter your comment!\n");
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(21L * 1024 * 1024);
    }
    Corpus c = reader.read(dir);
    assertEquals(List.of("good"), c.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of(
            "binary.txt: binary content, not a text file (skipped)",
            "broken.txt: cannot be read (file not found; a broken link?) (skipped)",
            "empty.txt: empty file (0 bytes) (skipped)",
            "huge.txt: too large (21.0 MB; the limit is 20.0 MB) (skipped)",
            "junk.txt: no article text found (everything in it was page junk: 2 piece(s) removed) (skipped)"),
        problems(c));
  }

  @Test
  void sameNameInTwoSubFoldersGetsPathIds() throws Exception {
    Files.createDirectories(dir.resolve("reuters"));
    Files.createDirectories(dir.resolve("tass"));
    Files.writeString(dir.resolve("reuters/story.txt"), "Reuters headline\n\n" + BODY);
    Files.writeString(dir.resolve("tass/story.txt"), "TASS headline\n\n" + BODY);
    Corpus c = reader.read(dir);
    assertEquals(List.of("reuters/story", "tass/story"), c.articles().stream().map(Article::id).toList());
    assertEquals(List.of("reuters/story.txt", "tass/story.txt"), c.articles().stream().map(Article::source).toList());
    assertEquals(
        List.of(
            "reuters/story.txt: another file has the same name; its id is \"reuters/story\"",
            "tass/story.txt: another file has the same name; its id is \"tass/story\""),
        problems(c));
  }

  @Test
  void decodesLegacyAndUnicodeEncodings() throws Exception {
    String text = "Lavrov’s “safe approach”\n\nThe minister said the café talks were “constructive” and naïve hopes were gone.";
    Files.write(dir.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));
    Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("utf8bom.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    Corpus c = reader.read(dir);
    assertEquals(List.of("windows-1252", "UTF-16LE", "UTF-8"), c.articles().stream().map(Article::encoding).toList());
    for (Article a : c.articles()) {
      assertEquals("Lavrov’s “safe approach”", a.title());
      assertEquals("The minister said the café talks were “constructive” and naïve hopes were gone.", a.body());
    }
  }

  @Test
  void theHeadlineOpensTheTextAsItsOwnParagraph() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Floods Cut Off Northern Ghana\n\nHeavy rain cut the road to Tamale on Monday, officials said.\n");
    Files.writeString(dir.resolve("b.json"), "{\"title\": \"Aid  reaches\\nTamale\", \"text\": \"The first aid trucks reached Tamale on Tuesday.\"}");
    Corpus c = reader.read(dir);
    Article a = byId(c, "a");
    assertEquals("Floods Cut Off Northern Ghana", a.title());
    assertEquals("Floods Cut Off Northern Ghana\n\nHeavy rain cut the road to Tamale on Monday, officials said.", a.text());
    assertEquals(new org.parallax.text.TextRange(0, 29), a.headline());
    assertEquals("Heavy rain cut the road to Tamale on Monday, officials said.", a.body());
    // The headline is a sentence of its own, read like the body's.
    assertEquals("Floods Cut Off Northern Ghana", a.sentence(0));
    assertEquals("Heavy rain cut the road to Tamale on Monday, officials said.", a.sentence(1));
    assertTrue(a.inHeadline(0, 6));
    assertFalse(a.inHeadline(31, 36));
    // A title given beside the text is its headline too, on one line.
    Article b = byId(c, "b");
    assertEquals("Aid reaches Tamale\n\nThe first aid trucks reached Tamale on Tuesday.", b.text());
    assertEquals(18, b.headline().end());
  }

  @Test
  void aTitleThatNamesTheSiteIsNoHeadline() throws Exception {
    String body = "\"text\": \"Heavy rain cut the road to Tamale on Monday.\"";
    Files.writeString(dir.resolve("a.json"), "{\"title\": \"The Ghana Courier Online\", \"url\": \"https://www.ghanacourier.example/story/1\", " + body + "}");
    Files.writeString(dir.resolve("b.json"), "{\"title\": \"Top News Article\", " + body + "}");
    Files.writeString(dir.resolve("c.json"), "{\"title\": \"Accra Daily\", \"outlet\": \"Accra Daily\", " + body + "}");
    Files.writeString(dir.resolve("d.json"), "{\"title\": \"Courier staff cut off by floods\", \"url\": \"https://www.ghanacourier.example/story/2\", " + body + "}");
    Corpus c = reader.read(dir);
    for (String id : List.of("a", "b", "c")) {
      assertNull(byId(c, id).headline(), id);
    }
    assertEquals("Courier staff cut off by floods", byId(c, "d").sentence(0));
  }

  @Test
  void noHeadlineWhereTheBodyOpensWithTheTitleOrTheTitleIsAnId() throws Exception {
    Files.writeString(dir.resolve("a.json"), "{\"title\": \"Heavy rain cut the road to Tamale...\", \"text\": \"Heavy rain cut the road to Tamale on Monday.\"}");
    Files.writeString(dir.resolve("b.json"), "{\"title\": \"doc_0042\", \"text\": \"Heavy rain cut the road to Tamale on Monday.\"}");
    Files.writeString(dir.resolve("c.json"), "{\"text\": \"Heavy rain cut the road to Tamale on Monday.\"}");
    Corpus c = reader.read(dir);
    for (String id : List.of("a", "b", "c")) {
      Article x = byId(c, id);
      assertNull(x.headline(), id);
      assertEquals("Heavy rain cut the road to Tamale on Monday.", x.text(), id);
      assertEquals(x.text(), x.body(), id);
    }
  }

  @Test
  void readsMarkdownWithoutItsMarkup() throws Exception {
    Files.writeString(
        dir.resolve("story.md"),
        "# Kerry and Lavrov meet\n\n*By* Jane Doe\n\nKerry met [Sergey Lavrov](https://example.org/lavrov) in **New York** on Wednesday.\n\n![map](map.png)\n");
    Article a = reader.read(dir).articles().get(0);
    assertEquals("markdown", a.format());
    assertEquals("Kerry and Lavrov meet", a.title());
    assertEquals("Jane Doe", a.author());
    assertEquals("Kerry met Sergey Lavrov in New York on Wednesday.", a.body());
  }

  @Test
  void readsAFrontMatterBlockAsTheArticlesMetadata() throws Exception {
    Files.writeString(
        dir.resolve("story.md"),
        "---\ntitle: \"Kerry and Lavrov meet\"\noutlet: Example Daily\ndate: 2015-09-18\ntags:\n  - syria\n"
            + "url: https://example.org/kerry\n---\nKerry met Sergey Lavrov in **New York** on Wednesday.\n");
    Files.writeString(dir.resolve("notes.txt"), "---\n\nKerry met Lavrov in New York on Wednesday, officials said.\n\n---\n");
    List<Article> as = reader.read(dir).articles();
    Article a = as.stream().filter(x -> x.source().equals("story.md")).findFirst().orElseThrow();
    assertEquals("Kerry and Lavrov meet", a.title());
    assertEquals("Example Daily", a.outlet());
    assertEquals("2015-09-18", a.published());
    assertEquals("https://example.org/kerry", a.url());
    assertEquals("Kerry met Sergey Lavrov in New York on Wednesday.", a.body());
    // A rule over prose is no front matter: the prose is the article.
    Article notes = as.stream().filter(x -> x.source().equals("notes.txt")).findFirst().orElseThrow();
    assertTrue(notes.text().contains("Kerry met Lavrov in New York on Wednesday"), notes.text());
  }

  @Test
  void readsAHeaderOfLabelledLinesAsTheArticlesMetadata() throws Exception {
    // Lines "Title: ...", "Outlet: ...", "Date: ..." down to a blank line, as people and scrapers write them.
    Files.writeString(dir.resolve("a.txt"), "Title: Kerry and Lavrov meet\nOutlet: Example Daily\nDate: 2015-09-18\n"
        + "Link: https://example.org/kerry\nBy: Jane Doe\n\nKerry met Sergey Lavrov in New York on Wednesday.\n");
    // A body that opens with a label of its own keeps it.
    Files.writeString(dir.resolve("b.txt"), "Update: the talks in Geneva were put off on Wednesday.\n\n"
        + "Kerry met Sergey Lavrov in New York on Wednesday.\n");
    List<Article> as = reader.read(dir).articles();
    Article a = as.stream().filter(x -> x.source().equals("a.txt")).findFirst().orElseThrow();
    assertEquals("Kerry and Lavrov meet", a.title());
    assertEquals("Example Daily", a.outlet());
    assertEquals("2015-09-18", a.published());
    assertEquals("https://example.org/kerry", a.url());
    assertEquals("Jane Doe", a.author());
    assertEquals("Kerry met Sergey Lavrov in New York on Wednesday.", a.body());
    Article b = as.stream().filter(x -> x.source().equals("b.txt")).findFirst().orElseThrow();
    assertTrue(b.text().startsWith("Update: the talks in Geneva"), b.text());
  }

  @Test
  void settingsFileCorrectsMetadataPerFile() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "A headline\n\n" + BODY);
    Files.writeString(
        dir.resolve("parallax.json"),
        "{\"name\": \"Talks\", \"articles\": {\"a.txt\": {\"outlet\": \"Example Daily\", \"published\": \"2015-09-18\","
            + " \"title\": \"Better title\"}, \"gone.txt\": {\"outlet\": \"X\"}}}");
    Corpus c = reader.read(dir);
    assertEquals("Talks", c.name());
    Article a = c.articles().get(0);
    assertEquals("Better title", a.title());
    assertEquals("Example Daily", a.outlet());
    assertEquals("2015-09-18", a.published());
    assertEquals(BODY, a.body());
    assertEquals(List.of("parallax.json: names \"gone.txt\", which is not an article file here"), problems(c));
  }

  @Test
  void malformedSettingsAreReportedAndIgnoredButNeverRewritten() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "A headline\n\n" + BODY);
    String broken = "{\"articles\": {\"a.txt\": {\"outlet\": \"X\",}}";
    Files.writeString(dir.resolve("parallax.json"), broken);
    Corpus c = reader.read(dir);
    assertEquals(1, c.articles().size());
    assertEquals("A headline", c.articles().get(0).title());
    assertEquals(1, c.problems().size());
    assertTrue(problems(c).get(0).startsWith("parallax.json: not valid JSON at line 1, column "), problems(c).get(0));
    assertFalse(c.problems().get(0).skipped());
    assertEquals(broken, Files.readString(dir.resolve("parallax.json")));
  }

  @Test
  void readsArticlesSavedAsNewsCrawlerJson() throws Exception {
    // The news-please format of published news corpora: description, main text and metadata fields.
    Files.writeString(
        dir.resolve("a.json"),
        "{\"authors\": [\"Jane Roe\", \"John Poe\"], \"date_publish\": \"2017-08-09 20:22:15\","
            + " \"description\": \"The talks were the first in a year.\","
            + " \"maintext\": \"Officials met in Geneva on Monday.\\n\\nThe talks lasted six hours.\","
            + " \"source_domain\": \"www.reuters.com\", \"title\": \"Ceasefire talks in Geneva\","
            + " \"url\": \"https://www.reuters.com/article/geneva-talks\", \"image_url\": null}");
    // The common variants, an unknown domain, and a description the text already gives.
    Files.writeString(
        dir.resolve("b.json"),
        "{\"headline\": \"Talks resume\", \"description\": \"Delegates returned to Geneva.\","
            + " \"text\": \"Delegates returned to Geneva on Tuesday for a second round.\","
            + " \"url\": \"https://news.example.org/talks\", \"published\": \"2017-08-10T09:00:00Z\"}");
    // Paragraphs of sentences, as the BASIL media-bias corpus gives them.
    Files.writeString(
        dir.resolve("c.json"),
        "{\"title\": \"Third round\", \"source\": \"fox\", \"date\": \"2017-08-11\", \"body-paragraphs\":"
            + " [[\"Talks ended on Friday.\", \"No deal was reached.\"], [\"Both sides will meet again.\"]]}");
    Corpus c = reader.read(dir);
    assertEquals(List.of(), problems(c));
    Article basil = c.articles().get(2);
    assertEquals("Talks ended on Friday. No deal was reached.\n\nBoth sides will meet again.", basil.body());
    assertEquals("fox", basil.outlet());
    assertEquals("2017-08-11", basil.published());
    Article a = c.articles().get(0);
    assertEquals("json", a.format());
    assertEquals("Ceasefire talks in Geneva", a.title());
    assertEquals("Reuters", a.outlet());
    assertEquals("2017-08-09", a.published());
    assertEquals("https://www.reuters.com/article/geneva-talks", a.url());
    assertEquals("Jane Roe, John Poe", a.author());
    assertEquals("The talks were the first in a year.\n\nOfficials met in Geneva on Monday.\n\nThe talks lasted six hours.", a.body());
    assertEquals(4, a.sentences().size()); // the headline and three
    Article b = c.articles().get(1);
    assertEquals("Talks resume", b.title());
    assertEquals("news.example.org", b.outlet());
    assertEquals("2017-08-10", b.published());
    assertEquals("Delegates returned to Geneva on Tuesday for a second round.", b.body());
  }

  @Test
  void jsonThatIsNotAnArticleIsSkippedWithTheReasonAndParallaxOutputIsPassedOver() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "A headline\n\n" + BODY);
    Files.writeString(dir.resolve("broken.json"), "{\"title\": broken");
    Files.writeString(dir.resolve("notext.json"), "{\"title\": \"Only a title\"}");
    Files.writeString(dir.resolve("number.json"), "42");
    Files.writeString(dir.resolve("seeds.json"), "{\n  \"schema\" : \"parallax.analysis/1\",\n  \"articles\": []}");
    Corpus c = reader.read(dir);
    assertEquals(1, c.articles().size());
    List<String> p = problems(c);
    assertEquals(3, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("broken.json: not valid JSON (line 1, column "), p.get(0));
    assertEquals("notext.json: no article text (expected a \"maintext\", \"text\", \"body\", \"content\" or \"body-paragraphs\" field or column) (skipped)", p.get(1));
    assertEquals("number.json: not an article (expected an object with a \"maintext\" or \"text\" field) (skipped)", p.get(2));
  }

  @Test
  void readsSeveralArticlesFromAJsonArrayOrJsonLinesEachRecordOnItsOwn() throws Exception {
    Files.writeString(
        dir.resolve("batch.json"),
        "[{\"title\": \"One\", \"text\": \"Officials met in Geneva on Monday.\", \"source\": \"Example Daily\"},"
            + " 5, {\"title\": \"Two\", \"text\": \"Delegates returned to Geneva on Tuesday.\"}]");
    Files.writeString(
        dir.resolve("feed.jsonl"),
        "{\"title\": \"Three\", \"maintext\": \"Talks ended on Friday without a deal.\"}\n"
            + "{not json\n\n"
            + "{\"title\": \"Four\", \"maintext\": \"Both sides will meet again next month.\"}\n");
    Files.writeString(dir.resolve("parallax.json"), "{\"articles\": {\"feed.jsonl#3\": {\"outlet\": \"Example Weekly\"}}}");
    Corpus c = reader.read(dir);
    assertEquals(List.of("batch-1", "batch-3", "feed-1", "feed-3"), c.articles().stream().map(Article::id).toList());
    assertEquals(List.of("batch.json#1", "batch.json#3", "feed.jsonl#1", "feed.jsonl#3"), c.articles().stream().map(Article::source).toList());
    assertEquals("Example Daily", c.articles().get(0).outlet());
    assertEquals("Two", c.articles().get(1).title());
    assertEquals("Both sides will meet again next month.", c.articles().get(3).body());
    assertEquals("Example Weekly", c.articles().get(3).outlet());
    List<String> p = problems(c);
    assertEquals(2, p.size(), p.toString());
    assertEquals("batch.json#2: not an article (expected an object with a \"maintext\" or \"text\" field) (skipped)", p.get(0));
    assertTrue(p.get(1).startsWith("feed.jsonl#2: line 2 is not valid JSON ("), p.get(1));
  }

  @Test
  void readsATableOfArticlesOneArticlePerRow() throws Exception {
    // The columns of common news datasets ("all the news": title, publication, author, date, url, content).
    Files.writeString(
        dir.resolve("news.csv"),
        "Title,Publication,Author,Date,URL,Content\n"
            + "Talks in Geneva,Example Daily,Jane Roe,2017-08-09,https://daily.example/geneva,\"Officials met in Geneva on Monday.\n\nThey talked, at length, about the ceasefire.\"\n"
            + "No text here,Example Daily,,2017-08-10,,\n"
            + "Talks resume,,,2017-08-10,https://www.reuters.com/talks,Delegates returned to Geneva on Tuesday.\n");
    Files.writeString(dir.resolve("empty.csv"), "title,content\n");
    Files.writeString(dir.resolve("names.csv"), "name,party\nJane Roe,Green\n");
    // Tables Parallax exported into the folder are not articles.
    Files.createDirectories(dir.resolve("export"));
    Files.writeString(dir.resolve("export/hedges.csv"), "\uFEFFarticle,outlet,start,end,text\na,Example Daily,3,13,reportedly\n");
    Files.writeString(dir.resolve("export/articles.csv"), "article,outlet,title,published,url,author,source,words\na,,T,,,,a.txt,12\n");
    Corpus c = reader.read(dir);
    assertEquals(List.of("news-1", "news-3"), c.articles().stream().map(Article::id).toList());
    Article a = c.articles().get(0);
    assertEquals("csv", a.format());
    assertEquals("news.csv#1", a.source());
    assertEquals("Talks in Geneva", a.title());
    assertEquals("Example Daily", a.outlet());
    assertEquals("Jane Roe", a.author());
    assertEquals("2017-08-09", a.published());
    assertEquals("Officials met in Geneva on Monday.\n\nThey talked, at length, about the ceasefire.", a.body());
    assertEquals("Reuters", c.articles().get(1).outlet());
    assertEquals(
        List.of(
            "empty.csv: a CSV table without rows (expected a header row, then one article per row) (skipped)",
            "names.csv: a CSV table without a text column (expected a header row naming a \"text\", \"content\", \"body\" or \"maintext\" column) (skipped)",
            "news.csv#2: no article text (expected a \"maintext\", \"text\", \"body\", \"content\" or \"body-paragraphs\" field or column) (skipped)"),
        problems(c));
  }

  @Test
  void aRecordWhoseIdAFileAlreadyHasGetsItsSourceAsId() throws Exception {
    Files.writeString(dir.resolve("batch-1.txt"), "A headline\n\n" + BODY);
    Files.writeString(dir.resolve("batch.json"), "[{\"text\": \"Officials met in Geneva on Monday.\"}]");
    Corpus c = reader.read(dir);
    assertEquals(List.of("batch-1", "batch.json#1"), c.articles().stream().map(Article::id).toList());
    assertEquals(List.of("batch.json#1: another article has the id \"batch-1\"; this one's is \"batch.json#1\""), problems(c));
  }

  @Test
  void readsSavedWebPagesWithTheirMetadataAndNeverTheirScripts() throws Exception {
    Files.copy(Path.of("src/test/resources/html/full-news-page.html"), dir.resolve("page.html"));
    Article a = reader.read(dir).articles().get(0);
    assertEquals("html", a.format());
    assertEquals("Port strike enters third week as talks stall", a.title());
    assertEquals("The Harbour Courier", a.outlet());
    assertEquals("2015-09-18", a.published());
    assertEquals("https://www.harbourcourier.example/news/2015/09/port-strike-third-week", a.url());
    assertEquals("Jane Doe", a.author());
    assertTrue(a.body().startsWith("The strike at the city’s container port entered its third week on Friday"));
    assertFalse(a.text().contains("dataLayer"));
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("script (never run)")));
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("navigation")));
  }

  @Test
  void aPageSavedAsTextIsReadAsAPage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("saved.txt"),
        "<!DOCTYPE html>\n<html><head><title>Talks resume</title></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<article><h1>Talks resume</h1><p>" + BODY + "</p></article></body></html>");
    Corpus c = reader.read(dir);
    Article a = byId(c, "saved");
    assertEquals("html", a.format());
    assertEquals("Talks resume", a.title());
    org.junit.jupiter.api.Assertions.assertFalse(a.text().contains("<"), a.text());
    org.junit.jupiter.api.Assertions.assertTrue(a.text().contains(BODY.substring(0, 40)), a.text());
  }

  @Test
  void aBrokenByteIsReplacedAndReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    byte[] body = ("Talks\n\nLavrov’s “talks” went on. " + BODY).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 1];
    System.arraycopy(body, 0, bytes, 0, 10);
    bytes[10] = (byte) 0xE2;
    System.arraycopy(body, 10, bytes, 11, body.length - 10);
    java.nio.file.Files.write(dir.resolve("broken.txt"), bytes);
    Corpus c = reader.read(dir);
    assertEquals("UTF-8", byId(c, "broken").encoding());
    org.junit.jupiter.api.Assertions.assertTrue(byId(c, "broken").text().contains("Lav\uFFFDrov’s “talks”"));
    assertEquals(
        List.of("broken.txt: 1 invalid UTF-8 byte sequence was replaced with \uFFFD (the rest of the file is read as UTF-8)"),
        problems(c));
  }

  @Test
  void reportsJsonNestedTooDeepAsAProblem() throws Exception {
    // Jackson refuses nesting over 1,000 levels with an exception that has no location.
    Files.writeString(dir.resolve("deep.json"), "[".repeat(2000) + "]".repeat(2000));
    Files.writeString(dir.resolve("ok.txt"), BODY);
    Corpus c = reader.read(dir);
    assertEquals(1, c.articles().size());
    List<String> p = problems(c);
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("deep.json: not valid JSON (Document nesting depth"), p.get(0));
  }

  @Test
  void leavesTheOutletUnknownWhenTheSourceDomainNamesNothing() throws Exception {
    Files.writeString(dir.resolve("a.json"), "{\"text\": \"" + BODY + "\", \"source_domain\": \"www.\"}");
    Files.writeString(dir.resolve("b.json"), "{\"text\": \"" + BODY + "\", \"source_domain\": \"https://\"}");
    Corpus c = reader.read(dir);
    assertEquals(2, c.articles().size());
    assertNull(byId(c, "a").outlet());
    assertNull(byId(c, "b").outlet());
  }

  @Test
  void aSymlinkLoopIsNotFollowedForever() throws Exception {
    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.writeString(loop.resolve("a.txt"), "Talks\n\n" + BODY);
    Files.createSymbolicLink(loop.resolve("again"), Path.of(".."));
    Files.createSymbolicLink(loop.resolve("self.txt"), Path.of("self.txt"));
    Corpus c = reader.read(loop);
    assertEquals(List.of("a"), c.articles().stream().map(Article::id).toList());
    assertEquals(List.of("self.txt: cannot be read (too many levels of symbolic links) (skipped)"),
        problems(c).stream().map(p -> p.replaceAll("\\(.*symbolic links.*\\) \\(skipped\\)", "(too many levels of symbolic links) (skipped)")).toList());
  }

  @Test
  void aJsonArrayOfTenThousandRecordsIsTenThousandArticles() throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 10_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"title\":\"Story ").append(i)
          .append("\",\"maintext\":\"Officials said on Monday that talks number ").append(i)
          .append(" would resume in Geneva next week.\",\"source_domain\":\"example.com\"}");
    }
    Files.writeString(dir.resolve("all.json"), json.append("]"));
    Corpus c = reader.read(dir);
    assertEquals(10_000, c.articles().size());
    assertEquals("all-10000", c.articles().get(9_999).id());
    assertEquals("all.json#10000", c.articles().get(9_999).source());
    assertEquals(List.of(), problems(c));
  }

  @Test
  void deeplyNestedHtmlIsReadLikeAnyPage() throws Exception {
    Files.writeString(dir.resolve("deep.html"),
        "<html><body>" + "<div>".repeat(20_000) + "<p>" + BODY + "</p>" + "</div>".repeat(20_000) + "</body></html>");
    Corpus c = reader.read(dir);
    assertEquals(BODY, byId(c, "deep").text());
  }
}
