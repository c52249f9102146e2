package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.framing.Phrase.Role;
import org.parallax.text.Tok;

/**
 * Finds hedging and attribution cues in the outlet's own voice (never inside a direct quotation,
 * whose wording belongs to the speaker):
 *
 * <ul>
 *   <li>lexicon cues ({@code hedges.json}): hedges such as "reportedly", "alleged", "is believed
 *       to"; attributions such as "according to", "citing", "reports have surfaced";
 *   <li>a reporting verb with an unnamed or collective source as subject, in any tense ("U.S.
 *       officials say", "diplomats said");
 *   <li>a reporting verb in the present tense with a state, capital or institution as subject
 *       ("Washington says", "the United States says"), or a media outlet's "reported" ("the Times
 *       reported");
 *   <li>a distancing verb with any named or described subject ("Moscow argues", "X claims").
 * </ul>
 *
 * <p>The span of a subject-verb cue runs from the subject to the verb ("U.S. officials say"). Thread
 * safe; linear in the tokens.
 */
final class HedgeFinder {

  /** A cue: article index, span, kind ({@code hedge} or {@code attribution}) and its lexicon form. */
  record Cue(int article, int sentence, int start, int end, String text, String kind, String cue) {}

  private final FramingLexicon lexicon;

  HedgeFinder(FramingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Cue> find(Parsed corpus, int article) {
    String text = corpus.articles().get(article).text();
    List<Tok> toks = corpus.tokens().get(article);
    List<String> lowers = new ArrayList<>(toks.size());
    for (Tok t : toks) {
      lowers.add(t.lower());
    }
    Map<Integer, Phrase> byEnd = new HashMap<>();
    for (Phrase p : corpus.phrases().get(article)) {
      Phrase o = byEnd.get(p.end);
      if (o == null || p.start < o.start) {
        byEnd.put(p.end, p);
      }
    }
    List<Cue> out = new ArrayList<>();
    int covered = -1;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.start() < covered || corpus.inQuote(article, t.start())) {
        continue;
      }
      FramingLexicon.Term term = lexicon.hedgeAt(lowers, i);
      if (term != null && toks.get(i + term.words().size() - 1).sentence() == t.sentence()) {
        Tok last = toks.get(i + term.words().size() - 1);
        out.add(new Cue(article, t.sentence(), t.start(), last.end(), text.substring(t.start(), last.end()), term.category(), term.text()));
        covered = last.end();
        continue;
      }
      if (lexicon.reportingVerbs.contains(t.lower()) && (t.is("VERB") || t.is("AUX"))) {
        Phrase subject = subjectBefore(byEnd, toks, i);
        if (subject == null || corpus.inQuote(article, subject.start)) {
          // A subject quoted ("„the Times'' reported") is the speaker's wording, not the outlet's.
          continue;
        }
        String kind = attribution(subject, t.lower());
        if (kind != null) {
          int s = subject.start;
          String span = text.substring(s, t.end());
          String cue = subject.role == Role.NONE ? subject.head + (subject.plural ? "s" : "") + " " + t.lower()
              : Words.fold(subject.label()) + " " + t.lower();
          out.add(new Cue(article, t.sentence(), s, t.end(), span, kind, cue));
          covered = t.end();
        }
      }
    }
    return out;
  }

  /** The top-level phrase ending right before token {@code i} (an adverb may stand between). */
  private static Phrase subjectBefore(Map<Integer, Phrase> byEnd, List<Tok> toks, int i) {
    int k = i - 1;
    while (k >= 0 && toks.get(k).is("ADV") && toks.get(k).sentence() == toks.get(i).sentence()) {
      k--;
    }
    if (k < 0 || toks.get(k).sentence() != toks.get(i).sentence()) {
      return null;
    }
    return byEnd.get(toks.get(k).end());
  }

  /** "attribution" when this subject and verb hand a claim to a source, else null. */
  private String attribution(Phrase subject, String verb) {
    if (subject.role != Role.NAME && lexicon.sources.contains(subject.head)) {
      return "attribution";
    }
    if (lexicon.distancingVerbs.contains(verb) && (subject.role != Role.NONE || subject.isDefinite())) {
      return "attribution";
    }
    if (subject.role == Role.NAME && subject.titles.isEmpty()) {
      String key = Words.nameKey(subject.name);
      FramingLexicon.AliasGroup g = lexicon.aliasGroup(key);
      boolean state = lexicon.capitals.containsKey(key) || lexicon.places.contains(key)
          || (g != null && ("place".equals(g.kind()) || "organisation".equals(g.kind())));
      boolean present = verb.endsWith("s") && !verb.endsWith("ss");
      if (state && present) {
        return "attribution";
      }
      String[] parts = key.split(" ");
      boolean medium = lexicon.organisationHeads.contains(parts[parts.length - 1]) || (g != null && "organisation".equals(g.kind()));
      if (medium && (verb.equals("reported") || verb.equals("reports"))) {
        return "attribution";
      }
    }
    return null;
  }
}
