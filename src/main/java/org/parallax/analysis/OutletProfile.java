package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How one outlet frames the story: the labels it gives each referent, how much it hedges, whom it
 * quotes, and its loaded wording. Articles without an outlet are profiled under their id.
 *
 * @param outlet the outlet's name ({@link Highlights#name})
 * @param group the outlet's group as the analyst gives it in {@code parallax.json} ("Iran, state-owned"),
 *     or {@code null} (added)
 * @param articles ids of its articles, in corpus order
 * @param words words in its articles
 * @param labels per referent it mentions: the labels it uses, most used first
 * @param mentions mentions of referents in its articles
 * @param loadedMentions how many of them are loaded
 * @param hedges hedging and attribution cues in its own voice
 * @param hedgesPer1000Words {@code hedges} per 1,000 words, one decimal
 * @param cues the cues it uses, most used first
 * @param quoted whom it quotes, most quoted first ({@code null} speaker: unattributed quotations)
 * @param loadedTerms the loaded lexicon terms in its text (quotations excluded), most used first
 * @param wording its loaded wording shown by default ({@code wording[]} entries with {@code shown})
 * @param wordingPer1000Words {@code wording} per 1,000 words, one decimal
 * @param wordingCues the cues of that wording with their kind, most used first
 */
@JsonPropertyOrder({"outlet", "group", "articles", "words", "labels", "mentions", "loadedMentions", "hedges", "hedgesPer1000Words", "cues", "quoted",
    "loadedTerms", "wording", "wordingPer1000Words", "wordingCues"})
public record OutletProfile(
    String outlet,
    String group,
    List<String> articles,
    int words,
    List<LabelUse> labels,
    int mentions,
    int loadedMentions,
    int hedges,
    double hedgesPer1000Words,
    List<CueCount> cues,
    List<Quoted> quoted,
    List<TermCount> loadedTerms,
    int wording,
    double wordingPer1000Words,
    List<CueCount> wordingCues) {

  /** The same profile in {@code newGroup} ({@code null}: none). */
  public OutletProfile withGroup(String newGroup) {
    return new OutletProfile(outlet, newGroup, articles, words, labels, mentions, loadedMentions, hedges, hedgesPer1000Words,
        cues, quoted, loadedTerms, wording, wordingPer1000Words, wordingCues);
  }

  public OutletProfile {
    wordingCues = List.copyOf(wordingCues);
    articles = List.copyOf(articles);
    labels = List.copyOf(labels);
    cues = List.copyOf(cues);
    quoted = List.copyOf(quoted);
    loadedTerms = List.copyOf(loadedTerms);
  }

  /** The labels an outlet gives one referent. */
  @JsonPropertyOrder({"referent", "name", "labels"})
  public record LabelUse(String referent, String name, List<Label> labels) {
    public LabelUse {
      labels = List.copyOf(labels);
    }
  }

  /** One wording and how often the outlet uses it. */
  @JsonPropertyOrder({"text", "count", "loaded"})
  public record Label(String text, int count, boolean loaded) {}

  /** One cue and how often the outlet uses it. */
  @JsonPropertyOrder({"cue", "kind", "count"})
  public record CueCount(String cue, String kind, int count) {}

  /** One speaker the outlet quotes: quotations, and how many of them other outlets carry too. */
  @JsonPropertyOrder({"speaker", "quotations", "shared"})
  public record Quoted(String speaker, int quotations, int shared) {}

  /** One loaded term and how often the outlet uses it. */
  @JsonPropertyOrder({"term", "category", "count"})
  public record TermCount(String term, String category, int count) {}
}
