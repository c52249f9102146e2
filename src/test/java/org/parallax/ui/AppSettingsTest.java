package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

  private final AppSettings settings = new AppSettings(new MemoryPreferences());

  @Test
  void recentCorporaKeepTheLatestEightMostRecentFirstWithoutRepeats() {
    for (int i = 1; i <= 9; i++) {
      settings.addRecent(Path.of("/corpora/c" + i));
    }
    settings.addRecent(Path.of("/corpora/c5"));
    assertEquals(
        List.of("/corpora/c5", "/corpora/c9", "/corpora/c8", "/corpora/c7", "/corpora/c6", "/corpora/c4", "/corpora/c3", "/corpora/c2"),
        settings.recentCorpora().stream().map(Path::toString).toList());
    settings.removeRecent(Path.of("/corpora/c9"));
    assertEquals(7, settings.recentCorpora().size());
    settings.clearRecent();
    assertTrue(settings.recentCorpora().isEmpty());
  }

  @Test
  void zoomStaysWithinItsLimits() {
    assertEquals(14, settings.zoom());
    settings.setZoom(50);
    assertEquals(32, settings.zoom());
    settings.setZoom(2);
    assertEquals(9, settings.zoom());
  }

  @Test
  void paneSizesAndWindowSizeAreRemembered() {
    assertEquals(0.22, settings.divider("navigator", 0.22));
    settings.setDivider("navigator", 0.3);
    settings.setDivider("detail", 1.5);
    assertEquals(0.3, settings.divider("navigator", 0.22));
    assertEquals(0.7, settings.divider("detail", 0.7));
    settings.setWindowSize(1200, 800);
    assertArrayEquals(new double[] {1200, 800}, settings.windowSize(new double[] {1400, 900}));
    settings.setDarkTheme(true);
    assertTrue(settings.darkTheme());
  }
}
