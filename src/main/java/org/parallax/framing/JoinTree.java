package org.parallax.framing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The joins that made one referent, as a tree over its mentions, so that every mention but one can say
 * which other mention it is tied to and why, and following those ties from any mention reaches all the
 * others. The resolver joins nodes (mentions, and names that stand between mentions: "Moscow" and
 * "Russia" both join the node of the state) and every join that put two separate sets together is one
 * edge, so the joins of a referent form a tree over its nodes. Here the nodes that are no listed mention
 * are contracted away (a mention tied to another through a name carries the whole path), and the tree is
 * rooted where the fewest joins must be read backwards: a join "a, b, rule" says that a is {@code rule}
 * b ("a definite description of the earlier"), and reads best at a.
 */
final class JoinTree {

  private JoinTree() {}

  /** One join: node {@code a} joined node {@code b} for {@code rule} (which reads at a: "a is in apposition to b"). */
  record Join(String a, String b, String rule) {}

  /** One join on the path from a mention to the mention it is tied to, from node {@code from} to node {@code to}. */
  record Step(String from, String to, String rule, boolean forward) {
    Step reversed() {
      return new Step(to, from, rule, !forward);
    }
  }

  /** How a mention is tied: the mention it is tied to ({@code -1} for the root) and the joins between them, from it. */
  record Tie(int to, List<Step> path) {
    static final Tie ROOT = new Tie(-1, List.of());
  }

  /** A mention at the rim of a hub of names: its index, the hub's node it touches and the join between them. */
  private record Rim(int terminal, String node, Join join) {
    String mention() {
      return join.a().equals(node) ? join.b() : join.a();
    }
  }

  /** A join between two mentions after contraction: the path from {@code x} to {@code y}. */
  private record Edge(int x, int y, List<Step> path) {
    /**
     * The mention this edge reads best at: the direct join's {@code a}; -1 for a join that reads the same
     * from both ends or a path through names.
     */
    int prefers(Predicate<String> bothWays) {
      return path.size() == 1 && !bothWays.test(path.get(0).rule()) ? (path.get(0).forward() ? x : y) : -1;
    }

    int other(int t) {
      return t == x ? y : x;
    }

    /** The path read from {@code t} to the other end. */
    List<Step> from(int t) {
      if (t == x) {
        return path;
      }
      List<Step> back = new ArrayList<>(path.size());
      for (int i = path.size() - 1; i >= 0; i--) {
        back.add(path.get(i).reversed());
      }
      return back;
    }
  }

  /**
   * Per terminal (a listed mention's node, in the given order), how it is tied to the others, given the
   * joins of its referent (a forest: every join put two separate sets together), the rules that read the
   * same from both ends ({@code bothWays}: "in apposition to") and the mentions that best stand as the one
   * the others are tied to ({@code rootable}: names), among those that read as many joins forwards.
   * Terminals no join reaches are roots of their own.
   */
  static List<Tie> ties(List<String> terminals, List<Join> joins, Predicate<String> bothWays, IntPredicate rootable) {
    Map<String, Integer> term = new HashMap<>();
    for (int i = 0; i < terminals.size(); i++) {
      term.putIfAbsent(terminals.get(i), i);
    }
    Map<String, List<Join>> adjacent = new HashMap<>();
    for (Join j : joins) {
      adjacent.computeIfAbsent(j.a(), k -> new ArrayList<>()).add(j);
      adjacent.computeIfAbsent(j.b(), k -> new ArrayList<>()).add(j);
    }
    List<Edge> edges = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Join j : joins) {
      Integer ta = term.get(j.a());
      Integer tb = term.get(j.b());
      if (ta != null && tb != null) {
        edges.add(new Edge(ta, tb, List.of(new Step(j.a(), j.b(), j.rule(), true))));
      }
      for (String end : List.of(j.a(), j.b())) {
        if (!term.containsKey(end) && seen.add(end)) {
          contractHub(end, term, adjacent, seen, edges);
        }
      }
    }
    return orient(terminals.size(), edges, bothWays, rootable);
  }

  /**
   * The nodes that are no listed mention, reached from {@code start} without passing one, tie the
   * mentions around them: each of those mentions to the first of them (by order), through the hub.
   */
  private static void contractHub(String start, Map<String, Integer> term, Map<String, List<Join>> adjacent, Set<String> seen,
      List<Edge> edges) {
    // The hub's nodes, and the mentions at its rim with the join that reaches each.
    List<String> hub = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    List<Rim> rim = new ArrayList<>();
    while (!queue.isEmpty()) {
      String u = queue.poll();
      hub.add(u);
      for (Join j : adjacent.getOrDefault(u, List.of())) {
        String v = j.a().equals(u) ? j.b() : j.a();
        Integer t = term.get(v);
        if (t != null) {
          rim.add(new Rim(t, u, j));
        } else if (seen.add(v)) {
          queue.add(v);
        }
      }
    }
    if (rim.size() < 2) {
      return;
    }
    rim.sort((p, q) -> Integer.compare(p.terminal(), q.terminal()));
    Rim anchor = rim.get(0);
    // Within the hub, the way from every node to the anchor's node (a tree, so one way).
    Map<String, Join> toward = new HashMap<>();
    Map<String, String> next = new HashMap<>();
    Deque<String> q = new ArrayDeque<>(List.of(anchor.node()));
    Set<String> inHub = new HashSet<>(hub);
    Set<String> done = new HashSet<>(List.of(anchor.node()));
    while (!q.isEmpty()) {
      String u = q.poll();
      for (Join j : adjacent.getOrDefault(u, List.of())) {
        String v = j.a().equals(u) ? j.b() : j.a();
        if (inHub.contains(v) && done.add(v)) {
          toward.put(v, j);
          next.put(v, u);
          q.add(v);
        }
      }
    }
    String anchorMention = anchor.mention();
    for (Rim r : rim.subList(1, rim.size())) {
      List<Step> path = new ArrayList<>();
      path.add(step(r.mention(), r.node(), r.join()));
      for (String u = r.node(); !u.equals(anchor.node()); u = next.get(u)) {
        path.add(step(u, next.get(u), toward.get(u)));
      }
      path.add(step(anchor.node(), anchorMention, anchor.join()));
      edges.add(new Edge(r.terminal(), anchor.terminal(), path));
    }
  }

  private static Step step(String from, String to, Join j) {
    return new Step(from, to, j.rule(), j.a().equals(from));
  }

  /**
   * Roots each tree of mentions where the fewest direct joins are read backwards (the first rootable
   * mention among equals, else the first), and ties every other mention to its parent.
   */
  private static List<Tie> orient(int n, List<Edge> edges, Predicate<String> bothWays, IntPredicate rootable) {
    List<List<Edge>> at = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      at.add(new ArrayList<>());
    }
    for (Edge e : edges) {
      at.get(e.x()).add(e);
      at.get(e.y()).add(e);
    }
    Tie[] ties = new Tie[n];
    boolean[] placed = new boolean[n];
    int[] cost = new int[n];
    for (int first = 0; first < n; first++) {
      if (placed[first]) {
        continue;
      }
      // The component in breadth-first order from its first mention, with each one's edge to its parent.
      List<Integer> order = new ArrayList<>();
      Map<Integer, Edge> up = new HashMap<>();
      order.add(first);
      placed[first] = true;
      for (int k = 0; k < order.size(); k++) {
        int u = order.get(k);
        for (Edge e : at.get(u)) {
          int v = e.other(u);
          if (!placed[v]) {
            placed[v] = true;
            up.put(v, e);
            order.add(v);
          }
        }
      }
      // Joins read backwards with the first mention as root, then for every other root by moving it down.
      int base = 0;
      for (int v : order.subList(1, order.size())) {
        int prefers = up.get(v).prefers(bothWays);
        base += prefers >= 0 && prefers != v ? 1 : 0;
      }
      cost[first] = base;
      int root = first;
      for (int v : order.subList(1, order.size())) {
        Edge e = up.get(v);
        int u = e.other(v);
        int prefers = e.prefers(bothWays);
        cost[v] = cost[u] + (prefers == v ? 1 : prefers == u ? -1 : 0);
        if (cost[v] < cost[root] || cost[v] == cost[root] && rootable.test(v) && !rootable.test(root)) {
          root = v;
        }
      }
      // Tie every mention of the component to its parent under that root.
      ties[root] = Tie.ROOT;
      Deque<Integer> q = new ArrayDeque<>(List.of(root));
      Set<Integer> reached = new HashSet<>(List.of(root));
      while (!q.isEmpty()) {
        int u = q.poll();
        for (Edge e : at.get(u)) {
          int v = e.other(u);
          if (reached.add(v)) {
            ties[v] = new Tie(u, e.from(v));
            q.add(v);
          }
        }
      }
    }
    return Collections.unmodifiableList(Arrays.asList(ties));
  }
}
