package org.parallax.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * The articles read from one corpus folder, in a stable order (by source path), and the problems met.
 */
public record Corpus(String name, Path path, List<Article> articles, List<Problem> problems) {

  public Corpus {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
