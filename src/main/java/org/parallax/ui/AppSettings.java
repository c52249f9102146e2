package org.parallax.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: recent corpora, pane sizes, text zoom, theme and window size, in
 * a {@link Preferences} node. The app uses the user node {@code org/parallax}; tests pass an in-memory
 * node so that they never touch the real one.
 *
 * <p>Invariants: the recent list holds at most {@link #MAX_RECENT} distinct absolute paths, the most
 * recent first; zoom stays within [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}].
 */
public final class AppSettings {

  public static final int MAX_RECENT = 8;
  public static final double DEFAULT_ZOOM = 14;
  public static final double MIN_ZOOM = 9;
  public static final double MAX_ZOOM = 32;

  private static final String RECENT = "recentCorpora";
  private static final String ZOOM = "zoom";
  private static final String DARK = "darkTheme";

  private final Preferences node;

  public AppSettings(Preferences node) {
    this.node = node;
  }

  /** The current user's settings. */
  public static AppSettings user() {
    return new AppSettings(Preferences.userRoot().node("org/parallax"));
  }

  /** Recent corpus folders, the most recent first. */
  public List<Path> recentCorpora() {
    String joined = node.get(RECENT, "");
    if (joined.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
  }

  /** Puts {@code folder} first in the recent list. */
  public List<Path> addRecent(Path folder) {
    Path p = folder.toAbsolutePath().normalize();
    List<Path> list = new ArrayList<>(recentCorpora());
    list.remove(p);
    list.add(0, p);
    while (list.size() > MAX_RECENT) {
      list.remove(list.size() - 1);
    }
    storeRecent(list);
    return List.copyOf(list);
  }

  public List<Path> removeRecent(Path folder) {
    List<Path> list = new ArrayList<>(recentCorpora());
    list.remove(folder.toAbsolutePath().normalize());
    storeRecent(list);
    return List.copyOf(list);
  }

  public void clearRecent() {
    node.remove(RECENT);
  }

  private void storeRecent(List<Path> list) {
    node.put(RECENT, String.join("\n", list.stream().map(Path::toString).toList()));
  }

  /** A divider position in [0, 1] remembered under {@code key}, or {@code fallback}. */
  public double divider(String key, double fallback) {
    double v = node.getDouble("divider." + key, fallback);
    return v > 0 && v < 1 ? v : fallback;
  }

  public void setDivider(String key, double position) {
    if (position > 0 && position < 1) {
      node.putDouble("divider." + key, position);
    }
  }

  /** The article text size in points. */
  public double zoom() {
    return clampZoom(node.getDouble(ZOOM, DEFAULT_ZOOM));
  }

  public void setZoom(double size) {
    node.putDouble(ZOOM, clampZoom(size));
  }

  static double clampZoom(double size) {
    return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, size));
  }

  public boolean darkTheme() {
    return node.getBoolean(DARK, false);
  }

  public void setDarkTheme(boolean dark) {
    node.putBoolean(DARK, dark);
  }

  /** The window's last size {@code {width, height}}, or {@code fallback}. */
  public double[] windowSize(double[] fallback) {
    double w = node.getDouble("window.width", fallback[0]);
    double h = node.getDouble("window.height", fallback[1]);
    return w >= 400 && h >= 300 ? new double[] {w, h} : fallback.clone();
  }

  public void setWindowSize(double width, double height) {
    node.putDouble("window.width", width);
    node.putDouble("window.height", height);
  }

  /** Writes the settings out now (they are written in the background anyway); failures are ignored. */
  public void flush() {
    try {
      node.flush();
    } catch (BackingStoreException | IllegalStateException e) {
      // Settings are a convenience: losing them must never stop the app.
    }
  }
}
