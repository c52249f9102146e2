package org.parallax.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A news archive made of the real news in {@code src/test/resources/realnews} (see its SOURCES.md): the
 * story folders of news-crawler JSON, 151 articles in 12 stories, as news-please records with a {@code
 * story} field (the folder's name) and a {@code filename} (the file's name, so that a story's folder
 * written by the job holds the same files as the committed one).
 */
final class RealNewsArchive {

  static final Path REAL_NEWS = Path.of("src/test/resources/realnews");
  /** The story folders of one news-please JSON file per article. */
  static final List<String> FOLDERS = List.of("ecb-06-b", "ecb-09-b", "ecb-12-b", "ecb-19-b", "ecb-25-b", "ecb-27-a",
      "ecb-28-b", "ecb-30-b", "ecb-36-b", "ecb-41-b", "meantime-gm");
  /** A story folder of one JSON Lines file (its records get names of the job's own). */
  static final String JSONL_FOLDER = "ecb-43-b";

  private static final ObjectMapper JSON = new ObjectMapper();

  private RealNewsArchive() {}

  /** Every record, one JSON line each, by story, in folder and file order. */
  static Map<String, List<String>> lines() throws IOException {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (String folder : FOLDERS) {
      List<Path> files;
      try (Stream<Path> s = Files.list(REAL_NEWS.resolve(folder))) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        ObjectNode record = (ObjectNode) JSON.readTree(f.toFile());
        record.put("story", folder);
        record.put("filename", f.getFileName().toString());
        lines.computeIfAbsent(folder, k -> new ArrayList<>()).add(JSON.writeValueAsString(record));
      }
    }
    for (String line : Files.readAllLines(REAL_NEWS.resolve(JSONL_FOLDER).resolve("articles.jsonl"))) {
      if (!line.isBlank()) {
        ObjectNode record = (ObjectNode) JSON.readTree(line);
        record.put("story", JSONL_FOLDER);
        lines.computeIfAbsent(JSONL_FOLDER, k -> new ArrayList<>()).add(JSON.writeValueAsString(record));
      }
    }
    return lines;
  }
}
