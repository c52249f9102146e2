package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parallax.text.Sorted;
import org.parallax.text.Tok;

/**
 * Third-person pronouns that point back to a person the article has named: "he", "his", "herself"
 * and the relative "who" after a person's mention; and, where little doubt is left, "its" and "it" for
 * an organisation, a state or a thing known by its name, and "they" for a group (see {@link #things});
 * "which", "where" and a group's "who" right after the mention they stand for (see {@link #relative}); "we", "our"
 * and "us" inside a quotation for the body its speaker is or speaks for ({@link #ours}). They are kept beside a referent's mentions, not
 * among them: a pronoun is no label an outlet chose.
 *
 * <p>The antecedent of "he" or "she" is the first person of its own sentence mentioned before it who is
 * no object of a preposition (the clause's subject in the sentences news is written in: "In his call
 * with Lavrov, Kerry said he..."), else the first such person of the nearest of the two sentences before
 * that mentions one ("Lavrov met Kerry. He said..."); people named inside a quotation are not candidates.
 * In a phrase that opens the sentence with a preposition, a pronoun points forward to the person right
 * after its comma ("In his call with Lavrov, his third, Kerry said").
 * A person whose mentions say he is a man (Mr, a man's title or kin word), or whom a first reading finds
 * called "he" at least twice and twice as often as "she", is never "she", and the other way round; so is
 * a person whose given name is only ever a man's ("Brett Kavanaugh"), unless the first reading calls him
 * "she" at least twice and twice as often as "he", or once right after a verb of saying ("Lindsey" is a
 * woman's name in the lists, but "Sen. Lindsey Graham said he" tells; the first reading's other single
 * pronouns are too often someone else's to go against a name).
 * Pronouns inside a quotation are left alone (but "we"): there "he" is the speaker's, not the writer's. A "he" or
 * "she" a quotation is attributed to ("…," he said) is the speaker the quotation reader followed.
 * "Who" right after a person's mention (", who") is that person.
 */
final class PronounResolver {

  /** A pronoun of article {@code article}, {@code [start, end)}, and the mention it points back to. */
  record Pronoun(int article, int start, int end, String text, Phrase antecedent) {}

  /** A pronoun read in an article: its token's index and the mention it points back to. */
  private record Read(int token, Phrase antecedent) {}

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  /** The pronouns a quotation is attributed to. */
  private static final Set<String> SUBJECTS = Set.of("he", "she");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  /** Words in a person's mentions that tell a man ("Mr", "the king") or a woman ("Mrs", "the actress"). */
  private static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "sir", "king", "prince", "father", "son",
      "husband", "brother", "uncle", "nephew", "grandfather", "boyfriend", "actor", "businessman", "chairman",
      "congressman", "spokesman", "policeman", "man", "boy", "duke", "lord", "monsieur", "señor", "herr");
  private static final Set<String> FEMALE_WORDS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady",
      "dame", "queen", "princess", "mother", "daughter", "wife", "sister", "aunt", "niece", "grandmother",
      "girlfriend", "actress", "businesswoman", "chairwoman", "congresswoman", "spokeswoman", "policewoman",
      "woman", "girl", "duchess", "madame", "señora", "frau");
  /** The ids of the names of things, for the reading under way: some are people the kinds missed ("Ratliff said"). */
  private Set<Integer> namedThings = Set.of();

  /** How many sentences back an antecedent may be. */
  private static final int WINDOW = 2;

  private final Parsed corpus;
  /** The kind of each common noun by its most frequent sense ("week": time). */
  private final Map<String, String> nounKinds;
  /** Nouns for what a person is or does, by which a title names the body a speaker speaks for. */
  private final Set<String> personRoles;
  /** Given names (folded): a "thing" whose name opens with one is likely a person the kinds missed. */
  private final Set<String> givenNames;
  /** Given names that are a woman's, or a man's, wherever they are given (folded). */
  private final Set<String> femaleNames;
  private final Set<String> maleNames;
  /**
   * Per article, the speakers of quotations attributed by a pronoun ("…," he said), by the pronoun's
   * start: the quotation reader has followed who is speaking.
   */
  private final List<Map<Integer, String>> quotedBy = new ArrayList<>();

  /**
   * The mentions of people (by phrase id), filled as the reading starts: they own no "its", and a description in
   * apposition to one may be a person.
   */
  private final java.util.Set<Integer> personIds = new java.util.HashSet<>();

  /** The quotations of the corpus, whose "we" is their speaker's body ({@link #ours}). */
  private final List<org.parallax.quotes.Quotation> quotations;

  PronounResolver(Parsed corpus, List<org.parallax.quotes.Quotation> quotations, FramingLexicon lexicon) {
    this.corpus = corpus;
    this.quotations = quotations;
    this.givenNames = lexicon.givenNames;
    this.nounKinds = lexicon.nounKinds;
    this.personRoles = lexicon.personRoles;
    this.femaleNames = lexicon.femaleNames;
    this.maleNames = lexicon.maleNames;
    Map<String, Integer> index = corpus.articleIndex();
    for (int a = 0; a < corpus.articles().size(); a++) {
      quotedBy.add(new HashMap<>());
    }
    for (org.parallax.quotes.Quotation q : quotations) {
      Integer a = index.get(q.articleId());
      // Only "he" or "she" right after the quotation's closing mark ("…," he said): a "he said" inside a
      // clause ("outsiders who he said escalated") or a sentence later is no attribution to trust.
      if (a != null && q.speaker() != null && q.speakerText() != null
          && SUBJECTS.contains(q.speakerText().toLowerCase(java.util.Locale.ROOT))
          && q.speakerSpan().start() >= q.withMarks().end() && q.speakerSpan().start() - q.withMarks().end() <= 3) {
        quotedBy.get(a).put(q.speakerSpan().start(), q.speaker());
      }
    }
  }

  /** The pronouns of each cluster (people, organisations, states, groups), by its index in {@code clusters}. */
  Map<Integer, List<Pronoun>> resolve(List<ReferentResolver.Cluster> clusters) {
    Map<Integer, Integer> clusterOf = new HashMap<>();
    List<List<Phrase>> persons = byArticle(clusters, Set.of("person"), clusterOf);
    personIds.addAll(clusterOf.keySet());
    namedThings = new java.util.HashSet<>();
    for (ReferentResolver.Cluster c : clusters) {
      if ("thing".equals(c.kind())) {
        c.mentions().stream().filter(p -> p.role == Phrase.Role.NAME).forEach(p -> namedThings.add(p.id));
      }
    }
    Map<Integer, Character> gender = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      if ("person".equals(clusters.get(c).kind())) {
        gender.put(c, gender(clusters.get(c).mentions()));
      }
    }
    // A first reading tells who the story calls "he" and who "she"; the second reads with that known.
    Map<Integer, List<Pronoun>> first = pass(persons, clusterOf, gender);
    for (int c = 0; c < clusters.size(); c++) {
      if (gender.containsKey(c) && gender.get(c) == '?') {
        List<Pronoun> pronouns = first.getOrDefault(c, List.of());
        long he = pronouns.stream().filter(p -> MALE.contains(p.text().toLowerCase(java.util.Locale.ROOT))).count();
        long she = pronouns.stream().filter(p -> FEMALE.contains(p.text().toLowerCase(java.util.Locale.ROOT))).count();
        char named = givenNameGender(clusters.get(c).mentions());
        // A given name of one sex only goes first: the first reading knows no sex, and gives a "she" near Jack
        // Ketman to him ("Jack Ketman said the star … what she was being treated for"). Unless a pronoun right
        // after a verb of saying says otherwise, or the story calls the person only by the other sex's pronouns,
        // twice ("Lindsey Orrin spoke first. He said …"): the story is believed.
        boolean namedHolds = named != '?' && pronouns.stream().noneMatch(p -> saysSo(p, named == 'm' ? FEMALE : MALE));
        long same = named == 'm' ? he : she;
        long other = named == 'm' ? she : he;
        if (namedHolds && (same > 0 || other < 2)) {
          gender.put(c, named);
        } else if (he >= 2 && he >= 2 * she) {
          gender.put(c, 'm');
        } else if (she >= 2 && she >= 2 * he) {
          gender.put(c, 'f');
        } else if (namedHolds) {
          gender.put(c, named);
        }
      }
    }
    Map<Integer, List<Pronoun>> out = pass(persons, clusterOf, gender);
    // A "who" read with the people is theirs ("Warren Jeffs, leader of the church, who"), not a group's too.
    Set<Long> taken = new java.util.HashSet<>();
    out.values().forEach(ps -> ps.forEach(p -> taken.add(at(p))));
    things(clusters).forEach((c, ps) -> ps.stream().filter(p -> !taken.contains(at(p)))
        .forEach(p -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(p)));
    ours(clusters, out).forEach((c, ps) -> out.computeIfAbsent(c, k -> new ArrayList<>()).addAll(ps));
    return out;
  }

  /** The first-person plural: inside a quotation, its speaker's body. */
  private static final Set<String> WE = Set.of("we", "our", "us", "ours", "ourselves");

  /**
   * "We", "our" and "us" inside a quotation, for the body its speaker speaks for: the organisation or state
   * that is the speaker ("“We will appeal,” Boeing said"), or that the speaker's mention in the article
   * names ("Boeing spokesman Tony Cervone", "Russia's ambassador Anatoly Antonov": the first such name
   * among the speaker's mentions of that article, a "he" attribution followed to its person). A speaker with
   * no body named ("“We cannot admit everyone,” Sessions said") leaves them alone, as a quotation whose
   * speaker the reader did not find does.
   */
  private Map<Integer, List<Pronoun>> ours(List<ReferentResolver.Cluster> clusters, Map<Integer, List<Pronoun>> persons) {
    Map<Integer, Integer> clusterOf = new HashMap<>();
    List<List<Phrase>> all = byArticle(clusters, c -> p -> true, clusterOf);
    Map<Long, Integer> personOfPronoun = new HashMap<>();
    persons.forEach((c, ps) -> ps.forEach(p -> personOfPronoun.put(at(p), c)));
    Map<String, Integer> index = corpus.articleIndex();
    Map<Integer, List<Pronoun>> out = new HashMap<>();
    for (org.parallax.quotes.Quotation q : quotations) {
      Integer a = index.get(q.articleId());
      if (a == null || q.speakerSpan() == null) {
        continue;
      }
      Phrase body = speakersBody(a, q, clusters, all.get(a), clusterOf, personOfPronoun);
      if (body == null) {
        continue;
      }
      List<Tok> toks = corpus.tokens().get(a);
      for (int k = Sorted.firstAtLeast(toks, Tok::start, q.span().start()); k < toks.size() && toks.get(k).end() <= q.span().end(); k++) {
        Tok t = toks.get(k);
        // Not "US" in capitals, the country's name.
        if (WE.contains(t.lower()) && t.text().chars().anyMatch(Character::isLowerCase)) {
          out.computeIfAbsent(clusterOf.get(body.id), c -> new ArrayList<>()).add(new Pronoun(a, t.start(), t.end(), t.text(), body));
        }
      }
    }
    return out;
  }

  /** The mention of the organisation or state quotation {@code q}'s speaker is or speaks for, or null. */
  private Phrase speakersBody(int a, org.parallax.quotes.Quotation q, List<ReferentResolver.Cluster> clusters, List<Phrase> ps,
      Map<Integer, Integer> clusterOf, Map<Long, Integer> personOfPronoun) {
    Integer speaker = personOfPronoun.get((long) a << 32 | q.speakerSpan().start());
    for (Phrase p : ps) {
      if (speaker == null && !p.nested && p.start <= q.speakerSpan().start() && q.speakerSpan().end() <= p.end) {
        String kind = clusters.get(clusterOf.get(p.id)).kind();
        if (ORGANISATIONS_AND_PLACES.contains(kind)) {
          return p;
        }
        speaker = "person".equals(kind) ? clusterOf.get(p.id) : null;
      }
    }
    for (Phrase p : ps) {
      // A person named inside a longer phrase that is the speaker: "Korvan Air Force's chief of staff General Ivo Petek".
      if (speaker == null && p.nested && (p.start <= q.speakerSpan().start() && q.speakerSpan().end() <= p.end
          || q.speakerSpan().start() <= p.start && p.end <= q.speakerSpan().end())
          && "person".equals(clusters.get(clusterOf.get(p.id)).kind())) {
        speaker = clusterOf.get(p.id);
      }
    }
    if (speaker == null) {
      return null;
    }
    // A name of a body inside one of the speaker's mentions in this article: "Boeing spokesman Tony Cervone".
    for (Phrase m : ps) {
      if (speaker.equals(clusterOf.get(m.id))) {
        Phrase p = bodyInside(m, clusters, ps, clusterOf);
        if (p != null) {
          return p;
        }
      }
    }
    // Or inside a title right before one of them, around it, or in apposition after it: "Korvan Air Force's chief
    // of staff General Ivo Petek", "Ralph Sorel, Varnell Aerospace's North America CEO, said".
    List<Tok> toks = corpus.tokens().get(a);
    for (Phrase m : ps) {
      if (!speaker.equals(clusterOf.get(m.id))) {
        continue;
      }
      int first = Sorted.firstAtLeast(toks, Tok::start, m.start);
      int next = Sorted.firstAtLeast(toks, Tok::start, m.end);
      Phrase appositive = bodyInApposition(toks, next, m, clusters, ps, clusterOf);
      if (appositive != null) {
        return appositive;
      }
      for (Phrase title : corpus.phrases().get(a)) {
        boolean before = first > 0 && title.end == toks.get(first - 1).end() && title.sentence == m.sentence;
        boolean after = next + 1 < toks.size() && toks.get(next).text().equals(",") && title.start == toks.get(next + 1).start()
            && title.sentence == m.sentence;
        boolean around = m.nested && title.start <= m.start && m.end <= title.end && title.id != m.id;
        if ((before || after || around) && !title.nested && !title.plural && (isRole(title.head) || roleOf(title))) {
          Phrase p = bodyInside(title, clusters, ps, clusterOf);
          if (p != null) {
            return p;
          }
          // "the Chief Executive Officer of General Motors", one phrase: the body the article names so elsewhere.
          int of = title.text.indexOf(" of ");
          if (of > 0 && roleOf(title)) {
            String named = Words.nameKey(ReferentResolver.clean(title.text.substring(of + 4)));
            for (Phrase b : ps) {
              if (b.name != null && b.id != title.id && Words.nameKey(ReferentResolver.clean(b.name)).equals(named)
                  && ORGANISATIONS_AND_PLACES.contains(clusters.get(clusterOf.get(b.id)).kind())) {
                return b;
              }
            }
          }
        }
      }
    }
    return firmOfItsOfficer(a, q, speaker, clusters, ps, clusterOf);
  }

  /**
   * The one organisation an article names, before quotation {@code q}, where the speaker holds an office of a
   * firm there without naming it ("Chief executive Dana Holt", "Dana Holt, the chief executive,"): her "we" is
   * the firm's. Only a firm; not where the article names two organisations, nor for a speaker of no such
   * office or of an office another body's noun or name qualifies ("a navy spokesman", "director of iDefense").
   */
  private Phrase firmOfItsOfficer(int a, org.parallax.quotes.Quotation q, Integer speaker, List<ReferentResolver.Cluster> clusters,
      List<Phrase> ps, Map<Integer, Integer> clusterOf) {
    boolean officer = false;
    List<Tok> toks = corpus.tokens().get(a);
    for (Phrase m : ps) {
      if (speaker.equals(clusterOf.get(m.id)) && !m.plural) {
        // A body's noun with the office says whose it is, and no firm's: "a navy spokesman", "team general manager".
        if (m.descriptors.stream().anyMatch(OTHER_BODIES::contains)) {
          return null;
        }
        officer |= office(m) || m.titles.stream().anyMatch(FIRM_OFFICES::contains);
        // In apposition, words of no verb between commas: "Dana Holt, the chief executive, told reporters".
        int next = Sorted.firstAtLeast(toks, Tok::start, m.end);
        for (int k = next + 1; next < toks.size() && toks.get(next).isPunct(',') && k < toks.size()
            && toks.get(k).sentence() == m.sentence && !toks.get(k).isPunct(',') && !toks.get(k).is("VERB"); k++) {
          String w = toks.get(k).text();
          if (OTHER_BODIES.contains(toks.get(k).lower()) || !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
            return null; // nor a body it names: "Rick Howard, intelligence director of iDefense,"
          }
          officer |= FIRM_OFFICES.contains(toks.get(k).lower());
        }
      }
    }
    if (!officer) {
      return null;
    }
    // The one organisation of the whole article, and a firm: one its story calls by a firm's noun or names with
    // a firm's word ("Varnell Motors … the company"); not a league, a council or an attorney's office.
    Phrase only = null;
    for (Phrase p : ps) {
      ReferentResolver.Cluster c = clusters.get(clusterOf.get(p.id));
      if (p.role != Phrase.Role.NONE && "organisation".equals(c.kind())) {
        if (only != null && !clusterOf.get(only.id).equals(clusterOf.get(p.id))) {
          return null;
        }
        only = only == null ? p : only;
      }
    }
    return only != null && only.start < q.span().start() && firm(clusters.get(clusterOf.get(only.id))) ? only : null;
  }

  /** Whether a referent is a firm by its mentions: a firm's noun ("the company", "the automaker") or a name ending in a firm's word. */
  private static boolean firm(ReferentResolver.Cluster c) {
    for (Phrase m : c.mentions()) {
      String last = m.words.isEmpty() ? "" : m.words.get(m.words.size() - 1).replace(".", "");
      if (m.role == Phrase.Role.NONE && FIRM_NOUNS.contains(m.head) || m.role != Phrase.Role.NONE && FIRM_NAME_ENDS.contains(last)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FIRM_NOUNS = Set.of("company", "firm", "corporation", "carmaker", "automaker", "maker",
      "manufacturer", "airline", "carrier", "bank", "lender", "insurer", "retailer", "chipmaker", "giant", "group",
      "conglomerate", "startup", "supplier", "provider", "operator", "publisher", "broadcaster", "airframer");
  private static final Set<String> FIRM_NAME_ENDS = Set.of("inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc",
      "ag", "sa", "nv", "gmbh", "motors", "motor", "airlines", "airways", "group", "holdings", "industries", "technologies",
      "systems", "partners", "bank");
  /** Bodies an office can be of that are no firm ("a navy spokesman", "a government spokesman", "team manager"). */
  private static final Set<String> OTHER_BODIES = Set.of("navy", "army", "military", "government", "team", "police", "ministry",
      "department", "agency", "union", "party", "council", "club", "league", "campaign", "university", "school", "hospital",
      "court", "church", "city", "state", "federal", "white", "embassy", "rebel", "rebels");

  private boolean office(Phrase d) {
    return !d.plural && (FIRM_OFFICES.contains(d.head) || d.descriptors.stream().anyMatch(FIRM_OFFICES::contains) && isRole(d.head));
  }

  /** Offices held at a firm (as heads, titles or words of a description): their holder's "we" is the firm's. */
  private static final Set<String> FIRM_OFFICES = Set.of("spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo",
      "executive", "chairman", "chairwoman", "founder", "owner", "director", "manager");

  /**
   * The body named in an apposition after {@code m} that says what the person is ({@code next}: the token after
   * {@code m}): "Tomas Ruval, the chief executive of Orsk Motors," where the role is no phrase of its own.
   */
  private Phrase bodyInApposition(List<Tok> toks, int next, Phrase m, List<ReferentResolver.Cluster> clusters, List<Phrase> ps,
      Map<Integer, Integer> clusterOf) {
    if (next >= toks.size() || !toks.get(next).isPunct(',')) {
      return null;
    }
    boolean role = false;
    for (int k = next + 1; k < toks.size() && toks.get(k).sentence() == m.sentence && !toks.get(k).isPunct(','); k++) {
      Tok t = toks.get(k);
      if (t.is("VERB") || t.is("AUX")) {
        return null;
      }
      role |= isRole(Words.singular(t.lower()));
      if (role) {
        for (Phrase p : ps) {
          if (p.start == t.start() && p.role != Phrase.Role.NONE) {
            // The first name after the role: "head of production for Paperny Films at Fifth and Quebec" is no place's.
            return ORGANISATIONS_AND_PLACES.contains(clusters.get(clusterOf.get(p.id)).kind()) ? p : null;
          }
        }
      }
    }
    return null;
  }

  /** Whether a role of a body is what {@code title} says before its "of": "the Chief Executive Officer of General Motors". */
  private boolean roleOf(Phrase title) {
    int of = title.words.indexOf("of");
    return of > 0 && isRole(Words.singular(title.words.get(of - 1)));
  }

  /** A noun for what a person is or does ("chief", "spokesman", "CEO"). */
  private boolean isRole(String head) {
    return personRoles.contains(head) || "person".equals(nounKinds.get(head));
  }

  /** The name of an organisation or state inside {@code m} ("Boeing" of "Boeing spokesman Tony Cervone"), or null. */
  private static Phrase bodyInside(Phrase m, List<ReferentResolver.Cluster> clusters, List<Phrase> ps, Map<Integer, Integer> clusterOf) {
    for (Phrase p : ps) {
      if (p.nested && p.start >= m.start && p.end <= m.end && p.role != Phrase.Role.NONE
          && ORGANISATIONS_AND_PLACES.contains(clusters.get(clusterOf.get(p.id)).kind())) {
        return p;
      }
    }
    return null;
  }

  /** Where a pronoun is: its article and its start. */
  private static long at(Pronoun p) {
    return (long) p.article() << 32 | p.start();
  }

  /**
   * "It" and "its" for an organisation, a state or a thing's name, "they", "their" and "them" for a group, each only
   * where little doubt is left: "its" and "they" forms point back to the phrase that opens their
   * sentence, or else the sentence before, when that phrase is such a referent ("Apple said its
   * shares..."; "Police said they..."), and "it" only right after a verb of saying that follows one
   * ("Russia said it would...", "The company announced that it...", "China Eastern Airlines stated on
   * Thursday that it..."), since "it" is as often no referent at all ("it is important").
   */
  private Map<Integer, List<Pronoun>> things(List<ReferentResolver.Cluster> clusters) {
    Map<Integer, Integer> clusterOf = new HashMap<>();
    // A firm or a product known by its name alone is a thing ("Boeing has unveiled a new version of its
    // 777", "The 787 made its first flight"): its names, not its descriptions, are antecedents too.
    List<List<Phrase>> singular = byArticle(clusters, c -> ORGANISATIONS_AND_PLACES.contains(c.kind()) ? p -> true
        : "thing".equals(c.kind()) && c.mentions().stream().noneMatch(this::givenName) ? p -> p.role == Phrase.Role.NAME && !p.plural
        : null, clusterOf);
    List<List<Phrase>> groups = byArticle(clusters, Set.of("group"), clusterOf);
    // A firm's or a body's name, which "they" and "their" stand for as often as "it" and "its" ("Boeing says they
    // have 800 orders", "Apple Computer announced its latest iteration of their popular iPhone").
    List<List<Phrase>> firms = byArticle(clusters, c -> "organisation".equals(c.kind())
        ? p -> p.role == Phrase.Role.NAME && !p.plural : null, clusterOf);
    // What a relative pronoun may stand for: any referent's mention but a person's ("who" has those).
    // (A map of their own: the rules for "its" and "they" weigh only the mentions of their own kinds.)
    Map<Integer, Integer> anyClusterOf = new HashMap<>();
    List<List<Phrase>> notPersons = byArticle(clusters, c -> "person".equals(c.kind()) ? null : p -> true, anyClusterOf);
    // "Where" after a place, or a firm or a thing one can be at ("the accounting firm, where"), not an event.
    List<List<Phrase>> places = byArticle(clusters, Set.of("place", "organisation", "thing"), anyClusterOf);
    Map<Integer, List<Pronoun>> out = new HashMap<>();
    for (int a = 0; a < corpus.articles().size(); a++) {
      if (notPersons.get(a).isEmpty()) {
        continue;
      }
      // The phrase that opens each sentence, where "its" and "their" look for their subject; past a
      // phrase that opens it with a preposition or a time ("In a statement, the bank said its", "Last
      // week the protesters said they").
      Map<Integer, Phrase> openings = new HashMap<>();
      Map<Integer, Phrase> subjects = new HashMap<>();
      for (Phrase p : corpus.phrases().get(a)) {
        if (!p.nested) {
          openings.merge(p.sentence, p, (x, y) -> y.start < x.start ? y : x);
          if (!PREPOSITIONS.contains(p.before) && !when(p)) {
            subjects.merge(p.sentence, p, (x, y) -> y.start < x.start ? y : x);
          }
        }
      }
      List<Tok> toks = corpus.tokens().get(a);
      for (int i = 0; i < toks.size(); i++) {
        Tok t = toks.get(i);
        String w = t.lower();
        // A relative pronoun right after its referent, inside a quotation or not; the others outside them only.
        Phrase antecedent = relative(w, notPersons.get(a), places.get(a), groups.get(a), toks, i);
        if (antecedent == null && !corpus.inQuote(a, t.start())) {
          if (w.equals("its") || w.equals("itself")) {
            antecedent = subject(a, singular.get(a), t, subjects, clusterOf);
          } else if (w.equals("it")) {
            antecedent = saying(a, singular.get(a), toks, i, openings, clusterOf);
            if (antecedent == null && actsAsSubject(toks, i)) {
              antecedent = actor(a, singular.get(a), toks, i, subjects, clusterOf);
            }
          } else if (THEY.contains(w)) {
            antecedent = subject(a, groups.get(a), t, subjects, clusterOf);
            if (antecedent == null) {
              // "Airbus have announced that they": the firm's name the whole subject ("AMD representatives said they" is theirs)
              Phrase firm = subject(a, firms.get(a), t, subjects, clusterOf);
              antecedent = firm != null && wholeSubject(a, firm, subjects, firms.get(a)) ? firm : null;
            }
          }
        }
        if (antecedent != null) {
          out.computeIfAbsent(anyClusterOf.get(antecedent.id), k -> new ArrayList<>())
              .add(new Pronoun(a, t.start(), t.end(), t.text(), antecedent));
        }
      }
    }
    return out;
  }

  /**
   * The mentions of the clusters of {@code kinds}, per article in text order, each mention's cluster
   * noted in {@code clusterOf}.
   */
  private List<List<Phrase>> byArticle(List<ReferentResolver.Cluster> clusters, Set<String> kinds,
      Map<Integer, Integer> clusterOf) {
    return byArticle(clusters, c -> kinds.contains(c.kind()) ? p -> true : null, clusterOf);
  }

  /**
   * The mentions that {@code taken} takes of each cluster (null: none of it), per article in text order,
   * each mention's cluster noted in {@code clusterOf}.
   */
  private List<List<Phrase>> byArticle(List<ReferentResolver.Cluster> clusters,
      Function<ReferentResolver.Cluster, Predicate<Phrase>> taken, Map<Integer, Integer> clusterOf) {
    List<List<Phrase>> out = new ArrayList<>();
    for (int a = 0; a < corpus.articles().size(); a++) {
      out.add(new ArrayList<>());
    }
    for (int c = 0; c < clusters.size(); c++) {
      Predicate<Phrase> take = taken.apply(clusters.get(c));
      if (take == null) {
        continue;
      }
      for (Phrase p : clusters.get(c).mentions()) {
        if (take.test(p)) {
          clusterOf.put(p.id, c);
          out.get(p.article).add(p);
        }
      }
    }
    for (List<Phrase> ps : out) {
      ps.sort(Comparator.comparingInt((Phrase p) -> p.start));
    }
    return out;
  }

  private static final Set<String> ORGANISATIONS_AND_PLACES = Set.of("organisation", "place");

  /** Not "them": an object pronoun is rarely its own clause's subject ("urging them to"). */
  private static final Set<String> THEY = Set.of("they", "their", "themselves");

  /**
   * Whether another name, or another referent of the kinds "its" and "they" point to (for "they", any
   * plural; for "it" and "its", no plural: "GM has 6,246 dealers. It intends" is GM's), stands between
   * {@code subject} and the pronoun: "forced Apple to lower its prices" is Apple's, and in "HP said its
   * customers would equip their data centres" the centres are theirs.
   */
  private boolean intervened(int a, Phrase subject, Tok t, Map<Integer, Integer> clusterOf) {
    Integer own = clusterOf.get(subject.id);
    for (Phrase p : corpus.phrases().get(a)) {
      if (p.start < subject.end || p.end > t.start() || p.nested) {
        continue; // not between them
      }
      // A person named between is no other owner of "its" ("General Motors named Mary Barra as its chief").
      boolean person = personIds.contains(p.id) && !THEY.contains(t.lower());
      // Nor is one after a preposition in the sentence before, which says how or where the subject is ("The 787
      // is under development by Boeing Commercial Airplanes. It will carry").
      boolean aside = p.sentence < t.sentence() && PREPOSITIONS.contains(p.before);
      // Nor is a day or a month ("said on Monday that it would cut jobs at its plant").
      if (!person && !aside && !when(p)
          && (p.plural ? THEY.contains(t.lower()) : p.role == Phrase.Role.NAME || clusterOf.containsKey(p.id))
          && !own.equals(clusterOf.get(p.id))) {
        return true;
      }
    }
    return false;
  }

  /** Words that tell when something was said, between the verb of saying and its "that". */
  private static final Set<String> WHEN = Set.of("today", "yesterday", "tonight", "on", "this", "last", "earlier",
      "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "morning",
      "afternoon", "evening", "night");

  /** Auxiliaries and adverbs between a subject and its verb of saying: "has said", "had also reported". */
  private static final Set<String> BEFORE_SAYING = Set.of("has", "had", "have", "also", "already", "previously",
      "earlier", "now", "repeatedly", "since", "later");

  /** Verbs of saying after which "it" is their subject's (a list of its own: "accused it" is not). */
  static final Set<String> SAYING = Set.of("said", "says", "say", "announced", "announces", "added",
      "stated", "warned", "argued", "insisted", "claimed", "confirmed", "denied", "declared", "reported");

  /**
   * The referent "it" at {@code i} stands for when it follows a verb of saying right after one of
   * {@code ps}: "Russia said (that) it", "The company announced it".
   */
  private Phrase saying(int a, List<Phrase> ps, List<Tok> toks, int i, Map<Integer, Phrase> openings,
      Map<Integer, Integer> clusterOf) {
    int k = i - 1;
    if (k >= 0 && toks.get(k).lower().equals("that")) {
      k--;
    }
    // "announced today that it", "stated on Thursday that it": when it was said comes between.
    for (int skipped = 0; k >= 0 && skipped < 3 && WHEN.contains(toks.get(k).lower()); skipped++) {
      k--;
    }
    if (k < 1 || toks.get(k).sentence() != toks.get(i).sentence() || !SAYING.contains(toks.get(k).lower())) {
      return null;
    }
    // "The company has warned that it", "GM had also reported that it": an auxiliary and adverbs before the verb.
    for (int skipped = 0; k >= 2 && skipped < 3 && toks.get(k - 1).sentence() == toks.get(i).sentence()
        && BEFORE_SAYING.contains(toks.get(k - 1).lower()); skipped++) {
      k--;
    }
    boolean apposed = toks.get(k - 1).text().equals(",") && k >= 2;
    if (apposed) {
      k--; // "Irish low cost airline, Ryanair, announced": the subject in apposition to what opens the sentence
    }
    int end = toks.get(k - 1).end();
    Phrase opening = openings.get(toks.get(i).sentence());
    for (Phrase p : ps) {
      if (p.end == end && p.sentence == toks.get(i).sentence()
          && (!apposed || opening != null && !p.nested && (clusterOf.get(p.id).equals(clusterOf.get(opening.id))
              || p == namedAfter(a, opening, ps)))) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether {@code p} is a name whose first word is a given name ("Henry Paulson"), or that follows a
   * capitalised given name the name left out.
   */
  private boolean givenName(Phrase p) {
    if (p.role != Phrase.Role.NAME || p.name == null || p.name.isBlank()) {
      return false;
    }
    if (opensWithGivenName(p)) {
      return true;
    }
    List<Tok> toks = corpus.tokens().get(p.article);
    int k = Sorted.firstAtLeast(toks, Tok::start, p.start) - 1;
    return k >= 0 && toks.get(k).sentence() == p.sentence && Words.isCapitalised(toks.get(k).text())
        && givenNames.contains(Words.fold(toks.get(k).text()));
  }

  /** Modal verbs after which "it" is the subject of the verb that follows ("it will carry"). */
  private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "must",
      "should", "shall", "does", "did", "do");
  /** Adverbs and negations between "it" and its verb ("it also marked", "it does n't", "it has already received"). */
  private static final Set<String> BETWEEN_IT_AND_VERB = Set.of("also", "already", "now", "still", "then", "not",
      "n't", "never", "later", "soon", "recently", "previously", "currently", "again", "first", "finally");
  /**
   * Verbs whose "it" is as often nobody's: "it seems", "it takes", "it matters", "it means", "it remains to be
   * seen", "it emerged that", "it makes sense"; and the copula, after which "it" is too often a clause's stand-in
   * ("it is important to", "it was reported that", "it will be hard to") to be read as a referent's.
   */
  private static final Set<String> IMPERSONAL = Set.of("is", "was", "'s", "be", "been", "being", "are", "were",
      "seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained", "take", "takes",
      "took", "matter", "matters", "mattered", "mean", "means", "meant", "happen", "happens", "happened", "follow",
      "follows", "followed", "depend", "depends", "depended", "emerge", "emerges", "emerged", "look", "looks",
      "looked", "sound", "sounds", "sounded", "feel", "feels", "felt", "make", "makes", "made", "turn", "turns",
      "turned", "rain", "rains", "rained", "snow", "snows", "snowed", "get", "gets", "got", "help", "helps", "helped",
      "cost", "costs", "become", "becomes", "became", "come", "comes", "came", "go", "goes", "went");

  /**
   * Whether the "it" at {@code i} is the subject of a verb that acts ("it will carry", "it has lost", "the funds it
   * has already received", "it closed up 11 %"), not the stand-in subject of a copula or of a verb such as
   * "seems" ({@link #IMPERSONAL}), nor an object ("giving it a range").
   */
  private static boolean actsAsSubject(List<Tok> toks, int i) {
    int k = pastAdverbs(toks, i + 1, toks.get(i).sentence());
    if (k < 0) {
      return false;
    }
    String w = toks.get(k).lower();
    if (MODALS.contains(w) || w.equals("has") || w.equals("had")) {
      // the verb after the modal or the auxiliary: "will carry", "has lost", "does n't receive"
      k = pastAdverbs(toks, k + 1, toks.get(i).sentence());
      return k >= 0 && toks.get(k).is("VERB") && !IMPERSONAL.contains(toks.get(k).lower());
    }
    return toks.get(k).is("VERB") && !IMPERSONAL.contains(w) && !w.endsWith("ing");
  }

  /** The first token from {@code k} on that is no adverb {@link #BETWEEN_IT_AND_VERB}, or -1 past the sentence's end. */
  private static int pastAdverbs(List<Tok> toks, int k, int sentence) {
    while (k < toks.size() && BETWEEN_IT_AND_VERB.contains(toks.get(k).lower())) {
      k++;
    }
    return k < toks.size() && toks.get(k).sentence() == sentence ? k : -1;
  }

  /** Whether {@code p} says when: a noun of time ("last week"), or a one-word name of one ("Monday"; not "The LA Times"). */
  private boolean when(Phrase p) {
    return "time".equals(nounKinds.get(p.head)) && (p.role != Phrase.Role.NAME || p.words.size() == 1);
  }

  /**
   * Whether {@code p} is all of the subject that opens its sentence, not a possessor or modifier in it ("EYP's
   * expertise"), or the name a description that opens it introduces ({@link #namedAfter}).
   */
  private boolean wholeSubject(int a, Phrase p, Map<Integer, Phrase> subjects, List<Phrase> ps) {
    Phrase subject = subjects.get(p.sentence);
    return p.end == subject.end || p == namedAfter(a, subject, ps);
  }

  /** Determiners of a description that "it" may as well stand for ("the aircraft", "a ship"). */
  private static final Set<String> DESCRIPTION_DETERMINERS = Set.of("the", "this", "that", "'s", "a", "an");
  /** Verbs after which a description says what the subject is, and is no other thing "it" could be. */
  private static final Set<String> COPULAS = Set.of("is", "was", "be", "been", "remains", "became", "becomes");
  /** Verbs of saying in -ing, after which "it" opens what is said ("The navy defended its actions, saying it had"). */
  private static final Set<String> SAYING_NOW = Set.of("saying", "adding", "claiming", "stating", "announcing",
      "insisting", "arguing", "noting", "warning", "confirming", "acknowledging", "explaining");

  /**
   * The referent an acting "it" at {@code i} ({@link #actsAsSubject}) stands for: the whole subject that opens
   * its sentence before it, or else the sentence before, when that subject is a firm, a state or a thing's name
   * and is one ("Boeing will have to verify the steps it has taken"; "The 777-200LR ... . It carries 301
   * passengers"). Not when "it" is written as a name ("Fix It", "IT"), follows a verb whose object it is ("got it
   * done"), stands for a plural ("the Tar Heels"), for what the subject owns ("EYP's expertise ..., as it
   * aligns"), when a pronoun opens the sentence before the subject ("In July it acquired Fulcrum, and last month
   * it purchased"), nor when a name, another referent or a singular description ("the aircraft", "a ship"; not
   * one after a copula, which says what the subject is) stands between, which "it" may as well be ("Boeing will
   * begin production and the aircraft should enter service. It will seat").
   */
  private Phrase actor(int a, List<Phrase> ps, List<Tok> toks, int i, Map<Integer, Phrase> subjects,
      Map<Integer, Integer> clusterOf) {
    Tok t = toks.get(i);
    // (Or after a full stop read with it: "in the U.K. It intends", where the abbreviation's stop ends the sentence.)
    boolean opens = i == 0 || toks.get(i - 1).sentence() != t.sentence() || toks.get(i - 1).text().equals(".");
    if (!t.text().equals("it") && !(opens && t.text().equals("It"))
        || i > 0 && toks.get(i - 1).sentence() == t.sentence() && toks.get(i - 1).is("VERB")
            && !SAYING.contains(toks.get(i - 1).lower()) && !SAYING_NOW.contains(toks.get(i - 1).lower())) {
      return null;
    }
    Phrase p = subject(a, ps, t, subjects, clusterOf);
    if (p == null || p.plural || !wholeSubject(a, p, subjects, ps) || subjectAfterPronoun(a, p)) {
      return null;
    }
    Integer own = clusterOf.get(p.id);
    for (Phrase q : corpus.phrases().get(a)) {
      // (Names are weighed by {@link #intervened}: "GM has 6,246 dealers in the U.S. It intends" is GM's.)
      if (q.start >= p.end && q.end <= t.start() && !q.nested && !q.plural && q.role != Phrase.Role.NAME
          && DESCRIPTION_DETERMINERS.contains(q.determiner)
          && !COPULAS.contains(q.before) // "The A320 is a single-aisle airplane. It can seat 150": what it is
          && !personIds.contains(q.id) && !when(q) && !own.equals(clusterOf.get(q.id))) {
        return null;
      }
    }
    return p;
  }

  /** Whether a subject pronoun ("it", "he", "they") stands before {@code p} in its sentence. */
  private boolean subjectAfterPronoun(int a, Phrase p) {
    List<Tok> toks = corpus.tokens().get(a);
    for (int k = Sorted.firstAtLeast(toks, Tok::start, p.start) - 1; k >= 0 && toks.get(k).sentence() == p.sentence; k--) {
      String w = toks.get(k).lower();
      if (w.equals("it") || PERSONAL_SUBJECTS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one of {@code ps} that opens the sentence of pronoun {@code t} before it, or else the sentence
   * before: the subject, where "its" and "their" mostly point ("Intel added DRM to its processors").
   */
  private Phrase subject(int a, List<Phrase> ps, Tok t, Map<Integer, Phrase> openings, Map<Integer, Integer> clusterOf) {
    for (int s = t.sentence(); s >= 0 && s >= t.sentence() - 1; s--) {
      Phrase opening = openings.get(s);
      if (opening == null || s == t.sentence() && opening.end > t.start() || corpus.inQuote(a, opening.start)) {
        continue;
      }
      if (pronounBefore(a, opening)) {
        return null; // "He also advised Hollywood for its...": the subject is a pronoun, not the phrase
      }
      Phrase direct = null;
      for (Phrase p : ps) {
        if (p.start == opening.start && p.sentence == s) {
          direct = p;
          break;
        }
      }
      // A description that opens the sentence and is not one referent with the name it introduces leaves the
      // subject to the name.
      Phrase named = namedAfter(a, opening, ps);
      Phrase p = named != null && named.end <= t.start()
          && (direct == null || !clusterOf.get(direct.id).equals(clusterOf.get(named.id))) ? named : direct;
      // (None: the sentence opens with something else, and its subject is no such referent.)
      return p == null || intervened(a, p, t, clusterOf) ? null : p;
    }
    return null;
  }

  /**
   * The name of {@code ps} right after a singular description {@code opening}, or between commas after it: the
   * name the description introduces ("The US car manufacturer General Motors said", "Another automaker, General
   * Motors (GM), announced"), which is then the subject; or null.
   */
  private Phrase namedAfter(int a, Phrase opening, List<Phrase> ps) {
    if (opening.role != Phrase.Role.NONE && opening.role != Phrase.Role.MODIFIER || opening.plural
        || personIds.contains(opening.id)) {
      return null;
    }
    List<Tok> toks = corpus.tokens().get(a);
    int k = Sorted.firstAtLeast(toks, Tok::start, opening.end);
    boolean comma = k < toks.size() && toks.get(k).text().equals(",");
    if (comma) {
      k++;
    }
    if (k >= toks.size() || toks.get(k).sentence() != opening.sentence) {
      return null;
    }
    int start = toks.get(k).start();
    for (Phrase p : ps) {
      if (p.start == start && p.role == Phrase.Role.NAME && !p.nested) {
        // After a comma, one closes the apposition: "the late charge, Creighton finally subdued" is no apposition.
        int after = Sorted.firstAtLeast(toks, Tok::start, p.end);
        return !comma || after < toks.size() && toks.get(after).text().equals(",") ? p : null;
      }
    }
    return null;
  }

  /**
   * Whether a person's subject pronoun stands before {@code p} in its sentence, with no "that" or other
   * subordinating word between: then {@code p} is the object of that subject's verb ("He also advised
   * Hollywood for its ...").
   */
  private boolean pronounBefore(int a, Phrase p) {
    List<Tok> toks = corpus.tokens().get(a);
    for (int k = Sorted.firstAtLeast(toks, Tok::start, p.start) - 1; k >= 0 && toks.get(k).sentence() == p.sentence; k--) {
      Tok t = toks.get(k);
      if (t.lower().equals("that") || "SCONJ".equals(t.tag())) {
        return false; // "he stated that the government would not exercise its rights": the clause's own subject
      }
      if (PERSONAL_SUBJECTS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** Subject pronouns of people ("it" is as often no referent: "It's as if Apple didn't learn its lesson"). */
  private static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they", "we", "i", "you");

  private Map<Integer, List<Pronoun>> pass(List<List<Phrase>> persons, Map<Integer, Integer> clusterOf,
      Map<Integer, Character> gender) {
    Map<Integer, List<Pronoun>> out = new HashMap<>();
    for (int a = 0; a < corpus.articles().size(); a++) {
      List<Phrase> ps = persons.get(a);
      if (ps.isEmpty()) {
        continue;
      }
      List<Tok> toks = corpus.tokens().get(a);
      // The last "he" and the last "she" read.
      Read lastHe = null;
      Read lastShe = null;
      for (int i = 0; i < toks.size(); i++) {
        Tok t = toks.get(i);
        String w = t.lower();
        boolean male = MALE.contains(w);
        boolean female = FEMALE.contains(w);
        Phrase antecedent = null;
        if ((male || female) && !corpus.inQuote(a, t.start())) {
          char wanted = male ? 'm' : 'f';
          antecedent = speaker(a, ps, t, wanted, clusterOf, gender);
          if (antecedent == null && (w.equals("himself") || w.equals("herself"))) {
            antecedent = reflexive(a, ps, t, wanted, clusterOf, gender);
          }
          if (antecedent == null) {
            antecedent = fronted(a, ps, toks, i);
          }
          if (antecedent == null) {
            antecedent = antecedent(a, ps, toks, i, wanted, clusterOf, gender);
          }
          if (antecedent == null) {
            antecedent = continued(a, ps, toks, i, male ? lastHe : lastShe, wanted, clusterOf, gender);
          }
          if (antecedent != null) {
            Read last = new Read(i, antecedent);
            if (male) {
              lastHe = last;
            } else {
              lastShe = last;
            }
          }
        } else if (w.equals("who") && i > 0) {
          antecedent = justBefore(ps, toks, i);
        }
        if (antecedent != null) {
          out.computeIfAbsent(clusterOf.get(antecedent.id), k -> new ArrayList<>())
              .add(new Pronoun(a, t.start(), t.end(), t.text(), antecedent));
        }
      }
    }
    return out;
  }

  /**
   * The person a "himself" or "herself" binds: the nearest person of its sentence before it, of its sex or
   * of none known, not after a preposition nor saying it in passing ("A publicist says Tara Reid has checked
   * herself into rehab" is Tara Reid, not the publicist who opens the sentence).
   */
  private Phrase reflexive(int a, List<Phrase> ps, Tok t, char wanted, Map<Integer, Integer> clusterOf,
      Map<Integer, Character> gender) {
    Phrase nearest = null;
    for (Phrase p : ps) {
      if (p.sentence != t.sentence() || p.end > t.start() || corpus.inQuote(a, p.start) || PREPOSITIONS.contains(p.before)
          || !p.after.isEmpty() && SAYING.contains(p.after.get(0)) && p.before.equals(",")) {
        continue; // nor who says it in passing: "Echenique appeared, McDermott said, to be down on himself"
      }
      char g = gender.get(clusterOf.get(p.id));
      if ((g == wanted || g == '?') && (nearest == null || p.end > nearest.end)) {
        nearest = p;
      }
    }
    return nearest;
  }

  private Phrase antecedent(int a, List<Phrase> ps, List<Tok> toks, int i, char wanted, Map<Integer, Integer> clusterOf,
      Map<Integer, Character> gender) {
    Tok t = toks.get(i);
    boolean object = isObject(toks, i);
    for (int s = t.sentence(); s >= 0 && s >= t.sentence() - WINDOW; s--) {
      Phrase first = null;
      for (Phrase p : ps) {
        if (p.sentence != s || s == t.sentence() && p.end > t.start() || p.start <= t.start() && t.end() <= p.end
            || corpus.inQuote(a, p.start)) {
          continue; // after the pronoun, around it, or in someone's quoted words
        }
        if (object && s == t.sentence() && sameClause(toks, p, i)) {
          continue; // "Lopez shot him": an object pronoun is never its own clause's subject ("himself" is)
        }
        if (p.role != Phrase.Role.NAME && besideAThing(a, toks, p)) {
          continue; // "the federal government, a majority shareholder,": it describes no person there
        }
        char g = gender.get(clusterOf.get(p.id));
        if (g != wanted && g != '?') {
          continue;
        }
        if (!PREPOSITIONS.contains(p.before)) {
          return p; // the first person of the sentence who is no object of a preposition: its subject
        }
        if (first == null) {
          first = p;
        }
      }
      if (first != null) {
        return first;
      }
    }
    return null;
  }

  /**
   * Whether description {@code p} stands in apposition after a mention that is none of a person's: after a
   * comma that ends a phrase of the article whose referent is no person ("the government, a majority
   * shareholder in the company,").
   */
  private boolean besideAThing(int a, List<Tok> toks, Phrase p) {
    int k = Sorted.firstAtLeast(toks, Tok::start, p.start) - 1;
    if (k < 1 || !toks.get(k).isPunct(',')) {
      return false;
    }
    // An apposition closes before any verb ("…, a majority shareholder in the firm, dictating"); a subject
    // after a fronted phrase does not ("On Monday on the campus of the university, a gunman killed").
    int sentence = toks.get(k).sentence();
    for (int j = Sorted.firstAtLeast(toks, Tok::start, p.end); j < toks.size() && toks.get(j).sentence() == sentence; j++) {
      Tok t = toks.get(j);
      if (t.isPunct(',') || t.isPunct(')')) {
        break;
      }
      if (t.is("VERB") || t.is("AUX") || t.lower().equals("who")) {
        return false;
      }
    }
    int end = toks.get(k - 1).end();
    for (Phrase q : corpus.phrases().get(a)) {
      if (q.end == end && q.start < p.start) {
        return !personIds.contains(q.id);
      }
    }
    return false;
  }

  /**
   * A "he" or "she" with no person named in the sentences before it that goes on from the last one read
   * ({@code last}), at most {@link #WINDOW} sentences
   * back with no other person who could be meant in between: an article that names its subject once and
   * then says "he" for paragraphs ("He stressed…", "He also mentioned…") means the same person throughout.
   */
  private Phrase continued(int a, List<Phrase> ps, List<Tok> toks, int i, Read last, char wanted,
      Map<Integer, Integer> clusterOf, Map<Integer, Character> gender) {
    if (last == null) {
      return null;
    }
    Tok from = toks.get(last.token());
    Tok t = toks.get(i);
    if (t.sentence() - from.sentence() > WINDOW) {
      return null;
    }
    for (Phrase p : ps) {
      if (p.start > from.start() && p.start < t.start() && (p.role == Phrase.Role.NAME || !besideAThing(a, toks, p))) {
        char g = gender.get(clusterOf.get(p.id));
        if (g == wanted || g == '?') {
          return null; // someone else who could be meant
        }
      }
    }
    for (Phrase p : corpus.phrases().get(a)) {
      if (p.start > from.start() && p.start < t.start() && namedThings.contains(p.id) && !p.nested && personLike(p)) {
        return null; // a name of no known kind may be a person's: "Lynell Hamilton was lost for the season when he"
      }
    }
    return last.antecedent();
  }

  /** Whether a name of no known kind reads as a person's: it opens with a given name, or says something ("Ratliff said"). */
  private boolean personLike(Phrase p) {
    return opensWithGivenName(p) || !p.after.isEmpty() && SAYING.contains(p.after.get(0));
  }

  /** Whether the first word of {@code p}'s name is a given name ("Henry" of "Henry Paulson"). */
  private boolean opensWithGivenName(Phrase p) {
    return p.name != null && givenNames.contains(Words.fold(ReferentResolver.clean(p.name).strip().split(" ")[0]));
  }

  /**
   * The person a quotation's "he" or "she" stands for ("…," he said): the last mention before it of
   * the speaker the quotation reader found, by name or surname, when that person is known to be a man
   * (or a woman): by title or kin word, or by the first reading.
   */
  private Phrase speaker(int a, List<Phrase> ps, Tok t, char wanted, Map<Integer, Integer> clusterOf,
      Map<Integer, Character> gender) {
    String speaker = quotedBy.get(a).get(t.start());
    if (speaker == null) {
      return null;
    }
    String key = Words.nameKey(ReferentResolver.clean(speaker));
    String surname = key.substring(key.lastIndexOf(' ') + 1);
    Phrase found = null;
    for (Phrase p : ps) {
      if (p.start >= t.start()) {
        break;
      }
      if (p.role != Phrase.Role.NAME || corpus.inQuote(a, p.start)) {
        continue;
      }
      String own = Words.nameKey(ReferentResolver.clean(p.name));
      if (own.equals(key) || own.equals(surname) || own.endsWith(" " + surname)) {
        found = p;
      }
    }
    if (found == null) {
      return null;
    }
    // Only a speaker known to be called so: the quotation reader follows speakers without gender.
    return gender.get(clusterOf.get(found.id)) == wanted ? found : null;
  }

  /**
   * In a phrase that opens its sentence with a preposition ("In his call with Lavrov, Kerry said"), a
   * pronoun points forward to the person who starts the clause after a comma.
   */
  private Phrase fronted(int a, List<Phrase> ps, List<Tok> toks, int i) {
    int s = toks.get(i).sentence();
    int k = i;
    while (k > 0 && toks.get(k - 1).sentence() == s) {
      k--;
    }
    if (!PREPOSITIONS.contains(toks.get(k).lower())) {
      return null;
    }
    for (int j = i + 1; j < toks.size() && toks.get(j).sentence() == s; j++) {
      if (toks.get(j).isPunct(',')) {
        int start = j + 1 < toks.size() ? toks.get(j + 1).start() : -1;
        for (Phrase p : ps) {
          if (p.start == start && !corpus.inQuote(a, p.start)) {
            return p;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether the pronoun at {@code i} is an object that cannot be its clause's subject: "him", or "her"
   * not followed by what it would own ("shot her", "told her that", not "her husband"); not after a
   * preposition, whose object often belongs to another predicate ("a truck registered to him").
   */
  private static boolean isObject(List<Tok> toks, int i) {
    String w = toks.get(i).lower();
    if (i > 0 && PREPOSITIONS.contains(toks.get(i - 1).lower())) {
      return false; // "an air about him", "a truck registered to him": often another predicate's
    }
    if (w.equals("him")) {
      return true;
    }
    if (!w.equals("her")) {
      return false;
    }
    if (i + 1 >= toks.size() || toks.get(i + 1).sentence() != toks.get(i).sentence()) {
      return true;
    }
    Tok next = toks.get(i + 1);
    return !(next.is("NOUN") || next.is("PROPN") || next.is("ADJ") || next.is("NUM"));
  }

  /**
   * Whether nothing that opens another clause stands between mention {@code p} and the token at {@code
   * i}: no comma or semicolon, no verb of saying ("Kerry said Lavrov told him": him can be Kerry), no
   * "to" of an infinitive ("Kerry asked Lavrov to call him") and no word that begins a clause ("that",
   * "who", "when", "and"...).
   */
  private static boolean sameClause(List<Tok> toks, Phrase p, int i) {
    for (int k = i - 1; k >= 0 && toks.get(k).start() >= p.end; k--) {
      Tok t = toks.get(k);
      if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || SAYING.contains(t.lower()) || CLAUSE_WORDS.contains(t.lower())
          || t.lower().equals("to") && k + 1 < i && toks.get(k + 1).is("VERB")) {
        return false; // "asked Lavrov to call him": the infinitive is a clause of its own
      }
    }
    return true;
  }

  /** Words that open a clause of their own. */
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "who", "whom", "which", "when", "while", "after",
      "before", "because", "as", "and", "but", "or", "if", "until", "since", "although", "though", "where");

  /** Words before a mention that make it the object of a preposition ("in his call with Lavrov"). */
  private static final Set<String> PREPOSITIONS = Set.of("in", "with", "to", "from", "of", "for", "by", "at", "on",
      "about", "against", "between", "among", "after", "before", "over", "under", "into", "toward", "towards",
      "without", "like", "than", "via", "near", "behind", "beside", "besides", "despite", "during", "through",
      "around", "across", "amid", "throughout", "within", "beyond", "upon", "inside", "outside", "unlike");

  /**
   * What the relative pronoun at {@code i} stands for, if it is one right after a referent's mention
   * (a comma between them allowed): ", which" and "which" for anything but a person ("General Motors,
   * which filed for bankruptcy"); "where" after a place or a building's or firm's
   * mention, not an event's ("the motel, where he died"; of "in East Flatbush, Brooklyn, where" the first
   * place, which the others only locate); "who" after a group's ("the protesters, who marched"; a
   * person's "who" is read with the people). Inside a quotation too: the phrase it follows is there.
   */
  private static Phrase relative(String w, List<Phrase> notPersons, List<Phrase> places, List<Phrase> groups,
      List<Tok> toks, int i) {
    if (i == 0) {
      return null;
    }
    switch (w) {
      case "which" -> {
        // ", which means that…" says what the whole clause before it means, not its last phrase.
        boolean clausal = i + 1 < toks.size() && CLAUSAL_AFTER_WHICH.contains(toks.get(i + 1).lower());
        return clausal ? null : justBefore(notPersons, toks, i);
      }
      case "where" -> {
        Phrase place = justBefore(places, toks, i);
        // "in East Flatbush, Brooklyn, where": the place the others only locate.
        for (int k = place == null ? -1 : Sorted.firstAtLeast(toks, Tok::start, place.start); k > 0 && toks.get(k - 1).isPunct(',');) {
          Phrase before = justBefore(places, toks, k);
          if (before == null || before.end > place.start) {
            break;
          }
          place = before;
          k = Sorted.firstAtLeast(toks, Tok::start, place.start);
        }
        return place;
      }
      case "who" -> {
        return justBefore(groups, toks, i);
      }
      default -> {
        return null;
      }
    }
  }

  /** Verbs after "which" that take the clause before it as their subject ("which means", "which meant"). */
  private static final Set<String> CLAUSAL_AFTER_WHICH = Set.of("means", "meant", "mean", "implies", "implied");

  /** The mention of {@code ps} that ends right before token {@code i}, a comma between them allowed (the outermost). */
  private static Phrase justBefore(List<Phrase> ps, List<Tok> toks, int i) {
    int k = i - 1;
    if (toks.get(k).isPunct(',') && k > 0) {
      k--;
    }
    Tok last = toks.get(k);
    if (last.sentence() != toks.get(i).sentence()) {
      return null;
    }
    for (Phrase p : ps) {
      if (p.end == last.end() || p.end == last.end() - 1 && last.isPossessive()) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether the pronoun is one of {@code forms} right after its antecedent and a verb of saying, "that"
   * allowed ("Sen. Lindsey Graham said he was skeptical"): the story itself says who it is, whatever the
   * given name suggests.
   */
  private boolean saysSo(Pronoun p, Set<String> forms) {
    if (!forms.contains(p.text().toLowerCase(java.util.Locale.ROOT)) || p.antecedent().end > p.start()) {
      return false;
    }
    String between = corpus.articles().get(p.article()).text().substring(p.antecedent().end, p.start()).strip()
        .toLowerCase(java.util.Locale.ROOT);
    if (between.endsWith(" that")) {
      between = between.substring(0, between.length() - 5).strip();
    }
    // Or after an apposition between commas: "Lorin Pearce, an executive assistant at Focus, said she".
    java.util.regex.Matcher apposed = APPOSED_SAYING.matcher(between);
    return SAYING.contains(between) || apposed.matches() && SAYING.contains(apposed.group(1));
  }

  private static final java.util.regex.Pattern APPOSED_SAYING = java.util.regex.Pattern.compile(",[^.;:\"“”]*,\\s*(\\p{L}+)");

  /**
   * 'm' or 'f' when the given names that open the person's names are all a man's or all a woman's
   * wherever they are given ("Brett Kavanaugh", "Christine Blasey Ford"), else '?' (none, or "Kim",
   * "Andrea", "Jean", given to both).
   */
  private char givenNameGender(List<Phrase> mentions) {
    boolean m = false;
    boolean f = false;
    for (Phrase p : mentions) {
      if (p.role != Phrase.Role.NAME || p.name == null) {
        continue;
      }
      String[] words = p.name.trim().split("\\s+");
      if (words.length < 2) {
        continue; // a surname alone, or a one-word name: no given name to go by
      }
      String given = Words.fold(words[0]);
      m |= maleNames.contains(given);
      f |= femaleNames.contains(given);
    }
    return m == f ? '?' : m ? 'm' : 'f';
  }

  /** 'm', 'f', or '?' when the mentions do not tell (or tell both). */
  private static char gender(List<Phrase> mentions) {
    boolean m = false;
    boolean f = false;
    for (Phrase p : mentions) {
      m |= saysSo(p, MALE_WORDS);
      f |= saysSo(p, FEMALE_WORDS);
    }
    return m == f ? '?' : m ? 'm' : 'f';
  }

  /** Whether a word or a title of {@code p} says it is a man ("Mr", "his father", "the king"). */
  static boolean saysMan(Phrase p) {
    return saysSo(p, MALE_WORDS);
  }

  /** Whether a word or a title of {@code p} says it is a woman ("Mrs", "his mother", "the actress"). */
  static boolean saysWoman(Phrase p) {
    return saysSo(p, FEMALE_WORDS);
  }

  private static boolean saysSo(Phrase p, Set<String> words) {
    for (String w : p.words) {
      if (words.contains(w)) {
        return true;
      }
    }
    for (String title : p.titles) {
      if (words.contains(title.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
