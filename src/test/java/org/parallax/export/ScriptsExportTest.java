package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;

/**
 * Cyrillic, Greek and Arabic articles export with every glyph, searchable, with their marks in
 * place.
 */
class ScriptsExportTest {

  static final String RUSSIAN =
      "Лавров и Керри обсудили Сирию\n\n"
          + "Министр иностранных дел России Сергей Лавров заявил, что Москва и Вашингтон"
          + " согласились начать военные контакты. По сообщениям, террористы ИГИЛ отступают.\n";
  static final String GREEK =
      "Ο Κέρι συναντήθηκε με τον Λαβρόφ\n\n"
          + "Ο υπουργός Εξωτερικών των ΗΠΑ Τζον Κέρι δήλωσε ότι οι συνομιλίες ήταν εποικοδομητικές."
          + " Σύμφωνα με πληροφορίες, οι μαχητές του Ισλαμικού Κράτους υποχωρούν.\n";
  static final String ARABIC =
      "كيري ولافروف يبحثان الأزمة السورية\n\n"
          + "قال وزير الخارجية الأمريكي جون كيري إن المحادثات مع روسيا كانت بناءة. وأفادت التقارير"
          + " أن مقاتلي تنظيم الدولة الإسلامية يتراجعون منذ 2015.\n";

  @TempDir Path dir;

  private Analysis analysis() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("scripts"));
    Files.writeString(corpus.resolve("ru.txt"), RUSSIAN);
    Files.writeString(corpus.resolve("el.txt"), GREEK);
    Files.writeString(corpus.resolve("ar.txt"), ARABIC);
    Analysis read = org.parallax.analysis.AnalysisInvariants.check(new Analyzer().analyze(corpus));
    Referent is =
        new Referent(
            "r1",
            "Islamic State",
            "group",
            List.of(
                mention(read, "ru", "террористы ИГИЛ", true),
                mention(read, "el", "οι μαχητές του Ισλαμικού Κράτους", false),
                mention(read, "ar", "مقاتلي تنظيم الدولة الإسلامية", true)));
    List<Span> hedges =
        List.of(
            span(read, "ru", "По сообщениям"),
            span(read, "el", "Σύμφωνα με πληροφορίες"),
            span(read, "ar", "وأفادت التقارير"));
    return new Analysis(
        read.schema(),
        read.corpus(),
        read.articles(),
        List.of(),
        List.of(),
        List.of(is),
        List.of(),
        hedges,
        List.of(),
        read.problems());
  }

  private static Span span(Analysis a, String id, String words) {
    Article art = a.article(id).orElseThrow();
    int at = art.text().indexOf(words);
    assertTrue(at >= 0, words);
    return new Span(id, at, at + words.length(), words);
  }

  private static Referent.Mention mention(Analysis a, String id, String words, boolean loaded) {
    Span s = span(a, id, words);
    return new Referent.Mention(id, s.start(), s.end(), s.text(), loaded);
  }

  @Test
  void cyrillicGreekAndArabicExportWithEveryGlyphAndSearchableText() throws Exception {
    Analysis a = analysis();
    Path target = dir.resolve("scripts.pdf");
    PdfReport report =
        new PdfReportWriter(PdfReportWriterTest.CLOCK).write(a, ReportOptions.all(), target);
    assertEquals(List.of(), report.missingCharacters());
    assertEquals(5, report.marks());
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      String text = PdfGlyphs.flatText(doc);
      assertTrue(text.contains("Министр иностранных дел России Сергей Лавров заявил"), text);
      assertTrue(text.contains("По сообщениям, террористы ИГИЛ отступают."), text);
      assertTrue(text.contains("οι μαχητές του Ισλαμικού Κράτους υποχωρούν."), text);
      String arabic = Normalizer.normalize(text, Normalizer.Form.NFKC);
      assertTrue(arabic.contains("مقاتلي تنظيم الدولة الإسلامية"), arabic);
      assertTrue(arabic.contains("الأمريكي"), arabic);
    }
  }

  @Test
  void marksInEveryScriptCoverTheirWords() throws Exception {
    Analysis a = analysis();
    Path target = dir.resolve("marks.pdf");
    new PdfReportWriter(PdfReportWriterTest.CLOCK)
        .write(a, ReportOptions.all().withColumns(3), target);
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      // Right-to-left text is drawn shaped and reordered: its letters are checked, not their order.
      assertEquals(5, ReadBack.assertAnnotationsCoverTheirWords(doc, a, Highlights.of(a), false));
      Analysis ltr = ReportOptions.all().withArticles(List.of("ru", "el")).select(a);
      Path left = dir.resolve("ltr.pdf");
      new PdfReportWriter(PdfReportWriterTest.CLOCK).write(ltr, ReportOptions.all(), left);
      try (PDDocument ltrDoc = Loader.loadPDF(left.toFile())) {
        assertEquals(
            3, ReadBack.assertAnnotationsCoverTheirWords(ltrDoc, ltr, Highlights.of(ltr), true));
      }
    }
  }
}
