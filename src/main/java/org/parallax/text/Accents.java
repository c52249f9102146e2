package org.parallax.text;

import java.text.Normalizer;

/** Removes accents (combining marks) so that spellings of a name compare equal: "Șoigu" = "Soigu". */
public final class Accents {

  private Accents() {}

  /** {@code s} without its combining marks; ASCII text comes back as it is, without copying. */
  public static String strip(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (ascii) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
