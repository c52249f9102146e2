package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.work.Cancelled;

/** The bundled sentence model: a sentence's vector does not depend on the others embedded with it or on the thread. */
class MiniLmEmbedderTest {

  private static final List<String> SENTENCES =
      List.of(
          "Secretary of State John Kerry said the United States is ready to engage in military talks with Russia regarding Syria.",
          "Kerry said on Friday that holding military talks with Russia on Syria is an important next step.",
          "Grain exports rose in the third quarter.",
          "Russia has sent tanks and troops to an airbase near Latakia, US officials said.",
          "Moscow says its military aid to Damascus is meant to fight Islamic State.",
          "The harvest was delayed by heavy rain.",
          "Kerry said on Friday that holding military talks with Russia on Syria is an important next step.");

  @Test
  void embedsEachSentenceAsIfAloneWhateverTheThreads() {
    MiniLmEmbedder model = MiniLmEmbedder.shared();
    float[][] together = model.embed(SENTENCES);
    assertEquals(SENTENCES.size(), together.length);
    for (int i = 0; i < SENTENCES.size(); i++) {
      float[] alone = model.embed(List.of(SENTENCES.get(i)))[0];
      assertArrayEquals(alone, together[i], "sentence " + i + " differs when embedded with others");
      assertEquals(384, together[i].length);
      assertEquals(1.0, dot(together[i], together[i]), 1e-5);
    }
    assertArrayEquals(together[1], together[6], "the same text, the same vector bit for bit");
  }

  @Test
  void theModelReadFromItsFileInTheCacheGivesTheVectorsOfTheModelReadFromTheJar(@TempDir Path cache) throws Exception {
    Path file = MiniLmEmbedder.modelFile(cache);
    assertNotNull(file, "the model is in a jar on the class path, and the folder is writable");
    assertTrue(file.startsWith(cache.resolve("parallax").resolve("models")) && file.getFileName().toString().endsWith(".onnx"));
    long size = Files.size(file);
    assertTrue(size > 10_000_000, "the whole model: " + size);
    float[][] fromFile = new MiniLmEmbedder(file).embed(SENTENCES);
    float[][] fromJar = new MiniLmEmbedder(null).embed(SENTENCES);
    for (int i = 0; i < SENTENCES.size(); i++) {
      assertArrayEquals(fromJar[i], fromFile[i], "sentence " + i);
    }
    // Kept: a second start finds it and leaves it as it is.
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    assertEquals(file, MiniLmEmbedder.modelFile(cache));
    assertEquals(old, Files.getLastModifiedTime(file));
    // Damaged in place (its size unchanged): found by its checksum and written again, never used.
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(new byte[4096]), size / 2);
    }
    long damaged = JarFiles.crc(file);
    assertEquals(file, MiniLmEmbedder.modelFile(cache));
    assertNotEquals(damaged, JarFiles.crc(file));
    assertEquals(size, Files.size(file));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no part files left");
    }
  }

  @Test
  void withoutAUserCacheTheModelIsReadFromTheJar() {
    assertNull(MiniLmEmbedder.modelFile(null));
  }

  @Test
  void closeMeaningsScoreAboveUnrelatedOnes() {
    float[][] v = MiniLmEmbedder.shared().embed(SENTENCES);
    double paraphrase = dot(v[0], v[1]);
    double unrelated = dot(v[0], v[2]);
    assertTrue(paraphrase > 0.6, "Kerry's two statements: " + paraphrase);
    assertTrue(unrelated < 0.35, "Kerry and grain exports: " + unrelated);
  }

  @Test
  void cancellingStopsEveryThreadAndNothingOutlivesTheCall() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add("Officials said talks on the " + i + "th point would resume next week.");
    }
    AtomicInteger checks = new AtomicInteger();
    assertThrows(Cancelled.class, () -> MiniLmEmbedder.shared().embed(many, (done, total) -> {
      if (checks.incrementAndGet() > 10) {
        throw new Cancelled();
      }
    }, (i, e) -> {
      throw e;
    }));
    assertTrue(checks.get() < 200, "stopped early: " + checks.get() + " checks");
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      assertTrue(!t.getName().startsWith("parallax-embedder-"), "an embedding thread outlived the call: " + t.getName());
    }
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
