package org.parallax.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.corpus.Article;
import org.parallax.work.Checkpoint;
import org.parallax.work.Faults;
import org.parallax.work.Threads;
import org.parallax.quotes.Mention.Kind;
import org.parallax.quotes.QuoteScanner.Stretch;
import org.parallax.text.Sorted;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;
import org.parallax.text.WorkTitle;

/**
 * Finds every direct quotation of an article and its speaker.
 *
 * <p>Quotations come from quotation marks ({@link QuoteScanner} documents the rules for
 * mismatched, unclosed and multi-paragraph quotations and for apostrophes). Speakers come from
 * attribution cues in the same sentence, looked for outside quotations only:
 *
 * <ol>
 *   <li>A cue is a speech verb ("said", "told", "added", "noted", "warned", "stressed"...) with
 *       its subject before it ({@code Kerry told}, {@code He said:}, {@code the State Department
 *       said}), possibly across auxiliaries and adverbs ({@code has also said}) or an appositive
 *       ({@code Hugh Hill, a doctor, said}: the name wins over the role); or with its subject
 *       after it right after a quotation ({@code “...,” said the Russian foreign minister});
 *       "according to X"; {@code X: “...”}. A participle ({@code saying}, {@code adding}) or a
 *       verb without a subject of its own ({@code and warned}) takes the subject of the previous
 *       cue in the sentence, else the sentence's subject.
 *   <li>A quotation takes the cue right after it (only punctuation between), else the last cue
 *       before it and after the previous quotation, else the first cue after it, else the
 *       nearest cue of its sentence within 250 characters (the scare quote in {@code X said that
 *       it is necessary to “retool and calibrate”}).
 *   <li>With no cue in its sentence: a quotation ending in its own attribution ({@code “..., the
 *       Journal writes”}) takes that; a quotation that is (almost) its whole sentence takes the
 *       speaker of the sentence before if that one ends with a colon ({@code Kerry was blunt:}),
 *       else continues the most recent speaker of its own or the previous paragraph (news
 *       convention); a fragment takes the sentence subject if that subject is quoted elsewhere
 *       in the article ({@code Kerry had earlier defended any efforts “genuinely” targeting...});
 *       otherwise the speaker is null.
 * </ol>
 *
 * <p>Speakers are resolved inside the article: a surname to the full name the article uses
 * ("Kerry" to "John Kerry"), titles stripped ("White House spokesman Josh Earnest" to "Josh
 * Earnest"), a role to the person the article gives that role ("the Russian foreign minister" to
 * "Sergey Lavrov", via "his Russian counterpart, Sergey Lavrov"), "he"/"she" to the most recent
 * person speaker (named or described), "it" to the most recent organisation speaker and "they"
 * to the most recent plural one (within three sentences). A role the article gives no name for
 * stays a role ("US official"). {@link SpeakerNames} then unifies names across articles.
 *
 * <p>Instances are stateless and thread-safe. Running time is linear in the article length.
 */
public final class QuotationExtractor {

  /** How far (in characters) a scare quote may be from the only cue of its sentence. */
  private static final int NEAREST_CUE_DISTANCE = 250;
  /** Share of a sentence's characters a quotation must cover to count as standing alone. */
  private static final double STANDALONE_SHARE = 0.7;
  /** Sentences over which "it" and "they" may refer back. */
  private static final int SHORT_REFERENCE = 3;

  /**
   * The quotations of {@code article} in text order, speakers resolved inside the article (see
   * the class notes). Uses {@code article.sentences()}; with none, a crude split is used.
   */
  public List<Quotation> extract(Article article) {
    Objects.requireNonNull(article, "article");
    return new Pass(article).run();
  }

  /**
   * The quotations of all {@code articles}, in article order then text order, with speakers
   * unified across the articles by {@link SpeakerNames}.
   */
  public List<Quotation> extractAll(List<Article> articles) {
    return extractAll(articles, Faults.IGNORE, Checkpoint.NONE);
  }

  /**
   * As {@link #extractAll(List)}; an article whose extraction fails has no quotations, and if unifying
   * the speakers fails, each keeps the name its article gives. Each failure is reported to {@code faults}.
   */
  public List<Quotation> extractAll(List<Article> articles, Faults faults, Checkpoint checkpoint) {
    // Articles on every core (an extraction reads its article only), then kept in their order.
    List<List<Quotation>> each = Threads.eachInOrder(articles.size(), checkpoint, i -> {
      Article a = articles.get(i);
      return faults.contain(a.source(), "quotations of the article left out", () -> extract(a), List::of);
    });
    List<Quotation> all = new ArrayList<>();
    each.forEach(all::addAll);
    return faults.contain(
        null, "speakers not unified across articles", () -> SpeakerNames.build(articles, all).apply(all), () -> all);
  }

  private static final java.util.regex.Pattern INDEFINITE_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\b(a|an|one|another|some)\\s+$");
  private static final java.util.regex.Pattern INDEFINITE_OPENING =
      java.util.regex.Pattern.compile("(?i)^(a|an|one|another|some)\\s");
  private static final java.util.regex.Pattern DEFINITE_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\b(the|this|that)\\s+$");

  /** A resolved speaker: the name or role, and what kind of thing it is. */
  private record Speaker(String name, Who who, Mention mention, int unit, int paragraph) {}

  private enum Who {
    PERSON,
    ORG,
    GROUP,
    NOBODY
  }

  /** A speech verb with its subject, resolved. */
  private record Cue(int verb, String verbText, int start, Speaker speaker) {}

  /** The state of one extraction. */
  private static final class Pass {
    private final Article article;
    private final String text;
    private final SentenceBounds bounds;
    private final NameIndex names;
    private final List<int[]> paragraphs;
    private final List<Stretch> stretches;
    private List<int[]> quoteRanges;

    private Speaker lastPerson;
    /** The issuer of the last document this article attributed words to ("a Defence Ministry statement"). */
    private Speaker lastIssuer;
    private Speaker lastOrg;
    private Speaker lastGroup;
    private Speaker lastAny;
    /** The speaker of the previous sentence when it ends with a colon ("He put it this way:"). */
    private Speaker colonLead;
    private final Set<String> knownSpeakers = new HashSet<>();
    /** The roles this article quoted that no name in it resolved, in text order (see {@link #earlierRole}). */
    private final List<String> roles = new ArrayList<>();

    private final Speaker[] speakers;
    private final String[] cueTexts;
    private final List<Integer> deferred = new ArrayList<>();
    private final List<Speaker> deferredSubjects = new ArrayList<>();

    Pass(Article article) {
      this.article = article;
      this.text = article.text() == null ? "" : article.text();
      this.bounds = SentenceBounds.of(text, article.sentences());
      this.paragraphs = QuoteScanner.paragraphs(text);
      this.stretches = QuoteScanner.scan(text, bounds);
      this.names = NameIndex.of(text);
      this.speakers = new Speaker[stretches.size()];
      this.cueTexts = new String[stretches.size()];
    }

    /**
     * Whether a stretch is the title of a work or a name in quotation marks ({@link WorkTitle#is}, {@link
     * WorkTitle#isName}): nobody says it, so it is no quotation; it stays quoted text while speakers are
     * looked for.
     */
    private boolean nobodySays(Stretch s) {
      TextRange sentence = bounds.sentenceAt(s.open());
      if (!s.closed() || sentence == null || s.close() > sentence.end()) {
        return false;
      }
      TextRange withMarks = new TextRange(s.open(), s.close());
      TextRange content = new TextRange(s.contentStart(), s.contentEnd());
      return WorkTitle.is(text, withMarks, content, sentence) || WorkTitle.isName(text, withMarks, content, sentence);
    }

    List<Quotation> run() {
      if (stretches.isEmpty()) {
        return List.of();
      }
      quoteRanges = new ArrayList<>(stretches.size());
      for (Stretch s : stretches) {
        quoteRanges.add(new int[] {s.open(), s.close()});
      }
      List<int[]> units = units();
      for (int u = 0; u < units.size(); u++) {
        attribute(u, units.get(u));
      }
      for (int k = 0; k < deferred.size(); k++) {
        Speaker s = deferredSubjects.get(k);
        if (s != null && s.name() != null && knownSpeakers.contains(s.name())) {
          speakers[deferred.get(k)] = s;
        }
      }
      List<Quotation> out = new ArrayList<>(stretches.size());
      for (int q = 0; q < stretches.size(); q++) {
        Stretch s = stretches.get(q);
        if (nobodySays(s)) {
          continue;
        }
        Speaker sp = speakers[q];
        TextRange span = new TextRange(s.contentStart(), s.contentEnd());
        TextRange speakerSpan = null;
        String speakerText = null;
        if (sp != null && sp.mention() != null) {
          speakerSpan = new TextRange(sp.mention().start(), sp.mention().end());
          speakerText = speakerSpan.of(text);
        }
        out.add(new Quotation(article.id(), span, new TextRange(s.open(), s.close()),
            span.of(text), sp == null ? null : sp.name(), speakerSpan, speakerText, cueTexts[q]));
      }
      return out;
    }

    /**
     * Attribution scopes: the sentences, merged where a quotation runs from one into the next,
     * plus any quotation outside every sentence.
     */
    private List<int[]> units() {
      List<int[]> all = new ArrayList<>();
      for (TextRange r : bounds.sentences()) {
        all.add(new int[] {r.start(), r.end()});
      }
      all.addAll(quoteRanges.stream().map(r -> new int[] {r[0], r[1]}).toList());
      all.sort(Comparator.comparingInt((int[] r) -> r[0]));
      List<int[]> merged = new ArrayList<>();
      for (int[] r : all) {
        int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && r[0] < last[1]) {
          last[1] = Math.max(last[1], r[1]);
        } else {
          merged.add(new int[] {r[0], r[1]});
        }
      }
      return merged;
    }

    private int paragraphOf(int pos) {
      int lo = 0;
      int hi = paragraphs.size() - 1;
      int ans = 0;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (paragraphs.get(mid)[0] <= pos) {
          ans = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return ans;
    }

    private void attribute(int u, int[] unit) {
      List<Tok> toks = Tokens.of(text, unit[0], unit[1], quoteRanges);
      Speaker subject = noteSubject(u, toks);
      List<Cue> cues = cues(u, toks);
      Speaker leadIn = colonLead;
      colonLead = toks.isEmpty() || !toks.get(toks.size() - 1).isPunct(':') ? null
          : !cues.isEmpty() ? cues.get(cues.size() - 1).speaker() : subject;
      boolean hasQuote = false;
      for (Tok t : toks) {
        if (t.is(Tok.QUOTE)) {
          hasQuote = true;
          break;
        }
      }
      if (!hasQuote) {
        return;
      }
      int quoteChars = 0;
      int allChars = 0;
      for (Tok t : toks) {
        allChars += t.end() - t.start();
        if (t.is(Tok.QUOTE)) {
          quoteChars += t.end() - t.start();
        }
      }
      int[] verbs = new int[cues.size()];
      for (int k = 0; k < verbs.length; k++) {
        verbs[k] = cues.get(k).verb();
      }
      List<Integer> quoteTokens = new ArrayList<>();
      for (int i = 0; i < toks.size(); i++) {
        if (toks.get(i).is(Tok.QUOTE)) {
          quoteTokens.add(i);
        }
      }
      for (int k = 0; k < quoteTokens.size(); k++) {
        int i = quoteTokens.get(k);
        int prevQuote = k > 0 ? quoteTokens.get(k - 1) : -1;
        int nextQuote = k + 1 < quoteTokens.size() ? quoteTokens.get(k + 1) : toks.size();
        int q = toks.get(i).quote();
        Cue cue = chooseCue(toks, i, prevQuote, nextQuote, cues, verbs);
        if (cue != null) {
          speakers[q] = cue.speaker();
          cueTexts[q] = cue.verbText();
          continue;
        }
        Stretch s = stretches.get(q);
        Cue inner = innerAttribution(u, s);
        if (inner != null) {
          speakers[q] = inner.speaker();
          cueTexts[q] = inner.verbText();
          continue;
        }
        if (quoteChars >= STANDALONE_SHARE * allChars) {
          int para = paragraphOf(s.open());
          if (leadIn != null && leadIn.unit() == u - 1) {
            speakers[q] = leadIn; // "Kerry was blunt:" then the quotation
          } else if (lastAny != null && lastAny.paragraph() >= para - 1) {
            speakers[q] = lastAny;
          }
          continue;
        }
        if (subject != null && subject.who() == Who.PERSON) {
          deferred.add(q);
          deferredSubjects.add(subject);
        }
      }
    }

    /**
     * The cue a quotation at token {@code qi} takes (see rule 2 of the class notes); {@code
     * prevQuote} and {@code nextQuote} are the token indices of its neighbouring quotations (-1
     * and the token count when none), {@code verbs} the cues' verb token indices, ascending.
     */
    private Cue chooseCue(List<Tok> toks, int qi, int prevQuote, int nextQuote, List<Cue> cues,
        int[] verbs) {
      if (cues.isEmpty()) {
        return null;
      }
      Tok quote = toks.get(qi);
      // verbs[after] is the first verb after the quotation; verbs[after - 1] the last before.
      int after = -Arrays.binarySearch(verbs, qi) - 1;
      Cue firstAfter = after < verbs.length && verbs[after] < nextQuote ? cues.get(after) : null;
      Cue lastBefore = after > 0 && verbs[after - 1] > prevQuote ? cues.get(after - 1) : null;
      if (firstAfter != null && onlyPunctuation(quote.end(), firstAfter.start())) {
        return firstAfter;
      }
      if (lastBefore != null) {
        return lastBefore;
      }
      if (firstAfter != null) {
        return firstAfter;
      }
      Cue nearest = null;
      int best = Integer.MAX_VALUE;
      for (int k = Math.max(0, after - 1); k <= Math.min(verbs.length - 1, after); k++) {
        Tok v = toks.get(verbs[k]);
        int d = v.start() >= quote.end() ? v.start() - quote.end() : quote.start() - v.end();
        if (d < best) {
          best = d;
          nearest = cues.get(k);
        }
      }
      return best <= NEAREST_CUE_DISTANCE ? nearest : null;
    }

    private boolean onlyPunctuation(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** The speech cues of one sentence, in order, with their speakers resolved. */
    private List<Cue> cues(int u, List<Tok> toks) {
      List<Cue> out = new ArrayList<>();
      int n = toks.size();
      for (int i = 0; i < n; i++) {
        Tok w = toks.get(i);
        if (w.is(Tok.QUOTE) && i >= 2 && toks.get(i - 1).isPunct(':')) {
          Cue colon = colonCue(u, toks, i);
          if (colon != null) {
            out.add(colon);
          }
          continue;
        }
        if (!w.isWord()) {
          continue;
        }
        String lw = w.lower();
        if (lw.equals("according") && i + 1 < n && toks.get(i + 1).lower().equals("to")) {
          Mention m = Phrases.startingAt(text, toks, i + 2, n, null);
          Speaker sp = documentIssuedBy(toks, i + 2, u);
          if (sp == null && m != null) {
            sp = speakerOf(m, toks, u);
          }
          if (sp != null) {
            out.add(new Cue(i, "according to", w.start(), sp));
            note(sp);
          }
          continue;
        }
        // Verbs are lowercase: "Said" or "Asked" open a sentence as something else.
        if (!Character.isLowerCase(w.text().charAt(0)) || !Lexicon.isSpeechVerb(lw)) {
          continue;
        }
        Mention subject = subjectOf(toks, i);
        if (subject != null && Lexicon.NAMING_VERBS.contains(lw)
            && subject.kind() == Kind.DESCRIPTION && !subject.isPersonDescription()) {
          continue; // "a book called “...”" names the book
        }
        Speaker sp;
        int start = w.start();
        if (subject != null) {
          sp = speakerOf(subject, toks, u);
          start = Math.min(start, subject.start());
        } else if (!out.isEmpty() && out.get(out.size() - 1).speaker() != null) {
          // "..., adding ...", "... and warned ...": the subject of the previous cue.
          Speaker prev = out.get(out.size() - 1).speaker();
          sp = new Speaker(prev.name(), prev.who(), prev.mention(), u, prev.paragraph());
        } else {
          sp = sentenceSubject(u, toks, i);
        }
        if (sp == null) {
          continue;
        }
        out.add(new Cue(i, w.text(), start, sp));
        note(sp);
      }
      return out;
    }

    /** {@code Kremlin spokesman: “...”}: a speaker phrase, a colon and a quotation. */
    private Cue colonCue(int u, List<Tok> toks, int qi) {
      Tok before = toks.get(qi - 2);
      if (!before.isWord() || Lexicon.isSpeechVerb(before.lower())) {
        return null;
      }
      Mention m = Phrases.endingAt(text, toks, qi - 2, 0);
      if (m == null || m.kind() == Kind.PRONOUN
          || (m.kind() == Kind.DESCRIPTION && !m.isPersonDescription())) {
        return null;
      }
      int first = qi - 2;
      while (first > 0 && toks.get(first - 1).isWord() && toks.get(first - 1).end() > m.start()) {
        first--;
      }
      if (first > 0 && toks.get(first - 1).isWord()) {
        return null;
      }
      Speaker sp = resolve(m, u);
      note(sp);
      return new Cue(qi - 1, ":", m.start(), sp);
    }

    /**
     * The subject phrase of the speech verb at {@code i}: inverted after a quotation ("said
     * Earnest"), before the verb across adverbs, or around an appositive; null when the verb has
     * none of its own (participles, coordinated verbs).
     */
    private Mention subjectOf(List<Tok> toks, int i) {
      String lw = toks.get(i).lower();
      int p = skipBetweenSubjectAndVerb(toks, i - 1);
      if (Lexicon.SPEECH_PARTICIPLES.contains(lw)) {
        return quotedAsSaying(toks, p);
      }
      boolean afterQuote = p >= 0 && (toks.get(p).is(Tok.QUOTE)
          || (isSeparator(toks.get(p)) && p >= 1 && toks.get(p - 1).is(Tok.QUOTE)));
      Mention inverted = null;
      if (Lexicon.INVERTIBLE.contains(lw) && (afterQuote || p < 0 || isSeparator(toks.get(p)))) {
        int[] end = {-1};
        Mention f = Phrases.startingAt(text, toks, i + 1, toks.size(), end);
        if (f != null && (f.kind() == Kind.NAME || f.kind() == Kind.ORG
            || f.isPersonDescription()
            || (f.kind() == Kind.PRONOUN && !f.text().equalsIgnoreCase("it")))) {
          inverted = f;
          // "said one resident, Ahmad Khalil": the name in apposition wins over the role.
          if (f.kind() == Kind.DESCRIPTION && end[0] + 2 < toks.size()
              && toks.get(end[0] + 1).isPunct(',')) {
            Mention name = Phrases.startingAt(text, toks, end[0] + 2, toks.size(), null);
            if (name != null && name.kind() == Kind.NAME) {
              inverted = name;
            }
          }
        }
      }
      if (inverted != null && (afterQuote || p < 0)) {
        return inverted;
      }
      if (p < 0) {
        return null;
      }
      Tok t = toks.get(p);
      if (t.isWord()) {
        Mention m = Phrases.endingAt(text, toks, p, 0);
        return m != null ? m : inverted;
      }
      if (t.isPunct(',')) {
        Mention m = appositive(toks, p);
        return m != null ? m : inverted;
      }
      return inverted;
    }

    /**
     * Steps back from {@code p} over what may stand between a subject and its verb: auxiliaries
     * and adverbs ("has also"), and a time ("Trump on Tuesday called", "Kerry last week said").
     */
    private static int skipBetweenSubjectAndVerb(List<Tok> toks, int p) {
      while (p >= 0 && toks.get(p).isWord()) {
        String w = toks.get(p).lower();
        if (Lexicon.isAdverbOrAuxiliary(w)) {
          p--;
        } else if (Lexicon.AFTER_NAME.contains(w) || w.equals("week") || w.equals("month")
            || w.equals("year") || w.equals("night") || w.equals("morning")
            || w.equals("afternoon") || w.equals("evening")) {
          p--;
          while (p >= 0 && toks.get(p).isWord()
              && TIME_LEAD.contains(toks.get(p).lower())) {
            p--;
          }
        } else {
          break;
        }
      }
      return p;
    }

    private static final Set<String> TIME_LEAD =
        Set.of("on", "in", "at", "during", "last", "this", "next", "late", "early", "earlier", "later", "that", "the");

    /** Documents through which their issuer speaks ("the statement said"). */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "release", "communique",
        "communiqué", "letter", "memo", "announcement", "bulletin", "notice", "declaration", "filing", "tweet");
    /** Words before a document's issuer: determiners and the kind of document. */
    private static final Set<String> ISSUER_SKIP = Set.of("a", "an", "the", "its", "their", "his", "her", "this", "that",
        "another", "earlier", "later", "joint", "written", "separate", "official", "brief", "new", "press", "news");
    /** Words between a document and its issuer: "a statement from the Indian government". */
    private static final Set<String> ISSUED_BY = Set.of("from", "by", "of");

    /**
     * The subject of "X was quoted as saying" or "the agency quoted X as saying", where {@code p}
     * is the token before the participle; null for any other participle, which has no subject of
     * its own.
     */
    private Mention quotedAsSaying(List<Tok> toks, int p) {
      if (p < 1 || !toks.get(p).lower().equals("as")) {
        return null;
      }
      String before = toks.get(p - 1).lower();
      if (before.equals("quoted") || before.equals("cited")) {
        int k = p - 2;
        while (k >= 0 && toks.get(k).isWord() && Lexicon.isAdverbOrAuxiliary(toks.get(k).lower())) {
          k--;
        }
        return k >= 0 && toks.get(k).isWord() ? Phrases.endingAt(text, toks, k, 0) : null;
      }
      Mention m = Phrases.endingAt(text, toks, p - 1, 0);
      if (m == null) {
        return null;
      }
      int k = p - 1;
      while (k > 0 && toks.get(k - 1).end() > m.start()) {
        k--;
      }
      if (k > 0 && toks.get(k - 1).isWord() && m.kind() != Kind.PRONOUN) {
        String verb = toks.get(k - 1).lower();
        if (verb.equals("quoted") || verb.equals("cited")) {
          return m;
        }
      }
      return null;
    }

    private static boolean isSeparator(Tok t) {
      return t.isPunct(',') || isDash(t);
    }

    /**
     * The subject around an appositive or parenthetical ending with the comma at {@code p}:
     * {@code Hugh Hill, a doctor, said} gives Hugh Hill; {@code his counterpart, Sergey Lavrov,
     * said} gives Sergey Lavrov; {@code Kerry, for his part, called} gives Kerry.
     */
    private Mention appositive(List<Tok> toks, int p) {
      int k = -1;
      for (int j = p - 1; j >= Math.max(0, p - 12); j--) {
        Tok t = toks.get(j);
        if (t.is(Tok.QUOTE) || t.isPunct('.') || t.isPunct(';')) {
          break;
        }
        if (t.isPunct(',')) {
          k = j;
          break;
        }
      }
      if (k < 1) {
        return null;
      }
      Mention before = Phrases.endingAt(text, toks, k - 1, 0);
      int[] end = {-1};
      Mention inside = Phrases.startingAt(text, toks, k + 1, p, end);
      boolean insideWhole = inside != null && end[0] == p - 1;
      if (before != null && before.kind() == Kind.NAME) {
        return before;
      }
      if (insideWhole && inside.kind() == Kind.NAME) {
        return inside;
      }
      if (before != null && before.kind() != Kind.PRONOUN) {
        return before;
      }
      return insideWhole ? inside : null;
    }

    /**
     * The subject of the sentence, for verbs without one of their own: the phrase that opens it,
     * after a leading adverbial clause ("On Saturday, US Secretary of State John Kerry called
     * ...") and conjunctions ("But he also told ...").
     */
    private Speaker sentenceSubject(int u, List<Tok> toks, int limit) {
      int s = 0;
      while (s < limit && toks.get(s).is(Tok.PUNCT)) {
        s++;
      }
      s = afterDateline(toks, s, limit);
      if (s >= limit || !toks.get(s).isWord()) {
        return null;
      }
      String first = toks.get(s).lower();
      if (INTRODUCERS.contains(first)) {
        int comma = -1;
        for (int j = s + 1; j < Math.min(limit, s + 16); j++) {
          if (toks.get(j).is(Tok.QUOTE)) {
            break;
          }
          if (toks.get(j).isPunct(',')) {
            comma = j;
            break;
          }
        }
        if (comma > 0) {
          s = comma + 1;
        }
      }
      while (s < limit && toks.get(s).isWord() && CONJUNCTIONS.contains(toks.get(s).lower())) {
        s++;
      }
      int[] end = {-1};
      Mention m = Phrases.startingAt(text, toks, s, limit, end);
      if (m == null || (m.kind() == Kind.DESCRIPTION && !m.isPersonDescription())) {
        return null;
      }
      return resolve(m, u);
    }

    /**
     * Skips a dateline ("WASHINGTON (Reuters) -", "LONDON –"): words in capitals, maybe a
     * parenthesis, then a dash.
     */
    private static int afterDateline(List<Tok> toks, int s, int limit) {
      int k = s;
      while (k < limit && toks.get(k).isWord() && isAllCaps(toks.get(k).text())) {
        k++;
      }
      if (k == s) {
        return s;
      }
      if (k < limit && toks.get(k).isPunct('(')) {
        while (k < limit && !toks.get(k).isPunct(')')) {
          k++;
        }
        k++;
      }
      if (k < limit && isDash(toks.get(k))) {
        return k + 1;
      }
      return s;
    }

    private static boolean isAllCaps(String w) {
      boolean letters = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters |= Character.isLetter(c);
      }
      return letters && w.length() > 1;
    }

    private static boolean isDash(Tok t) {
      return t.is(Tok.PUNCT) && ("-".equals(t.text()) || "–".equals(t.text())
          || "—".equals(t.text()) || "--".equals(t.text()));
    }

    private static final Set<String> INTRODUCERS =
        Set.of("on", "in", "at", "after", "before", "during", "earlier", "later", "speaking",
            "meanwhile", "shortly", "following", "asked", "while", "when", "as", "separately",
            "yesterday", "today", "last", "since", "despite", "amid", "with", "for", "under",
            "according", "by", "from", "however", "still", "also", "then", "but", "and");

    private static final Set<String> CONJUNCTIONS =
        Set.of("but", "and", "yet", "so", "also", "however", "meanwhile", "then", "still", "now",
            "instead", "indeed");

    /** {@code “The Senate grilled officials ..., the Journal writes”}: attribution inside. */
    private Cue innerAttribution(int u, Stretch s) {
      int from = s.contentStart();
      int to = s.contentEnd();
      while (to > from && ".!?…".indexOf(text.charAt(to - 1)) >= 0) {
        to--;
      }
      int comma = text.lastIndexOf(',', to - 1);
      if (comma < from || to - comma > 60) {
        return null;
      }
      List<Tok> toks = Tokens.of(text, comma + 1, to, List.of());
      if (toks.size() < 2) {
        return null;
      }
      Tok verb = toks.get(toks.size() - 1);
      if (!verb.isWord() || !Lexicon.SPEECH_VERBS.contains(verb.lower())) {
        return null;
      }
      Mention m = Phrases.endingAt(text, toks, toks.size() - 2, 0);
      if (m == null || m.kind() == Kind.PRONOUN || m.start() != toks.get(0).start()
          && !(toks.get(0).isWord() && Lexicon.DETERMINERS.contains(toks.get(0).lower()))) {
        return null;
      }
      return new Cue(-1, verb.text(), m.start(), resolve(m, u));
    }

    /** The speaker phrase {@code m} stands for: a document's issuer ({@link #issuerOf}), else {@link #resolve}. */
    private Speaker speakerOf(Mention m, List<Tok> toks, int u) {
      Speaker issuer = issuerOf(m, toks, u);
      return issuer != null ? issuer : resolve(m, u);
    }

    /**
     * Who speaks through a document: "a Defence Ministry statement said" (the name before it), "according
     * to a statement from the Indian government" (the phrase after "from", "by" or "of"), and a bare "the
     * statement said" (the issuer this article last named for one). Null when {@code m} is no document
     * or none of these tells its issuer: the document then speaks for itself, as before.
     */
    private Speaker issuerOf(Mention m, List<Tok> toks, int u) {
      String[] words = m.text().trim().split("\\s+");
      int h = words.length - 1;
      String head = Lexicon.lower(words[h]);
      // A capitalised head is part of a name ("the Washington Post", "Daily Bulletin"), no document.
      if (!DOCUMENTS.contains(head) || Character.isUpperCase(words[h].charAt(0)) || m.kind() == Kind.PRONOUN
          || m.kind() == Kind.NAME) {
        return null;
      }
      int para = paragraphOf(m.start());
      int from = 0;
      while (from < h && ISSUER_SKIP.contains(Lexicon.lower(words[from]))) {
        from++;
      }
      StringBuilder before = new StringBuilder();
      boolean named = false;
      for (int k = from; k < h; k++) {
        String w = words[k].replaceAll("['’]s$", "");
        named |= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        before.append(before.length() == 0 ? "" : " ").append(w);
      }
      // "the Indian statement": a demonym says whose state, not who issued it.
      String prefix = Lexicon.lower(before.toString());
      if (Lexicon.NATIONALITY.containsKey(prefix) && !Lexicon.NATIONALITY.get(prefix).equals(prefix)) {
        named = false;
      }
      Speaker found = null;
      if (named) {
        found = new Speaker(before.toString(), Who.ORG, m, u, para);
      } else {
        found = issuedBy(toks, Sorted.firstAtLeast(toks, Tok::start, m.end()), u, m);
      }
      if (found != null) {
        lastIssuer = found;
        return found;
      }
      return lastIssuer != null ? new Speaker(lastIssuer.name(), lastIssuer.who(), m, u, para) : null;
    }

    /**
     * "according to a statement from the Indian government": the issuer of a document that no speaker
     * phrase covers, read from token {@code k} on; null when the words there are no such document.
     */
    private Speaker documentIssuedBy(List<Tok> toks, int k, int u) {
      while (k < toks.size() && toks.get(k).isWord() && ISSUER_SKIP.contains(toks.get(k).lower())) {
        k++;
      }
      if (k >= toks.size() || !DOCUMENTS.contains(toks.get(k).lower())) {
        return null;
      }
      Speaker found = issuedBy(toks, k + 1, u, null);
      if (found != null) {
        lastIssuer = found;
      }
      return found;
    }

    /**
     * The issuer after a document, when token {@code k} is "from", "by" or "of" ("a statement from the
     * Indian government"); the speaker's phrase is {@code document}, or the issuer's when null.
     */
    private Speaker issuedBy(List<Tok> toks, int k, int u, Mention document) {
      if (k + 1 >= toks.size() || !ISSUED_BY.contains(toks.get(k).lower())) {
        return null;
      }
      Mention by = Phrases.startingAt(text, toks, k + 1, toks.size(), null);
      if (by == null || by.kind() == Kind.PRONOUN) {
        return null;
      }
      Speaker s = resolve(by, u);
      // "the Indian government" is the government, not the name inside it.
      int end = by.end();
      int t = Sorted.firstAtLeast(toks, Tok::start, end);
      while (t < toks.size() && toks.get(t).isWord() && Lexicon.ORG_HEADS.contains(toks.get(t).lower())) {
        end = toks.get(t++).end();
      }
      String whole = text.substring(by.start(), end).trim().replaceFirst("(?i)^(the|a|an)\\s+", "");
      boolean inside = end > by.end() || by.kind() == Kind.NAME && by.name() != null && !whole.endsWith(by.name());
      Mention m = document != null ? document : by;
      return new Speaker(inside ? whole : s.name(), inside ? Who.ORG : s.who(), m, u, paragraphOf(m.start()));
    }

    /** Resolves a speaker phrase to a name, role or organisation (see the class notes). */
    private Speaker resolve(Mention m, int u) {
      int para = paragraphOf(m.start());
      switch (m.kind()) {
        case PRONOUN -> {
          String p = Lexicon.lower(m.text());
          Speaker ref = switch (p) {
            case "he", "she" -> lastPerson;
            case "it" -> recent(lastOrg, u);
            case "they" -> recent(lastGroup, u) != null ? lastGroup : recent(lastOrg, u);
            default -> null;
          };
          if (ref == null) {
            return new Speaker(null, Who.NOBODY, m, u, para);
          }
          return new Speaker(ref.name(), ref.who(), m, u, para);
        }
        case NAME -> {
          String name = m.name();
          if (name.indexOf(' ') < 0) {
            if (names.isKnownSurname(name)) {
              return new Speaker(names.complete(name, m.start()), Who.PERSON, m, u, para);
            }
            if (names.isPlace(name) || Lexicon.PLACES.contains(Lexicon.lower(name))) {
              return new Speaker(name, Who.ORG, m, u, para);
            }
          }
          return new Speaker(name, Who.PERSON, m, u, para);
        }
        case DESCRIPTION -> {
          if (m.plural()) {
            return new Speaker(m.text(), Who.GROUP, m, u, para);
          }
          if (m.isPersonDescription()) {
            // "one Iranian cleric", "a senior official": an indefinite role is someone new, not the holder the
            // article named ("their Iranian counterpart, Mohammad Javad Zarif").
            String named = indefinite(m) ? null : names.resolve(m.text(), m.start());
            if (named == null) {
              // Only "the spokesperson" goes back to the article's earlier one: "an officer" is another.
              named = definite(m) ? earlierRole(m.text()) : null;
              roles.add(named != null ? named : m.text());
            }
            return new Speaker(named != null ? named : m.text(), Who.PERSON, m, u, para);
          }
          return new Speaker(m.text(), Who.ORG, m, u, para);
        }
        default -> {
          return new Speaker(m.text(), Who.ORG, m, u, para);
        }
      }
    }

    /**
     * The latest role this article quoted unnamed whose words take in all of {@code role}'s, with more:
     * "the spokesperson" after "a Department spokesperson" is that one (and not, across articles, some
     * other story's spokesperson the corpus names), or null.
     */
    private String earlierRole(String role) {
      List<String> words = NameIndex.normalizedWords(role);
      for (int i = roles.size() - 1; i >= 0; i--) {
        List<String> earlier = NameIndex.normalizedWords(roles.get(i));
        if (earlier.size() > words.size() && NameIndex.titleScore(words, earlier, false) > 0) {
          return roles.get(i);
        }
      }
      return null;
    }

    /** Whether {@code m} is a role led by an indefinite word ("a", "an", "one", "another", "some"), in it or right before it. */
    private boolean indefinite(Mention m) {
      return INDEFINITE_OPENING.matcher(m.text()).find()
          || INDEFINITE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 9), m.start())).find();
    }

    /** Whether "the" (or "this", "that") stands right before a description. */
    private boolean definite(Mention m) {
      return m.determiner() && DEFINITE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find();
    }

    private static Speaker recent(Speaker s, int u) {
      return s != null && u - s.unit() <= SHORT_REFERENCE ? s : null;
    }

    /**
     * Lets "he" and "she" refer to a person who opens a sentence without speaking ("Merkel
     * visited the plant. “...,” she said."). Only a full name, a surname the article gives in
     * full, or a singular role counts: a capitalised word alone ("Millions of Syrians") does not.
     * Returns the sentence subject, whether or not it counted.
     */
    private Speaker noteSubject(int u, List<Tok> toks) {
      Speaker s = sentenceSubject(u, toks, toks.size());
      if (s == null || s.who() != Who.PERSON || s.name() == null) {
        return s;
      }
      Mention m = s.mention();
      boolean named = m.kind() == Kind.NAME
          && (m.name().indexOf(' ') > 0 || names.isKnownSurname(m.name()));
      boolean role = m.kind() == Kind.DESCRIPTION && m.determiner() && !m.plural();
      if (named || role) {
        lastPerson = s;
      }
      return s;
    }

    /** Records a cue's speaker for later pronouns and standalone quotations. */
    private void note(Speaker sp) {
      if (sp.name() == null) {
        return;
      }
      switch (sp.who()) {
        case PERSON -> {
          lastPerson = sp;
          knownSpeakers.add(sp.name());
        }
        case ORG -> lastOrg = sp;
        case GROUP -> lastGroup = sp;
        default -> {}
      }
      lastAny = sp;
    }
  }
}
