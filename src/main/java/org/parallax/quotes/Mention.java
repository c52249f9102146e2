package org.parallax.quotes;

import java.util.List;
import org.parallax.text.Tok;

/**
 * A phrase that can be a speaker: a personal name with its title, a role description, an
 * organisation or a pronoun.
 *
 * <p>Invariants: {@code [start, end)} is the phrase in the article text without a leading
 * determiner; {@code name} is non-null exactly for {@link Kind#NAME} and holds the name with
 * titles stripped ("John Kerry" from "US Secretary of State John Kerry"); {@code title} holds the
 * stripped words (may be empty); {@code text} is the phrase as written.
 */
record Mention(
    Kind kind,
    int start,
    int end,
    String text,
    String name,
    String title,
    boolean plural,
    boolean determiner) {

  enum Kind {
    /** A personal name, or a single capitalised word that may be a surname. */
    NAME,
    /** A role: "the Russian foreign minister", "a Syrian military source". */
    DESCRIPTION,
    /** An organisation, medium, government or place standing for one. */
    ORG,
    /** "he", "she", "they", "it", "I", "we". */
    PRONOUN
  }

  /** Whether this phrase describes a person by role (as opposed to "the statement"). */
  boolean isPersonDescription() {
    return kind == Kind.DESCRIPTION && Lexicon.PERSON_ROLES.contains(Lexicon.lower(head(text)));
  }

  /** The head noun of a role: "spokesperson" in "a spokesperson for the Commission". */
  static String head(String phrase) {
    String p = phrase.trim();
    for (String prep : new String[] {" for ", " of ", " at "}) {
      int k = p.indexOf(prep);
      if (k > 0) {
        p = p.substring(0, k);
      }
    }
    return lastWord(p);
  }

  static String lastWord(String phrase) {
    String[] parts = phrase.trim().split("\\s+");
    return parts[parts.length - 1];
  }

  /**
   * Classifies tokens {@code [s, e]} (inclusive) of {@code toks}, or returns null when they do
   * not form a speaker phrase. {@code hasDeterminer} tells whether a determiner stood right
   * before {@code s} ("the Times" is a newspaper; "Times" could be anything).
   */
  static Mention classify(String text, List<Tok> toks, int s, int e, boolean hasDeterminer) {
    if (s == e && Lexicon.PRONOUNS.contains(toks.get(s).lower()) && !hasDeterminer) {
      Tok t = toks.get(s);
      return new Mention(Kind.PRONOUN, t.start(), t.end(), t.text(), null, "",
          t.lower().equals("they"), false);
    }
    // Capitalised sentence adverbs and function words are not part of a name ("Earlier Kerry").
    while (s <= e && Tokens.isNameLike(toks.get(s))
        && Lexicon.NON_NAME_CAPITALS.contains(toks.get(s).lower())) {
      if (Lexicon.DETERMINERS.contains(toks.get(s).lower())) {
        hasDeterminer = true;
      }
      s++;
    }
    while (e >= s && Tokens.isNameLike(toks.get(e))
        && Lexicon.AFTER_NAME.contains(toks.get(e).lower())) {
      e--;
    }
    while (s <= e && (toks.get(s).lower().equals("of")
        || Lexicon.NAME_PARTICLES.contains(toks.get(s).lower()))) {
      s++;
    }
    if (s > e) {
      return null;
    }
    // A person and where the person is from: "David Buik of BGC Partners" names David Buik; a body's name
    // with "of" is the body's, whole: "the Bank of Orsk", "the Church of Jesus Christ of Latter Day Saints".
    for (int k = s + 1; k < e; k++) {
      if (!toks.get(k).lower().equals("of")) {
        continue;
      }
      if (k >= s + 2 && fullNameBefore(toks, s, k)) {
        e = k - 1;
      } else if (bodyBefore(toks.get(k - 1).lower())) {
        int from = toks.get(s).start();
        int to = toks.get(e).end();
        return new Mention(Kind.ORG, from, to, text.substring(from, to), null, "", false, hasDeterminer);
      }
      break;
    }
    int start = toks.get(s).start();
    int end = toks.get(e).end();
    String phrase = text.substring(start, end);
    String last = toks.get(e).lower();
    // The name is the longest run of capitalised non-title words at the end of the phrase. A
    // title word ends a name only after a first name: "Stephen King", "John Major".
    int n = e;
    if (e > s && Tokens.isNameLike(toks.get(e)) && nameShaped(toks.get(e - 1))
        && !Lexicon.ORG_HEADS.contains(last) && !Lexicon.NATIONALITY.containsKey(last)) {
      n = e - 1;
    }
    while (n >= s) {
      Tok t = toks.get(n);
      String lw = t.lower();
      boolean particle = Lexicon.NAME_PARTICLES.contains(lw) && n > s && n < e
          && (Tokens.isNameLike(toks.get(n - 1))
              || Lexicon.NAME_PARTICLES.contains(toks.get(n - 1).lower()));
      if (particle
          || (Tokens.isNameLike(t)
              && !Lexicon.TITLE_WORDS.contains(lw)
              && !Lexicon.ORG_HEADS.contains(lw)
              && !Lexicon.PERSON_ROLES.contains(lw)
              && !Lexicon.NATIONALITY.containsKey(lw)
              && !isPossessive(lw))) {
        n--;
      } else {
        break;
      }
    }
    if (n < e) {
      int nameStart = toks.get(n + 1).start();
      String name = text.substring(nameStart, end).replaceAll("\\s+", " ");
      String title = n >= s ? text.substring(start, toks.get(n).end()) : "";
      boolean single = n + 1 == e;
      if (single && Lexicon.PLACES.contains(last)) {
        return new Mention(Kind.ORG, start, end, phrase, null, "", false, hasDeterminer);
      }
      if (hasDeterminer && title.isEmpty()) {
        // "the Times", "The Journal": people are not named with an article.
        return new Mention(Kind.ORG, start, end, phrase, null, "", false, true);
      }
      return new Mention(Kind.NAME, start, end, phrase, name, title, false, hasDeterminer);
    }
    if (Lexicon.PERSON_ROLES.contains(last)) {
      return new Mention(Kind.DESCRIPTION, start, end, phrase, null, phrase,
          Lexicon.PLURAL_ROLES.contains(last), hasDeterminer);
    }
    if (Lexicon.ORG_HEADS.contains(last) || Tokens.isNameLike(toks.get(e))) {
      return new Mention(Kind.ORG, start, end, phrase, null, "", false, hasDeterminer);
    }
    if (hasDeterminer) {
      return new Mention(Kind.DESCRIPTION, start, end, phrase, null, phrase, false, true);
    }
    return null;
  }

  /**
   * Whether the two words or more right before "of" at {@code of} (from {@code s} on) are shaped as a person's
   * full name, no title, body or role among them: "David Buik of BGC Partners" and "Sen. John Kerry of
   * Massachusetts" are a person and where the person is from, not one body's name ("Bank of America",
   * "Secretary of State").
   */
  static boolean fullNameBefore(List<Tok> toks, int s, int of) {
    if (of - 1 < s || bodyBefore(toks.get(of - 1).lower())) {
      return false; // "the Fundamentalist Church of Jesus Christ", "the Royal Society of Chemistry"
    }
    int words = 0;
    for (int k = of - 1; k >= s && nameShaped(toks.get(k)); k--) {
      words++;
    }
    return words >= 2;
  }

  /** Whether a word before "of" ends a body's name ("Bank", "Church"). */
  private static boolean bodyBefore(String lower) {
    return Lexicon.ORG_HEADS.contains(lower) || Lexicon.BODY_BEFORE_OF.contains(lower);
  }

  /** A capitalised word that can only be part of a person's name here (no title, role, body, place...). */
  static boolean nameShaped(Tok t) {
    String lw = t.lower();
    return Tokens.isNameLike(t)
        && !Lexicon.TITLE_WORDS.contains(lw)
        && !Lexicon.ORG_HEADS.contains(lw)
        && !Lexicon.PERSON_ROLES.contains(lw)
        && !Lexicon.NATIONALITY.containsKey(lw)
        && !Lexicon.NON_NAME_CAPITALS.contains(lw)
        && !Lexicon.PLACES.contains(lw)
        && !isPossessive(lw)
        && !lw.endsWith(".");
  }

  private static boolean isPossessive(String lower) {
    return lower.endsWith("'s") || lower.endsWith("s'");
  }
}
