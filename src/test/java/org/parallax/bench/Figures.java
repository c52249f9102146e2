package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What every benchmark prints beside its timings: medians, and how busy the machine was. */
final class Figures {

  private Figures() {}

  /** The median of {@code values} (the mean of the middle two when their number is even). */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The load averages over 1, 5 and 15 minutes, as {@code uptime} prints them, or "unknown". */
  static String load() {
    String[] parts = loadFields();
    return parts == null ? "unknown" : parts[0] + ", " + parts[1] + ", " + parts[2];
  }

  /** The load average of the last minute, or "unknown". */
  static String lastMinuteLoad() {
    String[] parts = loadFields();
    return parts == null ? "unknown" : parts[0];
  }

  private static String[] loadFields() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
