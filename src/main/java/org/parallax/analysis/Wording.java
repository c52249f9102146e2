package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A word or short phrase in an outlet's own voice that carries evaluation, judgement or distance: a
 * span (as everywhere) with what kind of load it carries, how strong, and why.
 *
 * @param kind {@code label} (a loaded name for an actor or camp: terrorists, regime, leftist, illegal
 *     aliens), {@code subjective} (a judging adjective, adverb or noun: draconian, bizarre, tirade),
 *     {@code intensifier} (extremely, utterly, whopping), {@code loaded-verb} (a verb of saying or doing
 *     that judges: slammed, boasted, admitted, rammed through) or {@code scare-quote} (a few words put in
 *     quotation marks with no speaker)
 * @param cue the lexicon form, lowercase ("slam", "illegal alien"); for a scare quote the words quoted
 * @param strength how surely the words carry the writer's judgement, in [0, 1]: the lexicon class's
 *     strength, raised when other outlets tell the same fact with a neutral word, or call the same referent
 *     without the word ({@code contrast})
 * @param shown whether the app and the report mark it by default (strength at least 0.6)
 * @param reason in words, why it was found ("verb of saying with a verdict; Reuters writes 'said' in
 *     the same fact")
 * @param contrast the other outlets' wording in the same slot of the same aligned fact, when they use a
 *     neutral word there, and their mentions of the same referent without the word; empty otherwise
 */
@JsonPropertyOrder({"article", "start", "end", "text", "kind", "cue", "strength", "shown", "reason", "contrast"})
public record Wording(
    String article, int start, int end, String text, String kind, String cue, double strength, boolean shown,
    String reason, List<Span> contrast) {

  public Wording {
    contrast = List.copyOf(contrast);
  }

  public Span span() {
    return new Span(article, start, end, text);
  }
}
