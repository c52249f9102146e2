package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.corpus.Article;
import org.parallax.framing.Phrase.Role;
import org.parallax.text.Ranges;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;
import org.parallax.text.Tokenizer;
import org.parallax.text.WorkTitle;
import org.parallax.work.Fault;
import org.parallax.work.Faults;

/**
 * Finds the noun phrases of an article from its part-of-speech tags (no parser, no NER model):
 * an optional determiner, modifiers (adjectives, nouns, names, numbers, participles inside the
 * phrase), a noun head, and attached {@code of ...} phrases ("the Takfiri terrorists of Daesh"),
 * parentheses after a name ("the Daesh (ISIL) terrorist group"), possessors ("Moscow's alleged
 * deployment": "Moscow" is a phrase too, and so is the whole).
 *
 * <p>Names are runs of capitalised words (joined by "of" or name particles: "Secretary of State
 * John Kerry", "Abdullah bin Zayed"); a personal name is the end of its run after the title words
 * ("US Secretary of State" + "John Kerry"); a run ending in a title or institution word is a name as
 * a whole ("Islamic State", "White House"). Capitalised words at a sentence start or in a headline
 * count as names only when the article writes them capitalised elsewhere too.
 *
 * <p>Thread-safe (stateless apart from the lexicon); linear in the number of tokens.
 */
final class MentionFinder {

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "these", "those", "any", "some", "each", "every",
          "no", "another", "both", "either", "neither", "his", "her", "its", "their", "our", "my",
          "your", "such");
  private static final Set<String> PARTICLES =
      Set.of("bin", "ibn", "al", "el", "de", "da", "di", "du", "del", "der", "van", "von", "la",
          "le", "abu", "ben", "bint", "ul");
  private static final Set<String> ARABIC_PREFIXES = Set.of("al", "el", "ad", "as", "an", "ash", "at", "az", "bin", "ibn", "abu");
  private static final Set<String> NOT_NOUN =
      Set.of("despite", "per", "via", "amid", "let", "etc", "i.e.", "e.g.", "yesterday", "today",
          "tomorrow", "tonight", "meanwhile", "however", "said", "told");
  /** Determiners of one thing that also open a clause ("that"). */
  private static final Set<String> SINGULAR_DEMONSTRATIVES = Set.of("that", "this");
  /** Plural counts that open "... of" people or things ("Hundreds of", "Dozens of"), whose "of" names what is counted. */
  static final Set<String> COUNTS_OF = Set.of("hundreds", "thousands", "dozens", "millions", "tens", "scores", "billions");
  /** Possessive determiners; also read by {@link WordingFinder}. */
  static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
  private static final Set<String> ARTICLES_AND_POSSESSIVES =
      Set.of("the", "a", "an", "his", "its", "their", "our", "my", "your", "these", "those");
  /**
   * Dates are not referents: "March 2011", "Friday", "Dec 7". Not "jan" (Jan Egeland), "mar" (Mar del
   * Plata), "sat" (the SAT) nor "sun" (The Sun) without a period.
   */
  private static final Set<String> TIME_NAMES =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "feb", "aug", "sept",
          "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri");
  /** Months whose names are also surnames or given names ("Theresa May", "June Carter"). */
  private static final Set<String> MONTHS = Set.of("march", "april", "may", "june", "july", "august");
  /** Words that end a phrase's modifiers ("the Pentagon last year", "at least seven"). */
  private static final Set<String> BREAKERS = Set.of("last", "next", "least", "most", "past", "ago");
  private static final int MAX_PAREN = 8;
  /** Nouns that end a law's name, which "and" may join halves of ("the Tax Cuts and Jobs Act"; not "Buffalo Bills"). */
  private static final Set<String> LAW_NAME_ENDS = Set.of("act", "bill", "law", "treaty", "accord", "agreement");
  /** Second halves of compounds that modify rather than name ("Soviet-era", "Kremlin-backed"). */
  private static final Set<String> COMPOUND_SUFFIXES =
      Set.of("era", "style", "based", "led", "backed", "born", "made", "run", "owned", "linked", "related",
          "controlled", "held", "sponsored", "funded", "type", "like", "wide", "long", "day", "year", "old",
          "friendly", "leaning", "allied", "affiliated", "inspired", "aligned", "bound", "centric", "level",
          "term", "time", "month", "week", "hour", "ever", "class", "scale", "speaking", "american", "european",
          "majority", "minority", "dominated", "populated", "occupied", "brokered", "imposed", "supported", "trained",
          "armed", "built", "flagged", "registered", "focused", "oriented", "only", "free", "specific");

  private final FramingLexicon lexicon;

  MentionFinder(FramingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The phrases of article {@code article} (index in the corpus), in text order. */
  List<Phrase> find(int article, String text, List<Tok> toks, List<TextRange> quotes) {
    return find(article, text, toks, quotes, null, Faults.IGNORE, CorpusNames.NONE);
  }

  /**
   * The phrases of article {@code article}, in text order. A sentence whose reading fails is left out
   * (none of its phrases are kept) and reported to {@code faults} under {@code source}; the other
   * sentences are still read. {@code names} are what the corpus writes as names ({@link #corpusNames}).
   */
  List<Phrase> find(int article, String text, List<Tok> toks, List<TextRange> quotes, String source, Faults faults,
      CorpusNames names) {
    Pass p = new Pass(article, text, toks, quotes);
    p.corpusNames = names;
    p.run(source, faults);
    return p.out;
  }

  /**
   * Words the articles of a corpus tag as names in mid-sentence (not in a headline, not opening a
   * sentence) and none writes in lower case, as folded words: "boeing", where one article only writes
   * "Boeing had hoped", which the tagger reads as a verb; and, of those words however tagged, the ones
   * written right after a given name ("John Roberts"): surnames, names even where they open a sentence
   * looking like a plural noun ("Roberts said").
   */
  record CorpusNames(Set<String> words, Set<String> surnames) {
    static final CorpusNames NONE = new CorpusNames(Set.of(), Set.of());
  }

  /** The {@link CorpusNames} of articles (their texts, tokens and quotation ranges, by index). */
  CorpusNames corpusNames(List<Article> articles, List<List<Tok>> tokens, List<List<TextRange>> quotes) {
    // Each article's reading on its own (both cores), then the union: a set, whatever the order.
    List<List<Set<String>>> read = java.util.stream.IntStream.range(0, articles.size()).parallel()
        .mapToObj(i -> {
          if (tokens.get(i).isEmpty() || articles.get(i).text() == null) {
            return List.<Set<String>>of();
          }
          Pass p = new Pass(i, articles.get(i).text(), tokens.get(i), quotes.get(i));
          return List.of(p.nameInText, p.lowercaseInText, p.surnameInText);
        })
        .toList();
    Set<String> named = new HashSet<>();
    Set<String> lower = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    for (List<Set<String>> r : read) {
      if (!r.isEmpty()) {
        named.addAll(r.get(0));
        lower.addAll(r.get(1));
        surnames.addAll(r.get(2));
      }
    }
    // Words no article writes in lower case, of letters only: not "I'm" capitalised in a quotation, nor "US$".
    for (Set<String> words : List.of(named, surnames)) {
      words.removeAll(lower);
      words.removeIf(w -> w.length() < 3 || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-'));
    }
    return new CorpusNames(Set.copyOf(named), Set.copyOf(surnames));
  }

  private final class Pass {
    final int article;
    final String text;
    final List<Tok> toks;
    final List<TextRange> quotes;
    final Ranges quoteIndex;
    final List<Phrase> out = new ArrayList<>();
    final boolean[] headline;
    final boolean[] sentenceStart;
    final Set<String> capitalisedInText = new HashSet<>();
    /** Words of {@link #capitalisedInText} written so before a word that is not capitalised: a name's last word or all of it. */
    final Set<String> capitalisedAloneInText = new HashSet<>();
    /** Names of months the article writes after a given name ("Theresa May"): surnames there. */
    final Set<String> surnamedMonths = new HashSet<>();
    /** Words the article capitalises in mid-sentence where the tagger reads a name. */
    final Set<String> nameInText = new HashSet<>();
    /** Words the article writes right after a given name in mid-sentence: surnames ("John Roberts"). */
    final Set<String> surnameInText = new HashSet<>();
    /** Words the article writes in lower case somewhere ("trump" the verb, "reading"). */
    final Set<String> lowercaseInText = new HashSet<>();
    /** What the whole corpus writes as names ({@link #corpusNames}). */
    CorpusNames corpusNames = CorpusNames.NONE;

    Pass(int article, String text, List<Tok> toks, List<TextRange> quotes) {
      this.article = article;
      this.text = text;
      this.toks = toks;
      this.quotes = quotes;
      this.quoteIndex = new Ranges(quotes);
      headline = new boolean[toks.size()];
      sentenceStart = new boolean[toks.size()];
      markSentences();
    }

    /** Headlines (most words capitalised) and sentence-initial words cannot vouch for a name. */
    private void markSentences() {
      int i = 0;
      while (i < toks.size()) {
        int s = toks.get(i).sentence();
        int j = i;
        int words = 0;
        int caps = 0;
        int upper = 0;
        while (j < toks.size() && toks.get(j).sentence() == s) {
          Tok t = toks.get(j);
          if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
            words++;
            if (Words.isCapitalised(t.text())) {
              caps++;
            }
            if (t.text().chars().noneMatch(Character::isLowerCase)) {
              upper++;
            }
          }
          j++;
        }
        // Title case and no closing stop: "Kerry: Russia, US Follow Same Goals in Syria against ISIL".
        String lastText = toks.get(j - 1).text();
        boolean closed = lastText.equals(".") || lastText.equals("?") || lastText.equals("!")
            || lastText.equals("\"") || lastText.equals("”");
        // Or a line in capitals: "POLYGAMY CHARGES", "CUMBRIA DOUBLE MURDER" (its words are no acronyms).
        boolean isHeadline = words >= 3 && caps * 10 >= words * 7 && !closed || words >= 2 && upper == words;
        boolean start = true;
        for (int k = i; k < j; k++) {
          Tok t = toks.get(k);
          headline[k] = isHeadline;
          boolean afterLineBreak = k > i && text.substring(toks.get(k - 1).end(), t.start()).contains("\n");
          sentenceStart[k] = start || afterLineBreak;
          if (Words.isWord(t.text()) && !isOpening(t.text())) {
            start = isOpening(t.text()) || t.text().equals(":");
          } else if (!isOpening(t.text())) {
            start = start && !Words.isWord(t.text()) && !t.text().equals(",");
          }
          if (!isHeadline && !sentenceStart[k] && Words.isCapitalised(t.text())) {
            capitalisedInText.add(t.lower());
            if (k + 1 >= j || !Words.isCapitalised(toks.get(k + 1).text())) {
              capitalisedAloneInText.add(t.lower());
            }
            if (t.is("PROPN")) {
              nameInText.add(t.lower());
            }
            if (afterGivenName(k)) {
              surnameInText.add(t.lower());
            }
          }
          if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
            lowercaseInText.add(t.lower());
          }
          // Null-safe: this runs for the whole article, outside the per-sentence containment of faults.
          if (t.lower() != null && MONTHS.contains(t.lower()) && afterCapitalisedGivenName(k)) {
            surnamedMonths.add(t.lower());
          }
        }
        i = j;
      }
    }

    void run(String source, Faults faults) {
      int i = 0;
      while (i < toks.size()) {
        int next;
        try {
          int close = workTitleEnd(i);
          if (close > i) {
            emitWork(i + 1, close - 1);
            next = close + 1;
          } else {
            next = phraseAt(i, -1, "");
          }
        } catch (RuntimeException | StackOverflowError e) {
          // Leave the sentence out: drop what it emitted, go on at the next sentence.
          int sentence = toks.get(i).sentence();
          int from = i;
          while (from > 0 && toks.get(from - 1).sentence() == sentence) {
            from--;
          }
          int sentenceStart = toks.get(from).start();
          out.removeIf(ph -> ph.start >= sentenceStart);
          faults.report(new Fault(source, "one sentence left out", e));
          next = i + 1;
          while (next < toks.size() && toks.get(next).sentence() == sentence) {
            next++;
          }
        }
        i = Math.max(i + 1, next);
      }
      // The tokenizer splits some words ("2.5GHz" into "2.5" "GHz", "vFinance" into "v" "Finance"); a
      // phrase must name whole words, or a highlight would land inside one.
      out.removeIf(ph -> cutsWord(ph.start) || cutsWord(ph.end) || inDatelineParentheses(ph));
      out.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
    }

    /**
     * Where the title of a work in quotation marks ({@link WorkTitle}) that opens at token {@code open}
     * closes (the index of its closing mark), or -1.
     */
    private int workTitleEnd(int open) {
      Tok o = toks.get(open);
      String closing = switch (o.text()) {
        case "“" -> "”";
        case "\"" -> "\"";
        case "‘" -> "’";
        default -> null;
      };
      if (closing == null || headline[open] || inQuote(o.start())) {
        return -1;
      }
      int sentence = o.sentence();
      int first = open;
      while (first > 0 && toks.get(first - 1).sentence() == sentence) {
        first--;
      }
      if (o.text().equals("\"")) {
        // A straight mark opens a quotation only after an even number of them in its sentence.
        int marks = 0;
        for (int k = first; k < open; k++) {
          marks += toks.get(k).text().equals("\"") ? 1 : 0;
        }
        if (marks % 2 != 0) {
          return -1;
        }
      }
      int close = -1;
      for (int k = open + 1; close < 0 && k < toks.size() && k <= open + 20 && toks.get(k).sentence() == sentence; k++) {
        close = toks.get(k).text().equals(closing) ? k : -1;
      }
      if (close < open + 3) {
        return -1;
      }
      int last = close;
      while (last + 1 < toks.size() && toks.get(last + 1).sentence() == sentence) {
        last++;
      }
      TextRange sentenceRange = new TextRange(toks.get(first).start(), toks.get(last).end());
      return WorkTitle.is(text, new TextRange(o.start(), toks.get(close).end()),
          new TextRange(o.end(), toks.get(close).start()), sentenceRange) ? close : -1;
    }

    private boolean cutsWord(int i) {
      return i > 0 && i < text.length() && Character.isLetterOrDigit(text.codePointBefore(i))
          && Character.isLetterOrDigit(text.codePointAt(i));
    }

    /**
     * Parses a phrase at token {@code i}; {@code possessor} is the token index where the possessor
     * starts (or -1). Emits what it finds and returns the index to continue from.
     */
    private int phraseAt(int i, int possessor, String forcedDet) {
      int n = toks.size();
      int sentence = toks.get(i).sentence();
      int s = i;
      String det = forcedDet;
      if (possessor < 0) {
        while (i < n && isDeterminer(i) && i + 1 < n && toks.get(i + 1).sentence() == sentence) {
          det = toks.get(i).lower();
          i++;
        }
      }
      i += dateAfterDeterminer(i, det, sentence);
      int cs = i;
      int j = i;
      int last = -1;
      List<int[]> parens = new ArrayList<>();
      while (j < n && toks.get(j).sentence() == sentence) {
        Tok t = toks.get(j);
        if (j > cs && nameLike(j) && isCommonNoun(j - 1)) {
          break; // "the past two weeks Russian Federation", "an issue Washington is forced to"
        }
        if (isContent(j, j == cs && det.isEmpty() && possessor < 0)) {
          if (isNominal(j)) {
            last = j;
          }
          j++;
          if (j < n && toks.get(j).isPossessive()) {
            break;
          }
          continue;
        }
        if (t.text().equals("(") && last == j - 1 && nameLike(j - 1)) {
          int close = closingParen(j);
          if (close > 0 && !datelineAgency(j, close)) {
            parens.add(new int[] {j, close});
            last = close;
            j = close + 1;
            continue;
          }
        }
        if ((t.text().equals("[") || t.text().equals("]")) && j + 1 < n && nameLike(j + 1)
            && toks.get(j + 1).sentence() == sentence && (last == j - 1 || j == cs)) {
          j++;
          continue;
        }
        if (t.lower().equals("of") && last == j - 1 && j > cs && nameLike(j - 1) && personOfPlace(nameStart(j - 1, cs), j - 1)) {
          break; // "Sen. John Kerry of Massachusetts": a person, then where the person is from
        }
        int joined = nameJoin(j, cs, last, sentence);
        if (joined > 0) {
          j += joined;
          if (toks.get(j - 1).is("NUM")) {
            last = j - 1; // "the Group of 20": the number ends the name
          }
          continue;
        }
        int quotedName = j > cs || !det.isEmpty() ? quotedModifier(j, sentence) : 0;
        if (quotedName > 0) {
          j += quotedName; // "the "American Pie" star": a work's name modifies the noun
          continue;
        }
        int nickname = last == j - 1 ? nicknameLength(j) : 0;
        if (nickname > 0) {
          j += nickname; // Frank "Greg" Ford, Joaquin "El Chapo" Guzman: one name
          continue;
        }
        break;
      }
      if (last < cs) {
        return possessor >= 0 ? cs : Math.max(cs, j);
      }
      int ce = last;
      // A possessor: emit it, then the phrase it determines, spanning both.
      if (ce + 1 < n && toks.get(ce + 1).isPossessive() && ce + 2 < n
          && toks.get(ce + 2).sentence() == sentence) {
        // "a developers' conference", "a girls' school": the article is the whole phrase's, not the plural possessor's.
        boolean singularDet = (det.equals("a") || det.equals("an") || det.equals("another")) && !toks.get(ce + 1).text().contains("s");
        emit(singularDet ? cs : s, singularDet ? "" : det, cs, ce, parens, true, -1);
        int after = phraseAt(ce + 2, possessor >= 0 ? possessor : s, "'s");
        return Math.max(after, ce + 2);
      }
      int start = possessor >= 0 ? possessor : s;
      // Attachments: "of" + phrase; "in" + name after an event's or a government's noun.
      int attachEnd = -1;
      if (ce + 2 < n && toks.get(ce + 1).sentence() == sentence && toks.get(ce + 2).sentence() == sentence) {
        String link = toks.get(ce + 1).lower();
        String head = Words.singular(toks.get(ce).lower());
        // Not a name + "of" + a verb's -ing form: "accused China of stealing technology" says what China did
        // (the tagger may call "stealing" a noun; "University of Reading" is capitalised); nor a name +
        // "of" + a lowercase word that opens no phrase with a determiner: "accused Kavanaugh of sexual
        // misconduct" says what he is accused of ("Ann Fry of the State Department" is where she works).
        Tok afterOf = toks.get(ce + 2);
        boolean gerund = nameLike(ce) && Character.isLowerCase(afterOf.text().charAt(0))
            && (afterOf.lower().endsWith("ing") || !isDeterminer(ce + 2));
        // "in" + a name after an event's noun or a government's: "the crisis in Syria", "the regime in Pyongyang".
        boolean inName = link.equals("in") && nameLike(ce + 2) && (lexicon.eventHeads.contains(head)
            || lexicon.governsState(head));
        // Nor a verb's object before the "of" that verb takes: "accused the Trump administration of bullying", "cleared
        // the company of wrongdoing".
        boolean verbsOf = start > 0 && toks.get(start - 1).sentence() == sentence && VERBS_OF.contains(toks.get(start - 1).lower());
        if (link.equals("of") && !gerund && !verbsOf || inName) {
          int end = objectEnd(ce + 2, sentence);
          if (end > 0) {
            attachEnd = end;
          }
        }
      }
      emit(start, det, cs, ce, parens, false, attachEnd);
      return ce + 1;
    }

    /**
     * How many tokens at {@code k}, right after a determiner, are a date that says when the thing the phrase
     * names took place: a day's or a month's name and the day's number ("the June 20 shooting", "the Nov. 6
     * election", "the Sept. 11 attacks", "the Monday morning attack"). They are part of the phrase's text, not of
     * its words: without this the phrase began at the number ("6 election", "11 attacks", read as a count).
     */
    private int dateAfterDeterminer(int k, String det, int sentence) {
      if (det.isEmpty() || k + 1 >= toks.size() || !timeWord(k)) {
        return 0;
      }
      int next = k + 1;
      if (toks.get(next).is("NUM") && toks.get(next).text().matches("\\d{1,2}")) {
        next++;
      }
      if (next + 1 < toks.size() && DAY_PARTS.contains(toks.get(next).lower())) {
        next++; // "the Monday morning attack", "a Friday evening service"
      }
      return next < toks.size() && toks.get(next).sentence() == sentence
          && (toks.get(next).is("NOUN") || toks.get(next).is("ADJ")) && !nameLike(next) ? next - k : 0;
    }

    /**
     * Words for people of a race, which news style capitalises ("Black", "White", "Indigenous"): no names before a noun
     * in lower case ("Black residents"; "Terry White said", "White House" are names).
     */
    private static final Set<String> RACE_WORDS = Set.of("black", "white", "indigenous", "latino", "latina", "latinx");

    /** Verbs whose object an "of" follows that is the verb's, not the object's: "accused X of", "cleared X of". */
    private static final Set<String> VERBS_OF = Set.of("accuse", "accused", "accuses", "accusing", "suspect", "suspected",
        "suspects", "convict", "convicted", "convicts", "clear", "cleared", "clears", "acquit", "acquitted", "acquits",
        "rob", "robbed", "robs", "deprive", "deprived", "deprives", "strip", "stripped", "strips", "remind", "reminded",
        "reminds", "inform", "informed", "informs", "warn", "warned", "warns", "absolve", "absolved", "relieve", "relieved");

    /** Parts of a day after its name: "the Monday morning attack". */
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /** The last token of the phrase starting at {@code k} (for an "of" attachment), or -1. */
    private int objectEnd(int k, int sentence) {
      int n = toks.size();
      int i = k;
      while (i < n && isDeterminer(i)) {
        i++;
      }
      // "a caravan of about 3,000 migrants", "a crowd of more than 200 protesters": the count's hedge.
      int approximate = approximation(i);
      if (approximate > 0 && i + approximate < n && toks.get(i + approximate).is("NUM")) {
        i += approximate;
      }
      int last = -1;
      int j = i;
      while (j < n && toks.get(j).sentence() == sentence) {
        if (j > i && nameLike(j) && !nameLike(j - 1) && isCommonNoun(j - 1)
            && "time".equals(lexicon.nounKinds.get(toks.get(j - 1).lower()))) {
          break; // "player of the year Tyler Hansbrough": a span of time ends the object, before the name the title is of
        }
        if (isContent(j, j == i && i == k)) {
          if (isNominal(j)) {
            last = j;
          }
          j++;
          if (j < n && toks.get(j).isPossessive()) {
            return -1;
          }
          continue;
        }
        if (toks.get(j).text().equals("(") && last == j - 1 && nameLike(j - 1)) {
          int close = closingParen(j);
          if (close > 0 && !datelineAgency(j, close)) {
            last = close;
            j = close + 1;
            continue;
          }
        }
        int joined = nameJoin(j, i, last, sentence);
        if (joined > 0) {
          j += joined; // "a summit of the Group of Seven", "director of the Fish and Wildlife Service"
          if (toks.get(j - 1).is("NUM")) {
            last = j - 1; // "a summit of the Group of 20": the number ends the name
          }
          continue;
        }
        break;
      }
      return last;
    }

    /**
     * How many tokens at {@code j} go on the name that ends at {@code last} (the token before) as one
     * name, in a phrase whose words start at {@code from}: "of", a particle, "for" or "and" ("the Group of
     * Seven", "the Organisation for Economic Co-operation", "the Fish and Wildlife Service") one; "of
     * the" two ("the School of the Americas", "the Department of the Interior"), and "of" with the number of a
     * name the alias lexicon knows ("the Group of 20"); else 0.
     */
    private int nameJoin(int j, int from, int last, int sentence) {
      if (last != j - 1 || j <= from) {
        return 0;
      }
      String w = toks.get(j).lower();
      if ((w.equals("of") || PARTICLES.contains(w)) && nameLike(j - 1) && j + 1 < toks.size() && nameLike(j + 1)
          && toks.get(j + 1).sentence() == sentence || forJoins(j, from) || andJoins(j, from) || bodysTopicJoins(j, from, 1)) {
        return 1;
      }
      if (knownNameWithNumber(j)) {
        return 2; // "the Group of 20"
      }
      return ofTheJoins(j) || bodysTopicJoins(j, from, 2) ? 2 : 0;
    }

    /**
     * Whether "of" at {@code j} and the number after it end a name the alias lexicon knows, with the name words
     * before it: "the Group of 20" (read "the Group", then a count).
     */
    private boolean knownNameWithNumber(int j) {
      if (!toks.get(j).lower().equals("of") || j + 1 >= toks.size() || !toks.get(j + 1).is("NUM") || !nameLike(j - 1)) {
        return false;
      }
      int start = j - 1;
      while (start > 0 && nameLike(start - 1) && toks.get(start - 1).sentence() == toks.get(j).sentence()) {
        start--;
      }
      return lexicon.aliasGroup(runText(new int[] {start, j + 1})) != null;
    }

    /**
     * Whether "for the", "on" or "to" at {@code j} ({@code words} of them) joins a body's noun before it to
     * the capitalised words of its purpose after it into one name: "the Organisation for the Prohibition of
     * Chemical Weapons", "the Council on Foreign Relations", "the Committee to Protect Journalists". After
     * "on" and "to" two such words at least ("the Council on Tuesday", "the Board on Friday", "sent the
     * Commission to Geneva" are no names); the first may be a people's ("the Council on American-Islamic
     * Relations").
     */
    private boolean bodysTopicJoins(int j, int from, int words) {
      int n = toks.size();
      if (j < 1 || j - 1 < from || j + words + 1 > n || !agencyNoun(j - 1) || !nameLike(j - 1)) {
        return false;
      }
      String w = toks.get(j).lower();
      boolean forThe = words == 2 && w.equals("for") && toks.get(j + 1).lower().equals("the");
      // "on" and "to" only after the noun of a body that deliberates or campaigns: a firm's "Services on
      // West Fifth" is where it is.
      boolean onOrTo = words == 1 && (w.equals("on") || w.equals("to")) && TOPIC_BODIES.contains(Words.singular(toks.get(j - 1).lower()));
      if (!forThe && !onOrTo) {
        return false;
      }
      int sentence = toks.get(j).sentence();
      int k = j + words;
      int capitalised = 0;
      while (k < n && toks.get(k).sentence() == sentence
          && (commonCapitalised(k) || capitalised == 0 && lexicon.nationalities.containsKey(toks.get(k).lower()))
          && !"time".equals(lexicon.nounKinds.get(toks.get(k).lower()))) {
        capitalised++;
        k++;
      }
      return capitalised >= (forThe ? 1 : 2);
    }

    /** Bodies named for what they deliberate on or campaign to do: "the Council on Foreign Relations", "the Committee to Protect Journalists". */
    private static final Set<String> TOPIC_BODIES = Set.of("committee", "council", "commission", "conference", "institute",
        "center", "centre", "panel", "coalition", "campaign", "alliance", "caucus", "network", "forum", "task force", "board");

    /** How many words at {@code i} make a count approximate ("about", "more than", "at least"), or 0. */
    private int approximation(int i) {
      if (i >= toks.size()) {
        return 0;
      }
      String w = toks.get(i).lower();
      String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
      return APPROXIMATORS.contains(w) ? 1 : APPROXIMATOR_PAIRS.contains(w + " " + next) ? 2 : 0;
    }

    /**
     * Whether the parenthesis from {@code open} to {@code close} is the agency of a dateline, a place's name opening
     * its sentence and a dash after: "HELSINKI (Reuters) - ...". The agency is no other name of the place.
     */
    private boolean datelineAgency(int open, int close) {
      if (close + 1 >= toks.size() || !DATELINE_DASHES.contains(toks.get(close + 1).text())) {
        return false;
      }
      int sentence = toks.get(open).sentence();
      int first = open - 1;
      while (first > 0 && toks.get(first - 1).sentence() == sentence && nameLike(first - 1)) {
        first--;
      }
      return first == 0 || toks.get(first - 1).sentence() != sentence;
    }

    private static final Set<String> DATELINE_DASHES = Set.of("-", "--", "\u2013", "\u2014");

    /**
     * Whether {@code ph} is the whole of a dateline's parentheses ("GAZA (Reuters) -"): the agency that filed
     * the story, not anything the story tells of (the same agency named in a sentence is a mention there).
     */
    private boolean inDatelineParentheses(Phrase ph) {
      int k = org.parallax.text.Sorted.firstAtLeast(toks, Tok::start, ph.start);
      if (k <= 0 || k >= toks.size() || !toks.get(k - 1).text().equals("(")) {
        return false;
      }
      int close = closingParen(k - 1);
      return close > k && toks.get(close - 1).end() == ph.end && datelineAgency(k - 1, close);
    }

    /** The closing parenthesis of a short run of names after {@code open}, or -1. */
    private int closingParen(int open) {
      int n = toks.size();
      for (int k = open + 1; k < n && k <= open + MAX_PAREN; k++) {
        Tok t = toks.get(k);
        if (t.text().equals(")")) {
          return k > open + 1 ? k : -1;
        }
        if (!nameLike(k) && !t.lower().equals("of") && !t.lower().equals("the") && !t.lower().equals("and")) {
          return -1;
        }
      }
      return -1;
    }

    /** Degrees and credentials written after a name: "MD", "M.D.", "Ph.D.", "RN", "Esq.". */
    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
        "(?:M\\. ?D\\.?|MD|Ph\\. ?D\\.?|PhD|D\\. ?O\\.|RN|DDS|DVM|MPH|MBA|JD|J\\. ?D\\.|Esq\\.?|CPA|FACP|FACS|FRCS)");

    /**
     * Whether name run {@code r} is a place's name and then a word for a member of a party, in the singular: "Kentucky
     * Republican", "New York Democrat" (a word whose plural names a party the alias lexicon knows: "Republicans").
     */
    private boolean partyMemberAfterPlace(int[] r) {
      return partyMember(toks.get(r[1]).text()) && isPlaceName(Words.nameKey(runText(new int[] {r[0], r[1] - 1})));
    }

    /** Whether a word is one member of a party, its plural the party's name in the alias lexicon ("Republican"). */
    private boolean partyMember(String word) {
      if (!Words.isCapitalised(word) || word.endsWith("s")) {
        return false;
      }
      FramingLexicon.AliasGroup party = lexicon.aliasGroup(Words.nameKey(word + "s"));
      return party != null && "organisation".equals(party.kind());
    }

    /** Whether token {@code k} is a plural common noun whose singular a noun list knows ("operatives", not "news"). */
    private boolean pluralNoun(int k) {
      String w = toks.get(k).lower();
      String one = Words.singular(w);
      return !nameLike(k) && !one.equals(w) && lexicon.isCommonNoun(one);
    }

    /** Builds the phrase with core tokens {@code [cs, ce]} and emits it (and its modifier names). */
    private void emit(int start, String det, int cs, int ce, List<int[]> parens, boolean nested, int attachEnd) {
      int endTok = attachEnd > 0 ? attachEnd : ce;
      // "said that her friends", "that a decision", "claimed that Hamas operatives": a "that" (or "this") before
      // another determiner or a plural opens a clause, not the phrase.
      if (start < cs && SINGULAR_DEMONSTRATIVES.contains(toks.get(start).lower())
          && (cs - start >= 2 && isDeterminer(start + 1) || cs - start == 1 && pluralNoun(ce))) {
        start++;
        det = start < cs ? toks.get(cs - 1).lower() : "";
      }
      Tok first = toks.get(start);
      Tok last = toks.get(endTok);
      // Head: the last word outside a parenthesis at the end.
      int h = ce;
      for (int[] p : parens) {
        if (p[1] == ce) {
          h = p[0] - 1;
        }
      }
      // "Dozens of protesters", "thousands of migrants": the count's "of" names what is counted, the phrase's head.
      if (attachEnd > ce && ce + 2 <= attachEnd && COUNTS_OF.contains(toks.get(ce).lower())
          && toks.get(ce + 1).lower().equals("of") && toks.get(attachEnd).is("NOUN")) {
        h = attachEnd;
      }
      Tok head = toks.get(h);
      List<int[]> runs = nameRuns(cs, h, parens);
      List<String[]> aliases = new ArrayList<>();
      for (int[] p : parens) {
        aliases.add(new String[] {runText(runEndingAt(runs, p[0] - 1, cs)), text.substring(toks.get(p[0] + 1).start(), toks.get(p[1] - 1).end())});
      }
      // Not "AMD/ATI": two names written together with a slash are most often two things named together.
      Role role = Role.NONE;
      String name = null;
      boolean quotedName = false;
      List<String> titles = new ArrayList<>();
      int[] headRun = null;
      for (int[] r : runs) {
        if (r[1] == h) {
          headRun = r;
        }
      }
      if (headRun != null && headRun[1] > headRun[0] && partyMemberAfterPlace(headRun)) {
        // "the Kentucky Republican", "a New York Democrat": a member of a party from that place, no name; the
        // place is a name that modifies the noun.
        runs.remove(headRun);
        runs.add(new int[] {headRun[0], headRun[1] - 1});
        headRun = null;
      }
      if (headRun != null && headRun[1] == headRun[0] && start < h && partyMember(toks.get(h).text())) {
        // "the top Democrat on the committee", "a Republican": one member of a party, no one's name.
        runs.remove(headRun);
        headRun = null;
      }
      if (headRun != null && personalNameStart(headRun) > headRun[1]) {
        // Titles only, with "of": "the Secretary of State" is a secretary.
        for (int k = headRun[0] + 1; k < headRun[1]; k++) {
          if (toks.get(k).lower().equals("of")) {
            h = k - 1;
            head = toks.get(h);
            break;
          }
        }
      }
      if (headRun != null && personalNameStart(headRun) - 1 > headRun[0]
          && toks.get(personalNameStart(headRun) - 1).lower().equals("of")) {
        // Titles, "of", a name: "Chief Executive Officer of General Motors" is a role held at General
        // Motors (its head is "Officer"), not a person named "General Motors".
        int[] institution = {personalNameStart(headRun), headRun[1]};
        runs.remove(headRun);
        runs.add(institution);
        h = institution[0] - 2;
        head = toks.get(h);
        name = runText(institution);
        role = Role.OF;
        headRun = null;
      }
      if (headRun != null) {
        int nameStart = titleWordsBody(headRun) ? headRun[0] : personalNameStart(headRun);
        if (nameStart == headRun[0] && nameStart - 1 >= cs && Phrase.isOrdinalNumber(toks.get(nameStart - 1).text())) {
          nameStart--; // "the 16th MP Brigade" is no "MP Brigade" titled "16th": the 617th is another
        }
        if (nameStart <= headRun[1]) {
          // Words before the name are its titles: "his Russian counterpart Sergei Shoigu".
          for (int k = cs; k < nameStart; k++) {
            if (Words.isWord(toks.get(k).text())) {
              titles.add(toks.get(k).lower());
            }
          }
          name = text.substring(toks.get(nameStart).start(), toks.get(headRun[1]).end());
          role = Role.NAME;
          quotedName = quotedAround(nameStart, headRun[1]);
        }
      }
      // "The G7 summit in Quebec" is the G7's summit: a name before the head says more than the place after "in".
      boolean modifierName = false;
      for (int[] r : runs) {
        modifierName |= r[1] < h && isNameRun(r);
      }
      if (role == Role.NONE && attachEnd > 0 && !(modifierName && toks.get(ce + 1).lower().equals("in"))) {
        int os = ce + 2;
        while (os <= attachEnd && isDeterminer(os)) {
          os++;
        }
        int oh = attachEnd;
        if (toks.get(attachEnd).text().equals(")")) {
          oh = indexOfOpen(os, attachEnd) - 1;
        }
        for (int[] r : nameRuns(os, oh, List.of())) {
          if (r[1] == oh && isNameRun(r)) {
            name = text.substring(toks.get(r[0]).start(), toks.get(r[1]).end());
            role = Role.OF;
          }
        }
      }
      if (role == Role.NONE) {
        for (int[] r : runs) {
          if (r[1] < h && isNameRun(r)) {
            name = text.substring(toks.get(r[0]).start(), toks.get(r[1]).end());
            role = Role.MODIFIER;
          }
        }
      }
      List<int[]> names = new ArrayList<>();
      for (int[] r : runs) {
        if (isNameRun(r)) {
          names.add(r);
        }
      }
      List<String> descriptors = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int k = cs; k <= endTok; k++) {
        Tok t = toks.get(k);
        if (!Words.isWord(t.text()) || t.isPossessive()) {
          continue;
        }
        words.add(t.lower());
        boolean inName = k <= ce ? inRuns(names, k) || inParens(parens, k)
            : nameLike(k) && !isTitleLike(t.lower()) && !inNationality(k, endTok);
        if (!inName && !isDeterminer(k) && !t.is("ADP") && !t.lower().equals("of")
            && !lexicon.genericModifiers.contains(t.lower())) {
          descriptors.add(k == h ? Words.singular(Words.withoutPrefix(t.lower())) : t.lower());
        }
      }
      String before = start > 0 && toks.get(start - 1).sentence() == toks.get(start).sentence() ? toks.get(start - 1).lower() : "";
      if (before.equals(",") && CREDENTIAL.matcher(text.substring(first.start(), last.end())).matches()) {
        return; // "Jorge Alsip, MD, said": a degree after a name, no one and nothing of its own
      }
      List<String> after = wordsAfter(endTok);
      Phrase p = new Phrase(article, head.sentence(), first.start(), last.end(), text.substring(first.start(), last.end()),
          det, nameLike(h) ? head.lower() : Words.singular(Words.withoutPrefix(head.lower())), Words.isPlural(head.lower()) && !nameLike(h), descriptors, words, role, name,
          role == Role.NAME ? titles : List.of(), aliases, nested || isInsideEarlier(first.start(), last.end()),
          inQuote(first.start()), before, after, endTok + 1);
      p.quoted = quotedName;
      for (int k = cs; k <= endTok; k++) {
        Tok t = toks.get(k);
        if ((t.is("ADJ") || t.is("ADV")) && k != h && descriptors.contains(t.lower()) && !lexicon.nationalities.containsKey(t.lower())) {
          p.adjectives.add(t.lower());
        }
      }
      for (int k = start; k <= endTok; k++) {
        List<String> lowers = new ArrayList<>();
        for (int m = k; m <= endTok && m < k + 6; m++) {
          lowers.add(toks.get(m).lower());
        }
        FramingLexicon.Term term = lexicon.loadedAt(lowers, 0);
        if (term == null) {
          // A label of the wording lexicon ("illegal aliens", "leftist"), where its part of speech fits.
          Tok t = toks.get(k);
          term = lexicon.wordingAt(lowers, 0, e -> "label".equals(e.cls()) && e.fits(t.tag()));
        }
        if (term != null && !(inRuns(runs, k) && !lexicon.isLoadedWord(toks.get(k).lower()))) {
          p.loadedTerms.add(text.substring(toks.get(k).start(), toks.get(k + term.words().size() - 1).end()));
        }
      }
      out.add(p);
      if (role != Role.NAME) {
        emitDemonyms(cs, h, names);
      }
      // Names that modify the head are mentions of their own ("US" in "US troops"), and so are names
      // among a person's titles, written apart from the person's own run, when a word for a person comes
      // right before the name ("Boeing" in "Boeing spokesman William Barksdale"; not "East" in "40 East
      // 5th Ave.").
      boolean titled = role == Role.NAME && !titles.isEmpty();
      int modifiersEnd = !titled ? h : headRun[0] > cs && isPersonNoun(toks.get(headRun[0] - 1).lower()) ? headRun[0] : cs;
      for (int[] r : runs) {
        if (r[1] < modifiersEnd && isNameRun(r) && r[0] >= cs && !endsInApostrophe(toks.get(r[1]).text())
            && !(titled ? openingWordOnly(r) : openingCommonWord(r))) {
          if (!titled) {
            emitGovernment(r, h);
          }
          // Titles held at a body name only the body: "GM" of "CEO of GM outlines plan".
          int body = titlesOfBody(r);
          emitName(body > r[0] ? new int[] {body, r[1]} : withoutQualifier(r), false);
        }
      }
      // The same inside the person's own run, written with capitals: "Apple" in "Apple CEO Steve Jobs".
      if (titled) {
        int[] body = bodyBeforeTitles(headRun);
        if (body != null && isNameRun(body) && !openingWordOnly(body)) {
          emitName(body, false);
        } else if (body == null) {
          // Its capitals make it a name, the whole of it, though its words may also qualify titles ("Air Force").
          body = institutionAfterTitleOf(start, headRun);
          if (body != null && !openingWordOnly(body)) {
            emitName(body, false, true);
          }
        }
      }
      if (!titled) {
        for (int[] par : parens) {
          emitName(new int[] {par[0] + 1, par[1] - 1}, true);
        }
      }
    }

    /**
     * A name and a noun for its government that together modify a longer phrase's head are a mention of
     * that government too: "U.S. government" of "a partial U.S. government shutdown", "Trump
     * administration" of "Trump administration officials" (as "the U.S. government" would be, alone).
     */
    private void emitGovernment(int[] r, int h) {
      int g = r[1] + 1;
      if (g >= h || !toks.get(g).is("NOUN") || !lexicon.governmentHeads.contains(toks.get(g).lower())
          || Words.isCapitalised(toks.get(g).text())) {
        return;
      }
      Tok a = toks.get(r[0]);
      Tok b = toks.get(g);
      out.add(new Phrase(article, a.sentence(), a.start(), b.end(), text.substring(a.start(), b.end()), "",
          b.lower(), false, List.of(b.lower()), lowers(r[0], g), Role.MODIFIER, runText(r), List.of(), List.of(), true,
          inQuote(a.start()), r[0] > 0 ? toks.get(r[0] - 1).lower() : "", wordsAfter(g), g + 1));
    }

    /**
     * A nationality before a description's head that says whose the thing is is a mention of that state:
     * "Canadian" of "the Canadian economy", "Japanese" of "the Japanese government", "Romanian" of "a Romanian
     * official" (its phrase's name is the state's). Not of people it only describes ("a Canadian man", "Russian
     * citizens"), nor inside a name ("British Airways").
     */
    private void emitDemonyms(int cs, int h, List<int[]> names) {
      String head = Words.singular(toks.get(h).lower());
      String kind = lexicon.nounKinds.get(head);
      if ((personNoun(head) || "group".equals(kind)) && !STATE_ACTORS.contains(head) || NOT_THE_STATE.contains(head)) {
        return;
      }
      for (int k = cs; k < h; k++) {
        Tok t = toks.get(k);
        String country = lexicon.nationalities.get(t.lower());
        if (country == null || !Words.isCapitalised(t.text()) || inRuns(names, k)
            || Words.isCapitalised(toks.get(k + 1).text()) // "Korean Air", "British Airways": a name
            || k + 1 < h && lexicon.nationalities.containsKey(t.lower() + " " + toks.get(k + 1).lower())
            || k > cs && lexicon.nationalities.containsKey(toks.get(k - 1).lower() + " " + t.lower())) {
          continue; // two-word nationalities ("North Korean") are left alone
        }
        out.add(new Phrase(article, t.sentence(), t.start(), t.end(), t.text(), "", t.lower(), false, List.of(),
            List.of(t.lower()), Role.NAME, country, List.of(), List.of(), true, inQuote(t.start()),
            k > 0 ? toks.get(k - 1).lower() : "", wordsAfter(k), k + 1));
        out.get(out.size() - 1).demonym = true;
      }
    }

    /** People and bodies who act for their state, whose nationality is the state's: "a Romanian official", "the Indian navy". */
    private static final Set<String> STATE_ACTORS = Set.of("official", "minister", "diplomat", "ambassador", "envoy",
        "authority", "troop", "force", "soldier", "regulator", "lawmaker", "prosecutor", "negotiator", "delegation",
        "government", "military", "army", "navy", "police", "administration", "parliament", "regime", "cabinet");

    /** What a nationality describes without being the state's: a language, a school subject, a cuisine, a descent. */
    private static final Set<String> NOT_THE_STATE = Set.of("language", "class", "lesson", "course", "accent", "cuisine",
        "food", "dish", "restaurant", "style", "descent", "origin", "heritage", "ancestry", "speaker", "translation");

    /** The lowercase words of tokens {@code [from, to]}. */
    private List<String> lowers(int from, int to) {
      List<String> words = new ArrayList<>();
      for (int k = from; k <= to; k++) {
        words.add(toks.get(k).lower());
      }
      return words;
    }

    /** Up to three lowercase words after token {@code last}, in its sentence: what a phrase ending there goes on with. */
    private List<String> wordsAfter(int last) {
      List<String> after = new ArrayList<>();
      for (int k = last + 1; k < toks.size() && k <= last + 3 && toks.get(k).sentence() == toks.get(last).sentence(); k++) {
        after.add(toks.get(k).lower());
      }
      return after;
    }

    /**
     * A name run without a word before it that only qualifies the body it names, when the rest is a name
     * the alias lexicon knows: "Labour Party" of "Opposition Labour Party leader Jeremy Corbyn".
     */
    private int[] withoutQualifier(int[] r) {
      if (r[1] <= r[0] || !BODY_QUALIFIERS.contains(toks.get(r[0]).lower())
          || lexicon.aliasGroup(text.substring(toks.get(r[0] + 1).start(), toks.get(r[1]).end())) == null) {
        return r;
      }
      return new int[] {r[0] + 1, r[1]};
    }

    private int indexOfOpen(int from, int close) {
      for (int k = close; k >= from; k--) {
        if (toks.get(k).text().equals("(")) {
          return k;
        }
      }
      return close + 1;
    }

    private void emitName(int[] r, boolean inParens) {
      emitName(r, inParens, false);
    }

    /**
     * The title of a work, tokens {@code [from, to]} inside its quotation marks: one name, its leading
     * article ("The Million Dollar Mermaid") and a comma or full stop inside the closing mark left out.
     * A title that ends in the head of a body's or a place's name is that body's or place's name.
     */
    private void emitWork(int from, int to) {
      while (to > from && (toks.get(to).text().equals(",") || toks.get(to).text().equals("."))) {
        to--;
      }
      if (ARTICLES.contains(toks.get(from).lower()) && from < to) {
        from++;
      }
      emitName(new int[] {from, to}, false, true);
      // A body's name in quotation marks ("Community of South America", "School of Assassins") is one
      // name too, of a body, not a work.
      String last = Words.singular(toks.get(to).lower());
      out.get(out.size() - 1).work = !(lexicon.organisationHeads.contains(last) || lexicon.institutionHeads.contains(last)
          || lexicon.collectiveHeads.contains(last) || lexicon.placeHeads.contains(last)
          || lexicon.governmentHeads.contains(last));
    }

    /** A name of its own inside a phrase; {@code whole}: all its words are the name, none a title. */
    private void emitName(int[] r, boolean inParens, boolean whole) {
      Tok a = toks.get(r[0]);
      Tok b = toks.get(r[1]);
      List<String> words = lowers(r[0], r[1]);
      String before = r[0] > 0 ? toks.get(r[0] - 1).lower() : "";
      int nameStart = whole || titleWordsBody(r) ? r[0] : personalNameStart(r);
      List<String> titles = new ArrayList<>();
      for (int k = r[0]; k < nameStart; k++) {
        titles.add(toks.get(k).lower());
      }
      String name = text.substring(toks.get(Math.min(nameStart, r[1])).start(), b.end());
      // The words after it, as for any phrase: "Airbus" before "spokesman Stefan Schaffrath".
      List<String> after = wordsAfter(r[1]);
      out.add(new Phrase(article, a.sentence(), a.start(), b.end(), text.substring(a.start(), b.end()), "",
          Words.fold(b.text()), false, List.of(), words, Role.NAME, name, titles, List.of(), true,
          inQuote(a.start()), before, after, r[1] + 1));
      out.get(out.size() - 1).quoted = quotedAround(r[0], r[1]);
    }

    /** Whether quotation marks stand right around tokens {@code [from, to]}: "the "American Pie" star". */
    private boolean quotedAround(int from, int to) {
      return from > 0 && to + 1 < toks.size() && toks.get(from - 1).isQuoteMark() && toks.get(to + 1).isQuoteMark()
          && toks.get(from - 1).sentence() == toks.get(to + 1).sentence();
    }

    /**
     * The tokens of a name in quotation marks at {@code j} that modifies the noun after it inside a phrase
     * ("the "American Pie" star", "his "Fast Money" co-host"): marks and name, or 0. One to five name words
     * between the marks, then a common noun in lower case.
     */
    private int quotedModifier(int j, int sentence) {
      if (!toks.get(j).isQuoteMark()) {
        return 0;
      }
      for (int c = j + 2; c <= j + 6 && c + 1 < toks.size() && toks.get(c).sentence() == sentence; c++) {
        if (toks.get(c).isQuoteMark()) {
          Tok after = toks.get(c + 1);
          boolean names = true;
          for (int k = j + 1; k < c && names; k++) {
            names = Words.isCapitalised(toks.get(k).text()) || toks.get(k).is("NUM");
          }
          return names && after.sentence() == sentence && after.is("NOUN") && !Words.isCapitalised(after.text()) ? c - j + 1 : 0;
        }
      }
      return 0;
    }

    /** Whether a phrase at {@code [s, e)} lies inside one already emitted (an "of" object). */
    private boolean isInsideEarlier(int s, int e) {
      for (int k = out.size() - 1; k >= 0 && k >= out.size() - 4; k--) {
        Phrase o = out.get(k);
        if (o.start <= s && e <= o.end && (o.start != s || o.end != e)) {
          return true;
        }
      }
      return false;
    }

    /** Runs of name tokens in {@code [from, to]} outside parentheses, as {start, end} pairs. */
    private List<int[]> nameRuns(int from, int to, List<int[]> parens) {
      List<int[]> runs = new ArrayList<>();
      int k = from;
      while (k <= to) {
        if (inParens(parens, k) || !nameLike(k)) {
          k++;
          continue;
        }
        int e = k;
        while (e + 1 <= to && !inParens(parens, e + 1)) {
          int nickname = nameLike(e + 1) ? 0 : nicknameLength(e + 1);
          if (nameLike(e + 1)) {
            e++;
          } else if (e + 2 <= to && toks.get(e + 1).lower().equals("of") && personOfPlace(k, e)) {
            break; // "Sen. John Kerry of Massachusetts": a person, then where the person is from
          } else if (e + 3 <= to && (ofTheJoins(e + 1) || bodysTopicJoins(e + 1, k, 2))) {
            e += 3;
          } else if (nickname > 0 && e + nickname + 1 <= to) {
            e += nickname + 1; // Frank "Greg" Ford: one name
          } else if (e + 2 <= to && knownNameWithNumber(e + 1)) {
            e += 2; // "the Group of 20": a known name with its number
          } else if (e + 2 <= to && (toks.get(e + 1).lower().equals("of") || PARTICLES.contains(toks.get(e + 1).lower())
              || toks.get(e + 1).is("NUM") || toks.get(e + 1).text().equals("]")
              || toks.get(e + 1).text().equals("[")) && nameLike(e + 2)
              || e + 3 <= to && forJoins(e + 1, k) || e + 2 <= to && andJoins(e + 1, k)
              || e + 2 <= to && bodysTopicJoins(e + 1, k, 1)) {
            e += 2;
          } else {
            break;
          }
        }
        if (continuedByCompound(k, e)) {
          k = e + 1; // "New" of "the New Zealand-born man": the name goes on inside a compound
          continue;
        }
        if (e == k + 1 && partyAndChamber(k, e)) {
          runs.add(new int[] {k, k}); // "the Republican Senate leader": the party's, and the Senate's
          runs.add(new int[] {e, e});
        } else if (e == k && nationalityBeforeBody(k, from)) {
          runs.add(new int[] {k - 1, e}); // "the Palestinian/ADJ Authority": one body's name
        } else {
          runs.add(new int[] {k, e});
        }
        k = e + 1;
      }
      return runs;
    }

    /**
     * Whether token {@code k}, a capitalised noun that ends bodies' names ("Authority", "Council", "Army"),
     * follows a capitalised nationality the tagger read as an adjective, at {@code from} or after: together
     * one body's name ("Palestinian Authority chief Mahmoud Abbas", "the Israeli Army").
     */
    private boolean nationalityBeforeBody(int k, int from) {
      Tok t = toks.get(k);
      if (k - 1 < from || toks.get(k - 1).sentence() != t.sentence() || !toks.get(k - 1).is("ADJ")) {
        return false;
      }
      String before = toks.get(k - 1).text();
      String lower = t.lower();
      return Words.isCapitalised(before) && Words.isCapitalised(t.text()) && lexicon.nationalities.containsKey(before.toLowerCase(java.util.Locale.ROOT))
          && (lexicon.organisationHeads.contains(lower) || lexicon.bodyNameEnds.contains(lower))
          && !lexicon.governmentHeads.contains(lower);
    }

    /**
     * Whether the token after {@code e} is a hyphenated compound that opens with a capitalised word and
     * goes on in lower case ("Zealand-born", "York-based"): the run ending at {@code e} is then the start of
     * a name the compound holds the rest of ("New" of "New Zealand-born", "United" of "United Nations-run"),
     * no name of its own, unless it names a place or a body the lexicons know ("New York" of "New York
     * City-based").
     */
    private boolean continuedByCompound(int k, int e) {
      if (e + 1 >= toks.size() || toks.get(e + 1).sentence() != toks.get(e).sentence()) {
        return false;
      }
      String next = toks.get(e + 1).text();
      int hyphen = next.indexOf('-');
      if (!(hyphen > 0 && hyphen < next.length() - 1 && Words.isCapitalised(next.substring(0, hyphen))
          && Character.isLowerCase(next.charAt(hyphen + 1)) && toks.get(e + 1).start() > toks.get(e).end())) {
        return false;
      }
      // Only then the lexicons, which every name run would otherwise ask.
      String run = text.substring(toks.get(k).start(), toks.get(e).end());
      return !knownPlace(run) && lexicon.aliasGroup(run) == null && !lexicon.isGazetteerPlace(Words.nameKey(run));
    }

    /**
     * Whether tokens {@code k} and {@code e} are a party's name and a chamber's, in either order, that
     * no name joins ("Republican Senate", "Senate Democratic", "House Republicans"): two names, each its
     * own, where the alias lexicon knows neither whole.
     */
    private boolean partyAndChamber(int k, int e) {
      String two = text.substring(toks.get(k).start(), toks.get(e).end());
      if (lexicon.aliasGroup(two) != null) {
        return false;
      }
      return isParty(toks.get(k)) && CHAMBERS.contains(toks.get(e).lower())
          || CHAMBERS.contains(toks.get(k).lower()) && isParty(toks.get(e));
    }

    private boolean isParty(Tok t) {
      FramingLexicon.AliasGroup g = lexicon.aliasGroup(t.text());
      return g != null && g.name().endsWith(" Party");
    }

    /** A legislature's chamber, written as one word. */
    private static final Set<String> CHAMBERS = Set.of("senate", "house", "congress", "parliament", "assembly",
        "commons", "lords", "legislature", "bundestag", "duma", "knesset");

    /**
     * Whether "of the" at {@code j} joins the name before it to the name after it into one: "the School of
     * the Americas", "the Department of the Interior", "the Organization of the Islamic Conference". Not
     * after a title ("the Secretary of the Navy" holds a post at the Navy, "the President of the United
     * States" at a state), nor when the name before is a person's or a place's own.
     */
    private boolean ofTheJoins(int j) {
      if (j < 1 || j + 2 >= toks.size() || !toks.get(j).lower().equals("of") || !toks.get(j + 1).lower().equals("the")) {
        return false;
      }
      int sentence = toks.get(j).sentence();
      if (toks.get(j + 2).sentence() != sentence || toks.get(j - 1).sentence() != sentence
          || !nameLike(j - 1) || !nameLike(j + 2) || isTitleLike(toks.get(j - 1).lower())
          || lexicon.nationalities.containsKey(toks.get(j - 1).lower()) || knownPlace(toks.get(j - 1).text())
          || lexicon.givenNames.contains(toks.get(j - 1).lower())) {
        return false;
      }
      // Not a person's name before it: "John Smith of the Times" is a person and where he works.
      for (int k = j - 1; k >= 0 && toks.get(k).sentence() == sentence && nameLike(k); k--) {
        if (lexicon.givenNames.contains(toks.get(k).lower()) || isTitleLike(toks.get(k).lower())) {
          return false;
        }
      }
      // The name before ends in a noun of a body or a thing ("School", "Department", "Battle"), written with a capital.
      return lexicon.isCommonNoun(Words.singular(toks.get(j - 1).lower())) || lexicon.organisationHeads.contains(toks.get(j - 1).lower());
    }

    /**
     * The number of tokens of a nickname in quotation marks at {@code j} between a given name and a
     * surname ({@code "Greg"} in Frank "Greg" Ford: three), or 0: one to three capitalised words between
     * two marks, in one sentence, after a given name and before a capitalised word.
     */
    private int nicknameLength(int j) {
      if (j < 1 || j >= toks.size() || !toks.get(j).isQuoteMark() || !lexicon.givenNames.contains(toks.get(j - 1).lower())
          || !Words.isCapitalised(toks.get(j - 1).text())) {
        return 0;
      }
      int sentence = toks.get(j).sentence();
      for (int m = 1; m <= 3 && j + m + 1 < toks.size(); m++) {
        Tok close = toks.get(j + m);
        if (close.isQuoteMark()) {
          Tok after = toks.get(j + m + 1);
          return m >= 2 && close.sentence() == sentence && after.sentence() == sentence && Words.isCapitalised(after.text())
              && nameLike(j + m + 1) ? m + 1 : 0;
        }
        if (close.sentence() != sentence || !Words.isCapitalised(close.text())) {
          return 0;
        }
      }
      return 0;
    }

    /** The first token of the run of name tokens that ends at {@code e}, not before {@code from}. */
    private int nameStart(int e, int from) {
      int k = e;
      while (k - 1 >= from && nameLike(k - 1)) {
        k--;
      }
      return k;
    }

    /**
     * Whether the name run {@code [k, e]} is a person's name, a title or a given name and a surname ("Sen.
     * John Kerry", "Ben Nelson"), before "of" and a place ("of Massachusetts"), or a given name and a surname
     * before "of" and any name ("David Buik of BGC Partners"): the place or the body is where the person is
     * from, serves or works, not part of the name, as it is of "the Duke of Edinburgh" or "the Bank of England".
     */
    private boolean personOfPlace(int k, int e) {
      String surname = toks.get(e).lower();
      if (e <= k || isTitleLike(surname) || e + 2 >= toks.size()) {
        return false;
      }
      boolean titled = isTitleLike(toks.get(k).lower().replace(".", "")) || isTitleLike(toks.get(k).lower());
      // (A given name after an "of" inside the run is a body's: "Fundamentalist Church of Jesus Christ".)
      boolean given = false;
      for (int j = k; j < e && !given && !toks.get(j).lower().equals("of"); j++) {
        given = lexicon.givenNames.contains(toks.get(j).lower());
      }
      // A surname that is a common noun is one only after a title and a given name ("Senator Jeff Flake of Arizona").
      if (lexicon.isCommonNoun(Words.singular(surname)) && !lexicon.givenNames.contains(surname) && !(titled && given)) {
        return false; // "the National Technical University of Athens", "River Rouge Plant of Dearborn"
      }
      String place = toks.get(e + 2).text();
      String two = e + 3 < toks.size() ? place + " " + toks.get(e + 3).text() : place;
      // A given name and a surname "of" a body are a person and where the person works: "David Buik of BGC Partners".
      // (Not a name after "of", which is a body's: "the Church of Jesus Christ of Latter Day Saints".)
      boolean afterOf = k > 0 && toks.get(k - 1).lower().equals("of");
      return (titled || given) && (isPlaceName(Words.nameKey(place)) || isPlaceName(Words.nameKey(two)))
          || given && !afterOf && nameLike(e + 2) && toks.get(e + 2).sentence() == toks.get(e).sentence();
    }

    private boolean isPlaceName(String key) {
      return lexicon.places.contains(key) || lexicon.isGazetteerPlace(key) || lexicon.isMajorPlace(key);
    }

    private int[] runEndingAt(List<int[]> runs, int k, int cs) {
      for (int[] r : runs) {
        if (r[1] == k) {
          return r;
        }
      }
      return new int[] {Math.max(cs, k), k};
    }

    private String runText(int[] r) {
      return text.substring(toks.get(r[0]).start(), toks.get(r[1]).end());
    }

    /**
     * Where the body's name starts in a run of titles held at a body, "of", and the body's name ending in a
     * body's noun ("Chief Executive Officer of General Motors", "President of the Orsk Motor Company"), or the
     * run's start when it is one name ("Bank of America", "Department of State").
     */
    private int titlesOfBody(int[] r) {
      for (int k = r[0] + 1; k < r[1]; k++) {
        if (toks.get(k).lower().equals("of")) {
          for (int m = r[0]; m < k; m++) {
            if (!isTitleLike(toks.get(m).lower())) {
              return r[0];
            }
          }
          boolean personFirst = lexicon.personRoles.contains(toks.get(r[0]).lower());
          int body = k + 1 < r[1] && toks.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
          return personFirst ? body : r[0];
        }
      }
      return r[0];
    }

    /**
     * Where the name in a run starts, after its titles: "US Secretary of State John Kerry" → "John".
     * A run ending in a title or institution word ("Islamic State", "White House") is all name.
     * Returns {@code r[1] + 1} when the run holds no name at all ("Russian", "Foreign Minister").
     */
    private int personalNameStart(int[] r) {
      String whole = runText(r);
      for (int k = r[0] + 1; k < r[1]; k++) {
        if (isAnd(k) || toks.get(k).lower().equals("and")) {
          return r[0]; // "the Food and Drug Administration": a run holds "and" only as one body's name
        }
      }
      if (r[1] == r[0] + 1 && lexicon.nationalities.containsKey(toks.get(r[0]).lower() + " " + toks.get(r[1]).lower())) {
        return r[1] + 1; // "North Korean", "South African": a nationality, no name
      }
      if (lexicon.aliasGroup(whole) != null || lexicon.places.contains(Words.nameKey(whole))) {
        return r[0]; // "Saudi Arabia", "United Arab Emirates": no title in a known name
      }
      if (r[1] == r[0] && (toks.get(r[0]).lower().equals("miss") || toks.get(r[0]).lower().equals("miss."))) {
        return r[0]; // "Biloxi, Miss.": the state, whose period may end the sentence
      }
      if (r[1] == r[0] + 1 && toks.get(r[0]).lower().equals("miss")) {
        String after = toks.get(r[1]).text();
        if (lexicon.isCommonNoun(Words.fold(after)) || lexicon.aliasGroup(after) != null || knownPlace(after)
            || lexicon.isGazetteerPlace(Words.nameKey(after))) {
          return r[0]; // a pageant's title: "Miss Universe", "Miss America" (not "Miss Jenkin")
        }
      }
      if (spelledOutByParenthesis(r)) {
        return r[0]; // "General Motors (GM)": the acronym's letters take in "General", so it is no title
      }
      int k = r[1];
      String lastWord = toks.get(k).lower();
      if (r[1] + 3 < toks.size() && awardPeriod(r[1] + 3)) {
        return r[1] + 1; // "the National Player of the Year": an award's title, no one's name
      }
      // A nationality before a body's noun is in its name: "the European Community", "the Arab League"; so
      // is a title before an institution's noun: "Dorvik General Hospital" is no Hospital titled General.
      if (isTitleLike(lastWord) || lexicon.organisationHeads.contains(lastWord) || lexicon.bodyNameEnds.contains(lastWord)
          || lexicon.institutionHeads.contains(lastWord)) {
        boolean allTitles = true;
        for (int m = r[0]; m <= r[1] && allTitles; m++) {
          String w = toks.get(m).lower();
          allTitles = isTitleLike(w) || w.equals("of") || m < r[1] && (OFFICE_QUALIFIERS.contains(w) || isParty(toks.get(m)));
        }
        // "Foreign Minister", "Secretary of State": titles only; "Department of State" is a name.
        boolean personFirst = lexicon.personRoles.contains(toks.get(r[0]).lower());
        if (allTitles) {
          return !lexicon.organisationHeads.contains(lastWord) || personFirst ? r[1] + 1 : r[0];
        }
        return titlesOfBody(r);
      }
      while (k - 1 >= r[0]) {
        String w = toks.get(k - 1).lower();
        if (w.equals("the") && k - 2 > r[0] && toks.get(k - 2).lower().equals("of")) {
          k--; // "of the" inside a name ("School of the Americas"): read at its "of"
          continue;
        }
        if (w.equals("of") || w.equals("for")) {
          // A person after "of" or "for": "Secretary of Commerce Gary Locke", "the killing in Athens of
          // Alexandros Grigoropoulos", "European Commissioner for Competition Neelie Kroes" name Gary Locke,
          // Alexandros Grigoropoulos and Neelie Kroes.
          for (int g = k; g < r[1]; g++) {
            // ("Everytown for Gun Safety": a given name that is a common noun too, right after a "for" that joins
            // one name, is what the body stands for.)
            if (lexicon.givenNames.contains(Words.fold(toks.get(g).text()))
                && !(g == k && w.equals("for") && lexicon.isCommonNoun(Words.fold(toks.get(g).text())) && forJoins(k - 1, r[0]))) {
              return g;
            }
          }
          // "Chief Executive Officer of General Motors": titles, then the institution; but "Bank of
          // America" and "University of Michigan" are one name, not America or Michigan.
          for (int m = r[0]; m < k - 1; m++) {
            if (!isTitleLike(toks.get(m).lower()) && !toks.get(m).lower().equals("of") && !toks.get(m).lower().equals("for")) {
              return r[0];
            }
          }
          break;
        }
        // A given name with a surname after it, after a common noun of a body's name: the person's name
        // starts there ("the Air Force James Roche", "Air Force Communications Bill Bodie").
        if (k < r[1] && lexicon.givenNames.contains(Words.fold(toks.get(k).text()))
            && !lexicon.givenNames.contains(Words.fold(toks.get(k - 1).text()))
            && (TITLE_QUALIFIERS.contains(w) || lexicon.isCommonNoun(w) || lexicon.isCommonNoun(Words.singular(w)))) {
          return k;
        }
        // A word after a given name is a middle name or a surname even when it is also a noun for a person:
        // "Ike Parsons LaRue" (WordNet knows a Parsons).
        boolean middleName = k - 2 >= r[0] && lexicon.givenNames.contains(Words.fold(toks.get(k - 2).text()))
            && !isTitleLike(toks.get(k - 2).lower()) && !lexicon.titles.contains(w);
        if (isTitleLike(w) && !middleName) {
          break;
        }
        if (lexicon.organisationHeads.contains(w)) {
          // A body's noun before a person's name (a given name, or two words of no common noun) or a known
          // name ends the body ("the Labour Party Jeremy Corbyn", "the United States Barack Obama", "Senate
          // Democrats"); before other words it is inside one name: "EYP Mission Critical Facilities" is no
          // "Critical Facilities" titled "EYP Mission".
          // One word after the body that names a state or a place is the body's branch there, in its name:
          // "BBC America", "Google Russia" (a given name too, "America", says no person there).
          String rest = runText(new int[] {k, r[1]});
          FramingLexicon.AliasGroup known = lexicon.aliasGroup(rest);
          boolean placeAfter = k == r[1] && (known != null && "place".equals(known.kind()) || known == null && knownPlace(rest));
          boolean personAfter = !placeAfter && (lexicon.givenNames.contains(Words.fold(toks.get(k).text()))
              || r[1] == k + 1 && !commonWord(k) && !commonWord(k + 1));
          if (placeAfter || !personAfter && known == null) {
            return r[0];
          }
          break;
        }
        // A noun for a person before a given name is a title even when capitalised: "Coroner Gary Hargrove";
        // so is a short form of one, which may also be a firm's ("Angels GM Tony Reagins").
        if (("person".equals(lexicon.nounKinds.get(w)) || SHORT_TITLES.contains(w)) && !middleName
            && !lexicon.givenNames.contains(Words.fold(toks.get(k - 1).text()))
            && lexicon.givenNames.contains(Words.fold(toks.get(k).text()))) {
          break;
        }
        k--;
      }
      // A nationality before a noun for a body of water or a region is part of its name: "the Indian Ocean",
      // "the Persian Gulf", "the English Channel" (not an ocean titled "Indian").
      if (k == r[1] && k > r[0] && isTitleLike(toks.get(k - 1).lower()) && WATERS.contains(toks.get(k).lower())) {
        return r[0];
      }
      // So is a nationality or a faith before one capitalised noun for no person: "the Muslim Brotherhood",
      // "the Syrian Observatory" are bodies, not a brotherhood described as Muslim ("a Muslim cleric" is one).
      if (k == r[1] && k > r[0] && !lexicon.titles.contains(toks.get(k).lower()) && !isPersonNoun(toks.get(k).lower())) {
        boolean described = true;
        for (int m = r[0]; m < k && described; m++) {
          String w = toks.get(m).lower();
          described = lexicon.describesPeople(w);
        }
        if (described) {
          return r[0];
        }
      }
      // A lone common noun after words none of which is a title of its own ("Clean" and the qualifier "Air")
      // ends a name, and is no one titled by them: "the Clean Air Act" is no act titled "Clean Air".
      if (k == r[1] && k > r[0] && lexicon.isCommonNoun(toks.get(k).lower())
          && !lexicon.givenNames.contains(Words.fold(toks.get(k).text()))) {
        boolean ownTitle = false;
        for (int m = r[0]; m < k && !ownTitle; m++) {
          String w = toks.get(m).lower();
          ownTitle = isTitleLike(w) && !TITLE_QUALIFIERS.contains(w);
        }
        if (!ownTitle) {
          return r[0];
        }
      }
      // Words that only qualify a title are no title alone: "Air China", "National Guard", "Press TV" are
      // names, where "Air Marshal", "Trade Minister" and "Russian" before a name are titles.
      // So is a nationality before them: "the American Health Care Act" is no act titled "American Health".
      boolean qualifiersOnly = k > r[0];
      boolean qualifier = false;
      for (int m = r[0]; m < k && qualifiersOnly; m++) {
        String w = toks.get(m).lower();
        qualifier |= TITLE_QUALIFIERS.contains(w);
        qualifiersOnly = TITLE_QUALIFIERS.contains(w) || lexicon.nationalities.containsKey(w);
      }
      return qualifiersOnly && qualifier ? r[0] : k;
    }

    /** Whether token {@code k} is a common noun, singular or plural ("Facilities"), of no person ("Obama"). */
    private boolean commonWord(int k) {
      String lower = toks.get(k).lower();
      String noun = lexicon.isCommonNoun(lower) ? lower : Words.singular(lower);
      return lexicon.isCommonNoun(noun) && !"person".equals(lexicon.nounKinds.get(noun));
    }

    /** Words before a body's name in a title that are no part of the name ("Opposition Labour Party leader"). */
    private static final Set<String> BODY_QUALIFIERS = Set.of("opposition", "former", "ruling", "governing");

    /** The plural of an acronym: "MPs", "CEOs". */
    private static final java.util.regex.Pattern PLURAL_ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,}s");

    /** Title words that qualify a title and never stand for one alone ("Air" of "Air Marshal"). */
    /**
     * Words that qualify an office in its title but are no title alone ("the First Lady", "the Majority
     * Leader", "the Grand Ayatollah"): before a title, with a party's name ("the Democratic Senator"), the
     * title of an office, no one's name.
     */
    private static final Set<String> OFFICE_QUALIFIERS = Set.of("first", "majority", "minority", "grand", "second",
        "third", "high", "opposition", "party", "parliamentary");

    private static final Set<String> TITLE_QUALIFIERS = Set.of("vice", "prime", "foreign", "defense", "defence", "state",
        "special", "top", "senior", "former", "acting", "assistant", "under", "army", "navy", "air", "force", "marine",
        "national", "security", "homeland", "interior", "finance", "economy", "trade", "health", "education", "energy",
        "press", "supreme", "crown", "interim", "cabinet", "treasury", "intelligence", "white", "house", "of", "the",
        "media", "presidential", "executive");

    /** Nouns for a body of water or a region that a nationality names ("the Indian Ocean"). */
    private static final Set<String> WATERS =
        Set.of("ocean", "sea", "gulf", "channel", "strait", "straits", "peninsula", "desert", "riviera", "plateau", "basin");

    /** Titles written short, that also stand for other things alone ("GM" for General Motors). */
    private static final Set<String> SHORT_TITLES = Set.of("gm", "md", "vp", "evp", "svp");

    /**
     * A run of one common word that opens its sentence (or a headline) and that the article never
     * capitalises elsewhere: "Retail" in "Retail analyst Kurt Barnard said" or "Sister marches were held", not
     * "Kmart" in "Kmart chairman Edward Lampert said".
     */
    private boolean openingWordOnly(int[] r) {
      String lower = toks.get(r[0]).lower();
      return r[0] == r[1] && (sentenceStart[r[0]] || headline[r[0]]) && !capitalisedInText.contains(lower)
          && lexicon.isCommonNoun(Words.singular(lower)) && lexicon.aliasGroup(toks.get(r[0]).text()) == null;
    }

    /**
     * {@link #openingWordOnly} in the body, but for a place ("Detroit", which the noun list also holds) or a plural,
     * which may be a team's or a party's name ("Chargers lineman Jamal Williams"): "Sister marches were held", "State
     * media said", "Nine others were trapped". (A headline's first word, or a first line's, is a name more often: "Cumbria
     * double murder".)
     */
    private boolean openingCommonWord(int[] r) {
      Tok t = toks.get(r[0]);
      return openingWordOnly(r) && !headline[r[0]] && t.sentence() > 0 && Words.singular(t.lower()).equals(t.lower())
          && !isPlaceName(Words.nameKey(t.text()));
    }

    /** A word in -s right after "who", which the tagger read as a noun: the clause's verb ("who heads Boeing's office"). */
    private boolean verbAfterWho(int k) {
      Tok t = toks.get(k);
      return k > 0 && t.is("NOUN") && t.lower().endsWith("s") && !t.lower().endsWith("ss")
          && toks.get(k - 1).lower().equals("who") && toks.get(k - 1).sentence() == t.sentence();
    }

    /**
     * The words of a person's run before its titles, when they are a name of their own and a title held
     * at a firm or a body follows them ("Apple" of "Apple CEO Steve Jobs", "Supreme Court" of "Supreme
     * Court Justice Anthony Kennedy"; not "Commerce" of "Commerce
     * Secretary Gary Locke", "District" of "District Judge Barbara Walther", "Russian" of "Russian Foreign
     * Minister Sergei Lavrov"), or null.
     */
    private int[] bodyBeforeTitles(int[] run) {
      int nameStart = personalNameStart(run);
      // A body the lexicon knows, before a title: "Supreme Court" of "Supreme Court Justice Anthony
      // Kennedy" (its first word qualifies titles elsewhere: "Supreme Leader").
      StringBuilder known = new StringBuilder(toks.get(run[0]).text());
      for (int j = run[0] + 1; j + 1 < nameStart && nameStart <= run[1]; j++) {
        known.append(' ').append(toks.get(j).text());
        FramingLexicon.AliasGroup g = lexicon.aliasGroup(known.toString());
        if (g != null && "organisation".equals(g.kind()) && isTitleLike(toks.get(j + 1).lower())) {
          return new int[] {run[0], j};
        }
      }
      int k = run[0];
      while (k < nameStart && !(isTitleLike(toks.get(k).lower()) && !lexicon.nationalities.containsKey(toks.get(k).lower()))
          && !TITLE_QUALIFIERS.contains(toks.get(k).lower()) && !toks.get(k).lower().equals("of")) {
        k++;
      }
      if (k == run[0] || k >= nameStart || nameStart > run[1] || !FIRM_TITLES.contains(toks.get(k).lower())) {
        return null;
      }
      return new int[] {run[0], k - 1};
    }

    /**
     * The words of a person's run before the personal name, when the run is the object of a title and
     * "of" and none of them is a title: the body the title is held at ("the Air Force" of "Secretary of
     * the Air Force James Roche"; up to a joining word, "Air Force" of "Assistant Secretary of the Air
     * Force for Acquisition Darleen Druyun"), or null.
     */
    private int[] institutionAfterTitleOf(int start, int[] run) {
      int nameStart = personalNameStart(run);
      if (nameStart <= run[0] || nameStart > run[1] || start < 2 || !toks.get(start - 1).lower().equals("of")
          || toks.get(start - 2).sentence() != toks.get(run[0]).sentence() || !isTitleLike(toks.get(start - 2).lower())) {
        return null;
      }
      int end = run[0];
      while (end < nameStart && Words.isCapitalised(toks.get(end).text())) {
        String w = toks.get(end).lower();
        if (isTitleLike(w) && !TITLE_QUALIFIERS.contains(w)) {
          return null; // "Secretary of State Deputy Director X": titles, no body
        }
        end++;
      }
      return end == run[0] ? null : new int[] {run[0], end - 1};
    }

    /**
     * Whether the parenthesis right after a run of two words or more holds an acronym of all its words
     * ("General Motors (GM)", "Major League Baseball (MLB)").
     */
    private boolean spelledOutByParenthesis(int[] r) {
      if (r[1] == r[0] || r[1] + 3 >= toks.size() || !toks.get(r[1] + 1).text().equals("(") || !toks.get(r[1] + 3).text().equals(")")) {
        return false;
      }
      String acronym = toks.get(r[1] + 2).text().replace(".", "");
      if (!Words.isAcronym(acronym)) {
        return false;
      }
      StringBuilder initials = new StringBuilder();
      for (int k = r[0]; k <= r[1]; k++) {
        String w = toks.get(k).text();
        if (Character.isUpperCase(w.charAt(0))) {
          initials.append(w.charAt(0));
        }
      }
      return initials.toString().equals(acronym);
    }

    /** Titles held at a firm or a body, written after its name ("Apple CEO", "Microsoft Chairman"). */
    private static final Set<String> FIRM_TITLES = Set.of("ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chief",
        "president", "spokesman", "spokeswoman", "spokesperson", "director", "founder", "co-founder", "cofounder",
        "executive", "boss");

    /** A plural possessor the tokenizer left whole ("Jeffs'"): not a name as written. */
    private static boolean endsInApostrophe(String w) {
      return w.endsWith("'") || w.endsWith("’");
    }

    /**
     * Whether token {@code k} is a word of a two-word nationality within the phrase (up to {@code last}):
     * "Central" in "Hundreds of Central American migrants" describes the migrants as "American" does, and is
     * no name to leave out of the description.
     */
    private boolean inNationality(int k, int last) {
      String w = toks.get(k).lower();
      return k + 1 <= last && lexicon.nationalities.containsKey(w + " " + toks.get(k + 1).lower())
          || k > 0 && lexicon.nationalities.containsKey(toks.get(k - 1).lower() + " " + w);
    }

    private boolean isTitleLike(String lower) {
      if (lexicon.titles.contains(lower) || lexicon.describesPeople(lower)) {
        return true;
      }
      // A title of hyphenated titles: "Attorney-General", "Vice-President", "Secretary-General".
      int dash = lower.indexOf('-');
      if (dash <= 0 || dash == lower.length() - 1) {
        return false;
      }
      for (String part : lower.split("-")) {
        if (!lexicon.titles.contains(part)) {
          return false;
        }
      }
      return true;
    }

    /**
     * A run that names something (not only titles or nationalities: "Russian", "Foreign Minister"); or a
     * body whose words also qualify titles, ending in a group's noun, with no name after it: "the Air
     * Force", "the Army" (but "Air Force Secretary" is a title, and "Air Force" in "the Air Force James
     * Roche" the body of one).
     */
    private boolean isNameRun(int[] r) {
      return personalNameStart(r) <= r[1] || titleWordsBody(r);
    }

    private boolean titleWordsBody(int[] r) {
      String last = toks.get(r[1]).lower();
      boolean groupNoun = (lexicon.collectiveHeads.contains(last) || lexicon.organisationHeads.contains(last))
          && !lexicon.personRoles.contains(last);
      boolean nameAfter = r[1] + 1 < toks.size() && toks.get(r[1] + 1).sentence() == toks.get(r[1]).sentence()
          && Words.isCapitalised(toks.get(r[1] + 1).text());
      return groupNoun && !nameAfter && !sentenceStart[r[0]] && !headline[r[0]] && personalNameStart(r) > r[1]
          && toks.subList(r[0], r[1] + 1).stream().allMatch(t -> Words.isCapitalised(t.text()));
    }

    private boolean inRuns(List<int[]> runs, int k) {
      for (int[] r : runs) {
        if (r[0] <= k && k <= r[1]) {
          return true;
        }
      }
      return false;
    }

    private boolean inParens(List<int[]> parens, int k) {
      for (int[] p : parens) {
        if (p[0] <= k && k <= p[1]) {
          return true;
        }
      }
      return false;
    }

    private boolean isDeterminer(int k) {
      Tok t = toks.get(k);
      return DETERMINERS.contains(t.lower())
          && (t.is("DET") || (t.is("PRON") && POSSESSIVES.contains(t.lower()))) && !possessiveInName(k);
    }

    /** A word that can stand inside a noun phrase before its head. */
    private boolean isContent(int k, boolean first) {
      Tok t = toks.get(k);
      if (!Words.isWord(t.text()) || NOT_NOUN.contains(t.lower())
          || (BREAKERS.contains(t.lower()) && !first && !isDeterminer(k - 1))
          || first && k > 0 && (t.lower().equals("least") || t.lower().equals("most")) && toks.get(k - 1).lower().equals("at")
          || timeWord(k)) {
        return false; // "at least 70 people" is "70 people", not "least 70 people"
      }
      if (sentenceStart[k] && Tagger.NAMELESS_OPENERS.contains(t.lower())) {
        return false; // "Even Rod Rosenstein conceded": the adverb opens the clause, not the phrase
      }
      if (nameLike(k)) {
        return true;
      }
      if (first && verbBeforeName(k)) {
        return false;
      }
      if (isMistaggedNoun(k)) {
        return true;
      }
      if (!first && countAfterNoun(k)) {
        return false; // "would have cost the country 2.7 million jobs": a count opens the next phrase
      }
      switch (t.tag()) {
        case "NOUN", "PROPN", "ADJ", "NUM":
          return !(t.is("ADJ") && (isPredicative(k) || participleAfterAuxiliary(k))) && !verbAfterWho(k);
        case "VERB":
          // Participles modify inside a phrase ("the existing contracts"), not at its start.
          // Not after a noun for a person the tagger read as an adjective, before a name: "a senior
          // official/ADJ characterized Powell's departure" is a clause; nor after a name so read ("after
          // Hansbrough/ADJ passed Phil Ford", "Blackmore/ADJ accused Oppal/NOUN"), a nationality aside.
          return !first && (t.lower().endsWith("ed") || t.lower().endsWith("ing")) && !participleAfterAuxiliary(k)
              && (isDeterminer(k - 1) || toks.get(k - 1).is("ADJ") || toks.get(k - 1).is("ADV"))
              && k + 1 < toks.size() && (toks.get(k + 1).is("NOUN") || toks.get(k + 1).is("PROPN")
                  || adjectiveBeforeNoun(k + 1) && isDeterminer(k - 1))
              && !(toks.get(k - 1).is("ADJ") && (toks.get(k + 1).is("PROPN") || Words.isCapitalised(toks.get(k + 1).text()))
                  && subjectReadAsAdjective(toks.get(k - 1)));
        case "X":
          return Character.isLetter(t.text().charAt(0)) && !isLatin(t.text());
        default:
          return false;
      }
    }

    /**
     * Whether token {@code k} is a number right after a common noun in lower case and before another number
     * or a noun: two phrases, the second counted ("cost the country 2.7 million jobs", "paid the workers 500
     * dollars"), not one ("Boeing 787 Dreamliner" follows a name, "the 2015 agreement" a determiner).
     */
    private boolean countAfterNoun(int k) {
      if (!toks.get(k).is("NUM") || k == 0 || k + 1 >= toks.size()) {
        return false;
      }
      Tok before = toks.get(k - 1);
      Tok after = toks.get(k + 1);
      return before.is("NOUN") && !nameLike(k - 1) && Character.isLowerCase(before.text().charAt(0))
          && (after.is("NUM") || after.is("NOUN")) && after.sentence() == before.sentence();
    }

    /**
     * Whether token {@code k} is an adjective before a noun of its sentence: "the reigning national player",
     * "the ruling Communist Party", where a participle after a determiner modifies the phrase.
     */
    private boolean adjectiveBeforeNoun(int k) {
      return toks.get(k).is("ADJ") && k + 1 < toks.size() && toks.get(k + 1).sentence() == toks.get(k).sentence()
          && (toks.get(k + 1).is("NOUN") || toks.get(k + 1).is("PROPN"));
    }

    /**
     * Whether the lower-case word at {@code k}, opening a phrase before a name, is a verb the tagger read
     * as a noun or an adjective: after "to" or an auxiliary ("to reveal Deep Throat", "could upset
     * Lionsgate", "has overtaken Greece"), or an -ing form after a preposition ("by exercising Lawrence's
     * option"; not after "of" or "for", where an -ing word is as often a noun: "vice president of marketing
     * Phil Schiller"). A title or a word for a person stays ("to attorney Shawn Holley").
     */
    private boolean verbBeforeName(int k) {
      Tok t = toks.get(k);
      if (k == 0 || k + 1 >= toks.size() || !Character.isLowerCase(t.text().charAt(0)) || !nameLike(k + 1)
          || toks.get(k - 1).sentence() != t.sentence() || toks.get(k + 1).sentence() != t.sentence()
          || isTitleLike(t.lower()) || isPersonNoun(t.lower())) {
        return false;
      }
      Tok before = toks.get(k - 1);
      return before.lower().equals("to") || before.is("AUX")
          || t.lower().endsWith("ing") && before.is("ADP") && !before.lower().equals("of") && !before.lower().equals("for");
    }

    /** A singular noun for a person: a role ("official", "spokesman") or WordNet's person sense. */
    private boolean personNoun(String lower) {
      return lexicon.personRoles.contains(lower) || "person".equals(lexicon.nounKinds.get(lower));
    }

    /** A word for a person in the singular or the plural ("spokesman", "coaches"): {@link #personNoun} of its singular. */
    private boolean isPersonNoun(String lower) {
      return personNoun(Words.singular(lower));
    }

    /** A noun for a person, or a name that is no nationality, the tagger read as an adjective. */
    private boolean subjectReadAsAdjective(Tok t) {
      return personNoun(t.lower())
          || Words.isCapitalised(t.text()) && !lexicon.nationalities.containsKey(Words.fold(t.text()));
    }

    /**
     * A participle the tagger read as an adjective or a modifying verb after an auxiliary (or a form of "have", which
     * the tagger may read as a main verb: "has/VERB long forced") and an adverb of time or degree: "The Russians have long/ADJ opposed/ADJ American sanctions", "has long forced/VERB U.S. companies" is a
     * verb, not part of the phrase.
     */
    private boolean participleAfterAuxiliary(int k) {
      String w = toks.get(k).lower();
      return k >= 2 && (w.endsWith("ed") || w.endsWith("en")) && TIME_ADVERBS.contains(toks.get(k - 1).lower())
          && (toks.get(k - 2).is("AUX") || Tagger.HAVE.contains(toks.get(k - 2).lower())) && toks.get(k - 2).sentence() == toks.get(k).sentence();
    }

    private static final Set<String> TIME_ADVERBS = Set.of("long", "already", "also", "just", "recently", "never",
        "not", "previously", "repeatedly", "strongly", "firmly", "widely", "since", "once", "ever", "largely");

    /** "ready to", "open to": an adjective followed by a preposition is a predicate, not a modifier. */
    private boolean isPredicative(int k) {
      return k + 1 >= toks.size() || !(toks.get(k + 1).is("NOUN") || toks.get(k + 1).is("PROPN")
          || toks.get(k + 1).is("ADJ") || toks.get(k + 1).is("NUM") || nameLike(k + 1)
          || toks.get(k + 1).is("VERB"));
    }

    /**
     * A lowercase noun that is no title or role: a name after it starts a new phrase. A singular noun for
     * a person (WordNet's sense, {@code noun-kinds.json}) is a title there: "NASA administrator Dale
     * Pruitt", "coach Mia Lund".
     */
    private boolean isCommonNoun(int k) {
      Tok t = toks.get(k);
      String lower = t.lower();
      // Only in the singular: "stars Robert Pattinson", "actors Jennifer Lawrence" are no titles.
      // A brand in camel case is a name, not a common noun ("the iPhone OS update").
      return t.is("NOUN") && !Words.isCapitalised(t.text()) && !CAMEL_CASE.matcher(t.text()).matches()
          && !lexicon.titles.contains(lower)
          && !(Words.singular(lower).equals(lower) && (lexicon.personRoles.contains(lower)
              || "person".equals(lexicon.nounKinds.get(lower)) && !afterPossessive(k)));
    }

    /** "his brother Miles", "Trump's lawyer Michael Cohen": a relation to someone, not a title. */
    private boolean afterPossessive(int k) {
      for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
        String w = toks.get(j).lower();
        if (POSSESSIVES.contains(w) || w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
          return true;
        }
        if (!toks.get(j).is("ADJ") && !toks.get(j).is("PROPN")) {
          return false;
        }
      }
      return false;
    }

    /**
     * A plural noun the tagger took for a verb: after an article or a possessive ("the suspects"), or
     * after a modifier: "Donland separatists attacked", where two verbs in a row after a name leave only
     * the first to be a noun.
     */
    private boolean isMistaggedNoun(int k) {
      Tok t = toks.get(k);
      if (t.is("ADJ") && k > 0 && k + 1 < toks.size() && "group".equals(lexicon.nounKinds.get(t.lower()))
          && toks.get(k + 1).sentence() == t.sentence() && (toks.get(k + 1).is("VERB") || toks.get(k + 1).is("AUX"))
          && toks.get(k - 1).sentence() == t.sentence() && lexicon.nationalities.containsKey(toks.get(k - 1).lower())) {
        return true; // "the Israeli military said", "the Egyptian public was": a people's body, read as an adjective
      }
      if (!t.is("VERB") || k == 0 || k + 1 >= toks.size() || !t.lower().endsWith("s")) {
        return false;
      }
      Tok prev = toks.get(k - 1);
      Tok next = toks.get(k + 1);
      if (prev.sentence() == t.sentence() && ARTICLES_AND_POSSESSIVES.contains(prev.lower())) {
        return true; // "the suspects", "his claims": no verb follows an article
      }
      boolean modified = prev.sentence() == t.sentence() && (nameLike(k - 1) || prev.is("ADJ"));
      boolean verbAfter = next.sentence() == t.sentence() && (next.is("VERB") || next.is("AUX"));
      // A people's noun by its ending, which verbs share ("Trump plans/insists/orders", "Putin invites"): only
      // a noun the lexicon knows as people's.
      String kind = lexicon.nounKinds.get(Words.singular(t.lower()));
      boolean nounSuffix = t.lower().matches(".*(ists|ians|ers|ors|ites|ans)") && ("person".equals(kind) || "group".equals(kind));
      return modified && (verbAfter || nounSuffix);
    }

    private boolean isNominal(int k) {
      Tok t = toks.get(k);
      return isMistaggedNoun(k) || t.is("NOUN") || t.is("PROPN") || nameLike(k) || (t.is("NUM") && k > 0 && nameLike(k - 1))
          || (t.is("X") && !isLatin(t.text()));
    }

    /**
     * Whether a capitalised word stands right before or after the word at {@code k} in its sentence, or
     * "of" after it: the word is then part of a longer name ("the Trump Administration", "Government of
     * Canada").
     */
    private boolean capitalisedNeighbour(int k) {
      int sentence = toks.get(k).sentence();
      boolean before = k > 0 && toks.get(k - 1).sentence() == sentence && !sentenceStart[k]
          && Words.isCapitalised(toks.get(k - 1).text()) && !toks.get(k - 1).isPossessive()
          && !toks.get(k - 1).is("DET");
      boolean after = k + 1 < toks.size() && toks.get(k + 1).sentence() == sentence
          && (Words.isCapitalised(toks.get(k + 1).text()) || toks.get(k + 1).lower().equals("of"));
      return before || after;
    }

    /** A word that can be part of a name. */
    boolean nameLike(int k) {
      if (k < 0 || k >= toks.size()) {
        return false;
      }
      Tok t = toks.get(k);
      String w = t.text();
      if (!Words.isWord(w) || t.isPossessive()) {
        return false;
      }
      int dash = w.indexOf('-');
      if (dash > 0) {
        String prefix = w.substring(0, dash).toLowerCase(java.util.Locale.ROOT);
        if (ARABIC_PREFIXES.contains(prefix) && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))) {
          return true;
        }
        // "Kim Jong-un", "Ban Ki-moon" are names; "Soviet-era", "Russia-US", "US-backed" are not.
        String suffix = w.substring(w.lastIndexOf('-') + 1).toLowerCase(java.util.Locale.ROOT);
        // A hyphen may end the token ("pro- and anti-government"): then nothing follows it.
        int afterDash = w.lastIndexOf('-') + 1;
        boolean upperAfterDash = afterDash < w.length() && Character.isUpperCase(w.charAt(afterDash));
        boolean modifierCompound = COMPOUND_SUFFIXES.contains(suffix) || Tagger.isPrefix(prefix)
            || isCountry(prefix) || upperAfterDash && isCountry(suffix)
            || !Character.isLetter(w.charAt(w.length() - 1));
        if (lexicon.aliasGroup(w) == null && modifierCompound) {
          return false;
        }
      }
      if (!Words.isCapitalised(w) || timeWord(k)) {
        return false;
      }
      if (possessiveInName(k)) {
        return true; // "the March for Our Lives", "Mothers for Our Future"
      }
      if (LETTER_COMPOUND.matcher(w).matches()) {
        return false; // "T-shirt", "X-ray", "U-turn": a letter's shape or name, a common noun
      }
      if (sentenceStart[k] && (PRONOUN_LIKE.contains(t.lower())
          || Tagger.SENTENCE_OPENERS.contains(t.lower()) && !capitalisedAt(k + 1, t.sentence())
          || Tagger.NAMELESS_OPENERS.contains(t.lower()))) {
        return false; // "Many said", "Several were hurt", "Rather than punish", "Even Rod Rosenstein": no name however tagged
      }
      if (PLURAL_ACRONYM.matcher(w).matches() && "person".equals(lexicon.nounKinds.get(t.lower().substring(0, w.length() - 1)))) {
        return false; // "MPs", "CEOs", "VIPs": people of a kind, as "lawmakers" are
      }
      if (awardPeriod(k)) {
        return false; // "Player of the Year", "Employee of the Month": a span of time an award is for, no name
      }
      if (RACE_WORDS.contains(t.lower()) && k + 1 < toks.size() && toks.get(k + 1).sentence() == t.sentence()
          && (toks.get(k + 1).is("NOUN") || toks.get(k + 1).is("ADJ")) && toks.get(k + 1).text().equals(toks.get(k + 1).lower())) {
        return false; // "an unarmed Black man", "Black residents": a word for people of a race, as news style capitalises it
      }
      if (lexicon.governmentHeads.contains(t.lower()) && !capitalisedNeighbour(k)) {
        return false; // "the Government", "Her Majesty's Government": British style for "the government"
      }
      if (COUNTS_OF.contains(t.lower()) && k + 1 < toks.size() && toks.get(k + 1).lower().equals("of")) {
        return false; // "Hundreds of Central American migrants", after a dateline too: a count, no name
      }
      if (w.chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)) {
        return false; // "US$", "HK$": a currency, not the country
      }
      if (Words.isAcronym(w) && !t.is("PUNCT") && !headline[k]) {
        return true; // "US" is often tagged as the pronoun
      }
      // "the Russians", "Syrians": people of a nationality, not a name.
      if (t.lower().endsWith("s") && lexicon.describesPeople(Words.singular(t.lower()))) {
        return false; // "Sunnis", "Catholics" too
      }
      // "the North Koreans", "South Africans": the first word of a two-word nationality in the plural.
      if (k + 1 < toks.size() && toks.get(k + 1).sentence() == t.sentence() && toks.get(k + 1).lower().endsWith("s")
          && lexicon.nationalities.containsKey(t.lower() + " " + Words.singular(toks.get(k + 1).lower()))) {
        return false;
      }
      // And its second word: "Sri Lankans", "New Zealanders" are people, not someone named "Lankans".
      if (k > 0 && toks.get(k - 1).sentence() == t.sentence() && t.lower().endsWith("s")
          && lexicon.nationalities.containsKey(toks.get(k - 1).lower() + " " + Words.singular(t.lower()))) {
        return false;
      }
      if (lexicon.isLoadedWord(t.lower()) && lexicon.aliasGroup(w) == null) {
        return false;
      }
      boolean latin = isLatin(w);
      if (latin && !(t.is("PROPN") || t.is("NOUN") || t.is("ADJ") || t.is("NUM") || t.is("X")
          || (t.is("VERB") && (Words.isAcronym(w) || capitalisedVerb(k) || sentenceStart[k] && titleBeforeName(k)))
          || (t.is("ADV") && !t.lower().endsWith("ly") && capitalisedVerb(k)) || afterGivenName(k) || afterAbbreviatedTitle(k)
          || (FUNCTION_TAGS.contains(t.tag()) || t.is("ADV") && !t.lower().endsWith("ly")
              || t.is("VERB") && sentenceStart[k] && (verbAfter(k, t.sentence())
              || capitalisedAt(k + 1, t.sentence()) || corpusNames.words().contains(t.lower()))) && namedElsewhere(t))) {
        return false;
      }
      if (sentenceStart[k] && t.is("PROPN") && commonNounAtStart(k)) {
        return false; // "Families who traveled...", "Police said": a noun, capitalised only to open the sentence
      }
      if (sentenceStart[k] && !headline[k] && adjectiveAtStart(k)) {
        return false; // "Environmental groups said": an adjective, capitalised only to open the sentence
      }
      if ((headline[k] || sentenceStart[k]) && !t.is("PROPN")) {
        return capitalisedInText.contains(t.lower()) || namedElsewhere(t) || lexicon.aliasGroup(w) != null || innerCapital(w, !headline[k])
            || knownPlace(w) || sentenceStart[k] && (speaksAsName(k) || titleBeforeName(k)) || beginsKnownName(k);
      }
      if (headline[k]) {
        return capitalisedInText.contains(t.lower()) || lexicon.aliasGroup(w) != null
            || lexicon.places.contains(Words.nameKey(w));
      }
      return true;
    }

    /**
     * Whether a word has a capital inside it, after a lower-case letter or a hyphen, and is no acronym: "T-Mobile",
     * "McCain", "Coca-Cola" are names wherever they stand, however tagged (no sentence's first word is so written);
     * after a hyphen only outside headlines, which capitalise every part of a compound ("Low-Power").
     */
    private static boolean innerCapital(String w, boolean afterHyphen) {
      for (int i = 1; i < w.length(); i++) {
        char before = w.charAt(i - 1);
        if (Character.isUpperCase(w.charAt(i)) && (Character.isLowerCase(before) || afterHyphen && before == '-' && i >= 2)) {
          return w.chars().anyMatch(Character::isLowerCase);
        }
      }
      return false;
    }

    /** A capitalised word right after an abbreviated title with its period: a name, however tagged ("Rep. Wu"). */
    private boolean afterAbbreviatedTitle(int k) {
      if (k == 0 || toks.get(k - 1).sentence() != toks.get(k).sentence()) {
        return false;
      }
      String before = toks.get(k - 1).text();
      return before.endsWith(".") && Tokenizer.isAbbreviation(before.substring(0, before.length() - 1))
          && lexicon.titles.contains(toks.get(k - 1).lower());
    }

    /**
     * A capitalised word opening a sentence before a verb of saying (tagged a verb: not "Various reports
     * suggest"), that no word list knows as a common noun: a name ("Pompeo said", "Lavrov told reporters"),
     * where "Officials said" and "Police say" are not.
     */
    private boolean speaksAsName(int k) {
      if (k + 1 >= toks.size() || toks.get(k + 1).sentence() != toks.get(k).sentence()
          || !lexicon.reportingVerbs.contains(toks.get(k + 1).lower()) || !toks.get(k + 1).is("VERB")) {
        return false;
      }
      String lower = toks.get(k).lower();
      String one = Words.singular(lower);
      for (String w : new String[] {lower, one}) {
        if (lexicon.nounKinds.containsKey(w) || lexicon.organisationHeads.contains(w) || lexicon.collectiveHeads.contains(w)
            || lexicon.titles.contains(w) || lexicon.personRoles.contains(w) || lexicon.institutionHeads.contains(w)
            || lexicon.governmentHeads.contains(w) || lexicon.nationalities.containsKey(w) || PRONOUN_LIKE.contains(w)) {
          return false;
        }
      }
      return true;
    }

    /** Words that open a sentence before "said" and are no names. */
    private static final Set<String> PRONOUN_LIKE = Set.of("various", "other", "several", "another", "such", "everyone", "everybody", "someone", "somebody", "anyone",
        "anybody", "nobody", "none", "others", "many", "some", "most", "few", "both", "all", "each", "this", "that",
        "these", "those", "it", "he", "she", "they", "we", "i", "you", "who", "reports", "report", "statement",
        "document", "documents", "sources", "records", "figures", "data", "polls", "poll", "studies", "research");

    /**
     * Whether a title opens the sentence before "of" and a name ("Director of National Intelligence Dan
     * Coats said", read Director/NOUN), or before a name read as a verb ("Crown/VERB Prince Khalid",
     * "Special/VERB Prosecutor Ilse Halvorsen"): it is the name's title, not a common noun or a verb. (Before
     * a name directly, "Prosecutor/ADJ Terry White told", the phrase takes it as a title already.)
     */
    private boolean titleBeforeName(int k) {
      Tok t = toks.get(k);
      boolean capitalAfter = capitalisedAt(k + 1, t.sentence());
      return lexicon.titles.contains(t.lower()) && (!capitalAfter && nameGoesOn(k) || capitalAfter && t.is("VERB"));
    }

    /** Whether a name goes on after the word at {@code k}: "Families First", "Friends of the Earth". */
    private boolean nameGoesOn(int k) {
      int sentence = toks.get(k).sentence();
      return capitalisedAt(k + 1, sentence)
          || k + 2 < toks.size() && toks.get(k + 1).lower().equals("of") && capitalisedAt(k + 2, sentence)
          || k + 3 < toks.size() && toks.get(k + 1).lower().equals("of") && toks.get(k + 2).lower().equals("the")
              && capitalisedAt(k + 3, sentence);
    }

    /**
     * A word opening a sentence alone (no capitalised word after it) that a noun list knows for a person,
     * group or event, not a place ("families", "police", "witnesses"), and that the article never
     * capitalises in mid-sentence.
     */
    private boolean commonNounAtStart(int k) {
      Tok t = toks.get(k);
      String lower = t.lower();
      boolean nameGoesOn = nameGoesOn(k);
      String kind = lexicon.nounKinds.get(Words.singular(lower));
      if (lexicon.titles.contains(lower)) {
        return false; // a title before a name: "Secretary Locke", "Coroner Gary Hargrove"
      }
      if (corpusNames.surnames().contains(lower) || corpusNames.words().contains(lower)) {
        // A surname in the corpus, never written in lower case: "Roberts said" after "John Roberts"; or a
        // word the corpus writes as a name in mid-sentence and never in lower case: "Nielsen, the
        // secretary," after "Secretary Kirstjen Nielsen" (WordNet lists a Nielsen among its nouns).
        return false;
      }
      // WordNet also lists places ("yemen", "mannheim") among its nouns: those stay names, unless the article writes
      // the word in lower case too ("Border agents said" where "the border" is written).
      // A word the article also writes in lower case is a common one ("Shares fell" / "its shares").
      // A plural of a common noun no article writes as a name ("Shells hit the base", "Mortars fell").
      String one = Words.singular(lower);
      boolean commonPlural = !one.equals(lower) && lexicon.isCommonNoun(one) && !corpusNames.words().contains(lower);
      // A plural of things before "of" and a name is what the name has, no name's first word ("Shares of Boeing
      // fell", "Sales of Apple's phones"); people's and bodies' plurals may open one ("Friends of the Earth",
      // "Veterans of Foreign Wars").
      if (nameGoesOn && commonPlural && k + 1 < toks.size() && toks.get(k + 1).lower().equals("of") && kind == null
          && !agencyNoun(k) && !lexicon.collectiveHeads.contains(one) && !lexicon.describesPeople(one)) {
        nameGoesOn = false;
      }
      return !nameGoesOn && !capitalisedInText.contains(lower) && (kind != null || lowercaseInText.contains(lower) || commonPlural)
          && !("place".equals(kind) && !lowercaseInText.contains(lower))
          && lexicon.aliasGroup(t.text()) == null && !knownPlace(t.text()) && !lexicon.givenNames.contains(lower)
          && !lexicon.isGazetteerPlace(Words.nameKey(t.text()));
    }

    /**
     * Whether the word at {@code k}, opening its sentence, is an adjective capitalised only for that, before a noun in
     * lower case: "Environmental groups called the move a mistake", "Angry residents gathered". Not a word the story
     * writes capitalised inside a sentence before no other capitalised word ("Democratic leaders" where "two
     * Democratic senators" is written; "the Environmental Protection Agency" says nothing of "Environmental" alone), a
     * party's, a people's or a place's word, nor one a name goes on after ("Environmental Protection Agency").
     */
    private boolean adjectiveAtStart(int k) {
      Tok t = toks.get(k);
      String lower = t.lower();
      if (!lexicon.adjectives.contains(lower) || capitalisedAloneInText.contains(lower) || corpusNames.words().contains(lower)
          || nameGoesOn(k) || isParty(t) || lexicon.describesPeople(lower) || lexicon.aliasGroup(t.text()) != null
          || knownPlace(t.text()) || lexicon.givenNames.contains(lower) || lexicon.isGazetteerPlace(Words.nameKey(t.text()))) {
        return false;
      }
      Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
      return next != null && next.sentence() == t.sentence() && next.is("NOUN") && !Words.isCapitalised(next.text());
    }

    /**
     * Whether "for" at {@code j} joins two names into one: two name words at least on each side, in one
     * sentence ("Deferred Action for Childhood Arrivals", "Campaign for Tobacco-Free Kids"), where "Obama
     * for America" or "thanked Barack Obama for Health Care" are too short or end a person's name.
     */
    private boolean forJoins(int j, int from) {
      if (j < 1 || j - 1 < from || j + 2 >= toks.size() || !toks.get(j).lower().equals("for")) {
        return false;
      }
      int sentence = toks.get(j).sentence();
      // "the Organisation for Economic Co-operation", "the Centre for Disease Control", "the Organization for
      // Security and": a body's noun before ("the Center for American Progress": a people's word, then a
      // capitalised common word).
      if (agencyNoun(j - 1) && nameLike(j - 1) && toks.get(j - 1).sentence() == sentence && toks.get(j + 1).sentence() == sentence
          && (commonCapitalised(j + 1) || toks.get(j + 2).sentence() == sentence
              && lexicon.nationalities.containsKey(toks.get(j + 1).lower()) && commonCapitalised(j + 2))) {
        return true;
      }
      // "Everytown for Gun Safety", "Texans for Lawsuit Reform": one name word, then what it campaigns for in two
      // capitalised common words or more (not "Obama for America", whose word after is a name).
      // A given name that is a common noun too counts before a capitalised common word ("Gun Safety", "Hope Street").
      if (nameLike(j - 1) && !sentenceStart[j - 1] && toks.get(j - 1).sentence() == sentence
          && !lexicon.givenNames.contains(toks.get(j - 1).lower()) && toks.get(j + 2).sentence() == sentence
          && (commonCapitalised(j + 1) || nameLike(j + 1) && lexicon.isCommonNoun(toks.get(j + 1).lower()))
          && commonCapitalised(j + 2)) {
        return true;
      }
      for (int k : new int[] {j - 1, j + 1, j + 2}) {
        if (toks.get(k).sentence() != sentence || !nameLike(k)) {
          return false;
        }
      }
      return j - 2 >= from && toks.get(j - 2).sentence() == sentence && nameLike(j - 2) && !sentenceStart[j - 2]
          && !sentenceStart[j - 1] && !lexicon.givenNames.contains(toks.get(j - 2).lower());
    }

    /**
     * Whether "and" (or "&amp;") at {@code j} joins two halves of one body's name: the words on both sides
     * are capitalised common words, not names of their own, and either the words after it end in a
     * body's noun ("the Food and Drug Administration", "the Securities and Exchange Commission", "the
     * European Coal and Steel Community"), or a law's ("the Tax Cuts and Jobs Act", "the Patient Protection and
     * Affordable Care Act"), or the name began with a body's noun and "of" or "for" ("the
     * Department of Health and Human Services", "the Organisation for Economic Co-operation and
     * Development"). Not "Britain and France", "Bosnia and Herzegovina", "Microsoft and Apple Inc.".
     * {@code from} is where the phrase's words begin.
     */
    private boolean andJoins(int j, int from) {
      int n = toks.size();
      if (j < 1 || j + 1 >= n || j <= from || !isAnd(j)) {
        return false;
      }
      int sentence = toks.get(j).sentence();
      if (!commonCapitalised(j - 1) || aloneElsewhere(j - 1) || agencyNoun(j + 1)) {
        return false; // "Mercosur and Andean Community", "Interior and Commerce Department": two bodies
      }
      int e = j;
      while (e + 1 < n && e + 1 <= j + 4 && toks.get(e + 1).sentence() == sentence && commonCapitalised(e + 1)) {
        e++;
      }
      if (e == j) {
        return false;
      }
      // The body's noun ends the words after "and" ("Defenders of Wildlife and Center for Biological
      // Diversity" are two bodies), and is not a department's or a ministry's, which "and" shares between two.
      String end = Words.singular(toks.get(e).lower());
      boolean after = e + 1 < n && toks.get(e + 1).sentence() == sentence
          && (toks.get(e + 1).lower().equals("of") || toks.get(e + 1).lower().equals("for"));
      // Back over the capitalised common words before "and" to an "of" or "for" after a body's noun.
      int k = j - 1;
      while (k > from && commonCapitalised(k - 1)) {
        k--;
      }
      boolean ofBefore = k - 2 >= from && (toks.get(k - 1).lower().equals("of") || toks.get(k - 1).lower().equals("for"));
      // With "of" or "for" after the body's noun too, only where no "of" or "for" comes before "and" ("the UN
      // Relief and Works Agency for Palestine Refugees" is one body).
      if ((agencyNoun(e) || LAW_NAME_ENDS.contains(toks.get(e).lower())) && (!after || !ofBefore) && !end.equals("department")
          && !end.equals("ministry")) {
        return true;
      }
      return ofBefore && agencyNoun(k - 2);
    }

    /** Whether the token at {@code k} is "and" or "&amp;" (in lower case: a headline's "AND" joins no name). */
    private boolean isAnd(int k) {
      String w = toks.get(k).text();
      return w.equals("and") || w.equals("&");
    }

    /**
     * Whether the word at {@code k} stands elsewhere in the article, as written, but before "and": a name of
     * its own ("Mercosur", "Interior" of "the Interior Department"), not half of one ("Food").
     */
    private boolean aloneElsewhere(int k) {
      String w = toks.get(k).text();
      for (int m = 0; m < toks.size(); m++) {
        if (m != k && toks.get(m).text().equals(w) && !(m + 1 < toks.size() && isAnd(m + 1))) {
          return true;
        }
      }
      return false;
    }

    /**
     * A capitalised word that may be a word of a body's name ("Food", "Drug", "Human", "Exchange"): no
     * acronym, place, nationality, given name or name the alias lexicon knows.
     */
    private boolean commonCapitalised(int k) {
      Tok t = toks.get(k);
      String w = t.lower();
      return nameLike(k) && Character.isUpperCase(t.text().charAt(0)) && !Words.isAcronym(t.text())
          && !lexicon.nationalities.containsKey(w) && !lexicon.givenNames.contains(w) && !lexicon.places.contains(w)
          && !isCountry(w) && lexicon.aliasGroup(w) == null;
    }

    /**
     * Nouns that end the names of public bodies and associations, for names with "and" or "for" inside
     * ({@link #andJoins}); not firms' legal forms or media, whose names join other names with "and".
     */
    private static final Set<String> AGENCY_NOUNS = Set.of("administration", "commission", "service", "department",
        "agency", "bureau", "board", "committee", "council", "authority", "institute", "foundation", "association",
        "society", "community", "union", "league", "organisation", "organization", "office", "center", "centre", "fund",
        "corps", "court", "tribunal", "trust", "alliance", "federation", "coalition", "ministry", "directorate",
        "secretariat", "academy", "museum", "forum", "conference", "program", "programme", "initiative", "movement",
        "campaign", "march");

    /** Whether the word at {@code k} is a noun that ends the names of public bodies and associations. */
    private boolean agencyNoun(int k) {
      return AGENCY_NOUNS.contains(Words.singular(toks.get(k).lower()));
    }

    /**
     * Whether a day's or a month's name is a word of a name here: after a capitalised adjective in
     * mid-sentence ("the Good Friday Agreement", "Black Friday", "Bloody Sunday"; not "Last Friday" opening
     * a sentence, nor "Obama Tuesday"); or after "the" or an owner and before a capitalised common noun that
     * is no title ("Nixon's Saturday Night Massacre", "the Sunday Times"; not "on Tuesday President Trump").
     */
    private boolean dayInName(int k) {
      if (k == 0 || toks.get(k - 1).sentence() != toks.get(k).sentence()) {
        return false;
      }
      Tok before = toks.get(k - 1);
      Tok next = k + 1 < toks.size() && toks.get(k + 1).sentence() == toks.get(k).sentence() ? toks.get(k + 1) : null;
      if (next != null && (before.lower().equals("the") || before.isPossessive()) && Words.isCapitalised(next.text())
          && !Words.isAcronym(next.text()) && lexicon.isCommonNoun(Words.singular(next.lower()))
          && !lexicon.titles.contains(next.lower()) && !TIME_NAMES.contains(next.lower())) {
        return true;
      }
      if (sentenceStart[k - 1]) {
        return false;
      }
      return before.is("ADJ") && Words.isCapitalised(before.text()) && !Words.isAcronym(before.text())
          && !BREAKERS.contains(before.lower())
          && !TIME_NAMES.contains(before.lower());
    }

    /**
     * Whether token {@code k} is the span of time of an award's title: a common noun of time written with a
     * capital after a noun for a person and "of the" ("Player of the Year", "Coach of the Month", "Man of
     * the Match" is no time): the title is a description of a person, "the Year" no name of anything.
     */
    private boolean awardPeriod(int k) {
      String period = toks.get(k).lower();
      if (k < 3 || TIME_NAMES.contains(period) || !"time".equals(lexicon.nounKinds.get(period)) || Words.isPlural(period)) {
        return false; // "Jeff Duncan of the Times": a newspaper's name
      }
      int sentence = toks.get(k).sentence();
      String before = toks.get(k - 3).lower();
      return toks.get(k - 1).lower().equals("the") && toks.get(k - 2).lower().equals("of")
          && toks.get(k - 3).sentence() == sentence && Words.isCapitalised(toks.get(k - 3).text())
          && (isPersonNoun(before) || lexicon.titles.contains(before)) && !lexicon.givenNames.contains(before);
    }

    /**
     * Whether the word at {@code k} is a day's or a month's name that says when, not a word of a name (a
     * surname "May", "Good Friday", "the March for Our Lives").
     */
    private boolean timeWord(int k) {
      return TIME_NAMES.contains(toks.get(k).lower()) && !monthAsSurname(k) && !dayInName(k) && !marchNamed(k);
    }

    /**
     * Whether "March" at {@code k} is a march's name, not the month: before "for", "against" or "on" and a
     * capitalised word that is no day's or month's name ("the March for Our Lives", "the March on
     * Washington"; not "in March on Monday").
     */
    private boolean marchNamed(int k) {
      if (!toks.get(k).lower().equals("march") || k + 2 >= toks.size()
          || toks.get(k + 2).sentence() != toks.get(k).sentence() || !MARCH_JOINS.contains(toks.get(k + 1).lower())) {
        return false;
      }
      Tok next = toks.get(k + 2);
      return Words.isCapitalised(next.text()) && !TIME_NAMES.contains(next.lower());
    }

    private static final Set<String> MARCH_JOINS = Set.of("for", "against", "on");

    /**
     * Whether a capitalised possessive determiner at {@code k} is a word of a name: mid-sentence, after
     * "for", "of", "to" or "against" and before a capitalised word ("March for Our Lives", "Mothers Against
     * Our Guns"); "Our" opening a sentence is the pronoun.
     */
    private boolean possessiveInName(int k) {
      Tok t = toks.get(k);
      if (sentenceStart[k] || !POSSESSIVES_IN_NAMES.contains(t.text()) || k < 1 || k + 1 >= toks.size()
          || toks.get(k - 1).sentence() != t.sentence() || toks.get(k + 1).sentence() != t.sentence()) {
        return false;
      }
      return NAME_PREPOSITIONS.contains(toks.get(k - 1).lower()) && Words.isCapitalised(toks.get(k + 1).text())
          && Words.isWord(toks.get(k + 1).text());
    }

    /** A lowercase start and a capital after it: "iPhone", "eBay", "iTunes". */
    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("\\p{Ll}+\\p{Lu}\\p{L}*");

    /** A capital letter, a hyphen and a word in lowercase: "T-shirt", "X-rays", "U-turn", "A-list". */
    private static final java.util.regex.Pattern LETTER_COMPOUND = java.util.regex.Pattern.compile("\\p{Lu}-\\p{Ll}+");

    private static final Set<String> POSSESSIVES_IN_NAMES = Set.of("Our", "Your", "My", "Their");
    private static final Set<String> NAME_PREPOSITIONS = Set.of("for", "of", "to", "against");

    /**
     * Whether a month's name is a surname here: right after a given name ("Theresa May"), or,
     * in an article that writes it so, alone where no date can be meant (not before a number, not after
     * "in", "on", "last"...: "May told lawmakers", "May's deal", but "in May", "May 5").
     */
    private boolean monthAsSurname(int k) {
      String lower = toks.get(k).lower();
      boolean dateAfter = k + 1 < toks.size() && toks.get(k + 1).sentence() == toks.get(k).sentence()
          && (toks.get(k + 1).is("NUM") || Character.isDigit(toks.get(k + 1).text().charAt(0)));
      if (!MONTHS.contains(lower) || dateAfter) {
        return false; // "Hasim Rahman Saturday", "Theresa May 5"
      }
      if (afterCapitalisedGivenName(k)) {
        return true;
      }
      boolean dateBefore = k > 0 && toks.get(k - 1).sentence() == toks.get(k).sentence()
          && (DATE_WORDS.contains(toks.get(k - 1).lower()) || toks.get(k - 1).is("NUM"));
      return surnamedMonths.contains(lower) && !dateBefore;
    }

    private boolean afterCapitalisedGivenName(int k) {
      String before = k > 0 ? toks.get(k - 1).lower() : null;
      return before != null && toks.get(k - 1).sentence() == toks.get(k).sentence() && Words.isCapitalised(toks.get(k - 1).text())
          && lexicon.givenNames.contains(before);
    }

    /** Words before a month or day that make it a date ("in May", "last Friday", "early June"). */
    private static final Set<String> DATE_WORDS = Set.of("in", "on", "since", "until", "till", "by", "from", "to",
        "through", "last", "next", "this", "early", "late", "mid", "of", "before", "after", "during", "every", "each", ",");

    /** Whether a verb follows {@code k}, perhaps after an adverb: "Boeing claims", "Boeing now has". */
    private boolean verbAfter(int k, int sentence) {
      return verbAt(k + 1, sentence)
          || k + 2 < toks.size() && toks.get(k + 1).is("ADV") && toks.get(k + 1).sentence() == sentence && verbAt(k + 2, sentence);
    }

    /** Whether token {@code j} is a verb of {@code sentence}: "Trump/VERB claimed/VERB" opens with a name. */
    private boolean verbAt(int j, int sentence) {
      return j < toks.size() && toks.get(j).sentence() == sentence && (toks.get(j).is("VERB") || toks.get(j).is("AUX"));
    }

    private boolean capitalisedAt(int j, int sentence) {
      return j < toks.size() && toks.get(j).sentence() == sentence && Words.isCapitalised(toks.get(j).text());
    }

    /**
     * A word tagged as a verb (or an adverb not in -ly), capitalised in mid-sentence and never written in
     * lower case in the article: a name the tagger took for a verb ("commits Pyongyang to", "Donald J.
     * Trump shook", "gut Obamacare's protections").
     */
    private boolean capitalisedVerb(int k) {
      String lower = toks.get(k).lower();
      // A verb's own forms stay verbs ("Leaving the scene", "was Tasered and"), unless a name goes on
      // after them ("Royal Canadian Mounted Police", "Catching Fire") or the article tags the word as a name
      // elsewhere ("which Boeing estimates"); so does a verb after "DO".
      boolean form = (lower.endsWith("ing") || lower.endsWith("ed")) && !NAME_PARTICIPLES.contains(lower);
      boolean nameGoesOn = capitalisedAt(k + 1, toks.get(k).sentence());
      return !sentenceStart[k] && !headline[k] && !lowercaseInText.contains(lower)
          && (!form || nameGoesOn || namedElsewhere(toks.get(k))) && !toks.get(k - 1).is("AUX");
    }

    /**
     * A word the tagger read as a function word (a pronoun, an auxiliary, a preposition: "Trump/PRON
     * claimed"), or an adverb not in -ly ("LaRue/ADV was"), or as a verb opening a sentence before another verb ("Trump/VERB claimed/VERB"), that
     * the article (or another of the corpus) tags as a name in mid-sentence elsewhere and that the article
     * never writes in lower case: a name
     * ("Yes" or "I'm", capitalised inside quotations, are never tagged names).
     */
    private boolean namedElsewhere(Tok t) {
      return t.lower().length() > 2 && (nameInText.contains(t.lower()) || corpusNames.words().contains(t.lower())
          || corpusNames.surnames().contains(t.lower()))
          && !lowercaseInText.contains(t.lower());
    }

    /** Participles that end names ("Grass Distribution Limited", "Manchester United"). */
    private static final Set<String> NAME_PARTICIPLES = Set.of("limited", "united", "incorporated", "unlimited");

    /**
     * Whether the word at {@code k} begins a name of two or three capitalised words that the alias lexicon
     * or the gazetteer knows: "United States", "New York" opening a sentence ("New York police said").
     */
    private boolean beginsKnownName(int k) {
      StringBuilder name = new StringBuilder(toks.get(k).text());
      for (int j = k + 1; j <= k + 2 && j < toks.size() && toks.get(j).sentence() == toks.get(k).sentence()
          && Words.isCapitalised(toks.get(j).text()); j++) {
        name.append(' ').append(toks.get(j).text());
        String whole = name.toString();
        if (lexicon.aliasGroup(whole) != null || knownPlace(whole) || lexicon.places.contains(Words.nameKey(whole))) {
          return true;
        }
      }
      return false;
    }

    /**
     * A capital that stands for its state, or a first-level division or city of 500,000 people or more:
     * a name even where the tagger reads a common noun at a sentence's start ("Pyongyang's state media").
     */
    private boolean knownPlace(String w) {
      String key = Words.nameKey(w);
      return lexicon.capitals.containsKey(key) || lexicon.isMajorPlace(key);
    }

    /** Whether a capitalised given name stands right before {@code k} in mid-sentence: "met Ana Tarrow". */
    private boolean afterGivenName(int k) {
      Tok t = toks.get(k);
      if (k == 0 || sentenceStart[k] || headline[k] || t.sentence() != toks.get(k - 1).sentence()
          || t.is("PRON") || t.is("AUX") || t.is("ADP") || t.is("DET") || t.is("CCONJ") || t.is("PART")) {
        return false; // "Reggie I'm", "Tara Is"
      }
      String before = toks.get(k - 1).text();
      return Words.isCapitalised(before) && lexicon.givenNames.contains(Words.fold(before));
    }

    private boolean isCountry(String lower) {
      return lexicon.nationalities.containsKey(lower) || lexicon.places.contains(lower) || lexicon.aliasGroup(lower) != null;
    }

    private boolean isLatin(String w) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c)) {
          return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
        }
      }
      return true;
    }

    private boolean inQuote(int pos) {
      return quoteIndex.covers(pos);
    }
  }

  /** The articles a title may open with ("The Million Dollar Mermaid"), left out of its name. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Tags of function words, which a name misread by the tagger can carry ("Trump/PRON claimed"). */
  private static final Set<String> FUNCTION_TAGS = Set.of("PRON", "AUX", "ADP", "DET", "SCONJ", "CCONJ", "PART", "INTJ");

  /** Words that make a count approximate: "about 3,000", "some 200". */
  private static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "roughly",
      "approximately", "some", "over", "under", "estimated");

  /** Two words that make a count approximate: "more than 200", "at least 46". */
  private static final Set<String> APPROXIMATOR_PAIRS = Set.of("more than", "fewer than", "less than", "at least",
      "at most", "up to");

  /** The words of {@link #APPROXIMATOR_PAIRS}, each alone. */
  private static final Set<String> APPROXIMATOR_PARTS = APPROXIMATOR_PAIRS.stream()
      .flatMap(pair -> java.util.Arrays.stream(pair.split(" "))).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether a lower-case word is, or is part of, what makes a count approximate ("about", "more than"). */
  static boolean approximates(String lower) {
    return APPROXIMATORS.contains(lower) || APPROXIMATOR_PARTS.contains(lower);
  }

  private static boolean isOpening(String s) {
    return s.equals("\"") || s.equals("“") || s.equals("‘") || s.equals("'") || s.equals("(") || s.equals("[");
  }
}
