package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.align.AlignedFact;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Article;
import org.parallax.quotes.Quotation;
import org.parallax.text.Ranges;
import org.parallax.text.Sorted;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;

/**
 * Finds loaded wording in each outlet's own voice (never inside a direct quotation, never in a name)
 * and weighs it:
 *
 * <ul>
 *   <li>words of the wording lexicon ({@code wording.json}): loaded verbs of saying and doing,
 *       judging adjectives, adverbs and nouns, political labels, intensifiers, each with its class's
 *       strength, a single word only when tagged with one of its class's parts of speech ("claims" the
 *       verb, not the noun);
 *   <li>labels of the loaded lexicon ({@code loaded.json}): strong inside a mention the referents mark
 *       loaded ("the Takfiri terrorists"), weak elsewhere ("terrorism" as a topic);
 *   <li>an intensifier counts as shown only before a judging word ("extremely dangerous"), not
 *       alone or before a neutral word ("extremely large");
 *   <li>scare quotes: one to four words in quotation marks that no one is quoted as saying and that
 *       are not introduced as a name or term (see {@link #scareQuote});
 *   <li>contrast: where another outlet tells the same aligned fact with a neutral word in the same
 *       slot ("slammed" / "criticised"), the loaded word gains strength and the other wording is kept
 *       as evidence; where others tell it without the word at all, it gains less.
 * </ul>
 *
 * <p>Invariants: spans index the article's cleaned text and never overlap within an article; output
 * in article then text order; {@code shown} is exactly {@code strength >= SHOWN}. Thread-safe; linear
 * in the tokens plus the fact substitutions.
 */
final class WordingFinder {

  /** The strength from which wording is marked by default. */
  static final double SHOWN = 0.6;

  private static final double LABEL_IN_MENTION = 0.8;
  private static final double LABEL_ELSEWHERE = 0.5;
  private static final double LONE_INTENSIFIER = 0.35;
  /** Categories of the loaded lexicon whose words are labels, capitalised or not ("Takfiri terrorists"). */
  private static final Set<String> LABEL_CATEGORIES = Set.of("violent actor", "illegitimate rule", "sponsorship");
  /** A scare quote of one or two words; a longer one is as often a fragment of someone's words. */
  private static final double SCARE_QUOTE = 0.65;
  private static final double WEAK_SCARE_QUOTE = 0.5;
  private static final double CONTRAST = 0.25;
  private static final double ADDED = 0.1;
  private static final int SCARE_QUOTE_WORDS = 4;
  /** The most words either side of a substitution may have to count as one slot worded two ways. */
  private static final int SLOT_WORDS = 4;
  private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[\\p{P}&&[^'-]]+$");
  /** How many other outlets' wordings a find keeps as evidence: enough to read, bounded at any size. */
  private static final int EVIDENCE = 3;

  /** A find, mutable while contrast evidence is added. */
  private static final class Cue {
    final int article;
    final int start;
    final int end;
    final String kind;
    final String cue;
    final String why;
    /** The part of speech of its last word (a phrase's head, mostly). */
    final String tag;
    double strength;
    boolean leftOut;
    /** Weak for want of its context (a loaded word outside a label, an intensifier alone): no contrast by referent. */
    boolean outOfContext;
    final List<Span> contrast = new ArrayList<>();
    final Set<String> notes = new LinkedHashSet<>();

    Cue(int article, int start, int end, String kind, String cue, String why, String tag, double strength) {
      this.article = article;
      this.tag = tag;
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.cue = cue;
      this.why = why;
      this.strength = strength;
    }
  }

  private final FramingLexicon lexicon;
  private final Parsed corpus;

  WordingFinder(FramingLexicon lexicon, Parsed corpus) {
    this.lexicon = lexicon;
    this.corpus = corpus;
  }

  /**
   * The loaded wording of the corpus.
   *
   * @param referents the referents, whose loaded mentions make a label strong
   * @param quotations every quotation (a short one with no speaker is a scare quote)
   * @param facts the aligned facts, whose substitutions give contrast
   */
  List<Wording> find(List<Referent> referents, List<Quotation> quotations, List<AlignedFact> facts) {
    List<Article> articles = corpus.articles();
    Map<String, Integer> indexOf = corpus.articleIndex();
    List<List<TextRange>> loadedMentions = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      loadedMentions.add(new ArrayList<>());
    }
    for (Referent r : referents) {
      for (Referent.Mention m : r.mentions()) {
        Integer a = indexOf.get(m.article());
        if (m.loaded() && a != null) {
          loadedMentions.get(a).add(new TextRange(m.start(), m.end()));
        }
      }
    }
    List<Cue> cues = new ArrayList<>();
    Map<Integer, List<Cue>> byArticle = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Cue> found = inArticle(a, new Ranges(loadedMentions.get(a)));
      byArticle.put(a, found);
      cues.addAll(found);
    }
    for (Quotation q : quotations) {
      Integer a = indexOf.get(q.articleId());
      if (a != null) {
        Cue c = scareQuote(a, q, byArticle.get(a));
        if (c != null) {
          cues.add(c);
        }
      }
    }
    contrast(facts, byArticle);
    referentContrast(referents, byArticle);
    cues.sort(Comparator.comparingInt((Cue c) -> c.article).thenComparingInt(c -> c.start));
    List<Wording> out = new ArrayList<>(cues.size());
    for (Cue c : cues) {
      Article art = articles.get(c.article);
      double strength = Math.round(Math.min(1, c.strength) * 100) / 100.0;
      String reason = c.notes.isEmpty() ? c.why : c.why + "; " + String.join("; ", c.notes);
      out.add(new Wording(art.id(), c.start, c.end, art.text().substring(c.start, c.end), c.kind, c.cue, strength,
          strength >= SHOWN, reason, c.contrast));
    }
    return out;
  }

  /** The lexicon finds of article {@code a}, in text order, none overlapping. */
  private List<Cue> inArticle(int a, Ranges loadedMentions) {
    List<Tok> toks = corpus.tokens().get(a);
    List<String> lowers = new ArrayList<>(toks.size());
    for (Tok t : toks) {
      lowers.add(t.lower());
    }
    List<Cue> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      if (corpus.inQuote(a, t.start()) || !Words.isWord(t.text())) {
        i++;
        continue;
      }
      int at = i;
      FramingLexicon.Term w = lexicon.wordingAt(lowers, i,
          e -> e.fits(t.tag(), t.lower()) && !(adjectiveOnly(e) && misreadAdjective(toks, at, e)) && !pluralOfAdjective(t, e)
              && !verbBeforeInfinitive(toks, at, e) && !undistanced(toks, at, e)
              || e.byPlace() && actsAsAdjective(toks, at));
      FramingLexicon.Term l = lexicon.loadedAt(lowers, i);
      // A loaded-lexicon word inside a loaded mention is a label; elsewhere the wording lexicon,
      // which knows its part of speech, says what it is.
      boolean inMention = loadedMentions.covers(t.start());
      FramingLexicon.Term term =
          w == null ? l : l == null ? w : l.words().size() > w.words().size() || (inMention && l.words().size() == w.words().size()) ? l : w;
      if (term == null) {
        i++;
        continue;
      }
      int last = i + term.words().size() - 1;
      if (term == w && (!ofWhat(toks, last) || TAKING.contains(term.text()) && !reportsSaying(toks, last, term.text()))) {
        i++;
        continue;
      }
      boolean label = term == l ? LABEL_CATEGORIES.contains(l.category()) : "label".equals(w.cls());
      if (toks.get(last).sentence() != t.sentence() || isName(toks, i, last, label) && !(label && epithetBefore(toks, last))) {
        i++;
        continue;
      }
      double strength;
      String kind;
      String why;
      if (term == l) {
        strength = inMention ? LABEL_IN_MENTION : LABEL_ELSEWHERE;
        kind = "label";
        why = inMention ? "loaded label (" + l.category() + ")" : "loaded word (" + l.category() + ") outside a label";
      } else {
        strength = w.strength();
        kind = w.cls();
        why = w.category();
        if (kind.equals("intensifier") && !heightens(toks, lowers, last)) {
          strength = LONE_INTENSIFIER;
          why = "intensifier, alone";
        }
      }
      Cue cue = new Cue(a, t.start(), toks.get(last).end(), kind, term.text(), why, toks.get(last).tag(), strength);
      cue.outOfContext = term == l && !inMention || strength == LONE_INTENSIFIER;
      out.add(cue);
      i = last + 1;
    }
    return out;
  }

  /**
   * Whether the words are (part of) a name: capitalised inside a sentence ("the Deli, Grill & Grocery",
   * "the Draconian Act"), or at its start before another capitalised word ("Fierce Creatures opened").
   * A single capitalised political label ("Marxist ideas") still counts.
   */
  private static boolean isName(List<Tok> toks, int first, int last, boolean label) {
    Tok t = toks.get(first);
    if (!Words.isCapitalised(t.text())) {
      return false;
    }
    boolean startsSentence = first == 0 || toks.get(first - 1).sentence() != t.sentence();
    Tok next = last + 1 < toks.size() && toks.get(last + 1).sentence() == t.sentence() ? toks.get(last + 1) : null;
    boolean after = next != null && Words.isCapitalised(next.text());
    if (startsSentence) {
      // Every sentence starts with a capital: only a capitalised word after it makes a name.
      return after;
    }
    // Inside a sentence a capital marks a name ("the Deli, Grill & Grocery"); only a political label
    // keeps its capital as a word ("Marxist ideas"), and not beside another capitalised word.
    boolean before = Words.isCapitalised(toks.get(first - 1).text());
    return before || after || !label;
  }

  /**
   * Whether a label ending at token {@code last} is said of the capitalised word after it, which is a title or
   * a state of the label's region (kinds.json {@code regions}): "Liberal Senator Ron Wyden", "Communist China"
   * are no names of their own, and the label is the outlet's.
   */
  private boolean epithetBefore(List<Tok> toks, int last) {
    if (last + 1 >= toks.size() || toks.get(last + 1).sentence() != toks.get(last).sentence()) {
      return false;
    }
    String next = toks.get(last + 1).lower();
    return lexicon.titles.contains(next)
        || lexicon.regionHolds(toks.get(last).lower(), next);
  }

  /**
   * Whether an intensifier ending at token {@code i} heightens a judging word ("extremely
   * dangerous"), adverbs between allowed; a neutral word after it ("extremely large") leaves it weak.
   */
  private boolean heightens(List<Tok> toks, List<String> lowers, int i) {
    for (int k = i + 1; k <= i + 2 && k < toks.size(); k++) {
      Tok n = toks.get(k);
      if (n.sentence() != toks.get(i).sentence()) {
        return false;
      }
      FramingLexicon.Term w = lexicon.wordingAt(lowers, k);
      if (w != null && !"intensifier".equals(w.cls()) && w.fits(n.tag()) || lexicon.loadedAt(lowers, k) != null) {
        return true;
      }
      if (!n.is("ADV")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A scare quote: a quotation of one to four words with at least one in lowercase (a title or a
   * name in quotation marks is no scare quote), attributed to no one, not introduced as a name or a
   * term ("dubbed a 'retina display'", "known as", "the phrase"). Shown when it is one or two words
   * and holds an adjective, an adverb or a loaded word ("the 'mythical' plan"); otherwise kept weak,
   * since quotation marks also set off terms of art and fragments of someone's words.
   */
  private Cue scareQuote(int a, Quotation q, List<Cue> found) {
    if (q.speaker() != null || q.speakerText() != null) {
      return null; // someone is quoted as saying it, if only "they" ("“We believe her,” they chanted")
    }
    String text = q.text();
    String[] words = text.trim().split("\\s+");
    if (words.length == 0 || words.length > SCARE_QUOTE_WORDS || words[0].isEmpty()) {
      return null;
    }
    boolean lower = false;
    for (String w : words) {
      lower |= Words.isWord(w) && !Words.isCapitalised(w) && Character.isLetter(w.codePointAt(0));
    }
    if (!lower) {
      return null;
    }
    int start = q.span().start();
    int end = q.span().end();
    // Finds are in text order and never overlap: only the last one starting before the quotation and
    // the first one from its start can reach into it.
    int next = Sorted.firstAtLeast(found, c -> c.start, start);
    if (next > 0 && found.get(next - 1).end > start || next < found.size() && found.get(next).start < end) {
      return null; // already found by its words
    }
    List<Tok> toks = corpus.tokens().get(a);
    int first = Sorted.firstAtLeast(toks, Tok::start, q.withMarks().start());
    if (introducesName(toks, first)) {
      return null;
    }
    boolean judging = false;
    for (int k = Sorted.firstAtLeast(toks, Tok::start, start); k < toks.size() && toks.get(k).start() < end; k++) {
      Tok t = toks.get(k);
      judging |= t.is("ADJ") || t.is("ADV") || lexicon.isLoadedWord(t.lower());
    }
    String cue = TRAILING_PUNCTUATION.matcher(Words.fold(text.trim())).replaceAll("");
    return new Cue(a, start, end, "scare-quote", cue,
        "put in quotation marks without a speaker: the outlet keeps its distance from the words", "NOUN",
        words.length <= 2 && judging ? SCARE_QUOTE : WEAK_SCARE_QUOTE);
  }

  /** Whether the words before token {@code i} introduce what follows as a name or a term. */
  private static boolean introducesName(List<Tok> toks, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      Tok t = toks.get(k);
      if (i < toks.size() && t.sentence() != toks.get(i).sentence()) {
        return false;
      }
      if (NAMING.contains(t.lower())) {
        return true;
      }
      if (!t.is("DET") && !t.is("ADP") && !t.is("PUNCT")) {
        return false;
      }
    }
    return false;
  }

  /** Words that introduce a name or a term in quotation marks ("dubbed", "known as", "the phrase"). */
  private static final Set<String> NAMING =
      Set.of("dubbed", "called", "calls", "call", "named", "nicknamed", "termed", "titled", "entitled", "known",
          "formerly", "word", "words", "phrase", "term", "terms", "slogan", "hashtag", "motto", "tagline",
          "label", "reads", "read", "as", "headlined", "captioned", "marked", "branded", "labelled", "labeled");

  /**
   * Raises the finds that other outlets, telling the same fact, word neutrally: a substitution whose
   * other side holds no find is contrast; words the others leave out entirely count less.
   */
  private void contrast(List<AlignedFact> facts, Map<Integer, List<Cue>> byArticle) {
    DivergenceFinder diff = new DivergenceFinder(lexicon, corpus);
    for (AlignedFact f : facts) {
      for (DivergenceFinder.Substitution s : diff.substitutions(f)) {
        if (s.a().size() > SLOT_WORDS || s.b().size() > SLOT_WORDS) {
          continue; // differently built sentences, not one slot worded two ways
        }
        List<Cue> inA = within(byArticle.get(s.articleA()), s.a());
        List<Cue> inB = within(byArticle.get(s.articleB()), s.b());
        raise(inA, inB, s.articleB(), s.b());
        raise(inB, inA, s.articleA(), s.a());
      }
    }
  }

  /** A modifier of a mention, the word after it in the mention ({@code slot}) and the outlet that wrote it. */
  private record Modifier(int article, Tok tok, String slot, String outlet, Referent.Mention mention) {}

  /**
   * Contrast by referent: where outlets call one referent by the same word ("Kim", "ruling") and one of them
   * puts a modifier before it that no other outlet uses for that referent ("dictator Kim" against "North Korean
   * leader Kim Jong Un", "the court's notorious ruling" against "the ruling"), the modifier is that outlet's
   * choice. A shown find there gains the contrast strength, with the other outlets' mentions as evidence, so that
   * it ranks first. Nothing is marked that was not: words of no lexicon that differ so ("annual", "federal")
   * mostly tell more, and on BABE the words this would have shown ("liberal", "Muslim" before what others name
   * otherwise) were annotated in 6 of 36.
   */
  private void referentContrast(List<Referent> referents, Map<Integer, List<Cue>> byArticle) {
    Map<String, Integer> indexOf = corpus.articleIndex();
    List<Article> articles = corpus.articles();
    for (Referent r : referents) {
      Set<Integer> inArticles = new HashSet<>();
      List<Modifier> modifiers = new ArrayList<>();
      // Per word after a modifier (or a mention's first word), the words before it, each with its outlets.
      Map<String, Map<String, List<Modifier>>> bySlot = new HashMap<>();
      Map<String, Set<String>> outletsOf = new HashMap<>();
      for (Referent.Mention m : r.mentions()) {
        Integer a = indexOf.get(m.article());
        if (a == null) {
          continue;
        }
        inArticles.add(a);
        String outlet = Highlights.name(articles.get(a));
        List<Tok> toks = corpus.tokens().get(a);
        List<Tok> words = new ArrayList<>();
        for (int k = Sorted.firstAtLeast(toks, Tok::start, m.start()); k < toks.size() && toks.get(k).end() <= m.end(); k++) {
          if (Words.isWord(toks.get(k).text()) || toks.get(k).isPossessive()) {
            words.add(toks.get(k)); // an owner's mark stays, so that the owner is no modifier of what it owns
          }
        }
        for (int k = 0; k < words.size(); k++) {
          if (words.get(k).isPossessive()) {
            continue;
          }
          String slot = Words.singular(words.get(k).lower());
          Tok before = k > 0 && !words.get(k - 1).isPossessive() ? words.get(k - 1) : null;
          String word = before != null && isModifier(before) ? before.lower() : "";
          Modifier mod = new Modifier(a, before, slot, outlet, m);
          bySlot.computeIfAbsent(slot, x -> new HashMap<>()).computeIfAbsent(word, x -> new ArrayList<>()).add(mod);
          if (!word.isEmpty()) {
            modifiers.add(mod);
            outletsOf.computeIfAbsent(word, x -> new HashSet<>()).add(outlet);
          }
        }
      }
      if (inArticles.size() < 2) {
        continue;
      }
      for (Modifier mod : modifiers) {
        String word = mod.tok().lower();
        if (outletsOf.get(word).size() > 1 || corpus.inQuote(mod.article(), mod.tok().start())) {
          continue; // another outlet calls it so too
        }
        // The other outlets' mentions with the same word after another modifier first, then those with none.
        List<Cue> at = new ArrayList<>(within(byArticle.get(mod.article()), List.of(mod.tok())));
        at.removeIf(c -> c.outOfContext || c.strength < SHOWN);
        if (at.isEmpty()) {
          continue; // (asked first: a large story's referents have thousands of modifiers, few of them finds)
        }
        List<Referent.Mention> others = new ArrayList<>();
        for (boolean withModifier : new boolean[] {true, false}) {
          for (Map.Entry<String, List<Modifier>> e : bySlot.get(mod.slot()).entrySet()) {
            if (others.size() >= EVIDENCE) {
              break;
            }
            if (e.getKey().equals(word) || e.getKey().isEmpty() == withModifier) {
              continue;
            }
            for (Modifier o : e.getValue()) {
              if (others.size() >= EVIDENCE) {
                break;
              }
              if (!o.outlet().equals(mod.outlet()) && !others.contains(o.mention())) {
                others.add(o.mention());
              }
            }
          }
        }
        for (Cue c : at) {
          for (Referent.Mention o : others) {
            Article oa = articles.get(indexOf.get(o.article()));
            Span span = new Span(oa.id(), o.start(), o.end(), o.text());
            if (c.contrast.isEmpty()) {
              c.strength += CONTRAST;
            }
            if (c.contrast.size() < EVIDENCE && !c.contrast.contains(span)) {
              c.contrast.add(span);
              c.notes.add(Highlights.name(oa) + " calls the same " + r.kind() + " '" + o.text() + "'");
            }
          }
        }
      }
    }
  }

  /**
   * Whether a word before another in a mention may be an outlet's choice of modifier: an adjective or a noun,
   * not a title, a nationality, a count or a word that only says which one.
   */
  private boolean isModifier(Tok t) {
    String w = t.lower();
    return (t.is("ADJ") || t.is("NOUN"))
        && !lexicon.titles.contains(w) && !lexicon.nationalities.containsKey(w) && !lexicon.genericModifiers.contains(w)
        && !Phrase.isCount(w) && !Phrase.isOrdinal(w) && Character.isLetter(w.codePointAt(0));
  }


  private void raise(List<Cue> loaded, List<Cue> otherFinds, int otherArticle, List<Tok> other) {
    if (loaded.isEmpty() || !otherFinds.isEmpty()) {
      return;
    }
    Article o = corpus.articles().get(otherArticle);
    Set<String> otherTags = new HashSet<>();
    for (Tok t : other) {
      if (CONTENT.contains(t.tag())) {
        otherTags.add(t.tag());
      }
    }
    for (Cue c : loaded) {
      if (otherTags.isEmpty()) {
        // The others tell it without the word (a determiner or a preposition in its place at most).
        if (!c.leftOut) {
          c.leftOut = true;
          c.strength += ADDED;
          c.notes.add(Highlights.name(o) + " tells the same fact without it");
        }
        continue;
      }
      if (!otherTags.contains(c.tag)) {
        continue; // a different kind of word: the sentences are built differently here
      }
      Span span = new Span(o.id(), other.get(0).start(), other.get(other.size() - 1).end(),
          o.text().substring(other.get(0).start(), other.get(other.size() - 1).end()));
      if (c.contrast.isEmpty()) {
        c.strength += CONTRAST;
      }
      if (c.contrast.size() < EVIDENCE && !c.contrast.contains(span)) {
        c.contrast.add(span);
        c.notes.add(Highlights.name(o) + " writes '" + span.text() + "' in the same fact");
      }
    }
  }

  /**
   * Verbs of saying with a verdict that also take a thing, which is no one's saying: "the shooting claimed the
   * life of", "claimed responsibility", "claims 25 percent of the list", "a laptop that boasts a larger screen".
   */
  private static final Set<String> TAKING = Set.of("claim", "boast");
  /** Words after which the verb at hand reports what was said: "claimed that", "claims to be", "boasted about". */
  private static final Set<String> SAYING_NEXT = Set.of("that", "to", "about", "of", "he", "she", "they", "it", "we", "i");
  /** What is claimed as taken, not as said: "claimed the lives of", "claimed responsibility", "claims 25 percent". */
  private static final Set<String> CLAIMED_THINGS = Set.of("life", "lives", "responsibility", "victory", "title",
      "titles", "seat", "seats", "percent", "share", "benefits", "benefit", "asylum", "credit", "ownership", "prize",
      "crown", "medal", "trophy", "win", "record");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "what");

  /**
   * Whether the verb {@code verb} ("claim", "boast") at {@code last} reports someone's saying: what follows is a
   * clause ("claimed that", "Apple claims the battery is", "claimed to be", "boasted of"), nothing ("…, he
   * claimed."), or it stands after a quotation or in a relative clause with its claimer ("a design that Apple
   * claims achieves"); a claim's object is said unless it is a thing taken ({@link #CLAIMED_THINGS}: "claimed the
   * life of Zurana Horton", "claims 25 percent of the list"; "claim expertise" stays), and a boast's object is
   * what the subject has ("boasts 1,280 x 800 resolution"). Never "claimed as his".
   */
  private static boolean reportsSaying(List<Tok> toks, int last, String verb) {
    int sentence = toks.get(last).sentence();
    if (last + 1 >= toks.size() || toks.get(last + 1).sentence() != sentence) {
      return true;
    }
    Tok before = last > 0 && toks.get(last - 1).sentence() == sentence ? toks.get(last - 1) : null;
    if (before != null && before.isQuoteMark()) {
      return true;
    }
    boolean subject = false; // the claimer between the relative word and the verb, not "that almost claimed her life"
    for (int k = last - 1; k >= 0 && k >= last - 4 && toks.get(k).sentence() == sentence; k--) {
      Tok t = toks.get(k);
      if (RELATIVES.contains(t.lower())) {
        if (subject) {
          return true;
        }
        break;
      }
      if (t.is("VERB") || t.is("AUX") || t.is("PUNCT")) {
        break;
      }
      subject |= t.is("PRON") || t.is("PROPN") || t.is("NOUN");
    }
    Tok next = toks.get(last + 1);
    if (SAYING_NEXT.contains(next.lower()) || next.is("PUNCT") && !next.isQuoteMark()) {
      return true;
    }
    if (next.lower().equals("as")) {
      return false;
    }
    for (int k = last + 1; k < toks.size() && k <= last + 12 && toks.get(k).sentence() == sentence; k++) {
      Tok t = toks.get(k);
      if (t.isQuoteMark()) {
        continue;
      }
      if (t.is("PUNCT") || t.is("CCONJ")) {
        break;
      }
      if (CLAIMED_THINGS.contains(t.lower()) && (t.is("NOUN") || t.is("PROPN"))) {
        return false; // "claimed the lives of", "claiming weekly unemployment benefits rose"
      }
      if (t.lower().equals("that") || (t.is("VERB") || t.is("AUX")) && !t.lower().endsWith("ing")) {
        return true;
      }
    }
    return verb.equals("claim");
  }

  /**
   * Whether a phrase ending at token {@code last} in "of" is followed by what it says something of, a word
   * in lowercase: "a flood of migrants", not "the flood of 2004" or "the Flood of Noah", which are floods.
   * Any other phrase: true.
   */
  private static boolean ofWhat(List<Tok> toks, int last) {
    if (!toks.get(last).lower().equals("of")) {
      return true;
    }
    Tok next = last + 1 < toks.size() && toks.get(last + 1).sentence() == toks.get(last).sentence() ? toks.get(last + 1) : null;
    return next != null && !next.is("NUM") && Character.isLowerCase(next.text().codePointAt(0));
  }

  /**
   * Whether the word at {@code i}, a judging adjective's form in -ing, is a verb before "to" and a verb:
   * "for failing to protect", "threatening to leave" tell what someone did or said, not what the writer
   * thinks of it ("the failing newspaper", "a threatening letter", "very disturbing to the allies").
   */
  private static boolean verbBeforeInfinitive(List<Tok> toks, int i, FramingLexicon.Term e) {
    Tok t = toks.get(i);
    return (t.is("VERB") || t.is("NOUN")) && t.lower().endsWith("ing") && e.words().size() == 1 && "subjective".equals(e.cls())
        && i + 2 < toks.size() && toks.get(i + 2).sentence() == t.sentence() && toks.get(i + 1).lower().equals("to")
        && (toks.get(i + 2).is("VERB") || toks.get(i + 2).is("AUX"));
  }

  /**
   * Whether a single distancing noun ("claim", "assertion") stands where it reports no one's saying: not
   * after an owner ("Varo's claim", "their claims") nor before what was said or by whom ("the claim that",
   * "claims of fraud", "claims by the firm"): "jobless claims", "insurance claims" are facts.
   */
  private static boolean undistanced(List<Tok> toks, int i, FramingLexicon.Term e) {
    if (e.words().size() != 1 || !"distancing noun".equals(e.category())) {
      return false;
    }
    Tok before = i > 0 && toks.get(i - 1).sentence() == toks.get(i).sentence() ? toks.get(i - 1) : null;
    Tok after = i + 1 < toks.size() && toks.get(i + 1).sentence() == toks.get(i).sentence() ? toks.get(i + 1) : null;
    boolean owned = before != null && (before.isPossessive() || MentionFinder.POSSESSIVES.contains(before.lower()));
    boolean told = after != null && CLAIMED.contains(after.lower());
    return !owned && !told;
  }

  /** What follows a claim that says what was claimed or by whom. */
  private static final Set<String> CLAIMED = Set.of("that", "of", "by", "about");

  /**
   * Whether noun {@code t} is the plural of a judging adjective no noun list knows as a noun, and so
   * another word: "at odds" is no "odd", "to extremes" no "extreme" ("extremists", "fanatics" are nouns
   * of their own and count).
   */
  private boolean pluralOfAdjective(Tok t, FramingLexicon.Term e) {
    String w = e.words().get(0);
    return t.is("NOUN") && e.words().size() == 1 && !"label".equals(e.cls()) && e.pos().contains("ADJ")
        && !t.lower().equals(w) && t.lower().endsWith("s") && !lexicon.isCommonNoun(w);
  }

  /** A single word listed only as an adjective (most of VADER's judging words: "perfect", "award", "ban"). */
  private static boolean adjectiveOnly(FramingLexicon.Term e) {
    return e.words().size() == 1 && e.pos().equals(Set.of("ADJ"));
  }

  /**
   * Whether the tagger's adjective at {@code i} is another word of the same letters: a verb's or a noun's
   * inflection of an adjective-only entry ("bans", "rioting"; "awarded" before its object or a
   * preposition), or the head of a noun phrase after an article ("the ban provoked charges").
   */
  private static boolean misreadAdjective(List<Tok> toks, int i, FramingLexicon.Term e) {
    Tok t = toks.get(i);
    String w = t.lower();
    Tok before = i > 0 && toks.get(i - 1).sentence() == t.sentence() ? toks.get(i - 1) : null;
    Tok after = i + 1 < toks.size() && toks.get(i + 1).sentence() == t.sentence() ? toks.get(i + 1) : null;
    if (!w.equals(e.words().get(0))) {
      // "bans", "rioting" are no adjectives; "awarded to", "awarded the" is a verb's passive, where "I am
      // amazed." describes.
      if (w.endsWith("s") || w.endsWith("ing")
          || w.endsWith("ed") && after != null && (after.is("ADP") || after.is("DET") || after.is("NUM"))) {
        return true;
      }
    }
    return before != null && ARTICLES.contains(before.lower())
        && (after == null || !(after.is("NOUN") || after.is("PROPN") || after.is("ADJ") || after.is("NUM")));
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her");

  /**
   * Whether the word at {@code i}, which the tagger read as a noun or a verb, stands where only an
   * adjective can: between a determiner and a noun ("a stubborn refusal"), after a degree adverb ("very
   * stubborn"), or after a form of "be" at the end of a clause ("she was stubborn."). The tagger misreads
   * rare adjectives; a judging adjective of the lexicon must not be lost to that.
   */
  static boolean actsAsAdjective(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    if (!t.is("NOUN") && !t.is("VERB") || t.lower().endsWith("ing") || t.lower().endsWith("ed")) {
      return false;
    }
    Tok before = i > 0 ? toks.get(i - 1) : null;
    Tok after = i + 1 < toks.size() ? toks.get(i + 1) : null;
    if (before == null || before.sentence() != t.sentence()) {
      return false;
    }
    boolean nounAfter = after != null && after.sentence() == t.sentence() && after.is("NOUN");
    if ((before.is("DET") || before.is("PRON") && MentionFinder.POSSESSIVES.contains(before.lower())) && nounAfter) {
      return true;
    }
    if (DEGREE.contains(before.lower())) {
      return true;
    }
    boolean clauseEnds = after == null || after.sentence() != t.sentence() || after.is("PUNCT");
    return (before.is("AUX") || BE.contains(before.lower())) && clauseEnds;
  }

  private static final Set<String> DEGREE = Set.of("very", "so", "too", "more", "most", "quite", "rather",
      "increasingly", "less", "least", "extremely", "fairly", "pretty", "somewhat");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "seems", "seemed",
      "looks", "looked", "remains", "remained", "became", "becomes");

  /** Parts of speech that carry content: a slot worded two ways has one on both sides. */
  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");

  /** The finds (in text order, not overlapping) lying within the tokens; a binary search. */
  private static List<Cue> within(List<Cue> cues, List<Tok> toks) {
    if (cues == null || cues.isEmpty() || toks.isEmpty()) {
      return List.of();
    }
    int e = toks.get(toks.size() - 1).end();
    List<Cue> out = new ArrayList<>();
    for (int i = Sorted.firstAtLeast(cues, c -> c.start, toks.get(0).start()); i < cues.size() && cues.get(i).start < e; i++) {
      if (cues.get(i).end <= e) {
        out.add(cues.get(i));
      }
    }
    return out;
  }
}
