package org.parallax.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that saves the project after every edit, at random moments, many times: the file left
 * behind always reads as a valid project holding every edit the writer acknowledged before the kill.
 */
class KilledWriterTest {

  static final int ROUNDS = 12;

  @TempDir Path corpus;

  /** The writer: one memo per edit, saved at once, then acknowledged on standard output. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Project p = ProjectFile.read(file);
    String padding = "x".repeat(400);
    for (int i = p.memos().size(); ; i++) {
      p = new Edit.PutMemo(new Memo("m" + i, Target.corpus(), i + " " + padding, "t", "t")).apply(p);
      ProjectFile.write(p, file);
      System.out.println("ack " + i);
      System.out.flush();
    }
  }

  @Test
  void everyAcknowledgedEditSurvivesAKillAtAnyMoment() throws Exception {
    Path file = ProjectFile.of(corpus);
    Random random = new Random(13);
    int acked = -1;
    for (int round = 0; round < ROUNDS; round++) {
      // The writer's acknowledgements go to a file, read after the kill: reading its pipe while the JDK
      // drains it for a process that died can lose the last lines, which would look like lost edits.
      Path acks = corpus.resolve("acks-" + round + ".txt");
      Process writer = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp", System.getProperty("java.class.path"),
              KilledWriterTest.class.getName(), file.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectOutput(acks.toFile())
          .start();
      // Wait until this round's writer has saved at least once, then kill it a little later.
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (lastAck(acks) <= acked && writer.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      Thread.sleep(random.nextInt(40));
      writer.destroyForcibly(); // SIGKILL on Unix
      writer.waitFor();
      int ackedNow = lastAck(acks);
      assertTrue(ackedNow > acked, "round " + round + ": the writer never saved");

      Project saved = ProjectFile.read(file);
      List<String> ids = saved.memos().stream().map(Memo::id).toList();
      // Every acknowledged edit is there; one more may be, saved but killed before it was acknowledged.
      assertTrue(ids.size() == ackedNow + 1 || ids.size() == ackedNow + 2,
          "round " + round + ": acknowledged up to " + ackedNow + ", file holds " + ids.size());
      for (int i = 0; i < ids.size(); i++) {
        assertEquals("m" + i, ids.get(i));
      }
      acked = ids.size() - 1;
    }
  }

  /** The last edit the writer acknowledged in {@code acks} (complete lines only), or -1. */
  private static int lastAck(Path acks) throws IOException {
    String text = Files.exists(acks) ? Files.readString(acks, StandardCharsets.UTF_8) : "";
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return -1;
    }
    int start = text.lastIndexOf('\n', end - 1) + 1;
    return Integer.parseInt(text.substring(start, end).substring(4));
  }
}
