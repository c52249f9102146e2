package org.parallax.quotes;

import java.util.List;
import org.parallax.text.Tok;

/**
 * Finds speaker phrases in a token list: the phrase ending right before a speech verb ("White
 * House spokesman Josh Earnest told"), or starting right after one ("said the Russian foreign
 * minister").
 *
 * <p>A phrase is a run of capitalised words, name particles, "of" between title words, and
 * lowercase role words and their modifiers, optionally introduced by a determiner. It never
 * crosses punctuation or a quotation. Phrases are at most {@value #MAX_WORDS} words long, which
 * keeps every look-up constant-time.
 */
final class Phrases {

  private Phrases() {}

  static final int MAX_WORDS = 10;

  /** Lowercase words that may sit inside a speaker phrase. */
  static boolean isRoleWord(String lower) {
    if (lower.equals("the") || lower.equals("of") || lower.equals("for") || lower.equals("then")
        || lower.equals("ex")) {
      return false;
    }
    return Lexicon.PERSON_ROLES.contains(lower)
        || Lexicon.ROLE_MODIFIERS.contains(lower)
        || Lexicon.TITLE_WORDS.contains(lower);
  }

  /** The speaker phrase ending at token {@code j}, not reaching before {@code floor}. */
  static Mention endingAt(String text, List<Tok> toks, int j, int floor) {
    if (j < floor || j >= toks.size() || !toks.get(j).isWord()) {
      return null;
    }
    Tok head = toks.get(j);
    if (Lexicon.PRONOUNS.contains(head.lower())) {
      return Mention.classify(text, toks, j, j, false);
    }
    int k = j;
    int taken = 0;
    boolean det = false;
    while (k >= floor && taken < MAX_WORDS) {
      Tok t = toks.get(k);
      if (!t.isWord()) {
        break;
      }
      String lw = t.lower();
      if (Tokens.isNameLike(t)) {
        // "The", "His" end the phrase like their lowercase forms.
        if (taken > 0 && Lexicon.DETERMINERS.contains(lw)) {
          det = true;
          break;
        }
        k--;
        taken++;
      } else if (Lexicon.NAME_PARTICLES.contains(lw)
          && taken > 0
          && k - 1 >= floor
          && (Tokens.isNameLike(toks.get(k - 1))
              || Lexicon.NAME_PARTICLES.contains(toks.get(k - 1).lower()))) {
        k--;
        taken++;
      } else if (lw.equals("of")
          && taken > 0
          && k - 1 >= floor
          && toks.get(k - 1).isWord()
          && (Tokens.isNameLike(toks.get(k - 1)) || isRoleWord(toks.get(k - 1).lower()))) {
        k--;
        taken++;
      } else if (isRoleWord(lw)) {
        k--;
        taken++;
      } else if (taken > 0 && Lexicon.DETERMINERS.contains(lw)) {
        det = true;
        break;
      } else {
        break;
      }
    }
    if (taken > 0) {
      Mention m = Mention.classify(text, toks, k + 1, j, det);
      return m == null ? null : roleOf(text, toks, det ? k : k + 1, floor, m);
    }
    // A head noun we do not list, led by a determiner: "the doctor said", "a statement said".
    if (!Tokens.isNameLike(head)) {
      for (int d = j - 1; d >= Math.max(floor, j - 3); d--) {
        Tok t = toks.get(d);
        if (!t.isWord()) {
          break;
        }
        String lw = t.lower();
        if (lw.equals("the") || lw.equals("a") || lw.equals("an")) {
          return Mention.classify(text, toks, d + 1, j, true);
        }
        if (Lexicon.STOPWORDS.contains(lw) || Lexicon.isSpeechVerb(lw)) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * "a spokesperson for the European Commission", "the mayor of London": when {@code m} (starting
   * at token {@code first}) follows "for", "of" or "at" after a role noun, the speaker is the role
   * holder, not {@code m}.
   */
  private static Mention roleOf(String text, List<Tok> toks, int first, int floor, Mention m) {
    if (m.kind() != Mention.Kind.ORG && m.kind() != Mention.Kind.NAME) {
      return m;
    }
    if (first - 2 < floor || !toks.get(first - 1).isWord() || !toks.get(first - 2).isWord()) {
      return m;
    }
    String prep = toks.get(first - 1).lower();
    if (!prep.equals("for") && !prep.equals("of") && !prep.equals("at")) {
      return m;
    }
    if (!Lexicon.PERSON_ROLES.contains(toks.get(first - 2).lower())) {
      return m;
    }
    Mention role = endingAt(text, toks, first - 2, floor);
    if (role == null || role.kind() != Mention.Kind.DESCRIPTION) {
      return m;
    }
    return new Mention(Mention.Kind.DESCRIPTION, role.start(), m.end(),
        text.substring(role.start(), m.end()), null, text.substring(role.start(), m.end()),
        role.plural(), role.determiner());
  }

  /**
   * The speaker phrase starting at token {@code i} (an optional determiner, then the phrase),
   * ending before {@code ceil}; the returned mention's tokens end at {@code end[0]} when {@code
   * end} is given.
   */
  static Mention startingAt(String text, List<Tok> toks, int i, int ceil, int[] end) {
    if (i >= ceil || i >= toks.size() || !toks.get(i).isWord()) {
      return null;
    }
    Tok first = toks.get(i);
    if (Lexicon.PRONOUNS.contains(first.lower())) {
      if (end != null) {
        end[0] = i;
      }
      return Mention.classify(text, toks, i, i, false);
    }
    boolean det = false;
    int k = i;
    if (Lexicon.DETERMINERS.contains(first.lower())) {
      det = true;
      k++;
    }
    int s = k;
    int taken = 0;
    while (k < ceil && taken < MAX_WORDS) {
      Tok t = toks.get(k);
      if (!t.isWord()) {
        break;
      }
      String lw = t.lower();
      boolean nextNameLike = k + 1 < ceil && Tokens.isNameLike(toks.get(k + 1));
      if (Tokens.isNameLike(t)) {
        if (taken > 0 && Lexicon.NON_NAME_CAPITALS.contains(lw)) {
          break;
        }
        k++;
      } else if (Lexicon.NAME_PARTICLES.contains(lw) && taken > 0 && (nextNameLike
          || k + 1 < ceil && Lexicon.NAME_PARTICLES.contains(toks.get(k + 1).lower()))) {
        k++;
      } else if (lw.equals("of") && taken > 0 && k + 1 < ceil && toks.get(k + 1).isWord()
          && (nextNameLike || isRoleWord(toks.get(k + 1).lower())) && !Mention.fullNameBefore(toks, s, k)) {
        k++;
      } else if (isRoleWord(lw)) {
        k++;
      } else {
        break;
      }
      taken++;
    }
    if (taken == 0) {
      return null;
    }
    // A trailing "of" or particle belongs to what follows, not to the phrase.
    int e = k - 1;
    while (e > s && (toks.get(e).lower().equals("of")
        || Lexicon.NAME_PARTICLES.contains(toks.get(e).lower()))) {
      e--;
    }
    if (end != null) {
      end[0] = e;
    }
    return Mention.classify(text, toks, s, e, det);
  }
}
