package org.parallax.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one window over one corpus. */
public final class ParallaxApp extends Application {

  private static Path initialCorpus;

  /** Opens the window on {@code corpus} (may be null: an empty window) and blocks until it closes. */
  public static void launchOn(Path corpus) {
    initialCorpus = corpus;
    Application.launch(ParallaxApp.class);
  }

  @Override
  public void start(Stage stage) {
    MainWindow window = new MainWindow(new CorpusViewModel(new BackgroundTasks()));
    stage.setScene(new Scene(window.root(), 1200, 780));
    stage.titleProperty().bind(window.title());
    stage.show();
    if (initialCorpus != null) {
      window.viewModel().openCorpus(initialCorpus);
    }
  }
}
