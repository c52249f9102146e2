package org.parallax.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.xref.NormalXReference;
import org.apache.pdfbox.pdfparser.xref.XReferenceEntry;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a report as {@link PDDocument#save(OutputStream, CompressParameters)} does, except that a
 * cross-reference stream lists itself. PDFBox 3.0 writes the stream's own object after the entries
 * it lists, so its {@code /Index} stops one short of the object and {@code /Size} counts one object
 * the table does not hold; {@code qpdf --check} then warns "reported number of objects (N+2) is not
 * one plus the highest object number (N)". The PDF specification (7.5.8.3) wants the stream's entry
 * in a stream, usually itself. Files written without object streams have a classic table and are
 * written as PDFBox writes them.
 *
 * <p>The entry is added when PDFBox hands the entries to the stream (the only place it iterates them
 * with {@code forEach}); it names the number PDFBox gives the stream next, one above the highest
 * written, at the position the stream is written at. Should a later PDFBox number it otherwise, the
 * write fails rather than leave a wrong table.
 */
final class PdfFileWriter extends COSWriter {

  private final Entries entries = new Entries();
  private long selfNumber = -1;
  private long selfOffset = -1;

  private PdfFileWriter(OutputStream out, CompressParameters compression) {
    super(out, compression);
  }

  /**
   * Writes {@code doc} (its subset fonts {@code fonts} subset first) to {@code out}, which stays
   * open.
   */
  static void save(
      PDDocument doc, List<ReportFont> fonts, OutputStream out, CompressParameters compression)
      throws IOException {
    // What PDDocument.save does before writing: say which kind of table, and subset the fonts.
    doc.getDocument().setIsXRefStream(compression != CompressParameters.NO_COMPRESSION);
    for (ReportFont f : fonts) {
      f.pdFont().subset();
    }
    new PdfFileWriter(out, compression).write(doc);
  }

  @Override
  protected List<XReferenceEntry> getXRefEntries() {
    return entries;
  }

  @Override
  public void doWriteObject(COSObjectKey key, COSBase obj) throws IOException {
    if (obj instanceof COSStream s
        && COSName.XREF.equals(s.getCOSName(COSName.TYPE))
        && (key.getNumber() != selfNumber || getStandardOutput().getPos() != selfOffset)) {
      throw new IOException(
          "the cross-reference stream is object "
              + key.getNumber()
              + " at "
              + getStandardOutput().getPos()
              + ", not "
              + selfNumber
              + " at "
              + selfOffset
              + " as its own entry says (PdfFileWriter does not fit this PDFBox)");
    }
    super.doWriteObject(key, obj);
  }

  /** The writer's entries; handing them to a cross-reference stream adds the stream's own. */
  private final class Entries extends ArrayList<XReferenceEntry> {
    @Override
    public void forEach(Consumer<? super XReferenceEntry> action) {
      super.forEach(action);
      long highest = 0;
      for (XReferenceEntry e : this) {
        highest = Math.max(highest, e.getReferencedKey().getNumber());
      }
      selfNumber = highest + 1;
      selfOffset = getStandardOutput().getPos();
      action.accept(
          new NormalXReference(selfOffset, new COSObjectKey(selfNumber, 0), COSNull.NULL));
    }
  }
}
