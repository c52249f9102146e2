package org.parallax.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.quotes.QuoteWords.Word;
import org.parallax.text.TextRange;
import org.parallax.text.WordDiff;

/**
 * Groups the quotations of a corpus that render the same words, and says how each rendering
 * differs from the fullest one.
 *
 * <p>Two quotations (of any articles, the same one included) join a group when one of these
 * holds, comparing their normalised words ({@link QuoteWords}), the shorter as "a":
 *
 * <ul>
 *   <li><b>same words</b>: a equals b, and a has at least {@value #MIN_FRAGMENT_WORDS_SHORT}
 *       words or both have the same known speaker (two outlets' one-word scare quote
 *       "constructive" is the same quotation only if the same person said it);
 *   <li><b>fragment</b>: every word of a appears in b in order, with at most {@value #MAX_GAP}
 *       words of b skipped in between, and a has at least {@value #MIN_FRAGMENT_WORDS} words of
 *       which two are content words (or two words and the same known speaker). Speakers may
 *       differ: one outlet credits the State Department with the words another credits to
 *       Kerry;
 *   <li><b>altered</b>: the speakers are compatible (the same, or exactly one unknown) and the
 *       overlap is clear: a common run of at least {@value #MIN_RUN} consecutive words, at least
 *       {@value #MIN_SHARED_CONTENT} shared content words, and at least {@value #MIN_CONTAINMENT}
 *       of the smaller set of content words found in the other. On the seeds, the one altered
 *       pair (Kerry's "focus remains on destroying ..." in two outlets) has a run of 10 words and
 *       82% containment, while the closest unrelated pair ("military-to-military
 *       conversation" against "military-to-military deconfliction") shares a run of 3 words: the
 *       thresholds sit well between.
 * </ul>
 *
 * <p>Groups are the connected components of these links. Identical renderings with the same
 * speaker are joined directly and only the first is compared with the others. Candidate pairs
 * come from an inverted index of word 3-grams (a quotation of fewer than three words is indexed
 * by all its words), so only quotations sharing a 3-gram are compared, never all pairs; a 3-gram
 * carried by more than {@value #MAX_POSTINGS} distinct renderings is too common to say anything
 * and is skipped.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class QuoteAligner {

  static final int MIN_FRAGMENT_WORDS_SHORT = 3;
  static final int MIN_FRAGMENT_WORDS = 4;
  static final int MAX_GAP = 2;
  static final int MIN_RUN = 4;
  static final int MIN_SHARED_CONTENT = 3;
  static final double MIN_CONTAINMENT = 0.6;
  static final int MAX_POSTINGS = 500;
  private static final int SHINGLE = 3;

  /**
   * Groups {@code quotations} (speakers should be canonical: see {@link SpeakerNames}). Every
   * quotation is in exactly one group; a quotation no other renders is a group of one. Groups
   * are in order of first occurrence (article id, then offset) and numbered q1, q2, ...
   */
  public List<QuoteGroup> group(List<Quotation> quotations) {
    Objects.requireNonNull(quotations, "quotations");
    int n = quotations.size();
    List<List<Word>> words = new ArrayList<>(n);
    List<List<String>> norms = new ArrayList<>(n);
    for (Quotation q : quotations) {
      List<Word> w = QuoteWords.of(q);
      words.add(w);
      norms.add(QuoteWords.norms(w));
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // Identical renderings by the same speaker join at once, and only the first of them is
    // compared with the rest: a quotation repeated thousands of times costs nothing.
    Map<List<Object>, Integer> firstOf = new HashMap<>();
    List<Integer> representatives = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String speaker = quotations.get(i).speaker();
      boolean joinable = norms.get(i).size() >= MIN_FRAGMENT_WORDS_SHORT || speaker != null;
      Integer first =
          joinable ? firstOf.putIfAbsent(Arrays.asList(norms.get(i), speaker), i) : null;
      if (first == null) {
        representatives.add(i);
      } else {
        union(parent, first, i);
      }
    }
    Map<String, List<Integer>> index = new HashMap<>();
    Map<Integer, Set<String>> keys = new HashMap<>();
    for (int i : representatives) {
      Set<String> own = shingles(norms.get(i));
      keys.put(i, own);
      for (String key : own) {
        index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    Set<Long> tried = new HashSet<>();
    for (int i : representatives) {
      for (String key : keys.get(i)) {
        List<Integer> posting = index.get(key);
        if (posting.size() > MAX_POSTINGS) {
          continue;
        }
        for (int j : posting) {
          if (j <= i || !tried.add((long) i * n + j)) {
            continue;
          }
          if (linked(quotations.get(i), norms.get(i), quotations.get(j), norms.get(j))) {
            union(parent, i, j);
          }
        }
      }
    }
    Map<Integer, List<Integer>> components = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> byPlace = Comparator
        .comparing((Integer i) -> quotations.get(i).articleId())
        .thenComparingInt(i -> quotations.get(i).span().start())
        .thenComparingInt(i -> i);
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> members : components.values()) {
      members.sort(byPlace);
      groups.add(members);
    }
    groups.sort((a, b) -> byPlace.compare(a.get(0), b.get(0)));
    List<QuoteGroup> out = new ArrayList<>(groups.size());
    for (List<Integer> members : groups) {
      out.add(build("q" + (out.size() + 1), members, quotations, words, norms));
    }
    return out;
  }

  private static Set<String> shingles(List<String> norms) {
    Set<String> out = new LinkedHashSet<>();
    if (norms.isEmpty()) {
      return out;
    }
    if (norms.size() < SHINGLE) {
      out.add("#" + String.join(" ", norms));
      return out;
    }
    for (int k = 0; k + SHINGLE <= norms.size(); k++) {
      out.add(norms.get(k) + " " + norms.get(k + 1) + " " + norms.get(k + 2));
    }
    return out;
  }

  /** Whether two quotations render the same quotation (see the class notes). */
  static boolean linked(Quotation qa, List<String> a, Quotation qb, List<String> b) {
    if (a.size() > b.size()) {
      return linked(qb, b, qa, a);
    }
    if (a.isEmpty()) {
      return false;
    }
    boolean sameSpeaker = qa.speaker() != null && qa.speaker().equals(qb.speaker());
    if (a.equals(b)) {
      return a.size() >= MIN_FRAGMENT_WORDS_SHORT || sameSpeaker;
    }
    if (isFragment(a, b)) {
      long content = a.stream().filter(QuoteWords::isContent).count();
      if ((a.size() >= MIN_FRAGMENT_WORDS && content >= 2) || (a.size() >= 2 && sameSpeaker)) {
        return true;
      }
    }
    boolean compatible = sameSpeaker || (qa.speaker() == null) != (qb.speaker() == null);
    if (!compatible || longestCommonRun(a, b) < MIN_RUN) {
      return false;
    }
    Set<String> ca = contentWords(a);
    Set<String> cb = contentWords(b);
    int shared = 0;
    for (String w : ca) {
      if (cb.contains(w)) {
        shared++;
      }
    }
    return shared >= MIN_SHARED_CONTENT
        && shared >= MIN_CONTAINMENT * Math.min(ca.size(), cb.size());
  }

  /** Whether {@code a} is {@code b} with words left out at the ends and at most a few inside. */
  static boolean isFragment(List<String> a, List<String> b) {
    if (a.size() > b.size() || !isSubsequence(a, b)) {
      return false;
    }
    int gap = 0;
    for (WordDiff.Edit d : WordDiff.edits(b, a)) {
      if (d.kind() != WordDiff.Kind.DELETE) {
        return false;
      }
      if (!d.leading() && !d.trailing(b.size(), a.size())) {
        gap += d.aSize();
      }
    }
    return gap <= MAX_GAP;
  }

  /** Whether every word of {@code a} occurs in {@code b} in order: a linear test before the diff. */
  private static boolean isSubsequence(List<String> a, List<String> b) {
    int k = 0;
    for (int i = 0; i < b.size() && k < a.size(); i++) {
      if (b.get(i).equals(a.get(k))) {
        k++;
      }
    }
    return k == a.size();
  }

  /** Content words, looking inside asides: "(islamic state)" gives "islamic" and "state". */
  private static Set<String> contentWords(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (w.startsWith("(") || w.startsWith("[")) {
        for (String inner : w.substring(1, w.length() - 1).split(" ")) {
          if (QuoteWords.isContent(inner)) {
            out.add(inner);
          }
        }
      } else if (QuoteWords.isContent(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static int longestCommonRun(List<String> a, List<String> b) {
    return WordDiff.longestCommonRun(a, b);
  }

  private static QuoteGroup build(String id, List<Integer> members, List<Quotation> quotations,
      List<List<Word>> words, List<List<String>> norms) {
    int ref = 0;
    for (int k = 1; k < members.size(); k++) {
      if (norms.get(members.get(k)).size() > norms.get(members.get(ref)).size()) {
        ref = k;
      }
    }
    int r = members.get(ref);
    Quotation reference = quotations.get(r);
    List<QuoteOccurrence> occurrences = new ArrayList<>(members.size());
    List<WordChange> changes = new ArrayList<>();
    for (int k = 0; k < members.size(); k++) {
      int m = members.get(k);
      Quotation q = quotations.get(m);
      Match match;
      if (k == ref || norms.get(m).equals(norms.get(r))) {
        match = Match.VERBATIM;
      } else if (isFragment(norms.get(m), norms.get(r))) {
        match = Match.PARTIAL;
      } else {
        match = Match.ALTERED;
        changes.addAll(changes(reference, words.get(r), norms.get(r), q, words.get(m),
            norms.get(m)));
      }
      occurrences.add(new QuoteOccurrence(q, match));
    }
    return new QuoteGroup(id, speaker(occurrences, reference), ref, occurrences, changes);
  }

  /** The speaker most occurrences give; the reference's on a tie, else the first alphabetically. */
  private static String speaker(List<QuoteOccurrence> occurrences, Quotation reference) {
    Map<String, Integer> votes = new TreeMap<>();
    for (QuoteOccurrence o : occurrences) {
      if (o.quotation().speaker() != null) {
        votes.merge(o.quotation().speaker(), 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      return null;
    }
    int max = votes.values().stream().max(Integer::compare).orElseThrow();
    if (reference.speaker() != null && votes.get(reference.speaker()) == max) {
      return reference.speaker();
    }
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() == max) {
        return e.getKey();
      }
    }
    return null;
  }

  private static List<WordChange> changes(Quotation ref, List<Word> refWords, List<String> refNorms,
      Quotation var, List<Word> varWords, List<String> varNorms) {
    List<WordChange> out = new ArrayList<>();
    for (WordDiff.Edit d : WordDiff.edits(refNorms, varNorms)) {
      int rs = d.aFrom();
      int rn = d.aSize();
      int vs = d.bFrom();
      int vn = d.bSize();
      if (d.kind() == WordDiff.Kind.DELETE
          && (d.leading() || d.trailing(refNorms.size(), varNorms.size()))) {
        continue; // where the variant's excerpt starts or ends, not an alteration
      }
      TextRange refSpan = rn == 0 ? null
          : new TextRange(refWords.get(rs).start(), refWords.get(rs + rn - 1).end());
      TextRange varSpan = vn == 0 ? null
          : new TextRange(varWords.get(vs).start(), varWords.get(vs + vn - 1).end());
      WordChange.Kind kind = switch (d.kind()) {
        case INSERT -> WordChange.Kind.INSERT;
        case DELETE -> WordChange.Kind.DELETE;
        default -> WordChange.Kind.REPLACE;
      };
      out.add(new WordChange(var.articleId(), kind, slice(ref, refSpan), refSpan,
          slice(var, varSpan), varSpan));
    }
    return out;
  }

  private static String slice(Quotation q, TextRange r) {
    if (r == null) {
      return null;
    }
    int base = q.span().start();
    return q.text().substring(r.start() - base, r.end() - base);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
