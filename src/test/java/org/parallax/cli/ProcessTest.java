package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole processes, as a user starts them: nothing leaves the machine, and the exit code is the
 * documented one in every run (no native crash while a model is still loading at exit).
 */
class ProcessTest {

  @TempDir Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs {@code main} with {@code args} in a fresh JVM in folder {@code cwd}; returns exit code and output. */
  private static Object[] run(Path cwd, String main, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-Xshare:auto", "-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    return new Object[] {p.exitValue(), output};
  }

  @Test
  void analysingAndExportingOpenNoNetworkConnection() throws Exception {
    Path seeds = Path.of("seeds").toAbsolutePath();
    Object[] r = run(dir, NetworkGuard.class.getName(), "export", seeds.toString(), "--pdf", dir.resolve("r.pdf").toString(),
        "--csv", dir.resolve("tables").toString(), "--json", dir.resolve("a.json").toString(), "-q", "--no-cache");
    String out = (String) r[1];
    assertTrue(out.contains("EXIT: 0"), out);
    assertTrue(out.contains("CONNECTIONS: \n") || out.endsWith("CONNECTIONS: ") || out.contains("CONNECTIONS: " + System.lineSeparator()),
        "no connection attempted: " + out.substring(out.indexOf("CONNECTIONS:")));
    assertTrue(Files.size(dir.resolve("r.pdf")) > 10_000);
  }

  @Test
  void aSmallCorpusExitsCleanlyEveryTime() throws Exception {
    // One article left after skipping a bad file: the analysis needs no embeddings, so the process may
    // reach its end while the model is still loading (the native crash came 1 run in 6).
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Talks\n\nKerry met Lavrov in Geneva on Friday to discuss Syria.");
    Files.write(corpus.resolve("b.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    for (int i = 0; i < 8; i++) {
      Path json = dir.resolve("out" + i + ".json");
      Object[] r = run(dir, "org.parallax.Launcher", "analyze", corpus.toString(), "--json", json.toString(), "-q");
      assertEquals(0, r[0], "run " + i + ": " + r[1]);
      assertTrue(Files.exists(json), "run " + i);
      try (Stream<Path> left = Files.list(dir)) {
        assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList(), "run " + i);
      }
    }
  }
}
