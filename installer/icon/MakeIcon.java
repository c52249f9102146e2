import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the Parallax application icon: two overlapping lenses (two outlets' views of one story) whose
 * shared part is lit, with text lines running through both.
 *
 * <p>Run from the project folder: {@code java installer/icon/MakeIcon.java installer/icon}. It writes
 * {@code parallax.png} (256x256, Linux), {@code parallax.ico} (16-256, Windows) and {@code parallax.icns}
 * (128-512, macOS). The outputs are committed; run this again only to change the icon. Needs only a JDK
 * (no display: it runs headless).
 */
public final class MakeIcon {

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir);
    ImageIO.write(draw(256), "png", dir.resolve("parallax.png").toFile());
    writeIco(dir.resolve("parallax.ico"), new int[] {16, 24, 32, 48, 64, 128, 256});
    writeIcns(dir.resolve("parallax.icns"));
    System.out.println("wrote parallax.png, parallax.ico, parallax.icns to " + dir.toAbsolutePath());
  }

  /** The icon at {@code size} pixels, drawn on a 256-unit canvas. */
  static BufferedImage draw(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(size / 256.0, size / 256.0);

    // Tile: a dark ink-blue rounded square.
    RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
    g.setPaint(new GradientPaint(0, 8, new Color(0x26, 0x35, 0x5A), 0, 248, new Color(0x14, 0x1C, 0x33)));
    g.fill(tile);

    // Two lenses: the left outlet (teal) and the right outlet (amber).
    Ellipse2D left = new Ellipse2D.Double(30, 58, 132, 132);
    Ellipse2D right = new Ellipse2D.Double(94, 66, 132, 132);
    Area shared = new Area(left);
    shared.intersect(new Area(right));

    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.92f));
    g.setColor(new Color(0x2F, 0xB8, 0xAC));
    g.fill(left);
    g.setColor(new Color(0xF2, 0xA5, 0x41));
    g.fill(right);
    g.setComposite(AlphaComposite.SrcOver);
    g.setColor(new Color(0xF7, 0xF3, 0xE8));
    g.fill(shared);

    // Text lines: what both report runs through the lit middle; each side keeps its own ends.
    double[][] lines = {{62, 104, 188}, {50, 130, 204}, {60, 156, 196}};
    for (double[] l : lines) {
      Area line = new Area(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
          .createStrokedShape(new Line2D.Double(l[0], l[1], l[2], l[1])));
      Area inLenses = new Area(left);
      inLenses.add(new Area(right));
      line.intersect(inLenses);
      Area middle = new Area(line);
      middle.intersect(shared);
      Area sides = new Area(line);
      sides.subtract(shared);
      g.setColor(new Color(0x14, 0x1C, 0x33, 150));
      g.fill(sides);
      g.setColor(new Color(0x1F, 0x2A, 0x44));
      g.fill(middle);
    }

    // A thin rim on each lens keeps the shapes readable at 16 px.
    g.setStroke(new BasicStroke(4));
    g.setColor(new Color(255, 255, 255, 200));
    g.draw(left);
    g.draw(right);
    g.dispose();
    return img;
  }

  static byte[] png(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(draw(size), "png", out);
    return out.toByteArray();
  }

  /** A Windows .ico with PNG-compressed entries (supported since Windows Vista). */
  static void writeIco(Path file, int[] sizes) throws IOException {
    List<byte[]> images = new ArrayList<>();
    for (int s : sizes) {
      images.add(png(s));
    }
    try (OutputStream os = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(os)) {
      out.write(le16(0));
      out.write(le16(1));
      out.write(le16(sizes.length));
      int offset = 6 + 16 * sizes.length;
      for (int i = 0; i < sizes.length; i++) {
        int s = sizes[i];
        out.writeByte(s >= 256 ? 0 : s);
        out.writeByte(s >= 256 ? 0 : s);
        out.writeByte(0);
        out.writeByte(0);
        out.write(le16(1));
        out.write(le16(32));
        out.write(le32(images.get(i).length));
        out.write(le32(offset));
        offset += images.get(i).length;
      }
      for (byte[] b : images) {
        out.write(b);
      }
    }
  }

  /** A macOS .icns with PNG entries: ic07 (128), ic08 (256), ic09 (512), ic10 (1024 = 512@2x). */
  static void writeIcns(Path file) throws IOException {
    String[] types = {"ic07", "ic08", "ic09", "ic10"};
    int[] sizes = {128, 256, 512, 1024};
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream b = new DataOutputStream(body);
    for (int i = 0; i < types.length; i++) {
      byte[] data = png(sizes[i]);
      b.writeBytes(types[i]);
      b.writeInt(8 + data.length);
      b.write(data);
    }
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeBytes("icns");
      out.writeInt(8 + body.size());
      body.writeTo(out);
    }
  }

  private static byte[] le16(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8)};
  }

  private static byte[] le32(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }
}
