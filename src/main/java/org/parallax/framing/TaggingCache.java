package org.parallax.framing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.parallax.cache.CacheKey;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;

/**
 * An article's tokens and parts of speech ({@link Tagger}) in a {@link ResultCache}. The key is this
 * format's {@link #VERSION}, the tagger's models, the bundled lexicon's organisation heads, common
 * nouns and given names, and the article's cleaned text and sentence bounds, all the tagger reads; strings are stored as UTF-16 code units, so any text (a lone surrogate too)
 * comes back exactly.
 */
final class TaggingCache {

  static final String KIND = "tagging";
  /**
   * Raise whenever {@link Tagger}'s output for the same text and sentences could change (its rules, its
   * models, {@link Words#fold}) or this format does.
   */
  // 2: a clause's own verb (withVerb), abbreviations and initials keep their period; 3: a possessor is never a
  // verb; 4: an acronym ending a sentence leaves its period; 5: a word cut after its hyphen is joined, a
  // hyphenated word read as punctuation is a word; 6: a verb in -s between a noun and a verb is a plural noun;
  // 7: a verb's base form after a singular name a determiner opens is a noun; 8: a given name before a name is a name;
  // 9: closed word classes, a possessed word is a noun; 10: a pronoun is one of a closed list too; 11: a verb in -s
  // after a clause's singular subject, before its object, is a verb; 12: a plural's possessive inside a name is a
  // word of the name ("People's"); 13: a headline in title case is read in the case the corpus writes its words in
  // (the recased headline is part of the key), and a headline is tagged as a clause with a verb. Only an article that passed the language check
  // (text.Language) is tagged and stored: a change to that check raises this too. 14: a base form after an
  // acronym or a possessed name is a noun, a unit of time before "before"/"ago" an adverb; auxiliaries are a
  // closed list, a past form no noun list knows is no noun. 15: a word before a possessive ending is no
  // adjective. 16: a form in -ing after a nationality is no verb. 17: a hyphenated name keeps its first
  // part's tag; "met", "led"... are no nouns or adjectives. 18: a capitalised word inside a name is no pronoun.
  // 19: "billions" after a plural noun is a number; a past in base form opening a relative clause is a verb.
  // 20: an article opening a clause is no name; verb-and-particle nouns ("shutdown") and plurals in -ees are
  // no verbs; "ahead", "instead" no nouns; an -ed word after "have" or a subject pronoun, and a word a
  // possessive owns at a clause's end, are no adjectives. 21: plurals in -ists ("separatists") are no verbs
  // either; a word between a plural and "ahead" or "forward" is no noun ("the secessionists press ahead"); a word
  // right before "said" is no adjective ("The Russian embassy said"). 22: an adjective in -less ("reckless") is
  // no noun. 23: "Mt." and "Ft." keep their period and end no sentence ("Mt. Cook"). 24: nor do they after a
  // hyphen ("Aoraki-Mt. Cook"); "after", "from", "with"... are never adjectives ("Man dead after Ruapehu fall").
  // 25: a headline's first word read as a verb before a noun in -s is a name ("Trump/VERB slams caravan"); a verb
  // in -s after a singular subject before a direction is a verb ("the caravan marches north"); a base form after a
  // singular common noun a determiner opens is a noun ("called the migrant caravan an invasion"). 26: a verbless
  // headline with a noun in -s between a noun and its object keeps that reading, so the noun becomes its verb
  // ("Varo slaps new tariffs ... ahead of summit"), not the tagger's next reading with a verb ("summit/VERB"). 27:
  // "unless", "although", "whereas", "because", "whether" are never adjectives ("the government unless/ADJ Democrats").
  // 28: dotted initials keep their period before a capitalised word ("The U.N. Security Council"); a number has
  // a digit or a number's word ("Rogue regime/NUM 's missile"), and a word of letters is no symbol ("iPhone/SYM").
  // 29: a capitalised word after a word is no verb, adverb or (unless one) determiner; a headline's word its body
  // writes as a name is a name or a noun (those words are part of a headline's key); a headline's object before a
  // base form is a noun; names joined by "and" take a base-form verb. 30: the word after "to" that a verb asking
  // for a deed governs is a verb; a relative clause's verb is no main verb. 31: a plural subject's verb before its
  // particle is a verb ("shot down"). 32: a lower-case word is no name's; after a preposition a verb is in -ing.
  // 33: a past form before "dead" is a verb ("shot dead"). 34: a verb of intent in -s before "to" after a name is
  // a verb ("GM plans to"); a sentence's first word before a capitalised word is no verb ("Ford Motor Company").
  // 35: a lead in capitals is read in sentence case ("AN EARTHQUAKE killed"); a team's number-name ("76ers") is
  // capitalised. 36: a participle right after a form of "have" is no noun nor adjective ("had chosen/NOUN
  // confrontation", "had won/ADJ 10 games"). 37: an adverb may stand between ("has repeatedly slammed/ADJ"); a
  // name's noun read as a verb is a noun after hyphenated or numbered modifiers too ("a two-day NATO summit/VERB"),
  // and after "a" and a noun plural without an -s ("a police sergeant/VERB"); a past form before "and" and another
  // is a verb ("a police officer shot/NOUN and killed"); a form in -ing a day owns, or that heads adjectives after an
  // article, is a noun ("Monday's shooting/VERB of", "a fatal shooting/VERB."). 38: a sentence's first word the article
  // writes as a name inside a sentence is read as a name's ("Trump/VERB won/ADJ 306 votes"). 39: a compound adjective
  // the model cut at its hyphen is one word ("gas-rich"); a headline's second clause after a comma has its verb; a
  // word in single quotation marks closes no possessive. 40: a word that can only be a verb is one after "to".
  // 41: each clause of a headline a semicolon divides is read for its verb on its own; "rose", "fell", "left" after a
  // plural noun or a name and before an adverb, a number or a preposition are verbs. 42: a word an article opens
  // is no verb's base form ("the crown/VERB prince"), nor an adverb where it is a noun in -ly ("a U.S. ally/ADV").
  // 43: a compound the model cut before a participle in -ing is one word ("job-killing"). 44: "rose", "fell", "left",
  // "tore" after a singular noun too ("the mob tore down"). 45: a coordinating conjunction is one of a closed list
  // ("Yevgeny/CCONJ Prigozhin"). 46: "general" after an office it completes is a noun ("the attorney general/ADJ").
  // 47: a headline's verb is sought before a clause "as", "after"... open ("police fire tear gas as protesters
  // storm"), and before an object's noun read as a verb ("Rioters trash Orsk legislature/VERB"); a plural of a noun
  // for people is no verb in -s ("Orsk protesters/VERB occupy"); "police fire" takes the base form. 48: a headline's
  // first word, a singular common noun the body writes in lower case only, is no name ("Man/PROPN charged"). 49: a
  // form in -ing after a noun, before a name or a determiner, is no adjective ("a memo faulting/ADJ Comey's"). 50: in a
  // headline, a form in -ing before a noun in -s is a noun, and that word the verb ("firing/VERB sparks/NOUN outrage").
  // 51: a headline's second clause after a comma, its verb read so, leaves the first clause's verb to be found
  // ("caravan storms/NOUN town, demands/VERB entry").
  static final int VERSION = 51;

  private static final String ORGANISATION_HEADS =
      String.join(" ", new java.util.TreeSet<>(FramingLexicon.bundled().organisationHeads));

  /**
   * The tagger reads a verb after a name as a noun only when the noun lists know the word, and a word
   * before a name as a given name only when the given names list it.
   */
  private static final String WORD_LISTS = FramingLexicon.bundled().commonNounsFingerprint()
      + "/" + FramingLexicon.bundled().givenNames.hashCode();

  private static final String MODELS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4 opennlp-en-ud-ewt-pos-1.3-2.5.4";

  private final ResultCache cache;

  TaggingCache(ResultCache cache) {
    this.cache = cache;
  }

  /** The key of {@code article}'s tokens when its headline is read as {@code headline} (see {@link Tagger#tag(Article, int, String)}). */
  CacheKey key(Article article, String headline) {
    String text = article.text() == null ? "" : article.text();
    // The tagger keeps "Manufacturers'" whole before an organisation's head of the bundled lexicon, and
    // reads a base form after a name as a noun the noun lists know: a change to those lists changes its tokens.
    CacheKey.Builder b = CacheKey.of(KIND).add(VERSION).add(MODELS).add(ORGANISATION_HEADS).add(WORD_LISTS).add(text)
        .add(article.sentences().size());
    for (TextRange r : article.sentences()) {
      b.add(r.start()).add(r.end());
    }
    return b.add(headline == null ? "" : headline).build();
  }

  /** The stored tokens of {@code article}, or {@code null}. */
  List<Tok> load(CacheKey key, Article article) {
    int length = article.text() == null ? 0 : article.text().length();
    return cache.get(key).map(bytes -> decode(bytes, length)).orElse(null);
  }

  void store(CacheKey key, List<Tok> tokens) {
    cache.put(key, encode(tokens));
  }

  static byte[] encode(List<Tok> tokens) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(tokens.size());
      for (Tok t : tokens) {
        out.writeInt(t.start());
        out.writeInt(t.end());
        out.writeInt(t.sentence());
        out.writeInt(t.quote());
        string(out, t.text());
        string(out, t.lower());
        string(out, t.tag());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  /** The tokens in {@code bytes}, or {@code null} if they are not tokens of a text this long. */
  static List<Tok> decode(byte[] bytes, int textLength) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      int n = in.getInt();
      if (n < 0 || n > in.remaining() / 28) {
        return null;
      }
      List<Tok> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int start = in.getInt();
        int end = in.getInt();
        int sentence = in.getInt();
        int quote = in.getInt();
        String text = string(in);
        String lower = string(in);
        String tag = string(in);
        if (text == null || lower == null || tag == null || start < 0 || end < start || end > textLength) {
          return null;
        }
        out.add(new Tok(start, end, text, lower, tag, sentence, quote));
      }
      return in.hasRemaining() ? null : out;
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String string(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining() / 2) {
      return null;
    }
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = in.getChar();
    }
    return new String(c);
  }
}
