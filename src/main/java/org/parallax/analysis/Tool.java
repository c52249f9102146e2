package org.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The name and version of this build of Parallax, as recorded in every analysis. */
public final class Tool {

  private static final String VERSION = load();

  private Tool() {}

  public static String version() {
    return VERSION;
  }

  /** {@code parallax 0.1.0}. */
  public static String nameAndVersion() {
    return "parallax " + VERSION;
  }

  private static String load() {
    try (InputStream in = Tool.class.getResourceAsStream("/parallax/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.isEmpty() || v.startsWith("${") ? "development" : v;
    } catch (IOException e) {
      return "development";
    }
  }
}
