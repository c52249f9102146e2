package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.corpus.Article;
import org.parallax.corpus.CorpusReader;

/**
 * Builds a large corpus for benchmarks by recombining and perturbing the seed articles: each synthetic
 * article takes sentences from several seeds, swaps some words for synonyms, drops some, and adds
 * invented filler sentences, so that alignment has real work (shared facts across many articles, and
 * much text that aligns with nothing).
 */
public final class SyntheticCorpus {

  /**
   * Words and their replacements, in a fixed order: {@code Map.of} iterates in an order that changes from
   * one JVM to the next, which gave one seed a different corpus in every run.
   */
  private static final List<String[]> SYNONYMS =
      List.of(
          new String[] {"said", "stated"},
          new String[] {"talks", "discussions"},
          new String[] {"military", "armed forces"},
          new String[] {"Russia", "Moscow"},
          new String[] {"United States", "Washington"},
          new String[] {"terrorists", "militants"},
          new String[] {"crisis", "conflict"},
          new String[] {"ready", "prepared"},
          new String[] {"important", "crucial"},
          new String[] {"sent", "deployed"});

  private static final String[] FILLER_SUBJECTS = {
    "Local officials", "A regional analyst", "The ministry", "Observers in the capital", "A senior diplomat"
  };
  private static final String[] FILLER_VERBS = {
    "noted growing concern over", "described the latest developments in", "called for restraint over",
    "warned about the economic cost of", "questioned the timing of"
  };
  private static final String[] FILLER_OBJECTS = {
    "fuel prices", "the harvest", "shipping routes", "the coming elections", "a new bridge project",
    "refugee housing", "grain exports", "the port expansion"
  };

  private SyntheticCorpus() {}

  /** Writes {@code count} articles into {@code folder}; the same seed gives the same corpus. */
  public static void write(Path folder, int count, long seed) throws IOException, CorpusReader.FolderException {
    List<Article> seeds = new CorpusReader().read(Path.of("seeds")).articles();
    Random random = new Random(seed);
    Files.createDirectories(folder);
    for (int n = 0; n < count; n++) {
      StringBuilder text = new StringBuilder("Synthetic report " + n + "\n\n");
      int sentences = 12 + random.nextInt(14);
      for (int s = 0; s < sentences; s++) {
        if (random.nextInt(3) == 0) {
          text.append(filler(random, n, s));
        } else {
          Article a = seeds.get(random.nextInt(seeds.size()));
          text.append(perturb(a.sentence(random.nextInt(a.sentences().size())), random));
        }
        text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
      }
      Files.writeString(folder.resolve(String.format("article-%04d.txt", n)), text.toString().strip() + "\n");
    }
  }

  private static String filler(Random random, int n, int s) {
    return FILLER_SUBJECTS[random.nextInt(FILLER_SUBJECTS.length)]
        + " "
        + FILLER_VERBS[random.nextInt(FILLER_VERBS.length)]
        + " "
        + FILLER_OBJECTS[random.nextInt(FILLER_OBJECTS.length)]
        + " in district "
        + (n * 31 + s) % 97
        + " on day "
        + (1 + random.nextInt(28))
        + ".";
  }

  private static String perturb(String sentence, Random random) {
    String s = sentence;
    for (String[] e : SYNONYMS) {
      if (random.nextInt(3) == 0) {
        s = s.replace(e[0], e[1]);
      }
    }
    List<String> words = new ArrayList<>(List.of(s.split(" ")));
    if (words.size() > 12 && random.nextBoolean()) {
      words.remove(3 + random.nextInt(words.size() - 6));
    }
    return String.join(" ", words);
  }
}
