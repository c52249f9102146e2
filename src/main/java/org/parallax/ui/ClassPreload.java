package org.parallax.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the workbench needs on a background thread while the first window is shown: building
 * the workbench loads some 800 classes (controls, skins, behaviours, the app's own), and loading them on
 * the JavaFX thread was a good part of the time the window could not answer. They are loaded, not
 * initialised, so that no static initialiser runs on two threads at once; the JavaFX thread then finds
 * them ready. The list is {@code workbench-classes.txt}; a name no longer there is skipped, so a stale
 * list costs time, never correctness.
 */
final class ClassPreload {

  private ClassPreload() {}

  /** Starts loading, at low priority, on a daemon thread. */
  static void start() {
    Thread t = new Thread(ClassPreload::loadAll, "parallax-class-preload");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void loadAll() {
    ClassLoader loader = ClassPreload.class.getClassLoader();
    try (InputStream in = ClassPreload.class.getResourceAsStream("workbench-classes.txt")) {
      if (in == null) {
        return;
      }
      BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String name; (name = names.readLine()) != null; ) {
        name = name.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        try {
          Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          // Renamed or gone: the workbench loads what it needs itself.
        }
      }
    } catch (IOException | RuntimeException e) {
      // Only an optimisation.
    }
  }
}
