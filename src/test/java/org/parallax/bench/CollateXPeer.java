package org.parallax.bench;

import eu.interedition.collatex.CollationAlgorithm;
import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.Token;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimpleWitness;
import eu.interedition.collatex.util.VariantGraphRanking;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The peer of {@link CollateXBenchmark}: collates every article file of a folder with CollateX's
 * Needleman-Wunsch algorithm, as CollateX's own command line does (its simple tokenizer and normalizer,
 * exact token equality, one variant graph, joined and ranked into an alignment table), and prints the
 * size of the result. It reads the files as they are (the synthetic corpora are plain text), in name
 * order, one witness each.
 *
 * <p>Runs in its own JVM with only CollateX and this class on the class path.
 */
public final class CollateXPeer {

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    List<SimpleWitness> witnesses = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        witnesses.add(new SimpleWitness(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    CollationAlgorithm algorithm = CollationAlgorithmFactory.needlemanWunsch(new EqualityTokenComparator());
    VariantGraph graph = new VariantGraph();
    List<Iterable<Token>> tokens = new ArrayList<>(witnesses);
    algorithm.collate(graph, tokens);
    graph = VariantGraph.JOIN.apply(graph);
    int rows = VariantGraphRanking.of(graph).asTable().size();
    long tokenCount = witnesses.stream().mapToLong(w -> w.getTokens().size()).sum();
    System.out.printf("%d witnesses, %d tokens: an alignment table of %d rows%n", witnesses.size(), tokenCount, rows);
  }
}
