package org.parallax.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.corpus.Article;
import org.parallax.text.SentenceSplitter;

/** The five sample articles in {@code seeds/}, read as they are (page junk included). */
final class Seeds {

  private Seeds() {}

  static final String KERRY_CHANNEL4 = "000_5687b2dc5866d8ae";
  static final String LAVROV_PRESS = "001_202df9670cb2560d";
  static final String MOSCOW_TIMES = "002_17b3dee94d847ef4";
  static final String PRESS_TV = "003_3a3cfc992890462a";
  static final String WSJ_DIGEST = "004_c57f9cb5f696a4b2";

  private static List<Article> cached;

  /** All seeds, in file-name order; each article's id is its file name without extension. */
  static synchronized List<Article> articles() {
    if (cached == null) {
      try (Stream<Path> files = Files.list(Path.of("seeds"))) {
        List<Article> out = new ArrayList<>();
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(article(p.getFileName().toString().replace(".txt", ""),
              Files.readString(p, StandardCharsets.UTF_8)));
        }
        cached = List.copyOf(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }

  static Article article(String id) {
    return articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  /** An article with the given text, split into sentences the way the corpus reader does. */
  static Article article(String id, String text) {
    return new Article(id, id + ".txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
  }
}
