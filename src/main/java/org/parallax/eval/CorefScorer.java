package org.parallax.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a response partition of mentions against a key partition with MUC (Vilain et al. 1995), B³
 * (Bagga and Baldwin 1998) and CEAF-e (Luo 2005: entity-based, φ4 similarity, optimal one-to-one
 * alignment), as the reference CoNLL-2012 scorer (v8, Pradhan et al. 2014) defines them.
 *
 * <p>Twinless mentions (in the key but not the response, or the reverse) are kept, as that scorer keeps
 * them: in MUC each forms a partition of its own; in B³ it shares nothing with the other side (it adds to
 * the denominator only); in CEAF-e it adds to its entity's size. Singleton entities count in B³ and
 * CEAF-e and add nothing to MUC. Each side must be a partition: no mention in two entities, no empty
 * entity.
 */
public final class CorefScorer {

  private CorefScorer() {}

  /** All three metrics of {@code response} against {@code key}. */
  public static <M> CorefScores score(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
    List<Set<M>> k = checked(key, "key");
    List<Set<M>> r = checked(response, "response");
    return new CorefScores(muc(k, r), bcubed(k, r), ceafe(k, r));
  }

  /**
   * MUC: recall is Σ(|K| − |p(K)|) / Σ(|K| − 1) over key entities K, where p(K) partitions K by the
   * response entities (a twinless mention is a part of its own); precision the same with key and
   * response swapped.
   */
  static <M> Tally muc(List<Set<M>> key, List<Set<M>> response) {
    double[] recall = mucSide(key, response);
    double[] precision = mucSide(response, key);
    return new Tally(recall[0], recall[1], precision[0], precision[1]);
  }

  private static <M> double[] mucSide(List<Set<M>> entities, List<Set<M>> other) {
    Map<M, Integer> in = index(other);
    double hits = 0;
    double total = 0;
    for (Set<M> e : entities) {
      Set<Integer> parts = new HashSet<>();
      int twinless = 0;
      for (M m : e) {
        Integer where = in.get(m);
        if (where == null) {
          twinless++;
        } else {
          parts.add(where);
        }
      }
      hits += e.size() - (parts.size() + twinless);
      total += e.size() - 1;
    }
    return new double[] {hits, total};
  }

  /**
   * B³: recall is Σ over key entities K and response entities R of |K∩R|²/|K|, over the number of key
   * mentions; precision the same with key and response swapped.
   */
  static <M> Tally bcubed(List<Set<M>> key, List<Set<M>> response) {
    double[] recall = bcubedSide(key, response);
    double[] precision = bcubedSide(response, key);
    return new Tally(recall[0], recall[1], precision[0], precision[1]);
  }

  private static <M> double[] bcubedSide(List<Set<M>> entities, List<Set<M>> other) {
    Map<M, Integer> in = index(other);
    double hits = 0;
    double total = 0;
    for (Set<M> e : entities) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (M m : e) {
        Integer where = in.get(m);
        if (where != null) {
          shared.merge(where, 1, Integer::sum);
        }
      }
      for (int n : shared.values()) {
        hits += (double) n * n / e.size();
      }
      total += e.size();
    }
    return new double[] {hits, total};
  }

  /**
   * CEAF-e: the one-to-one alignment of key and response entities that maximises the total φ4(K, R) =
   * 2|K∩R| / (|K| + |R|); recall is that total over the number of key entities, precision over the
   * number of response entities.
   */
  static <M> Tally ceafe(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> in = index(response);
    // Only entities that share a mention can be aligned with any gain; the others add 0.
    Map<Integer, Integer> rowOf = new LinkedHashMap<>();
    Map<Integer, Integer> colOf = new LinkedHashMap<>();
    List<Map<Integer, Integer>> overlaps = new ArrayList<>();
    for (int k = 0; k < key.size(); k++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (M m : key.get(k)) {
        Integer where = in.get(m);
        if (where != null) {
          shared.merge(where, 1, Integer::sum);
        }
      }
      if (!shared.isEmpty()) {
        rowOf.put(k, rowOf.size());
        overlaps.add(shared);
        for (int r : shared.keySet()) {
          colOf.putIfAbsent(r, colOf.size());
        }
      }
    }
    double[][] phi = new double[rowOf.size()][colOf.size()];
    for (Map.Entry<Integer, Integer> row : rowOf.entrySet()) {
      int k = row.getKey();
      for (Map.Entry<Integer, Integer> o : overlaps.get(row.getValue()).entrySet()) {
        int r = o.getKey();
        phi[row.getValue()][colOf.get(r)] = 2.0 * o.getValue() / (key.get(k).size() + response.get(r).size());
      }
    }
    double similarity = Assignment.maxWeight(phi);
    return new Tally(similarity, key.size(), similarity, response.size());
  }

  private static <M> Map<M, Integer> index(List<Set<M>> entities) {
    Map<M, Integer> in = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      for (M m : entities.get(i)) {
        in.put(m, i);
      }
    }
    return in;
  }

  private static <M> List<Set<M>> checked(Collection<? extends Set<M>> entities, String side) {
    Set<M> seen = new HashSet<>();
    List<Set<M>> out = new ArrayList<>(entities.size());
    for (Set<M> e : entities) {
      if (e.isEmpty()) {
        throw new IllegalArgumentException(side + ": an entity without mentions");
      }
      for (M m : e) {
        if (!seen.add(m)) {
          throw new IllegalArgumentException(side + ": mention " + m + " is in two entities");
        }
      }
      out.add(e);
    }
    return out;
  }
}
