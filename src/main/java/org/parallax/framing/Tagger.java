package org.parallax.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.parallax.corpus.Article;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextRange;
import org.parallax.text.Tokenizer;
import org.parallax.text.Tok;

/**
 * Words and their parts of speech (Universal Dependencies tags: NOUN, PROPN, ADJ, DET...) for an
 * article, from the bundled OpenNLP English UD models, sentence by sentence, as {@link Tok}s with
 * character offsets into the article's cleaned text and their sentence's index; {@code lower} is
 * {@link Words#fold}.
 *
 * <p>After tagging: a possessive ending is its own token ({@code Moscow's} → {@code Moscow} + {@code
 * 's}, tag {@code POSS}); words joined by a hyphen or slash without spaces are one token ({@code
 * foreign-sponsored}, {@code al-Assad}, {@code ISIS/ISIL}), since a compound is one word for
 * chunking.
 *
 * <p>Thread-safety: the models are shared and immutable; every call makes its own tokenizer and
 * tagger (OpenNLP's are not thread-safe), so {@link #tag} may run on several threads at once.
 * Sentences already tagged in this instance are reused (copied wire text repeats sentences).
 */
final class Tagger {

  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private record Models(TokenizerModel tokens, POSModel pos) {}

  private static volatile Models models;

  /** A sentence's raw tokens and tags, relative to the sentence start. */
  private record Tagged(Span[] spans, String[] tags) {}

  /** Before a headline's text in the cache of taggings: a headline is tagged as a clause, a body line of the same words need not be. */
  private static final String HEADLINE_KEY = "\u0000headline\u0000";

  /** Before a body sentence's text in the cache of taggings where its first word is read as a name ({@link #openedByName}). */
  private static final String OPENED_BY_NAME_KEY = "\u0000opened by a name\u0000";

  private final Map<String, Tagged> cache = new ConcurrentHashMap<>();

  /** Loads the models now (on a background thread it overlaps with reading the corpus). */
  static void prepare() {
    models();
  }

  private static Models models() {
    Models m = models;
    if (m == null) {
      synchronized (Tagger.class) {
        m = models;
        if (m == null) {
          try (InputStream t = Tagger.class.getResourceAsStream(TOKENS);
              InputStream p = Tagger.class.getResourceAsStream(POS)) {
            if (t == null || p == null) {
              throw new IllegalStateException("OpenNLP English UD models are missing from the class path");
            }
            m = new Models(new TokenizerModel(t), new POSModel(p));
          } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP models cannot be read", e);
          }
          models = m;
        }
      }
    }
    return m;
  }

  /** The tokens of {@code article}, in text order. */
  List<Tok> tag(Article article) {
    List<Tok> out = new ArrayList<>();
    for (int r = 0; r < runs(article); r++) {
      out.addAll(tag(article, r));
    }
    return out;
  }

  /**
   * How many runs of sentences {@code article} is tagged in: a long article is cut into runs so that
   * all cores can share it (each run with its own OpenNLP instances, which are not thread-safe). The
   * runs' tokens, in order, are the article's tokens.
   */
  static int runs(Article article) {
    return (sentencesOf(article).size() + RUN - 1) / RUN;
  }

  /** The tokens of run {@code run} of {@code article} (see {@link #runs}). */
  List<Tok> tag(Article article, int run) {
    return tag(article, run, null);
  }

  /**
   * The tokens of run {@code run} of {@code article}, its headline read as {@code headline} when that is
   * not {@code null}: the same characters in the case the corpus writes them in ({@link
   * org.parallax.text.HeadlineCase}); the tokens' words are then in that case, their places the article's.
   */
  List<Tok> tag(Article article, int run, String headline) {
    List<TextRange> sentences = sentencesOf(article);
    String text = article.text() == null ? "" : article.text();
    if (headline != null && article.headline() != null && headline.length() == article.headline().length()
        && article.headline().start() == 0) {
      text = headline + text.substring(headline.length());
    }
    return tag(models(), article, text, sentences, run * RUN, Math.min(sentences.size(), (run + 1) * RUN));
  }

  /** The sentences tagged: the article's, or its whole text when it has none. */
  private static List<TextRange> sentencesOf(Article article) {
    String text = article.text() == null ? "" : article.text();
    List<TextRange> sentences = article.sentences();
    if (sentences.isEmpty() && !text.isBlank()) {
      return List.of(new TextRange(0, text.length()));
    }
    return sentences;
  }

  /** Sentences tagged in one run. */
  private static final int RUN = 400;

  /** Tokens of {@code article}'s sentences {@code [from, to)}, read in {@code text} (its text, the headline perhaps recased). */
  private List<Tok> tag(Models m, Article article, String text, List<TextRange> sentences, int from, int to) {
    TokenizerME tokenizer = new TokenizerME(m.tokens());
    ClosedClassTagger tagger = new ClosedClassTagger(m.pos());
    List<Tok> out = new ArrayList<>();
    for (int s = from; s < to; s++) {
      TextRange r = sentences.get(s);
      boolean heading = article.inHeadline(r.start(), r.end());
      String lead = heading ? null : leadInCapitals(r.of(text), text);
      if (lead != null) {
        text = text.substring(0, r.start()) + lead + text.substring(r.end()); // the same characters, recased
      }
      String sentence = r.of(text);
      String key = sentence;
      Set<Integer> names = Set.of();
      Span[] tokenized = null;
      if (heading) {
        // A headline's word that its body writes as a name is no verb ("Trump/VERB rips up Iran deal/VERB").
        tokenized = cannotSplit(tokenizer.tokenizePos(sentence), sentence);
        names = namedInBody(Span.spansToStrings(tokenized, sentence), text, r.end());
        key = HEADLINE_KEY + names + sentence;
      } else if (openedByName(sentence, text)) {
        // So is a sentence's first word that the article writes as a name inside a sentence ("Trump/VERB won/ADJ").
        names = Set.of(0);
        key = OPENED_BY_NAME_KEY + sentence;
      }
      Tagged t = cache.get(key);
      if (t == null) {
        Span[] spans = tokenized != null ? tokenized : cannotSplit(tokenizer.tokenizePos(sentence), sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        tagger.names(names);
        t = new Tagged(spans, words.length == 0 ? new String[0] : withVerb(tagger, words, heading));
        tagger.names(Set.of());
        cache.put(key, t);
      }
      List<Tok> raw = new ArrayList<>(t.spans().length + 4);
      Span[] spans = t.spans();
      for (int i = 0; i < spans.length; i++) {
        int start = r.start() + spans[i].getStart();
        int end = r.start() + spans[i].getEnd();
        String tag = t.tags()[i];
        // OpenNLP's tokenizer can cut a character outside the BMP (an emoji) between its two UTF-16
        // halves: such halves make one token.
        while (cutsPair(text, end)) {
          if (i + 1 < spans.length && r.start() + spans[i + 1].getStart() <= end) {
            end = r.start() + spans[++i].getEnd();
          } else {
            end++;
          }
        }
        // Spaces OpenNLP does not know (zero-width space, BOM, NEL) are not part of a word.
        TextRange word = SentenceSplitter.trimmed(text, start, end);
        if (word.start() < word.end()) {
          split(text, word.start(), word.end(), tag, s, raw);
        }
      }
      List<Tok> read = verbsWithParticles(infinitives(relativeVerbs(countsAfterPlurals(timeAdverbials(pluralPossessivesInNames(verbsAfterSubjects(nounsAfterPossessives(givenNamesBeforeNames(
          nounsAfterModifyingNames(nounsAfterArticles(pastsAfterSubjects(pluralsBeforeVerbs(gerundsHeadingPhrases(countedCompounds(generalsAfterOffices(noConjunctions(join(text, raw))))))))))))))))));
      out.addAll(heading ? headlineVerb(read, text, r.end()) : read);
    }
    return out;
  }

  /** An article in capitals opening a lead in capitals ("AN EARTHQUAKE killed", "A HUGE fire has"), and the words after it. */
  private static final java.util.regex.Pattern LEAD_IN_CAPITALS =
      java.util.regex.Pattern.compile("(A|AN|THE)((?: [A-Z][A-Z-]*[A-Z])+)(?= [a-z])");

  /**
   * {@code sentence} with its lead in capitals in sentence case, or null where it has none: some outlets set
   * an article's first words in capitals ("AN EARTHQUAKE killed six children", "A HUGE fire has almost totally
   * destroyed"), which read as names ("EARTHQUAKE" a thing's). Only adjectives (adjectives.json) and the
   * words the article's {@code text} writes in lower case elsewhere are lowercased; acronyms stay, though
   * WordNet lists some as nouns ("A NATO official said", "THE US military", "A CIA report"). The characters
   * keep their places.
   */
  static String leadInCapitals(String sentence, String text) {
    java.util.regex.Matcher m = LEAD_IN_CAPITALS.matcher(sentence);
    if (!m.lookingAt()) {
      return null;
    }
    FramingLexicon lexicon = FramingLexicon.bundled();
    StringBuilder out = new StringBuilder(sentence);
    boolean changed = false;
    int at = m.start(2);
    for (String w : m.group(2).substring(1).split(" ")) {
      at++; // the space before the word
      String lower = w.toLowerCase(Locale.ROOT);
      if (lexicon.adjectives.contains(lower) || writtenInLowerCase(text, lower)) { // (letters A-Z: same length)
        out.replace(at, at + w.length(), lower);
        changed = true;
      }
      at += w.length();
    }
    if (!changed) {
      return null;
    }
    String article = m.group(1);
    out.replace(0, article.length(), article.charAt(0) + article.substring(1).toLowerCase(Locale.ROOT));
    return out.toString();
  }

  /** Whether {@code text} holds {@code word} in lower case as a word of its running text. */
  private static boolean writtenInLowerCase(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      // Between spaces or before a comma or a stop (not in an address: "www.nato.int").
      if (at > 0 && text.charAt(at - 1) == ' ' && (end == text.length() || " ,;:!?)".indexOf(text.charAt(end)) >= 0
          || text.charAt(end) == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokens with "cannot" as the two words it is, "can" and "not", as the model was taught them (left
   * whole, it is read as a particle, a verb or a noun: "cannot/NOUN :", "science cannot/VERB draw").
   */
  private static Span[] cannotSplit(Span[] spans, String sentence) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      if (sp.length() == 6 && sentence.regionMatches(true, sp.getStart(), "cannot", 0, 6)) {
        if (out == null) {
          out = new ArrayList<>(List.of(spans).subList(0, i));
        }
        out.add(new Span(sp.getStart(), sp.getStart() + 3));
        out.add(new Span(sp.getStart() + 3, sp.getEnd()));
      } else if (i > 0 && hyphenedOn(spans[i - 1], sp, sentence)) {
        // "gas-rich", "nuclear-armed": the model cut a compound at its hyphen ("gas" "-rich"); one word, as
        // "oil-rich" and "war-torn" are to it.
        if (out == null) {
          out = new ArrayList<>(List.of(spans).subList(0, i));
        }
        Span before = out.remove(out.size() - 1);
        out.add(new Span(before.getStart(), sp.getEnd()));
      } else if (out != null) {
        out.add(sp);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * Whether {@code sp} is a hyphen and the second word of a compound adjective right after the word {@code
   * before}, with no space: a participle in lower case ("-armed", "-killing") or a word that makes such adjectives
   * ("-rich", "-led"); not a count's unit ("three-hour", which the model reads well cut) nor a name ("Russia-US").
   */
  private static boolean hyphenedOn(Span before, Span sp, String sentence) {
    if (sp.getStart() != before.getEnd() || sp.length() < 3 || sentence.charAt(sp.getStart()) != '-'
        || !Character.isLetter(sentence.charAt(before.getEnd() - 1))) {
      return false;
    }
    String second = sentence.substring(sp.getStart() + 1, sp.getEnd());
    return second.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && (second.endsWith("ed") || second.length() > 5 && second.endsWith("ing") || ADJECTIVE_MAKERS.contains(second));
  }

  /** Second words of compound adjectives: "gas-rich", "war-torn", "state-run", "Iran-born". */
  private static final Set<String> ADJECTIVE_MAKERS = Set.of("rich", "poor", "run", "torn", "hit", "led", "held", "born",
      "made", "built", "wide", "free", "friendly", "style", "like", "sponsored", "prone", "ridden", "bound", "linked");

  /**
   * The tags of a sentence: the tagger's best sequence, or, when that has no main verb ("The order
   * targets/NOUN travelers from Iran", "The policy bars/NOUN most citizens of Iran from entering the
   * country"), the most probable of its other candidate sequences that has one. A sentence (capitalised,
   * ending in a full stop, question or exclamation mark) has a verb, and so has an article's headline of
   * three words or more, which drops its articles and puts verbs in -s after names ("Lohan checks/NOUN
   * into rehab", "Red Sox offer/NOUN Teixeira $200 million"); one none of whose readings gives one, and
   * any other heading or fragment, keeps its best.
   */
  private static String[] withVerb(POSTaggerME tagger, String[] words, boolean headline) {
    String[] best = tagger.tag(words);
    int phraseEnd = headline ? verbOnlyAfterPreposition(best) : -1;
    if (phraseEnd >= 0) {
      best = best.clone(); // "ahead of Tallport summit/VERB": the last word of a phrase, no verb
      best[phraseEnd] = "NOUN";
    }
    if (headline ? words.length < 3 || hasMainVerb(words, best)
        : words.length < 4 || hasMainVerb(words, best) || !Character.isLetter(words[0].charAt(0))
            || !Character.isUpperCase(words[0].charAt(0)) || !words[words.length - 1].matches("[.!?]")) {
      return best; // a heading, a caption or a piece of a sentence cut at "a." need have no verb
    }
    for (opennlp.tools.util.Sequence s : tagger.topKSequences(words)) {
      String[] tags = s.getOutcomes().toArray(new String[0]);
      if (tags.length == words.length && hasMainVerb(words, tags) && !(headline && verbOnlyAfterPreposition(tags) >= 0)) {
        return tags;
      }
    }
    return best;
  }

  /**
   * Whether a verb or auxiliary stands in the sentence other than a participle in -ing or a verb after
   * a preposition or "to" ("from entering", "to fund"): a clause's own verb.
   */
  private static boolean hasMainVerb(String[] words, String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      String tag = baseTag(tags[i]);
      if (tag.equals("AUX")) {
        return true;
      }
      if (tag.equals("VERB") && !words[i].endsWith("ing")) {
        String before = i == 0 ? "" : baseTag(tags[i - 1]);
        // Nor a relative clause's verb ("millionaires who disrespect the flag").
        if (!before.equals("ADP") && !before.equals("PART") && !before.equals("SCONJ")
            && !(i > 0 && RELATIVES.contains(words[i - 1].toLowerCase(Locale.ROOT)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} is a verb's past form that no noun list knows, and so is no noun: "which
   * the Supreme Court upheld/NOUN last week", "the jury convicted/NOUN him". After an article the word may
   * be a people described ("the undocumented") and stays as read.
   */
  private static boolean pastTense(String[] words, int i) {
    String w = words[i].toLowerCase(Locale.ROOT);
    boolean past = w.length() >= 5 && (w.endsWith("ed") || w.endsWith("held") || w.endsWith("took") || w.endsWith("brought"))
        || IRREGULAR_PAST.contains(w);
    if ((past || PAST_LIKE_NOUNS.contains(w)) && Character.isLowerCase(words[i].charAt(0)) && i + 2 < words.length && words[i + 1].equals("and")
        && pastForm(words[i + 2]) && i > 0 && !ARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
      return true; // "a police officer shot/NOUN and killed him": two past tenses joined, though "shot" is a noun too
    }
    if (!past || !Character.isLowerCase(words[i].charAt(0)) || FramingLexicon.bundled().isCommonNoun(w)) {
      return false;
    }
    String before = i == 0 ? "" : words[i - 1].toLowerCase(Locale.ROOT);
    return !before.equals("the") && !before.equals("a") && !before.equals("an");
  }

  /** Whether a word in lower case is a past form: in -ed, or an irregular past tense ("killed", "wounded", "beat"). */
  private static boolean pastForm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return word.equals(w) && (w.length() >= 5 && w.endsWith("ed") || IRREGULAR_PAST.contains(w));
  }

  /** Past tenses that are nouns too, as the past before "and" and another past is not: "shot and killed", "beat and robbed". */
  private static final Set<String> PAST_LIKE_NOUNS = Set.of("shot", "hit", "beat", "cut", "hurt", "struck", "kicked",
      "punched", "stabbed", "attacked", "raped", "robbed");

  /**
   * Whether the word at {@code i} is a form in -ing after a nationality, and so a noun: "of Venezuelan
   * meddling in the vote", "the Syrian fighting" (a nationality takes no verb: "Venezuelan/PROPN meddling/VERB").
   */
  private static boolean gerundAfterNationality(String[] words, int i) {
    return i > 0 && words[i].length() > 4 && words[i].endsWith("ing") && Character.isLowerCase(words[i].charAt(0))
        && FramingLexicon.bundled().nationalities.containsKey(words[i - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a capitalised word follows a capitalised word mid-sentence, as a name's part does: "Kim Yo Jong"
   * (read Yo/PRON, which split the name); never "I".
   */
  private static boolean insideName(String[] words, int i) {
    String w = words[i];
    return i > 0 && !w.equals("I") && !w.startsWith("I'") && !w.startsWith("I’") && Character.isUpperCase(w.charAt(0))
        && w.chars().skip(1).allMatch(Character::isLowerCase)
        && Character.isUpperCase(words[i - 1].charAt(0)) && Character.isLetter(words[i - 1].charAt(words[i - 1].length() - 1));
  }

  /**
   * Nouns made of a verb and its particle written as one word: the verb is two words ("shut down", "crack
   * down"), so the one word is never a verb ("A partial government shutdown/VERB entered its third week").
   */
  static final Set<String> PARTICLE_NOUNS = Set.of("shutdown", "shutdowns", "crackdown", "crackdowns", "breakdown",
      "breakdowns", "lockdown", "lockdowns", "showdown", "showdowns", "slowdown", "slowdowns", "meltdown", "meltdowns",
      "standoff", "standoffs", "takeover", "takeovers", "walkout", "walkouts", "setback", "setbacks", "bailout",
      "bailouts", "buyout", "buyouts", "cutback", "cutbacks", "rollback", "rollbacks", "pullout", "pullouts", "handover",
      "handovers", "turnout", "turnouts", "layoff", "layoffs", "kickback", "kickbacks", "payout", "payouts", "sellout",
      "sellouts", "blowout", "blowouts", "countdown", "countdowns", "holdout", "holdouts", "drawdown", "drawdowns",
      "shakeup", "shakeups", "stopover", "stopovers", "breakthrough", "breakthroughs", "outbreak", "outbreaks",
      "outcry", "downturn", "downturns", "upturn", "uprising", "uprisings", "walkback");

  /**
   * Prepositions and subordinators that are never adjectives, which the model reads so ("Man dead after/ADJ
   * Ruapehu fall", "to reopen the government unless/ADJ Democrats give").
   */
  static final Set<String> NEVER_ADJECTIVES = Set.of("after", "from", "with", "into", "onto", "of", "at", "by", "for",
      "to", "than", "toward", "towards", "upon", "via", "amid", "among", "amongst", "despite", "during", "without", "within",
      "against", "across", "between", "through", "throughout", "until", "unlike", "versus", "unless", "although",
      "whereas", "because", "whether");

  /** The particles of the model's tag set: the infinitive's "to" and the negation (possessive endings are split off first). */
  static final Set<String> PARTICLES = Set.of("to", "not", "n't", "n\u2019t");

  /**
   * The coordinating conjunctions, and function words the model may read as one ("than", "as", "whether"): no other
   * capitalised word is one ({@link #noConjunctions}).
   */
  static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "yet", "so", "plus", "minus", "either",
      "neither", "both", "&", "versus", "vs", "vs.", "v.", "and/or", "'n'", "n'", "'n", "et", "than", "whether", "as");

  /** Words of place, manner and condition that are never nouns ("politics ahead/NOUN of national security"). */
  static final Set<String> NEVER_NOUNS = Set.of("ahead", "instead", "apart", "abroad", "aboard", "alongside", "amid",
      "despite", "toward", "towards", "afterward", "afterwards", "beforehand", "meanwhile", "nonetheless", "nevertheless",
      "unless", "although", "whereas");

  /**
   * Whether the word at {@code i} is capitalised, with small letters after its first, right after a word
   * inside its sentence: a name's word, never a verb or an adverb ("President Trump/VERB plans new tariffs",
   * "Justices back Trump/VERB on travel"). After punctuation or a quotation mark it may open a quoted clause.
   */
  static boolean capitalisedAfterWord(String[] words, int i) {
    if (i == 0 || !capitalisedWithSmall(words[i])) {
      return false;
    }
    String previous = words[i - 1];
    return Character.isLetterOrDigit(previous.charAt(previous.length() - 1));
  }

  /**
   * Whether word {@code i} is an article opening a clause before a word in lowercase, and so no name: "A"
   * after a dateline's dash ("WASHINGTON - A/PROPN partial U.S. government shutdown"), where the tagger
   * reads a capital mid-sentence as a name's. "The Hague", "Plan A is" stay names.
   */
  private static boolean articleOpeningClause(String[] words, int i) {
    String w = words[i];
    if (!w.equals("A") && !w.equals("An") && !w.equals("The") || i + 1 >= words.length
        || !Character.isLowerCase(words[i + 1].charAt(0))) {
      return false;
    }
    return i == 0 || !Character.isLetterOrDigit(words[i - 1].charAt(words[i - 1].length() - 1));
  }

  /**
   * Whether {@code word} is the plural of a noun in -ee or -ist ("refugees", "committees", "employees";
   * "separatists", "activists", "journalists"), which the model reads as a verb after a name ("Rohingya
   * refugees/VERB now live", "Catalan separatists/VERB went"); the verbs in -ees and -ists are few and listed.
   */
  private static boolean pluralInEesOrIsts(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    boolean ees = w.endsWith("ees") && !VERBS_IN_EES.contains(w);
    boolean ists = w.endsWith("ists") && !VERBS_IN_ISTS.contains(w);
    return w.length() > 4 && (ees || ists) && FramingLexicon.bundled().isCommonNoun(w.substring(0, w.length() - 1));
  }

  /**
   * Whether a word is an adjective in "-less" ("reckless", "baseless", "ruthless"), which the model reads
   * as a noun after "was" or in quotation marks; not "the homeless", nor "wireless".
   */
  private static boolean adjectiveInLess(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.length() >= 7 && lower.endsWith("less") && lower.chars().allMatch(Character::isLetter)
        && !NOUNS_IN_LESS.contains(lower);
  }

  private static final Set<String> NOUNS_IN_LESS = Set.of("homeless", "wireless", "nevertheless");

  /** Verbs of intent in -s that are also plural nouns, and take "to" and a verb ("GM plans to cut jobs"). */
  private static final Set<String> INTENT_VERBS = Set.of("plans", "hopes", "aims", "vows", "pledges", "promises",
      "offers", "attempts", "bids", "moves", "tries", "fails", "struggles", "votes", "needs", "wants", "seeks",
      "threatens", "agrees", "refuses", "intends", "expects", "decides", "prepares", "continues", "looks", "wishes");

  /**
   * Whether word {@code i} is a verb of intent in -s ({@link #INTENT_VERBS}) before "to", right after a name
   * or after "The" and a noun that open the sentence: the subject's verb, not a plural noun ("GM plans/NOUN
   * to lay off 47,000 employees" was one phrase, "GM plans"; "The company plans to"). Not after a possessive
   * ("Trump's plans to") nor after a lower-case compound ("health care plans to be offered").
   */
  private static boolean intentAfterSubject(String[] words, int i, String[] outcomes) {
    if (i == 0 || i + 1 >= words.length || !words[i + 1].equalsIgnoreCase("to")
        || !INTENT_VERBS.contains(words[i].toLowerCase(Locale.ROOT))) {
      return false;
    }
    String prev = words[i - 1];
    if (Character.isUpperCase(prev.charAt(0)) && prev.codePoints().allMatch(Character::isLetterOrDigit)) {
      return true;
    }
    return i == 2 && DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) && outcomes.length > 1
        && baseTag(outcomes[1]).equals("NOUN") && !prev.toLowerCase(Locale.ROOT).endsWith("s");
  }

  /**
   * Whether word {@code i} opens its sentence with a capital and a capitalised word follows it (small
   * letters after its first): the first word of a name, not an imperative ("Ford/VERB Motor Company plans to
   * cut jobs"), unless it is a participle ("Following Mountain Lion, Apple", "Injured Saints RB Reggie Bush").
   */
  private static boolean nameOpeningSentence(String[] words, int i) {
    if (i != 0 || words.length < 3 || !Character.isUpperCase(words[0].charAt(0))) {
      return false;
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    if ((first.endsWith("ing") || first.endsWith("ed")) && !FramingLexicon.bundled().givenNames.contains(Words.fold(words[0]))) {
      return false; // a participle opening a clause: "Choosing DeGeneres", "Following Mountain Lion"; not "Majed Hamdan"
    }
    return capitalisedWithSmall(words[1]) && words[1].codePoints().allMatch(Character::isLetter);
  }

  /** Whether a word has a capital first and small letters after it ("Trump", "McCain"; not "US", "A"). */
  private static boolean capitalisedWithSmall(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isLowerCase);
  }

  /**
   * Whether word {@code i} stands between a plural and "ahead" or "forward", and so is the plural's verb ("if
   * the secessionists press ahead", "the talks move forward"), not a noun of a compound with it.
   */
  private static boolean verbBeforeAhead(String[] words, int i) {
    if (i == 0 || i + 1 >= words.length) {
      return false;
    }
    String next = words[i + 1].toLowerCase(Locale.ROOT);
    String before = words[i - 1];
    String w = words[i].toLowerCase(Locale.ROOT);
    return (next.equals("ahead") || next.equals("forward")) && before.length() > 3 && before.endsWith("s")
        && !before.endsWith("ss") && Character.isLowerCase(before.charAt(0)) && (!w.endsWith("s") || w.endsWith("ss"))
        && Character.isLowerCase(words[i].charAt(0));
  }

  /**
   * Verbs of saying in the past or present: the word right before one ends its subject, a noun, never an
   * adjective ("The Russian embassy/ADJ said").
   */
  private static final Set<String> SAID = Set.of("said", "says", "told", "tells", "added", "stated", "announced", "warned");

  private static final Set<String> VERBS_IN_EES = Set.of("sees", "agrees", "disagrees", "frees", "flees", "decrees",
      "guarantees", "oversees", "foresees", "referees", "emcees", "tees", "pees", "glees");

  private static final Set<String> VERBS_IN_ISTS = Set.of("exists", "insists", "persists", "resists", "assists",
      "consists", "enlists", "twists", "lists", "desists", "subsists", "coexists", "blacklists", "shortlists",
      "whitelists", "mists", "hoists", "foists", "fists", "relists", "delists");

  /**
   * Whether word {@code i} is a form in -ed right after one of {@code before}, and so a verb: a participle
   * after "have" ("had obtained/ADJ data"), a past tense after a subject pronoun ("It detailed/ADJ horrific
   * atrocities").
   */
  private static boolean edAfter(String[] words, int i, Set<String> before) {
    return i > 0 && edAfter(words, i, i - 1, before);
  }

  /**
   * Whether word {@code i}, a form in -ing after a common noun, opens the clause that the name or determined
   * phrase after it is the object of, and so is no adjective: "a memo faulting/ADJ Comey's handling", "a letter
   * urging/ADJ the senators" (read as one phrase, "a memo faulting Comey"). A day or month after it is no
   * object ("a news briefing Tuesday").
   */
  private static boolean participleTakingObject(String[] words, int i, String[] tagsBefore) {
    if (i == 0 || i + 1 >= words.length || tagsBefore.length < i || words[i].length() <= 5 || !words[i].endsWith("ing")
        || !words[i].chars().allMatch(Character::isLowerCase) || !baseTag(tagsBefore[i - 1]).equals("NOUN")
        || !words[i - 1].chars().allMatch(Character::isLowerCase)) {
      return false;
    }
    String next = words[i + 1];
    String lower = next.toLowerCase(Locale.ROOT);
    return OBJECT_OPENERS.contains(lower)
        || next.length() > 1 && Character.isUpperCase(next.charAt(0)) && !MONTHS_AND_DAYS.contains(lower);
  }

  /** Whether word {@code i} is a form in -ed in lower case and word {@code at} is one of {@code before}. */
  private static boolean edAfter(String[] words, int i, int at, Set<String> before) {
    return words[i].length() > 4 && words[i].endsWith("ed") && Character.isLowerCase(words[i].charAt(0))
        && before.contains(words[at].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether word {@code i} is a participle right after a form of "have" ("London had chosen/NOUN confrontation",
   * "who had won/ADJ 10 games", "had obtained/ADJ data"): a form in -ed or an irregular participle, in lower case;
   * no noun (which would need a determiner there: "had a shot") nor adjective.
   */
  private static boolean participleAfterHave(String[] words, int i) {
    int h = i - 1;
    while (h > 0 && h >= i - 2 && adverbBeforeParticiple(words[h])) {
      h--; // "has repeatedly slammed/ADJ European countries", "had not yet decided"
    }
    return h >= 0 && (edAfter(words, i, h, HAVE) || IRREGULAR_PARTICIPLES.contains(words[i]) && HAVE.contains(words[h].toLowerCase(Locale.ROOT)));
  }

  /** Whether a word may stand between "have" and its participle: an adverb in -ly, or one of {@link #PARTICIPLE_ADVERBS}. */
  private static boolean adverbBeforeParticiple(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 4 && w.endsWith("ly") && w.equals(word) || PARTICIPLE_ADVERBS.contains(w);
  }

  /** Adverbs without -ly that stand between "have" and a participle: "has long complained", "had not yet decided". */
  private static final Set<String> PARTICIPLE_ADVERBS = Set.of("not", "n't", "never", "already", "also", "long", "just",
      "ever", "since", "still", "yet", "now", "often", "always", "once", "all", "both");

  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("chosen", "taken", "given", "written", "spoken",
      "driven", "broken", "fallen", "forgotten", "forgiven", "frozen", "hidden", "risen", "arisen", "shaken", "stolen",
      "sworn", "thrown", "worn", "torn", "borne", "beaten", "bitten", "drawn", "eaten", "grown", "known", "shown", "flown",
      "blown", "withdrawn", "overtaken", "undertaken", "overthrown", "begun", "gone", "seen", "done", "sung", "rung", "sunk",
      "spun", "struck", "won", "held", "told", "sold", "brought", "bought", "thought", "caught", "taught", "fought",
      "sought", "found", "made", "paid", "said", "sent", "spent", "built", "lost", "left", "meant", "met", "kept", "slept",
      "dealt", "led", "fled", "become", "come", "proven", "ridden", "woken", "forbidden", "mistaken");

  /** Forms of "have", contractions too, before a participle (also read by {@link MentionFinder}). */
  static final Set<String> HAVE = Set.of("has", "had", "have", "having", "'ve", "’ve", "'d", "’d");
  private static final Set<String> SUBJECTS = Set.of("i", "he", "she", "it", "we", "they");

  /**
   * Whether word {@code i} follows a possessive determiner and ends its clause, and so is the noun it
   * owns: "without their consent/ADJ."; an adjective there would have no noun.
   */
  private static boolean ownedAtClauseEnd(String[] words, int i) {
    if (i == 0 || !OWNERS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    return i + 1 == words.length || !Character.isLetterOrDigit(words[i + 1].charAt(0));
  }

  private static final Set<String> OWNERS = Set.of("my", "your", "his", "its", "our", "their");

  /** Past tenses that are never adjectives (unlike "spent", "lit", "hung"): the tagger read "met" as one. */
  private static final Set<String> PAST_NO_ADJECTIVE = Set.of("met", "said", "told", "took", "gave", "went", "came", "saw",
      "began", "became", "grew", "knew", "threw", "flew", "drew", "wrote", "spoke", "chose", "ran", "sat", "drove", "ate",
      "fled", "led", "fought", "sought", "brought", "thought", "taught", "caught", "bought");

  /** Tags a hyphenated compound never takes from its last part ("-in", "-up", "-out" are no words of their own there). */
  private static final Set<String> COMPOUND_FUNCTION_TAGS = Set.of("ADP", "PART", "DET", "PRON", "CCONJ", "SCONJ", "AUX");

  /** Past tenses of irregular verbs (those a noun list knows, "fell", "left", "shot", stay as read). */
  private static final Set<String> IRREGULAR_PAST = Set.of(
      "wore", "tore", "swore", "bore", "stole", "froze", "woke", "shook", "forgot", "forgave", "hid", "bit", "fed",
      "fled", "slid", "spun", "swam", "sang", "rang", "sank", "shrank", "stuck", "dug", "hung", "lit", "slept",
      "swept", "wept", "crept", "dealt", "knelt", "lent", "bent", "spent", "sent", "built", "meant", "sought", "took",
      "gave", "went", "came", "saw", "told", "said", "made", "found", "brought", "thought", "bought", "caught",
      "taught", "fought", "wrote", "spoke", "chose", "began", "became", "grew", "knew", "threw", "flew", "drew",
      "sold", "heard", "kept", "won", "withdrew", "overthrew", "undertook", "underwent", "forbade", "foresaw",
      "overcame", "oversaw", "rode", "strove", "struck", "stung", "swung", "clung", "wrung", "arose", "met", "led", "ran",
      "sat", "drove", "ate");

  /** Whether a word is an auxiliary of {@link #AUXILIARIES}, or one with its negation ("don't", "couldn’t"). */
  private static boolean isAuxiliary(String lower) {
    return AUXILIARIES.contains(lower) || lower.endsWith("n't") || lower.endsWith("n’t") || lower.equals("not");
  }

  /** The auxiliaries, the one closed list a word the tagger reads as one must be in. */
  static final Set<String> AUXILIARIES = Set.of("be", "am", "is", "are", "was", "were", "been", "being", "have", "has",
      "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "ought", "need", "dare", "used", "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'m", "’m",
      "wo", "ca", "sha", "gon", "got", "get", "let");

  /**
   * OpenNLP's tagger whose beam search may give a closed-class tag only to a word of that class. The UD
   * model has no tag dictionary, and now and then tags a noun or a name as a preposition or a punctuation
   * mark, which cuts a noun phrase in two ("Honduran asylum/ADP seekers", "tech giant/ADP IBM", "an Apple
   * iPhone/PUNCT", "the Bush administration/PUNCT 's"): a preposition is one of a known, closed list of
   * words, and a word (but a compound) is no punctuation mark, so any other word takes the best tag of the
   * sequences the model can still choose, and its neighbours may change with it.
   */
  static final class ClosedClassTagger extends POSTaggerME {

    private final SequenceClassificationModel model;

    /**
     * The positions of the words that are names in the sentence tagged next ({@link #names(Set)}): names or
     * nouns, never verbs, adverbs or, unless a people's word ("Syrian"), adjectives ("Trump/ADJ orders/NOUN
     * precision/VERB strikes", "New/ADV Orleans Saints").
     */
    private Set<Integer> names = Set.of();

    private final SequenceValidator<String> closed = (i, words, outcomes, outcome) -> names.contains(i) ? nameTag(words[i], outcome) : switch (baseTag(outcome)) {
      case "ADP" -> PREPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT));
      case "PRON" -> isPronoun(words[i]) && !insideName(words, i);
      case "AUX" -> isAuxiliary(words[i].toLowerCase(Locale.ROOT));
      case "NOUN" -> !pastTense(words, i) && !participleAfterHave(words, i) && !NEVER_NOUNS.contains(words[i].toLowerCase(Locale.ROOT))
          && !verbBeforeAhead(words, i) && !adjectiveInLess(words[i]) && !intentAfterSubject(words, i, outcomes);
      case "VERB" -> !gerundAfterNationality(words, i) && !PARTICLE_NOUNS.contains(words[i].toLowerCase(Locale.ROOT))
          && !pluralInEesOrIsts(words[i]) && !capitalisedAfterWord(words, i) && !nameOpeningSentence(words, i)
          && words[i].codePoints().anyMatch(Character::isLetter) // "cutting 30,000/VERB jobs"
          && !(i > 0 && NO_VERB_AFTER.contains(words[i - 1].toLowerCase(Locale.ROOT)) && !words[i].toLowerCase(Locale.ROOT).endsWith("ing"));
      // A name's word has a capital or a digit, or is a particle of names ("bin", "al-", "de"): "countries that
      // harbor/PROPN terrorists", "a tool of hatred/PROPN".
      case "PROPN" -> !articleOpeningClause(words, i) && (words[i].codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
          || !words[i].codePoints().allMatch(Character::isLetter) || NAME_PARTICLES.contains(words[i].toLowerCase(Locale.ROOT)));
      case "ADJ" -> !PAST_NO_ADJECTIVE.contains(words[i].toLowerCase(Locale.ROOT)) // "Moon Jae-in met/ADJ U.S. President"
          // "an accountant/ADJ walked"; before a form in -ing it may stay one, which keeps the phrase whole
          // ("the automobile manufacturing firm": after a noun the chunker reads "manufacturing" as a clause's verb).
          && !(nounNoAdjective(words[i]) && !(i + 1 < words.length && words[i + 1].endsWith("ing")))
          && !NEVER_ADJECTIVES.contains(words[i].toLowerCase(Locale.ROOT)) // "Man dead after/ADJ Ruapehu fall"
          && !participleAfterHave(words, i) && !ownedAtClauseEnd(words, i) && !edAfter(words, i, SUBJECTS)
          && !participleTakingObject(words, i, outcomes)
          && !(i + 1 < words.length && SAID.contains(words[i + 1].toLowerCase(Locale.ROOT)));
      // A number has a digit or is a number's word ("regime/NUM" of a headline was read so).
      case "NUM" -> isNumber(words[i]);
      // A capitalised word inside a sentence is a name's, no adverb ("Relief and Works Agency/ADV for"), nor
      // a determiner unless it is one ("releasing running back Noah/DET Herron"; "said The/DET New York Times").
      case "ADV" -> !capitalisedAfterWord(words, i);
      // A particle is "to" or "not" ("IE/PART 's data-binding function"), or a compound's part ("how-to").
      case "PART" -> PARTICLES.contains(words[i].toLowerCase(Locale.ROOT)) || words[i].indexOf('-') > 0;
      // Nor a subordinator, which is a word of letters: "declared himself Ruritania/SCONJ 's", "2.7/SCONJ million".
      case "SCONJ" -> !capitalisedAfterWord(words, i) && words[i].codePoints().allMatch(Character::isLetter);
      // At a sentence's start too, a capitalised word is a determiner only if it is one ("Theresa/DET May's government").
      case "DET" -> CAPITALISED_DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT)) || !capitalisedAfterWord(words, i)
          && !(Words.isCapitalised(words[i]) && words[i].length() > 1 && isNameLikeAtStart(words, i))
          && !nounNoAdjective(words[i]); // "submarine cable/DET 130"
      // Nor is a word of letters a symbol ("iPhone/SYM owners"), unless a dash runs two words together
      // ("mines—would", which the tokenizer leaves whole).
      case "SYM" -> !Character.isLetter(words[i].codePointAt(0)) || words[i].indexOf('\u2014') > 0 || words[i].indexOf('\u2013') > 0;
      // A compound the model reads as punctuation ("anti-science", "-US" of "Russia-US") is read by hyphenated().
      case "PUNCT" -> !Character.isLetter(words[i].codePointAt(0)) || words[i].indexOf('-') > 0;
      default -> true;
    };

    /**
     * Whether a word in lower-case letters, no participle ("-ed", "-ing") nor adverb in "-ly", is a common
     * noun the lexicon knows and no adjective ({@link FramingLexicon#nounNoAdjective}): no adjective or
     * determiner to the tagger either (adverbs stay: "right now", "got there").
     */
    private static boolean nounNoAdjective(String word) {
      return word.length() > 2 && word.chars().allMatch(c -> c >= 'a' && c <= 'z') && !word.endsWith("ed")
          && !word.endsWith("ing") && !word.endsWith("ly") && FramingLexicon.bundled().nounNoAdjective(word);
    }

    /** Whether a name's word may be tagged {@code outcome}: as a name or a noun, or an adjective if it is a people's ("Syrian"). */
    private static boolean nameTag(String word, String outcome) {
      String tag = baseTag(outcome);
      return tag.equals("PROPN") || tag.equals("NOUN")
          || tag.equals("ADJ") && FramingLexicon.bundled().nationalities.containsKey(word.toLowerCase(Locale.ROOT));
    }

    ClosedClassTagger(POSModel model) {
      super(model);
      this.model = model.getPosSequenceModel();
    }

    /** Reads the words at {@code positions} as names in the sentences tagged from now on (a headline's). */
    void names(Set<Integer> positions) {
      names = positions;
    }

    @Override
    public String[] tag(String[] words) {
      return model.bestSequence(words, null, cg, closed).getOutcomes().toArray(new String[0]);
    }

    @Override
    public Sequence[] topKSequences(String[] words) {
      return model.bestSequences(size, words, null, cg, closed);
    }
  }

  /**
   * Whether a word can be a number: it holds a digit, is a roman numeral in capitals ("II", "XIV"), or is made of
   * the words of numbers ("twenty-five", "dozen", "million").
   */
  static boolean isNumber(String word) {
    if (word.chars().anyMatch(Character::isDigit) || ROMAN.matcher(word).matches()) {
      return true;
    }
    for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
      if (!NUMBER_WORDS.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** A roman numeral in capitals; compiled once, as the tagger's search asks for every word it may call a number. */
  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]+");

  private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
      "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "trillions",
      "tens", "half", "quarter");

  /**
   * The words the tagger may call a preposition (ADP): English prepositions, the subordinators the UD
   * model also tags so, and the particles of foreign names ("Lula da Silva", "van Gogh", "bin Salman").
   */
  static final Set<String> PREPOSITIONS = Set.of(
      "of", "in", "to", "on", "for", "with", "at", "by", "from", "as", "after", "up", "out", "than", "into",
      "over", "about", "off", "against", "between", "during", "through", "under", "since", "down", "around",
      "like", "before", "without", "among", "across", "near", "until", "within", "because", "behind",
      "inside", "outside", "despite", "along", "per", "toward", "towards", "upon", "throughout", "onto",
      "next", "via", "alongside", "away", "beyond", "below", "above", "past", "round", "amid", "amidst",
      "amongst", "beside", "besides", "unlike", "but", "except", "till", "til", "'til", "atop", "beneath",
      "underneath", "aboard", "opposite", "plus", "minus", "worth", "versus", "vs", "vs.", "v", "v.", "unto",
      "ago", "apart", "ahead", "instead", "together", "back", "if", "whether", "while", "whilst", "once",
      "though", "although", "unless", "whereas", "so", "that", "circa", "ca.", "re", "regarding",
      "concerning", "considering", "following", "including", "excluding", "pending", "notwithstanding",
      "given", "save", "post", "pre", "@", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des",
      "la", "le", "van", "von", "der", "den", "ter", "ten", "y", "e", "al", "el", "bin", "ibn", "bint", "ben",
      "abu", "af", "zu", "o'", "x");

  /**
   * The words the tagger may call a pronoun (PRON): personal, possessive, reflexive, demonstrative,
   * interrogative, relative and indefinite pronouns and their informal spellings. Not a name ("Iceland/PRON
   * answered", "Pyongyang/PRON").
   */
  static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
      "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves",
      "they", "them", "their", "theirs", "themselves", "themself", "one", "ones", "oneself", "one's", "this",
      "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "whoever", "whomever",
      "whatever", "whichever", "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone",
      "everybody", "everything", "noone", "nobody", "nothing", "none", "naught", "aught", "other", "others",
      "another", "each", "either", "neither", "both", "all", "any", "some", "few", "many", "several", "much",
      "more", "most", "less", "least", "little", "enough", "such", "half", "plenty", "lot", "lots", "'s", "s",
      "'em", "em", "ya", "y'", "u", "ye", "thee", "thou", "thy", "thine", "yall", "y'all", "whatsoever",
      "wherever", "whenever", "where", "when", "how", "why", "self", "yo");

  /** Whether {@code word} is a pronoun of {@link #PRONOUNS}, or one with a contracted verb ("I've", "It’s"). */
  static boolean isPronoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    int apostrophe = lower.indexOf('\'', 1);
    return PRONOUNS.contains(lower) || apostrophe > 0 && PRONOUNS.contains(lower.substring(0, apostrophe));
  }

  /** The Universal Dependencies tag of a tagger's outcome, without the features after "+". */
  private static String baseTag(String tag) {
    int plus = tag.indexOf('+');
    return plus > 0 ? tag.substring(0, plus) : tag;
  }

  private static boolean cutsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }

  /** Adds the token, split from quotation marks stuck to it and from its possessive ending. */
  private static void split(String text, int start, int end, String tag, int sentence, List<Tok> out) {
    while (end - start > 1 && isQuoteMark(text.charAt(start))) {
      out.add(new Tok(start, start + 1, text.substring(start, start + 1), text.substring(start, start + 1), "PUNCT", sentence));
      start++;
    }
    int trailing = end;
    while (trailing - start > 1 && isQuoteMark(text.charAt(trailing - 1))) {
      trailing--;
    }
    if (trailing < end) {
      split(text, start, trailing, tag, sentence, out);
      for (int i = trailing; i < end; i++) {
        out.add(new Tok(i, i + 1, text.substring(i, i + 1), text.substring(i, i + 1), "PUNCT", sentence));
      }
      return;
    }
    String w = text.substring(start, end);
    String base = baseTag(tag);
    String lw = Words.fold(w);
    if (lw.length() > 2 && (lw.endsWith("'s")) && !lw.equals("let's") && !lw.equals("it's")
        && !lw.equals("that's") && !lw.equals("there's") && !lw.equals("he's") && !lw.equals("she's")
        && !lw.equals("what's") && !lw.equals("who's")) {
      out.add(tok(text, start, end - 2, possessor(text.substring(start, end - 2), base), sentence));
      out.add(new Tok(end - 2, end, text.substring(end - 2, end), "'s", "POSS", sentence));
      return;
    }
    // A word a single quotation mark opens and closes is quoted, not owning: "tears up 'disastrous' Iran deal".
    if (w.length() > 2 && (w.endsWith("'") || w.endsWith("\u2019")) && start > 0
        && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2018')) {
      split(text, start, end - 1, tag, sentence, out);
      out.add(new Tok(end - 1, end, text.substring(end - 1, end), text.substring(end - 1, end), "PUNCT", sentence));
      return;
    }
    // A plural's or a name's bare apostrophe: "the Chargers' offense", "Jeffs' attorney".
    if (lw.length() > 2 && lw.endsWith("s'") && Character.isLetter(w.charAt(w.length() - 2))) {
      out.add(tok(text, start, end - 1, possessor(text.substring(start, end - 1), base), sentence));
      out.add(tok(text, end - 1, end, "POSS", sentence));
      return;
    }
    if ((lw.equals("'s") || lw.equals("'")) && !out.isEmpty() && out.get(out.size() - 1).end() == start
        && (tag.startsWith("PART") || lw.equals("'s"))) {
      Tok owner = out.get(out.size() - 1);
      String ownerTag = possessor(owner.text(), owner.tag());
      if (!ownerTag.equals(owner.tag())) {
        out.set(out.size() - 1, tok(text, owner.start(), owner.end(), ownerTag, owner.sentence()));
      }
      out.add(tok(text, start, end, "POSS", sentence));
      return;
    }
    // "according to the USGS.": the period of a sentence the tokenizer left on an acronym ("U.S." and
    // listed abbreviations, "CORP.", keep theirs).
    if (w.length() > 2 && w.endsWith(".") && w.substring(0, w.length() - 1).chars().allMatch(c -> c >= 'A' && c <= 'Z')
        && !Tokenizer.isAbbreviation(w.substring(0, w.length() - 1))) {
      out.add(tok(text, start, end - 1, base, sentence));
      out.add(tok(text, end - 1, end, "PUNCT", sentence));
      return;
    }
    out.add(tok(text, start, end, base, sentence));
  }

  /** The tags a possessor never has: it is a noun, whatever the model reads. */
  private static final Set<String> NOT_POSSESSORS = Set.of("VERB", "AUX", "ADV", "ADP", "INTJ", "X", "ADJ");

  /** Words whose "'s" is "is", "has" or "us" ("let's", "here's"), never a possessive. */
  private static final Set<String> CONTRACTED = Set.of("let", "here", "there", "where", "how", "what", "who", "when", "why",
      "that", "this", "it", "he", "she");

  /**
   * The tag of a word that a possessive ending follows: a noun, never a verb, adverb, adjective or
   * preposition ("It is Boeing/VERB's most popular airliner", "Obama/ADV's action" read a name, "Norway/ADJ's
   * capital" at a sentence's start).
   */
  private static String possessor(String word, String tag) {
    if (!NOT_POSSESSORS.contains(tag) || CONTRACTED.contains(Words.fold(word))) {
      return tag;
    }
    return Words.isCapitalised(word) ? "PROPN" : "NOUN";
  }

  private static Tok tok(String text, int start, int end, String tag, int sentence) {
    String w = text.substring(start, end);
    return new Tok(start, end, w, Words.fold(w), tag, sentence);
  }

  /** Capital letters joined by periods, the last period cut off: "U.N", "U.K", "D.C". */
  private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

  /** Joins word + (hyphen or slash) + word written without spaces into one token. */
  private static List<Tok> join(String text, List<Tok> tokens) {
    List<Tok> raw = hyphenated(text, tokens);
    List<Tok> out = new ArrayList<>(raw.size());
    int i = 0;
    while (i < raw.size()) {
      Tok t = raw.get(i);
      // A bare apostrophe between a capitalised word and an institution's head is inside a name: "the
      // Tobacco Manufacturers' Association" (no possessor "Manufacturers"); "Karamanlis' New Democracy" owns.
      if (i + 2 < raw.size() && raw.get(i + 1).isPossessive() && !raw.get(i + 1).text().contains("s")
          && raw.get(i + 1).start() == t.end() && Words.isCapitalised(t.text()) && Words.isCapitalised(raw.get(i + 2).text())
          && raw.get(i + 2).sentence() == t.sentence()
          && FramingLexicon.bundled().organisationHeads.contains(Words.fold(raw.get(i + 2).text()))) {
        out.add(tok(text, t.start(), t.end() + 1, t.tag(), t.sentence()));
        i += 2;
        continue;
      }
      // An abbreviation keeps its period, as the tokenizer of prose keeps it: "Gen. John Jumper"; so does
      // an initial inside a name ("Vincent A. Cianci", "Robert F. Kennedy") and dotted initials before a
      // capitalised word ("The U.N. Security Council", which the model's tokenizer cut as "U.N" and ".").
      if (i + 1 < raw.size() && raw.get(i + 1).text().equals(".") && raw.get(i + 1).start() == t.end()
          && (Tokenizer.isAbbreviation(t.text()) || (isInitial(t.text()) || DOTTED_INITIALS.matcher(t.text()).matches())
              && i + 2 < raw.size() && raw.get(i + 2).sentence() == t.sentence() && raw.get(i + 2).text().length() > 1
              && Words.isCapitalised(raw.get(i + 2).text()))) {
        out.add(tok(text, t.start(), t.end() + 1, t.tag(), t.sentence()));
        i += 2;
        continue;
      }
      int j = i;
      while (j + 2 < raw.size()
          && isJoiner(raw.get(j + 1).text())
          && raw.get(j).end() == raw.get(j + 1).start()
          && raw.get(j + 1).end() == raw.get(j + 2).start()
          && Words.isWord(raw.get(j).text())
          && Words.isWord(raw.get(j + 2).text())
          && !raw.get(j + 2).isPossessive()) {
        j += 2;
      }
      if (j == i) {
        out.add(t);
      } else {
        Tok last = raw.get(j);
        String first = t.lower();
        // A compound's tag: "anti-ISIL", "Soviet-era", "foreign-sponsored" modify; "al-Assad" names.
        String tag = last.tag();
        if (tag.equals("VERB") || isPrefix(first)) {
          tag = "ADJ";
        } else if (COMPOUND_FUNCTION_TAGS.contains(baseTag(tag)) && Words.isCapitalised(t.text())) {
          tag = t.tag(); // "Moon Jae-in", read Jae/PROPN - in/ADP: a name's part, as its capital says
        }
        out.add(new Tok(t.start(), last.end(), text.substring(t.start(), last.end()),
            Words.fold(text.substring(t.start(), last.end())), tag, t.sentence()));
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * The tokens with the hyphenated words the tokenizer cut or mistook made whole: a word cut after its
   * hyphen ("race-" "baiting", "40-" "year") is one word, tagged as its last part; a hyphenated word read
   * as punctuation ("anti-science") is a modifier before a noun, else a noun.
   */
  private static List<Tok> hyphenated(String text, List<Tok> raw) {
    List<Tok> out = new ArrayList<>(raw.size());
    int i = 0;
    while (i < raw.size()) {
      Tok t = raw.get(i);
      if (i + 1 < raw.size() && t.text().length() > 1 && t.text().endsWith("-") && Words.isWord(t.text())
          && raw.get(i + 1).start() == t.end() && Words.isWord(raw.get(i + 1).text()) && !raw.get(i + 1).isPossessive()) {
        Tok next = raw.get(i + 1);
        out.add(tok(text, t.start(), next.end(), next.tag().equals("VERB") ? "ADJ" : next.tag(), t.sentence()));
        i += 2;
      } else if ((t.is("PUNCT") || t.is("SYM")) && t.text().indexOf('-') > 0 && !t.text().endsWith("-") && Words.isWord(t.text())) {
        boolean beforeNoun = i + 1 < raw.size() && (raw.get(i + 1).is("NOUN") || raw.get(i + 1).is("PROPN"));
        out.add(tok(text, t.start(), t.end(), beforeNoun ? "ADJ" : "NOUN", t.sentence()));
        i++;
      } else {
        out.add(t);
        i++;
      }
    }
    return out;
  }

  /**
   * The word a possessive ending owns is a noun, not a verb ("Tuesday's summit/VERB with"), unless a noun
   * follows it, which it modifies ("HP's growing presence").
   */
  private static List<Tok> nounsAfterPossessives(List<Tok> toks) {
    for (int k = 1; k < toks.size(); k++) {
      Tok t = toks.get(k);
      // A form in -ing too after a day's or a time's possessive: "Monday's shooting/VERB of" ("Obama's leaving" may be "is").
      boolean timeOwned = t.lower().endsWith("ing") && k >= 2 && MONTHS_AND_DAYS.contains(toks.get(k - 2).lower())
          && FramingLexicon.bundled().isCommonNoun(t.lower());
      if (t.is("VERB") && toks.get(k - 1).isPossessive() && toks.get(k - 1).sentence() == t.sentence()
          && (!t.lower().endsWith("ing") || timeOwned) && !t.lower().endsWith("ed") && !t.lower().endsWith("en")
          && !VERB_FORMS.contains(t.lower())) { // a contracted "has": "Obama's been clear", "Kim's gone"
        Tok after = k + 1 < toks.size() && toks.get(k + 1).sentence() == t.sentence() ? toks.get(k + 1) : null;
        if (after == null || !after.is("NOUN") && !after.is("PROPN") && !after.is("ADJ")) {
          toks.set(k, t.withTag("NOUN"));
        }
      }
    }
    return toks;
  }

  /**
   * The tokens with "general" after the noun of an office it completes, read as a noun: "the deputy attorney
   * general/ADJ who appointed Mueller", "the surgeon general", "the U.N. secretary general" (the title's head; an
   * adjective there cut the phrase at "attorney"). Not before a noun it qualifies ("the attorney general election").
   */
  private static List<Tok> generalsAfterOffices(List<Tok> toks) {
    for (int k = 1; k < toks.size(); k++) {
      Tok t = toks.get(k);
      if (!t.lower().equals("general") || t.is("NOUN") || t.is("PROPN") || toks.get(k - 1).sentence() != t.sentence()
          || !OFFICES_BEFORE_GENERAL.contains(toks.get(k - 1).lower())) {
        continue;
      }
      boolean qualifies = k + 1 < toks.size() && toks.get(k + 1).sentence() == t.sentence()
          && (toks.get(k + 1).is("NOUN") || toks.get(k + 1).is("ADJ")) && !toks.get(k + 1).is("PROPN");
      if (!qualifies) {
        toks.set(k, t.withTag("NOUN"));
      }
    }
    return toks;
  }

  /** Offices that "general" completes after them: attorney general, surgeon general, secretary general... */
  private static final Set<String> OFFICES_BEFORE_GENERAL = Set.of("attorney", "attorneys", "surgeon", "secretary",
      "governor", "inspector", "inspectors", "solicitor", "postmaster", "director", "consul", "procurator", "auditor",
      "comptroller", "paymaster", "adjutant", "registrar", "receiver");

  /**
   * The tokens with a capitalised word the tagger read as a coordinating conjunction, which it is not ({@link
   * #CONJUNCTIONS}): a name's ("Yevgeny/CCONJ Prigozhin, a businessman"). (Not a constraint on the model's search,
   * which would change the readings it offers a headline; the model's conjunctions in lower case mark where a
   * clause breaks ("free agent Elton Brand the/CCONJ lineup seemed", "after cables connecting/CCONJ region"), and
   * stay.)
   */
  private static List<Tok> noConjunctions(List<Tok> toks) {
    for (int k = 0; k < toks.size(); k++) {
      Tok t = toks.get(k);
      if (t.is("CCONJ") && !CONJUNCTIONS.contains(t.lower()) && Words.isCapitalised(t.text())
          && t.text().codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
        toks.set(k, t.withTag("PROPN"));
      }
    }
    return toks;
  }

  /**
   * The tokens with a word an article opens read as a verb's base form or as an adverb: the noun, where the noun
   * lists know it ("the crown/VERB prince's security detail", "a key U.S. ally/ADV"). Nothing opened by an article
   * is a verb's base form; an adverb there is a noun in -ly the tagger took for an adverb by its ending ("ally",
   * "rally", "family"), not an adjective ("daily", "early") nor a time ("today").
   */
  private static List<Tok> nounsAfterArticles(List<Tok> toks) {
    FramingLexicon lexicon = FramingLexicon.bundled();
    for (int k = 1; k < toks.size(); k++) {
      Tok t = toks.get(k);
      String w = t.lower();
      boolean base = t.is("VERB") && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("en")
          && !PAST_AS_BASE.contains(w) && !VERB_FORMS.contains(w);
      boolean lyNoun = t.is("ADV") && w.endsWith("ly") && !lexicon.adjectives.contains(w);
      if (!base && !lyNoun || Words.isCapitalised(t.text()) || !lexicon.isCommonNoun(w) || "time".equals(lexicon.nounKinds.get(w))) {
        continue;
      }
      // The article, then adjectives, names and nouns before the word ("a key U.S. ally").
      int j = k - 1;
      while (lyNoun && j > 0 && k - j < 4 && toks.get(j).sentence() == t.sentence()
          && (toks.get(j).is("ADJ") || toks.get(j).is("PROPN") || toks.get(j).is("NOUN"))) {
        j--;
      }
      Tok opener = toks.get(j);
      if (opener.sentence() == t.sentence() && ARTICLES.contains(opener.lower())) {
        toks.set(k, t.withTag("NOUN"));
      }
    }
    return toks;
  }

  /**
   * Past tenses that are nouns too, read as nouns after their subject ("Oil prices rose/NOUN sharply",
   * "shares of U.S. steelmakers rose/NOUN on the news", "the mob tore/NOUN down"): after a noun or a name and before an
   * adverb, a number or a preposition other than "of" ("prices rose 3 percent"; "a rose of Sharon" keeps its noun),
   * the verb.
   */
  private static List<Tok> pastsAfterSubjects(List<Tok> toks) {
    for (int k = 1; k + 1 < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok before = toks.get(k - 1);
      Tok after = toks.get(k + 1);
      String b = before.lower();
      boolean subject = before.is("NOUN") && b.length() > 2 && !before.isPossessive() && !Words.isCapitalised(before.text())
          || before.is("PROPN") && !b.endsWith("'s");
      if (t.is("NOUN") && PASTS_ALSO_NOUNS.contains(t.text()) && subject && before.sentence() == t.sentence()
          && after.sentence() == t.sentence()
          && (after.is("ADV") || after.is("NUM") || after.is("ADP") && !after.lower().equals("of") || after.lower().equals("to"))) {
        toks.set(k, t.withTag("VERB"));
      }
    }
    return toks;
  }

  /** Past tenses that are nouns too ({@link #pastsAfterSubjects}): "rose", "fell", "left", "tore". */
  private static final Set<String> PASTS_ALSO_NOUNS = Set.of("rose", "fell", "left", "tore");

  /**
   * The tokens with a verb in -s read as a plural noun where it heads a noun phrase before the clause's
   * verb: "The morning blasts/VERB occurred" (after a noun or an adjective, before a verb in -ed or a
   * plural's auxiliary), so that "blasts" is no loaded verb of saying; "Critics blasted the plan" keeps its verb.
   */
  private static List<Tok> pluralsBeforeVerbs(List<Tok> toks) {
    // Not before a verb's base form or its -s: "This law helps make", "which the firm says extends".
    for (int k = 1; k + 1 < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok before = toks.get(k - 1);
      Tok after = toks.get(k + 1);
      if (t.is("VERB") && t.lower().endsWith("s") && !t.lower().endsWith("ss") && !VERBS_ONLY.contains(t.lower())
          && before.sentence() == t.sentence()
          && after.sentence() == t.sentence() && (before.is("NOUN") || before.is("ADJ"))
          && (after.is("VERB") && after.lower().endsWith("ed") || PLURAL_AUXILIARIES.contains(after.lower()))
          && !Words.isCapitalised(t.text())) {
        toks.set(k, t.withTag("NOUN"));
      }
    }
    return toks;
  }

  /**
   * The tokens with a verb in -s read as a plural noun where it ends a singular subject that opens a
   * clause and an object or a direction follows: "said the ban targets/NOUN Muslims", "The strategy places/NOUN
   * the department at risk", "the Air Force strikes/NOUN a good deal", "An illegal alien caravan marches/NOUN
   * north". The phrase before it is a determiner
   * and singular nouns, at a sentence's start or after a word that opens a clause ("said", "that", a
   * comma); after it comes a determiner, "more" or a name (not a day's or a month's). "Gave the team
   * members a raise" keeps its noun: a verb that takes two objects comes before its determiner.
   */
  static List<Tok> verbsAfterSubjects(List<Tok> toks) {
    for (int k = 2; k + 1 < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok prev = toks.get(k - 1);
      Tok next = toks.get(k + 1);
      String w = t.lower();
      if (!t.is("NOUN") || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.length() < 4
          || Words.isCapitalised(t.text()) || !(prev.is("NOUN") || prev.is("PROPN")) || prev.lower().endsWith("s")
          || next.sentence() != t.sentence() || prev.sentence() != t.sentence()) {
        continue;
      }
      boolean object = OBJECT_OPENERS.contains(next.lower()) || DIRECTIONS.contains(next.lower())
          || next.is("PROPN") && !MONTHS_AND_DAYS.contains(next.lower()) && Words.isCapitalised(next.text());
      if (!object) {
        continue;
      }
      int j = k - 1;
      while (j > 0 && k - j <= 4 && toks.get(j).sentence() == t.sentence()
          && (toks.get(j).is("NOUN") || toks.get(j).is("PROPN") || toks.get(j).is("ADJ"))) {
        j--;
      }
      Tok det = toks.get(j);
      if (det.sentence() != t.sentence() || !SUBJECT_DETERMINERS.contains(det.lower())) {
        continue;
      }
      boolean opens = j == 0 || toks.get(j - 1).sentence() != t.sentence() || CLAUSE_OPENERS.contains(toks.get(j - 1).lower());
      if (opens) {
        toks.set(k, t.withTag("VERB"));
      }
    }
    return toks;
  }

  /**
   * A headline's verb where the tagger found none: the first noun in -s after a noun or a name, or in its
   * base form after a plural, and before its object ("quake strikes/NOUN Indonesia", "Colts clinch/NOUN
   * playoff berth"). A headline is a clause whose verb, without the article a sentence would give its
   * object, reads as a plural noun. The article's {@code text} after {@code bodyFrom} tells which of the
   * headline's words are names ({@link #nameReadAsVerb}).
   */
  static List<Tok> headlineVerb(List<Tok> toks, String text, int bodyFrom) {
    // Clauses a semicolon divides are each a headline of their own ("Trump orders steel tariffs; partners vow
    // to retaliate": the second clause's verb is no verb of the first).
    List<Tok> out = new ArrayList<>(toks.size());
    int from = 0;
    for (int i = 0; i <= toks.size(); i++) {
      if (i == toks.size() || toks.get(i).text().equals(";")) {
        List<Tok> clause = toks.subList(from, i);
        out.addAll(secondClausesVerb(clausesVerb(objectsNounReadAsVerb(nameReadAsVerb(commonNounReadAsName(clause, text, bodyFrom),
            text, bodyFrom)))));
        if (i < toks.size()) {
          out.add(toks.get(i));
        }
        from = i + 1;
      }
    }
    return out;
  }

  /**
   * A headline's second clause after a comma, of the first one's subject, whose verb in -s the tagger read as a
   * plural noun: "Trump pulls U.S. out of Iran deal, restores/NOUN sanctions", "Quake hits Peru, kills/NOUN 12".
   * Only where the first clause's verb is in -s too, the word after the comma opens a clause with no verb of its
   * own, and what follows it may be its object but not a verb with its own object.
   */
  private static List<Tok> secondClausesVerb(List<Tok> toks) {
    boolean verbInS = false;
    for (int c = 0; c + 2 < toks.size(); c++) {
      Tok t = toks.get(c);
      if ((t.is("VERB") || t.is("AUX")) && isVerbInS(t.lower())) {
        verbInS = true;
      }
      if (!verbInS || !t.text().equals(",")) {
        continue;
      }
      Tok w = toks.get(c + 1);
      if (!w.is("NOUN") || Words.isCapitalised(w.text()) || !isVerbInS(w.lower())
          || !HEADLINE_OBJECTS.contains(baseTag(toks.get(c + 2).tag()))) {
        return toks;
      }
      for (int k = c + 2; k < toks.size(); k++) {
        if (toks.get(k).is("VERB") || toks.get(k).is("AUX") || toks.get(k).text().equals(",")) {
          return toks;
        }
      }
      Tok next = toks.get(c + 2);
      if (next.is("NOUN") && !next.lower().endsWith("s") && c + 3 < toks.size()
          && (toks.get(c + 3).is("NOUN") || toks.get(c + 3).is("PROPN"))) {
        return toks; // the word after may be the verb, of a subject in -s ("aftershocks rattle capital")
      }
      List<Tok> out = new ArrayList<>(toks);
      out.set(c + 1, w.withTag("VERB"));
      return out;
    }
    return toks;
  }

  /** Words that open a headline's second clause, with a verb of its own. */
  private static final Set<String> SUBORDINATORS = Set.of("as", "after", "while", "when", "before", "because", "until",
      "though", "although");

  /** A word in -s that may be a verb's third person: "pulls", "restores", not "boss" nor "is". */
  private static boolean isVerbInS(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
  }

  /** The verb of a headline the tagger read without one ({@link #headlineVerb}). */
  private static List<Tok> clausesVerb(List<Tok> toks) {
    // A clause that "as", "after" or "while" opens has its own verb ("police fire tear gas as protesters storm
    // legislature"): the headline's is before it.
    for (int i = 1; i < toks.size(); i++) {
      if (SUBORDINATORS.contains(toks.get(i).lower()) && i + 1 < toks.size() && toks.get(i + 1).is("NOUN")) {
        List<Tok> main = clausesVerb(toks.subList(0, i));
        if (!main.equals(toks.subList(0, i))) {
          List<Tok> out = new ArrayList<>(main);
          out.addAll(toks.subList(i, toks.size()));
          return out;
        }
        break;
      }
    }
    // A second clause after a comma, its verb in -s read so ("caravan storms/NOUN border town, demands/VERB entry"),
    // is of the first one's subject: the first clause's verb is still to be found, before the comma.
    int end = toks.size();
    for (int i = 0; i < end; i++) {
      Tok t = toks.get(i);
      if (t.is("VERB") && i >= 2 && toks.get(i - 1).text().equals(",") && isVerbInS(t.lower())
          && i + 1 < toks.size() && HEADLINE_OBJECTS.contains(baseTag(toks.get(i + 1).tag()))) {
        end = i - 1;
        break;
      }
      if (t.is("AUX") || t.is("VERB") && !t.lower().endsWith("ing") && !modifyingParticiple(toks, i)
          && !(i > 0 && RELATIVES.contains(toks.get(i - 1).lower()))) {
        return toks; // a participle in -ing is no clause's verb ("by beating Jags"), nor a relative clause's ("who disrespect")
      }
    }
    for (int i = 1; i + 1 < end; i++) {
      Tok t = toks.get(i);
      Tok previous = toks.get(i - 1);
      // A participle in -ing before its noun is the object's adjective ("slams kneeling millionaires").
      Tok next = toks.get(i + 1);
      String nextTag = next.is("VERB") && next.lower().endsWith("ing") ? "ADJ" : next.tag();
      // A form in -ing before it is the subject's noun, a deed ("Brandt's Orsk firing/VERB sparks/NOUN outrage").
      boolean gerund = previous.is("VERB") && previous.lower().endsWith("ing") && i >= 2 && !toks.get(i - 2).is("ADP");
      if (headlineVerbAt(previous.lower(), gerund ? "NOUN" : previous.tag(), t.lower(), t.tag(), nextTag, namesJoined(toks, i))) {
        List<Tok> out = new ArrayList<>(toks);
        out.set(i, t.withTag("VERB"));
        if (gerund) {
          out.set(i - 1, previous.withTag("NOUN"));
        }
        return out;
      }
    }
    return toks;
  }

  /**
   * A headline's phrase, a name or a singular noun with a noun that the tagger reads as a verb's base form:
   * the noun. A singular name or noun takes a verb in -s, so a base form after it is a noun: where the phrase
   * is an object or a preposition's and the headline has another verb ("Trump rips up disastrous Iran
   * deal/VERB"), which is not one that takes a bare verb after its object ("helps Iran win") nor an auxiliary
   * or "to"; or where the phrase opens the headline and a noun in -s after it is the verb ({@link
   * #headlineVerbAt}: "Powerful 6.1 magnitude earthquake/VERB injures/NOUN dozens"). Headlines drop articles,
   * so the phrase opens after the verb, the preposition, or the headline's start.
   */
  private static List<Tok> objectsNounReadAsVerb(List<Tok> toks) {
    int verbs = 0;
    for (Tok t : toks) {
      verbs += t.is("VERB") || t.is("AUX") ? 1 : 0;
    }
    for (int k = 1; k < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok before = toks.get(k - 1);
      String w = t.lower();
      boolean singularNoun = before.is("NOUN") && !Words.isCapitalised(before.text()) && !before.lower().endsWith("s")
          && !PLURAL_WITHOUT_S.contains(before.lower());
      if (!t.is("VERB") || !(before.is("PROPN") && !before.lower().endsWith("s") || singularNoun) || Words.isCapitalised(t.text())
          || w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing") || PAST_AS_BASE.contains(w) || VERB_FORMS.contains(w)
          || !FramingLexicon.bundled().isCommonNoun(w)) {
        continue;
      }
      int j = k - 1;
      while (j > 0 && (PHRASE_WORDS.contains(toks.get(j - 1).tag()) || quoted(toks, j - 1))) {
        j--; // a word in quotation marks is a word of the phrase ("tears up 'disastrous' Iran deal")
      }
      Tok opener = j > 0 ? toks.get(j - 1) : null;
      List<Tok> out = new ArrayList<>(toks);
      out.set(k, t.withTag("NOUN"));
      if (opener != null && verbs >= 2 && (opener.is("ADP") && !opener.lower().equals("to") || opener.is("VERB"))
          && !CAUSATIVES.contains(opener.lower()) && !MODALS.contains(opener.lower())) {
        return out;
      }
      for (int i = k + 1; opener == null && verbs == 1 && i + 1 < out.size(); i++) {
        Tok p = out.get(i - 1);
        if (headlineVerbAt(p.lower(), p.tag(), out.get(i).lower(), out.get(i).tag(), out.get(i + 1).tag(), false)) {
          out.set(i, out.get(i).withTag("VERB"));
          return out;
        }
      }
      // Or inside the words before it, which the phrase took for its own: "Rioters trash/NOUN Orsk legislature/VERB in
      // attack".
      for (int i = 1; (opener == null || opener.is("NOUN")) && verbs == 1 && i < k - 1; i++) {
        Tok p = out.get(i - 1);
        if (headlineVerbAt(p.lower(), p.tag(), out.get(i).lower(), out.get(i).tag(), out.get(i + 1).tag(), false)) {
          out.set(i, out.get(i).withTag("VERB"));
          return out;
        }
      }
    }
    return toks;
  }

  /** Whether the token at {@code i} is a quotation mark, or one word between two. */
  private static boolean quoted(List<Tok> toks, int i) {
    return quotationMark(toks.get(i)) || i > 0 && i + 1 < toks.size() && quotationMark(toks.get(i - 1)) && quotationMark(toks.get(i + 1));
  }

  /** Whether a token is a quotation mark, double ({@link #isQuoteMark}) or single. */
  private static boolean quotationMark(Tok t) {
    if (t.text().length() != 1) {
      return false;
    }
    char c = t.text().charAt(0);
    return isQuoteMark(c) || c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** The words of a noun's phrase before its noun in a headline, which has no article. */
  private static final Set<String> PHRASE_WORDS = Set.of("PROPN", "ADJ", "NUM", "NOUN");

  /**
   * Whether a word a verbless headline tags as a noun is its verb: in -s after a singular subject, or its
   * base form after a plural one ("Colts clinch/NOUN playoff berth") or after names joined by "and" ({@code
   * joined}), between a noun and what may be its object.
   */
  private static boolean headlineVerbAt(String previous, String previousTag, String word, String tag, String nextTag, boolean joined) {
    boolean afterNoun = baseTag(previousTag).equals("NOUN") || baseTag(previousTag).equals("PROPN");
    // (A plural of a noun for people is no verb in -s: "Orsk protesters occupy legislature".)
    boolean singular = isVerbInS(word) && !"person".equals(FramingLexicon.bundled().nounKinds.get(Words.singular(word)));
    boolean base = !word.endsWith("s") && (joined || previous.length() > 3 && previous.endsWith("s") && !previous.endsWith("ss")
        && !previous.endsWith("'s") || PLURALS_ALWAYS.contains(previous));
    return baseTag(tag).equals("NOUN") && (singular || base) && afterNoun && HEADLINE_OBJECTS.contains(baseTag(nextTag));
  }

  /**
   * Whether the verb at {@code i} is a participle in -ed that modifies the noun after it, after a preposition,
   * an adverb or a determiner: no clause's verb ("over suspected/VERB chemical attack").
   */
  private static boolean modifyingParticiple(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    return i > 0 && i + 1 < toks.size() && t.lower().endsWith("ed")
        && (toks.get(i + 1).is("NOUN") || toks.get(i + 1).is("ADJ"))
        && (toks.get(i - 1).is("ADP") || toks.get(i - 1).is("ADV") || toks.get(i - 1).is("DET"));
  }

  /**
   * Whether the headline's words before {@code i} are names joined by "and" (and commas): a plural subject,
   * whose verb is in its base form ("US, Britain and France strike/NOUN Syria").
   */
  private static boolean namesJoined(List<Tok> toks, int i) {
    boolean and = false;
    for (int k = 0; k < i; k++) {
      Tok t = toks.get(k);
      and |= t.lower().equals("and");
      if (!t.is("PROPN") && !t.lower().equals("and") && !t.text().equals(",")) {
        return false;
      }
    }
    return and && toks.get(i - 1).is("PROPN");
  }

  /** What may stand between a preposition and the last word of its phrase. */
  private static final Set<String> PHRASE_OPENERS = Set.of("PROPN", "ADJ", "NUM", "DET");

  /**
   * The position of a headline's last word when the reading makes it a verb after a phrase a preposition
   * opens, with only names, adjectives, numbers and determiners between ("Varo slaps/NOUN new tariffs ahead
   * of Tallport summit/VERB"), and no other word a verb; else -1. Such a reading is no better than a verbless
   * one, in which {@link #headlineVerb} may still find the verb ("Rioters in Greece attack/VERB police
   * station" has its verb before the object, and keeps it).
   */
  private static int verbOnlyAfterPreposition(String[] tags) {
    int last = tags.length - 1;
    while (last >= 0 && baseTag(tags[last]).equals("PUNCT")) {
      last--;
    }
    if (last < 0 || !baseTag(tags[last]).equals("VERB")) {
      return -1;
    }
    for (int i = 0; i < last; i++) {
      if (baseTag(tags[i]).equals("VERB") || baseTag(tags[i]).equals("AUX")) {
        return -1;
      }
    }
    int k = last - 1;
    while (k >= 0 && PHRASE_OPENERS.contains(baseTag(tags[k]))) {
      k--;
    }
    return k >= 0 && baseTag(tags[k]).equals("ADP") ? last : -1;
  }

  /**
   * A headline that opens with a capitalised word the tagger reads as a verb, then a noun in -s and its
   * object: the first word is the subject's name, the noun in -s the verb ("Trump/VERB slams/NOUN caravan",
   * "Apple/VERB beats/NOUN estimates"); the rule above then finds the verb. Only where the article's body
   * writes that word capitalised inside a sentence, as a name ("Stock markets worldwide rise" is no name's
   * headline), and the word after the noun in -s is its object ("Watch videos of the protest" is not).
   */
  private static List<Tok> nameReadAsVerb(List<Tok> toks, String text, int bodyFrom) {
    if (toks.size() < 3 || !namedInBody(toks.get(0).text(), text, bodyFrom)) {
      return toks;
    }
    Tok first = toks.get(0);
    Tok second = toks.get(1);
    String w = second.lower();
    if (first.is("VERB") && Words.isCapitalised(first.text()) && !first.lower().endsWith("ing") && !first.lower().endsWith("ed")
        && second.is("NOUN") && isVerbInS(w) && !Words.isCapitalised(second.text())
        && HEADLINE_OBJECTS.contains(toks.get(2).tag()) && !toks.get(2).is("PRON")) {
      List<Tok> out = new ArrayList<>(toks);
      out.set(0, first.withTag("PROPN"));
      return out;
    }
    return toks;
  }

  /**
   * A headline that opens with a singular common noun the tagger reads as a name, which the body writes in lower
   * case and never capitalised inside a sentence: the noun ("Man/PROPN charged after knife attack", where the body
   * says "a 34-year-old man"; the gazetteer's town of Man aside). Not a word the body writes as a name ("Apple beats
   * estimates") or the aliases know, nor a word the noun lists do not know.
   */
  private static List<Tok> commonNounReadAsName(List<Tok> toks, String text, int bodyFrom) {
    if (toks.size() < 2 || !toks.get(0).is("PROPN") || toks.get(1).is("PROPN")) {
      return toks;
    }
    Tok first = toks.get(0);
    String w = first.lower();
    FramingLexicon lexicon = FramingLexicon.bundled();
    if (!Words.isCapitalised(first.text()) || !w.chars().allMatch(Character::isLetter) || !Words.singular(w).equals(w)
        || !lexicon.isCommonNoun(w) || lexicon.aliasGroup(first.text()) != null
        || namedInBody(first.text(), text, bodyFrom) || !writtenInLowerCase(w, text, bodyFrom)) {
      return toks;
    }
    List<Tok> out = new ArrayList<>(toks);
    out.set(0, first.withTag("NOUN"));
    return out;
  }

  /** Whether {@code text} after {@code from} writes {@code lower} as a whole word in lower case. */
  private static boolean writtenInLowerCase(String lower, String text, int from) {
    for (int at = text.indexOf(lower, from); at >= 0; at = text.indexOf(lower, at + 1)) {
      int end = at + lower.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The positions of the capitalised {@code words} of a headline that {@code text} after {@code from} writes as names ({@link #namedInBody(String, String, int)}). */
  private static Set<Integer> namedInBody(String[] words, String text, int from) {
    Set<Integer> names = new java.util.TreeSet<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].chars().skip(1).anyMatch(Character::isLowerCase) && namedInBody(words[i], text, from)) {
        names.add(i);
      }
    }
    return names.isEmpty() ? Set.of() : names;
  }

  /**
   * Whether {@code sentence} opens with a word of letters, no word of a closed class, that {@code text} writes
   * capitalised after a word inside a sentence: a name ("Trump won", "May said" where "Theresa May" is written).
   */
  private static boolean openedByName(String sentence, String text) {
    int end = 0;
    while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
      end++;
    }
    if (end < 2 || end < sentence.length() && sentence.charAt(end) != ' ') {
      return false; // (a possessive, a hyphenated word or a contraction is read as it is)
    }
    String word = sentence.substring(0, end);
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
        && !CAPITALISED_DETERMINERS.contains(lower) && !PREPOSITIONS.contains(lower) && !isPronoun(word)
        && !isAuxiliary(lower) && !SENTENCE_OPENERS.contains(lower) && !MONTHS_AND_DAYS.contains(lower)
        && namedInBody(word, text, 0, true);
  }

  /** Words that open sentences and are no names, whatever the article capitalises: "But", "After", "Many". */
  static final Set<String> SENTENCE_OPENERS = Set.of("and", "but", "or", "so", "yet", "if", "when", "while",
      "as", "after", "before", "since", "because", "although", "though", "meanwhile", "however", "still", "also", "then", "rather",
      "now", "here", "there", "what", "why", "how", "where", "who", "which", "many", "some", "most", "more", "several",
      "all", "both", "each", "every", "no", "not", "one", "only", "even", "just", "once", "instead", "despite", "until",
      "unless", "whether", "last", "next", "first", "today", "yesterday", "tomorrow", "earlier", "later", "please", "let");

  /**
   * Words that open a sentence only to join or qualify its clause, conjunctions, adverbs and prepositions, and so
   * never begin a name even before one: "Even Rod Rosenstein conceded", "But Smith said", "Across Athens".
   */
  static final Set<String> NAMELESS_OPENERS = Set.of("and", "but", "or", "so", "yet", "if", "when", "while", "as", "after",
      "before", "since", "because", "although", "though", "meanwhile", "however", "also", "then", "rather", "even",
      "just", "once", "instead", "despite", "until", "unless", "whether", "why", "how", "where", "which", "please",
      "across", "amid", "among", "throughout", "during");

  /** Whether {@code text} after {@code from} writes {@code word} capitalised after a word inside a sentence. */
  private static boolean namedInBody(String word, String text, int from) {
    return namedInBody(word, text, from, false);
  }

  /**
   * Whether {@code text} after {@code from} writes {@code word} capitalised after a word inside a sentence; with
   * {@code nameEnd}, also before no other capitalised word: a name's last word ("President Donald Trump spoke", "said
   * Trump"), not the first word of another's ("the Organized Crime Task Force", "Syria Local Coordination Committees").
   */
  private static boolean namedInBody(String word, String text, int from, boolean nameEnd) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean whole = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      int k = at - 1;
      while (k >= 0 && text.charAt(k) == ' ') {
        k--;
      }
      int n = end;
      while (nameEnd && n < text.length() && text.charAt(n) == ' ') {
        n++;
      }
      boolean capitalAfter = nameEnd && n > end && n < text.length() && Character.isUpperCase(text.charAt(n));
      if (whole && k >= 0 && at - k > 1 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ',') && !capitalAfter) {
        return true; // "President Donald Trump", "said Trump"
      }
    }
    return false;
  }

  /** What may follow a headline's verb: its object. */
  private static final Set<String> HEADLINE_OBJECTS = Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON");

  /**
   * A plural's possessive inside a name is a word of the name, not an owner: "the European People's
   * Party", "the People's Liberation Army", "Women's Health Initiative" (a capitalised plural that takes
   * "'s", before another capitalised word). "China's", "Kim's party" stay possessors.
   */
  static List<Tok> pluralPossessivesInNames(List<Tok> toks) {
    for (int k = 0; k + 2 < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok poss = toks.get(k + 1);
      Tok next = toks.get(k + 2);
      if (PLURALS_WITH_S.contains(t.lower()) && Words.isCapitalised(t.text()) && poss.isPossessive()
          && poss.start() == t.end() && next.sentence() == t.sentence() && Words.isCapitalised(next.text())) {
        String text = t.text() + poss.text();
        toks.set(k, new Tok(t.start(), poss.end(), text, t.lower() + poss.lower(), "PROPN", t.sentence()));
        toks.remove(k + 1);
      }
    }
    return toks;
  }

  /** Plurals whose possessive is "'s". */
  private static final Set<String> PLURALS_WITH_S = Set.of("people", "women", "men", "children");

  /** Words that open an object's phrase. */
  private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "more");
  /** Where a subject goes, after a verb of motion: "the caravan marches/NOUN north". */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northward", "southward",
      "eastward", "westward", "northwards", "southwards", "homeward", "home");
  private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "a", "an", "this", "its", "his", "her", "their");
  private static final Set<String> CLAUSE_OPENERS = Set.of("said", "says", "say", "that", ",", "because", "while", "and",
      "but", "as", "if", "when", "since", "although", "though", "where", "after", "before", "whether", "so");
  private static final Set<String> MONTHS_AND_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december");

  /**
   * The tokens with a verb's base form read as a noun where a singular name that a determiner or a
   * possessor opens modifies it: "The historic Singapore summit/VERB between Trump and Kim", "the
   * president's Muslim ban/VERB", or a singular common noun a determiner opens: "called the migrant
   * caravan/VERB an invasion" (not after a verb that takes a bare verb: "helped the team win"; a singular subject takes a
   * verb in -s, so a base form there is the phrase's noun, if the noun lists know the word); a past tense
   * like the base form ("The Kremlin put", "The NYPD said") stays a verb.
   */
  private static List<Tok> nounsAfterModifyingNames(List<Tok> toks) {
    for (int k = 2; k < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok name = toks.get(k - 1);
      String w = t.lower();
      // A common noun too ("called the migrant caravan/VERB an invasion"), singular, and not one that is
      // plural without an -s ("the police arrest").
      boolean noun = name.is("NOUN") && !Words.isCapitalised(name.text())
          && FramingLexicon.bundled().isCommonNoun(name.lower())
          && !"time".equals(FramingLexicon.bundled().nounKinds.get(name.lower())); // "this time referee Sam Williams stopped it"
      if (!t.is("VERB") || !(name.is("PROPN") || name.is("NOUN") && isAcronym(name.text()) || noun) || name.sentence() != t.sentence()
          || Words.isCapitalised(t.text())
          || w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing") || PAST_AS_BASE.contains(w) || VERB_FORMS.contains(w)
          || !FramingLexicon.bundled().isCommonNoun(w)
          || name.lower().endsWith("s") || !noun && !Words.isCapitalised(name.text())) {
        continue;
      }
      int j = k - 1;
      while (j > 0 && toks.get(j - 1).sentence() == t.sentence() && (toks.get(j - 1).is("PROPN") || toks.get(j - 1).is("ADJ")
          || compoundModifier(toks.get(j - 1)))) {
        j--;
      }
      Tok opener = j > 0 ? toks.get(j - 1) : null;
      // After a verb that takes a subject and a bare verb ("helped the team win", "let the company buy"), an
      // auxiliary or "to" ("did the person look", "to make the deal work"), the base form is that verb.
      Tok beforeOpener = j >= 2 ? toks.get(j - 2) : null;
      boolean baseFormDue = noun && beforeOpener != null && beforeOpener.sentence() == t.sentence()
          && (CAUSATIVES.contains(beforeOpener.lower()) || beforeOpener.is("AUX") || MODALS.contains(beforeOpener.lower()));
      // A noun plural without an -s ("the police arrest") only after "a": "a white police sergeant/VERB".
      boolean pluralNoun = noun && PLURAL_WITHOUT_S.contains(name.lower());
      if (opener != null && opener.sentence() == t.sentence() && (DETERMINERS.contains(opener.lower()) || opener.isPossessive())
          && !baseFormDue && (!noun || ARTICLES.contains(opener.lower())) && (!pluralNoun || SINGULAR_ARTICLES.contains(opener.lower()))) {
        toks.set(k, t.withTag("NOUN"));
      }
    }
    return toks;
  }

  /**
   * A count and a noun in the singular joined by a hyphen before a noun, a name or an adjective modify it, as an
   * adjective does: "a two-day/NOUN NATO summit", "a five-member panel", "a 61-year-old man", "a 40-minute EU
   * meeting". The tagger read some as nouns, and the chunker then cut the phrase before the name. So does a word and a
   * participle in -ing joined by a hyphen: "the job-killing/NOUN Paris deal", "a record-breaking run".
   */
  private static List<Tok> countedCompounds(List<Tok> toks) {
    for (int k = 0; k + 1 < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok next = toks.get(k + 1);
      if (t.is("NOUN") && next.sentence() == t.sentence() && (next.is("NOUN") || next.is("PROPN") || next.is("ADJ"))
          && (COUNTED_COMPOUND.matcher(t.text()).matches() && isNumber(t.text().substring(0, t.text().indexOf('-')))
              || PARTICIPLE_COMPOUND.matcher(t.text()).matches())) {
        toks.set(k, t.withTag("ADJ"));
      }
    }
    return toks;
  }

  /**
   * A form in -ing that a noun list knows, after a determiner and adjectives and before no object, heads their
   * phrase: "a fatal officer-involved shooting/VERB.", "the deadly bombing/VERB in Kabul". (An object after it makes
   * it a verb: "the company's growing sales".)
   */
  private static List<Tok> gerundsHeadingPhrases(List<Tok> toks) {
    for (int k = 2; k < toks.size(); k++) {
      Tok t = toks.get(k);
      if (!t.is("VERB") || !t.lower().endsWith("ing") || !t.text().equals(t.lower()) || !toks.get(k - 1).is("ADJ")
          || !FramingLexicon.bundled().isCommonNoun(t.lower())) {
        continue;
      }
      int j = k - 1;
      while (j > 0 && toks.get(j).is("ADJ") && toks.get(j).sentence() == t.sentence()) {
        j--;
      }
      Tok opener = toks.get(j);
      Tok next = k + 1 < toks.size() && toks.get(k + 1).sentence() == t.sentence() ? toks.get(k + 1) : null;
      boolean noObject = next == null || next.is("PUNCT") || next.is("ADP") || next.is("AUX") || next.is("VERB")
          || next.is("CCONJ");
      if (opener.sentence() == t.sentence() && (ARTICLES.contains(opener.lower()) || opener.isPossessive()) && noObject) {
        toks.set(k, t.withTag("NOUN"));
      }
    }
    return toks;
  }

  /** A word in lower case, a hyphen and a participle in -ing: "job-killing", "record-breaking". */
  private static final java.util.regex.Pattern PARTICIPLE_COMPOUND = java.util.regex.Pattern.compile("\\p{Ll}+-\\p{Ll}{2,}ing");

  /** A count, a hyphen and a word in lower case, perhaps "-old" or "-long" after it: "two-day", "61-year-old". */
  private static final java.util.regex.Pattern COUNTED_COMPOUND =
      java.util.regex.Pattern.compile("[\\p{Alnum}.]+-[a-z]+[^s\\W](?:-old|-long)?");

  /**
   * Whether a token is a modifier the tagger may read as a noun or a number but that opens no clause: a
   * hyphenated compound in lower case ("a two-day NATO summit/VERB", "a long-awaited Kremlin visit") or a
   * number ("a 2014 NATO summit").
   */
  private static boolean compoundModifier(Tok t) {
    return t.is("NUM") || t.is("NOUN") && t.text().indexOf('-') > 0 && t.text().equals(t.lower());
  }

  /** The articles of one thing, after which a noun plural without an -s modifies the next: "a police sergeant". */
  private static final Set<String> SINGULAR_ARTICLES = Set.of("a", "an");

  /** Plurals without an -s that take a plural verb wherever they stand ("police fire", "people flee"). */
  private static final Set<String> PLURALS_ALWAYS = Set.of("police", "people", "personnel", "clergy", "cattle");

  /** Nouns that take a plural verb without an -s: "the police arrest", "the people want". */
  private static final Set<String> PLURAL_WITHOUT_S = Set.of("police", "people", "staff", "media", "public", "military",
      "clergy", "cattle", "personnel", "crew", "team", "government", "majority", "youth", "press");

  /** The articles that open a common noun's phrase here: not "this", which opens time adverbials ("this time"). */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Words after which a clause's verb is in its base form: "did the person look", "to make the deal work". */
  private static final Set<String> MODALS = Set.of("to", "do", "does", "did", "will", "would", "can", "could", "should",
      "may", "might", "must", "shall");

  /** Verbs whose object takes a bare verb after it: "made the government change course", "saw the car hit". */
  private static final Set<String> CAUSATIVES = Set.of("make", "makes", "made", "making", "let", "lets", "letting", "help",
      "helps", "helped", "helping", "see", "sees", "saw", "seen", "watch", "watched", "watches", "hear", "heard", "hears",
      "have", "has", "had", "bid", "bade", "feel", "felt", "notice", "noticed");

  /**
   * A name of capitals, digits perhaps among them, that the model may read as a noun: "G7", "NATO", "EU"
   * (unlike {@link Words#isAcronym}, one letter with digits counts).
   */
  private static boolean isAcronym(String word) {
    return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /**
   * The tokens with a plural unit of time read as an adverb where it measures how long before or after
   * and follows a noun: "a trade dispute days/ADV before the summit", "goods weeks after the ban". Read as a
   * noun it made the phrase before it end in it ("a trade dispute days"). After a number it is a phrase of
   * its own ("two days later") and stays.
   */
  private static List<Tok> timeAdverbials(List<Tok> toks) {
    for (int k = 1; k + 1 < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok before = toks.get(k - 1);
      Tok after = toks.get(k + 1);
      if (t.is("NOUN") && TIME_UNITS.contains(t.lower()) && (before.is("NOUN") || before.is("PROPN"))
          && before.sentence() == t.sentence() && after.sentence() == t.sentence() && RELATIVE_TIMES.contains(after.lower())) {
        toks.set(k, t.withTag("ADV"));
      }
    }
    return toks;
  }

  /**
   * The tokens with "billions", "millions"... read as a number where they follow a plural noun: the second
   * object of "gave the mullahs billions", "sent the rebels millions in aid". Read as a noun it made one
   * phrase of both ("the mullahs billions").
   */
  private static List<Tok> countsAfterPlurals(List<Tok> toks) {
    for (int k = 1; k < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok before = toks.get(k - 1);
      if (t.is("NOUN") && PLURAL_COUNTS.contains(t.lower()) && before.is("NOUN") && before.sentence() == t.sentence()
          && before.lower().endsWith("s") && !Words.singular(before.lower()).equals(before.lower())) {
        toks.set(k, t.withTag("NUM"));
      }
    }
    return toks;
  }

  private static final Set<String> PLURAL_COUNTS = Set.of("billions", "millions", "thousands", "hundreds", "dozens", "trillions");

  /**
   * The tokens with a past tense written as its base form ("upset", "hit", "cut") read as a verb where it
   * opens a relative clause after a noun: "a move that upset/ADJ European allies", "the storm, which
   * hit/NOUN the coast". Read otherwise it made one phrase of the verb and its object.
   */
  private static List<Tok> relativeVerbs(List<Tok> toks) {
    for (int k = 2; k < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok relative = toks.get(k - 1);
      Tok noun = toks.get(k - 2);
      if ((t.is("ADJ") || t.is("NOUN")) && PAST_AS_BASE.contains(t.lower()) && RELATIVES.contains(relative.lower())
          && !relative.is("DET") && (noun.is("NOUN") || noun.is("PROPN") || noun.isPunct(','))
          && noun.sentence() == t.sentence() && relative.sentence() == t.sentence()) {
        toks.set(k, t.withTag("VERB"));
      }
    }
    return toks;
  }

  private static final Set<String> RELATIVES = Set.of("that", "which", "who");

  /**
   * The word after "to" that a verb asking for a deed (and its object) governs is that deed's verb, though the
   * model reads a noun: "urged team owners to fire/NOUN players", "vowed to fight/NOUN the ruling". Only a
   * lower-case word that a phrase's words follow (a determiner, a pronoun, an adjective, a noun or a name),
   * with at most five words between the governing verb and "to" ("went to school the next day" has none). A word
   * that can only be a verb is one after "to" whatever governs it ("to detain/ADJ families").
   */
  private static List<Tok> infinitives(List<Tok> toks) {
    for (int k = 1; k + 1 < toks.size(); k++) {
      Tok to = toks.get(k - 1);
      Tok t = toks.get(k);
      Tok next = toks.get(k + 1);
      if (!(t.is("NOUN") || t.is("ADJ")) || !to.lower().equals("to") || Words.isCapitalised(t.text()) || t.lower().endsWith("s")
          || next.sentence() != t.sentence() || !(next.is("DET") || next.is("PRON") || next.is("ADJ") || next.is("NOUN") || next.is("PROPN"))) {
        continue;
      }
      if (onlyAVerb(t.lower())) {
        toks.set(k, t.withTag("VERB")); // "directs the department to detain/ADJ families": no noun, no adjective
        continue;
      }
      if (!t.is("NOUN")) {
        continue;
      }
      for (int j = k - 2; j >= 0 && j >= k - 7 && toks.get(j).sentence() == t.sentence(); j--) {
        if (ASKING_FOR_DEEDS.contains(toks.get(j).lower())) {
          toks.set(k, t.withTag("VERB"));
          break;
        }
        if (toks.get(j).is("VERB") || toks.get(j).is("AUX") || toks.get(j).isPunct(',')) {
          break; // another verb or a comma: the "to" is not this verb's
        }
      }
    }
    return toks;
  }

  /** Whether a lower-case word is neither a noun nor an adjective to the lexicons, nor an adverb in -ly: a verb's form. */
  private static boolean onlyAVerb(String w) {
    FramingLexicon lexicon = FramingLexicon.bundled();
    return Words.isWord(w) && w.length() > 2 && !w.endsWith("ly") && !w.contains("-") && !lexicon.isCommonNoun(w)
        && !lexicon.adjectives.contains(w);
  }

  /**
   * A plural subject's verb before its particle or the preposition of its motion, which the model read as a
   * noun (and the subject as an adverb): "the country's air defenses shot/NOUN down most of the missiles",
   * "illegal aliens/ADV flood/NOUN across the southern border", "The men walk/NOUN out of the building". Only a
   * lower-case word of no -s after a plural the noun lists know, not an owner's ("the companies' move into
   * China"), and before a particle that a phrase follows. And a past form before "dead", after any subject:
   * "a police officer shot/NOUN dead Marcus Dale".
   */
  private static List<Tok> verbsWithParticles(List<Tok> toks) {
    for (int k = 1; k + 2 < toks.size(); k++) {
      Tok subject = toks.get(k - 1);
      Tok t = toks.get(k);
      Tok particle = toks.get(k + 1);
      Tok after = toks.get(k + 2);
      String s = subject.lower();
      if (t.is("NOUN") && particle.lower().equals("dead") && (IRREGULAR_PAST.contains(t.lower()) || PAST_BEFORE_DEAD.contains(t.lower()) || t.lower().endsWith("ed"))
          && !Words.isCapitalised(t.text()) && particle.sentence() == t.sentence()) {
        toks.set(k, t.withTag("VERB")); // "a police officer shot/NOUN dead Marcus Dale": a verb and its result,
        toks.set(k + 1, particle.withTag("ADV")); // which opens no phrase
        continue;
      }
      if (!t.is("NOUN") || Words.isCapitalised(t.text()) || t.lower().endsWith("s") || !PARTICLES_OF_MOTION.contains(particle.lower())
          || subject.sentence() != t.sentence() || after.sentence() != t.sentence()
          || !(subject.is("NOUN") || subject.is("ADV")) || !Words.isPlural(s) || s.endsWith("ss") || s.endsWith("'s")
          || !FramingLexicon.bundled().isCommonNoun(Words.singular(s)) || Words.singular(s).equals(s)
          || !(after.is("DET") || after.is("NUM") || after.is("ADJ") || after.is("NOUN") || after.is("PROPN") || after.is("PRON")
              || QUANTIFIERS.contains(after.lower()))) {
        continue;
      }
      toks.set(k, t.withTag("VERB"));
      if (subject.is("ADV")) {
        toks.set(k - 1, subject.withTag("NOUN"));
      }
    }
    return toks;
  }

  /** Past forms that nouns share, before "dead": "shot dead", "struck dead", "left dead". */
  private static final Set<String> PAST_BEFORE_DEAD = Set.of("shot", "struck", "hit", "beat", "left", "found");

  /** Words that open a phrase of how many: "shot down most of the missiles", "walk out of". */
  private static final Set<String> QUANTIFIERS = Set.of("of", "most", "many", "all", "some", "several", "both", "much", "dozens", "hundreds");

  /** Particles and prepositions of motion after a verb: "shot down", "flood across", "poured into". */
  private static final Set<String> PARTICLES_OF_MOTION = Set.of("down", "up", "out", "off", "across", "into", "through",
      "over", "back", "away", "onto");

  /** Verbs whose object or complement is a deed in the infinitive: "urged owners to", "vowed to", "asked Congress to". */
  private static final Set<String> ASKING_FOR_DEEDS = Set.of("urge", "urged", "urges", "urging", "want", "wants", "wanted",
      "ask", "asked", "asks", "asking", "tell", "told", "tells", "force", "forced", "forces", "allow", "allowed", "allows",
      "order", "ordered", "orders", "encourage", "encouraged", "encourages", "pressure", "pressured", "persuade",
      "persuaded", "instruct", "instructed", "vow", "vowed", "vows", "threaten", "threatened", "threatens", "plan",
      "planned", "plans", "decide", "decided", "decides", "agree", "agreed", "agrees", "refuse", "refused", "refuses",
      "seek", "seeks", "sought", "try", "tried", "tries", "promise", "promised", "promises", "pledge", "pledged",
      "pledges", "demand", "demanded", "demands", "intend", "intends", "intended", "expect", "expected", "expects",
      "need", "needs", "needed", "hope", "hopes", "hoped", "fail", "failed", "fails");

  private static final Set<String> TIME_UNITS = Set.of("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades");
  private static final Set<String> RELATIVE_TIMES = Set.of("before", "after", "ago", "later", "earlier", "afterwards", "afterward");

  /**
   * The tokens with a capitalised given name read as a name where a capitalised name follows it: the
   * model reads "Henry/ADV Paulson" and "Hollywood was quiet. Henry/ADV Paulson spoke", and the name
   * lost its given name. Only a word read as an adverb, adjective, noun, number, interjection or other:
   * an auxiliary or a verb stays ("Will Trump sign?", "Rob Lowe" aside), as do function words.
   */
  private static List<Tok> givenNamesBeforeNames(List<Tok> toks) {
    for (int k = 0; k + 1 < toks.size(); k++) {
      Tok t = toks.get(k);
      Tok next = toks.get(k + 1);
      if (next.sentence() != t.sentence() || !next.is("PROPN") || !Words.isCapitalised(next.text())
          || !Words.isCapitalised(t.text()) || !MISREAD_GIVEN.contains(t.tag())
          || !FramingLexicon.bundled().givenNames.contains(Words.fold(t.text()))) {
        continue;
      }
      toks.set(k, t.withTag("PROPN"));
    }
    return toks;
  }

  /** The tags a given name before a name can be misread with (see {@link #givenNamesBeforeNames}). */
  private static final Set<String> MISREAD_GIVEN = Set.of("ADV", "ADJ", "NOUN", "NUM", "INTJ", "X", "SYM");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this"); // not "that": "that Treasury move" may be a clause
  /**
   * Prepositions after which a verb stands only in -ing ("by hatred/VERB for immigrants"); not "to", "as" or
   * "than" ("as expected"), nor particles that end a verb ("set up", "in").
   */
  private static final Set<String> NO_VERB_AFTER = Set.of("by", "for", "with", "of", "from", "into", "about", "against",
      "among", "between", "through", "during", "without", "within", "under", "upon", "via", "despite", "toward",
      "towards", "amid", "amidst", "beyond", "onto", "at");

  /** Lower-case words of names: "Osama bin Laden", "Abu Bakr al-Baghdadi", "Charles de Gaulle", "Vincent van Gogh". */
  private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "da", "di", "du", "del", "della",
      "der", "den", "van", "von", "la", "le", "dos", "das", "do", "y", "ben", "abu", "bint", "ter", "ten", "mc", "mac");

  /** Determiners a name or a title may open with a capital inside a sentence ("said The New York Times"). */
  private static final Set<String> CAPITALISED_DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
      "some", "any", "every", "each", "no", "all", "both", "another", "either", "neither", "our", "my", "your", "his",
      "her", "its", "their", "what", "which", "whose", "many", "much", "few", "several", "such", "most", "more", "less",
      "enough", "half", "whatever", "whichever");

  /** Whether the capitalised word at {@code i} opens a name: the word after it is capitalised too ("Theresa May"). */
  private static boolean isNameLikeAtStart(String[] words, int i) {
    return i + 1 < words.length && Words.isCapitalised(words[i + 1]);
  }

  /** Verb forms that are no base form, some of them nouns too ("fell", "sent", "have"). */
  private static final Set<String> VERB_FORMS = Set.of("have", "had", "said", "told", "sent", "fell", "made", "took",
      "went", "came", "saw", "got", "gave", "found", "left", "led", "won", "lost", "held", "met", "kept", "brought",
      "thought", "paid", "built", "stood", "sought", "struck", "fought", "rose", "drew", "drove", "ran", "wrote",
      "spoke", "chose", "began", "became", "grew", "knew", "threw", "flew", "shot", "sold", "felt", "heard", "meant",
      "bought", "caught", "taught", "did", "do", "be", "am", "will", "can", "may", "must", "might", "could", "would", "should");
  /** Past tenses written as their verb's base form. */
  private static final Set<String> PAST_AS_BASE = Set.of("put", "cut", "set", "hit", "let", "quit", "cast", "cost",
      "hurt", "shut", "spread", "bid", "burst", "read", "beat", "split", "upset", "broadcast", "forecast", "thrust");

  /** Verbs in -s that are no plural noun ("The government has continued"). */
  private static final Set<String> VERBS_ONLY = Set.of("has", "is", "was", "does", "goes", "says", "seems", "becomes");
  /** Auxiliaries that agree with a plural subject and no singular one. */
  private static final Set<String> PLURAL_AUXILIARIES = Set.of("are", "were", "have");

  /** A single capital letter: an initial when a period and a capitalised word follow. */
  private static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  private static boolean isJoiner(String s) {
    return s.equals("-") || s.equals("/") || s.equals("‐") || s.equals("‑");
  }

  /** Prefixes after which a compound is an adjective, never a name ("anti-ISIL campaign"). */
  static boolean isPrefix(String lower) {
    return switch (lower) {
      case "anti", "pro", "non", "ex", "post", "pre", "counter", "neo", "pan", "self", "so", "semi",
          "multi", "inter", "intra", "trans", "mid" -> true;
      default -> false;
    };
  }
}
