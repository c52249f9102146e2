package org.parallax.align;

import java.util.List;

/**
 * Sentences from two or more articles that report the same fact.
 *
 * <p>Invariants: at least two members, at most one per article, ordered by article.
 *
 * @param similarity mean cosine similarity of the members' meanings, in [0, 1]
 * @param nearVerbatim true when the members share nearly all their words: copied (wire) text
 * @param evidence what joined the members, sorted: {@link #COPIED}, {@link #MEANING}, {@link
 *     #RARE_NAMES}, {@link #WORDING} (a fact of three or more members can have several)
 */
public record AlignedFact(List<SentenceRef> members, double similarity, boolean nearVerbatim, List<String> evidence) {

  /** Nearly all the words, in order: copied text. */
  public static final String COPIED = "copied";
  /**
   * Close in meaning, each the other's closest sentence in its article, on the same day and with the
   * same polarity, though they share few specific words: the same fact in other words.
   */
  public static final String MEANING = "meaning";
  /** Two or more names or numbers that few articles use, and not far apart in meaning. */
  public static final String RARE_NAMES = "rare-names";
  /** Close meaning together with words specific to few sentences and articles. */
  public static final String WORDING = "wording";

  public AlignedFact {
    members = List.copyOf(members);
    evidence = List.copyOf(evidence);
  }

  /** A fact whose evidence is not recorded. */
  public AlignedFact(List<SentenceRef> members, double similarity, boolean nearVerbatim) {
    this(members, similarity, nearVerbatim, List.of());
  }
}
