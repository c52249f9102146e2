package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph PDFBox's text extraction sees on a page, where it sits (PDF user space, y up) and
 * what character it stands for: the reader's view of the report, to hold the annotations against.
 */
final class PdfGlyphs {

  /** One glyph: its box from the baseline up, and its text. */
  record Glyph(String text, float x, float baseline, float width, float height) {
    float centreX() {
      return x + width / 2;
    }
  }

  private PdfGlyphs() {}

  static List<Glyph> onPage(PDDocument doc, int pageIndex) throws IOException {
    float pageHeight = doc.getPage(pageIndex).getMediaBox().getHeight();
    List<Glyph> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition t) {
            glyphs.add(
                new Glyph(
                    t.getUnicode(),
                    t.getXDirAdj(),
                    pageHeight - t.getYDirAdj(),
                    t.getWidthDirAdj(),
                    t.getHeightDir()));
          }
        };
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    stripper.getText(doc);
    return glyphs;
  }

  /** The extracted text of the whole document, every run of whitespace made one space. */
  static String flatText(PDDocument doc) throws IOException {
    return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
  }

  static String pageText(PDDocument doc, int pageIndex) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    return stripper.getText(doc).replaceAll("\\s+", " ");
  }
}
