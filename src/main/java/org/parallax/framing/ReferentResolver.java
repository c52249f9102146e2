package org.parallax.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.parallax.align.AlignedFact;
import org.parallax.align.SentenceRef;
import org.parallax.framing.Phrase.Role;
import org.parallax.text.Tok;
import org.parallax.quotes.Quotation;
import org.parallax.quotes.QuoteGroup;
import org.parallax.quotes.WordChange;
import org.parallax.text.Sorted;
import org.parallax.text.TextRange;
import org.parallax.text.WordDiff;

/**
 * Groups the noun phrases of a corpus into referents: the actors, groups, places and events the
 * articles talk about, however each outlet names them. Evidence, from the most to the least certain
 * (all of it joins phrases through a union-find, so the result does not depend on order):
 *
 * <ol>
 *   <li><b>Names</b>: one key per name, ignoring case, accents, periods and "the" ("U.S." = "US");
 *       the alias lexicon ({@code aliases.json}, plus the corpus's own); capitals acting as their
 *       state ("Moscow argues", but "in London" stays the city); personal names by surname and
 *       first initial ("Sergey"/"Sergei Lavrov", "Ash"/"Ashton Carter", "Sergei K. Shoigu"), a
 *       surname alone joining the person with that surname mentioned most.
 *   <li><b>Aliases the corpus declares</b>: "Daesh (ISIL)", "ISIS/ISIL", acronyms whose letters are
 *       the initials of a name the corpus uses ("IS" = "Islamic State"), short forms of a name in
 *       the same article ("the Times" after "the New York Times"), appositions ("his Russian
 *       counterpart, Sergey Lavrov"; "Sergei K. Shoigu, the Russian minister of defense").
 *   <li><b>Labels built on a name</b>: a group noun with the group's name ("ISIL terrorists", "the
 *       Takfiri terrorists of Daesh", "the Daesh (ISIL) terrorist group"), a place noun with a
 *       place ("the western province of Latakia"), a government noun with a ruler or state ("the
 *       Assad regime"). A nationality never names its country ("Russian forces" are not Russia); the
 *       nationality word itself, where it says whose the thing is, is a mention of the state of its own
 *       ("Russian" of "Russian forces", "Canadian" of "the Canadian economy": {@link MentionFinder}).
 *   <li><b>Roles</b>: a description of a person matched against the titles the corpus gives people
 *       ("the Russian foreign minister" = "Russian Foreign Minister Sergei Lavrov"), nearest in the
 *       same article first; the phrase a quotation is attributed to joins its speaker.
 *   <li><b>Definite descriptions</b> inside one article: "the Takfiris", "the terrorists", "the
 *       Syrian regime" join the nearest earlier phrase whose head or modifier is their head and
 *       whose words do not contradict theirs.
 *   <li><b>Aligned text</b>: the phrases an outlet substitutes for another's in the same slot of an
 *       aligned fact or an altered quotation ("Islamic State militants" / "ISIL (Islamic State)").
 *       Two different names are never joined this way.
 *   <li><b>Same description</b> in several articles ("the Syrian crisis" = "the years-long crisis in
 *       Syria"), when it has a modifier or names an event.
 * </ol>
 *
 * <p>Only referents mentioned meaningfully are kept: those with a name, and descriptions that recur
 * (in two articles, or twice in one for a person, group, organisation, place or event) or carry a
 * loaded word. Inside one referent a mention nested in another mention of it is dropped, so
 * "the Takfiri terrorists of Daesh" counts once.
 *
 * <p>Instances are not shared between threads; one resolves one corpus.
 */
final class ReferentResolver {

  /** A referent: the name shown, its kind, and its mentions in article then text order. */
  record Cluster(String name, String kind, List<Phrase> mentions) {}

  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "from", "to", "near", "across", "outside", "into", "toward", "towards", "via", "inside", "around", "throughout");
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de", "al");
  private static final int COREFERENCE_WINDOW = 12;
  /** Prepositions after which a name is a place ("in", "at"; not "to" or "from", which take people too). */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "inside", "outside", "across", "throughout", "around", "within");
  /**
   * Verbs that take a bare noun as an idiom, not as a thing acted on ("took effect", "take place", "made
   * sense", "paid tribute", "caught fire", "lost ground", "opened fire", "returned fire"), in their written forms.
   */
  private static final Set<String> LIGHT_VERBS = Set.of("take", "takes", "took", "taken", "taking", "make", "makes",
      "made", "making", "pay", "pays", "paid", "paying", "keep", "keeps", "kept", "keeping", "catch", "catches",
      "caught", "catching", "give", "gives", "gave", "given", "giving", "lose", "loses", "lost", "losing", "set",
      "sets", "setting", "lend", "lends", "lent", "lending", "bear", "bears", "bore", "borne", "open", "opens",
      "opened", "return", "returns", "returned");
  /** Whether "'s" or "'" follows {@code p}: it is a possessor ("Beijing's policy", "Kovix's CEO"). */
  private static boolean isPossessor(Phrase p) {
    return !p.after.isEmpty() && POSSESSIVE_MARKS.contains(p.after.get(0));
  }

  /** The tokens that make the name before them a possessor. */
  private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "'", "\u2019s", "\u2019", "s");
  /** Prepositions of adverbial idioms with a bare noun ("on board", "at sea", "by phone", "in court"). */
  private static final Set<String> IDIOM_PREPOSITIONS =
      Set.of("on", "at", "in", "by", "to", "from", "under", "into", "onto", "aboard", "for", "off");
  /** First words of place names, never of a person's ("San Francisco", "Fort Worth", "Lake Tahoe"). */
  private static final Set<String> PLACE_WORDS =
      Set.of("san", "santa", "santo", "sao", "st.", "saint", "los", "las", "fort", "port", "mount", "mt.", "lake", "cape",
          "gulf", "bay", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
          "new", "el", "la", "le", "rio", "puerto", "point", "isle", "island", "glen", "palm", "costa");
  /** The most words a side of an aligned slot may have for its phrases to be joined. */
  private static final int SLOT_WORDS = 6;
  /** Roles that relate a person to another one nearby: meaningful only inside one article. */
  private static final Set<String> RELATIONAL = Set.of("counterpart", "colleague", "opposite", "peer", "equivalent");

  private final FramingLexicon lexicon;
  private final Parsed corpus;
  private final Map<String, String> parent = new HashMap<>();
  /** Per mention id (dense from 0 in the corpus), its node: see {@link #node(Phrase)}. */
  private String[] mentionNodes = new String[0];
  /** Phrase id → its name node, when it has a name. */
  private final Map<Integer, String> nameNodeOf = new HashMap<>();
  private final Map<String, Integer> personWeight = new HashMap<>();
  private final Set<String> personNodes = new HashSet<>();
  /** Surname keys of the names the corpus writes with "Sr." (see {@link #personParts}). */
  private final Set<String> seniors = new HashSet<>();
  /** For each first word of a person's full name (as a name key), the person nodes whose names start with it. */
  private final Map<String, Set<String>> firstWordOwners = new HashMap<>();
  /** For a middle word of a name of four words or more, the person nodes whose name has it (see {@link #nameNode}). */
  private final Map<String, Set<String>> middleWordOwners = new HashMap<>();
  /** Particles between the words of a name: never a short name on their own. */
  private static final Set<String> PARTICLES_IN_NAMES = Set.of("da", "de", "do", "dos", "das", "del", "della", "di",
      "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "e", "ben", "abu", "mac", "st");
  /** Words the corpus writes in lower case somewhere: "xi" is no common noun in a story that never does. */
  private final Set<String> writtenLowercase = new HashSet<>();
  /**
   * For each surname key, the person node with that surname mentioned most; a person introduced as someone's
   * kin ("first daughter Ivanka Trump") only if no namesake is not.
   */
  private final Map<String, String> mostNamed = new HashMap<>();
  /** Per person node: the person titles its full names bear ("president" of "U.S. President Donald Trump"). */
  private final Map<String, Set<String>> personTitles = new HashMap<>();
  /** Person nodes a full name introduces as kin ({@link #namesakeKin}): "first daughter Ivanka Trump", "his son Hunter Biden". */
  private final Set<String> kinNamed = new HashSet<>();
  /** Per surname key, the person nodes of that surname, once the full names are all read. */
  private final Map<String, List<String>> personsBySurname = new HashMap<>();
  /** Per person node: the articles that write the person's full name. */
  private final Map<String, Set<Integer>> fullNameArticles = new HashMap<>();
  /** Per first word of a firm's name of several words ("ford" of "Ford Motor Company"): how often the story writes such a name. */
  private final Map<String, Integer> firmFirstWords = new HashMap<>();
  /** Per person's node, 'm' or 'f' when its full names tell one sex only (a given name, a title), else '?'. */
  private final Map<String, Character> personSex = new HashMap<>();
  /** For each surname key, its first-name classes: the founding spelling and the class's name. */
  private final Map<String, List<String[]>> firstNames = new HashMap<>();

  /** "SURNAME|FIRST" of a longer name to its middle name that the corpus writes first with the surname. */
  private final Map<String, String> middleNames = new HashMap<>();
  /**
   * Person nodes some mention backs with a given name or a personal title ("Winston Blackmore", "Attorney
   * General Wally Oppal"); a person node no mention backs ("Latter Day Saints", "Banda Aceh") only votes
   * for the kind of its referent instead of deciding it.
   */
  private final Set<String> backedPersons = new HashSet<>();
  /** Node → the first evidence that joined it: {rule, the other node}. */
  private final Map<String, String[]> via = new HashMap<>();
  /** Every join that put two separate sets of nodes together, in order: per referent, a tree. */
  private final List<JoinTree.Join> joins = new ArrayList<>();
  /** Phrase id → the phrase, for {@link #evidence}. */
  private final Map<Integer, Phrase> phraseById = new HashMap<>();
  /** Name keys used as places in at least half of their uses (see {@link #names}). */
  private final Set<String> placeNames = new HashSet<>();

  ReferentResolver(FramingLexicon lexicon, Parsed corpus) {
    this.lexicon = lexicon;
    this.corpus = corpus;
    Set<String> states = new HashSet<>();
    for (String c : lexicon.nationalities.values()) {
      states.add(Words.nameKey(c));
    }
    this.countries = Set.copyOf(states);
  }

  List<Cluster> resolve(List<Quotation> quotations, List<QuoteGroup> quoteGroups, List<AlignedFact> facts,
      Map<String, String> speakerNames) {
    List<Phrase> all = corpus.all();
    Map<String, Phrase> bySpan = new HashMap<>();
    for (Phrase p : all) {
      bySpan.put(p.article + ":" + p.start + ":" + p.end, p);
    }
    mentionNodes = new String[all.size()];
    for (Phrase p : all) {
      if (p.id >= 0 && p.id < mentionNodes.length) {
        mentionNodes[p.id] = "m" + p.id;
      }
      find(node(p));
      phraseById.put(p.id, p);
      int at = ownerEnd(p);
      Phrase owner = at > 0 ? bySpan.get(p.article + ":" + p.start + ":" + (p.start + at)) : null;
      if (owner != null) {
        possessorPhrase.put(p.id, owner);
      }
      int name = p.role == Role.MODIFIER ? p.text.indexOf(p.name) : -1;
      if (name >= 0) {
        nameModifies.putIfAbsent(p.article + ":" + (p.start + name), p);
      }
      if (QUANTIFIERS.contains(p.determiner)) {
        quantifiedNodes.put(node(p), p);
      }
      String ordinal = ordinal(p);
      if (ordinal == null) {
        ordinal = peopleCount(p); // "12 people" and "50 people" are two groups, as the first and second are two
      }
      if (ordinal != null) {
        ordinalsByRoot.put(node(p), Map.of(Words.singular(p.head), Set.of(ordinal)));
      }
    }
    capitalsAsPlaces.addAll(capitalsOnlyAsPlaces(all));
    countsOf();
    names(all);
    keepPeopleApart();
    labels(all);
    appositions();
    rolesWithTheirPlace();
    doersOfTheDeed(all);
    predicates();
    labelsGivenBefore(all);
    nicknames();
    labelsGiven();
    rolesBeforeNames();
    gatherings();
    speakers(quotations);
    roles(all);
    namedKinds(all);
    anotherOfItsKind.addAll(anotherOfItsKind());
    definites();
    institutionsOfTitledOwners();
    regionalDescriptions();
    aligned(quoteGroups, facts);
    sameDescriptions(all);
    ages(all);
    rolesHeldByOne(all);
    namedNext();
    subjectDescribed();
    storyTitles(all);
    states(all);
    byTheirKind();
    cities();
    otherWords(all);
    sameGatherings();
    headlineDescriptions(all);
    sameCounts(all);
    eventsOfOneParticipant(all);
    return clusters(all, speakerNames);
  }

  /** Words before a people's name that make it some of the people, not their state: "many Venezuelans". */
  private static final Set<String> SOME_OF_A_PEOPLE = Set.of("many", "most", "some", "few", "several", "all", "both",
      "no", "any", "ordinary", "fellow", "thousands", "millions", "hundreds");

  /** The phrases a count of them holds ("Venezuelans" of "Hundreds of thousands of Venezuelans"), by id: people, not a state. */
  private final Set<Integer> countedOf = new HashSet<>();

  /**
   * A count of people or things and what it counts are one: "Thousands of illegal aliens" is the "illegal aliens"
   * it holds, whose head it takes ({@link MentionFinder}), so the rules that join the one join the other.
   */
  private void countsOf() {
    for (List<Phrase> ps : corpus.phrases()) {
      for (int i = 0; i < ps.size(); i++) {
        Phrase p = ps.get(i);
        String[] words = p.text.split(" ", 3); // "Dozens of protesters": a count ({@link MentionFinder#COUNTS_OF}), "of", what it counts
        if (p.nested || words.length < 3 || !MentionFinder.COUNTS_OF.contains(words[0].toLowerCase(java.util.Locale.ROOT))
            || !words[1].equalsIgnoreCase("of")) {
          continue;
        }
        boolean joined = false;
        for (int j = i + 1; j < ps.size() && ps.get(j).start < p.end; j++) {
          Phrase q = ps.get(j);
          if (q.end == p.end && q.start > p.start) {
            countedOf.add(q.id); // what it counts, however deep: "thousands of Venezuelans", "Venezuelans"
            if (!joined && p.head.equals(q.head)) {
              union(node(p), node(q), "the count of");
              joined = true;
            }
          }
        }
      }
    }
  }

  // ---- names ---------------------------------------------------------------------------------

  private void names(List<Phrase> all) {
    for (Phrase p : all) {
      if (p.role != Role.NONE) {
        String key = Words.nameKey(clean(p.name));
        keysWritten.add(key);
        namesWritten.add(key);
        namesWritten.add(groupKey(key));
      }
    }
    for (List<Tok> toks : corpus.tokens()) {
      for (Tok t : toks) {
        if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
          writtenLowercase.add(t.lower());
        }
      }
    }
    // Names used as places: after "in", "at", "near"… in at least half of their uses ("in Santa Rosa").
    Map<String, int[]> uses = new HashMap<>();
    Set<String> datelines = new HashSet<>();
    for (Phrase p : all) {
      if (p.role == Role.NAME) {
        int[] u = uses.computeIfAbsent(Words.nameKey(clean(p.name)), k -> new int[2]);
        u[0]++;
        // "in Suzanne Collins' trilogy": a possessor is not what "in" takes; nor a name that modifies the
        // phrase's noun ("in Skripal case", "at Boeing headquarters").
        boolean possessor = isPossessor(p);
        boolean modifier = p.nested && !p.after.isEmpty() && lexicon.isCommonNoun(Words.singular(p.after.get(0)))
            && !lexicon.placeHeads.contains(p.after.get(0)); // "in New Guffa village" is in a place
        if (PLACE_PREPOSITIONS.contains(p.before) && !possessor && !modifier) {
          u[1]++;
        }
        if (dateline(p)) {
          datelines.add(Words.nameKey(clean(p.name))); // a place, whatever else the story does with it: "MILLBROOK, Ohio —"
        }
      }
    }
    uses.forEach((key, u) -> {
      if (2 * u[1] >= u[0] && u[1] > 0) {
        placeNames.add(key);
      }
    });
    placeNames.addAll(datelines);
    // Fathers the corpus names ("W. Mark Felt Sr."): their sons ("Mark Felt Jr.") are other people.
    for (Phrase p : all) {
      if (p.role != Role.NONE && "sr".equals(generation(clean(p.name).split(" ")))) {
        seniors.add(surnameKey(p.name));
      }
    }
    // Full personal names first, so that a surname alone can find its person.
    classifyFirstNames(all);
    Map<Phrase, String> fullNames = new LinkedHashMap<>();
    for (Phrase p : all) {
      if (p.role == Role.NONE) {
        continue;
      }
      String[] parts = personParts(p);
      if (parts != null) {
        String node = personKey(parts[0], parts[1]);
        fullNames.put(p, node);
        personNodes.add(node);
        personWeight.merge(node, 1, Integer::sum);
        fullNameArticles.computeIfAbsent(node, k -> new HashSet<>()).add(p.article);
        char sex = sexOf(p);
        if (sex != '?') {
          personSex.merge(node, sex, (a, b) -> a.equals(b) ? a : '?');
        }
        if (backsPerson(p)) {
          backedPersons.add(node);
        }
        if (hasPersonTitle(p)) {
          titledPersons.add(node);
          personTitles.computeIfAbsent(node, k -> new HashSet<>()).addAll(roleTitles(p));
        }
        if (p.descriptors.stream().anyMatch(ReferentResolver::namesakeKin) || p.titles.stream().anyMatch(ReferentResolver::namesakeKin)) {
          kinNamed.add(node);
        }
        String[] words = Words.nameKey(clean(p.name)).split(" ");
        if (words.length >= 3 && PATRONYMICS.contains(words[words.length - 2])) {
          patronymicPersons.add(node);
        }
        if (middleNames.containsKey(parts[0] + "|" + parts[1])) {
          continue; // a longer name named by its middle name: its other words are no short names ("Saints RB Reggie Bush")
        }
        firstWordOwners.computeIfAbsent(words[0], k -> new HashSet<>()).add(node);
        // A long name's middle word, which may be its bearer's short name: "Lula" of "Luiz Inacio Lula da Silva".
        for (int w = 1; words.length >= 4 && w < words.length - 1; w++) {
          if (words[w].length() > 2 && !PARTICLES_IN_NAMES.contains(words[w])) {
            middleWordOwners.computeIfAbsent(words[w], k -> new HashSet<>()).add(node);
          }
        }
      }
    }
    // A full name, first name and surname, that shares its surname with a person some mention backs in the
    // same article is that person's kin, a person too ("Laci Peterson" beside "Scott Peterson", though no
    // mention gives her a title or a word). Not a name run that starts with a common noun ("Chiefs QB Brady
    // Quinn").
    Map<String, Set<Integer>> backedIn = new HashMap<>();
    fullNames.forEach((p, node) -> {
      if (backedPersons.contains(node)) {
        backedIn.computeIfAbsent(surnameOfNode(node), k -> new HashSet<>()).add(p.article);
      }
    });
    Set<String> kin = new HashSet<>();
    fullNames.forEach((p, node) -> {
      String[] parts = clean(p.name).split(" ");
      boolean shaped = parts.length == 2 || parts.length == 3 && (parts[1].endsWith(".")
          || lexicon.givenNames.contains(Words.fold(parts[1])));
      if (!backedPersons.contains(node) && shaped && !lexicon.isCommonNoun(Words.fold(parts[0]))
          && backedIn.getOrDefault(surnameOfNode(node), Set.of()).contains(p.article)) {
        kin.add(node);
      }
    });
    backedPersons.addAll(kin);
    // A surname alone that says or tells something backs the one full name of that surname: "Prigozhin told the
    // agency" after "Yevgeny Prigozhin, a businessman with close ties to ...", a given name the lexicon lacks.
    personNodes.forEach(node -> personsBySurname.computeIfAbsent(surnameOfNode(node), k -> new ArrayList<>()).add(node));
    for (Phrase p : all) {
      if (p.role == Role.NAME && !p.plural && !fullNames.containsKey(p) && !clean(p.name).contains(" ")
          && !p.after.isEmpty() && (lexicon.reportingVerbs.contains(Words.fold(p.after.get(0)))
              || TELLING.contains(Words.fold(p.after.get(0))))) {
        String key = Words.nameKey(clean(p.name));
        List<String> named = personsBySurname.getOrDefault(surnameKey(p.name), List.of());
        if (named.size() == 1 && !namesAPlace(key) && !placeNames.contains(key)) { // "Athens said": the state
          backedPersons.add(named.get(0));
        }
      }
    }
    backedPersons.forEach(node -> backedSurnames.add(surnameOfNode(node)));
    // Only a person some mention shows to be one owns a lone first word.
    firstWordOwners.values().forEach(owners -> owners.retainAll(backedPersons));
    middleWordOwners.values().forEach(owners -> owners.retainAll(backedPersons));
    for (String node : personNodes) {
      String surname = surnameOfNode(node);
      String best = mostNamed.get(surname);
      boolean asKin = kinNamed.contains(node);
      if (best == null || asKin == kinNamed.contains(best) && personWeight.get(node) > personWeight.get(best)
          || !asKin && kinNamed.contains(best)) {
        mostNamed.put(surname, node);
      }
    }
    for (Phrase p : all) {
      String key = p.role == Role.NAME ? Words.nameKey(clean(p.name)) : "";
      String bare = withoutLegalForm(key);
      int space = bare.indexOf(' ');
      if (space > 0 && !fullNames.containsKey(p) && !bare.contains(" of ")
          && (!bare.equals(key) || lexicon.organisationHeads.contains(bare.substring(bare.lastIndexOf(' ') + 1)))) {
        firmFirstWords.merge(bare.substring(0, space), 1, Integer::sum);
      }
    }
    Set<String> multiwordNames = new HashSet<>();
    for (Phrase p : all) {
      if (p.role != Role.NONE && (p.name.contains(" ") || p.name.matches("\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+"))) {
        multiwordNames.add(clean(p.name));
      }
    }
    for (Phrase p : all) {
      if (p.role == Role.NONE) {
        continue;
      }
      String body = bodyNameInLowerCase(p);
      String node = nameNode(body != null ? body : p.name, p);
      nameNodeOf.put(p.id, node);
      if (p.role == Role.NAME && !partyMember(p) || body != null && p.role == Role.MODIFIER) {
        union(node(p), node, "name");
      }
      for (String[] alias : p.aliases) {
        String first = nameNode(alias[0], p);
        // "Philip T. Calbis (OMB)", "John McCain (R-Ariz.)": an acronym after a person's name says where the
        // person works or sits, it is no other name of the person.
        boolean affiliation = first.startsWith("p:") && backedPersons.contains(first)
            && Words.isAcronym(clean(alias[1]).replace(" ", ""));
        String second = nameNode(alias[1], p);
        if (!isPlace(alias[0]) && !isPlace(alias[1]) && !affiliation && !castAs(first, second, alias[1])) {
          union(first, second, "an alias the article declares");
        }
      }
    }
    // Spellings of one full name that differ only in spaces and hyphens ("Kim Jong-un", "Kim Jong Un").
    Map<String, String> compact = new HashMap<>();
    // A capital or a seat of government is one spelling for its place and its state ("in Tel Aviv" /
    // "Tel Aviv says", "at the White House" / "the White House said"): never joined by its spelling.
    for (Phrase p : all) {
      if (p.role == Role.NAME && clean(p.name).contains(" ") && !lexicon.capitals.containsKey(Words.nameKey(clean(p.name)))) {
        String key = spellingKey(Words.nameKey(clean(p.name))).replaceAll("[^\\p{L}\\p{N}]", "");
        String other = compact.putIfAbsent(key, nameNodeOf.get(p.id));
        if (other != null) {
          union(other, nameNodeOf.get(p.id), "the same name spelled with or without spaces and hyphens");
        }
      }
    }
    transliterations(fullNames);
    // Acronyms the corpus spells out ("IS" for "Islamic State", "UAE"); a person's initials only three or more
    // ("MBS" for Mohammed bin Salman; "AP" is no Augusto Pinochet, "ET" no Ernest Torres).
    // Initials two referents share ("GM": General Motors and the Grand Marquis) stand for neither.
    // A name written after its country's initials spells them too: "the U.S. Geological Survey" is "USGS".
    Map<String, String> written = new java.util.TreeMap<>();
    for (Phrase p : all) {
      if (p.role == Role.NAME && p.name.contains(" ")) {
        String name = clean(p.name);
        String text = clean(p.text);
        int at = text.lastIndexOf(" " + name);
        String before = at > 0 ? text.substring(text.lastIndexOf(' ', at - 1) + 1, at) : "";
        if (at > 0 && text.endsWith(name) && Words.isAcronym(before)
            && lexicon.aliasGroup(before) != null && "place".equals(lexicon.aliasGroup(before).kind())) {
          written.putIfAbsent(initials(before + " " + name), name);
        }
      }
    }
    Map<String, String> byInitials = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    List<String[]> spelled = new ArrayList<>();
    for (String m : multiwordNames) {
      spelled.add(new String[] {initials(m), m});
    }
    written.forEach((initials, m) -> spelled.add(new String[] {initials, m}));
    for (String[] im : spelled) {
      String initials = im[0];
      String m = im[1];
      if (initials.length() >= 2 && !backedPersons.contains(nameNode(m, null)) || initials.length() >= 3) {
        String first = byInitials.putIfAbsent(initials, m);
        if (first != null && !find(nameNode(first, null)).equals(find(nameNode(m, null)))) {
          ambiguous.add(initials);
        }
      }
    }
    byInitials.keySet().removeAll(ambiguous);
    for (Phrase p : all) {
      if (p.role != Role.NONE && Words.isAcronym(clean(p.name).replace(" ", ""))) {
        String full = byInitials.get(Words.nameKey(p.name).replace(" ", "").replace("-", ""));
        // An acronym the alias lexicon knows stands for what it lists ("WSJ": The Wall Street Journal),
        // not for a name of the corpus with the same initials ("Warren Steed Jeffs").
        FramingLexicon.AliasGroup known = lexicon.aliasGroup(clean(p.name));
        if (full != null && (known == null || known == lexicon.aliasGroup(full))) {
          union(nameNodeOf.get(p.id), nameNode(full, null), "the acronym of");
        }
      }
    }
    bodiesByField(all);
    shortNames(all);
    // Short forms of an organisation named in full earlier in the same article ("the Times", "the Air
    // Force"). A short name is one node corpus-wide, so it joins only when every article that uses it means
    // one name by it: not "the Community" after the Andean Community in one article and after the European
    // Community in another.
    Map<String, Set<String>> meant = new LinkedHashMap<>();
    for (List<Phrase> ps : corpus.phrases()) {
      Map<String, String> lastWordOf = new HashMap<>();
      for (Phrase p : ps) {
        if (p.role != Role.NAME || p.name.indexOf('/') > 0) {
          continue; // "AMD/ATI" is no longer name of "ATI"
        }
        String whole = Words.nameKey(p.name);
        String key = beforeOf(whole); // "Bank of Ostrava" is no longer "Ostrava"
        int space = key.lastIndexOf(' ');
        if (space > 0 && !personNodes.contains(nameNodeOf.get(p.id)) && !Phrase.isCount(key.substring(0, key.indexOf(' ')))) {
          // Its last words too: "the Air Force" after "the United States Air Force".
          if (key.equals(whole) && lastWordOf.containsKey(key) && lexicon.aliasGroup(key) == null && !isPlace(key)
              && !countries.contains(key)) {
            meant.computeIfAbsent(nameNodeOf.get(p.id), k -> new java.util.LinkedHashSet<>()).add(lastWordOf.get(key));
          }
          for (int at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) {
            lastWordOf.put(key.substring(at + 1), nameNodeOf.get(p.id));
          }
        } else if (space < 0 && key.equals(whole) && lastWordOf.containsKey(key) && lexicon.aliasGroup(key) == null && !isPlace(key)
            && !countries.contains(key) && !Phrase.isCount(key)) {
          // Not a name cut at its "of": "the University of Alabama" is no short form of "Xavier University";
          // nor a state: "Sudan" is no short form of "South Sudan"; nor a count: "One of the actors" is no
          // short form of "BBC One".
          meant.computeIfAbsent(nameNodeOf.get(p.id), k -> new java.util.LinkedHashSet<>()).add(lastWordOf.get(key));
        }
      }
    }
    meant.forEach((shortNode, longNodes) -> {
      Set<String> roots = new HashSet<>();
      longNodes.forEach(n -> roots.add(find(n)));
      if (roots.size() == 1) {
        union(shortNode, longNodes.iterator().next(), "the short form of a name earlier in the article");
      }
    });
  }

  /**
   * A department's, a ministry's or an office's field, two words or more, is its name too where the
   * corpus writes it alone: "Health and Human Services" / "the Department of Health and Human Services",
   * "Homeland Security" / "the Department of Homeland Security". Only when one body (one referent) has that
   * field, and not a field that is a place's or a country's name ("the Department of the Interior" is no
   * interior, "the Ministry of Foreign Affairs" of one state is not another's).
   */
  private void bodiesByField(List<Phrase> all) {
    Map<String, Set<String>> bodiesOf = new HashMap<>();
    for (Phrase p : all) {
      if (p.role == Role.NAME) {
        java.util.regex.Matcher m = BODY_OF_FIELD.matcher(Words.nameKey(clean(p.name)));
        if (m.matches() && m.group(2).contains(" ") && !isPlace(m.group(2)) && !countries.contains(m.group(2))) {
          bodiesOf.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(nameNodeOf.get(p.id));
        }
      }
    }
    if (bodiesOf.isEmpty()) {
      return;
    }
    for (Phrase p : all) {
      Set<String> bodies = p.role == Role.NONE ? null : bodiesOf.get(Words.nameKey(clean(p.name)));
      if (bodies == null) {
        continue;
      }
      Set<String> roots = new HashSet<>();
      bodies.forEach(b -> roots.add(find(b)));
      if (roots.size() == 1) {
        union(nameNodeOf.get(p.id), bodies.iterator().next(), "the field of");
      }
    }
  }

  /** A name key "[a word] department of [the] X" (or ministry, office), X its field. */
  private static final java.util.regex.Pattern BODY_OF_FIELD =
      java.util.regex.Pattern.compile("((?:[a-z]+ )?)(?:department|ministry|office) of (?:the )?([a-z]+(?: [a-z]+)+)");

  /**
   * A shorter name the corpus uses for a longer one: its words, in order, are among the longer
   * name's and it ends on the same word ("Red Sox" / "the Boston Red Sox", "Betty Ford Center" /
   * "Betty Ford Treatment Center", "the Angels" / "the Los Angeles Angels of Anaheim", whose words
   * before "of" count). Joined only when exactly one longer name (one referent) fits, and never for
   * people (surnames have their own rule), places, alias-lexicon names, or a short name that is one
   * kind noun ("Center", "Court"). Words compare by their singular ("Pictures" = "Picture"). Failing
   * that, the first words of the only organisation name that starts with them ("Ford" / "Ford Motor
   * Company").
   */
  private void shortNames(List<Phrase> all) {
    Map<String, String> nodeOfKey = new LinkedHashMap<>();
    Map<String, String> wholeOfKey = new HashMap<>();
    Map<String, Map<String, String>> nodesOfKey = new LinkedHashMap<>();
    for (Phrase p : all) {
      if (p.role != Role.NAME) {
        continue;
      }
      String node = nameNodeOf.get(p.id);
      // A name shaped like a person's that no mention shows to be one ("Red Sox", "Boston Red Sox") is read
      // as any other name.
      boolean name = node != null && (node.startsWith("n:") || node.startsWith("p:") && !backedPersons.contains(node));
      if (!name || hasPersonTitle(p) || node.indexOf('/') > 0) {
        continue; // nor two names written with a slash ("AMD/ATI"): no longer name of either
      }
      String key = shortNameKey(p.name);
      String whole = Words.nameKey(clean(p.name));
      if (!key.contains(" ") && whole.contains(" of ")) {
        continue; // "University of Alabama" is no short form of "Xavier University", nor is "Bank of America"
      }
      nodesOfKey.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(whole, node);
      String prior = nodeOfKey.putIfAbsent(key, node);
      if (prior == null) {
        wholeOfKey.put(key, whole);
      } else if (!find(prior).equals(find(node)) && (ofPlace(whole) != ofPlace(wholeOfKey.get(key)))) {
        // "Xavier University of Louisiana" is "Xavier University": a name, then "of" and a place.
        union(prior, node, "the name before its 'of' and a place");
      }
    }
    // "the South American Community" is "the South American Community of Nations" when no other name of the
    // corpus begins with its words and "of" (a name of one word before "of" is a kind: "University").
    nodesOfKey.forEach((key, wholes) -> {
      if (key.contains(" ") && wholes.size() == 2 && wholes.containsKey(key)) {
        wholes.forEach((whole, node) -> union(wholes.get(key), node, "the name with its 'of' and what follows"));
      }
    });
    // Longer names indexed by their last word, and by their first.
    Map<String, List<String>> byLast = new HashMap<>();
    Map<String, List<String>> byFirst = new HashMap<>();
    for (String key : nodeOfKey.keySet()) {
      if (key.contains(" ")) {
        byLast.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(key);
        byFirst.computeIfAbsent(key.substring(0, key.indexOf(' ')), k -> new ArrayList<>()).add(key);
      }
    }
    // The names each referent has so far: a short name that already has another ("HP", also written
    // "Hewlett-Packard") is a referent of its own, not the first words of a longer one ("HP Services").
    Map<String, Set<String>> keysOfRoot = new HashMap<>();
    nodeOfKey.forEach((key, node) -> keysOfRoot.computeIfAbsent(find(node), k -> new HashSet<>()).add(key));
    for (Map.Entry<String, String> e : nodeOfKey.entrySet()) {
      String shortKey = e.getKey();
      String[] words = shortKey.split(" ");
      // A state is no short form of another ("Sudan" of "South Sudan", "Guinea" of "Papua New Guinea").
      if (shortKey.isEmpty() || isPlace(shortKey) || lexicon.aliasGroup(shortKey) != null || countries.contains(shortKey)
          || words.length == 1 && isKindNoun(words[0])) {
        continue;
      }
      Set<String> targets = new HashSet<>();
      // A surname the story's firm bears more often than its person is read as the firm's first word below.
      boolean firmWord = words.length == 1 && firmOverPerson(words[0]);
      for (String longKey : firmWord ? List.<String>of() : byLast.getOrDefault(words[words.length - 1], List.of())) {
        String[] longWords = longKey.split(" ");
        // "One Tarvik" (a plan) is not what "Tarvik" is: a count before a name makes another thing; "the 16th MP
        // Brigade" is one brigade of many.
        if (longWords.length > words.length && inOrder(words, longWords) && !Phrase.isCount(longWords[0])
            && !Phrase.isOrdinalNumber(longWords[0])) {
          targets.add(find(nodeOfKey.get(longKey)));
        }
      }
      // A longer form already one with it ("Hewlett-Packard Co" is Hewlett-Packard) leaves the choice to the others.
      targets.remove(find(e.getValue()));
      if (targets.size() == 1) {
        union(e.getValue(), targets.iterator().next(), "a shorter form of the only longer name");
        continue;
      }
      // The first words of a company's name before words like "Motor Company" or "Corp." ({@link
      // #CORPORATE}): "Ford", "Intel". Not a surname of someone in the corpus (William Clay Ford) unless the
      // story names the firm more often (see {@link #firmOverPerson}), and only when one referent fits.
      if (mostNamed.containsKey(words[words.length - 1]) && !firmOverPerson(words[words.length - 1])) {
        continue;
      }
      // Several spellings of one firm's full name, each the short name and corporate words that begin
      // alike ("Ford Motor Company", "Ford Motors", "Ford Motor Co."), are one target even before they are joined.
      Set<String> nextWords = new HashSet<>();
      Set<String> corporate = new HashSet<>();
      for (String longKey : byFirst.getOrDefault(words[0], List.of())) {
        String[] longWords = longKey.split(" ");
        if (longWords.length > words.length && longKey.startsWith(shortKey + " ")
            && java.util.Arrays.stream(longWords, words.length, longWords.length).allMatch(CORPORATE::contains)) {
          nextWords.add(longWords[words.length]);
          corporate.add(find(nodeOfKey.get(longKey)));
        }
      }
      corporate.remove(find(e.getValue()));
      if (corporate.size() > 1 && nextWords.size() == 1) {
        for (String c : corporate) {
          union(c, find(e.getValue()), "the first words of the only organisation named so");
        }
        continue;
      }
      for (String longKey : byFirst.getOrDefault(words[0], List.of())) {
        String[] longWords = longKey.split(" ");
        if (longWords.length > words.length && longKey.startsWith(shortKey + " ")
            && (java.util.Arrays.stream(longWords, words.length, longWords.length).allMatch(CORPORATE::contains)
                || longWords.length == words.length + 1 && GEOGRAPHIC.contains(longWords[words.length])
                || longWords.length == words.length + 1 && LAW_WORDS.contains(longWords[words.length])
                || institutionTail(longWords, words.length) && !placeNames.contains(shortKey)
                    && !PLACE_NAME_ENDS.contains(words[words.length - 1])
                    && !lexicon.isGazetteerPlace(shortKey) && keysOfRoot.get(find(e.getValue())).size() == 1)) {
          targets.add(find(nodeOfKey.get(longKey)));
        }
      }
      targets.remove(find(e.getValue()));
      if (targets.size() == 1) {
        union(e.getValue(), targets.iterator().next(), "the first words of the only organisation named so");
      }
    }
  }

  /**
   * Whether the words of a name from {@code from} on are a noun that ends an institution's name, or a word
   * and that noun: "Promises" / "Promises Treatment Center", "Staunton Police" / "Staunton Police
   * Department", "Harvard" / "Harvard University".
   */
  private boolean institutionTail(String[] longWords, int from) {
    int tail = longWords.length - from;
    return tail >= 1 && tail <= 2 && INSTITUTION_ENDS.contains(longWords[longWords.length - 1]);
  }

  /**
   * Nouns that end an institution's full name after its short one (as written in a name key, singular).
   * Not those that also end the name of a part or a product of what the short name names ("HP
   * Services", "Apple TV", "Mac News", "the CREEP Finance Committee").
   */
  private static final Set<String> INSTITUTION_ENDS = Set.of("center", "department", "hospital", "clinic",
      "university", "college", "institute", "academy", "corporation");

  /**
   * Words after a law's or a treaty's short name that make its full name ("CAN-SPAM" / "the CAN-SPAM Act",
   * "Dodd-Frank" / "the Dodd-Frank law"); and, after a name that is neither person, place nor
   * organisation, the head of a description that is that law itself ("the CAN-SPAM legislation").
   */
  private static final Set<String> LAW_WORDS = Set.of("act", "law", "bill", "treaty", "accord", "legislation");

  /**
   * Words that make a company's full name from its short one ("Ford Motor Company", "Intel Corp."): as
   * written in a name key, singular. Not kind nouns in general, as "Boston Herald" and "Vancouver Police"
   * are not Boston and Vancouver.
   */
  private static final Set<String> CORPORATE = Set.of("company", "co", "co.", "corp", "corp.", "corporation", "inc",
      "inc.", "incorporated", "ltd", "ltd.", "limited", "llc", "plc", "group", "holding", "motor", "industry",
      "international", "ag", "sa", "nv", "n.v.", "computer", "usa", "uk",
      // what a firm makes or does, after its name: "Kraft" / "Kraft Foods", "Cisco" / "Cisco Systems"
      "food", "system", "aerospace", "technology", "pharmaceutical", "communication", "electronic", "airline",
      "airway", "software", "semiconductor", "telecom", "automotive", "entertainment", "enterprise", "petroleum");
  /**
   * Words that give a firm's legal form after its name, as written in a name key: "Electronic Data
   * Systems Corp.", "... Corporation" and "Electronic Data Systems" name one firm. Not "company" nor
   * "group", which also end the names of other things ("Royal Shakespeare Company").
   */
  private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co", "ltd",
      "limited", "llc", "plc", "gmbh", "ag", "nv", "sa", "lp", "llp");

  /** A name key without the legal forms that end it ("hewlett packard co" → "hewlett packard"), if a name is left. */
  static String withoutLegalForm(String key) {
    String k = key;
    int space = k.lastIndexOf(' ');
    while (space > 0 && LEGAL_FORMS.contains(k.substring(space + 1))) {
      k = k.substring(0, space).trim();
      if (k.endsWith(" &") || k.endsWith(" and")) {
        return key; // "Johnson & Co", "Smith and Co": the legal form is all that follows the partners
      }
      space = k.lastIndexOf(' ');
    }
    return k.isEmpty() || k.equals("the") ? key : k;
  }

  /**
   * Whether the story writes the name of a firm that opens with {@code surname} ("Ford Motor Company", "Ford
   * Motors Co.") more often than the full name of the person it names most with that surname.
   */
  private boolean firmOverPerson(String surname) {
    String person = mostNamed.get(surname);
    return person != null && firmFirstWords.getOrDefault(surname, 0) > personWeight.get(person);
  }

  /** Last words of the names of prizes, laws, agreements and contests, which are never surnames. */
  private static final Set<String> THING_NAME_ENDS = Set.of("prize", "prizes", "award", "awards", "medal", "trophy",
      "cup", "act", "treaty", "accord", "accords", "convention", "protocol", "doctrine", "games", "championship",
      "championships", "festival", "summit", "olympics");
  /** Nouns that end the names of schools, hospitals and the like, often named after a person; no surnames. */
  private static final Set<String> SCHOOL_NAME_ENDS = Set.of("school", "university", "college", "hospital", "institute",
      "seminary", "clinic", "library", "museum", "gymnasium", "polytechnic");
  /**
   * Last words that make a name a place, and no person's: "Ontario Street", "Georgia Dome", "YFZ Ranch", "San
   * Diego County Jail", "the Green Zone".
   */
  private static final Set<String> PLACE_NAME_ENDS = Set.of("street", "avenue", "road", "boulevard", "square", "bridge", "zone",
      "ranch", "hotel", "stadium", "arena", "dome", "jail", "prison", "county", "borough", "highway", "plaza", "ave", "ave.",
      "aves", "aves.", "blvd", "blvd.", "rd.", "st.", "hwy", "hwy.", "pkwy", "pkwy.");
  /** Words of direction that begin a region's name: "Southern California", "East Jerusalem". */
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "upper", "lower");
  /** Words that make a place's full name from its short one ("the Mediterranean Sea", "the Jordan River"). */
  private static final Set<String> GEOGRAPHIC = Set.of("sea", "ocean", "river", "mountain", "island", "desert",
      "strait", "canal", "peninsula", "strip");

  /** Whether a name key ends in "of" and a place: "xavier university of louisiana". */
  private boolean ofPlace(String key) {
    int of = key.lastIndexOf(" of ");
    return of > 0 && (isPlace(key.substring(of + 4)) || lexicon.isGazetteerPlace(key.substring(of + 4)));
  }

  /** A name key's words before " of ", where its kind noun stands: "bank" of "bank of america". */
  private static String beforeOf(String key) {
    int of = key.indexOf(" of ");
    return of > 0 ? key.substring(0, of) : key;
  }

  /**
   * A name key with British spellings in American ones ({@link Words#spellingKey}), a leading country's long name in its short one
   * and a department "of" its field as the field's department, for comparing two spellings of one name:
   * "promises treatment centre" → "promises treatment center", "united states air force" → "us air
   * force" (as "U.S. Air Force"), "us department of labor" → "us labor department". A whole country's
   * name stays as it is.
   */
  static String spellingKey(String key) {
    // "the Department of Labor" is "the Labor Department", "the Ministry of Defence" "the Defence Ministry".
    java.util.regex.Matcher m = DEPARTMENT_OF.matcher(key);
    if (m.matches()) {
      key = m.group(1) + m.group(3) + " " + m.group(2);
    }
    String[] words = key.split(" ");
    StringBuilder b = new StringBuilder();
    int i = 0;
    if (words.length > 2 && words[0].equals("united") && COUNTRY_SHORT.containsKey(words[1])) {
      b.append(COUNTRY_SHORT.get(words[1]));
      i = 2;
    }
    for (; i < words.length; i++) {
      b.append(b.length() == 0 ? "" : " ").append(Words.spellingKey(words[i]));
    }
    return b.toString();
  }

  /** A name key "[country] department of [the] X" (or ministry), X one to three words. */
  private static final java.util.regex.Pattern DEPARTMENT_OF =
      java.util.regex.Pattern.compile("((?:[a-z]+ )?)(department|ministry) of (?:the )?([a-z]+(?: [a-z]+){0,2})");
  /** The short forms of countries whose long name begins with "United": "United States Air Force" is "US Air Force". */
  private static final Map<String, String> COUNTRY_SHORT = Map.of("states", "us", "kingdom", "uk", "nations", "un");

  /** A name's words for {@link #shortNames}: its key before " of ", each word singular. */
  private static String shortNameKey(String name) {
    String key = beforeOf(spellingKey(Words.nameKey(clean(name))));
    StringBuilder b = new StringBuilder();
    for (String w : key.split(" ")) {
      if (!w.isEmpty()) {
        // "Corps" is no plural of "Corp.": Apple Corps is not Apple Inc.
        b.append(b.length() == 0 ? "" : " ").append(w.equals("corps") ? w : Words.singular(w));
      }
    }
    return b.toString();
  }

  /**
   * Whether a person's full name in brackets after another person's name, of another surname, is the one
   * who plays or stands for that person rather than another name of theirs: "Deep Throat (Hal Holbrook)",
   * "the mother (Jane Ortiz)". Its first word is a given name the lexicon knows.
   */
  private boolean castAs(String first, String second, String written) {
    if (!first.startsWith("p:") || !second.startsWith("p:") || surnameOfNode(first).equals(surnameOfNode(second))) {
      return false;
    }
    String[] words = clean(written).trim().split("\\s+");
    String given = Words.fold(words[0]);
    return words.length >= 2 && lexicon.givenNames.contains(given);
  }

  private static boolean inOrder(String[] shorter, String[] longer) {
    int i = 0;
    for (String w : longer) {
      if (i < shorter.length && w.equals(shorter[i])) {
        i++;
      }
    }
    return i == shorter.length;
  }

  /** A noun that says what kind of thing a name is ("center", "court", "party"), not which. */
  private boolean isKindNoun(String w) {
    return lexicon.organisationHeads.contains(w) || lexicon.placeHeads.contains(w) || lexicon.collectiveHeads.contains(w)
        || lexicon.governmentHeads.contains(w) || lexicon.eventHeads.contains(w) || lexicon.weakHeads.contains(w)
        || lexicon.titles.contains(w) || lexicon.personRoles.contains(w) || lexicon.nationalities.containsKey(w);
  }

  /**
   * The node of a person's full name (surname and first name, see {@link #firstNameClass}), or null if
   * not a full personal name.
   */
  private String fullPersonNode(Phrase p) {
    String[] parts = personParts(p);
    return parts == null ? null : personKey(parts[0], parts[1]);
  }

  /**
   * Joins the full names of one person whose surname outlets spell differently, never both written in one
   * article (where they would be two people), given the same first name: transliterated, a surname of five
   * letters or more with the same consonants ({@link #skeleton}: "Volodymyr Zelensky", "Volodymyr
   * Zelenskiy"; "Rauhi Fattouh", "Rouhi Fatouh"); or one letter apart ({@link #oneLetterApart}: "Duncan
   * Rait" and "Duncan Raite", "Bob Woodward" and "Bob Woodard", "Muammar Gaddafi" and "Muammar Qaddafi").
   */
  private void transliterations(Map<Phrase, String> fullNames) {
    Map<String, Set<Integer>> articlesOf = new HashMap<>();
    Map<String, String[]> partsOf = new LinkedHashMap<>();
    fullNames.forEach((p, node) -> {
      String[] parts = personParts(p);
      if (parts != null && parts[0].length() >= 4 && parts[1].length() >= 2) {
        articlesOf.computeIfAbsent(node, k -> new HashSet<>()).add(p.article);
        partsOf.putIfAbsent(node, parts);
      }
    });
    Map<String, String> skeletons = new HashMap<>();
    partsOf.values().forEach(parts -> skeletons.computeIfAbsent(parts[0], ReferentResolver::skeleton));
    Map<Character, List<String>> byInitial = new LinkedHashMap<>();
    partsOf.forEach((node, parts) -> byInitial.computeIfAbsent(parts[1].charAt(0), k -> new ArrayList<>()).add(node));
    for (List<String> nodes : byInitial.values()) {
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          String x = nodes.get(i);
          String y = nodes.get(j);
          String[] px = partsOf.get(x);
          String[] py = partsOf.get(y);
          boolean spelled = px[0].length() >= 5 && py[0].length() >= 5 && skeletons.get(px[0]).equals(skeletons.get(py[0]))
              || oneLetterApart(px[0], py[0]);
          if (!px[0].equals(py[0]) && spelled && sameFirstName(px[1], py[1]) && generationOf(px[0]).equals(generationOf(py[0]))
              && java.util.Collections.disjoint(articlesOf.get(x), articlesOf.get(y))) {
            union(x, y, "the same person's name spelled another way");
          }
        }
      }
    }
  }

  /**
   * Whether two one-word surname keys are one letter apart: added, dropped or put in another's place, with
   * the same first letter unless both are long ("gaddafi", "qaddafi"), and of five letters or more, or of
   * four with a letter added ("rait", "raite"): "bell" and "bill" are too short to tell.
   */
  static boolean oneLetterApart(String a, String b) {
    if (a.contains(" ") || b.contains(" ") || Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 4) {
      return false;
    }
    boolean sameStart = a.charAt(0) == b.charAt(0) || Math.min(a.length(), b.length()) >= 7;
    boolean long_ = Math.min(a.length(), b.length()) >= 5 || a.length() != b.length();
    return sameStart && long_ && WordDiff.levenshtein(a, b) == 1;
  }

  /** The generation a surname key ends in ("larue iii": "iii"), or "". */
  private static String generationOf(String surnameKey) {
    int space = surnameKey.lastIndexOf(' ');
    String last = space < 0 ? "" : surnameKey.substring(space + 1);
    return last.equals("jr") || NUMBERED_GENERATIONS.contains(last) ? last : "";
  }

  /** Roman numbers that tell a person from a father or grandfather of one name ("Ike LaRue III"), folded. */
  private static final Set<String> NUMBERED_GENERATIONS = Set.of("ii", "iii", "iv");

  /**
   * The consonants of a folded surname after its first letter, with the spellings transliteration varies
   * made one ("kh" k, "q" k, "ph" f, "dh" d, "w" v, "j" y) and doubled letters single: "zelenskiy" and
   * "zelensky" are "zlnsk", "fattouh" and "fatouh" "fth".
   */
  static String skeleton(String surname) {
    String s = surname.toLowerCase(java.util.Locale.ROOT).replace("kh", "k").replace("ph", "f").replace("dh", "d")
        .replace("ck", "k").replace('q', 'k').replace('c', 'k').replace('w', 'v').replace('j', 'y');
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && "aeiouy".indexOf(c) >= 0 || !Character.isLetter(c)) {
        continue;
      }
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The surname key of a person's node ({@link #personKey}). */
  private static String surnameOfNode(String node) {
    return node.substring(2, node.lastIndexOf('|'));
  }

  /**
   * Whether a one-word name is the plural of the surname of a person the story names ("the Skripals", "the
   * Kennedys" beside Sergei Skripal, John Kennedy): a family, a group, when "the" opens it.
   */
  private boolean family(String key) {
    return key.indexOf(' ') < 0 && key.length() >= 4 && key.endsWith("s")
        && backedSurnames.contains(key.substring(0, key.length() - 1));
  }

  /** The surname keys of {@link #backedPersons}, filled by {@link #names} once they are all known. */
  private final Set<String> backedSurnames = new HashSet<>();

  /** "p:SURNAME|FIRST": the node of the person with this surname key and this first name (folded). */
  private String personKey(String surname, String first) {
    return "p:" + surname + "|" + firstNameClass(surname, first);
  }

  /**
   * The class of a first name among the first names the corpus gives people of this surname: "Sergei"
   * and "Sergey", "Alex" and "Alexander", "M." and "Mark" are one person; "Mark" and "Miles" Vinar are
   * two (brothers in one story). A class is named by its initial, the second class of an initial by the
   * initial and a number. A first name the corpus never gave with this surname gets the class it fits,
   * else a class of its own.
   */
  private String firstNameClass(String surname, String written) {
    String first = middleNames.getOrDefault(surname + "|" + written, written);
    String initial = first.isEmpty() ? "" : first.substring(0, 1);
    List<String[]> classes = firstNames.getOrDefault(surname, List.of());
    String fallback = null;
    for (String[] c : classes) {
      // A nickname of another initial ("Bill" / "William", "Bob" / "Robert"): a short form of a long name.
      boolean nickname = first.length() > 1 && Math.min(first.length(), c[0].length()) <= 4
          && Math.max(first.length(), c[0].length()) >= 5 && lexicon.nicknameOf(first, c[0]);
      if (!c[0].startsWith(initial) && !nickname) {
        continue;
      }
      if (first.length() <= 1 || sameFirstName(first, c[0])) {
        return c[1];
      }
      fallback = fallback == null ? c[1] : fallback;
    }
    if (first.length() <= 1 || classes.isEmpty()) {
      return fallback != null ? fallback : initial;
    }
    return initial + ":" + first;
  }

  /**
   * Two written first names of one person: equal, one a short form of the other, one a nickname of the
   * other ("Jim", "James"), or one letter apart.
   */
  private boolean sameFirstName(String a, String b) {
    if (a.equals(b) || a.length() >= 3 && b.startsWith(a) || b.length() >= 3 && a.startsWith(b) || lexicon.nicknameOf(a, b)) {
      return true;
    }
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    return WordDiff.levenshtein(a, b) <= 1;
  }

  /** Groups the full first names of each surname into classes (see {@link #firstNameClass}). */
  private void classifyFirstNames(List<Phrase> all) {
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    // Per surname, the first name of a longer name to the one middle name of it that the corpus also
    // writes first ("" where two differ).
    Map<String, Map<String, String>> middles = new HashMap<>();
    List<String[]> names = new ArrayList<>();
    for (Phrase p : all) {
      String[] parts = p.role == Role.NONE ? null : personParts(p);
      if (parts != null && parts[1].length() > 1) {
        seen.computeIfAbsent(parts[0], k -> new java.util.TreeMap<>()).merge(parts[1], 1, Integer::sum);
        names.add(parts);
      }
    }
    for (String[] parts : names) {
      if (!parts[2].isEmpty()) {
        for (String middle : parts[2].split(" ")) {
          if (middle.length() > 1 && !middle.equals(parts[1]) && seen.get(parts[0]).containsKey(middle)) {
            middles.computeIfAbsent(parts[0], k -> new HashMap<>()).merge(parts[1], middle, (x, y) -> x.equals(y) ? x : "");
          }
        }
      }
    }
    // The longer name is the shorter one's person, named by the shorter one's first name: "Mohammad Javad
    // Zarif" is "Javad Zarif", "Saints RB Reggie Bush" (whose first word is no first name) "Reggie Bush".
    middles.forEach((surname, middleOf) -> {
      Map<String, Integer> firsts = seen.get(surname);
      middleOf.forEach((first, middle) -> {
        if (!middle.isEmpty() && !middleOf.containsKey(middle) && firsts.containsKey(first)) {
          middleNames.put(surname + "|" + first, middle);
          firsts.merge(middle, firsts.remove(first), Integer::sum);
        }
      });
    });
    seen.forEach((surname, firsts) -> {
      List<String[]> classes = new ArrayList<>();
      Map<String, Integer> perInitial = new HashMap<>();
      // The most frequent spelling founds its class; ties by spelling, so the result never depends on order.
      List<String> byUse = new ArrayList<>(firsts.keySet());
      byUse.sort(Comparator.comparing((String f) -> -firsts.get(f)).thenComparing(f -> f));
      for (String f : byUse) {
        boolean placed = false;
        for (String[] c : classes) {
          if (sameFirstName(f, c[0])) {
            placed = true;
            break;
          }
        }
        if (!placed) {
          String initial = f.substring(0, 1);
          int k = perInitial.merge(initial, 1, Integer::sum);
          classes.add(new String[] {f, k == 1 ? initial : initial + k});
        }
      }
      firstNames.put(surname, classes);
    });
  }

  /**
   * The surname key, the folded first name and the middle names ({@link #middleNames}) of a full personal
   * name, or null.
   */
  private String[] personParts(Phrase p) {
    if (p.work || p.quoted) {
      return null;
    }
    String name = clean(p.name);
    String[] parts = name.split(" ");
    // "W. Mark Felt Sr." is Mark Felt; "Mark Felt Jr." is a person, told apart from his father where the
    // corpus names the father with "Sr.", else the one person of that name ("Arcade Joseph Comeaux Jr.").
    String generation = generation(parts);
    if (generation != null) {
      parts = java.util.Arrays.copyOf(parts, parts.length - 1);
      name = String.join(" ", parts);
    }
    // "Vishwanand Subryan of Schenectady": the name is the words before "of" (the rest says where he lives).
    int of = java.util.Arrays.asList(parts).indexOf("of");
    if (of >= 0) {
      parts = java.util.Arrays.copyOf(parts, of);
      name = String.join(" ", parts);
    }
    // A determiner before a name is the title's ("the satirist Jon Stewart"), else no person's ("the Smith Brothers").
    if (parts.length < 2 || parts.length > 5 || p.role == Role.OF
        || !p.determiner.isEmpty() && p.titles.isEmpty() && !p.determiner.equals("his") && !p.determiner.equals("her")) {
      return null;
    }
    String key = Words.nameKey(name);
    if (lexicon.aliasGroup(key) != null || isPlace(key) || lexicon.capitals.containsKey(key) || countries.contains(key)
        || parts[parts.length - 1].replace(".", "").length() < 3 && (parts.length < 3 || !parts[parts.length - 1].matches("\\p{Lu}\\p{Ll}")
            || LEGAL_FORMS.contains(Words.fold(parts[parts.length - 1]))) && !hasPersonTitle(p)) {
      return null; // "Antonov An(-124)": an untitled two-letter surname is more likely a model name ("Kim Jong Un" is none)
    }
    if (!hasPersonTitle(p) && (placeNames.contains(key) || PLACE_WORDS.contains(Words.fold(parts[0]))
        || Words.isAcronym(parts[0]) && !parts[0].contains("."))) {
      return null; // "in Santa Rosa", "San Francisco", "INS Mysore", "USGS Menlo Park" are no people
    }
    if (Phrase.isCount(Words.fold(parts[0])) || Phrase.isOrdinal(Words.fold(parts[0]))) {
      return null; // "One Ford", "Three Rivers": a count starts no person's name; nor an ordinal ("the Twelfth Doctor", "Fifth Avenue")
    }
    if (!hasPersonTitle(p) && lexicon.isGazetteerPlace(Words.nameKey(parts[0]))
        && !lexicon.givenNames.contains(Words.fold(parts[0]))) {
      return null; // "Cambridge Analytica", "Boston Scientific": a town no one is named after opens a firm's name
    }
    if (PLACE_NAME_ENDS.contains(Words.fold(parts[parts.length - 1]))) {
      return null; // "the Green Zone", "Baker Street": a place, whatever its first word
    }
    if (!hasPersonTitle(p) && lexicon.bodyNameEnds.contains(Words.singular(Words.fold(parts[parts.length - 1])))) {
      return null; // "Andean Community", "Arab League": a body, whose last word is no surname
    }
    if (!hasPersonTitle(p) && THING_NAME_ENDS.contains(Words.fold(parts[parts.length - 1]))) {
      return null; // "Nobel Peace Prize", "Davis Cup", "Patriot Act": a thing, whose last word is no surname
    }
    if (!hasPersonTitle(p) && SCHOOL_NAME_ENDS.contains(Words.fold(parts[parts.length - 1]))) {
      return null; // "Marjory Stoneman Douglas High School", "Johns Hopkins University": named after a person
    }
    if (particlesBeforeSurname(parts)) {
      return null; // "Lo Presti", "van Persie": a surname alone, whose particles are no first name
    }
    for (String w : parts) {
      String lw = Words.fold(w);
      if (!Character.isLetter(w.charAt(0)) || lexicon.organisationHeads.contains(lw)
          || lexicon.organisationHeads.contains(Words.singular(lw)) || lexicon.nationalities.containsKey(lw)
          || lexicon.titles.contains(lw) && !lw.equals("of") || isPlace(lw)
          || lexicon.aliasGroup(lw) != null && (w.length() > 3 || Words.isAcronym(w))) {
        return null; // a short part in lower case is no acronym's: "Un" of "Kim Jong Un" is not the UN
      }
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return null;
        }
      }
    }
    if (!hasPersonTitle(p) && !lexicon.givenNames.contains(Words.fold(parts[0])) && !parts[0].endsWith(".")
        && (!personShaped(parts) || endsInCommonPlural(parts))) {
      // "BlackBerry Curve", "Research In Motion": no given name, and not shaped like a person's name;
      // "Torvane Data Systems", "Kelby Motors": no given name, and a common noun in the plural last
      return null;
    }
    String surname = surnameKey(name);
    // "Ike LaRue III", "Nick J. Rahall II": a numbered generation is always a person of its own.
    boolean numbered = generation != null && NUMBERED_GENERATIONS.contains(generation);
    return new String[] {"jr".equals(generation) && seniors.contains(surname) || numbered ? surname + " " + generation : surname,
        firstName(parts), middleNames(parts)};
  }

  /**
   * Whether {@code p} is a name inside a longer phrase whose next word is the kind of thing that is named
   * after people ({@link #THING_NAME_ENDS}: "the Nobel prize", "the Pulitzer award", "the Magnitsky act").
   */
  private static boolean namesTheThing(Phrase p) {
    return p != null && p.nested && !p.after.isEmpty() && THING_NAME_ENDS.contains(p.after.get(0));
  }

  /**
   * Particles that begin a surname of several words ("Lo Presti", "de Klerk", "van der Sar", "bin
   * Laden"). Not "al" (written with a hyphen, "al-Assad", and a first name, Al Gore), nor "van" or
   * "del" capitalised at the start, which are first names too (Van Jones).
   */
  private static final Set<String> SURNAME_PARTICLES = Set.of("lo", "la", "le", "de", "del", "della", "di", "da", "van",
      "von", "der", "den", "ter", "ten", "bin", "ibn", "dos", "das", "du", "des");
  private static final Set<String> PARTICLE_FIRST_NAMES = Set.of("Van", "Del", "Di", "Dos");

  /** Whether every word of a name of two to four words but its last is a surname particle: "Lo Presti". */
  private static boolean particlesBeforeSurname(String[] parts) {
    if (parts.length < 2 || parts.length > 4 || PARTICLE_FIRST_NAMES.contains(parts[0])) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (!SURNAME_PARTICLES.contains(Words.fold(parts[i]))) {
        return false;
      }
    }
    return Character.isUpperCase(parts[parts.length - 1].charAt(0));
  }

  /**
   * "jr", "sr", "ii", "iii" or "iv" where a name of three words or more ends in one that says which of a
   * father and son it is ("W. Mark Felt Sr.", "Cal Ripken Jr", "Ike LaRue III"), else null.
   */
  private String generation(String[] parts) {
    if (parts.length < 3) {
      return null;
    }
    String w = Words.fold(parts[parts.length - 1]).replace(".", "").replace(",", "");
    if (w.equals("jr") || w.equals("sr")) {
      return w;
    }
    // A roman number after a given name and a surname: "Ike LaRue III", "Nick J. Rahall II"; not "Boeing Delta IV".
    boolean numbered = NUMBERED_GENERATIONS.contains(w) && parts[parts.length - 1].equals(w.toUpperCase(java.util.Locale.ROOT));
    return numbered && lexicon.givenNames.contains(Words.fold(parts[0])) ? w : null;
  }

  /** Whether a name stands before what only a firm has, or with "'s" before it: "Airbus shares", "Kovix's CEO". */
  private boolean hasFirmParts(Phrase p) {
    if (p.after.isEmpty()) {
      return false;
    }
    int at = isPossessor(p) ? 1 : 0;
    if (at >= p.after.size()) {
      return false;
    }
    String next = Words.fold(p.after.get(at));
    if (next.equals("chief") && at + 1 < p.after.size()) {
      return Words.fold(p.after.get(at + 1)).startsWith("execut"); // "Airbus chief executive Tom Enders"
    }
    // "Boeing spokesman Doug Kennett", "UBS analyst David Strauss": a body's people, named, where a
    // place's ("Kansas senator Sam Brownback") or a film's ("Twilight director Catherine Hardwicke") differ.
    if (p.nested && at == 0 && STAFF.contains(Words.singular(next))) {
      String key = Words.nameKey(clean(p.name));
      return !isPlace(key) && !lexicon.isGazetteerPlace(key) || FIRM_PARTS.contains(next);
    }
    return FIRM_PARTS.contains(next);
  }

  /** Nouns for those who work for a firm or a body and speak or act for it ("spokesman", "analyst"). */
  private static final Set<String> STAFF = Set.of("spokesman", "spokeswoman", "spokesperson", "executive", "official",
      "employee", "analyst", "engineer", "lobbyist", "economist", "strategist", "researcher", "manager", "scientist");

  /** How often each name node stands before what only a firm has ({@link #hasFirmParts}). */
  private final Map<String, Integer> firmParts = new HashMap<>();

  /** What a firm has and a person, place or people do not ("shares", "CEO", "headquarters", "plant"). */
  private static final Set<String> FIRM_PARTS = Set.of("share", "shares", "stock", "stocks", "shareholder", "shareholders",
      "stockholder", "stockholders", "ceo", "cfo", "coo", "board", "headquarters", "subsidiary", "subsidiaries",
      "employee", "employees", "plant", "plants", "factory", "factories", "stake", "revenue", "revenues", "profit",
      "profits", "earnings", "brand", "brands", "chairman", "chairwoman");

  /** Whether a name's last word is a common noun in the plural: "Systems", "Motors", "Industries", "Airlines". */
  private boolean endsInCommonPlural(String[] parts) {
    String last = Words.fold(parts[parts.length - 1]);
    String one = Words.singular(last);
    return !one.equals(last) && (lexicon.isCommonNoun(one) || isOrganisationNoun(last) || CORPORATE.contains(one));
  }

  /** The first name of a personal name's words, folded: "Mark" of "W. Mark Felt", whose initial leads. */
  private String firstName(String[] parts) {
    return Words.fold(parts[firstNameAt(parts)]).replace(".", "");
  }

  /** Where the first name of a personal name's words is: after a leading initial ("W. Mark Felt"), else first. */
  private int firstNameAt(String[] parts) {
    return parts.length >= 3 && parts[0].replace(".", "").length() == 1 && lexicon.givenNames.contains(Words.fold(parts[1])) ? 1 : 0;
  }

  /** The folded names between the first name and the surname, space-separated ("Mohammad Javad Zarif": "javad"). */
  private String middleNames(String[] parts) {
    List<String> out = new ArrayList<>();
    for (int i = firstNameAt(parts) + 1; i < parts.length - 1; i++) {
      out.add(Words.fold(parts[i]).replace(".", ""));
    }
    return String.join(" ", out);
  }

  /**
   * Whether this mention shows its name to be a person's: a personal title ("Attorney General Wally
   * Oppal"), a given name or an initial first ("Winston Blackmore", "J. Smith") or in the middle ("Viena K.
   * Neaville"), an age after it ("Zurana Horton, 34,"), or a verb of saying after it ("Oppal said").
   */
  private boolean backsPerson(Phrase p) {
    if (p.work) {
      return false;
    }
    String[] words = clean(p.name).split(" ");
    String first = Words.fold(words[0]);
    if (hasPersonTitle(p) || lexicon.givenNames.contains(first) || first.endsWith(".") || middleInitial(words)
        || agedAfter(p) || ownsGovernment(p)) {
      return true;
    }
    return !p.plural && !p.after.isEmpty() && lexicon.reportingVerbs.contains(Words.fold(p.after.get(0)));
  }

  /**
   * Whether a name of two or three words owns a ruler's government: "Xi Jinping's government", "Nicolas Maduro's
   * regime" (a given name the lexicon does not know). Only a person rules so; places and bodies are no {@link
   * #personParts} of their own.
   */
  private boolean ownsGovernment(Phrase p) {
    return !p.plural && p.after.size() >= 2 && POSSESSIVE_MARKS.contains(p.after.get(0))
        && lexicon.governsState(Words.fold(p.after.get(1))) && p.name.contains(" ") && personShaped(clean(p.name).split(" "));
  }

  /**
   * Whether an age follows the name between commas, as news gives a person's: "Zurana Horton, 34, a mother
   * of 12" (a given name the lexicon does not know); of two figures, as a version's one figure is not
   * ("Internet Explorer, 7, and 8").
   */
  private static boolean agedAfter(Phrase p) {
    return !p.plural && p.after.size() >= 3 && p.after.get(0).equals(",") && p.after.get(1).matches("[1-9]\\d")
        && p.after.get(2).equals(",") && p.name.contains(" ") && personShaped(clean(p.name).split(" "));
  }

  /**
   * Whether a name of three words has a middle initial, as people's names do and bodies' never: "Viena K.
   * Neaville", "Rusli M. Saleh" (given names the lexicon does not know).
   */
  private static boolean middleInitial(String[] words) {
    return words.length == 3 && words[1].matches("\\p{Lu}\\.") && Character.isUpperCase(words[0].codePointAt(0))
        && words[0].length() > 2 && words[2].length() > 2;
  }

  /** Capitalised function words that join the words of an organisation's or a product's name, never a person's. */
  private static final Set<String> JOINING = Set.of("In", "Of", "And", "For", "On", "At", "The", "To", "With", "By", "From");

  /**
   * Whether the words of a name could be a person's: none is a capitalised function word ("Research In
   * Motion") and none has a capital inside it after a lower-case letter ("BlackBerry", "YouTube"), as
   * surnames do only after a prefix ("McDonald", "MacArthur", "DeSantis", "LeBron"); nor does the last word
   * alone stand in capitals after one that does not ("Chipmaker AMD", "Rival HP": a firm's acronym).
   */
  private static boolean personShaped(String[] parts) {
    String last = parts[parts.length - 1];
    if (parts.length > 1 && last.length() >= 2 && last.chars().allMatch(Character::isUpperCase)
        && !parts[0].chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i];
      if (i > 0 && JOINING.contains(w)) {
        return false;
      }
      for (int k = 1; k < w.length(); k++) {
        if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
          String prefix = w.substring(0, k);
          if (!(prefix.equals("Mc") || prefix.equals("Mac") || prefix.length() == 2 || prefix.equals("Van") || prefix.equals("Von"))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code p} is "a Republican", "a Democrat", "a Tory": one member of a body whose members the
   * alias lexicon names in the plural ("Republicans" for the Republican Party). It names neither the body
   * nor any other member: in apposition it describes the person ("Senator Jo Brandt, a Republican,").
   */
  private boolean partyMember(Phrase p) {
    // "a Republican", "the committee's top Democrat"
    if (p.role != Role.NAME || !p.isIndefinite() && !p.determiner.equals("'s") || p.plural || clean(p.name).contains(" ")) {
      return false;
    }
    String name = clean(p.name);
    String plural = name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
    FramingLexicon.AliasGroup g = lexicon.aliasGroup(Words.nameKey(plural));
    return g != null && "organisation".equals(g.kind());
  }

  /** Nouns that end the names of parties and movements, which some outlets write in lower case. */
  private static final Set<String> PARTY_HEADS = Set.of("party", "movement", "front", "alliance", "coalition", "bloc", "caucus");

  /**
   * The name of a body some outlets write with its noun in lower case ("the Democratic party", "the Labour
   * party" for "Democratic Party", "Labour Party"): {@code p}'s name and the organisation noun after it, when
   * the lexicon or the story knows that name; else null.
   */
  private String bodyNameInLowerCase(Phrase p) {
    Phrase m = modifying(p);
    if (m == null || m.plural || !m.name.equals(p.name) || !PARTY_HEADS.contains(m.head) || isPlace(m.name)
        || placeNames.contains(Words.nameKey(clean(m.name))) || lexicon.isMajorPlace(Words.nameKey(clean(m.name)))) {
      return null; // a place's ("the Moscow front") is no party's name
    }
    int at = m.text.indexOf(m.name + " " + m.head);
    if (at < 0 || at + m.name.length() + 1 + m.head.length() != m.text.length()) {
      return null; // the noun right after the name ends the phrase
    }
    String written = clean(m.name) + " " + Character.toUpperCase(m.head.charAt(0)) + m.head.substring(1);
    String key = Words.nameKey(written);
    return lexicon.aliasGroup(key) != null || namesWritten.contains(key) ? written : null;
  }

  /** The phrase whose head {@code p}'s name modifies: {@code p} itself for a modifier, the phrase around a nested name, or null. */
  private Phrase modifying(Phrase p) {
    return p.role == Role.MODIFIER ? p : p.role == Role.NAME && p.nested ? nameModifies.get(p.article + ":" + p.start) : null;
  }

  /**
   * Whether {@code p} follows "from" after a noun for what an actor says or does to another ("condemnation
   * from Tokyo and Washington", "pressure from Beijing"): the capital is its government there, not a place.
   */
  private boolean stanceFrom(Phrase p) {
    return p.before.equals("from") && STANCE_NOUNS.contains(nounBeforePreposition(p));
  }

  /**
   * Whether {@code p} follows a preposition after a noun for a tie, a stance or a measure between actors: "dependence
   * on Moscow", "sanctions on Tehran", "a captive of Moscow", "an ally of Beijing", "ties to Moscow". A capital there
   * is its government, as after {@link #stanceFrom}'s "pressure from".
   */
  private boolean relationBefore(Phrase p) {
    Set<String> nouns = RELATIONS_BEFORE.get(p.before);
    return nouns != null && nouns.contains(nounBeforePreposition(p));
  }

  /**
   * The word before the preposition right before {@code p} (its {@code before}), folded and in the singular:
   * "pressure" of "pressure from Beijing", "dependence" of "dependence on Moscow"; "" where there is none.
   */
  private String nounBeforePreposition(Phrase p) {
    String text = corpus.articles().get(p.article).text();
    int end = Math.min(p.start, text.length());
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int at = end;
    while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
      at--;
    }
    return at > 0 && text.substring(at, end).equalsIgnoreCase(p.before) ? Words.singular(Words.fold(wordBefore(text, at))) : "";
  }

  /** For each preposition, the nouns before it after which a capital names its state ({@link #relationBefore}). */
  private static final Map<String, Set<String>> RELATIONS_BEFORE = Map.of(
      "on", Set.of("dependence", "reliance", "pressure", "sanction", "demand", "embargo", "tariff", "duty", "restriction",
          "ban", "crackdown", "call", "war", "stance", "position", "policy", "deal", "agreement"),
      "of", Set.of("ally", "critic", "captive", "enemy", "friend", "partner", "rival", "interest", "policy", "envoy", "proxy",
          "puppet", "client", "backer", "opponent", "foe", "adversary", "demand", "position", "stance", "intention",
          "behaviour", "behavior", "conduct", "support", "backing", "approval", "refusal", "decision", "involvement"),
      "to", Set.of("tie", "link", "loyalty", "threat", "ultimatum", "concession", "allegiance", "overture", "challenge",
          "close", "loyal", "hostile", "friendly", "beholden", "subservient", "answerable"));

  /** The word of letters that ends right before {@code index} of {@code text}, spaces aside ("" for none). */
  private static String wordBefore(String text, int index) {
    int end = Math.min(index, text.length()) - 1;
    while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    int start = end;
    while (start >= 0 && Character.isLetter(text.charAt(start))) {
      start--;
    }
    return text.substring(start + 1, end + 1);
  }

  /** Nouns for what one actor says or does about another, after which "from" names the actor. */
  private static final Set<String> STANCE_NOUNS = Set.of("condemnation", "criticism", "pressure", "support", "response",
      "reaction", "warning", "protest", "threat", "demand", "request", "rebuke", "praise", "backing", "approval",
      "objection", "opposition", "complaint", "retaliation", "message", "signal", "denial", "apology", "assurance",
      "concession", "offer", "invitation", "ultimatum", "condolence", "congratulation", "outcry", "pushback", "reprimand");

  /**
   * Whether {@code p}'s name stands before the head of an event, where a capital is the place it happened
   * ("the Helsinki summit", "Trump's Helsinki surrender", "the Geneva talks"), not its state acting.
   */
  private boolean beforeAnEvent(Phrase p) {
    Phrase modified = modifying(p);
    return modified != null && (lexicon.eventHeads.contains(modified.head) || "event".equals(lexicon.nounKinds.get(modified.head)));
  }

  /** Capitals the story never writes as an actor: there they are the city, never their state (see {@link #capitalsOnlyAsPlaces}). */
  private final Set<String> capitalsAsPlaces = new HashSet<>();

  /**
   * The capitals (as name keys) that no mention of the story writes as an actor standing for its state:
   * before a verb of saying or acting ("Moscow argues", "Washington warned"), after "with", "against" or
   * "between", beside another state or capital ("Washington and Moscow"), or owning what is no place
   * ("Moscow's alleged deployment", not "Paris' first arrondissement"). A story of a robbery in "central
   * Paris", at "a Paris jewelry store", where "Paris has been the scene of" others, is about the city;
   * one where "Moscow argues" and "talks with Moscow" stand for Russia is about the state.
   */
  private Set<String> capitalsOnlyAsPlaces(List<Phrase> all) {
    Map<Integer, Phrase> owned = new HashMap<>();
    possessorPhrase.forEach((id, owner) -> owned.putIfAbsent(owner.id, phraseById.get(id)));
    Set<String> written = new HashSet<>();
    Set<String> actors = new HashSet<>();
    for (Phrase p : all) {
      if (p.role != Role.NAME) {
        continue;
      }
      String key = Words.nameKey(clean(p.name));
      if (!lexicon.capitals.containsKey(key) || lexicon.seats.contains(key)) {
        continue; // a seat of power that is no city ("the White House", "the Kremlin") stands for its state
      }
      written.add(key);
      String next = p.after.isEmpty() ? "" : p.after.get(0);
      Phrase thing = owned.get(p.id);
      String second = p.after.size() > 1 ? p.after.get(1) : "";
      FramingLexicon.AliasGroup secondGroup = lexicon.aliasGroup(second);
      boolean beside = next.equals("and") && !second.isEmpty() && (lexicon.capitals.containsKey(second) || countries.contains(second)
          || secondGroup != null && "place".equals(secondGroup.kind()));
      if (locatedInList(p)) {
        continue; // "critics in Berlin and Brussels complain": the second is where they are, as the first
      }
      if (PronounResolver.SAYING.contains(next) || ACTING.contains(next) || actsNext(p) || actorBefore(p) || beside
          || stanceFrom(p) || relationBefore(p) || agentOfPassive(p)
          || thing != null && thing.role == Role.NONE && !"place".equals(lexicon.nounKinds.get(thing.head)) && !PLACE_PARTS.contains(thing.head)) {
        actors.add(key);
      }
    }
    written.removeAll(actors);
    return written;
  }

  /**
   * Whether name {@code p} is the last item of a list of names whose first item a locative preposition takes:
   * "in Berlin and Brussels", "to Paris, Rome or Madrid". The preposition governs them all.
   */
  private boolean locatedInList(Phrase p) {
    if (!p.before.equals("and") && !p.before.equals("or")) {
      return false; // (a comma alone ends a phrase as often as it lists: "in Syria, White House spokesman Josh Earnest")
    }
    List<Phrase> ps = corpus.phrases().get(p.article);
    String text = corpus.articles().get(p.article).text();
    Phrase item = p;
    for (int step = 0; step < 8; step++) {
      int at = lastStartingAtOrBefore(ps, item.start - 1);
      Phrase q = at >= 0 ? ps.get(at) : null;
      if (q == null || q.role != Role.NAME || q.end > item.start || q.sentence != item.sentence
          || !listGap(text.substring(q.end, item.start))) {
        return false;
      }
      if (LOCATIVE.contains(q.before)) {
        return true;
      }
      if (!q.before.equals(",")) {
        return false;
      }
      item = q;
    }
    return false;
  }

  /**
   * Whether a verb follows {@code p} in the active voice: "Moscow hailed the talks", not "Paris hit by a
   * heist" nor "Athens was calm" (an auxiliary), nor a word that is also a noun; not in a headline, whose
   * tags often take a noun for a verb ("Paris thieves nab…"; the verbs of {@link #ACTING} are asked for by
   * name everywhere).
   */
  private boolean actsNext(Phrase p) {
    List<Tok> toks = corpus.tokens().get(p.article);
    int k = p.nextToken;
    boolean auxiliary = false;
    if (k < toks.size() && ACTIVE_AUXILIARIES.contains(toks.get(k).lower())) {
      // "Washington has long complained", "Beijing will not respond": the verb after the auxiliary and its
      // adverbs (not a form of "be": "London has been hit", "Moscow will be the host" are no acts).
      int v = k + 1;
      while (v < k + 3 && v < toks.size() && toks.get(v).sentence() == toks.get(k).sentence()
          && (toks.get(v).is("ADV") || toks.get(v).lower().equals("not"))) {
        v++;
      }
      if (v < toks.size() && toks.get(v).sentence() == toks.get(k).sentence() && toks.get(v).is("VERB")) {
        k = v;
        auxiliary = true;
      }
    }
    // A word that is also a noun may be the phrase's next word, not a verb ("Paris thieves"); after an auxiliary
    // it is the verb ("Washington would change course").
    if (k >= toks.size() || !toks.get(k).is("VERB") || AUXILIARIES.contains(toks.get(k).lower())
        || SCENE_VERBS.contains(toks.get(k).lower())
        || !auxiliary && lexicon.isCommonNoun(Words.singular(toks.get(k).lower())) || toks.get(k).sentence() != toks.get(k - 1).sentence()
        || inHeadline(p)) {
      return false;
    }
    return k + 1 >= toks.size() || !toks.get(k + 1).lower().equals("by");
  }

  /**
   * Whether name {@code p} opens a line in capitals (four letters at least) before a comma or a dash, as a dateline
   * does: "MILLBROOK, Ohio —", "BRUSSELS —", "McALLEN, Texas —".
   */
  private boolean dateline(Phrase p) {
    String name = clean(p.name);
    // "McALLEN, Texas —", "MacDILL": the prefix keeps its case
    int prefix = name.startsWith("Mc") ? 2 : name.startsWith("Mac") ? 3 : 0;
    String capitals = prefix > 0 && name.length() > prefix && Character.isUpperCase(name.charAt(prefix))
        ? name.substring(0, prefix).toUpperCase(java.util.Locale.ROOT) + name.substring(prefix) : name;
    if (name.length() < 4 || !capitals.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)
        || !p.determiner.isEmpty() || !p.text.equals(p.name) || p.after.isEmpty() || !DATELINE_MARKS.contains(p.after.get(0))) {
      return false;
    }
    String text = corpus.articles().get(p.article).text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, p.start - 1)) + 1;
    return text.substring(lineStart, p.start).isBlank();
  }

  /** What follows a dateline's place: a comma before its state or country, or a dash before the story. */
  private static final Set<String> DATELINE_MARKS = Set.of(",", "\u2014", "\u2013", "-", "--");

  /**
   * Whether {@code p} is in a headline: a line of the article (its first lines, up to the first that ends
   * with a stop) that ends with none.
   */
  private boolean inHeadline(Phrase p) {
    String text = corpus.articles().get(p.article).text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, p.start - 1)) + 1;
    int lineEnd = text.indexOf('\n', p.start);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
    if (line.isEmpty() || line.endsWith(".") || line.endsWith("!") || line.endsWith("?") || line.endsWith("\"")
        || line.endsWith("\u201d") || line.endsWith(":")) {
      return false;
    }
    // Only the lines before the first sentence that ends: a list item further down is no headline.
    return !endsBefore(text, ". ", lineStart) && !endsBefore(text, ".\n", lineStart);
  }

  /** Whether {@code stop} occurs in {@code text} wholly before {@code at}. */
  private static boolean endsBefore(String text, String stop, int at) {
    int i = text.indexOf(stop);
    return i >= 0 && i + stop.length() <= at;
  }

  /**
   * Verbs whose subject is where things happen rather than who acts: "Paris has seen many raids", "London
   * hosted the talks", "Kabul remained calm".
   */
  private static final Set<String> SCENE_VERBS = Set.of("see", "sees", "seen", "saw", "seeing", "witness", "witnesses",
      "witnessed", "experience", "experiences", "experienced", "suffer", "suffers", "suffered", "endure", "endures",
      "endured", "host", "hosts", "hosted", "become", "becomes", "became", "remain", "remains", "remained", "undergo",
      "undergoes", "underwent", "undergone", "record", "records", "recorded", "get", "gets", "got", "gotten");

  /** Auxiliaries of the active voice that a capital acting may stand before: "Moscow has denied", "Tehran will respond". */
  private static final Set<String> ACTIVE_AUXILIARIES = Set.of("has", "have", "had", "will", "would", "can", "could", "may",
      "might", "should", "must", "did", "does");

  private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "be", "been", "has", "have", "had",
      "will", "would", "can", "could", "may", "might", "should", "must", "does", "did", "do", "'s");

  /** Verbs after a capital that make it an actor: "Moscow accused", "Beijing wants". */
  private static final Set<String> ACTING = Set.of("accused", "accuses", "agreed", "agrees", "rejected", "rejects", "urged",
      "urges", "demanded", "demands", "wants", "wanted", "seeks", "sought", "responded", "responds", "threatened", "threatens",
      "condemned", "condemns", "supports", "supported", "backed", "backs", "refused", "refuses", "vowed", "vows", "believes",
      "considers", "sees", "hopes", "fears", "blamed", "blames", "retaliated", "imposed", "sanctioned", "recalled", "expelled");
  /** Words before a capital that make it an actor: "talks with Moscow", "sanctions against Tehran". */
  private static final Set<String> ACTOR_BEFORE = Set.of("with", "against", "between");
  /** Verbs (in any form: {@link Words#forms}) whose object is someone who acts: "accused Moscow of", "urge Tehran to". */
  private static final Set<String> ACTED_ON = Set.of("accuse", "urge", "press", "warn", "tell", "told", "blame", "criticize",
      "criticise", "pressure", "lobby", "lobbied", "persuade", "convince");

  /** Whether {@code p} follows a word that makes it an actor: {@link #ACTOR_BEFORE}, or a verb of {@link #ACTED_ON}. */
  private static boolean actorBefore(Phrase p) {
    return ACTOR_BEFORE.contains(p.before) || !java.util.Collections.disjoint(Words.forms(p.before), ACTED_ON);
  }

  /**
   * Whether {@code p} is the agent of a passive: after "by" and a participle ("accused by Washington", "backed by
   * Moscow", "imposed by Beijing"); the one who did it, an actor, not a place ("by the river").
   */
  private boolean agentOfPassive(Phrase p) {
    if (!p.before.equals("by")) {
      return false;
    }
    String verb = nounBeforePreposition(p);
    return verb.length() > 4 && verb.endsWith("ed") || PARTICIPLES_BEFORE_BY.contains(verb);
  }

  /** Participles not in -ed before an agent's "by": "led by Moscow", "hit by Washington's sanctions". */
  private static final Set<String> PARTICIPLES_BEFORE_BY = Set.of("led", "held", "made", "taken", "given", "seen", "hit",
      "run", "won", "sought", "brought", "set", "struck", "shaken", "driven", "bought", "sold", "paid", "told", "written",
      "known", "chosen", "thrown", "beaten");
  /** Nouns for parts of a city: owned by a capital, they keep it a place ("Paris' first arrondissement"). */
  private static final Set<String> PLACE_PARTS = Set.of("arrondissement", "district", "suburb", "outskirt", "outskirts", "centre",
      "center", "street", "streets", "square", "airport", "neighborhood", "neighbourhood", "quarter", "area", "mayor", "police",
      "skyline", "metro", "subway", "station", "resident", "residents", "hospital", "university", "zoo", "museum", "hotel");

  /** The character at {@code i}, or a space outside the string. */
  private static char charAt(String s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
  }

  /** The node standing for a name: its alias group, its person, or the name itself. */
  private String nameNode(String written, Phrase p) {
    String name = clean(written);
    int slash = name.indexOf('/');
    if (slash > 0 && slash < name.length() - 1 && !Character.isLetterOrDigit(charAt(name, slash - 2))
        && !Character.isLetterOrDigit(charAt(name, slash + 2))) {
      name = name.substring(0, slash) + name.substring(slash + 1); // "M/S Columbus" is "MS Columbus"
      slash = -1;
    }
    if (slash > 0 && slash < name.length() - 1) {
      // Two names written together with a slash are most often two things named together ("AMD/ATI",
      // "Pages/Numbers", "NYPD/KKK"): the pair is a name of its own, joined to neither. Two names of one
      // thing are one: "ISIS/ISIL", both names of the Islamic State in the alias lexicon; a name and its
      // initials ("the Vardar Liberation Front/VLF").
      String first = name.substring(0, slash);
      String second = name.substring(slash + 1);
      String a = nameNode(first, p);
      String b = nameNode(second, p);
      if (!a.equals(b) && (initialsOf(second, first) || initialsOf(first, second))) {
        union(a, b, "the acronym of");
      }
      return a.equals(b) || find(a).equals(find(b)) ? a : "n:" + Words.nameKey(first) + "/" + Words.nameKey(second);
    }
    String key = withoutLegalForm(Words.nameKey(name));
    if (p != null && p.work) {
      return "n:" + key; // the title of a work is that work's name, whatever names are in it
    }
    String state = p == null ? null : abbreviatedState(p, key);
    if (state != null) {
      key = Words.nameKey(state); // "Fort Smith, Ark.": Arkansas
    }
    key = withoutRegionalEpithet(key);
    String country = lexicon.capitals.get(key);
    // A capital acts for its state ("Moscow argues", "talks with Moscow") unless it is a location:
    // after "in", "to"..., or a dateline in capitals ("LONDON – "). A possessor acts even there ("from
    // Beijing's industrial policy").
    boolean possessor = p != null && isPossessor(p);
    boolean location = p != null && !possessor && (p.role == Role.NAME && (LOCATIVE.contains(p.before) && !stanceFrom(p) && !relationBefore(p)
        || Words.isAcronym(name) || locatedInList(p) || dateline(p)) || beforeAnEvent(p));
    // Nor where the story never writes the state's name: "Moscow" then is one referent, the city and its
    // government ("Trump's Helsinki surrender" in a story that names no Finland is Helsinki).
    if (country != null && !location && !capitalsAsPlaces.contains(key) && namesWritten.contains(Words.nameKey(country))) {
      key = Words.nameKey(country);
    }
    FramingLexicon.AliasGroup g = storyGroup(key);
    if (g != null && !lowerCaseAcronym(g, name, key)) {
      return "a:" + Words.nameKey(g.name());
    }
    if (p != null) {
      String person = fullPersonNode(p);
      if (person != null && clean(p.name).equals(name)) {
        return person;
      }
    }
    if (!key.contains(" ")) {
      // A surname alone: the person with that surname mentioned most; not when it names a prize, a law or
      // a cup after a person the story names ("the Nobel prize" of Alfred Nobel, "the Magnitsky act"):
      // that is a thing of its own. (A name no mention shows to be a person's stays: "the Emmy awards" are
      // the "Primetime Emmy".)
      String best = mostNamed.get(surnameKey(name));
      if (best != null && namesTheThing(p) && backedPersons.contains(best)) {
        best = null;
      }
      // After "bin", "ibn", "bint" the last name is the father's: "King Salman" is not "Mohammed bin Salman".
      if (patronymicPersons.contains(best)) {
        best = null;
      }
      // A firm named after a person ("Ford Motor Company", "Dell Inc.") that the story names more often than
      // the person: a surname alone is the firm's short name in an article that does not write the person's
      // full name ("Ford posted a profit" beside "William Clay Ford Jr." in another article).
      if (best != null && p != null && !hasPersonTitle(p) && sexOf(p) == '?' && firmOverPerson(key)
          && !fullNameArticles.getOrDefault(best, Set.of()).contains(p.article)) {
        best = null;
      }
      // A person's title takes the namesake the corpus gives that title, if only one: "President Trump" is
      // President Donald Trump, not "Ivanka Trump", whom the story may name more often.
      if (best != null && p != null && hasPersonTitle(p)) {
        Set<String> titles = roleTitles(p);
        String surname = surnameKey(name);
        List<String> titled = personsBySurname.getOrDefault(surname, List.of()).stream()
            .filter(n -> !Collections.disjoint(personTitles.getOrDefault(n, Set.of()), titles))
            .toList();
        if (titled.size() == 1) {
          best = titled.get(0);
        }
      }
      // A title that tells the sex takes the person of that sex: "Miss Jenkin" is Katie Jenkin, not her
      // brother John, named more often.
      char titled = p == null ? '?' : sexOf(p);
      if (best != null && titled != '?' && personSex.getOrDefault(best, '?') != titled) {
        String surname = surnameKey(name);
        best = personNodes.stream()
            .filter(n -> surnameOfNode(n).equals(surname) && personSex.getOrDefault(n, '?') == titled)
            .max(Comparator.comparingInt((String n) -> personWeight.get(n)).thenComparing(Comparator.reverseOrder()))
            .orElse(personSex.getOrDefault(best, '?') == '?' ? best : null);
      }
      // A state, a capital or a name the corpus uses as a place ("in Alaska") alone is that place, not the
      // person whose "surname" it is ("Alaska" after a blog's "Palmer Alaska"), unless titled ("Mr Washington");
      // "Lagos" after "Ricardo Lagos", never written "in Lagos", stays the person.
      if (best != null && (countries.contains(key) || lexicon.capitals.containsKey(key) || placeNames.contains(key))
          && (p == null || !hasPersonTitle(p))) {
        best = null;
      }
      if (best != null) {
        return best;
      }
      // Else a name that is the first word of exactly one person's full name, and nobody's surname:
      // "Kim" for Kim Jong Un, "Xi" for Xi Jinping (family name first), "Hillary" for Hillary Clinton.
      // Not after a determiner ("an Oscar" is the award), nor a title ("Indian Naval"), nor a common noun,
      // unless the corpus never writes it in lower case and the full name ends in no common noun either:
      // "Xi", but not "Brooklyn" for a headline's "Brooklyn Mother". The article of a ruler's government is
      // the government's: "the Kim regime" is Kim Jong Un's, as "the Assad regime" is Assad's.
      Set<String> owners = lexicon.isMajorPlace(key) ? firstWordOwners.get(key) : dominant(firstWordOwners.get(key));
      boolean government = p != null && p.role == Role.MODIFIER && lexicon.governmentHeads.contains(p.head);
      if (owners != null && owners.size() == 1 && (p == null || p.determiner.isEmpty() || government) && !isPlace(key)
          && !lexicon.capitals.containsKey(key) && !lexicon.titles.contains(key)
          && !lexicon.nationalities.containsKey(key)
          && (!commonNounAlone(key) || !writtenLowercase.contains(key) && !endsInCommonNoun(owners.iterator().next()))) {
        return owners.iterator().next();
      }
      // Else the middle word of exactly one person's long name, and nobody's surname or first word: "Lula".
      Set<String> middle = middleWordOwners.get(key);
      if (owners == null && middle != null && middle.size() == 1 && (p == null || p.determiner.isEmpty()) && !isPlace(key)
          && !lexicon.capitals.containsKey(key) && !lexicon.titles.contains(key) && !lexicon.nationalities.containsKey(key)
          && !commonNounAlone(key)) {
        return middle.iterator().next();
      }
    } else if (particlesBeforeSurname(name.split(" "))) {
      // A surname written with its particles ("Lo Presti" for Gaetano Lo Presti, "de Klerk").
      String best = mostNamed.get(surnameKey(name));
      if (best != null) {
        return best;
      }
    } else {
      String node = personKey(surnameKey(name), firstName(clean(name).split(" ")));
      if (personNodes.contains(node)) {
        return node;
      }
    }
    return "n:" + key;
  }

  /**
   * Whether a person's node has for surname a common noun or a people's name ("Brooklyn Mother", "Houston
   * Texans"), not a noun that is also a given name, as many surnames are ("Reid", "Thomas").
   */
  private boolean endsInCommonNoun(String node) {
    String surname = surnameOfNode(node);
    for (String w : new String[] {surname, Words.singular(surname)}) {
      if (lexicon.isCommonNoun(w) && !("person".equals(lexicon.nounKinds.get(w)) && lexicon.givenNames.contains(w))
          || lexicon.nationalities.containsKey(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word written alone is more likely a common noun than a first name: a noun WordNet knows,
   * unless it knows it only as a person's name and it is a given name ("Dana", "Laci"; not "Mark",
   * "Bill", "Grant").
   */
  private boolean commonNounAlone(String key) {
    String kind = lexicon.nounKinds.get(key);
    return kind != null && !("person".equals(kind) && lexicon.givenNames.contains(key) && !lexicon.personRoles.contains(key));
  }

  // ---- labels built on names, appositions, speakers, roles -------------------------------------

  /**
   * A government named by its leader, {@code p}, joined where the leader's name {@code node} leads: "the Trump
   * administration" is the state its leader heads, not the person; when the story does not tell which state that
   * is, or he led it before ("the Obama administration"), a referent of its own. "The Assad regime" is the
   * person's.
   */
  private void governmentOfLeader(List<Phrase> all, Phrase p, String node) {
    if (!lexicon.administrationHeads.contains(p.head)) {
      union(node(p), node, "a label built on the name");
      return;
    }
    String state = leaderState(all, node, p.head);
    if (state != null) {
      union(node(p), state, "the government of the state its leader heads:");
      administrationStates.computeIfAbsent(p.head, k -> new HashSet<>()).add(state);
    }
  }

  /**
   * The person's name that owns {@code p} when it is a government and nothing else ("Assad's regime",
   * "Trump's administration"), or null.
   */
  private Phrase leaderOwning(Phrase p) {
    if (p.role != Role.NONE || p.plural || !lexicon.governmentHeads.contains(p.head) || !p.descriptors.equals(List.of(p.head))) {
      return null;
    }
    Phrase owner = possessorPhrase.get(p.id);
    if (owner == null || owner.role != Role.NAME || nameNodeOf.get(owner.id) == null) {
      return null;
    }
    return "person".equals(nameKind(nameNodeOf.get(owner.id), owner.name)) ? owner : null;
  }

  /**
   * Collective nouns for those who back a cause rather than belong to a body: "ISIL loyalists" are the group
   * the name names, "Brexit supporters" no Brexit, whose name is of no group's kind.
   */
  private static final Set<String> ADHERENTS = Set.of("supporter", "loyalist", "zealot");

  private void labels(List<Phrase> all) {
    // What only a firm has, said of a name: "Airbus shares", "Kovix's chief executive" (see clusterKind).
    for (Phrase p : all) {
      String node = nameNodeOf.get(p.id);
      if (node != null && (p.role == Role.MODIFIER && FIRM_PARTS.contains(p.head) || p.role == Role.NAME && hasFirmParts(p))) {
        firmParts.merge(node, 1, Integer::sum);
      }
    }
    for (Phrase p : all) {
      Phrase leader = leaderOwning(p);
      if (leader != null) {
        // "Assad's regime", "Trump's administration": what "the Assad regime", "the Trump administration" are.
        governmentOfLeader(all, p, nameNodeOf.get(leader.id));
        continue;
      }
      if (p.role != Role.OF && p.role != Role.MODIFIER) {
        continue;
      }
      String node = nameNodeOf.get(p.id);
      String kind = nameKind(node, p.name);
      boolean collective = lexicon.collectiveHeads.contains(p.head);
      boolean government = lexicon.governmentHeads.contains(p.head);
      boolean place = lexicon.placeHeads.contains(p.head);
      // "People magazine", "the CNN network": the name with the noun for what it is.
      // "the CAN-SPAM legislation", "the Dodd-Frank law": the law the name names.
      boolean nameAndNoun = p.role == Role.MODIFIER && !p.plural && p.descriptors.equals(List.of(p.head))
          && (p.determiner.isEmpty() || p.determiner.equals("the"));
      boolean itself = nameAndNoun && (SELF_NAMING.contains(p.head) && !kind.equals("place") && !kind.equals("person")
          || LAW_WORDS.contains(p.head) && kind.equals("thing"));
      boolean joins = itself
          || (collective && !kind.equals("place") && !kind.equals("person")
              && (!ADHERENTS.contains(p.head) || kind.equals("group") || kind.equals("organisation")))
              || (government && (kind.equals("person") || kind.equals("place")))
              || statesForces(p) && kind.equals("place") && isState(p.name)
              || (place && p.role == Role.OF && (kind.equals("place") || kind.equals("thing") && p.determiner.equals("the"))
                  && PLACE_ITSELF.contains(p.head) && !partOf(p)) // "the city of Palmer" says Palmer is a city
              || regionNamedBefore(p, kind); // "Indonesia's Aceh province" is Aceh
      if (joins && government && kind.equals("person")) {
        governmentOfLeader(all, p, node);
      } else if (joins) {
        union(node(p), node, "a label built on the name");
      } else if (p.role == Role.MODIFIER) {
        writtenInCapitals(p);
      }
    }
  }

  /**
   * Joins a name and the noun after it written in lowercase to the name the story writes with that noun
   * in capitals: "Marjory Stoneman Douglas high school" (The Guardian's style) is "Marjory Stoneman Douglas
   * High School" of another outlet, "the San Diego County jail" the "San Diego County Jail". Not a noun for
   * a person, which tells where the person is from ("a Brooklyn mother").
   */
  private void writtenInCapitals(Phrase p) {
    if (lexicon.personRoles.contains(p.head) || "person".equals(lexicon.nounKinds.get(p.head))) {
      return; // "a Brooklyn mother" is a mother from Brooklyn, whatever a headline in capitals names
    }
    String text = p.text;
    if (!p.determiner.isEmpty() && text.length() > p.determiner.length()
        && text.substring(0, p.determiner.length()).equalsIgnoreCase(p.determiner)) {
      text = text.substring(p.determiner.length()).strip();
    }
    if (!text.startsWith(p.name + " ") || !Character.isLowerCase(text.charAt(p.name.length() + 1))) {
      return;
    }
    String key = Words.nameKey(clean(text));
    if (keysWritten.contains(key) && !key.equals(Words.nameKey(clean(p.name)))) {
      union(node(p), nameNode(text, null), "its name, written with capitals elsewhere:");
    }
  }

  /**
   * The states whose leader's government a story names by the leader ("the Trump administration"), by
   * the noun it uses ("administration"): a bare "the administration" of that story is that state, when
   * it is one (see {@link #states}).
   */
  private final Map<String, Set<String>> administrationStates = new HashMap<>();

  /** States' leaders by person root: the states their titles name ("U.S. President"), or "former". */
  private Map<String, Set<String>> leaders;

  /** The story's leaders by person root, and its named states: the field {@code leaders}, read once. */
  private Map<String, Set<String>> leaders(List<Phrase> all) {
    if (leaders == null) {
      leaders = new HashMap<>();
      for (Phrase c : all) {
        String node = c.role == Role.NAME ? nameNodeOf.get(c.id) : null;
        if (node == null) {
          continue;
        }
        if (isState(c.name)) {
          leaders.computeIfAbsent(NAMED_STATES, k -> new HashSet<>()).add(find(node));
        }
        List<String> titles = titleWords(c);
        if (titles.stream().noneMatch(lexicon.leaderRoles::contains)) {
          continue;
        }
        Set<String> of = leaders.computeIfAbsent(find(node), k -> new HashSet<>());
        of.addAll(countries(c.titles));
        if (titles.contains("president")) {
          of.add(PRESIDENT);
        }
        if (former(titles)) {
          of.add(FORMER);
        }
      }
    }
    return leaders;
  }

  /**
   * The state that the person of {@code personNode} leads now, for {@code head} (an administration
   * noun), or null: the one state that the person's leader titles name ("U.S. President Donald
   * Trump", "German Chancellor Angela Merkel"); for "administration", a president titled with no state,
   * in a story that names the United States (the word for a presidency there). None for a leader
   * titled "former".
   */
  private String leaderState(List<Phrase> all, String personNode, String head) {
    Map<String, Set<String>> byPerson = leaders(all);
    Set<String> of = byPerson.getOrDefault(find(personNode), Set.of());
    if (of.contains(FORMER)) {
      return null;
    }
    Set<String> states = new HashSet<>(of);
    states.remove(PRESIDENT);
    if (states.size() == 1) {
      return states.iterator().next();
    }
    if (states.isEmpty() && of.contains(PRESIDENT) && head.equals("administration")
        && byPerson.getOrDefault(NAMED_STATES, Set.of()).contains(unitedStates())) {
      return unitedStates();
    }
    return null;
  }

  /**
   * The states whose sitting presidents the story names ({@link #leaderState} for "administration"), for
   * a story that never names an administration by its leader: "the administration" of a story that
   * titles "President Bush" and names the United States is the United States. Null when there are none.
   */
  private Set<String> presidencies() {
    if (presidencies == null) {
      presidencies = new HashSet<>();
      List<Phrase> all = corpus.all();
      for (Map.Entry<String, Set<String>> e : new ArrayList<>(leaders(all).entrySet())) {
        if (!e.getKey().equals(NAMED_STATES) && e.getValue().contains(PRESIDENT)) {
          String state = leaderState(all, e.getKey(), "administration");
          if (state != null) {
            presidencies.add(state);
          }
        }
      }
    }
    return presidencies.isEmpty() ? null : presidencies;
  }

  /** See {@link #presidencies}. */
  private Set<String> presidencies;

  /** Determiners of a speaker's own: "our nation", "my country". */
  private static final Set<String> FIRST_PERSON = Set.of("our", "my");

  private static final String NAMED_STATES = " states";
  private static final String PRESIDENT = " president";
  private static final String FORMER = " former";

  /**
   * Whether {@code p} is a place's name right before a noun for a region it names ("Aceh province", "the
   * Helmand region", "Okinawa prefecture"): the region itself. Not a city, whose name may be another
   * place's with the noun ("Gaza City", "Kansas City"), nor one of several ("an Aceh district").
   */
  private boolean regionNamedBefore(Phrase p, String kind) {
    // A name of no known kind before "province" names one ("Korvel province"); "state" and "department" end
    // bodies' names too ("the Justice Department").
    // "Colts territory" is no Colts: only a place is said to have one.
    boolean named = kind.equals("place")
        || kind.equals("thing") && !p.head.equals("state") && !p.head.equals("department") && !p.head.equals("territory");
    if (p.role != Role.MODIFIER || !named || !REGION_NOUNS.contains(p.head) || p.plural || partOf(p)
        || namesWritten.contains(Words.nameKey(clean(p.name) + " " + p.head))) {
      return false; // nor where the story writes the noun as part of a name ("Pariang County"), which that name's mentions are
    }
    String[] name = Words.nameKey(clean(p.name)).split(" ");
    int head = p.words.size() - 1;
    if (head < name.length || !Words.singular(p.words.get(head)).equals(p.head)) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (!Words.nameKey(p.words.get(head - name.length + i)).equals(name[i])) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> REGION_NOUNS = Set.of("province", "region", "state", "county", "district",
      "territory", "prefecture", "governorate", "oblast", "emirate", "canton", "department");

  /**
   * Place nouns that, before "of" and a place's name, name that place itself ("the province of Latakia",
   * "the port of Salalah"), where "the coast of Sicily" or "the border of Syria" is a part of it.
   */
  private static final Set<String> PLACE_ITSELF = Set.of("country", "province", "city", "town", "village", "region",
      "capital", "territory", "state", "nation", "district", "island", "port");

  /**
   * Nouns that, after an organisation's or a programme's name, name it itself ("People magazine", "the
   * CNN network", "the DACA program"), where "the UN agency", "the Senate committee" or "the NFL team" is a part of it (and "a Christmas
   * party" no organisation).
   */
  private static final Set<String> SELF_NAMING = Set.of("company", "firm", "corporation", "magazine", "newspaper",
      "network", "broadcaster", "airline", "automaker", "carmaker", "program", "programme", "initiative");

  /** Relative pronouns that open what a thing in apposition does ("a consultancy that worked for"). */
  private static final Set<String> RELATIVES = Set.of("that", "which");

  /** Words that may follow a person's role in apposition to the name before it (see {@link #appositions}). */
  private static final Set<String> ROLE_CONTINUATIONS = Set.of("who", "whose", "at", "of", "for", "with", "from", "in",
      "since", "on", "turned", "to");

  /**
   * Whether the singular role {@code x}, then "and", then the titled person's name {@code y}, are titles of
   * that one person: both the role's head and the name's titles are titles ("the company president and
   * CEO Louis Gallois"; not "the defendant and Judge Mary Lee").
   */
  private boolean sharedTitles(Phrase x, Phrase y) {
    return y.role == Role.NAME && !y.titles.isEmpty() && isPersonName(y) && !x.plural && isRoleDescription(x)
        && isRoleHead(x.head) && lexicon.titles.contains(x.head) && lexicon.titles.containsAll(y.titles)
        && (x.determiner.isEmpty() || x.determiner.equals("the"));
  }

  /**
   * The bare role {@code z} joined to the bare role {@code y} by "and", ending its apposition or held
   * somewhere ("senior vice president and general manager for ..."), or null.
   */
  private Phrase coordinatedRole(String text, Phrase y, Phrase z) {
    if (z.sentence != y.sentence || z.start <= y.end || !text.substring(y.end, z.start).strip().equals("and")
        || z.plural || !z.determiner.isEmpty() || !isRoleDescription(z) || !isRoleHead(z.head)) {
      return null;
    }
    String tail = z.end < text.length() ? text.substring(z.end, Math.min(text.length(), z.end + 2)).strip() : "";
    boolean closed = tail.isEmpty() || tail.startsWith(",") || tail.startsWith(".") || tail.startsWith(";");
    return closed || !z.after.isEmpty() && ROLE_HELD_AT.contains(z.after.get(0)) ? z : null;
  }

  /** Bare roles in apposition to a person's name, held somewhere ("Jane Doe, director of ..."). */
  private final Set<Integer> heldRoles = new HashSet<>();

  /** The words after a bare role that tie it to where it is held ("spokesperson for", "director of"). */
  private static final Set<String> ROLE_HELD_AT = Set.of("at", "of", "for", "with");

  /** What stands between a thing and the name it goes by: ", known as", ", officially called", ", dubbed". */
  private static final java.util.regex.Pattern KNOWN_AS = java.util.regex.Pattern.compile(
      "\\s*,?\\s*(?:(?:formally|officially|also|commonly|widely|now|better)\\s+)?(?:known as|called|dubbed|named|nicknamed)\\s+");

  /**
   * Whether {@code thing}, a definite description of one thing that is no person, may go by the name {@code name}, no
   * person's ("The agreement, known as the Joint Comprehensive Plan of Action"; not a person's role, which may end a
   * longer name, nor a person's name, which a body names to a post).
   */
  private boolean mayGoBy(Phrase thing, Phrase name) {
    return name.role == Role.NAME && thing.role == Role.NONE && thing.isDefinite() && !thing.plural
        && !lexicon.personRoles.contains(thing.head) && !"person".equals(lexicon.nounKinds.get(thing.head))
        && (!isPersonName(name) || isFireName(name)); // "the Cedar Fire" is no one, though Cedar is a given name
  }

  /** Prepositions between a thing and what it is for or of: "the amnesty for illegal aliens, known as DACA". */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "of", "on", "against", "to");

  /** What stands between a person's description and the name an authority gives it: ", identified by police as". */
  private static final java.util.regex.Pattern IDENTIFIED_AS = java.util.regex.Pattern.compile(
      "\\s*,\\s*(?:who\\s+(?:was|has been)\\s+)?(?:identified|named)(?:\\s+by\\s+[\\w .]+?)?\\s+as\\s+");

  /** The evidence of a join by apposition, which {@link #labelsGivenBefore} and {@link #rolesHeldByOne} read back. */
  private static final String APPOSITION = "in apposition to";
  /** The evidence of a join by what a sentence says someone is ({@link #predicates}). */
  private static final String PREDICATE = "what the sentence says is";

  /** A person's age written between commas after the name: ", 34,". */
  private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile(",\\s*\\d{1,3}\\s*,");

  /** A rule read at each two adjacent top-level phrases of an article ({@code ps.get(i)} and the one after it). */
  private interface AdjacentRule {
    void read(int article, String text, List<Phrase> ps, int i);
  }

  /** Reads {@code rule} over each article's top-level phrases, at every phrase that has another after it. */
  private void eachAdjacentPair(AdjacentRule rule) {
    for (int a = 0; a < corpus.phrases().size(); a++) {
      String text = corpus.articles().get(a).text();
      List<Phrase> ps = topLevel(corpus.phrases().get(a));
      for (int i = 0; i + 1 < ps.size(); i++) {
        rule.read(a, text, ps, i);
      }
    }
  }

  /**
   * The name an "of" phrase of {@code x} ends in, when {@code x} is a description of no person ("the killing of
   * Marcus Dale") and {@code y}, after it, a description: what {@code y} describes. Else {@code x} itself
   * ("the capital of Syria, Damascus"; "the wife of Jon Marr, a teacher" may be either's).
   */
  private Phrase ofName(Phrase x, Phrase y, Map<Long, Phrase> namesEnding) {
    if (x.role != Role.NONE && x.role != Role.OF || y.role == Role.NAME || y.role == Role.OF || isRoleHead(x.head)
        || lexicon.collectiveHeads.contains(x.head)) {
      return x;
    }
    Phrase name = namesEnding.get((long) x.article << 32 | x.end);
    if (name == null || name.start <= x.start) {
      return x;
    }
    String[] words = x.text.substring(0, name.start - x.start).strip().split("\\s+");
    return words.length >= 2 && words[words.length - 1].equalsIgnoreCase("of") ? name : x;
  }

  /** "his Russian counterpart, Sergey Lavrov," and "Sergei K. Shoigu, the Russian minister of defense". */
  private void appositions() {
    Map<Long, Phrase> namesEnding = new HashMap<>();
    for (List<Phrase> article : corpus.phrases()) {
      for (Phrase p : article) {
        if (p.nested && p.role == Role.NAME) {
          namesEnding.merge((long) p.article << 32 | p.end, p, (u, v) -> u.start <= v.start ? u : v);
        }
      }
    }
    eachAdjacentPair((a, text, ps, i) -> {
      Phrase y = ps.get(i + 1);
      // A description of a deed ending in the name it was done to: the description after it describes that
      // name ("the killing of Marcus Dale, a 28-year-old Black man who", "the arrest of Ivo Marr, a former aide,").
      Phrase x = ofName(ps.get(i), y, namesEnding);
      if (x.sentence == y.sentence && y.start > x.end && mayGoBy(x, y) && KNOWN_AS.matcher(text.substring(x.end, y.start)).matches()) {
        // A thing and the name it goes by: "The agreement, known as the Joint Comprehensive Plan of Action"
        // (not a person's role, which may end a longer name: "the Committee to Re-Elect the President,
        // known as CREEP"; nor a person's name, which a body names to a post: "the academy named actress Lina Dorsey").
        union(node(x), node(y), "known by the name");
        return;
      }
      Phrase w = i > 0 ? ps.get(i - 1) : null;
      Phrase o = ps.get(i);
      if (w != null && w.sentence == y.sentence && o.start > w.end && y.start > o.end && mayGoBy(w, y)
          && OBJECT_PREPOSITIONS.contains(text.substring(w.end, o.start).strip().toLowerCase(java.util.Locale.ROOT))
          && KNOWN_AS.matcher(text.substring(o.end, y.start)).matches()) {
        // The same with what the thing is for or of between: "the Obama-era amnesty for illegal aliens, known as DACA".
        union(node(w), node(y), "known by the name");
        return;
      }
      if (x.sentence == y.sentence && y.start > x.end && y.role == Role.NAME && x.role == Role.NONE && x.isDefinite()
          && x.plural && !clean(y.name).contains(" ") && clean(y.name).endsWith("s") && !isPersonName(y)
          && KNOWN_AS.matcher(text.substring(x.end, y.start)).matches()) {
        // People of a kind and the name they go by, a plural of one word: "the young immigrants, known as Dreamers".
        union(node(x), node(y), "known by the name");
        return;
      }
      if (x.sentence == y.sentence && y.start > x.end && y.role == Role.NAME && x.role == Role.NONE && !x.plural
          && personNoun(x.head) && IDENTIFIED_AS.matcher(text.substring(x.end, y.start)).matches() && isPersonName(y)) {
        // A person and the name an authority gives: "the officer, identified as Sgt. Kyle Brandt", "the victim,
        // identified by police as Dana Ruiz".
        union(node(x), node(y), "identified by the name");
        return;
      }
      // ("The" only before a description that says more than its noun: "the company Apple bought" is none.)
      boolean titleLike = x.determiner.isEmpty() || x.determiner.equals("'s")
          || x.determiner.equals("the") && (x.descriptors.size() >= 2 || x.role == Role.MODIFIER);
      if (x.sentence == y.sentence && y.start > x.end && text.substring(x.end, y.start).isBlank()
          && y.role == Role.NAME && titleLike && describesName(x, y) && !fronted(x)) {
        // A firm's description right before its name, with no determiner or a possessor's, as a title
        // before a person's: "Japanese automaker Toyota", "Boeing's European rival Airbus", "The US car
        // manufacturer General Motors" (not "a company Apple bought"; nor after a preposition: "according
        // to security company Trusteer", whose "the company" elsewhere in the story may be another firm).
        union(node(x), node(y), APPOSITION);
        return;
      }
      if (x.sentence == y.sentence && y.start > x.end && text.substring(x.end, y.start).strip().equals("and")
          && sharedTitles(x, y)) {
        // Two titles held together before the name: "The company president and CEO Louis Gallois".
        union(node(x), node(y), APPOSITION);
        heldRoles.add(x.id);
        return;
      }
      // A comma between the two in one sentence; or a person's age between commas, which is no break
      // either ("Zurana Horton, 34, a mother of 12,").
      String gap = x.sentence == y.sentence && y.start > x.end ? text.substring(x.end, y.start).strip() : "";
      if (!gap.equals(",") && !(AGED.matcher(gap).matches() && x.role == Role.NAME && isPersonName(x))) {
        return;
      }
      String tail = y.end < text.length() ? text.substring(y.end, Math.min(text.length(), y.end + 2)).strip() : "";
      boolean closed = tail.isEmpty() || tail.startsWith(",") || tail.startsWith(".") || tail.startsWith(")") || tail.startsWith(";");
      // A person's role after the name may go on with where or since when it is held, or who the
      // person is: "Benson, a managing editor at WCCO-TV", "O'Connor, a family friend who wrote".
      boolean roleGoesOn = !y.after.isEmpty() && ROLE_CONTINUATIONS.contains(y.after.get(0));
      // A firm's or a body's description may go on with what it does: "Cambridge Analytica, a political
      // consultancy that worked for the campaign", "Hamas, the Islamist group that controls Gaza,".
      boolean relative = !y.after.isEmpty() && RELATIVES.contains(y.after.get(0)) && (y.isIndefinite() || y.determiner.equals("the"));
      Phrase also = i + 2 < ps.size() ? coordinatedRole(text, y, ps.get(i + 2)) : null;
      if (also != null && x.role == Role.NAME && isPersonName(x) && backedPersons.contains(nameNodeOf.get(x.id))
          && isRoleDescription(y) && isRoleHead(y.head) && !y.plural && y.determiner.isEmpty()) {
        // Two roles held together: "Lisa Su, senior vice president and general manager for AMD's products".
        union(node(x), node(y), APPOSITION);
        union(node(x), node(also), APPOSITION);
        heldRoles.add(y.id);
        heldRoles.add(also.id);
        return;
      }
      if (x.role == Role.NAME && y.role == Role.NONE && y.determiner.equals("the") && !y.plural && thingAfterName(x, y)
          && (closed || roleGoesOn || !y.after.isEmpty() && RELATIVES.contains(y.after.get(0)))
          && !listed(text, ps, i - 1, x) && !inList(text, ps, i + 1)) {
        // A program, a law or a product and what the outlet calls it: "DACA, the Obama-era amnesty for illegal
        // aliens", "Obamacare, the health law". What this outlet calls it here joins no other description by its
        // head: a story of one product tells of many of its versions ("Tiger, the newest version", "the 32GB
        // version").
        union(node(x), node(y), APPOSITION);
        heldRoles.add(y.id);
        return;
      }
      // A party's member after a person's name: "Senator Jo Brandt, a Republican,", "Frost, a Republican who is
      // retiring," (a name known to be a person's before "who").
      boolean who = !y.after.isEmpty() && y.after.get(0).equals("who");
      if ((closed || who) && x.role == Role.NAME && isPersonName(x) && (closed || backedPersons.contains(nameNodeOf.get(x.id)))
          && partyMember(y)) {
        union(node(x), node(y), APPOSITION);
        return;
      }
      if (!closed && !roleGoesOn && !relative) {
        return;
      }
      // Going on, only after a name known to be a person's: "Reliance Globalcom, a communications provider in
      // India," is a firm.
      // Or before "who" and a person's noun: "Marcus Dale, a 28-year-old Black man who".
      boolean person = x.role == Role.NAME && isPersonName(x) && (closed || backedPersons.contains(nameNodeOf.get(x.id))
          || !y.after.isEmpty() && y.after.get(0).equals("who") && !y.plural && "person".equals(lexicon.nounKinds.get(y.head)));
      if (closed && isRoleDescription(x) && isRoleHead(x.head) && y.role == Role.NAME && isPersonName(y)
          || person && isRoleDescription(y) && isRoleHead(y.head)
              && (!y.determiner.isEmpty() || !y.plural && (roleGoesOn && ROLE_HELD_AT.contains(y.after.get(0))
                  || closed && y.role == Role.OF))) {
        // With no determiner, only a role held somewhere: "Ian Rintoul, spokesperson for the Refugee
        // Action Coalition", "Jane Doe, professor at Yale", "Jane Doe, director of Defenders of Wildlife,".
        // Such a role is that person's at that place, not "the spokesman" another article speaks of
        // ({@link #sameDescriptions} leaves it out).
        union(node(x), node(y), APPOSITION);
        if (y.determiner.isEmpty()) {
          heldRoles.add(y.id);
        }
      } else if (!closed && !relative && !placeGoesOn(x, y, roleGoesOn)) {
        return;
      } else if (closed && y.role == Role.NAME && describesName(x, y) && !fronted(x) && !listed(text, ps, i + 2, y)
          || x.role == Role.NAME && describesName(y, x) && !y.determiner.isEmpty() && !listed(text, ps, i - 1, x)) {
        union(node(x), node(y), APPOSITION);
      }
    });
  }

  /**
   * Whether {@code y}, after a place's name {@code x} and a comma, describes that place by a place noun and goes on
   * with where it is or what it is of: "Germany, the richest country in Europe,", "Aleppo, the largest city of Syria,".
   */
  private boolean placeGoesOn(Phrase x, Phrase y, boolean goesOn) {
    return goesOn && x.role == Role.NAME && y.role == Role.NONE && y.determiner.equals("the") && !y.plural
        && lexicon.placeHeads.contains(y.head) && (y.after.get(0).equals("in") || y.after.get(0).equals("of"));
  }

  /**
   * A person's role with where it is held, then the name between commas: "Russia's ambassador to the
   * United States, Anatoly Antonov, warned", "a spokesman for the ministry, Igor Konashenkov,". The phrase
   * before the name is the place the role is held at ("to", "for", "at", "in" after the role), so the role
   * is read across it. The name is a person's by its shape where no given name says so: two to four
   * capitalised words, none a common noun, a people's word or a place's. The role is held there, so it is
   * that person's only ("the senior market strategist for Invesco AIM, Fritz Meyer" is not another
   * article's "chief market strategist").
   */
  private void rolesWithTheirPlace() {
    eachAdjacentPair((a, text, ps, i) -> {
      if (i < 1) {
        return;
      }
      Phrase role = ps.get(i - 1);
      Phrase place = ps.get(i);
      Phrase name = ps.get(i + 1);
      if (role.sentence != place.sentence || place.sentence != name.sentence || place.start <= role.end || name.start <= place.end
          || !ROLE_PLACE_LINKS.contains(text.substring(role.end, place.start).strip())
          || !text.substring(place.end, name.start).strip().equals(",") || name.role != Role.NAME
          || !isRoleDescription(role) || !isRoleHead(role.head) || role.plural || role.determiner.isEmpty()) {
        return;
      }
      String tail = name.end < text.length() ? text.substring(name.end, Math.min(text.length(), name.end + 2)).strip() : "";
      if ((tail.startsWith(",") || tail.startsWith(".")) && (isPersonName(name) || personShaped(name))) {
        // A role held there: that person's, not "the strategist" another article speaks of ({@link #sameDescriptions}).
        union(node(role), node(name), APPOSITION);
        heldRoles.add(role.id);
      }
    });
  }

  /**
   * A noun for the one who did a deed, and the one person the story says did it: "the accuser", "his
   * accuser", "Kavanaugh accuser" is the person of whom an article writes that she accused ("Christine
   * Blasey Ford, who has accused Kavanaugh of", or "the professor who has accused" in apposition to her
   * name), "the killer" the one who killed. Only where one person (one referent) of the whole corpus is
   * written so, right before the verb or its "who"; never a plural, an indefinite ("an accuser", a new
   * one), nor one with a count or "other" ("the second accuser").
   */
  private void doersOfTheDeed(List<Phrase> all) {
    Map<String, Set<String>> doers = new HashMap<>();
    for (int a = 0; a < corpus.phrases().size(); a++) {
      String text = corpus.articles().get(a).text();
      for (Phrase q : corpus.phrases().get(a)) {
        // A person's name, or a person's description in apposition to it ("Christine Blasey Ford, the
        // California professor who has accused").
        boolean person = q.role == Role.NAME && isPersonName(q) || (q.role == Role.NONE || q.role == Role.MODIFIER) && isRoleHead(q.head);
        if (q.end >= text.length() || q.plural || !person) {
          continue;
        }
        java.util.regex.Matcher m = DEED.matcher(text.substring(q.end, Math.min(text.length(), q.end + 60)));
        if (m.lookingAt()) {
          String verb = m.group(1).toLowerCase(java.util.Locale.ROOT);
          DOERS.forEach((noun, forms) -> {
            if (forms.matcher(verb).matches()) {
              doers.computeIfAbsent(noun, k -> new HashSet<>()).add(node(q));
            }
          });
        }
      }
    }
    if (doers.isEmpty()) {
      return;
    }
    for (Phrase p : all) {
      Set<String> who = doers.get(p.head);
      if (who == null || p.plural || !(p.role == Role.NONE || p.role == Role.MODIFIER)
          || !(DOER_DETERMINERS.contains(p.determiner) || p.determiner.isEmpty() && p.role == Role.MODIFIER)
          || ordinalOf(p) != null || p.words.stream().anyMatch(w -> Phrase.isCount(w) || OTHER_ONES.contains(w))) {
        continue;
      }
      Set<String> roots = new HashSet<>();
      who.forEach(m -> roots.add(find(m)));
      if (roots.size() == 1) {
        union(node(p), who.iterator().next(), "the one the story says did it");
      }
    }
  }

  /** After a name: ", who has" and the like, then a verb (its group 1). */
  private static final java.util.regex.Pattern DEED = java.util.regex.Pattern.compile(
      "(?:\\s*,?\\s*who)?(?:\\s+(?:has|had|have|allegedly|reportedly|publicly|first|also|then|later|now))*\\s+(\\p{L}+)");

  /** Nouns for the one who did a deed, and the forms of its verb that tell who did it. */
  private static final Map<String, java.util.regex.Pattern> DOERS = doers(
      "accuser", "accus(?:es|ed)", "attacker", "attack(?:s|ed)", "assailant", "(?:attack|assault)(?:s|ed)",
      "killer", "kill(?:s|ed)", "murderer", "murder(?:s|ed)", "shooter", "shot|shoots", "stabber", "stab(?:s|bed)",
      "kidnapper", "kidnapp?(?:s|ed)", "abductor", "abduct(?:s|ed)", "assassin", "assassinat(?:es|ed)",
      "hijacker", "hijack(?:s|ed)", "bomber", "bomb(?:s|ed)", "leaker", "leak(?:s|ed)", "robber", "rob(?:s|bed)");

  /** A map of nouns to the compiled patterns of their verbs' forms, from pairs of them. */
  private static Map<String, java.util.regex.Pattern> doers(String... nounsAndForms) {
    Map<String, java.util.regex.Pattern> out = new HashMap<>();
    for (int i = 0; i + 1 < nounsAndForms.length; i += 2) {
      out.put(nounsAndForms[i], java.util.regex.Pattern.compile(nounsAndForms[i + 1]));
    }
    return Map.copyOf(out);
  }

  /** A doer's noun with these determiners, or none after a name that modifies it ("Kavanaugh accuser"). */
  private static final Set<String> DOER_DETERMINERS = Set.of("the", "his", "her", "their", "'s");

  /** Words that make a doer's noun another one: "the other accuser", "another accuser", "a new accuser". */
  private static final Set<String> OTHER_ONES = Set.of("other", "another", "new", "latest", "alleged", "second", "third");

  /** The words between a role and where it is held: "ambassador to", "spokesman for", "chief at", "envoy in". */
  private static final Set<String> ROLE_PLACE_LINKS = Set.of("to", "for", "at", "in");

  /** A word of letters with a capital first: "Antonov", "O'Neill", "Jean-Luc". */
  private static final java.util.regex.Pattern CAPITALISED_WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

  /** Whether a name has a person's shape: two to four capitalised words of letters, none a common noun, a people's word or a place's. */
  private boolean personShaped(Phrase p) {
    String[] words = clean(p.name).split(" ");
    if (words.length < 2 || words.length > 4 || isPlace(clean(p.name))) {
      return false;
    }
    for (String w : words) {
      String f = Words.fold(w);
      if (!CAPITALISED_WORD.matcher(w).matches() || lexicon.isCommonNoun(f) || lexicon.isCommonNoun(Words.singular(f))
          || lexicon.nationalities.containsKey(f) || isOrganisationNoun(f) || isPlace(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What stands between a person's name and what the sentence says the person is: "is", "was", "became",
   * "remains", "was named", "has been elected", "was chosen as", "declared himself", with an adverb of time
   * ("is now", "was also") or a day before the verb ("on Wednesday named himself"), in a relative clause too (",
   * who is"), the role maybe in quotation marks ("named himself \"interim president\""); never a negation ("is
   * not", "was never").
   */
  private static final java.util.regex.Pattern IS = java.util.regex.Pattern.compile(
      "(?:\\s*,\\s*who)?(?:\\s+on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\\s+(?:is|was|has been|had been|became|becomes|remains|remained|will become|would become|will be|would be"
          + "|(?:is|was|were|has been|had been|will be|would be)\\s+(?:named|elected|chosen|appointed|voted|crowned|selected|picked|nominated|confirmed|sworn in)"
          + "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?:\\s+as)?"
          + "|(?:named|elected|chosen|appointed|voted|crowned|selected|picked|nominated)\\s+as"
          + "|(?:declared|declares|declaring|proclaimed|proclaims|proclaiming|crowned|crowns|named|names)\\s+(?:himself|herself)(?:\\s+as)?)"
          + "(?:\\s+(?:now|also|still|currently|officially|formally|once|later|already|again|then))?\\s+[\"\u201c]?");

  /** Verbs of choosing someone for a role, whose object is then what follows "as": "named Hugh Jackman as the host". */
  private static final Set<String> CHOOSING = Set.of("named", "names", "name", "appointed", "appoints", "chose", "chooses",
      "picked", "picks", "selected", "selects", "tapped", "taps", "hired", "hires", "nominated", "nominates", "unveiled",
      "unveils", "elected", "elects", "installed", "confirmed", "recognized", "recognizes", "recognizing", "recognised",
      "recognises", "recognising");
  /** Between a chosen person's name and the role: "as", after the person's age between commas ("Jackman, 40, as"). */
  private static final java.util.regex.Pattern AS = java.util.regex.Pattern.compile("(?:\\s*,\\s*\\d+\\s*,)?\\s+as\\s+");

  /**
   * A person and what the sentence says the person is: "Hansbrough was named National Player of the Year",
   * "Jackman was named on Friday as host of the Oscars", "unveiled Hugh Jackman as the host",
   * "Gupta would be the next surgeon general", "Reid became a regular on the party circuit", and the other
   * way round, "the gunman was Leon Walker". An indefinite or bare role joins that person in this sentence
   * only: like a role in apposition without a determiner, it joins no other description by its head ({@link
   * #heldRoles}); a definite one, or a title written as a name, is that person's in the whole story.
   */
  private void predicates() {
    eachAdjacentPair((a, text, ps, i) -> {
      Phrase x = ps.get(i);
      Phrase y = ps.get(i + 1);
      if (x.sentence != y.sentence || y.start <= x.end || x.plural || y.plural) {
        return;
      }
      // "named Hugh Jackman as the host", "unveiled Hugh Jackman as the host": a verb of choosing, its object, "as".
      boolean chosenAs = CHOOSING.contains(x.before) && AS.matcher(text.substring(x.end, y.start)).matches()
          && x.role == Role.NAME && isPersonName(x);
      if (!chosenAs && !IS.matcher(text.substring(x.end, y.start)).matches()) {
        return;
      }
      Phrase person = null;
      Phrase role = null;
      if (x.role == Role.NAME && isPersonName(x) && predicatedRole(y)) {
        person = x;
        role = y;
      } else if (y.role == Role.NAME && isPersonName(y) && x.isDefinite() && predicatedRole(x) && !x.text.contains(" of ")) {
        person = y; // "The gunman was Leon Walker"
        role = x;
      }
      if (person != null) {
        union(node(person), node(role), PREDICATE);
        // "A bishop", "coach": any of its kind elsewhere in the story; "the team's captain" and a title
        // written as a name ("National Coach of the Year") are one person in the whole story.
        if (!role.isDefinite() && !(role.determiner.isEmpty() && Words.isCapitalised(role.text))) {
          heldRoles.add(role.id);
        }
      }
    });
  }

  /**
   * Whether {@code p} can be what a sentence says a person is: one person's role or description by a noun
   * for people ("the next surgeon general", "a senior", "the gunman", "National Player of the Year"), not a
   * person's name, a nationality or a party's member ("a Republican"), and not what the sentence says the person
   * is not ("Felt was no liberal").
   */
  private boolean predicatedRole(Phrase p) {
    if (p.plural || p.head == null || p.head.isEmpty() || lexicon.nationalities.containsKey(p.head) || partyMember(p)
        || p.determiner.equals("another") || p.determiner.equals("no") || p.words.contains("other") || p.words.contains("one")) {
      return false;
    }
    if (p.role == Role.NAME) {
      return !isPersonName(p) && (p.name.contains(" ") && personNoun(Words.singular(p.head)));
    }
    return (p.role == Role.NONE || p.role == Role.OF) && (personNoun(p.head) || isRoleHead(p.head));
  }

  /**
   * The words that give the name a person goes by, right before it, after a comma, a dash or a bracket:
   * ", known as", ", better known as", "(nicknamed", ", a.k.a." (not "Okafor dubbed Brandt", whose name is
   * Brandt's).
   */
  private static final java.util.regex.Pattern GOES_BY = java.util.regex.Pattern.compile(
      "(?i)[,(\u2013\u2014-]\\s*(?:(?:also|better|widely|commonly|popularly|affectionately|often|sometimes|later|since)\\s+)?"
          + "(?:known\\s+as|nicknamed|dubbed|a\\.?k\\.?a\\.?|alias)\\s*,?\\s*[\"\u201c'\u2018]?\\s*$");

  /** Verbs that give someone a name of the speaker's own, with the person as their object: "called Kim "Rocket Man"". */
  private static final Set<String> NAMING_VERBS = Set.of("called", "calls", "call", "calling", "dubbed", "dubs", "dub",
      "dubbing", "nicknamed", "nicknames", "branded", "brands", "labelled", "labeled", "labels");

  /**
   * A person and a name the person goes by or is given: "W. Mark Felt, the associate director of the FBI
   * who, better known as "Deep Throat," became ..."; "Marcus Webb, nicknamed "The Wall,""; "Ortiz dubbed
   * Hale "the Butcher"". The person's name comes first in the sentence, and between it and the words
   * that give the name stand no other person's name and no verb (a relative "who" and descriptions may);
   * or a verb of naming has the person's name as its object, and the given name follows it at once. The
   * given name is then another name of that person wherever the story writes it.
   */
  private void nicknames() {
    eachAdjacentPair((a, text, ps, i) -> {
      Phrase y = ps.get(i + 1);
      if (y.role != Role.NAME) {
        return;
      }
      Phrase x = ps.get(i);
      if (x.sentence != y.sentence || x.end > y.start) {
        return;
      }
      if (x.role == Role.NAME && isPersonName(x) && QUOTE_ONLY.matcher(text.substring(x.end, y.start)).matches()
          && NAMING_VERBS.contains(x.before)) {
        nameGiven(x, y);
        return;
      }
      if (!GOES_BY.matcher(text.substring(x.end, y.start)).find()) {
        return;
      }
      for (int k = i; k >= 0 && ps.get(k).sentence == y.sentence; k--) {
        Phrase z = ps.get(k);
        if (z.role == Role.NAME && isPersonName(z)) {
          if (!verbBetween(corpus.sentence(a, y.sentence), z.end, y.start)) {
            nameGiven(z, y);
          }
          break;
        }
      }
    });
  }

  /**
   * What a writer or a speaker calls someone or something, by a verb of naming with its object and then
   * the label ("called Mueller's investigation a "witch hunt"", "called the migrant caravan an invasion"), or
   * by a verb of describing and "as" ("dismissed the probe as a disaster", "hailed the deal as a victory"): the
   * label is a mention of what it labels, in that sentence only (it joins no other description by its head),
   * where framing is read. Not a time or an amount ("called the police a week later").
   */
  private void labelsGiven() {
    eachAdjacentPair((a, text, ps, i) -> {
      Phrase x = ps.get(i);
      Phrase y = ps.get(i + 1);
      if (x.sentence != y.sentence || x.end > y.start || y.role != Role.NONE || y.head == null || y.head.isEmpty()) {
        return;
      }
      String gap = text.substring(x.end, y.start);
      boolean naming = NAMING_VERBS.contains(x.before) && LABEL_GAP.matcher(gap).matches();
      boolean describing = DESCRIBING_VERBS.contains(x.before) && AS_GAP.matcher(gap).matches();
      if (!naming && !describing || weak(y) || isMeasure(y) || !Words.isWord(y.head)) {
        return;
      }
      // One bare word may be an adjective read as a noun ("described the talks as constructive").
      boolean article = ARTICLE_IN_GAP.matcher(gap).find();
      if (y.words.size() < 2 && y.determiner.isEmpty() && !article && !y.plural) {
        return;
      }
      String sense = lexicon.nounKinds.get(y.head);
      if ("time".equals(sense) || "quantity".equals(sense)) {
        return;
      }
      union(node(y), node(x), "the label this sentence gives");
      heldRoles.add(y.id);
      labelsGivenIds.add(y.id);
    });
  }

  /** The labels {@link #labelsGiven} found: never what a referent is shown by while it has another mention. */
  private final Set<Integer> labelsGivenIds = new HashSet<>();

  /** An article anywhere in the gap before a label ("called it a "witch hunt""). */
  private static final java.util.regex.Pattern ARTICLE_IN_GAP = java.util.regex.Pattern.compile("\\b(?:a|an|the)\\b");

  /** Between a verb of naming's object and the label: nothing, or an article and a quotation mark. */
  private static final java.util.regex.Pattern LABEL_GAP =
      java.util.regex.Pattern.compile("\\s*(?:(?:a|an|the)\\s+)?[\"\u201c'\u2018]?\\s*");
  /** Between a verb of describing's object and the label: "as", an article, a quotation mark. */
  private static final java.util.regex.Pattern AS_GAP =
      java.util.regex.Pattern.compile("\\s+as\\s+(?:(?:a|an|the)\\s+)?[\"\u201c'\u2018]?\\s*");
  /** Verbs that describe their object as what follows "as": "dismissed the probe as a disaster". */
  private static final Set<String> DESCRIBING_VERBS = Set.of("described", "describes", "describing", "describe",
      "dismissed", "dismisses", "dismissing", "denounced", "denounces", "denouncing", "characterized", "characterised",
      "characterizes", "characterises", "portrayed", "portrays", "portraying", "painted", "paints", "hailed", "hails",
      "hailing", "derided", "derides", "decried", "decries", "condemned", "condemns", "slammed", "slams", "blasted",
      "blasts", "branded", "brands", "labelled", "labeled", "labels", "cast", "casts", "touted", "touts", "praised",
      "praises", "criticized", "criticised", "criticizes", "criticises", "attacked", "attacks", "mocked", "mocks",
      "ridiculed", "ridicules", "framed", "frames");

  /** The names {@link #nicknames} found given to people: never the name a person's referent is shown by. */
  private final Set<String> nicknamesGiven = new HashSet<>();

  /** Nothing but spaces, a comma or an opening quotation mark. */
  private static final java.util.regex.Pattern QUOTE_ONLY = java.util.regex.Pattern.compile("\\s*,?\\s*[\"\u201c'\u2018]\\s*");

  /** Joins the name {@code given} to the person {@code person}, and keeps it from being the name shown. */
  private void nameGiven(Phrase person, Phrase given) {
    declaredSame(node(person), node(given), "the name given to");
    nicknamesGiven.add(clean(given.name));
  }

  /** Whether a verb (other than the words that give a name) stands in a sentence between two offsets. */
  private static boolean verbBetween(List<Tok> sentence, int from, int to) {
    for (Tok t : sentence) {
      if (t.start() >= from && t.end() <= to && (t.is("VERB") || t.is("AUX"))
          && !NAMING_VERBS.contains(t.lower()) && !t.lower().equals("known")) {
        return true;
      }
    }
    return false;
  }

  /** Words for a person's kin or partner: before a name, a name of a person. */
  private static final Set<String> KIN = Set.of("son", "daughter", "wife", "husband", "brother", "sister", "father",
      "mother", "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece", "uncle", "aunt", "cousin",
      "half-brother", "half-sister", "stepson", "stepdaughter", "stepfather", "stepmother", "fiance", "fiancé",
      "fiancee", "fiancée", "girlfriend", "boyfriend", "widow", "widower", "partner");

  /**
   * Whether {@code word} is a word for kin by blood or marriage, who often bear the surname of the one they are
   * kin to ("first daughter Ivanka Trump", "his wife Melania"); not an unmarried partner ("his pregnant
   * girlfriend Ka'Loni Flynn", the story's victim, is no namesake's kin).
   */
  private static boolean namesakeKin(String word) {
    return KIN.contains(word) && !UNMARRIED_PARTNERS.contains(word);
  }

  private static final Set<String> UNMARRIED_PARTNERS = Set.of("girlfriend", "boyfriend", "fiance", "fiancé", "fiancee",
      "fiancée", "partner");

  /** Each description right before a person's name, with that name ({@link #rolesBeforeNames}). */
  private final List<Phrase[]> rolesBefore = new ArrayList<>();

  /**
   * A role only one named person holds in the story: a description of a person's noun with nothing but
   * adjectives before it ("the gunman", "his pregnant girlfriend"), right before the names of one person
   * only ("the gunman Eric Kirkton", "his girlfriend Kaloni Flynn"), is that person's there, and so is
   * every singular description of that noun the story writes with "the" or an owner and nothing but
   * adjectives ("The gunman fled", "his pregnant girlfriend"), unless it already stands for another named
   * person. A noun before it ("the nerve agent") makes another thing of it, and two people named with one
   * role ("the victim Ana Ruiz", "the victim Li Wei") leave its descriptions alone; so do nationalities ("the
   * American"), an owner that is the holder ("AMD's rival") and a holder no mention shows to be a person.
   */
  private void rolesHeldByOne(List<Phrase> all) {
    Map<String, Set<String>> holders = new LinkedHashMap<>();
    Map<String, List<Phrase[]>> held = new LinkedHashMap<>();
    for (Phrase[] r : rolesBefore) {
      Phrase x = r[0];
      if (!x.plural && personNoun(x.head) && onlyAdjectives(x)) {
        holders.computeIfAbsent(x.head, k -> new HashSet<>()).add(find(node(r[1])));
        held.computeIfAbsent(x.head, k -> new ArrayList<>()).add(r);
      }
    }
    // A role written as a title of the name ("the gunman Eric Kirkton" read as one name titled "gunman").
    for (Phrase y : all) {
      if (y.role == Role.NAME && !y.titles.isEmpty() && isPersonName(y)) {
        String t = y.titles.get(y.titles.size() - 1);
        if (personNoun(t) && !lexicon.titles.contains(t)) {
          holders.computeIfAbsent(t, k -> new HashSet<>()).add(find(node(y)));
          held.computeIfAbsent(t, k -> new ArrayList<>()).add(new Phrase[] {null, y});
        }
      }
    }
    // A role given in apposition or by what a sentence says ("Ann Ray, the California professor who"), definite:
    // held by that person only in the articles that name the person ("the president" of another is another's).
    Set<String> apposed = new HashSet<>();
    for (Phrase p : all) {
      String[] v = sentenceJoin(p);
      // Not a role of something ("the head of the agency" holds no "head").
      if (!bareRole(p) || p.plural || !p.isDefinite() || !personNoun(p.head) || v == null || !v[1].startsWith("m")
          || p.text.contains(" of ")) {
        continue;
      }
      Phrase name = phraseById.get(Integer.parseInt(v[1].substring(1)));
      if (name != null && name.role == Role.NAME && isPersonName(name)) {
        holders.computeIfAbsent(p.head, k -> new HashSet<>()).add(find(node(name)));
        held.computeIfAbsent(p.head, k -> new ArrayList<>()).add(new Phrase[] {null, name});
        apposed.add(p.head);
      }
    }
    Map<String, List<Phrase>> byHead = new HashMap<>();
    for (Phrase p : all) {
      if (p.role != Role.NAME && !p.plural && held.containsKey(p.head) && !heldRoles.contains(p.id)
          && (p.determiner.equals("the") || POSSESSIVE_DETERMINERS.contains(p.determiner)) && bareRole(p)) {
        byHead.computeIfAbsent(p.head, k -> new ArrayList<>()).add(p);
      }
    }
    held.forEach((head, roles) -> {
      if (holders.get(head).size() != 1) {
        return;
      }
      Phrase name = roles.get(0)[1];
      if (!KIN.contains(head) && !shownPerson(name)) {
        return; // "chief Intel rival AMD": a firm, whatever the role noun says
      }
      for (Phrase[] r : roles) {
        if (r[0] != null) {
          union(node(r[0]), node(r[1]), "the role only this person holds in the story");
        }
      }
      for (Phrase p : byHead.getOrDefault(head, List.of())) {
        Set<String> people = peopleUnder(find(node(p)));
        Phrase owner = possessorPhrase.get(p.id);
        // "AMD's rival" is not AMD.
        boolean ownRole = owner != null && find(node(owner)).equals(find(node(name)));
        // With a name before its head ("the Palo Alto University professor"), only where the article names the holder.
        boolean named = p.role == Role.NONE && !apposed.contains(head) || mentions(p.article, find(node(name)));
        if (people.isEmpty() && !ownRole && named) {
          union(node(p), node(name), "the role only this person holds in the story");
        }
      }
    });
  }

  /**
   * Whether {@code p} is a role with nothing but adjectives before its head ({@link #onlyAdjectives}), and at most
   * a place's or a body's name: "his pregnant girlfriend", "the Palo Alto University professor", "the Iowa
   * senator" (not "the nerve agent", nor "the Trump aide").
   */
  private boolean bareRole(Phrase p) {
    return (p.role == Role.NONE || namedPlaceOrBody(p)) && onlyAdjectives(p); // a name's words are no descriptors
  }

  /** Whether {@code p}'s name before its head is a place's or a body's, not a person's. */
  private boolean namedPlaceOrBody(Phrase p) {
    if (p.role != Role.MODIFIER || p.name == null || isPersonName(p)) {
      return false;
    }
    String kind = nameKind(nameNodeOf.get(p.id), p.name, p);
    return kind.equals("place") || kind.equals("organisation");
  }

  /**
   * The join that put {@code p} with its referent, when it is what a sentence gave it: an apposition or what the
   * sentence says someone is ({@code {rule, partner}}); else null.
   */
  private String[] sentenceJoin(Phrase p) {
    String[] v = via.get(node(p));
    return v != null && (v[0].equals(APPOSITION) || v[0].equals(PREDICATE)) ? v : null;
  }

  /**
   * A headline's description is what its article's body describes by the same noun with at least its words:
   * "Rogue regime" over "The rogue regime in Pyongyang launched ...", "Gunman" over "a gunman opened fire", "Quake"
   * over "A strong earthquake struck" (a word of its near-identity set; a
   * headline drops its articles and says less). Only where every such description of the body is one referent,
   * and one of the same number; never "another" or "other" one.
   */
  private void headlineDescriptions(List<Phrase> all) {
    // A headline's description the other rules have joined already to a mention of a body is left as they
    // joined it: this rule only places those they left alone, so it never bridges two referents. Several
    // articles' headlines the rules joined to each other ("Quake", "Aceh quake") are placed together, where what
    // each one's body describes so is one referent.
    Map<String, Integer> sizes = new HashMap<>();
    Set<String> inBodies = new HashSet<>();
    for (Phrase p : all) {
      sizes.merge(find(node(p)), 1, Integer::sum);
      if (!corpus.articles().get(p.article).inHeadline(p.start, p.end)) {
        inBodies.add(find(node(p)));
      }
    }
    // Per group of headlines, the roots their bodies place them in ("?" and the headline's id where one body
    // has none or several); per headline with one, the group and the body's first such description.
    Map<String, Set<String>> placed = new HashMap<>();
    List<Phrase> headlines = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Phrase> firsts = new ArrayList<>();
    for (int a = 0; a < corpus.phrases().size(); a++) {
      org.parallax.corpus.Article article = corpus.articles().get(a);
      List<Phrase> ps = corpus.phrases().get(a);
      for (Phrase h : ps) {
        String group = find(node(h));
        if (h.role != Role.NONE || weak(h) || !article.inHeadline(h.start, h.end)
            || isMeasure(h) || sizes.get(group) > 1 && inBodies.contains(group)) {
          continue;
        }
        Set<String> key = descriptionKey(h);
        Set<String> roots = new HashSet<>();
        Phrase first = null;
        // Its own noun first; only where the body has none, another word of its near-identity set ("Quake").
        for (boolean sameHead : new boolean[] {true, false}) {
          for (Phrase b : ps) {
            if (b != h && (sameHead ? b.head.equals(h.head) : oneThingsWords(b.head, h.head)) && b.plural == h.plural
                && b.role != Role.NAME && !article.inHeadline(b.start, b.end) && !b.determiner.equals("another")
                && !b.words.contains("other") && descriptionKey(b).containsAll(key)) {
              roots.add(find(node(b)));
              first = first == null ? b : first;
            }
          }
          if (!roots.isEmpty()) {
            break;
          }
        }
        placed.computeIfAbsent(group, k -> new HashSet<>()).addAll(roots.size() == 1 ? roots : Set.of("?" + h.id));
        if (roots.size() == 1) {
          headlines.add(h);
          groups.add(group);
          firsts.add(first);
        }
      }
    }
    // A group's headlines placed by every article that describes it so, in one referent; a headline whose
    // body has none or several such descriptions ("?") leaves its group alone.
    for (int k = 0; k < headlines.size(); k++) {
      Set<String> roots = placed.get(groups.get(k));
      if (roots.size() == 1 && !roots.iterator().next().startsWith("?")) {
        union(node(headlines.get(k)), node(firsts.get(k)), "what the body of its article describes so, as");
      }
    }
  }

  /** Whether {@code word} is of a near-identity set of things. */
  private boolean oneThingsWord(String word) {
    return oneThingsWords(word, word);
  }

  /** Whether two nouns are words of one near-identity set of things ("quake", "earthquake"; kinds.json). */
  private boolean oneThingsWords(String a, String b) {
    for (List<String> set : lexicon.nearIdentityThings) {
      if (set.contains(a) && set.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person named as a sentence's subject and described as the next one's: "Mara Quell has entered rehab, her
   * publicist said. The actress, 33, starred in …", "Donald Varga arrived in Ohio. The billionaire told
   * supporters …". Only a description with "the" and a noun for a person, nothing but adjectives and common
   * nouns before it (no nationality, no name, no title some person holds: those the title rules read), that
   * opens its sentence; only where the sentence before opens with that person's name (a given name, a title or
   * a noun for a person somewhere shows it a person's) and names no other person (the description may be the
   * object's: "... if he needed to meet Felt. The G-man would"), of a sex the noun does not contradict ("The
   * actress" of a man), and the description is no named one's yet (other articles' descriptions of that noun
   * may have joined it: "his nominee" ... "The nominee").
   */
  private void subjectDescribed() {
    Set<String> named = namedRoots();
    // Names that a noun for a person describes somewhere, in apposition or as what a sentence says they are ("Jair
    // Bolsonaro, a far-right former army captain"): people, though no given name the lexicon knows says so.
    Set<String> described = new HashSet<>();
    for (Phrase p : corpus.all()) {
      if (p.role == Role.NONE && !p.plural && personNoun(p.head) && named.contains(find(node(p)))) {
        described.add(find(node(p)));
      }
    }
    for (int a = 0; a < corpus.phrases().size(); a++) {
      List<Phrase> ps = corpus.phrases().get(a);
      List<Tok> toks = corpus.tokens().get(a);
      Map<Integer, Phrase> opening = new HashMap<>();
      Map<Integer, Set<String>> peopleIn = new HashMap<>();
      Map<String, Set<String>> titled = new HashMap<>();
      int t = 0;
      for (Phrase p : ps) {
        String node = p.role == Role.NAME ? nameNodeOf.get(p.id) : null;
        if (node != null && node.startsWith("p:")) {
          peopleIn.computeIfAbsent(p.sentence, k -> new HashSet<>()).add(find(node));
          p.titles.forEach(w -> titled.computeIfAbsent(w, k -> new HashSet<>()).add(find(node)));
        }
        while (t < toks.size() && toks.get(t).sentence() < p.sentence) {
          t++;
        }
        if (!p.nested && t < toks.size() && toks.get(t).start() == p.start) {
          opening.putIfAbsent(p.sentence, p);
        }
      }
      for (Phrase d : ps) {
        Phrase subject = opening.get(d.sentence - 1);
        // A place's name may say where the person is from: "The Kentucky Republican said".
        if (opening.get(d.sentence) != d || subject == null || subject.role != Role.NAME
            || d.role != Role.NONE && !(d.role == Role.MODIFIER && fromPlace(d)) || d.plural || !d.determiner.equals("the") || d.inQuote || !personNoun(d.head)
            || named.contains(find(node(d))) || !describesOnly(d)) {
          continue;
        }
        String node = nameNodeOf.get(subject.id);
        // A title someone else holds in the article is that one's to read ("the senator" of Senator Ames); a
        // description that says more after its noun ("The police chief in Kodiak", "The guy who had it before")
        // or whose noun the article used before for another ("their next witness … The fearful witness") is another's.
        if (node == null || !node.startsWith("p:")) {
          continue;
        }
        Set<String> holders = titled.getOrDefault(d.head, Set.of());
        if (holders.stream().anyMatch(h -> !h.equals(find(node))) || !Words.fold(d.text).endsWith(d.words.get(d.words.size() - 1))
            || !d.after.isEmpty() && SAYS_MORE_AFTER.contains(d.after.get(0))
            || ps.stream().anyMatch(o -> o.start < d.start && o != d && o.role == Role.NONE && o.head.equals(d.head))) {
          continue;
        }
        Set<String> people = peopleIn.getOrDefault(d.sentence - 1, Set.of());
        if (!backedPersons.contains(node) && !described.contains(find(node)) || people.size() != 1
            || !people.contains(find(node)) || corpus.articles().get(a).inHeadline(subject.start, subject.end)) {
          continue;
        }
        char sex = personSex.getOrDefault(node, '?');
        char says = PronounResolver.saysMan(d) ? 'm' : PronounResolver.saysWoman(d) ? 'f' : '?';
        if (sex != '?' && says != '?' && sex != says || VICTIMS.contains(d.head) && accused(a, subject)
            || opposedRoles(find(node(d)), find(node(subject)))) {
          continue; // "Orozco also was charged with … the June 20 shooting. The victim was shot while doing yard work"
        }
        safeUnion(node(d), node(subject), named, "the person the sentence before opens with:");
      }
    }
  }

  /** Whether the name that modifies {@code d} is a place's, by the lexicons or the gazetteer ("the Kentucky Republican"). */
  private boolean fromPlace(Phrase d) {
    String key = Words.nameKey(clean(d.name));
    return placeModifier(d) || lexicon.isGazetteerPlace(key);
  }

  /** Words that accuse the subject of their sentence of a deed: "Orozco also was charged with …". */
  private static final java.util.regex.Pattern ACCUSING = java.util.regex.Pattern.compile(
      "\\b(?:charged|accused|arrested|convicted|indicted|sentenced|suspected|booked|jailed)\\b");

  /**
   * Whether {@code subject}'s sentence accuses it of a deed ("was charged with"): then "the victim" of the
   * next sentence is someone else (a referent already called a perpetrator is {@link #opposedRoles}' to tell).
   */
  private boolean accused(int article, Phrase subject) {
    List<TextRange> sentences = corpus.articles().get(article).sentences();
    return subject.sentence < sentences.size()
        && ACCUSING.matcher(sentences.get(subject.sentence).of(corpus.articles().get(article).text())).find();
  }

  /** Words after a description's noun that go on telling who it is ("The police chief in Kodiak", "The guy who had it"). */
  private static final Set<String> SAYS_MORE_AFTER = Set.of("who", "in", "of", "from", "at");

  /** Whether a description's words before its noun are adjectives and common nouns only: no nationality, name, number or title. */
  private boolean describesOnly(Phrase d) {
    for (String w : d.descriptors) {
      if (w.equals(d.head)) {
        continue;
      }
      if (lexicon.nationalities.containsKey(w) || lexicon.titles.contains(w) && !lexicon.isCommonNoun(w) || !Words.isWord(w)
          || Character.isDigit(w.charAt(0)) || FIRM_RELATIONS.contains(w) || !d.text.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A state's name after a word for the region or the kind of state it belongs to (kinds.json {@code regions})
   * is that state: "Communist China" is China, "Islamic Iran" Iran. Only where the region holds the state: "Arab
   * Israel" stays a name of its own. Returns the key without the word, or {@code key} as it was.
   */
  private String withoutRegionalEpithet(String key) {
    int space = key.indexOf(' ');
    if (space <= 0) {
      return key;
    }
    String rest = key.substring(space + 1);
    return lexicon.regionHolds(key.substring(0, space), rest) ? rest : key;
  }

  /**
   * The US state a mention abbreviates as news style writes it after a town and a comma, with its full stop
   * ("Fort Smith, Ark.", "Biloxi, Miss."; kinds.json {@code stateAbbreviations}), or null.
   */
  private String abbreviatedState(Phrase p, String key) {
    boolean stop = key.endsWith(".");
    String state = lexicon.stateAbbreviations.get(stop ? key.substring(0, key.length() - 1) : key);
    if (state == null || !p.before.equals(",") || p.role != Role.NAME) {
      return null;
    }
    String text = corpus.articles().get(p.article).text();
    String town = wordBefore(text, text.lastIndexOf(',', p.start));
    boolean townBefore = !town.isEmpty() && Character.isUpperCase(town.charAt(0));
    return townBefore && (stop || p.text.endsWith(".") || p.end < text.length() && text.charAt(p.end) == '.') ? state : null;
  }

  /** Whether a mention shows the name to be a person's (a title, a kin or role word), not a firm's ("rival AMD"). */
  private boolean shownPerson(Phrase name) {
    String node = nameNodeOf.get(name.id);
    return node != null && (backedPersons.contains(node) || "person".equals(nameKind(node, name.name, name)));
  }

  /** A noun for a person: by its most frequent sense, a role or a kin word. */
  private boolean personNoun(String head) {
    // Not a nationality ("the American Hasim Rahman": the story's other American may be someone else).
    return !lexicon.nationalities.containsKey(head)
        && ("person".equals(lexicon.nounKinds.get(head)) || lexicon.personRoles.contains(head) || KIN.contains(head));
  }

  /** Whether every descriptor of {@code p} but its head is an adjective ("his pregnant girlfriend", not "the nerve agent"). */
  private static boolean onlyAdjectives(Phrase p) {
    List<String> d = p.descriptors;
    for (int k = 0; k < d.size() - 1; k++) {
      if (!p.adjectives.contains(d.get(k))) {
        return false;
      }
    }
    return !d.isEmpty() && d.get(d.size() - 1).equals(p.head);
  }

  /**
   * A person's role or kin word right before a name, with no comma: the role is that person's ("his
   * partner Carl Bernstein", "trainer Emanuel Steward", nested too: "the murder of his brother Paul Weitz").
   * Before a name no list knows, only a kin word ({@link #KIN}: "his daughter Yulia", "son Oscar"), which
   * makes it a person's: "the new model Falcon", "the system Mac OS X" are things. Any description right
   * before a person's name is a title of that person, held by that person only ({@link #sameDescriptions}
   * leaves it out), though no role noun joins them: "former double agent Sergei Skripal" is no "nerve agent";
   * so is a bare description right before the name of a firm or a thing, which it describes ("aircraft
   * manufacturer Boeing" is Boeing, not Airbus, "Europe's biggest aircraft manufacturer", of another article).
   */
  private void rolesBeforeNames() {
    rolesBefore.clear();
    Set<String> named = namedRoots();
    for (int a = 0; a < corpus.phrases().size(); a++) {
      String text = corpus.articles().get(a).text();
      List<Phrase> ps = corpus.phrases().get(a);
      Map<Integer, Phrase> nameAt = new HashMap<>();
      for (Phrase y : ps) {
        if (y.role == Role.NAME) {
          nameAt.putIfAbsent(y.start, y);
        }
      }
      for (Phrase x : ps) {
        Phrase y = nameAt.get(x.end + 1);
        if (y == null || x.role != Role.NONE || x.plural || x.sentence != y.sentence || text.charAt(x.end) != ' ') {
          continue;
        }
        boolean person = isPersonName(y);
        if (person) {
          heldRoles.add(x.id);
          rolesBefore.add(new Phrase[] {x, y});
        }
        boolean owned = x.determiner.isEmpty() || POSSESSIVE_DETERMINERS.contains(x.determiner);
        boolean kinOfUnknown = KIN.contains(x.head) && "thing".equals(kindOf(y)) && !y.plural && !Words.isAcronym(clean(y.name));
        if (owned && (person && isRoleHead(x.head) || kinOfUnknown)) {
          union(node(x), node(y), APPOSITION);
          heldRoles.add(x.id);
        } else if (!person && x.determiner.isEmpty() && !"place".equals(kindOf(y)) && !isPlace(Words.nameKey(clean(y.name)))) {
          // "aircraft manufacturer Boeing", "stealth frigate INS Tabar": the name so described, and no other
          // article's "Europe's biggest aircraft manufacturer"; a noun's description only ("the 81st Academy
          // Awards", "15-inch MacBook Pro" are no descriptions), and no verb read as one ("to combine Intel").
          heldRoles.add(x.id);
          if (describesNameAfter(x, y)) {
            safeUnion(node(x), node(y), named, APPOSITION); // never two named referents made one
          }
        }
      }
    }
  }

  /**
   * Whether a bare description right before a name of a firm or a ship is the name's, as "aircraft
   * manufacturer Boeing", "search giant Google" and "stealth frigate INS Tabar" are: a firm's noun ({@link
   * #isOrganisationNoun}) before a firm's name, any noun before a ship's; never an amount ("much money
   * Lionsgate"), nor after "to" or an auxiliary ("to combine Intel"). Other words before a name are too often a
   * verb the tagger took for a noun ("troubles delay Airbus", "complement HP") or a time ("Last month Apple").
   */
  private boolean describesNameAfter(Phrase x, Phrase name) {
    String first = x.words.isEmpty() ? "" : x.words.get(0);
    if (x.head.endsWith("ing") || x.before.equals("to") || Tagger.AUXILIARIES.contains(x.before)
        || Phrase.isCount(first) || !first.isEmpty() && Character.isDigit(first.charAt(0)) || AMOUNT_WORDS.contains(first)) {
      return false;
    }
    return isOrganisationNoun(x.head) || isShipName(name.name) && lexicon.isCommonNoun(x.head);
  }

  /**
   * The {@code collectiveHeads} that name a group as a whole, not one of its members: a name's description
   * in apposition ("Hamas, the Islamist group that controls Gaza", "al-Shabab, a militant movement").
   */
  private static final Set<String> COLLECTIVE_BODIES = Set.of("group", "organization", "organisation", "movement",
      "faction", "militia", "gang", "terror group");

  /** Words that make a description an amount: "much money", "more power", "enough votes". */
  private static final Set<String> AMOUNT_WORDS = Set.of("much", "more", "less", "enough", "many", "few", "some", "most");

  /**
   * Whether {@code d}, in apposition to the name {@code name}, describes a firm, a body or a place of
   * that name: "Irish low cost airline, Ryanair,", "the capital, Damascus,", "Ryanair, the Irish
   * airline,". A singular description with no name in it, never of a person, a time or an amount, whose
   * kind fits the name's: a place noun only a place's name, an organisation's noun only a name of no
   * person or place. People are {@link #appositions}' role rule.
   */
  private boolean describesName(Phrase d, Phrase name) {
    if (firmRelation(d, name)) {
      return true;
    }
    if (d.role == Role.NAME || d.plural || d.head == null || d.head.isEmpty() || weak(d)
        || isRoleHead(d.head) || lexicon.collectiveHeads.contains(d.head) && !COLLECTIVE_BODIES.contains(d.head)) {
      return false; // "Ali Said, a Hamas member": one of the group, not the group
    }
    String sense = lexicon.nounKinds.get(d.head);
    if ("time".equals(sense) || "quantity".equals(sense) || "event".equals(kindOf(d))) {
      return false;
    }
    if (d.role != Role.NONE && !(d.role == Role.MODIFIER && !d.determiner.isEmpty() && placeModifier(d))) {
      return false; // "the parent company of Airbus", "Boeing's rival": its name's referent pulls at it
    }
    String named = kindNamed(name);
    String first = Words.singular(Words.fold(clean(name.name).split(" ")[0]));
    // A name shaped as a person's that nothing shows to be one may be a group's: "the militant group Jund al-Nasr".
    boolean person = named.equals("person")
        && (!COLLECTIVE_BODIES.contains(d.head) || backedPersons.contains(nameNodeOf.get(name.id)));
    if (person || lexicon.personRoles.contains(first) || lexicon.leaderRoles.contains(first)) {
      return false; // "the CEO of TallGrass Distribution Ltd., a natural health products company": a person's role
    }
    boolean placeNoun = lexicon.placeHeads.contains(d.head);
    boolean bodyNoun = lexicon.organisationHeads.contains(d.head) || lexicon.institutionHeads.contains(d.head)
        || COLLECTIVE_BODIES.contains(d.head);
    if (placeNoun) {
      return named.equals("place");
    }
    // A thing's description ("a similar aircraft, the A350") stays out: such descriptions of one story
    // meet across its articles, and one apposition would make them all that name.
    return bodyNoun && !named.equals("place");
  }

  /**
   * Whether the name that modifies {@code d}'s head is a state's or a place's, which says where the firm is,
   * not whose it is: "Verizon Communications Inc., the second-largest U.S. phone company," is no more the
   * United States' than "the second-largest American phone company" would be. Only with a determiner: "U.S.
   * automaker Chrysler" before a name is a title of the kind the story gives several firms.
   */
  private boolean placeModifier(Phrase d) {
    return namesAPlace(Words.nameKey(clean(d.name)));
  }

  /** Whether a name key is a place's, a state's or a capital's by the lexicons. */
  private boolean namesAPlace(String key) {
    return isPlace(key) || lexicon.capitals.containsKey(key) || countries.contains(key);
  }

  /**
   * Whether {@code d} names a firm by its relation to another firm, owned by that other firm's name:
   * "Boeing's European rival Airbus", "GM's European division, Opel,". The owner is another name, and
   * the name described is no person's or place's.
   */
  private boolean firmRelation(Phrase d, Phrase name) {
    if (d.plural || !isRelationDescription(d)
        || d.name != null && !d.name.isBlank() && Words.nameKey(clean(d.name)).equals(Words.nameKey(clean(name.name)))) {
      return false;
    }
    String named = kindNamed(name);
    return !named.equals("person") && !named.equals("place");
  }

  /** The kind of thing the name {@code name} names, "person" for any person's name ({@link #isPersonName}). */
  private String kindNamed(Phrase name) {
    return isPersonName(name) ? "person" : nameKind(nameNodeOf.get(name.id), name.name, name);
  }

  /**
   * A name before the noun the story calls it by in apposition or predication is that name so called: "DACA
   * amnesty" where another sentence says "DACA, the Obama-era amnesty". Only a name and that noun ("Trump
   * tariffs" are Trump's, and no tariff is Trump).
   */
  private void labelsGivenBefore(List<Phrase> all) {
    Map<String, Set<String>> calledBy = new HashMap<>();
    for (Phrase p : all) {
      if (p.role == Role.NONE && sentenceJoin(p) != null) {
        calledBy.computeIfAbsent(p.head, k -> new HashSet<>()).add(find(node(p)));
      }
    }
    for (Phrase p : all) {
      Set<String> roots = calledBy.get(p.head);
      String node = p.role == Role.MODIFIER && roots != null ? nameNodeOf.get(p.id) : null;
      if (node != null && roots.contains(find(node)) && !p.plural && p.descriptors.equals(List.of(p.head))
          && !find(node(p)).equals(find(node)) && !isPersonName(p)) {
        union(node(p), node, "the name with the noun the story calls it by");
      }
    }
  }

  /**
   * Whether {@code d}, a description right after the name {@code name} and a comma, says what that name is:
   * the name is a thing's (a program, a law, a product: not a person, place, firm or group) and the
   * description a thing's, not a time, an amount, a role or a gathering ("DACA, the Obama-era amnesty").
   */
  private boolean thingAfterName(Phrase name, Phrase d) {
    if (!"thing".equals(kindNamed(name)) || d.head == null || d.head.isEmpty() || weak(d)
        || isRoleHead(d.head) || lexicon.collectiveHeads.contains(d.head) || lexicon.gatheringHeads.contains(d.head)
        || lexicon.placeHeads.contains(d.head) || lexicon.organisationHeads.contains(d.head)
        || lexicon.institutionHeads.contains(d.head) || isMeasure(d) || NAME_NOUNS.contains(d.head)) {
      return false; // nor the name itself: "Tiger, the code name for the system"
    }
    String sense = lexicon.nounKinds.get(d.head);
    return !"time".equals(sense) && !"quantity".equals(sense) && !"person".equals(sense);
  }

  /** Nouns for a name, which a name in apposition is not: it is that name. */
  private static final Set<String> NAME_NOUNS = Set.of("name", "nickname", "codename", "moniker", "title", "term", "word",
      "acronym", "abbreviation", "brand", "label", "slogan");

  /**
   * Whether the top-level phrase at {@code i} is followed, in its sentence, by another one after a comma, "and"
   * or "or": an item of a list ("DACA, the travel ban, and the border wall"), in apposition to nothing.
   */
  private static boolean inList(String text, List<Phrase> ps, int i) {
    if (i + 1 >= ps.size() || ps.get(i + 1).sentence != ps.get(i).sentence || ps.get(i + 1).start < ps.get(i).end) {
      return false;
    }
    return listGap(text.substring(ps.get(i).end, ps.get(i + 1).start));
  }

  /** A possessor's description by a relation noun: "Boeing's rival", "Boston's top rival", "GM's division". */
  private static boolean isRelationDescription(Phrase p) {
    return p.role != Role.NAME && FIRM_RELATIONS.contains(p.head) && p.determiner.equals("'s");
  }

  /** Nouns that name a firm by its relation to another ("Boeing's rival", "GM's division"). */
  private static final Set<String> FIRM_RELATIONS = Set.of("rival", "competitor", "parent", "subsidiary", "unit",
      "division", "affiliate", "arch-rival", "archrival");

  /** Prepositions that open a sentence's adverbial ("In its statement, Boeing, which..."): no apposition. */
  private static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "at", "on", "for", "with", "from", "by", "after",
      "before", "during", "under", "over", "despite", "since", "to", "of", "about", "like", "unlike", "as", "into", "through",
      "among", "against", "without", "within", "following", "amid", "per");

  /** Whether {@code p} is the object of a preposition: then a comma after it closes an adverbial. */
  private static boolean fronted(Phrase p) {
    return OPENING_PREPOSITIONS.contains(p.before);
  }

  /**
   * Whether the name {@code name} is one item of a list of names ("the airline, Boeing, Airbus and
   * Embraer"): the top-level phrase at {@code neighbour} (just after it, or just before it) is a name
   * separated from it by a comma or "and"/"or" alone.
   */
  private static boolean listed(String text, List<Phrase> ps, int neighbour, Phrase name) {
    if (neighbour < 0 || neighbour >= ps.size()) {
      return false;
    }
    Phrase z = ps.get(neighbour);
    if (z.role != Role.NAME || z.sentence != name.sentence) {
      return false;
    }
    String between = z.start >= name.end ? text.substring(name.end, z.start) : z.end <= name.start ? text.substring(z.end, name.start) : "x";
    return listGap(between);
  }

  /** Whether the text between two phrases joins items of a list: a comma, "and", "or", ", and", ", or". */
  private static boolean listGap(String between) {
    String gap = between.strip().toLowerCase(java.util.Locale.ROOT);
    return gap.equals(",") || gap.equals("and") || gap.equals("or") || gap.equals(", and") || gap.equals(", or");
  }

  /**
   * A gathering named by its members is near-identical to them: "a caravan of several thousand
   * migrants", "a crowd of protesters". Only a singular gathering noun ({@code gatheringHeads}) right
   * before "of" and people in the plural: "an army of lawyers" or "the families of the victims" are
   * not their members.
   */
  private void gatherings() {
    for (int a = 0; a < corpus.phrases().size(); a++) {
      String text = corpus.articles().get(a).text();
      List<Phrase> ps = corpus.phrases().get(a);
      for (int i = 0; i < ps.size(); i++) {
        Phrase g = ps.get(i);
        // "Thousands of illegal aliens", "dozens of protesters": a count of people is those people.
        boolean count = g.role == Role.NONE && g.plural && COUNT_HEADS.contains(g.head);
        if (!count && (g.role != Role.NONE || g.plural || !lexicon.gatheringHeads.contains(g.head))) {
          continue;
        }
        for (int j = i + 1; j < ps.size() && ps.get(j).start < g.end; j++) {
          Phrase m = ps.get(j);
          if (m.end > g.end || m.role == Role.NAME || !m.plural || lexicon.gatheringHeads.contains(m.head)
              || !"group".equals(kindOf(m)) || !gatheringOf(text.substring(g.start, m.start), g.head)
              || count && demonymCountry(m) != null) {
            // "Millions of Syrians" are people, not the state "the Syrians" stand for: the count stays apart.
            continue;
          }
          union(node(g), node(m), count ? "a count of" : "a gathering named by its members:");
          ofMembers.add(g.id);
          if (!count) {
            gatheredBy.computeIfAbsent(g.head, k -> new ArrayList<>()).add(m);
            gatheringIds.add(g.id);
          }
          break;
        }
      }
    }
  }

  /** The members each gathering noun was named by ("caravan" → "migrants" of "a caravan of migrants"). */
  private final Map<String, List<Phrase>> gatheredBy = new HashMap<>();

  /** The gatherings named by their members. */
  private final Set<Integer> gatheringIds = new HashSet<>();

  /**
   * The gatherings and counts named by their members ("the flood of illegal immigrants", "thousands of
   * illegal aliens"): of the kind of their members, a group, whatever their own noun's kind (a flood is an
   * event, a thousand a quantity).
   */
  private final Set<Integer> ofMembers = new HashSet<>();

  /**
   * "The caravan" of a story that names "a caravan of migrants" is those migrants too: a singular description
   * by the same gathering noun joins its members, when the story names them by one group only and the
   * description's modifiers are their words or a nationality ("the migrant caravan", "the Honduran
   * caravan"); "another caravan", "a second caravan" are others.
   */
  private void sameGatherings() {
    for (Map.Entry<String, List<Phrase>> e : gatheredBy.entrySet()) {
      Set<String> roots = new HashSet<>();
      Set<String> words = new HashSet<>();
      for (Phrase m : e.getValue()) {
        roots.add(find(node(m)));
        words.add(Words.singular(m.head));
        words.addAll(m.descriptors.stream().map(Words::singular).toList());
        for (List<String> set : lexicon.nearIdentity) {
          if (set.contains(Words.singular(m.head))) {
            words.addAll(set);
          }
        }
      }
      if (roots.size() != 1) {
        continue;
      }
      String root = roots.iterator().next();
      for (List<Phrase> ps : corpus.phrases()) {
        for (Phrase p : ps) {
          if (p.role != Role.NONE || p.plural || !p.head.equals(e.getKey()) || gatheringIds.contains(p.id)
              || p.determiner.equals("another") || ordinal(p) != null || p.words.contains("of")) {
            continue;
          }
          boolean fits = true;
          for (String w : p.descriptors) {
            String sw = Words.singular(w);
            fits &= sw.equals(p.head) || words.contains(sw) || lexicon.genericModifiers.contains(w) || lexicon.isJudgingWord(w)
                || lexicon.nationalities.containsKey(w);
          }
          if (fits) {
            union(node(p), root, "the gathering the story names by its members:");
          }
        }
      }
    }
  }

  /**
   * Whether a place noun before "of" and a place's name is a part of that place, not the place itself: "an
   * eastern district of Baghdad", "a region of South Sudan" (where "the city of Damascus", "the northern
   * province of Nineveh" are those places).
   */
  private static boolean partOf(Phrase p) {
    return p.isIndefinite() || p.determiner.equals("another");
  }

  /** Nouns that count people, heads of "thousands of migrants". */
  private static final Set<String> COUNT_HEADS = Set.of("dozen", "hundred", "thousand", "million", "score", "ten");

  /** Whether {@code between} ends with the gathering's head then "of" ("a caravan of "). */
  private static boolean gatheringOf(String between, String head) {
    String[] words = between.strip().split("\\s+");
    int n = words.length;
    while (n > 2 && MentionFinder.approximates(Words.fold(words[n - 1]))) {
      n--; // "a caravan of about ", "a crowd of more than "
    }
    return n >= 2 && words[n - 1].equalsIgnoreCase("of") && Words.singular(Words.fold(words[n - 2])).equals(head);
  }

  /**
   * Whether {@code p} describes someone by what they do rather than naming them: no name in it, or
   * only the name of an institution or place the role belongs to ("the FBI director", "the Apple
   * chief executive"); a person's name makes a relation ("the Trump lawyer"), not a role.
   */
  private boolean isRoleDescription(Phrase p) {
    return p.role == Role.NONE
        || (p.role == Role.MODIFIER || p.role == Role.OF && isRoleHead(p.head))
            && !"person".equals(nameKind(nameNodeOf.get(p.id), p.name));
  }

  /** The phrase a quotation is attributed to ("said the Russian foreign minister") joins its speaker. */
  private void speakers(List<Quotation> quotations) {
    Map<String, Integer> index = corpus.articleIndex();
    // Per article, the first named phrase of each name: a lookup, not a scan per quotation.
    Map<Integer, Map<String, Phrase>> firstNamed = new HashMap<>();
    for (Quotation q : quotations) {
      if (q.speaker() == null || q.speakerSpan() == null) {
        continue;
      }
      Integer a = index.get(q.articleId());
      if (a == null) {
        continue;
      }
      List<Phrase> phrases = corpus.phrases().get(a);
      TextRange span = q.speakerSpan();
      // Phrases are in text order; the one covering the speaker's span starts at or before it, in the
      // same sentence. The last such phrase in text order wins, as it always has.
      Phrase described = null;
      int at = lastStartingAtOrBefore(phrases, span.start());
      int sentence = at >= 0 ? phrases.get(at).sentence : -1;
      for (int i = at; i >= 0 && phrases.get(i).sentence == sentence; i--) {
        Phrase p = phrases.get(i);
        if (p.start <= span.start() && span.end() <= p.end + 1 && p.end > span.start() && p.role == Role.NONE && isRoleHead(p.head)) {
          described = p;
          break;
        }
      }
      if (described != null) {
        Phrase named =
            firstNamed.computeIfAbsent(a, k -> {
              Map<String, Phrase> m = new HashMap<>();
              for (Phrase p : phrases) {
                if (p.role == Role.NAME) {
                  m.putIfAbsent(Words.nameKey(clean(p.name)), p);
                }
              }
              return m;
            }).get(Words.nameKey(q.speaker()));
        String node = named != null ? nameNodeOf.get(named.id) : personNodeFor(q.speaker());
        if (node != null) {
          union(node(described), node, "the speaker a quotation is attributed to:");
        }
      }
    }
  }

  /** Titled names a role description looks back over for its person. */
  private static final int ROLE_LOOKBACK = 400;

  /** The titled names of each article, in text order (built on first need). */
  private final Map<Integer, List<Phrase>> titledIn = new HashMap<>();

  /** The index of the last phrase (in text order) that starts before {@code pos}, or -1. */
  private static int lastStartingBefore(List<Phrase> phrases, int pos) {
    return lastStartingAtOrBefore(phrases, pos - 1);
  }

  /** The index of the last phrase (in text order) that starts at or before {@code pos}, or -1. */
  private static int lastStartingAtOrBefore(List<Phrase> phrases, int pos) {
    return Sorted.lastAtMost(phrases, p -> p.start, pos);
  }

  private String personNodeFor(String name) {
    String[] parts = clean(name).split(" ");
    if (parts.length < 2) {
      return null;
    }
    String node = personKey(surnameKey(name), Words.fold(parts[0]).replace(".", ""));
    return personNodes.contains(node) ? node : null;
  }

  /**
   * Descriptions of a person by role, matched against titles: the nearest person earlier in the same
   * article whose titles hold the role's words, else the only such person in the corpus.
   */
  private void roles(List<Phrase> all) {
    // Titled persons by title word, so that a role meets only people who hold its head noun.
    Map<String, List<Phrase>> titledBy = new HashMap<>();
    for (Phrase c : all) {
      if (c.role == Role.NAME && !c.titles.isEmpty()) {
        for (String t : new HashSet<>(titleWords(c))) {
          titledBy.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
        }
      }
    }
    for (Phrase d : all) {
      // "the Russian minister", "the FBI director": a role qualified by the state or institution it serves.
      boolean byName = (d.role == Role.MODIFIER || d.role == Role.OF) && isRoleDescription(d);
      // A bare "the minister" is an anaphor (see definites); a role needs a qualifier here. An indefinite
      // one is any holder of the role, not the one named ("the first meeting between a sitting U.S.
      // president and a North Korean leader"); in apposition it is read by the appositions.
      if (!isRoleDescription(d) || !isRoleHead(d.head) || d.plural
          || d.descriptors.size() < 2 && !byName || d.isIndefinite()) {
        continue;
      }
      // The nearest titled person before it that fits: back from the description, at most
      // ROLE_LOOKBACK titled names (a long article must not make this quadratic).
      Phrase best = null;
      List<Phrase> titled = titledIn.computeIfAbsent(d.article, a -> corpus.phrases().get(a).stream()
          .filter(c -> c.role == Role.NAME && !c.titles.isEmpty()).toList());
      int before = lastStartingBefore(titled, d.start);
      for (int i = before; i >= 0 && i > before - ROLE_LOOKBACK; i--) {
        if (titleFits(d, titled.get(i), true)) {
          best = titled.get(i);
          break;
        }
      }
      if (best == null && !RELATIONAL.contains(d.head)) {
        Set<String> people = new HashSet<>();
        // What titleFits reads of a mention (its name node and titles): a mention alike to one that did
        // not fit does not fit either (a name repeated across a large story).
        Set<List<Object>> unfit = new HashSet<>();
        Phrase any = null;
        for (Phrase c : titledAs(titledBy, d.head)) {
          String person = find(nameNodeOf.get(c.id));
          if (people.contains(person)) {
            continue; // a person already found is not tried again under another of its mentions
          }
          List<Object> alike = List.of(String.valueOf(nameNodeOf.get(c.id)), c.titles);
          if (unfit.contains(alike)) {
            continue;
          }
          if (!titleFits(d, c, false)) {
            unfit.add(alike);
          } else {
            people.add(person);
            any = c;
            if (people.size() > 1) {
              break;
            }
          }
        }
        if (people.size() == 1) {
          best = any;
        }
      }
      if (best != null) {
        union(node(d), node(best), "a role matching the title of");
      }
    }
  }

  /**
   * The names titled with {@code head}; for a noun for a state's leader, those titled with any such noun
   * ("the North Korean dictator" may be "North Korean leader Kim Jong Un"; {@link #titleFits} then asks
   * for the same country).
   */
  private List<Phrase> titledAs(Map<String, List<Phrase>> titledBy, String head) {
    if (!lexicon.leaderRoles.contains(head)) {
      return titledBy.getOrDefault(head, List.of());
    }
    List<Phrase> out = new ArrayList<>();
    for (String leader : lexicon.leaderRoles) {
      out.addAll(titledBy.getOrDefault(leader, List.of()));
    }
    out.sort(Comparator.comparingInt((Phrase c) -> c.article).thenComparingInt(c -> c.start));
    return out;
  }

  /**
   * "The president" with no other word, that its own article leaves alone (no one titled so before it
   * there: "the president's repeated claims" in an article that calls him "Donald Trump"), is the one
   * person the story titles with that noun ("President Trump" in another article), titles with "former"
   * aside ("former President Barack Obama"); none when the story titles two people so.
   */
  private void storyTitles(List<Phrase> all) {
    Map<String, Set<String>> holders = new HashMap<>();
    for (Phrase c : all) {
      String node = c.role == Role.NAME && !c.titles.isEmpty() ? nameNodeOf.get(c.id) : null;
      if (node == null || !isPersonName(c)) {
        continue;
      }
      List<String> titles = titleWords(c);
      if (former(titles)) {
        continue; // "the president" is the one in office, not "former President Obama"
      }
      boolean deputy = !java.util.Collections.disjoint(titles, DEPUTIES);
      for (String t : titles) {
        if (!deputy || DEPUTIES.contains(t)) { // "the secretary" is not "Assistant Secretary Mara Lind"
          holders.computeIfAbsent(t, k -> new HashSet<>()).add(find(node));
        }
      }
    }
    Set<String> named = namedRoots();
    // A referent that holds anything but bare descriptions by one head says more than "the president"
    // does ("Secretary of the Air Force James Roche" read as a description, and "the Secretary").
    Map<String, Set<String>> heads = new HashMap<>();
    for (Phrase p : all) {
      boolean bare = p.role == Role.NONE && !p.plural && p.descriptors.stream().allMatch(w -> w.equals(p.head));
      heads.computeIfAbsent(find(node(p)), k -> new HashSet<>()).add(bare ? p.head : "");
    }
    for (Phrase d : all) {
      if (d.role != Role.NONE || d.plural || !d.determiner.equals("the") || !isRoleHead(d.head)
          || !heads.get(find(node(d))).equals(Set.of(d.head))
          || lexicon.nationalities.containsKey(d.head) // "the Australian" may be the newspaper
          || !d.descriptors.stream().allMatch(w -> w.equals(d.head)) || !d.after.isEmpty() && d.after.get(0).equals("of")
          || named.contains(find(node(d)))) {
        continue;
      }
      Set<String> h = holders.get(d.head);
      if (h != null && h.size() == 1) {
        safeUnion(node(d), h.iterator().next(), named, "the one person the story titles so:");
      }
    }
  }

  /**
   * A person described by age ("a 15-year-old boy", "the 61-year-old man") is the one named person of the
   * story given that age ("15-year-old Alexandros Grigoropoulos", "Eric Allen Kirkpatrick, 61,"); where two
   * named people share the age, neither.
   */
  private void ages(List<Phrase> all) {
    Set<String> named = namedRoots();
    Map<String, Set<String>> people = new HashMap<>();
    for (Phrase p : all) {
      String node = p.role == Role.NAME ? nameNodeOf.get(p.id) : null;
      String age = node != null && isPersonName(p) ? nameAge(p) : null;
      if (age != null) {
        people.computeIfAbsent(age, k -> new HashSet<>()).add(find(node));
      }
    }
    // The ages a referent's descriptions give: "the girl" of a story of three girls aged 12, 14 and 15 is none of them.
    Map<Phrase, String> described = new LinkedHashMap<>();
    Map<String, Set<String>> agesOf = new HashMap<>();
    for (Phrase d : all) {
      String age = d.role == Role.NONE ? age(d.descriptors) : null;
      if (age != null) {
        described.put(d, age);
        agesOf.computeIfAbsent(find(node(d)), k -> new HashSet<>()).add(age);
      }
    }
    Map<Phrase, String> joins = new LinkedHashMap<>();
    described.forEach((d, age) -> {
      Set<String> owners = people.get(age);
      if (!d.plural && isRoleHead(d.head) && owners != null && owners.size() == 1 && agesOf.get(find(node(d))).size() == 1) {
        joins.put(d, owners.iterator().next());
      }
    });
    joins.forEach((d, owner) -> safeUnion(node(d), owner, named, "of the age given to"));
  }

  /**
   * A person a sentence brings in by a description alone and the next sentence names first thing: news
   * names the subject of its lede a sentence later ("A suspected Mafia boss arrested in a raid has been
   * found dead in his cell, police said. Gaetano Lo Presti, who had been convicted before, was found dead
   * in Pagliarelli prison"; "Police said Lo Presti..."). Only where the description ("a" or "an" and a word
   * for a person) is its sentence's subject, the name opens the next sentence or the clause its reporting
   * verb opens, is that person's first mention in the article and no speaker ("John Smith, a police
   * spokesman, said"), the sentence's other people are of the other sex than the name tells ("A man has
   * been charged with the murder of his mother. John Jenkin..."), and the description's referent reaches
   * into no other article ({@link #elsewhere}).
   */
  private void namedNext() {
    Set<String> named = namedRoots();
    for (List<Phrase> ps : corpus.phrases()) {
      for (int i = 0; i < ps.size(); i++) {
        Phrase d = ps.get(i);
        if (d.role != Role.NONE && d.role != Role.MODIFIER || !d.isIndefinite() || d.plural || d.nested || d.inQuote
            || !isRoleHead(d.head)) {
          continue;
        }
        List<Tok> sentence = corpus.sentence(d.article, d.sentence);
        if (!opensClause(ps, i, sentence)) {
          continue;
        }
        int j = i + 1;
        while (j < ps.size() && (ps.get(j).sentence == d.sentence || ps.get(j).nested)) {
          j++;
        }
        if (j == ps.size() || ps.get(j).sentence != d.sentence + 1) {
          continue;
        }
        List<Tok> next = corpus.sentence(d.article, d.sentence + 1);
        int reported = afterReporting(ps, j, next); // "Police said Gaetano Lo Presti, 52, hanged himself"
        j = reported >= 0 ? reported : opensClause(ps, j, next) ? j : -1;
        Phrase p = j < 0 ? null : ps.get(j);
        if (p == null || p.role != Role.NAME || p.inQuote || !isPersonName(p) || p.name.trim().split("\\s+").length < 2
            || saysNext(p, next) || mentionedBefore(ps, j) || !onlyOneFits(ps, d, p) || elsewhere(d)) {
          continue;
        }
        String rd = find(node(d));
        String rp = find(node(p));
        safeUnion(node(d), node(p), named, "brought in before the next sentence names");
        String root = find(node(d));
        if (!rd.equals(rp) && root.equals(find(node(p)))) {
          Integer before = rootArticles.remove(rd);
          Integer other = rootArticles.remove(rp);
          Integer joined = before == null || before.equals(other) ? other : other == null ? before : MANY_ARTICLES;
          if (joined != null) {
            rootArticles.put(root, joined);
          }
        }
      }
    }
    rootArticles = null;
  }

  /** Whether {@code ps[i]} is its sentence's subject: no phrase before it, and no verb. */
  private static boolean opensClause(List<Phrase> ps, int i, List<Tok> sentence) {
    Phrase p = ps.get(i);
    if (i > 0 && ps.get(i - 1).sentence == p.sentence && !p.contains(ps.get(i - 1))) {
      return false;
    }
    for (Tok t : sentence) {
      if (t.start() >= p.start) {
        return true;
      }
      if (t.is("VERB") || t.is("AUX")) {
        return false;
      }
    }
    return true;
  }

  /** Verbs by which a sentence opens with who tells it: "Police said [Gaetano Lo Presti ...]". */
  private static final Set<String> REPORTING_VERBS = Set.of("said", "say", "says", "allege", "alleged", "alleges",
      "believe", "believed", "believes", "identified");

  /**
   * The index of the phrase that opens the clause a sentence reports after its first verb, one of
   * reporting ("Police allege [Eric Allen Kirkpatrick], 61, opened fire"; "that" may come between), or -1.
   * {@code j} is the sentence's first phrase.
   */
  private static int afterReporting(List<Phrase> ps, int j, List<Tok> sentence) {
    int verb = -1;
    for (int k = 0; k < sentence.size() && verb < 0; k++) {
      if (sentence.get(k).is("VERB") || sentence.get(k).is("AUX")) {
        verb = k;
      }
    }
    if (verb < 0 || !REPORTING_VERBS.contains(sentence.get(verb).lower()) || verb + 1 >= sentence.size()) {
      return -1;
    }
    int from = sentence.get(verb + 1).lower().equals("that") && verb + 2 < sentence.size() ? verb + 2 : verb + 1;
    int at = sentence.get(from).start();
    for (int k = j; k < ps.size() && ps.get(k).sentence == ps.get(j).sentence; k++) {
      if (ps.get(k).start == at && !ps.get(k).nested) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the name {@code p} can only be {@code d} among the people {@code d}'s sentence names or
   * describes (those inside {@code d} aside): {@code d} is the only one, or the others are of the other sex
   * than the name tells ("A man has been charged with the murder of his mother and sister. John Jenkin,
   * 23, ..."); and {@code d} is not of the other sex itself ("A woman ... Peter Smith").
   */
  private boolean onlyOneFits(List<Phrase> ps, Phrase d, Phrase p) {
    char sex = sexOf(p);
    char described = sexOf(d);
    if (described != '?' && sex != '?' && described != sex) {
      return false;
    }
    for (Phrase q : ps) {
      if (q.sentence == d.sentence && q != d && !d.contains(q) && !q.plural
          && (q.role == Role.NAME ? isPersonName(q) : isRoleHead(q.head))) {
        char other = sexOf(q);
        if (sex == '?' || other == '?' || other == sex) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * 'm' or 'f' when a phrase's words ("man", "his mother", "Mrs") or, for a name, its given name (one given
   * to one sex only) tell a man or a woman; '?' when nothing does, or both.
   */
  private char sexOf(Phrase p) {
    boolean man = PronounResolver.saysMan(p);
    boolean woman = PronounResolver.saysWoman(p);
    String[] parts = p.role == Role.NAME && p.name != null ? p.name.trim().split("\\s+") : new String[0];
    if (parts.length >= 2) {
      String given = Words.fold(parts[0]);
      man |= lexicon.maleNames.contains(given) && !lexicon.femaleNames.contains(given);
      woman |= lexicon.femaleNames.contains(given) && !lexicon.maleNames.contains(given);
    }
    return man == woman ? '?' : man ? 'm' : 'f';
  }

  /**
   * Whether the first verb after the name {@code p} in its sentence is one of saying ({@link
   * PronounResolver#SAYING}, or "told"), which makes the name a speaker, not the one the sentence is about.
   */
  private static boolean saysNext(Phrase p, List<Tok> sentence) {
    for (Tok t : sentence) {
      if (t.start() >= p.end && (t.is("VERB") || t.is("AUX"))) {
        return PronounResolver.SAYING.contains(t.lower()) || t.lower().equals("told") || t.lower().equals("tells");
      }
    }
    return false;
  }

  /**
   * Whether the referent of {@code d} has mentions in other articles by a word for anyone ({@link
   * #ANYONE}): other outlets' "a man" that the story's words joined to it may be other men (a hit-and-run's
   * driver and the victim's husband), whom one article's naming does not name. Other outlets' "a suspected
   * Mafia boss" is the one the story's role is about.
   */
  private boolean elsewhere(Phrase d) {
    if (rootArticles == null) {
      rootArticles = new HashMap<>();
      for (Phrase q : corpus.all()) {
        if (ANYONE.contains(q.head)) {
          rootArticles.merge(find(node(q)), q.article, (a, b) -> a.equals(b) ? a : MANY_ARTICLES);
        }
      }
    }
    Integer article = rootArticles.get(find(node(d)));
    return article != null && article != d.article;
  }

  /**
   * For {@link #elsewhere}: each referent's root and the one article its mentions by a word for anyone
   * are in, or -1 where they are in several; built on first use, kept up to date by {@link #namedNext}'s joins.
   */
  private Map<String, Integer> rootArticles;

  private static final Integer MANY_ARTICLES = -1;

  /** Whether the referent of {@code ps[j]} has a mention earlier in its article. */
  private boolean mentionedBefore(List<Phrase> ps, int j) {
    String root = find(node(ps.get(j)));
    for (int k = 0; k < j; k++) {
      if (find(node(ps.get(k))).equals(root)) {
        return true;
      }
    }
    return false;
  }

  /** The age a name is given: "15-year-old Alexandros Grigoropoulos", "Eric Allen Kirkpatrick, 61,". */
  private static String nameAge(Phrase p) {
    String age = age(p.words);
    if (age == null && p.after.size() >= 2 && p.after.get(0).equals(",") && p.after.get(1).matches("\\d{1,3}")
        && (p.after.size() == 2 || p.after.get(2).equals(",") || p.after.get(2).equals("."))) {
      age = p.after.get(1);
    }
    return age;
  }

  /** The age among {@code words} ("15-year-old"), or null. */
  private static String age(List<String> words) {
    for (String w : words) {
      java.util.regex.Matcher m = AGE.matcher(w);
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("(\\d{1,3})-years?-old");

  /**
   * The country whose people {@code p} names by nationality alone, its head taken singular ("Turkmens",
   * "North Koreans", "Chinese"), or null.
   */
  /** Whether a count opens the phrase: "two Americans", "38 Britons", "several Russians" are people, not their state. */
  private static boolean counted(Phrase p) {
    String first = Words.fold(p.text.split("[\\s]+")[0]);
    return Phrase.isCount(first) || !first.isEmpty() && Character.isDigit(first.charAt(0));
  }

  private String demonymCountry(Phrase p) {
    int n = p.descriptors.size();
    if (n == 0 || n > 2) {
      return null;
    }
    List<String> words = new ArrayList<>(p.descriptors.subList(0, n - 1));
    words.add(p.head);
    return lexicon.nationalityWords(words, 0) == n ? lexicon.nationalityAt(words, 0, n) : null;
  }

  /** The title words of a name, singular and without dots ("U.S. Presidents" → "us", "president"). */
  private static List<String> titleWords(Phrase c) {
    List<String> words = c.titles.stream().map(t -> Words.singular(t.replace(".", ""))).toList();
    // "Chief Executive Mark Zuckerberg" is the CEO, and "CEO Tim Cook" the chief executive.
    for (String[] acronym : CHIEF_OFFICERS) {
      boolean spelt = words.contains("chief") && words.contains(acronym[1]);
      if (spelt && !words.contains(acronym[0]) || words.contains(acronym[0]) && !words.contains(acronym[1])) {
        List<String> more = new ArrayList<>(words);
        more.add(spelt ? acronym[0] : acronym[1]);
        words = more;
      }
    }
    if ("then".equals(c.before) && !words.isEmpty()) {
      List<String> former = new ArrayList<>(words);
      former.add(0, "former"); // "the then Prime Minister Branko Crvenkovski" holds the office no more
      return former;
    }
    return words;
  }

  /** The chief officers' acronyms and the word that tells each apart after "chief". */
  private static final String[][] CHIEF_OFFICERS = {{"ceo", "executive"}, {"cfo", "financial"}, {"coo", "operating"},
      {"cto", "technology"}};

  /** Whether title words say their holder no longer holds the office ("former", "ex", "late"). */
  private static boolean former(java.util.Collection<String> titleWords) {
    return titleWords.contains("former") || titleWords.contains("ex") || titleWords.contains("late");
  }

  /**
   * Words for who stands in for an office's holder or claims it: "interim", "acting", "caretaker", "self-proclaimed".
   * A role with one fits only a title with it ("the acting attorney general" is not "Attorney General Jeff Sessions").
   */
  private static final Set<String> STAND_INS = Set.of("interim", "acting", "caretaker", "provisional", "transitional",
      "self-proclaimed", "self-declared", "self-styled", "self-appointed", "would-be");

  /** Title words of a deputy, who holds no leader's role: "Vice Premier", "Deputy Prime Minister". */
  private static final Set<String> DEPUTIES = Set.of("vice", "deputy", "assistant", "under", "vice-president");

  /**
   * Whether {@code titles} are a deputy's ("Deputy Attorney General") and role description {@code d} names the
   * office itself ("the attorney general"), not the deputy ("the deputy", "the deputy attorney general").
   */
  private boolean deputyOnly(Phrase d, java.util.Collection<String> titles) {
    return !deputys(d) && titles.stream().anyMatch(t -> DEPUTIES.contains(t) && !t.equals(d.head));
  }

  /**
   * Whether a description is a deputy's: a deputy's word before its head ("the deputy attorney general", "an
   * assistant secretary"); "under" only before a noun for a person ("the under secretary", not "Under Turkmen laws").
   */
  private boolean deputys(Phrase p) {
    for (int i = 0; i < p.words.size(); i++) {
      String w = p.words.get(i);
      if (Words.singular(w).equals(p.head)) {
        return false;
      }
      if (DEPUTIES.contains(w) && (!w.equals("under") || i + 1 < p.words.size() && lexicon.personRoles.contains(Words.singular(p.words.get(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  /** Whether role description {@code d} fits the titles of {@code c}; "counterpart" only inside one article. */
  private boolean titleFits(Phrase d, Phrase c, boolean sameArticle) {
    Set<String> titles = new HashSet<>(titleWords(c));
    // A state's leader by another noun ("the Syrian strongman", "Syrian President Bashar al-Assad"): the
    // country must be named on both sides (checked below, as for a nationality before another role).
    // Not a deputy's: "the Chinese leader" is no "Chinese Vice Premier Liu He".
    boolean leader = lexicon.leaderRoles.contains(d.head) && titles.stream().anyMatch(lexicon.leaderRoles::contains)
        && (java.util.Collections.disjoint(titles, DEPUTIES) || !java.util.Collections.disjoint(d.descriptors, DEPUTIES));
    if (!titles.contains(d.head) && !leader && !(sameArticle && (titles.contains("counterpart") || titles.contains("colleague")))) {
      return false;
    }
    // A deputy's title names the office he deputises for: "the attorney general" is no "Deputy Attorney General
    // X", "the secretary" no "Assistant Secretary Y" ("the deputy" and "the deputy attorney general" are).
    if (deputyOnly(d, titles)) {
      return false;
    }
    // "the prime minister" is not "the then Prime Minister Branko Crvenkovski" nor "former Prime Minister X".
    if (former(titles) && !former(d.descriptors) && !d.descriptors.contains("then")) {
      return false;
    }
    for (String w : d.descriptors) {
      if (STAND_INS.contains(w) && !c.titles.contains(w)) {
        return false;
      }
    }
    Set<String> dCountries = countries(d.descriptors);
    if (d.role == Role.MODIFIER || d.role == Role.OF) {
      if ("place".equals(nameKind(nameNodeOf.get(d.id), d.name))) {
        dCountries.add(find(nameNodeOf.get(d.id)));
      } else if (!institutionAmongTitles(d, c)) {
        return false; // "the FBI director" is no "CIA director"
      }
    }
    // A nationality of no one state ("the Korean president") must be among the person's own title words.
    if (dCountries.isEmpty()) {
      for (String nationality : lexicon.nationalitiesIn(d.descriptors)) {
        if (!c.titles.containsAll(List.of(nationality.split(" ")))) {
          return false;
        }
      }
    }
    Set<String> cCountries = countries(c.titles);
    // A state as the name's possessor titles it too: "China's President Xi Jinping".
    String ownerState = possessorState(c);
    if (ownerState != null) {
      cCountries.add(ownerState);
    }
    if (!dCountries.isEmpty() && cCountries.isEmpty() && nameNodeOf.get(c.id) != null) {
      // "President Hu Jintao" is "Chinese President Hu Jintao" in another mention: not "the Brazilian president".
      cCountries = titledCountries().getOrDefault(nameNodeOf.get(c.id), Set.of());
    }
    if (!dCountries.isEmpty() && !cCountries.isEmpty() && java.util.Collections.disjoint(dCountries, cCountries)) {
      return false;
    }
    if (!titles.contains(d.head)) {
      // "his Russian counterpart Sergei Shoigu": only the nationality can be checked.
      return !dCountries.isEmpty() && !cCountries.isEmpty();
    }
    for (int i = 0; i < d.descriptors.size(); i++) {
      int n = lexicon.nationalityWords(d.descriptors, i);
      if (n > 0) {
        i += n - 1; // "russian", "north korean"
        continue;
      }
      String w = d.descriptors.get(i);
      String sw = Words.singular(w.replace(".", ""));
      // A judging word frames the holder, and tells no office apart: "the embattled CEO".
      if (!titles.contains(sw) && !lexicon.genericModifiers.contains(w) && !lexicon.isJudgingWord(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The states each name is titled with in any of its mentions ("Chinese President Hu Jintao"), by name
   * node (a root would change as roles join descriptions to names).
   */
  private Map<String, Set<String>> titledCountries() {
    if (titledCountries == null) {
      titledCountries = new HashMap<>();
      for (Phrase c : corpus.all()) {
        if (c.role == Role.NAME && !c.titles.isEmpty() && nameNodeOf.get(c.id) != null) {
          Set<String> states = countries(c.titles);
          if (!states.isEmpty()) {
            titledCountries.computeIfAbsent(nameNodeOf.get(c.id), k -> new HashSet<>()).addAll(states);
          }
        }
      }
    }
    return titledCountries;
  }

  private Map<String, Set<String>> titledCountries;

  /**
   * Whether the institution that role description {@code d} names ("the FBI director") is among the
   * titles of {@code c} ("former FBI director James Comey"), as the same name or an alias of it.
   */
  private boolean institutionAmongTitles(Phrase d, Phrase c) {
    String key = Words.nameKey(clean(d.name));
    FramingLexicon.AliasGroup group = lexicon.aliasGroup(key);
    for (int i = 0; i < c.titles.size(); i++) {
      for (int j = i + 1; j <= c.titles.size(); j++) {
        String run = String.join(" ", c.titles.subList(i, j));
        if (Words.nameKey(run).equals(key) || group != null && group == lexicon.aliasGroup(run)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The countries named by nationality words or country names among {@code words}. */
  private Set<String> countries(List<String> words) {
    List<String> nodes = countryNodes.get(words);
    if (nodes == null) {
      nodes = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        int n = lexicon.nationalityWords(words, i);
        if (n > 0) {
          nodes.add(nameNode(lexicon.nationalityAt(words, i, n), null)); // "north korean" is North Korea, not Korea
          i += n - 1;
          continue;
        }
        for (int len = 3; len >= 1; len--) {
          if (i + len <= words.size()) {
            String joined = String.join(" ", words.subList(i, i + len));
            FramingLexicon.AliasGroup g = lexicon.aliasGroup(joined);
            // A state's name counts as its nationality (a possessor: "Japan's waters" are "Japanese waters").
            if (g != null && "place".equals(g.kind()) || countries.contains(Words.nameKey(joined))) {
              nodes.add(nameNode(joined, null));
              break;
            }
          }
        }
      }
      countryNodes.put(List.copyOf(words), nodes);
    }
    Set<String> out = new HashSet<>();
    for (String node : nodes) {
      out.add(find(node));
    }
    return out;
  }

  /**
   * Whether the person's role {@code d} is what a verb does to, or says of, someone in the sentence of the name
   * {@code a} before it: "Macron, who visited Washington to lobby the president," lobbied someone else. A writer
   * names one person again in a sentence by a pronoun, so a role after a verb there is another person; a copula,
   * a verb of naming or appointing in the passive, or "as" makes it a predicate ("who became the president", "was
   * elected the president", "served as the president") and leaves the join alone.
   */
  private boolean argumentOfItsClause(Phrase d, Phrase a) {
    if (a.sentence != d.sentence || a.role != Role.NAME || !lexicon.personRoles.contains(d.head)) {
      return false;
    }
    List<Tok> sentence = corpus.sentence(d.article, d.sentence);
    Tok before = null;
    boolean verb = false;
    for (Tok t : sentence) {
      if (t.start() >= a.end && t.end() <= d.start) {
        // A verb of appointing or naming says a role of its subject in the passive only ("was elected the
        // president"; "who nominated the judge" nominated another, "who called the senator a liar" called another).
        boolean passive = before != null && COPULA_FORMS.contains(before.lower())
            && (CHOOSING.contains(t.lower()) || NAMING_VERBS.contains(t.lower()));
        verb |= (t.is("VERB") || t.is("AUX")) && !COPULA_FORMS.contains(t.lower()) && !passive;
        before = t;
      }
    }
    return verb && !(before != null && before.lower().equals("as"));
  }

  /** Forms of the verbs after which a role is said of their subject (and {@link #CHOOSING}'s verbs in the passive). */
  private static final Set<String> COPULA_FORMS = Set.of("is", "was", "are", "were", "be", "been", "being", "'s", "’s",
      "become", "becomes", "became", "becoming", "remain", "remains", "remained", "sworn", "chosen", "re-elected");

  /** The name nodes of the states {@link #countries} finds in a list of words, by the words: asked again and again. */
  private final Map<List<String>, List<String>> countryNodes = new HashMap<>();

  /** Heads that say what kind of thing the name before them is: "the Nasdaq index" is the Nasdaq. */
  private static final Set<String> NAME_KIND_HEADS = Set.of("index", "exchange", "brand", "chain");

  /**
   * A description that is a name and the kind of thing it names, and at most one word more ("the Nasdaq
   * composite index", "Japan's Nikkei stock index", "the FTSE 100 index"), stands for the name; not a
   * person's or a place's ("the Tokyo exchange" is no Tokyo). Nouns of institutions are left out: "a UN
   * school", "a Troy accounting firm" are not the UN and Troy.
   */
  private void namedKinds(List<Phrase> all) {
    Set<String> named = namedRoots();
    for (Phrase p : all) {
      if (p.role != Role.MODIFIER || p.plural || !NAME_KIND_HEADS.contains(p.head)) {
        continue;
      }
      String node = nameNodeOf.get(p.id);
      if (node == null || node.startsWith("p:") || backedPersons.contains(find(node)) || isPlace(Words.nameKey(clean(p.name)))) {
        continue;
      }
      int others = 0;
      for (String w : p.descriptors) {
        if (!w.equals(p.head) && !lexicon.genericModifiers.contains(w) && !Phrase.isCount(w)
            && !lexicon.nationalities.containsKey(w)) {
          others++;
        }
      }
      if (others <= 1) {
        safeUnion(node(p), node, named, "the name with the kind of thing it is");
      }
    }
  }

  // ---- definite descriptions ------------------------------------------------------------------

  private void definites() {
    organisations = organisations();
    for (List<Phrase> ps : corpus.phrases()) {
      for (int i = 0; i < ps.size(); i++) {
        Phrase d = ps.get(i);
        if (d.role == Role.MODIFIER) {
          sameNamedDescriptionBefore(ps, i);
          continue;
        }
        boolean bare = !d.isDefinite() && isBareCollective(d);
        // "his regime", "their government": the one the article has called by that noun before, as "the
        // regime" would be ("the brutal socialist regime of Nicolas Maduro ... Maduro and his regime").
        boolean owned = OWNING_PRONOUNS.contains(d.determiner) && lexicon.governmentHeads.contains(d.head) && !d.plural;
        if (d.role != Role.NONE || !(d.isDefinite() || bare || owned) || weak(d)
            || d.plural && demonymCountry(d) != null || bareAdministration(d) != null) {
          continue; // a people named by nationality ("the North Koreans") stands for its state (see states)
        }
        // The nearest phrase with the same head first ("the minister" → "the Russian minister of
        // defense"), then the nearest whose modifier or title it names ("the Takfiris"); a bare
        // "police" only the same head, as "a police officer" is one of them, not them.
        boolean found = false;
        // Passes: the same head; then, where only the headline has it, another word for the same thing in the
        // body ("A 4.2 magnitude earthquake shook ... The quake", under the headline "Quake"); then the headline;
        // then a modifier or title the description names.
        org.parallax.corpus.Article article = corpus.articles().get(d.article);
        for (int pass = 0; pass < (bare || owned ? 1 : 4) && !found; pass++) {
          if (pass == 1 && !oneThingsWord(d.head)) {
            continue; // no other word for it
          }
          for (int j = i - 1; j >= 0; j--) {
            Phrase a = ps.get(j);
            if (d.sentence - a.sentence > COREFERENCE_WINDOW) {
              break;
            }
            if (a.end > d.start || a.contains(d) || d.contains(a)
                || anotherOfItsKind.contains(a.id) && !d.words.contains("new") && !d.words.contains("fresh")) {
              continue; // "the deal" after "the agreement ... a new deal" is still the agreement
            }
            boolean inHeadline = article.inHeadline(a.start, a.end);
            if (pass == 0 && inHeadline && !bare && !owned || pass == 1 && (inHeadline || d.head.equals(a.head))
                || pass == 2 && !inHeadline) {
              continue; // (the body's phrases had the third pass's question in the first)
            }
            boolean byHead = pass != 3; // (a bare or owned description has the first pass only)
            if (bare && nationalityAdded(d, a)) {
              continue; // "Turkish officials have said" after "officials he had met there": others, newly met
            }
            if (corefers(d, a, byHead, pass == 1) && !statesClash(ps, i, d, a) && !argumentOfItsClause(d, a)
                && !foreignBesideHome(ps, i, d, a)) {
              // "The president" after "a sitting U.S. president" (any one, in "the first meeting between a
              // sitting U.S. president and...") is the president the article has named by that title.
              Phrase titled = byHead && a.isIndefinite() ? titledBefore(ps, i, d) : null;
              a = titled != null ? titled : a;
              union(node(d), node(a), "a definite description of the earlier");
              found = true;
              break;
            }
          }
        }
        if (!found && !bare && !owned) {
          found = groupNamedBefore(ps, i);
        }
        if (!found && !bare && !owned) {
          found = rulerOfRegimeBefore(ps, i);
        }
        if (!found && !bare && !owned && !namedByItsHeadBefore(ps, i)) {
          String alone = find(node(d));
          institutionNamedBefore(ps, i);
          if (find(node(d)).equals(alone)) {
            onlyNameEndingInIt(ps, i);
          }
        }
      }
    }
  }

  /**
   * The words that say which one {@code a} is, in order: its words, modifiers, titles and possessor (a state as
   * possessor counts too: "Japan's territorial waters" are Japanese).
   */
  private List<String> ownWords(Phrase a) {
    List<String> words = new ArrayList<>(a.words);
    words.addAll(a.descriptors);
    words.addAll(a.titles);
    words.add(possessor(a));
    return words;
  }

  /**
   * Whether {@code d} names a state among its words ("Turkish officials") that {@code a}'s words, titles and
   * possessor do not ("officials"; "U.S. officials" name the state "American officials" do).
   */
  private boolean nationalityAdded(Phrase d, Phrase a) {
    Set<String> named = describedStates(d);
    if (named.isEmpty()) {
      return false;
    }
    Set<String> own = new HashSet<>();
    countries(ownWords(a)).forEach(c -> own.add(find(c)));
    return named.stream().anyMatch(c -> !own.contains(find(c)));
  }

  /**
   * Joins {@code ps[i]}, a definite description of a group as a whole that no earlier description of its
   * head took ("the terror group", "the organization"), to the one group its article has named in the
   * sentences before it, by its name or by its members' label ("Hamas terrorists ... The terror group, which
   * the State Department has designated..."). With two groups named there it stays open. Whether it joined.
   */
  private boolean groupNamedBefore(List<Phrase> ps, int i) {
    Phrase d = ps.get(i);
    if (!d.isDefinite() || d.plural || !COLLECTIVE_BODIES.contains(d.head) || !d.determiner.equals("the")
        || d.words.contains("other")) {
      return false;
    }
    // A noun before the head makes it a group of another kind ("the ownership group", "the cargo ship group"),
    // but for a kind of armed group ("the terror group") or a people's or a faith's word.
    for (String w : d.descriptors) {
      if (!w.equals(d.head) && lexicon.isCommonNoun(w) && !lexicon.collectiveHeads.contains(w + " " + d.head)
          && !lexicon.describesPeople(w)) {
        return false;
      }
    }
    Phrase group = null;
    for (int j = i - 1; j >= 0; j--) {
      Phrase a = ps.get(j);
      if (d.sentence - a.sentence > COREFERENCE_WINDOW) {
        break;
      }
      if (a.end > d.start || a.role == Role.NONE || a.role == Role.OF) {
        continue;
      }
      String kind = kindNamed(a);
      // (A name shaped as a person's that nothing shows to be one may be a group's: "Jund al-Nasr".)
      boolean maybe = kind.equals("person") && !backedPersons.contains(nameNodeOf.get(a.id));
      boolean named = a.role == Role.NAME && (kind.equals("group") || kind.equals("organisation"))
          || a.role == Role.MODIFIER && lexicon.collectiveHeads.contains(a.head) && !kind.equals("place");
      if ((named || a.role == Role.NAME && maybe) && group != null && !find(node(a)).equals(find(node(group)))) {
        return false; // two groups: which one is meant is the reader's guess
      }
      if (named && group == null) {
        group = a;
      }
    }
    if (group == null || statesClash(ps, i, d, group)) {
      return false;
    }
    union(node(d), node(group), "a definite description of the earlier");
    return true;
  }

  /** Nouns for a ruler that judge the rule: "the dictator", "the strongman". */
  private static final Set<String> RULER_EPITHETS = Set.of("dictator", "despot", "tyrant", "strongman", "autocrat");

  /** Nouns for a ruler's rule that may carry the ruler's name: "the Maduro regime", "Assad's dictatorship". */
  private static final Set<String> RULES = Set.of("regime", "dictatorship");

  /**
   * Joins {@code ps[i]}, a definite ruler's epithet that no earlier description of its head took ("the dictator",
   * "the socialist strongman") and that names no state (with one, the roles rule reads the titles), to the one
   * person whose regime its article has named before it ("the regime of Nicolás Maduro ... The dictator
   * responded"): the story calls his rule what it calls him. With two such people it stays open. Whether it joined.
   */
  private boolean rulerOfRegimeBefore(List<Phrase> ps, int i) {
    Phrase d = ps.get(i);
    if (!d.determiner.equals("the") || d.plural || !RULER_EPITHETS.contains(d.head) || !describedStates(d).isEmpty()
        || former(d.descriptors) || ordinal(d) != null) {
      return false;
    }
    String ruler = null;
    for (int j = i - 1; j >= 0; j--) {
      Phrase a = ps.get(j);
      String person = a.end <= d.start && RULES.contains(a.head) && !a.plural ? regimeHolder(a) : null;
      if (person == null) {
        continue;
      }
      if (ruler != null && !find(ruler).equals(find(person))) {
        return false; // two rulers' regimes: which one is meant is the reader's guess
      }
      ruler = person;
    }
    if (ruler == null) {
      return false;
    }
    union(node(d), ruler, RULER_OF_REGIME);
    return true;
  }

  private static final String RULER_OF_REGIME = "the ruler of a regime the article names before:";

  /** The name node of the person a regime is named after ("the Maduro regime", "the regime of Nicolás Maduro", "Assad's regime"), or null. */
  private String regimeHolder(Phrase a) {
    Phrase name = a.role == Role.MODIFIER || a.role == Role.OF ? a : possessorPhrase.get(a.id);
    String node = name == null ? null : nameNodeOf.get(name.id);
    return node != null && "person".equals(kindNamed(name)) ? node : null;
  }

  /**
   * Whether {@code a}, a name whose titles give its state ("French President Emmanuel Macron"), or whose person the
   * article titles with one elsewhere ("President Putin" of an article that has "Russian President Vladimir Putin"), is
   * not the one a bare {@code d} ("the president") means, because the article has named before {@code d} someone else in
   * office titled by the same noun and no state ("President Donald Trump"): news titles its own country's holder
   * plainly and a foreign one with the state, and calls the foreign one "the French president" after.
   */
  private boolean foreignBesideHome(List<Phrase> ps, int i, Phrase d, Phrase a) {
    if (a.role != Role.NAME || !d.descriptors.equals(List.of(d.head)) || !titleWords(a).contains(d.head)
        || countries(a.titles).isEmpty() && !titledWithStateIn(ps, a)) {
      return false; // (titled with a state in another of its mentions there: "Russian President Vladimir Putin ... President Putin")
    }
    String person = nameNodeOf.get(a.id) == null ? null : find(nameNodeOf.get(a.id));
    for (int j = 0; j < i; j++) {
      Phrase b = ps.get(j);
      if (b.role == Role.NAME && b != a && (person == null || nameNodeOf.get(b.id) == null || !find(nameNodeOf.get(b.id)).equals(person))) {
        List<String> titles = titleWords(b);
        if (titles.contains(d.head) && countries(b.titles).isEmpty() && !former(titles) && possessorState(b) == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an article's phrases {@code ps} title the person named by {@code a} with a state in any mention. */
  private boolean titledWithStateIn(List<Phrase> ps, Phrase a) {
    String node = nameNodeOf.get(a.id);
    if (node == null) {
      return false;
    }
    String person = find(node);
    for (Phrase c : ps) {
      String n = c.role == Role.NAME && !c.titles.isEmpty() ? nameNodeOf.get(c.id) : null;
      if (n != null && find(n).equals(person) && !countries(c.titles).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A definite description built on a name joins the article's earlier one of the same name, head, number and
   * words: "The Lisbon summit ended on Tuesday" after "The Lisbon summit opened". (The rules for descriptions
   * without a name leave these to their name; an event's name does not say which of its events is meant.)
   */
  private void sameNamedDescriptionBefore(List<Phrase> ps, int i) {
    Phrase d = ps.get(i);
    String name = nameNodeOf.get(d.id);
    if (!d.isDefinite() || name == null || ordinal(d) != null) {
      return;
    }
    Set<String> key = descriptionKey(d);
    for (int j = i - 1; j >= 0; j--) {
      Phrase a = ps.get(j);
      if (a.role == Role.MODIFIER && a.end <= d.start && a.head.equals(d.head) && a.plural == d.plural
          && name.equals(nameNodeOf.get(a.id)) && !anotherOfItsKind.contains(a.id) && ordinal(a) == null
          && descriptionKey(a).equals(key)) {
        union(node(d), node(a), "the same description, by the same name, as the earlier");
        return;
      }
    }
  }

  /**
   * "His company", "her agency": an institution's noun that "his" or "her" owns is the organisation the title of the
   * person named before it in the sentence names ("Vexa CEO Tom Rand said his company would cut jobs"), when the
   * title names one only and the person may be the pronoun's.
   */
  private void institutionsOfTitledOwners() {
    Set<String> named = namedRoots();
    for (List<Phrase> ps : corpus.phrases()) {
      for (int i = 0; i < ps.size(); i++) {
        Phrase d = ps.get(i);
        if (d.role != Role.NONE || d.plural || !(d.determiner.equals("his") || d.determiner.equals("her"))
            || !lexicon.institutionHeads.contains(d.head) && !STATE_BODIES.contains(d.head) || !d.descriptors.equals(List.of(d.head))) {
          continue;
        }
        Phrase person = null;
        for (int j = i - 1; j >= 0 && ps.get(j).sentence == d.sentence && person == null; j--) {
          Phrase q = ps.get(j);
          String node = q.role == Role.NAME && !q.nested ? nameNodeOf.get(q.id) : null;
          if (node != null && node.startsWith("p:")) {
            person = q;
          }
        }
        if (person == null) {
          continue;
        }
        char sex = personSex.getOrDefault(nameNodeOf.get(person.id), '?');
        if (sex != '?' && sex != (d.determiner.equals("his") ? 'm' : 'f')) {
          continue;
        }
        Phrase org = null;
        int found = 0;
        for (Phrase q : ps) {
          String node = q.role == Role.NAME && q != person && q.start >= person.start && q.end < person.end
              ? nameNodeOf.get(q.id) : null;
          if (node == null || node.startsWith("p:")) {
            continue;
          }
          String kind = nameKind(node, q.name, q);
          if (!kind.equals("person") && !kind.equals("place") && fitsInstitution(d.head, q.name)) {
            org = q;
            found++;
          }
        }
        if (found == 1) {
          safeUnion(node(d), nameNodeOf.get(org.id), named, "the institution its owner's title names:");
        } else if (found == 0 && STATE_BODIES.contains(d.head)) {
          // "Homeland Security Secretary Ana Lind ... her department": the story's "Department of Homeland Security".
          String body = bodyOfTitle(d.head, person.titles);
          if (body != null) {
            safeUnion(node(d), body, named, "the body its owner's title names:");
          }
        }
      }
    }
  }

  /** The names of state bodies "X of ..." by their first word ("department"), read once for {@link #bodyOfTitle}. */
  private Map<String, List<Phrase>> bodiesOf;

  /**
   * The node of the story's one body named "{@code head} of ..." whose words after "of" are all among {@code titles}
   * ("Department of Homeland Security" for the titles "homeland security secretary"), or null.
   */
  private String bodyOfTitle(String head, List<String> titles) {
    if (bodiesOf == null) {
      bodiesOf = new HashMap<>();
      for (Phrase p : corpus.all()) {
        String[] words = p.role == Role.NAME && nameNodeOf.get(p.id) != null ? Words.nameKey(clean(p.name)).split(" ") : null;
        if (words != null && words.length >= 3 && words[1].equals("of") && STATE_BODIES.contains(words[0])) {
          bodiesOf.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
        }
      }
    }
    String found = null;
    for (Phrase p : bodiesOf.getOrDefault(head, List.of())) {
      List<String> words = java.util.Arrays.asList(Words.nameKey(clean(p.name)).split(" "));
      if (!titles.containsAll(words.subList(2, words.size()))) {
        continue;
      }
      String root = find(nameNodeOf.get(p.id));
      if (found != null && !found.equals(root)) {
        return null;
      }
      found = root;
    }
    return found;
  }

  /** Adjectives that bring in one more of a kind after "a": "a new deal", "a fresh probe". */
  private static final Set<String> FRESH = Set.of("new", "fresh");

  /** The phrases {@link #anotherOfItsKind()} finds, by id. */
  private final Set<Integer> anotherOfItsKind = new HashSet<>();

  /**
   * The phrases that bring in one more of a kind their article has already spoken of: "a new deal" or "a
   * fresh probe" after "the agreement" or "the investigation" (the same head, or a word of its near-identity
   * set, of the same number, earlier in the article's body: a headline tells first what the body brings in) is
   * another deal, not the one the story is about; so
   * neither a later "the deal" of the article nor the story's other deals join it by their head. ("A new
   * study" that opens an article's talk of studies is the study it goes on about.)
   */
  private Set<Integer> anotherOfItsKind() {
    Set<Integer> out = new HashSet<>();
    for (List<Phrase> ps : corpus.phrases()) {
      for (int i = 0; i < ps.size(); i++) {
        Phrase p = ps.get(i);
        if (p.role != Role.NONE || !p.isIndefinite() || java.util.Collections.disjoint(p.words, FRESH)) {
          continue;
        }
        for (int j = 0; j < i; j++) {
          Phrase q = ps.get(j);
          if (q.end <= p.start && q.plural == p.plural && q.role != Role.NAME
              && (q.head.equals(p.head) || oneThingsWords(p.head, q.head))
              && !corpus.articles().get(p.article).inHeadline(q.start, q.end)) {
            out.add(p.id);
            break;
          }
        }
      }
    }
    return out;
  }

  /** Possessive pronouns that own a government noun ("his regime"), read as "the" by {@link #definites}. */
  private static final Set<String> OWNING_PRONOUNS = Set.of("his", "her", "its", "their");

  /**
   * Whether description {@code ps[i]} names a state by its nationality or possessor and the referent of
   * its antecedent {@code a}, as the article has described it so far, names only others: "more American
   * forces" after "those forces" that were "U.S.-trained Iraqi security forces" are other forces.
   */
  private boolean statesClash(List<Phrase> ps, int i, Phrase d, Phrase a) {
    Set<String> mine = describedStates(d);
    if (mine.isEmpty()) {
      return false;
    }
    String root = find(node(a));
    Set<String> theirs = new HashSet<>();
    for (int j = 0; j < i; j++) {
      Phrase q = ps.get(j);
      if (q.role == Role.NONE && find(node(q)).equals(root)) {
        theirs.addAll(describedStates(q));
      }
    }
    return !theirs.isEmpty() && Collections.disjoint(mine, theirs);
  }

  /** The states a description names by its words or its possessor ("Japanese waters", "Japan's waters"). */
  private Set<String> describedStates(Phrase p) {
    List<String> words = new ArrayList<>(p.descriptors);
    words.add(possessor(p));
    return countries(words);
  }

  /** Whether {@code w}, a modifier of {@code a}, is a group's own word: written as a name, or a word for people. */
  private boolean groupWord(Phrase a, String w) {
    return capitalisedIn(a, w) || lexicon.collectiveHeads.contains(w) || lexicon.organisationHeads.contains(w)
        || lexicon.personRoles.contains(w) || "group".equals(lexicon.nounKinds.get(w)) || "person".equals(lexicon.nounKinds.get(w));
  }

  /** Whether the lowercase word {@code w} is written with a capital in {@code p}'s text. */
  private static boolean capitalisedIn(Phrase p, String w) {
    for (String t : p.text.split("[\\s,;:()\"“”]+")) {
      if (Words.isCapitalised(t) && Words.fold(t).equals(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest name before {@code ps[i]} within the coreference window that bears the description's
   * head, a person's role, as its title ("President Donald Trump" for "the president"), or null.
   */
  private Phrase titledBefore(List<Phrase> ps, int i, Phrase d) {
    if (d.plural || !lexicon.personRoles.contains(d.head)) {
      return null;
    }
    for (int j = i - 1; j >= 0; j--) {
      Phrase a = ps.get(j);
      if (d.sentence - a.sentence > COREFERENCE_WINDOW) {
        break;
      }
      if (a.role == Role.NAME && a.end <= d.start && a.titles.contains(d.head) && !foreignBesideHome(ps, i, d, a)) {
        return a; // (not a foreign holder where the article has named its own: "the president" is Trump, not Putin)
      }
    }
    return null;
  }

  /**
   * The roots of referents holding an organisation's name, from {@link #definites} on; {@link #union}
   * keeps it current as roots change.
   */
  private Set<String> organisations = new HashSet<>();

  /**
   * "The company" phrases that could stand for either of two firms their article names just before: no
   * other article's "the company" decides for them.
   */
  private final Set<Integer> eitherFirm = new HashSet<>();

  /** Sentences back that "the company" looks for the organisation it stands for. */
  private static final int INSTITUTION_WINDOW = 3;

  /**
   * "The dam" after "the Harwell Dam", "the act" after "the Endangered Species Act", "the council" after
   * "the UN Security Council": a bare definite description whose noun ends a name the article wrote
   * shortly before is that name (the nearest such); a person's role, a state's noun and an institution's
   * noun ("the court", see {@link #institutionNamedBefore}) are read by their own rules. Whether it joined one.
   */
  private boolean namedByItsHeadBefore(List<Phrase> ps, int i) {
    Phrase d = ps.get(i);
    if (d.plural || !d.determiner.equals("the") || !d.after.isEmpty() && d.after.get(0).equals("of")
        || !d.descriptors.equals(List.of(d.head)) || lexicon.institutionHeads.contains(d.head)
        || lexicon.personRoles.contains(d.head) || "person".equals(lexicon.nounKinds.get(d.head))
        || lexicon.countryHeads.contains(d.head) || weak(d)) {
      return false; // "the champion" is no "Heavyweight Champion" written as a headline's name
    }
    for (int j = i - 1; j >= 0; j--) {
      Phrase a = ps.get(j);
      if (d.sentence - a.sentence > COREFERENCE_WINDOW) {
        return false;
      }
      if (a.role != Role.NAME || a.end > d.start || a.contains(d) || d.contains(a) || nameNodeOf.get(a.id) == null) {
        continue;
      }
      String[] words = nameWords(a);
      String last = Words.fold(words[words.length - 1]);
      // A name in the plural ("Apps Stores", "Financial Markets") is not what "the store" or "the market" means.
      if (words.length >= 2 && last.equals(d.head) && !"person".equals(nameKind(nameNodeOf.get(a.id), a.name, a))) {
        union(node(d), node(a), "the noun that ends the name written before it:");
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a name whose last one may be a description's noun: as written, or for an acronym its
   * spelled-out name in the alias lexicon up to its "of" ("FBI": "Federal Bureau", so "the bureau" is the FBI).
   */
  private String[] nameWords(Phrase a) {
    String[] words = clean(a.name).split(" ");
    if (words.length == 1) {
      FramingLexicon.AliasGroup g = lexicon.aliasGroup(Words.nameKey(clean(a.name)));
      String full = g == null ? "" : beforeOf(Words.nameKey(g.name()));
      if (full.contains(" ")) {
        return full.split(" ");
      }
    }
    return words;
  }

  /**
   * "The court" many sentences after "the Supreme Court": a bare definite singular noun that ends the
   * names of one referent only among the names its article wrote before it, with no other description
   * by that noun in between, is that referent, however far back ("the court" is no "lower court" the
   * article spoke of since); for a noun of an institution or of a place only. A person's role, a state's
   * noun, a government's and a firm's ("the company": see {@link #institutionNamedBefore}) are read by
   * their own rules.
   */
  private void onlyNameEndingInIt(List<Phrase> ps, int i) {
    Phrase d = ps.get(i);
    if (d.plural || !d.determiner.equals("the") || !d.after.isEmpty() && d.after.get(0).equals("of")
        || !d.descriptors.equals(List.of(d.head)) || lexicon.personRoles.contains(d.head)
        || "person".equals(lexicon.nounKinds.get(d.head)) || lexicon.countryHeads.contains(d.head)
        || lexicon.governmentHeads.contains(d.head) || weak(d)
        || lexicon.institutionHeads.contains(d.head) && !OWN_WORD.contains(d.head)) {
      return; // "the company" stands for any firm named just before, Toyota as well as Ford Motor Company
    }
    String only = null;
    Set<String> between = new HashSet<>();
    for (int j = i - 1; j >= 0; j--) {
      Phrase a = ps.get(j);
      if (a.end > d.start || a.contains(d) || d.contains(a)) {
        continue;
      }
      String node = a.role == Role.NAME ? nameNodeOf.get(a.id) : null;
      String[] words = node == null ? null : nameWords(a);
      // An institution's noun ("the council", "the ministry") or a place's ("the strip"): a thing's ("the
      // store") is as often any store, far from the name.
      boolean endsInIt = words != null && words.length >= 2 && Words.fold(words[words.length - 1]).equals(d.head)
          && (lexicon.organisationHeads.contains(d.head) || OWN_WORD.contains(d.head)
              || nameKind(node, a.name, a).equals("place"));
      if (endsInIt) {
        String root = find(node);
        if (only != null && !only.equals(root)) {
          return; // two names end in it: either
        }
        only = root;
      } else if (only == null && a.role != Role.NAME && a.head.equals(d.head) && !a.plural) {
        between.add(find(node(a)));
      }
    }
    // "A lower court" since the name may be the one meant, unless it is the name's already.
    if (only != null && (between.isEmpty() || Set.of(only).equals(between))) {
      union(node(d), only, "the only name ending in its noun that the article wrote before it:");
    }
  }

  /**
   * "The company", "the firm", "the bank": a definite singular noun for an institution ({@code
   * institutionHeads}), with no other word that could tell it from the one named just before, stands for
   * the organisation the article named last, within {@link #INSTITUTION_WINDOW} sentences ("GM … the
   * company"). Not "the company of …", "the Japanese firm" or "the anti-ISIL coalition"; and a name of
   * unknown kind in between stops the search, as it may be what the noun means.
   */
  private void institutionNamedBefore(List<Phrase> ps, int i) {
    Phrase d = ps.get(i);
    boolean bare = d.descriptors.equals(List.of(d.head));
    if (d.plural || !d.determiner.equals("the") || !d.after.isEmpty() && d.after.get(0).equals("of")
        || !lexicon.institutionHeads.contains(d.head) && !d.head.equals("facility")
        || !bare && (!TRADE_HEADS.contains(d.head) || !tradeOnly(d))
        || d.head.equals("party") && GATHERING_PREPOSITIONS.contains(d.before)) {
      return; // "were at the party", "after the party": a gathering, not the Democrats named before it
    }
    for (int j = i - 1; j >= 0; j--) {
      Phrase a = ps.get(j);
      if (d.sentence - a.sentence > INSTITUTION_WINDOW) {
        return;
      }
      if (a.role != Role.NAME || a.end > d.start || a.contains(d) || d.contains(a)) {
        continue;
      }
      if (organisations.contains(find(nameNodeOf.get(a.id)))) {
        if (!fitsInstitution(d.head, a.name) || !bare && !kindUnwritten(a.name)) {
          continue; // "the hospital" is not the Police named before it, nor "the accounting firm" Troy Police
        }
        if (anotherFirmBeside(ps, j, d)) {
          eitherFirm.add(d.id); // "bringing together HP and EDS could ... ruin the union": either, or neither
          return;
        }
        union(node(d), node(a), "the organisation the article named last:");
        return;
      }
      String kind = nameKind(nameNodeOf.get(a.id), a.name, a);
      if (!kind.equals("person") && !kind.equals("place")) {
        return; // a name of unknown kind came between: it may be what "the company" means
      }
    }
  }

  /** Prepositions before "the party" that make it a gathering: where or when something happened. */
  private static final Set<String> GATHERING_PREPOSITIONS = Set.of("at", "during", "after", "before", "throughout");

  /**
   * Whether the words before an institution's noun say no more than its trade, which the firm named before
   * has whatever it is: "the company", "the software giant", "the chip maker", written in lower case; not
   * an adjective, a nationality or a relation, which may tell another firm ("the Japanese firm", "the rival
   * company", "the parent company", "the combined company").
   */
  private boolean tradeOnly(Phrase d) {
    for (String w : d.descriptors) {
      if (!w.equals(d.head) && (d.adjectives.contains(w) || lexicon.nationalities.containsKey(w)
          || FIRM_RELATIONS.contains(w) || SISTERS.contains(w) || !Words.isWord(w) || !d.words.contains(w)
          || !d.text.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /** Nouns for a firm that a word of its trade may come before: "the software giant", "the chip maker". */
  private static final Set<String> TRADE_HEADS = Set.of("company", "firm", "corporation", "giant", "maker", "carrier",
      "operator", "provider", "manufacturer", "retailer", "supplier", "airline", "bank", "lender", "insurer",
      "broadcaster", "publisher", "conglomerate", "startup", "chain", "grocer", "supermarket", "automaker", "carmaker",
      "chipmaker");

  /**
   * Whether a firm's name says nothing of its kind ("Microsoft", "Seacom", "Vexacom Inc."), unlike "Troy
   * Police" or "Bank of America": only then may a description by its trade stand for it.
   */
  private boolean kindUnwritten(String name) {
    String written = kindWord(name);
    return !isOrganisationNoun(written) && !lexicon.institutionHeads.contains(Words.singular(written));
  }

  /**
   * The word of an organisation's name that may say its kind: the last before an "of", by its alias group's
   * name where it has one ("UN" says no kind, "United Nations" does), without its legal form ("Vexacom Inc."
   * says none).
   */
  private String kindWord(String name) {
    String[] words = beforeOf(groupKey(withoutLegalForm(Words.nameKey(clean(name))))).split(" ");
    return words[words.length - 1];
  }

  /** Modifiers that make an institution's noun another firm than the one named: "the sister company". */
  private static final Set<String> SISTERS = Set.of("sister", "holding", "mother", "daughter", "partner", "target",
      "acquiring", "merged", "combined", "joint", "state", "rival", "other");

  /**
   * Whether the sentence of the organisation {@code ps[j]} names, or the words between it and {@code d},
   * also name another organisation that {@code d}'s noun fits (for "the company" and "the firm", any
   * name of no known kind): then {@code d} may stand for either ("Analysts said bringing together HP
   * and EDS could ruin the union").
   */
  private boolean anotherFirmBeside(List<Phrase> ps, int j, Phrase d) {
    Phrase a = ps.get(j);
    String root = find(nameNodeOf.get(a.id));
    for (Phrase o : ps) {
      if (o == a || o.role != Role.NAME || o.start >= d.start || o.sentence < a.sentence
          || o.sentence != a.sentence && o.start < a.end || nameNodeOf.get(o.id) == null) {
        continue;
      }
      String other = find(nameNodeOf.get(o.id));
      if (!other.equals(root) && fitsInstitution(d.head, o.name)) {
        // Another organisation; for "the company" or "the firm", any name of no known kind too.
        String kind = nameKind(nameNodeOf.get(o.id), o.name, o);
        if (organisations.contains(other) || ANY_ORGANISATION.contains(d.head) && kind.equals("thing")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Institution nouns that stand only for a name ending in them ("the court": "the Supreme Court"). */
  private static final Set<String> OWN_WORD = Set.of("court", "tribunal");
  /** Nouns that end the names of places where something is done or kept, which "the facility" can be. */
  private static final Set<String> FACILITIES = Set.of("center", "centre", "clinic", "hospital", "plant", "factory",
      "prison", "jail", "facility", "laboratory", "lab", "refinery", "warehouse", "shelter", "institute", "complex",
      "station", "base", "camp", "depot", "mill", "works");
  /** Institution nouns that fit any organisation. */
  private static final Set<String> ANY_ORGANISATION = Set.of("company", "firm", "corporation", "organisation", "organization");
  /** Words that end the names of newspapers. */
  private static final Set<String> NEWSPAPER_NAMES = Set.of("times", "post", "journal", "herald", "tribune", "gazette",
      "daily", "telegraph", "guardian", "press", "chronicle", "observer", "independent", "inquirer", "examiner", "mail");

  /**
   * Whether institution noun {@code head} can stand for the organisation named {@code name}: a name ending
   * in a kind noun of its own ("Beaumont Hospital", "Vancouver Police"; an acronym by its alias group's
   * name: "UN" is the United Nations, no hospital) takes only that noun, a newspaper's name "the
   * newspaper", a state's body "the agency", and any organisation "the company"; a name with no kind
   * noun ("GM") any.
   */
  private boolean fitsInstitution(String head, String name) {
    String written = kindWord(name);
    if (head.equals("facility")) {
      return FACILITIES.contains(Words.singular(written)); // "the Harbor Light Treatment Center … the facility"
    }
    if (OWN_WORD.contains(head)) {
      return Words.singular(written).equals(head); // "the court" is the Supreme Court, not Apple named before it
    }
    return !isOrganisationNoun(written) || Words.singular(written).equals(head) || ANY_ORGANISATION.contains(head)
        || (head.equals("newspaper") || head.equals("paper")) && NEWSPAPER_NAMES.contains(written)
        || head.equals("agency") && STATE_BODIES.contains(Words.singular(written));
  }

  /** Nouns that end the names of a state's bodies, any of which "the agency" can be ("the Federal Bureau of Investigation"). */
  private static final Set<String> STATE_BODIES = Set.of("agency", "bureau", "department", "office", "service",
      "administration", "commission", "authority", "directorate", "ministry");

  /** A noun that makes a name ending in it an organisation's ("Company", "Police", "Hospital", "Community"). */
  private boolean isOrganisationNoun(String word) {
    String one = Words.singular(word);
    return lexicon.organisationHeads.contains(word) || lexicon.organisationHeads.contains(one)
        || lexicon.institutionHeads.contains(one) || lexicon.bodyNameEnds.contains(one);
  }

  /** The roots of the names known to be organisations, some spelling of them at least ("GM" as "General Motors"). */
  private Set<String> organisations() {
    Set<String> out = new HashSet<>();
    for (Phrase p : corpus.all()) {
      if (p.role == Role.NAME && nameKind(nameNodeOf.get(p.id), p.name, p).equals("organisation")) {
        out.add(find(nameNodeOf.get(p.id)));
      }
    }
    return out;
  }

  /**
   * A bare plural or a bare group noun ("gang members", "police", "investigators"): as definite as "the
   * police" when the article has spoken of them before.
   */
  private boolean isBareCollective(Phrase d) {
    return d.determiner.isEmpty() && (d.plural || lexicon.collectiveHeads.contains(d.head)
        || lexicon.organisationHeads.contains(d.head) || lexicon.governmentHeads.contains(d.head));
  }

  /**
   * "The Arab country" names the Arab country its article has named most before it (the latest on a
   * tie): a country description with a regional word ({@code kinds.json} "regions") joins that country.
   * With no such country named before it, it stays a description of its own. So does a state's rule called
   * by its kind ("the communist regime", "the Islamic government"), which stands for the state as "the
   * Chinese regime" does.
   */
  private void regionalDescriptions() {
    for (List<Phrase> ps : corpus.phrases()) {
      for (int i = 0; i < ps.size(); i++) {
        Phrase d = ps.get(i);
        if (d.role != Role.NONE && d.role != Role.MODIFIER || !d.isDefinite() || d.plural
            || !lexicon.countryHeads.contains(d.head) && !lexicon.governsState(d.head)
            || (!d.after.isEmpty() && d.after.get(0).equals("of"))) {
          continue;
        }
        // A region may be written as a name: "the South Pacific island nation".
        Set<String> countries = new HashSet<>();
        for (String w : d.role == Role.NONE ? d.descriptors : d.words) {
          for (String c : lexicon.regions.getOrDefault(w, List.of())) {
            countries.add(find(nameNode(c, null)));
          }
        }
        if (countries.isEmpty()) {
          continue;
        }
        Map<String, Integer> named = new HashMap<>();
        Map<String, Phrase> latest = new HashMap<>();
        for (int j = 0; j < i; j++) {
          Phrase a = ps.get(j);
          String node = a.role == Role.NAME && !a.demonym ? nameNodeOf.get(a.id) : null;
          if (node != null && a.end <= d.start && countries.contains(find(node))) {
            named.merge(find(node), 1, Integer::sum);
            latest.put(find(node), a);
          }
        }
        Phrase most = namedMostBefore(named, latest, root -> true);
        if (most != null) {
          union(node(d), node(most), "the country of its region named most before it:");
        }
      }
    }
  }

  /** Whether {@code a} has a modifier of its own that {@code d} lacks ("coalition" of "coalition forces"). */
  private boolean ownModifier(Phrase a, Phrase d) {
    for (String w : a.descriptors) {
      if (!w.equals(a.head) && !d.words.contains(w) && !d.descriptors.contains(w) && !lexicon.genericModifiers.contains(w)
          && !Phrase.isCount(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean corefers(Phrase d, Phrase a, boolean byHead) {
    return corefers(d, a, byHead, false);
  }

  /**
   * With {@code synonym}, {@code a} may be called by another word for the same thing ({@code
   * nearIdentityThings}: "the quake" after "a 4.2 magnitude earthquake"), as its head would.
   */
  private boolean corefers(Phrase d, Phrase a, boolean byHead, boolean synonym) {
    boolean headMatch = (d.head.equals(a.head) || synonym && a.role == Role.NONE && oneThingsWords(d.head, a.head))
        && a.role != Role.NAME;
    if (byHead && !headMatch || ordinalsDiffer(d, a) || d.words.contains("other") && !a.words.contains("other")) {
      return false; // "the other soldier" is not the soldier before it
    }
    // "the Takfiris" after "the Takfiri terrorists of Daesh": a modifier of a group's label.
    // One person's role is no group: "the Air Force" is not "the Air Force chief of staff".
    // A government's own word in lowercase names no people of it: "the secessionists" are not "the secessionist
    // regional government" (but "the Houthis" may be "the Houthi government").
    boolean agent = lexicon.collectiveHeads.contains(a.head)
        || lexicon.governmentHeads.contains(a.head) && (!d.plural || capitalisedIn(a, d.head))
        || lexicon.personRoles.contains(a.head) && a.plural;
    // A modifier before the group's noun, not a word after it ("the state" is not "the president of a
    // state medical society").
    // The modifier is a group's own word, written as a name ("Takfiri") or a word for people ("the crew"
    // after "300 crew members"): "the market" is no "market analyst", nor "the camp" its "camp refugees".
    boolean modifierMatch = (agent && a.descriptors.contains(d.head) && before(a.words, d.head, a.head) && groupWord(a, d.head))
        || (a.role == Role.NAME && !d.plural && a.titles.contains(d.head) && lexicon.personRoles.contains(d.head));
    if (!headMatch && !modifierMatch) {
      return false;
    }
    if (modifierMatch && !headMatch && (former(titleWords(a)) && !former(d.descriptors) || deputyOnly(d, titleWords(a)))) {
      return false; // "the prime minister" is not "the then Prime Minister Branko Crvenkovski", nor a deputy one
    }
    if (headMatch && d.plural != a.plural) {
      return false;
    }
    Set<String> aWords = new HashSet<>(ownWords(a));
    Set<String> dCountries = describedStates(d);
    Set<String> aCountries = countries(new ArrayList<>(aWords));
    if (a.role != Role.NONE) {
      aCountries.add(find(nameNodeOf.get(a.id)));
    }
    for (String w : d.descriptors) {
      if (w.equals(d.head) || aWords.contains(w) || lexicon.genericModifiers.contains(w)) {
        continue;
      }
      if (lexicon.nationalities.containsKey(w)) {
        // "the Syrian regime" after "the Assad regime": no nationality on the antecedent is no clash (a
        // leader's name before the noun); "the American administration" after "the administration of the
        // Palestinian Authority" is one.
        if (!aCountries.isEmpty() && java.util.Collections.disjoint(dCountries, aCountries)
            && !(a.role == Role.MODIFIER && lexicon.governmentHeads.contains(d.head))) {
          return false;
        }
        if (aCountries.isEmpty() && a.role == Role.NONE && ownModifier(a, d)) {
          return false; // "Iraqi forces" after "coalition forces": another state's, or no state's
        }
        continue;
      }
      return false;
    }
    return true;
  }

  /** The lowercase possessor before "'s" that stands as a phrase's determiner ("japan" of "Japan's waters"), or "". */
  private static String possessor(Phrase p) {
    int at = ownerEnd(p);
    return at > 0 ? Words.fold(p.text.substring(0, at)) : "";
  }

  /** Where the possessor before "'s" ends in a phrase's text, when "'s" is its determiner ("Japan's waters": 5), or -1. */
  private static int ownerEnd(Phrase p) {
    return p.determiner.equals("'s") ? Math.max(p.text.indexOf("'s "), p.text.indexOf("’s ")) : -1;
  }

  /** Whether {@code word} comes before {@code head} among {@code words} (a head not found: yes). */
  private static boolean before(List<String> words, String word, String head) {
    int h = -1;
    for (int i = 0; i < words.size(); i++) {
      if (Words.singular(words.get(i)).equals(head)) {
        h = i;
        break;
      }
    }
    int w = words.indexOf(word);
    return h < 0 || w >= 0 && w < h;
  }

  // ---- aligned text ---------------------------------------------------------------------------

  private void aligned(List<QuoteGroup> quoteGroups, List<AlignedFact> facts) {
    Map<String, Integer> index = corpus.articleIndex();
    Set<String> named = namedRoots();
    for (QuoteGroup g : quoteGroups) {
      String refArticle = g.referenceOccurrence().quotation().articleId();
      for (WordChange c : g.changes()) {
        if (c.kind() != WordChange.Kind.REPLACE || !index.containsKey(refArticle) || !index.containsKey(c.articleId())) {
          continue;
        }
        joinSlot(index.get(refArticle), c.referenceSpan(), index.get(c.articleId()), c.variantSpan(), named, false, false);
      }
    }
    // Each telling against the fact's first; and, for descriptions of one head only, against each of the
    // first few: a fact joined from two groups of tellings ("Police said Lo Presti ... hanged himself" / "A
    // Mafia boss in Palermo hanged himself") has slots within each.
    for (AlignedFact f : facts) {
      List<SentenceRef> members = f.members();
      // Each telling's words and their keys, once: a telling is diffed with up to eight others.
      List<Telling> tellings = new ArrayList<>(members.size());
      for (SentenceRef r : members) {
        tellings.add(Telling.of(r, words(corpus.member(r))));
      }
      // Per first telling, the word diff with each other wording, once (wire copy tells one text in many articles).
      List<Map<List<String>, List<WordDiff.Edit>>> diffs = new ArrayList<>();
      for (int first = 0; first < Math.min(members.size(), SLOT_TELLINGS); first++) {
        diffs.add(new HashMap<>());
      }
      for (int m = 1; m < members.size(); m++) {
        for (int first = 0; first < Math.min(m, SLOT_TELLINGS); first++) {
          Telling tf = tellings.get(first);
          Telling tm = tellings.get(m);
          if (!tf.keys().equals(tm.keys())) { // the same words fill no slot
            List<WordDiff.Edit> edits = diffs.get(first).computeIfAbsent(tm.keys(), k -> WordDiff.edits(tf.keys(), k));
            diffSlots(tf, tm, edits, named, first > 0);
          }
        }
      }
    }
  }

  /** One telling of a fact: its sentence, its words and their keys (singular, lower case, no periods). */
  private record Telling(SentenceRef ref, List<Tok> words, List<String> keys) {
    static Telling of(SentenceRef ref, List<Tok> words) {
      return new Telling(ref, words, words.stream().map(t -> Words.singular(t.lower().replace(".", ""))).toList());
    }
  }

  /** How many of a fact's first tellings each other telling is diffed with, slot by slot. */
  private static final int SLOT_TELLINGS = 8;

  /**
   * Reads the word diff {@code edits} of two aligned sentences; a phrase replaced by a phrase in the same slot joins it
   * ({@code sameHeads}: only where the slot is the modifiers or determiner of one head both share).
   */
  private void diffSlots(Telling tx, Telling ty, List<WordDiff.Edit> edits, Set<String> named, boolean sameHeads) {
    SentenceRef x = tx.ref();
    SentenceRef y = ty.ref();
    List<Tok> a = tx.words();
    List<Tok> b = ty.words();
    List<String> ka = tx.keys();
    List<String> kb = ty.keys();
    // Close tellings: the words both share are most of each ("Vale told MPs that the activists had put
    // lives at risk" / "Mr Vale told the Commons the zealots had put lives at risk").
    int same = ka.size();
    for (WordDiff.Edit d : edits) {
      same -= d.kind() == WordDiff.Kind.SAME ? 0 : d.aSize();
    }
    boolean close = same >= CLOSE_TELLINGS * Math.max(ka.size(), kb.size());
    if (same < PARALLEL_TELLINGS * Math.max(ka.size(), kb.size())) {
      return; // not built alike: the diff's slots are where chance function words meet
    }
    for (WordDiff.Edit d : edits) {
      if (d.kind() != WordDiff.Kind.CHANGE) {
        continue;
      }
      int sa = d.aFrom();
      int ea = sa + d.aSize() - 1;
      int sb = d.bFrom();
      int eb = sb + d.bSize() - 1;
      // The slot must be framed by shared words on both sides (or the sentence edge on both).
      boolean framed = (sa > 0) == (sb > 0) && (ea < a.size() - 1) == (eb < b.size() - 1) && (sa > 0 || ea < a.size() - 1);
      if (!framed || d.aSize() > SLOT_WORDS || d.bSize() > SLOT_WORDS) {
        continue; // a long change is a sentence built differently (active and passive), not one slot
      }
      // A noun of one slot that the other telling writes elsewhere names something that telling has
      // too, in another place: the two slots are two of a list told in another order ("firefighters ...
      // and police officers" / "Police and firefighters"), not one thing told in other words.
      if (nounElsewhere(a, ka, sa, ea, kb, sb, eb) || nounElsewhere(b, kb, sb, eb, ka, sa, ea)) {
        continue;
      }
      joinSlot(x.article(), new TextRange(a.get(sa).start(), a.get(ea).end()), y.article(), new TextRange(b.get(sb).start(), b.get(eb).end()), named,
          sameHeads, close);
    }
  }

  /**
   * Whether a noun of the slot {@code [from, to]} of {@code toks} (keys {@code keys}) is among the keys
   * of the other telling {@code other} outside its slot {@code [otherFrom, otherTo]}.
   */
  private static boolean nounElsewhere(List<Tok> toks, List<String> keys, int from, int to, List<String> other,
      int otherFrom, int otherTo) {
    for (int k = from; k <= to; k++) {
      if (!toks.get(k).is("NOUN") && !toks.get(k).is("PROPN")) {
        continue;
      }
      for (int o = 0; o < other.size(); o++) {
        if ((o < otherFrom || o > otherTo) && other.get(o).equals(keys.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Tok> words(List<Tok> toks) {
    List<Tok> out = new ArrayList<>();
    for (Tok t : toks) {
      if (Words.isWord(t.text())) {
        out.add(t);
      }
    }
    return out;
  }

  /** The share of its words a telling shares with another for the two to be close (see {@link #joinSlot}). */
  private static final double CLOSE_TELLINGS = 0.6;

  /**
   * The share of its words a telling shares with another for their diff to have slots at all: one fact
   * told in two sentences built differently ("Manning started the game 17-for-17 to fall one completion
   * short of the NFL record" / "Manning completed his first 17 passes ... and led the Colts to their eighth
   * consecutive win") shares a few function words, and what stands between them is no one slot.
   */
  private static final double PARALLEL_TELLINGS = 0.2;

  /**
   * Joins what stands in one slot of two aligned tellings ({@code sameHeads}: only descriptions of one head;
   * {@code close}: the tellings share most of their words, so several phrases in a slot stand for the
   * other's by their places).
   */
  private void joinSlot(int articleA, TextRange ra, int articleB, TextRange rb, Set<String> named, boolean sameHeads,
      boolean close) {
    // The slot is a modifier of one head both tellings share: "the president's [travel] ban" / "the [Muslim]
    // ban" are one ban called two ways, unless the modifiers tell two owners or two of a series apart.
    Phrase ma = modifiedHead(articleA, ra);
    Phrase mb = modifiedHead(articleB, rb);
    if (ma != null && mb != null) {
      if (ma.head.equals(mb.head) && oneHeadInSlot(articleA, ra, ma, articleB, rb, mb)) {
        safeUnion(node(ma), node(mb), named, "in the same slot of an aligned fact or quotation as");
      }
      return;
    }
    Phrase pa = onlyPhrase(articleA, ra);
    Phrase pb = onlyPhrase(articleB, rb);
    if (pa == null && pb == null) {
      // The slot is a description's determiner or first modifiers, and the words from it to the head are
      // the same in both: "[A] Mafia boss in Palermo hanged himself" / "[An alleged] Mafia boss who was
      // caught on wiretaps hanged himself".
      ma = headWithin(articleA, ra);
      mb = headWithin(articleB, rb);
      if (ma != null && mb != null && toHead(ma, ra.end()).equals(toHead(mb, rb.end()))
          && oneHeadInSlot(articleA, ra, ma, articleB, rb, mb) && !countsDiffer(ma, mb)) {
        safeUnion(node(ma), node(mb), named, "in the same slot of an aligned fact or quotation as");
      }
      return;
    }
    if (!sameHeads && close && (pa == null || pb == null)) {
      // Two phrases or more in a slot: as many on both sides, each stands where the other telling's phrase
      // of its place does ("Vale told [MPs] that [the activists] had" / "told [the Commons] [the zealots]
      // had"); one against several, it stands where the other's phrase at the same edge of the slot does
      // ("told MPs that the [activists] had" / "told the [Commons the zealots] had"); unless a head of one
      // side is a head of the other at another place (a list told in another order).
      List<Phrase> xs = outermostIn(articleA, ra);
      List<Phrase> ys = outermostIn(articleB, rb);
      if (xs.isEmpty() || ys.isEmpty() || xs.size() + ys.size() < 3 || reordered(xs, ys)) {
        return;
      }
      List<Phrase[]> pairs = new ArrayList<>();
      if (xs.size() == ys.size()) {
        for (int k = 0; k < xs.size(); k++) {
          pairs.add(new Phrase[] {xs.get(k), ys.get(k)});
        }
      } else if (xs.size() == 1 || ys.size() == 1) {
        Phrase xl = xs.get(xs.size() - 1);
        Phrase yl = ys.get(ys.size() - 1);
        if (Math.abs(xl.end - ra.end()) <= EDGE && Math.abs(yl.end - rb.end()) <= EDGE) {
          pairs.add(new Phrase[] {xl, yl});
        } else if (Math.abs(xs.get(0).start - ra.start()) <= EDGE && Math.abs(ys.get(0).start - rb.start()) <= EDGE) {
          pairs.add(new Phrase[] {xs.get(0), ys.get(0)});
        }
      }
      for (Phrase[] pair : pairs) {
        joinSlot(articleA, new TextRange(pair[0].start, pair[0].end), articleB, new TextRange(pair[1].start, pair[1].end),
            named, false, true);
      }
      return;
    }
    if (sameHeads || pa == null || pb == null || weak(pa) || weak(pb)
        || isMeasure(pa) || isMeasure(pb)) {
      return; // "2,000 feet" and "600m" in one slot are amounts, not one thing
    }
    if (isPossessor(pa) && pa.role == Role.NAME && pb.role == Role.NONE && !isPossessor(pb)
        || isPossessor(pb) && pb.role == Role.NAME && pa.role == Role.NONE && !isPossessor(pa)) {
      return; // "Microsoft's [Fix It] patch" / "The patch": a named owner stands where a determiner does
    }
    boolean namedA = pa.role == Role.NAME;
    boolean namedB = pb.role == Role.NAME;
    if (namedA && namedB && !find(node(pa)).equals(find(node(pb)))) {
      return; // two different names in one slot are two things said differently, not one thing.
    }
    String ka = kindOf(pa);
    String kb = kindOf(pb);
    if (!ka.equals(kb) && !ka.equals("thing") && !kb.equals("thing")) {
      return;
    }
    if (ordinalsDiffer(pa, pb) || countsDiffer(pa, pb)) {
      return; // "16 rebounds" / "nine rebounds" are two amounts in one slot, not one thing
    }
    if (otherSex(pa, pb)) {
      return; // "two men were hurt" / "two women were hurt": the same telling of other people
    }
    // Two descriptions with different heads in one slot are one thing when they are actors of one kind ("the
    // driver" / "the victim's father", "the university" / "the school") or their heads are kin words for it
    // ("the revolver" / "the gun", "the shelling" / "the strike"); else the slot holds two things the outlets
    // chose to mention ("the cheek" / "the arm", "the purpose" / "the city of Cuzco", "the warship" / "the
    // helicopter").
    if (!namedA && !namedB && !(ka.equals(kb) && ACTOR_KINDS.contains(ka)) && !lexicon.kin(pa.head, pb.head)) {
      return;
    }
    // A person's name and a description whose head is no word for a person ("Lawrence is set to star" /
    // "The studio is in a rush") are two things told in one place of two paraphrases.
    if (namedA && ka.equals("person") && !namedB && kb.equals("thing")
        || namedB && kb.equals("person") && !namedA && ka.equals("thing")) {
      return;
    }
    // A name of a known kind and a description of a thing no kind list knows ("Hamas" / "rockets", "the
    // Federal Reserve" / "the financial sector") are two things: nothing says the description is of that
    // kind. Nor is a name ending in a common noun ("the World Wide Developers Conference") a word no noun
    // list knows at all ("the much-anticipated iPhone").
    if (namedA && !namedB && otherKind(pa, ka, pb) || namedB && !namedA && otherKind(pb, kb, pa)) {
      return;
    }
    // Two descriptions stand for one thing only when their heads are words for the same kind of thing
    // ("the vessel" / "the ship", "the deal" / "the agreement"), not "data centers" / "an undisclosed sum".
    if (pa.role == Role.NONE && pb.role == Role.NONE && !ka.equals(kb)) {
      return;
    }
    // Firms in the plural are not one firm: "the auto companies" / "Japanese automaker".
    if (pa.role == Role.NONE && pb.role == Role.NONE && ka.equals("organisation") && pa.plural != pb.plural) {
      return;
    }
    // One telling's victim is not the other's killer: active and passive tellings ("Orozco shot the deputy"
    // / "The victim was shot by Orozco") put the two sides of a crime in one slot.
    if (opposedRoles(find(node(pa)), find(node(pb)))) {
      return;
    }
    // A named place and "the region" or "the area" in one slot tell where at two scales ("a repair company
    // to head to the region" / "... the U.K."): a region holds states, it is none of them.
    if (namedA != namedB && WIDER_AREAS.contains((namedA ? pb : pa).head) && (namedA ? ka : kb).equals("place")) {
      return;
    }
    // A description in two slots never bridges two things already named apart ("the storied program" is
    // North Carolina in one aligned pair and stands where "Ford" does in another).
    safeUnion(node(pa), node(pb), named, "in the same slot of an aligned fact or quotation as");
  }

  /** Nouns for an area wider than any one place a story names: never one place by a slot. */
  private static final Set<String> WIDER_AREAS = Set.of("region", "area", "vicinity", "world", "continent",
      "hemisphere", "globe");

  /** Nouns for the one who suffers a crime or an attack, and for the one who commits it. */
  private static final Set<String> VICTIMS = Set.of("victim", "casualty", "hostage");
  private static final Set<String> PERPETRATORS = Set.of("killer", "gunman", "shooter", "attacker", "assailant",
      "murderer", "perpetrator", "suspect", "robber", "hijacker", "culprit", "kidnapper", "abductor", "bomber");

  /** The descriptions headed by a noun of {@link #VICTIMS} or {@link #PERPETRATORS}, once asked for. */
  private List<Phrase> sidedPhrases;

  /** Whether one referent holds a victim's description and the other a perpetrator's (roots given). */
  private boolean opposedRoles(String ra, String rb) {
    if (sidedPhrases == null) {
      sidedPhrases = new ArrayList<>();
      for (Phrase p : phraseById.values()) {
        if (p.role == Role.NONE && (VICTIMS.contains(p.head) || PERPETRATORS.contains(p.head))) {
          sidedPhrases.add(p);
        }
      }
    }
    boolean victimA = false;
    boolean victimB = false;
    boolean perpetratorA = false;
    boolean perpetratorB = false;
    for (Phrase p : sidedPhrases) {
      String r = find(node(p));
      boolean victim = VICTIMS.contains(p.head);
      if (r.equals(ra)) {
        victimA |= victim;
        perpetratorA |= !victim;
      }
      if (r.equals(rb)) {
        victimB |= victim;
        perpetratorB |= !victim;
      }
    }
    return victimA && perpetratorB || perpetratorA && victimB;
  }

  /** Kinds whose descriptions in one slot of two tellings stand for one actor whatever their heads. */
  private static final Set<String> ACTOR_KINDS = Set.of("person", "group", "organisation", "place");

  /** Whether both phrases count their heads ("four", "16") and the counts differ. */
  private static boolean countsDiffer(Phrase x, Phrase y) {
    String a = countOf(x);
    String b = countOf(y);
    return a != null && b != null && !a.equals(b);
  }

  /** The first count word before a phrase's head, or null. */
  private static String countOf(Phrase p) {
    return beforeHead(p, Phrase::isCount);
  }

  /**
   * Words before a head that number things of one kind apart, in two series compared within each: "the
   * first film" is not "the second film", nor "the previous generation" "the next generation"; but "the next
   * installment" may be "the second installment".
   */
  private static final List<Set<String>> ORDINALS = List.of(Set.of("first", "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth"), Set.of("previous", "next"));

  /** Whether two phrases put different ordinals of one series before their heads. */
  private boolean ordinalsDiffer(Phrase x, Phrase y) {
    String a = ordinal(x);
    String b = ordinal(y);
    return a != null && b != null && differentOrdinals(a, b);
  }

  /**
   * Whether two descriptions give different years before their heads ("the 2019 trial", "the 2021 trial"):
   * a year is no count, which a description may give differently of one thing ("four smugglers", "three
   * smugglers"), but says which one.
   */
  private static boolean yearsDiffer(Phrase x, Phrase y) {
    return yearsDiffer(yearsOf(x), yearsOf(y));
  }

  private static boolean yearsDiffer(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
  }

  /** The years among a phrase's descriptors ("2019" of "the 2019 trial"). */
  private static Set<String> yearsOf(Phrase p) {
    Set<String> out = Set.of();
    for (String w : p.descriptors) {
      if (w.length() == 4 && (w.charAt(0) == '1' || w.charAt(0) == '2') && YEAR.matcher(w).matches()) {
        out = out.isEmpty() ? new HashSet<>() : out;
        out.add(w);
      }
    }
    return out;
  }

  /** Whether two ordinals are different places in one series ("second", "third"; not "first", "next"). */
  private static boolean differentOrdinals(String a, String b) {
    // Counts of people ({@link #peopleCount}) as well: "#12" and "#50".
    return !a.equals(b) && (a.startsWith("#") && b.startsWith("#") || ORDINALS.stream().anyMatch(o -> inSeries(o, a) && inSeries(o, b)));
  }

  /** Whether an ordinal is of the series {@code o}: ordinals in figures past "10th" are of the first ("58th"). */
  private static boolean inSeries(Set<String> o, String ordinal) {
    return o.contains(ordinal) || o == ORDINALS.get(0) && Phrase.isOrdinalNumber(ordinal);
  }

  /** Each phrase's {@link #ordinalOf}, by id, once computed ({@link #NONE} for none): pairs of phrases ask it often. */
  private final Map<Integer, String> ordinals = new HashMap<>();

  private static final String NONE = "";

  private String ordinal(Phrase p) {
    String o = ordinals.computeIfAbsent(p.id, id -> {
      String found = ordinalOf(p);
      return found == null ? NONE : found;
    });
    return o.isEmpty() ? null : o;
  }

  /** Ordinals in figures, as the words of {@link #ORDINALS} ("the 4th quarter" is "the fourth quarter"). */
  private static final Map<String, String> ORDINAL_FIGURES = Map.of("1st", "first", "2nd", "second", "3rd", "third",
      "4th", "fourth", "5th", "fifth", "6th", "sixth", "7th", "seventh", "8th", "eighth", "9th", "ninth", "10th", "tenth");

  private static String ordinalOf(Phrase p) {
    String w = beforeHead(p, x -> Phrase.isOrdinalNumber(x) || ORDINALS.stream().anyMatch(o -> o.contains(x)));
    return w == null ? null : ORDINAL_FIGURES.getOrDefault(w, w);
  }

  /** The first of a phrase's words before its head that {@code which} accepts, or null. */
  private static String beforeHead(Phrase p, java.util.function.Predicate<String> which) {
    for (String w : p.words) {
      if (w.equals(p.head) || Words.singular(w).equals(p.head)) {
        return null;
      }
      if (which.test(w)) {
        return w;
      }
    }
    return null;
  }

  /** The one outermost phrase covering most of {@code r}, or null if the slot holds none or several. */
  private Phrase onlyPhrase(int article, TextRange r) {
    Phrase best = null;
    int count = 0;
    List<Phrase> phrases = corpus.phrases().get(article);
    for (int i = nearSlot(phrases, r); i < phrases.size() && phrases.get(i).start < r.end(); i++) {
      Phrase p = phrases.get(i);
      if (p.end <= r.start() || p.start >= r.end()) {
        continue;
      }
      boolean inside = p.start >= r.start() - 4 && p.end <= r.end() + 4;
      if (!inside) {
        // A phrase reaching past the slot counts when what it adds is no more than framing words: its head
        // outside the slot ("The beautiful party girl [Tara Reid]" for "A publicist [says]") makes the slot
        // a modifier of the words both sentences share, not a thing of its own.
        // Not a role or a part "of" what the slot holds ("director of [the Union of Concerned Scientists]"):
        // its head stands before the slot.
        if (p.start <= r.start() && p.end >= r.end() && (p.end - p.start) <= 2 * (r.end() - r.start()) + 8
            && !headAfter(p, r.end()) && !(p.role == Role.OF && p.start < r.start())) {
          inside = true;
        } else {
          continue;
        }
      }
      if (best != null && best.contains(p)) {
        continue;
      }
      if (best != null && p.contains(best)) {
        best = p;
        continue;
      }
      best = p;
      count++;
    }
    if (count != 1 || best == null) {
      return null;
    }
    int covered = best.end - best.start;
    return covered * 2 >= (r.end() - r.start()) ? best : null;
  }

  /**
   * The index from which the phrases near a slot begin, in text order: the start of the sentence of the
   * last phrase starting at or before it (phrases of earlier sentences end before that one starts).
   */
  private static int nearSlot(List<Phrase> phrases, TextRange r) {
    int at = lastStartingAtOrBefore(phrases, r.start());
    int from = Math.max(at, 0);
    while (at >= 0 && from > 0 && phrases.get(from - 1).sentence == phrases.get(at).sentence) {
      from--;
    }
    return from;
  }

  /**
   * The smallest description covering the slot {@code r} whose head comes right after it (the slot its
   * modifiers: "travel" of "the president's travel ban"), or null.
   */
  private Phrase modifiedHead(int article, TextRange r) {
    Phrase best = null;
    List<Phrase> phrases = corpus.phrases().get(article);
    for (int i = nearSlot(phrases, r); i < phrases.size() && phrases.get(i).start <= r.start(); i++) {
      Phrase p = phrases.get(i);
      if (p.role == Role.NAME || p.end <= r.end() || p.words.isEmpty()) {
        continue;
      }
      // The head is the first word after the slot: nothing but the head follows it inside the phrase.
      String tail = p.text.substring(Math.min(p.text.length(), r.end() - p.start)).strip();
      String first = tail.split("\\s+")[0].replaceAll("\\W+$", "").toLowerCase(java.util.Locale.ROOT);
      if (!first.equals(p.head) && !Words.singular(first).equals(p.head)) {
        continue;
      }
      if (best == null || p.end - p.start < best.end - best.start) {
        best = p;
      }
    }
    return best;
  }

  /**
   * Whether two descriptions of one head, whose modifiers or determiners fill the slots {@code ra} and
   * {@code rb}, may be one thing: both or neither plural, a head that says something, no amounts, and no
   * ordinals, named owners or figures that tell them apart.
   */
  private boolean oneHeadInSlot(int articleA, TextRange ra, Phrase ma, int articleB, TextRange rb, Phrase mb) {
    return ma.plural == mb.plural && !weak(ma) && !isMeasure(ma) && !isMeasure(mb)
        && !ordinalsDiffer(ma, mb) && !ownersDiffer(ma, mb) && !figuresDiffer(articleA, ra, articleB, rb);
  }

  /** How far a phrase may reach past a slot's edge and still be in it: a determiner ("the [activists]"). */
  private static final int EDGE = 4;

  /** The phrases inside a slot that no other phrase inside it holds, in text order. */
  private List<Phrase> outermostIn(int article, TextRange r) {
    List<Phrase> out = new ArrayList<>();
    List<Phrase> phrases = corpus.phrases().get(article);
    for (int i = nearSlot(phrases, r); i < phrases.size() && phrases.get(i).start < r.end(); i++) {
      Phrase p = phrases.get(i);
      if (p.start < r.start() - EDGE || p.end > r.end() + EDGE || p.end <= r.start() || p.start >= r.end()) {
        continue;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).contains(p)) {
        continue;
      }
      out.removeIf(p::contains);
      out.add(p);
    }
    return out;
  }

  /** Whether a head of {@code xs} is the head of a phrase of {@code ys} at another place. */
  private static boolean reordered(List<Phrase> xs, List<Phrase> ys) {
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < ys.size(); j++) {
        if (i != j && xs.get(i).head.equals(ys.get(j).head)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether both slots hold figures and not the same: "[13] countries" / "[14] countries". */
  private boolean figuresDiffer(int articleA, TextRange ra, int articleB, TextRange rb) {
    Set<String> a = figures(articleA, ra);
    Set<String> b = figures(articleB, rb);
    return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
  }

  /** The figures in a slot ("47" of "AK-47" and of "AK 47", "22" of "22-year-old"). */
  private Set<String> figures(int article, TextRange r) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = FIGURE.matcher(corpus.articles().get(article).text().substring(r.start(), r.end()));
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }

  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");

  /**
   * The smallest description that begins at the slot {@code r} (it holds the description's determiner
   * or first words) and has its head after it, or null.
   */
  private Phrase headWithin(int article, TextRange r) {
    Phrase best = null;
    List<Phrase> phrases = corpus.phrases().get(article);
    for (int i = nearSlot(phrases, r); i < phrases.size() && phrases.get(i).start <= r.start(); i++) {
      Phrase p = phrases.get(i);
      if (p.role == Role.NAME || p.start != r.start() || p.end <= r.end() || p.words.isEmpty() || toHead(p, r.end()).isEmpty()) {
        continue;
      }
      if (best == null || p.end - p.start < best.end - best.start) {
        best = p;
      }
    }
    return best;
  }

  /**
   * The words of {@code p} from the offset {@code from} to its head, folded and in the singular ("mafia",
   * "boss"), or an empty list when the head is not among them.
   */
  private static List<String> toHead(Phrase p, int from) {
    int at = from - p.start;
    if (at <= 0 || at >= p.text.length()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : p.text.substring(at).split("\\s+")) {
      String k = w.replaceAll("^\\W+|\\W+$", "").toLowerCase(java.util.Locale.ROOT);
      if (k.isEmpty()) {
        continue;
      }
      out.add(Words.singular(k));
      if (k.equals(p.head) || Words.singular(k).equals(p.head)) {
        return out;
      }
    }
    return List.of();
  }

  /** Whether two descriptions name different states or named owners among their modifiers. */
  private boolean ownersDiffer(Phrase x, Phrase y) {
    Set<String> a = owners(x);
    Set<String> b = owners(y);
    return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
  }

  /** The states and names among the modifiers of a description ({@link #descriptionKey}'s named keys). */
  private Set<String> owners(Phrase p) {
    Set<String> out = descriptionKey(p);
    out.removeIf(k -> !k.startsWith(NAMED));
    return out;
  }

  /** Whether the head of {@code p} is among its words from {@code at} on, beyond a slot it covers. */
  private static boolean headAfter(Phrase p, int at) {
    return !toHead(p, at).isEmpty();
  }

  // ---- same description across articles ---------------------------------------------------------

  private void sameDescriptions(List<Phrase> all) {
    Map<String, List<Phrase>> byHead = new LinkedHashMap<>();
    for (Phrase p : all) {
      // "The country" and "the nation" point back to a state their article names (see states); across
      // articles they can be any state, so they never join by head; nor does "another caravan" or "the other
      // soldier", nor do amounts ("150 metres", "609 metres").
      if (p.role == Role.NAME || heldRoles.contains(p.id) || p.determiner.equals("another") || p.words.contains("other")
          || anotherOfItsKind.contains(p.id) || weakAlone(p) || lexicon.countryHeads.contains(p.head) || !Words.isWord(p.head)
          || !Character.isLetter(p.head.charAt(0)) || isMeasure(p) || bodyPart(p)) {
        continue; // nor a part of the body: each one's head is their own
      }
      // One thing and several of its kind are told apart by number ("a former employee", "employees").
      byHead.computeIfAbsent(headKey(p), k -> new ArrayList<>()).add(p);
    }
    Set<String> named = namedRoots();
    Map<String, Set<String>> states = statesByRoot(all);
    for (List<Phrase> ps : byHead.values()) {
      if (ps.size() > 300) {
        continue; // a head that common says nothing on its own
      }
      List<Set<String>> keys = new ArrayList<>();
      List<Set<String>> years = new ArrayList<>();
      List<Set<String>> identities = new ArrayList<>();
      List<Set<String>> unhedgedIdentities = new ArrayList<>();
      List<Set<String>> judging = new ArrayList<>();
      List<Set<String>> places = new ArrayList<>();
      Set<String> namedOwners = new HashSet<>();
      for (Phrase p : ps) {
        places.add(eventPlaces(p));
        Set<String> key = descriptionKey(p);
        keys.add(key);
        years.add(yearsOf(p));
        judging.add(judging(p));
        Set<String> identity = new HashSet<>(key);
        identity.removeAll(framing(p));
        // An ordinal tells two things apart even where the tagger calls it an adjective ("the second
        // floor", "the third floor"): kept, so that a bare "the floor" does not make them one.
        String ordinal = ordinal(p);
        if (ordinal != null) {
          identity.add(ordinal);
        }
        identities.add(identity);
        Set<String> unhedged = new HashSet<>(identity);
        unhedged.removeAll(hedgesAmong(p));
        unhedgedIdentities.add(unhedged);
        String root = find(node(p));
        if (named.contains(root)) {
          namedOwners.add(root);
        }
      }
      // Unambiguous: the descriptions can all be one thing, and at most one named referent already
      // holds any of them ("the secretary" of Kerry in one article and of Carter in another is not).
      boolean unambiguous = chainApart(identities, places) && namedOwners.size() <= 1;
      Map<Integer, Boolean> between = new HashMap<>();
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          Phrase x = ps.get(i);
          Phrase y = ps.get(j);
          if (x.article == y.article || x.plural != y.plural || ordinalsDiffer(x, y) || yearsDiffer(years.get(i), years.get(j))
              || weak(x) && !specification(x).equals(specification(y))
              || deputys(x) != deputys(y)) {
            continue; // "Felt's role" is not "the White House role", nor "the tip line" "the hot line", nor "the
                      // attorney general" "the deputy attorney general"
          }
          Set<String> kx = keys.get(i);
          Set<String> ky = keys.get(j);
          Set<String> small = kx.size() <= ky.size() ? kx : ky;
          Set<String> large = small == kx ? ky : kx;
          if (find(node(x)).equals(find(node(y)))) {
            continue; // one referent already: nothing below would change it
          }
          if (identities.get(i).equals(identities.get(j))
                  && (!identities.get(i).isEmpty() || nested(judging.get(i), judging.get(j)))
              || unhedgedIdentities.get(i).equals(unhedgedIdentities.get(j)) && !unhedgedIdentities.get(i).isEmpty()) {
            // The same description in two articles of one story ("gang members", "the security
            // update", "a former employee"): one thing, whatever adjectives each outlet adds to a
            // compound; a bare head only when the adjectives can describe one thing ("a European
            // company" is not "an American company"). A story with two vessels keeps "the vessel"
            // apart from both, but one outlet's "the vessel" is another's. A hedge one outlet puts
            // before it changes nothing ("a suspected Mafia boss", "an alleged Mafia boss", "a Mafia
            // boss"), where what is left still tells the thing ("the alleged victim" and "the victim
            // of religious persecution" are only as one as their bare heads).
            joinDescriptions(x, y, named, states);
            continue;
          }
          if (!large.containsAll(small)) {
            Set<String> ix = identities.get(i);
            Set<String> iy = identities.get(j);
            if (unambiguous && nested(judging.get(i), judging.get(j))
                && (ix.containsAll(iy) && mentionsAll(y, ix, iy) || iy.containsAll(ix) && mentionsAll(x, iy, ix)
                    || placedApart(x, y, ix, iy, places.get(i), places.get(j)))) {
              // "the steep tariffs" / "the new tariffs on steel"; an event's place beside whose it is: "the NATO
              // summit" / "the Brussels summit", in a story whose summits those words tell apart nowhere.
              joinDescriptions(x, y, named, states);
            }
            continue;
          }
          // A name modifying the head counts only for events ("the Geneva talks"); for others the
          // label rules have joined it to its name where that is right ("ISIL terrorists").
          boolean modifier = x.role == Role.MODIFIER || y.role == Role.MODIFIER;
          boolean specific = (small.size() >= 1 || lexicon.eventHeads.contains(x.head) && x.isDefinite() && y.isDefinite())
              && (!modifier || lexicon.eventHeads.contains(x.head));
          boolean known = x.isDefinite() || y.isDefinite() || x.isLoaded() || y.isLoaded() || lexicon.eventHeads.contains(x.head);
          if (specific && known && (small.size() >= 1 || large.isEmpty()) && !statesDisagree(x, y, states)
              && !between.computeIfAbsent(small == kx ? i : j, k -> between(k, ps, keys))) {
            // (Not of two states: "the UK's foreign ministry" is not "the Russian foreign ministry"; and two
            // referents named otherwise stay two: "the auto company" of Ford's article is not "the American auto
            // company" Chrysler of another.)
            unionKeepingStates(x, y, named, states, "the same description as");
          } else if (unambiguous && nested(judging.get(i), judging.get(j))
              && (kx.size() >= ky.size() ? mentionsAll(y, kx, ky, places.get(i)) : mentionsAll(x, ky, kx, places.get(j)))) {
            // One thing in the whole story goes by this head ("the judge", "an Atlanta judge"): the
            // outlets' bare and modified descriptions of it are one referent, unless their adjectives
            // tell two things apart ("volcanic activity", "sexual activity").
            joinDescriptions(x, y, named, states);
          }
        }
      }
    }
  }

  /**
   * Whether the description {@code i} of {@code ps} stands between two others that extend its key with
   * different countries or names ("its territorial waters" between "Japan's territorial waters" and
   * "Chinese territorial waters"): it then joins neither by its words.
   */
  private static boolean between(int i, List<Phrase> ps, List<Set<String>> keys) {
    Set<String> owners = null;
    for (int j = 0; j < ps.size(); j++) {
      if (ps.get(j).plural != ps.get(i).plural || keys.get(j).size() <= keys.get(i).size() || !keys.get(j).containsAll(keys.get(i))) {
        continue;
      }
      Set<String> extra = new HashSet<>();
      for (String w : keys.get(j)) {
        if (w.startsWith(NAMED) && !keys.get(i).contains(w)) {
          extra.add(w);
        }
      }
      if (extra.isEmpty()) {
        continue;
      }
      if (owners != null && java.util.Collections.disjoint(owners, extra)) {
        return true;
      }
      owners = owners == null ? extra : owners;
    }
    return false;
  }

  /**
   * One count of people told in other words: "80 employees" in one article and "80 people" in another,
   * "46 demonstrators" and "46 people", "two climbers" and "two men". A count says which people are meant
   * as well as a name does, when the story counts no other people by it: the count must stand before two
   * heads or more in two articles or more, and no article may use it for two groups (an article's "two
   * officers" and "two suspects", not one referent, keep every "two" of the story apart), nor speak of
   * people of another of those heads apart ("seven men were convicted" beside "his lawyers" is not another
   * article's "seven lawyers"; "people", "men", "women" do not count as such). A referent counted twice
   * over ("19 wives", "26 wives") is a class of people, and no counted group. "Two" and "three" are common:
   * they join two heads only where one of them is a noun for anyone; larger counts join any two heads for
   * people. Men and women, the young and grown-ups are never one group, nor are two descriptions whose
   * nationalities or nouns before the head tell them apart ("four Honduran migrants", "four Mexican
   * migrants"), and two named referents never join.
   */
  private void sameCounts(List<Phrase> all) {
    Map<Long, List<Phrase>> byCount = new java.util.TreeMap<>();
    for (Phrase p : all) {
      if (p.role != Role.NONE || !p.plural || !"group".equals(kindOf(p)) || lexicon.collectiveHeads.contains(p.head)
          || lexicon.governmentHeads.contains(p.head)) {
        continue;
      }
      String count = countOf(p);
      long n = count == null || VAGUE_COUNTS.contains(count) ? -1 : countValue(count);
      if (n >= 2) {
        byCount.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
      }
    }
    // A referent counted twice over ("19 wives", "26 wives") is a class of people, not one counted group.
    Map<String, Set<Long>> countsOfRoot = new HashMap<>();
    byCount.forEach((n, ps) -> ps.forEach(p -> countsOfRoot.computeIfAbsent(find(node(p)), k -> new HashSet<>()).add(n)));
    Map<Long, List<Phrase>> once = new java.util.TreeMap<>();
    byCount.forEach((n, ps) -> once.put(n, ps.stream().filter(p -> countsOfRoot.get(find(node(p))).size() == 1).toList()));
    Set<String> named = namedRoots();
    once.forEach((n, ps) -> {
      Set<String> heads = new HashSet<>();
      Set<Integer> articles = new HashSet<>();
      Map<Integer, Set<String>> rootsByArticle = new HashMap<>();
      boolean men = false;
      boolean women = false;
      boolean young = false;
      boolean grown = false;
      for (Phrase p : ps) {
        heads.add(p.head);
        articles.add(p.article);
        rootsByArticle.computeIfAbsent(p.article, k -> new HashSet<>()).add(find(node(p)));
        men |= MEN.contains(p.head);
        women |= WOMEN.contains(p.head);
        young |= YOUNG.contains(p.head);
        grown |= GROWN.contains(p.head);
      }
      boolean anyone = heads.stream().anyMatch(ReferentResolver::anyone);
      if (heads.size() < 2 || articles.size() < 2 || men && women || young && grown || n <= 3 && !anyone
          || rootsByArticle.values().stream().anyMatch(roots -> roots.size() > 1)) {
        return;
      }
      // Nor may an article that counts people by one head speak of people of another apart.
      for (Phrase p : ps) {
        String root = find(node(p));
        for (Phrase q : corpus.phrases().get(p.article)) {
          if (q.role == Role.NONE && !q.head.equals(p.head) && heads.contains(q.head) && !anyone(q.head)
              && !find(node(q)).equals(root)) {
            return;
          }
        }
      }
      List<Set<String>> identities = new ArrayList<>();
      for (Phrase p : ps) {
        Set<String> identity = descriptionKey(p);
        identity.removeAll(framing(p));
        identities.add(identity);
      }
      if (!chain(identities)) {
        return;
      }
      for (Phrase p : ps.subList(1, ps.size())) {
        safeUnion(node(ps.get(0)), node(p), named, "the same count of people as");
      }
    });
  }

  /** Whether a head is a word for anyone ("men", "women", "people"): outlets count any people by it. */
  private static boolean anyone(String head) {
    return ANYONE.contains(head) || head.equals("people");
  }

  /** Whether one description's head is a word for men and the other's a word for women ("the man", "two women"). */
  private static boolean otherSex(Phrase a, Phrase b) {
    return a.role != Role.NAME && b.role != Role.NAME // (a name may modify the noun: "a 20-year-old Ohio man")
        && (MEN.contains(a.head) && WOMEN.contains(b.head) || WOMEN.contains(a.head) && MEN.contains(b.head));
  }

  /** Words for men and for women, whose groups are never one: "two men" are not "two women". */
  private static final Set<String> MEN = Set.of("man", "boy", "male", "gentleman", "brother", "son", "father", "husband");
  private static final Set<String> WOMEN = Set.of("woman", "girl", "female", "lady", "sister", "daughter", "mother", "wife");
  /** Words for the young and for grown-ups: "seven children" are not "seven adults" (nor "seven men"). */
  private static final Set<String> YOUNG = Set.of("child", "kid", "boy", "girl", "teenager", "teen", "minor", "baby",
      "infant", "toddler", "youngster", "juvenile", "pupil", "schoolchild");
  private static final Set<String> GROWN = Set.of("man", "woman", "adult", "gentleman", "lady", "husband", "wife",
      "father", "mother", "parent", "grandparent", "elder", "soldier", "officer", "worker", "employee");

  /** The number a count word says ("four", "4", "800,000", "a dozen" as "dozen"), or -1. */
  static long countValue(String w) {
    int words = NUMBER_WORDS.indexOf(w);
    if (words >= 0) {
      return words + 1;
    }
    if (w.equals("dozen")) {
      return 12;
    }
    String digits = w.replace(",", "");
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 12) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve");

  /**
   * One thing the outlets tell in other words. Where the story calls one thing by a head and one
   * thing by a synonym of it ("the tariffs" / "the duties", "the referee" / "the ref", "the
   * onslaught" / "the attack"), the two are one referent; and a definite description by a broader word
   * ("the meeting") is the one thing of the story its word covers ("the summit"). Each head must hold
   * one referent in the whole story (a story of two meetings keeps "the meeting" apart), the two must
   * agree in number, their adjectives must not tell them apart, and two named referents never join.
   * Heads with rules of their own (the government, the company, the country) and general heads are
   * left to those rules.
   */
  private void otherWords(List<Phrase> all) {
    Map<String, List<Phrase>> byHead = new LinkedHashMap<>();
    for (Phrase p : all) {
      if (p.role == Role.NAME || !Words.isWord(p.head) || !Character.isLetter(p.head.charAt(0))
          || weak(p) || lexicon.countryHeads.contains(p.head)
          || lexicon.governmentHeads.contains(p.head) || lexicon.institutionHeads.contains(p.head)) {
        continue;
      }
      byHead.computeIfAbsent(headKey(p), k -> new ArrayList<>()).add(p);
    }
    Map<String, String> rootOf = new HashMap<>();
    for (Map.Entry<String, List<Phrase>> e : byHead.entrySet()) {
      Set<String> roots = new HashSet<>();
      for (Phrase p : e.getValue()) {
        roots.add(find(node(p)));
      }
      if (roots.size() == 1 && e.getValue().size() <= 300) {
        rootOf.put(e.getKey(), roots.iterator().next());
      }
    }
    Set<String> named = namedRoots();
    for (String key : rootOf.keySet()) {
      boolean plural = key.endsWith(PLURAL);
      String head = headOf(key);
      for (String other : lexicon.synonyms(head)) {
        String otherKey = plural ? other + PLURAL : other;
        if (rootOf.containsKey(otherKey) && key.compareTo(otherKey) < 0
            && byHead.get(key).stream().anyMatch(Phrase::isDefinite)
            && byHead.get(otherKey).stream().anyMatch(Phrase::isDefinite)
            && sameKind(head, other) && compatible(byHead.get(key), byHead.get(otherKey))) {
          Phrase a = byHead.get(key).get(0);
          Phrase b = byHead.get(otherKey).get(0);
          safeUnion(node(a), node(b), named, "another word for the same thing as");
        }
      }
    }
    // Heads of one near-identity set ("tariffs", "levies", "duties") that each hold one referent of the
    // story, of one number, and that the story calls so more than once or definitely: one thing told in
    // other words, whatever kind WordNet gives each word, if their modifiers nest.
    for (List<String> set : lexicon.nearIdentityThings) {
      for (String suffix : List.of("", PLURAL)) {
        List<String> keys = new ArrayList<>();
        List<String> keyed = new ArrayList<>();
        for (String entry : set) {
          List<Phrase> ps = entry.contains(" ") ? null : byHead.get(entry + suffix);
          if (ps == null || !rootOf.containsKey(entry + suffix)) {
            continue;
          }
          // A name's possession is as definite as "the": "Mueller's investigation" is the one the story knows.
          if (ps.size() >= 2 || ps.stream().anyMatch(p -> p.isDefinite() || possessedByName(p))) {
            keys.add(entry + suffix);
          } else if (ps.stream().noneMatch(p -> p.words.contains("other") || p.determiner.equals("another"))) {
            keyed.add(entry + suffix);
          }
        }
        // An indefinite one whose words before the head another of the set's holds tells which one as well: "a
        // trade dispute" beside "the trade war" (not "a hardware fix" beside "this patch").
        for (String k : keyed) {
          Set<String> own = keyOf(byHead.get(k));
          if (!own.isEmpty() && keys.stream().anyMatch(other -> keyOf(byHead.get(other)).containsAll(own))) {
            keys.add(k);
          }
        }
        boolean nest = keys.size() >= 2;
        for (int i = 0; nest && i < keys.size(); i++) {
          for (int j = i + 1; nest && j < keys.size(); j++) {
            nest = compatible(byHead.get(keys.get(i)), byHead.get(keys.get(j)));
          }
        }
        for (int i = 1; nest && i < keys.size(); i++) {
          safeUnion(node(byHead.get(keys.get(0)).get(0)), node(byHead.get(keys.get(i)).get(0)), named,
              "the same thing, in other words, as");
        }
      }
    }
    dominantSynonyms(byHead, named);
    nearIdentity(all, named);
    heldDescriptions(all, byHead, named);
    accusedPerpetrator(all, named);
    // "The meeting": the one thing of the story that "meeting" covers, if it is one.
    for (Map.Entry<String, String> e : rootOf.entrySet()) {
      String key = e.getKey();
      List<Phrase> general = byHead.get(key);
      boolean plural = key.endsWith(PLURAL);
      String head = headOf(key);
      if (!lexicon.eventHeads.contains(head) || named.contains(find(e.getValue()))
          || !general.stream().allMatch(p -> p.isDefinite() && p.words.size() == 1)) {
        continue;
      }
      Set<String> covered = new HashSet<>();
      String specificKey = null;
      for (String otherKey : byHead.keySet()) {
        String other = headOf(otherKey);
        if (otherKey.endsWith(PLURAL) == plural && lexicon.broader(head, other)
            && ("event".equals(lexicon.nounKinds.get(other)) || lexicon.eventHeads.contains(other))
            && byHead.get(otherKey).stream().anyMatch(Phrase::isDefinite)) {
          for (Phrase p : byHead.get(otherKey)) {
            covered.add(find(node(p)));
          }
          specificKey = otherKey;
        }
      }
      covered.remove(find(e.getValue()));
      if (covered.size() == 1 && rootOf.containsKey(specificKey) && compatible(general, byHead.get(specificKey))) {
        safeUnion(node(general.get(0)), node(byHead.get(specificKey).get(0)), named, "a broader word for");
      }
    }
  }

  /**
   * One event told with the one it befell or who did it: within the story, descriptions of an event by
   * one head (or heads of one near-identity set: "murder", "killing", "slaying") and one number whose
   * participant, the object of their "of" or their possessor, is one referent are one event: "the death of
   * 20-year-old Ka'loni Flynn" and "the death of 20-year-old Ka'loni Flynn of Fort Smith", "the murder of
   * Zurana Horton" and "Horton's murder", "the trial of two men" and "the trial of the two men". Not an
   * event counted or set in a series ("the second trial of", "another arrest of"), nor where the
   * modifiers, the participant aside, do not nest ("the 2012 trial of" beside "the 2014 trial of"), nor two
   * named referents.
   */
  private void eventsOfOneParticipant(List<Phrase> all) {
    Map<String, List<Phrase>> groups = new LinkedHashMap<>();
    for (Phrase p : all) {
      if (p.role == Role.NAME || !Words.isWord(p.head) || weak(p)
          || !(lexicon.eventHeads.contains(p.head) || "event".equals(lexicon.nounKinds.get(p.head)))
          || ordinal(p) != null || p.determiner.equals("another") || p.words.contains("other")) {
        continue;
      }
      Phrase participant = participantOf(p);
      if (participant == null) {
        continue;
      }
      String root = find(node(participant));
      String key = eventClass(p.head) + (p.plural ? PLURAL : "") + "|" + root;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    Set<String> named = namedRoots();
    for (Map.Entry<String, List<Phrase>> e : groups.entrySet()) {
      List<Phrase> ps = e.getValue();
      if (ps.size() < 2) {
        continue;
      }
      Phrase first = ps.get(0);
      Set<String> a = withoutParticipant(first);
      for (int i = 1; i < ps.size(); i++) {
        Phrase q = ps.get(i);
        Set<String> b = withoutParticipant(q);
        if (nested(a, b) && !yearsDiffer(first, q) && !find(node(first)).equals(find(node(q)))) {
          safeUnion(node(first), node(q), named, "the same event, befalling the same one, as");
        }
      }
    }
  }

  /**
   * The key of an event's description ({@link #descriptionKey}) without its participant's ({@link #participantOf}):
   * the participant's name and words say nothing the group of one participant has not said ("police shooting of
   * unarmed man", "Monday's shooting of Darnell Hayes" are one shooting where the man is Hayes).
   */
  private Set<String> withoutParticipant(Phrase p) {
    Set<String> key = descriptionKey(p);
    Phrase participant = participantOf(p);
    if (participant != null) {
      key.remove(NAMED + find(node(participant)));
      if (participant.role != Role.NONE && nameNodeOf.get(participant.id) != null) {
        key.remove(NAMED + find(nameNodeOf.get(participant.id)));
      }
      if (possessorPhrase.get(p.id) != participant) {
        for (String w : participant.descriptors) {
          key.remove(w);
          key.remove(Words.singular(w));
        }
      }
    }
    return key;
  }

  /**
   * The referent an event description tells whom it befell or who did it: the phrase right after the "of"
   * that follows its head ("the death of [Ka'loni Flynn]", "the trial of [two men]") or its possessor
   * ("[Horton]'s murder"); else null.
   */
  private Phrase participantOf(Phrase p) {
    Phrase owner = possessorPhrase.get(p.id);
    if (owner != null) {
      return owner;
    }
    int of = p.text.indexOf(" of ");
    if (of < 0) {
      return null;
    }
    int at = p.start + of + 4;
    for (Phrase q : corpus.phrases().get(p.article)) {
      if (q.start == at && q.end <= p.end && q != p) {
        return q;
      }
    }
    return null;
  }

  /** The near-identity set of things a head is of ("killing" for "murder", "slaying"), or the head itself. */
  private String eventClass(String head) {
    for (List<String> set : lexicon.nearIdentityThings) {
      if (set.contains(head)) {
        return set.get(0);
      }
    }
    return head;
  }

  /** The words and names that tell which one, of all of {@code ps} ({@link #descriptionKey}). */
  private Set<String> keyOf(List<Phrase> ps) {
    Set<String> out = new HashSet<>();
    for (Phrase p : ps) {
      out.addAll(descriptionKey(p));
      String opponent = opponent(p);
      if (opponent != null) {
        out.add(NAMED + opponent);
      }
    }
    return out;
  }

  /**
   * The root of whom an event's description says it is against, in the words right after it: "the fight against
   * ISIL", "the battle against the Islamic State" (so "the conflict in Syria" is no other word for that fight).
   * Null for none.
   */
  private String opponent(Phrase p) {
    if (p.after.isEmpty() || !p.after.get(0).equals("against") || !lexicon.eventHeads.contains(p.head)) {
      return null;
    }
    List<Tok> toks = corpus.tokens().get(p.article);
    if (p.nextToken + 1 >= toks.size()) {
      return null;
    }
    List<Phrase> ps = corpus.phrases().get(p.article);
    int from = toks.get(p.nextToken + 1).start();
    int at = lastStartingAtOrBefore(ps, from);
    // The longest phrase that starts there: phrases are by start, the longer first among equal starts.
    while (at > 0 && ps.get(at - 1).start == from) {
      at--;
    }
    return at >= 0 && ps.get(at).start == from ? find(node(ps.get(at))) : null;
  }

  /** Whether a name owns {@code p}: "Mueller's investigation" (not "his investigation", whoever he is). */
  private boolean possessedByName(Phrase p) {
    Phrase o = possessorPhrase.get(p.id);
    return p.determiner.equals("'s") && o != null && o.role == Role.NAME;
  }

  /**
   * The referent most of a head's descriptions in the story belong to, if it is the story's one such thing:
   * it holds at least three of them, in two articles or more, at least two thirds of all, and the bare
   * definite head ("the flaw"), the story's way of saying it again; else null.
   */
  private String dominant(List<Phrase> ps) {
    Map<String, Integer> count = new HashMap<>();
    for (Phrase p : ps) {
      count.merge(find(node(p)), 1, Integer::sum);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (best == null || e.getValue() > count.get(best) || e.getValue().equals(count.get(best)) && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
      }
    }
    if (best == null || count.get(best) < 3 || 3 * count.get(best) < 2 * ps.size()) {
      return null;
    }
    Set<Integer> articles = new HashSet<>();
    boolean bare = false;
    for (Phrase p : ps) {
      if (find(node(p)).equals(best)) {
        articles.add(p.article);
        bare |= p.isDefinite() && p.descriptors.equals(List.of(p.head));
      }
    }
    return articles.size() >= 2 && bare ? best : null;
  }

  /** The names and states among the modifiers of the descriptions of {@code root} in {@code ps}. */
  private Set<String> namedModifiers(List<Phrase> ps, String root) {
    Set<String> out = new HashSet<>();
    for (Phrase p : ps) {
      if (find(node(p)).equals(root)) {
        for (String k : descriptionKey(p)) {
          if (k.startsWith(NAMED)) {
            out.add(k);
          }
        }
      }
    }
    return out;
  }

  /**
   * A description that the story gives one unnamed referent ("the gunman" in every outlet, "the teen") is the
   * one named referent that the story also calls by it or by a word of its set where a rule has joined it
   * ("Eric Kirkpatrick ... the suspect": the gunman; "Kimani Gray ... the teenager": the teen): the outlets
   * that never give the name speak of the one the others name. Not when two named referents are called so
   * (two suspects named: either), nor across a crime's two sides (a named victim is no "gunman"); a word for
   * anyone ("the man", "the woman") tells too little. Each side is joined through its own description, which
   * the evidence shows.
   */
  private void heldDescriptions(List<Phrase> all, Map<String, List<Phrase>> byHead, Set<String> named) {
    // People titled by a role of one noun: "Deputy Jerry Ortiz" holds "deputy"; "Deputy District Attorney Steve
    // Cooley" no "deputy" nor "attorney", and "Vice President Ken Isaacs" no "president".
    Map<String, List<Phrase>> titledBy = new HashMap<>();
    for (Phrase c : all) {
      if (c.role != Role.NAME || c.titles.isEmpty() || !isPersonName(c)) {
        continue;
      }
      List<String> words = titleWords(c);
      if (former(words) || words.stream().anyMatch(STAND_INS::contains)) {
        continue;
      }
      // A title of one noun: "District Attorney Richard Brown" is no "the attorney", nor "County Sheriff" "the sheriff".
      String last = words.get(words.size() - 1);
      boolean one = personNoun(last);
      for (int k = 0; k < words.size() - 1 && one; k++) {
        one = !lexicon.isCommonNoun(words.get(k)) && !DEPUTIES.contains(words.get(k));
      }
      if (one) {
        titledBy.computeIfAbsent(last, w -> new ArrayList<>()).add(c);
      }
    }
    for (Map.Entry<String, List<Phrase>> e : new ArrayList<>(byHead.entrySet())) {
      String key = e.getKey();
      String head = headOf(key);
      if (key.endsWith(PLURAL) || ANYONE.contains(head) || MEN.contains(head) || WOMEN.contains(head)
          || WIDER_AREAS.contains(head)) {
        continue;
      }
      String root = dominant(e.getValue());
      if (root == null || named.contains(find(root))
          || e.getValue().stream().anyMatch(p -> find(node(p)).equals(find(root)) && !plainlyOne(p))) {
        continue; // "the listing of the polar bear", "Riva's office": which one, its own words say
      }
      long owners = e.getValue().stream().filter(p -> find(node(p)).equals(find(root)) && isPossessor(p)).count();
      if (2 * owners > e.getValue().size()) {
        continue; // mostly an owner ("the sheriff's department", "sheriff's officials"): the office, not its holder
      }
      Set<String> family = new LinkedHashSet<>();
      family.add(head);
      if (personNoun(head)) {
        family.addAll(lexicon.synonyms(head)); // "the teen", "the teenager"; not "the listing", "the list"
      }
      for (List<String> set : lexicon.nearIdentity) {
        if (set.contains(head)) {
          set.stream().filter(w -> !w.contains(" ")).forEach(family::add);
        }
      }
      if (PERPETRATORS.contains(head)) {
        family.addAll(new TreeSet<>(PERPETRATORS)); // (in a fixed order: the evidence shown is the first held)
      }
      Map<String, Phrase> holders = new LinkedHashMap<>();
      for (String h : family) {
        for (Phrase p : byHead.getOrDefault(h, List.of())) {
          String r = find(node(p));
          // "Vice President Ken Isaacs" holds no "president", nor "a former suspect" the suspect.
          if (named.contains(r) && !p.plural && plainlyOne(p)
              && p.words.stream().noneMatch(w -> DEPUTIES.contains(w) || former(List.of(w)) || STAND_INS.contains(w))) {
            holders.putIfAbsent(r, p);
          }
        }
        for (Phrase c : titledBy.getOrDefault(h, List.of())) {
          holders.putIfAbsent(find(node(c)), c);
        }
      }
      if (holders.size() != 1) {
        continue;
      }
      Map.Entry<String, Phrase> holder = holders.entrySet().iterator().next();
      if (opposedRoles(find(root), holder.getKey())) {
        continue;
      }
      Phrase own = null;
      for (Phrase p : e.getValue()) {
        if (find(node(p)).equals(find(root)) && (own == null || p.isDefinite() && !own.isDefinite())) {
          own = p;
        }
      }
      safeUnion(node(own), node(holder.getValue()), named, "the one named referent the story also calls so:");
    }
  }

  /**
   * "The gunman", "the Parkland killer": a definite description of a crime's author that no rule joined to a
   * name is the one person the story names as accused, arrested, charged or convicted ("Nikolas Cruz, 19, has been
   * charged with 17 counts of murder"; "police arrested Dale Hurst"), where it names exactly one so. Not a
   * description that owns a name or an of-phrase, nor across a crime's two sides.
   */
  private void accusedPerpetrator(List<Phrase> all, Set<String> named) {
    Map<String, Phrase> accused = new LinkedHashMap<>();
    for (Phrase c : all) {
      if (c.role == Role.NAME && isPersonName(c) && !c.inQuote && namedAsAccused(c)) {
        accused.putIfAbsent(find(nameNodeOf.get(c.id)), c);
      }
    }
    if (accused.size() != 1) {
      return;
    }
    Map.Entry<String, Phrase> one = accused.entrySet().iterator().next();
    for (Phrase d : all) {
      // ("the Parkland killer": a place's name before the noun tells where, not who.)
      boolean where = d.role == Role.MODIFIER && fromPlace(d);
      if (d.role != Role.NONE && !where || d.plural || !PERPETRATORS.contains(d.head) || !d.determiner.equals("the") || d.inQuote
          || !plainlyOne(d) || named.contains(find(node(d))) || opposedRoles(find(node(d)), find(one.getKey()))) {
        continue;
      }
      safeUnion(node(d), node(one.getValue()), named, "the one person the story names as accused:");
    }
  }

  /**
   * Verbs whose object, or whose subject in the passive, is accused of a crime: {@link #ACCUSING}'s, but "suspected"
   * (of whom a story may suspect several), and "detained".
   */
  private static final Set<String> ACCUSING_VERBS = Set.of("arrested", "charged", "accused", "convicted", "indicted",
      "detained", "sentenced", "booked", "jailed");

  /** Words that may stand between a name and a passive participle: "has been", "was later", "is also". */
  private static final Set<String> BEFORE_PARTICIPLE = Set.of("has", "have", "had", "was", "were", "is", "been", "being",
      "later", "also");

  /**
   * Whether the text says of name {@code c} that it was arrested, charged, accused, convicted or pleaded to a
   * charge: "police arrested Dale Hurst", "Hurst, 41, was charged", "Cruz has been charged", "Cruz pleaded guilty".
   */
  private boolean namedAsAccused(Phrase c) {
    if (ACCUSING_VERBS.contains(c.before)) {
      return true;
    }
    List<Tok> toks = corpus.tokens().get(c.article);
    int k = c.nextToken;
    int sentence = k < toks.size() ? toks.get(k).sentence() : -1;
    // An age or a comma in apposition first ("Cruz, 19, has been charged").
    while (k < toks.size() && toks.get(k).sentence() == sentence && (toks.get(k).text().equals(",") || toks.get(k).is("NUM"))) {
      k++;
    }
    for (int n = 0; k < toks.size() && toks.get(k).sentence() == sentence && n < 3; k++, n++) {
      String w = toks.get(k).lower();
      if (ACCUSING_VERBS.contains(w) && n > 0 || (w.equals("pleaded") || w.equals("pled")) && n == 0) {
        return true;
      }
      if (!BEFORE_PARTICIPLE.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a word before a noun makes it any one of its kind ("each actor", "every suspect"). */
  private static boolean anyOne(String word) {
    return QUANTIFIERS.contains(word) || word.equals("each");
  }

  /**
   * Whether a description leaves which one it is to the story: no "of" after it, no name owning it ("Riva's
   * office") and no quantifier ("each actor").
   */
  private static boolean plainlyOne(Phrase p) {
    if (!p.after.isEmpty() && p.after.get(0).equals("of") || p.words.contains("of")
        || anyOne(p.determiner) || !p.words.isEmpty() && anyOne(p.words.get(0))) {
      return false; // "each actor" is any of them
    }
    int at = ownerEnd(p);
    if (at <= 0) {
      return true;
    }
    String owner = p.text.substring(0, at);
    // "a manager's office", "a Los Angeles County sheriff's deputy" may be the one; "Riva's office" is Riva's.
    return !Words.isCapitalised(owner.substring(owner.lastIndexOf(' ') + 1));
  }

  /**
   * Heads of one near-identity set of things ("flaw", "vulnerability", "bug") or people ("gunman", "shooter")
   * whose descriptions the story
   * mostly gives one referent each, each said again as a bare "the flaw", "the vulnerability": those
   * referents are one thing told in other words, though some outlet's adjectives ("a perilous software
   * flaw", "a critical vulnerability") keep the heads from nesting as {@link #nearIdentical} asks. Not
   * when the names or states among the modifiers of any two of them differ ("the Russian agreement", "the
   * Chinese pact": then a third word that names none, "the deal", joins neither), nor for a referent with a
   * name (a name's own rules join its descriptions).
   */
  private void dominantSynonyms(Map<String, List<Phrase>> byHead, Set<String> named) {
    List<List<String>> sets = new ArrayList<>(lexicon.nearIdentityThings);
    sets.addAll(lexicon.nearIdentity); // "the gunman" / "the shooter", "the protesters" / "the demonstrators"
    for (List<String> set : sets) {
      for (String suffix : List.of("", PLURAL)) {
        List<String> roots = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (String entry : set) {
          List<Phrase> ps = entry.contains(" ") ? null : byHead.get(entry + suffix);
          String root = ps == null ? null : dominant(ps);
          if (root != null && !named.contains(root)) {
            roots.add(root);
            names.add(namedModifiers(ps, root));
          }
        }
        // Two of them told apart by their names or states ("the Russian agreement", "the Chinese pact"): the
        // story has several such things, and a word that names none ("the deal") may be either; none joins.
        boolean apart = false;
        for (int i = 0; i < names.size() && !apart; i++) {
          for (int j = i + 1; j < names.size() && !apart; j++) {
            apart = !names.get(i).isEmpty() && !names.get(j).isEmpty() && java.util.Collections.disjoint(names.get(i), names.get(j));
          }
        }
        for (int i = 1; i < roots.size() && !apart; i++) {
          safeUnion(roots.get(0), roots.get(i), named, "the same thing, in other words, as");
        }
      }
    }
  }

  /**
   * The same people called by words that frame them (kinds.json {@code nearIdentity}): within the story,
   * the plural descriptions whose heads are of one set ("the migrants", "illegal aliens", "asylum
   * seekers") are one group, if their identifying modifiers, all taken together, nest. The adjectives
   * are the framing ("illegal", "undocumented") and never tell them apart; a nationality or a noun does
   * ("Honduran migrants", "Salvadoran refugees": then none of them joins). Words of one set only: "the
   * migrants" and "the protesters" stay apart. Two named referents never join.
   */
  private void nearIdentity(List<Phrase> all, Set<String> named) {
    Map<String, Set<String>> regions = regionsOfStates();
    // The phrases by head, so that each set looks only at those its entries can match.
    Map<String, List<Phrase>> byHead = new HashMap<>();
    for (Phrase p : all) {
      byHead.computeIfAbsent(p.head, k -> new ArrayList<>()).add(p);
    }
    for (List<String> set : lexicon.nearIdentity) {
      nearIdentical(candidates(set, byHead), set, true, true, named, regions);
    }
    for (List<String> set : lexicon.nearIdentityThings) {
      List<Phrase> candidates = candidates(set, byHead);
      nearIdentical(candidates, set, false, false, named, regions);
      nearIdentical(candidates, set, false, true, named, regions); // "the tariffs", "the levies"
    }
  }

  /** The phrases whose head is the last word of an entry of {@code set}, in text order (as {@code all} holds them). */
  private static List<Phrase> candidates(List<String> set, Map<String, List<Phrase>> byHead) {
    Set<String> heads = new HashSet<>();
    for (String entry : set) {
      heads.add(entry.substring(entry.lastIndexOf(' ') + 1));
    }
    List<Phrase> out = new ArrayList<>();
    for (String h : heads) {
      out.addAll(byHead.getOrDefault(h, List.of()));
    }
    out.sort(Comparator.comparingInt(p -> p.id));
    return out;
  }

  /**
   * Joins the descriptions whose heads are of {@code set} if their identities nest (see {@link
   * #nearIdentity}): for people the plural descriptions; for things ({@code people} false) the definite
   * ones (by an article or an owner: "its military exercises") of one number ({@code plural}: "the
   * tariffs", "the levies") and those built on a name ("the Iran deal"), which may give one year ("the
   * 2015 agreement") beside their other modifiers, but not two.
   */
  private void nearIdentical(List<Phrase> all, List<String> set, boolean people, boolean plural, Set<String> named,
      Map<String, Set<String>> regions) {
    List<Phrase> members = new ArrayList<>();
    List<Set<String>> identities = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    List<String> memberCounts = new ArrayList<>();
    Set<String> years = new HashSet<>();
    for (Phrase p : all) {
      boolean candidate = people ? p.role == Role.NONE && p.plural
          : p.plural == plural && (p.role == Role.NONE && (p.isDefinite() || POSSESSIVE_DETERMINERS.contains(p.determiner)
              || !plural && p.determiner.isEmpty() && !statesOfNationality(p.descriptors).isEmpty())
              || (p.role == Role.MODIFIER || p.role == Role.OF) && !p.determiner.equals("a"));
      String entry = candidate ? entryOf(p, set) : null;
      if (entry == null) {
        continue;
      }
      Set<String> identity = identity(p, entry, people, regions);
      if (!people) {
        for (String w : p.descriptors) {
          if (YEAR.matcher(w).matches()) {
            years.add(w);
          }
        }
      }
      members.add(p);
      identities.add(identity);
      entries.add(entry);
      memberCounts.add(countOf(p));
    }
    // "16 lawmakers" and "15 legislators" are two counts of people, not one group told in other words: where
    // the members give two counts, the counted ones stay out ("Five Israeli soldiers", "24 soldiers").
    if (memberCounts.stream().filter(java.util.Objects::nonNull).distinct().count() > 1) {
      for (int i = members.size() - 1; i >= 0; i--) {
        if (memberCounts.get(i) != null) {
          members.remove(i);
          identities.remove(i);
          entries.remove(i);
        }
      }
    }
    if (!people) {
      // The other descriptions of the set already in a member's referent must fit too: "the meeting" that
      // joined "a meeting of the ministers" is no "summit in Orsk".
      Set<String> roots = new HashSet<>();
      members.forEach(p -> roots.add(find(node(p))));
      Set<Phrase> memberSet = new HashSet<>(members);
      for (Phrase q : all) {
        String entry = memberSet.contains(q) || q.plural != plural ? null : entryOf(q, set);
        if (entry != null && roots.contains(find(node(q)))) {
          identities.add(identity(q, entry, false, regions));
        }
      }
    }
    if (new HashSet<>(entries).size() < 2 || years.size() > 1 || !chain(identities)) {
      sameIdentityInOtherWords(all, members, identities.subList(0, members.size()), entries, set, people, plural, named, regions);
      return;
    }
    for (Phrase p : members.subList(1, members.size())) {
      safeUnion(node(members.get(0)), node(p), named,
          people ? "the same people, in other words, as" : "the same thing, in other words, as");
    }
  }

  /**
   * Where the descriptions of a near-identity set do not all nest (the story has several investigations, several
   * groups of migrants), those with the same identifying words under two of its words are still one: "the Russia
   * probe" and "the Russia investigation" beside "the Clinton email investigation", "Honduran migrants" and
   * "Honduran asylum seekers" beside "Salvadoran refugees" — as the same description in two articles is one.
   * Not with nothing to identify them ("the probe", "the investigation"), nor two years, nor where a referent
   * of either already holds another of the set's descriptions whose words do not nest with theirs.
   */
  private void sameIdentityInOtherWords(List<Phrase> all, List<Phrase> members, List<Set<String>> identities,
      List<String> entries, List<String> set, boolean people, boolean plural, Set<String> named, Map<String, Set<String>> regions) {
    Map<Set<String>, List<Integer>> byIdentity = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (!identities.get(i).isEmpty()) {
        byIdentity.computeIfAbsent(identities.get(i), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, List<Set<String>>> heldByRoot = null;
    for (Map.Entry<Set<String>, List<Integer>> e : byIdentity.entrySet()) {
      List<Integer> group = e.getValue();
      Set<String> years = new HashSet<>();
      Set<String> words = new HashSet<>();
      for (int i : group) {
        words.add(entries.get(i));
        years.addAll(people ? Set.of() : yearsOf(members.get(i)));
      }
      if (words.size() < 2 || years.size() > 1) {
        continue;
      }
      if (heldByRoot == null) {
        // The identities of the set's descriptions each referent already holds.
        heldByRoot = new HashMap<>();
        for (Phrase q : all) {
          String entry = q.plural != plural ? null : entryOf(q, set);
          if (entry != null) {
            heldByRoot.computeIfAbsent(find(node(q)), k -> new ArrayList<>()).add(identity(q, entry, people, regions));
          }
        }
      }
      Set<String> identity = e.getKey();
      boolean fits = true;
      for (int i : group) {
        for (Set<String> held : heldByRoot.getOrDefault(find(node(members.get(i))), List.of())) {
          fits &= nested(held, identity);
        }
      }
      for (int k = 1; fits && k < group.size(); k++) {
        safeUnion(node(members.get(group.get(0))), node(members.get(group.get(k))), named,
            people ? "the same people, in other words, as" : "the same thing, in other words, as");
      }
      if (fits && group.size() > 1) {
        heldByRoot = null; // the joins made new roots: read what each holds again for the next group
      }
    }
  }

  /**
   * What tells {@code p}'s thing or people from others of its set's words: its description key with
   * regions, less its adjectives (the framing), the entry's own words and, for things, a year.
   */
  private Set<String> identity(Phrase p, String entry, boolean people, Map<String, Set<String>> regions) {
    Set<String> identity = withRegions(descriptionKey(p), regions);
    // An owner the story names is as a name before the head: "Mueller's investigation", "the Mueller inquiry".
    String owner = people ? null : owner(p);
    if (owner != null) {
      identity.add(owner);
    }
    identity.removeAll(framing(p));
    List<String> entryWords = List.of(entry.split(" "));
    identity.removeIf(w -> Words.singular(w).equals(p.head) || entryWords.contains(w) || !people && YEAR.matcher(w).matches());
    return identity;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

  /**
   * A description key with, beside each state it names, the regions written as a nationality that hold
   * that state ({@code regions}, see {@link #regionsOfStates}): "Honduran asylum seekers" are also Central
   * American and Latin American, so that "Central American migrants" can be the same people, and
   * "Guatemalan migrants" still cannot.
   */
  private static Set<String> withRegions(Set<String> key, Map<String, Set<String>> regions) {
    Set<String> out = new HashSet<>(key);
    for (String k : key) {
      out.addAll(regions.getOrDefault(k, Set.of()));
    }
    return out;
  }

  /** For each state's key in a description key, the keys of the regions written as a nationality that hold it. */
  private Map<String, Set<String>> regionsOfStates() {
    Map<String, Set<String>> regionsOf = new HashMap<>();
    for (Map.Entry<String, List<String>> e : lexicon.regions.entrySet()) {
      String region = lexicon.nationalities.get(e.getKey());
      if (region != null) {
        for (String state : e.getValue()) {
          regionsOf.computeIfAbsent(NAMED + find(nameNode(state, null)), k -> new HashSet<>()).add(NAMED + find(nameNode(region, null)));
        }
      }
    }
    return regionsOf;
  }

  /** The entry of a near-identity set that {@code p}'s head (and the word before it) is, or null. */
  private static String entryOf(Phrase p, List<String> set) {
    for (String entry : set) {
      int space = entry.lastIndexOf(' ');
      if (space < 0 ? entry.equals(p.head)
          : entry.substring(space + 1).equals(p.head) && p.descriptors.contains(entry.substring(0, space))) {
        return entry;
      }
    }
    return null;
  }

  /**
   * How a description's head and number group it: one thing and several of its kind are told apart. A
   * compound of another kind than its head is its head ({@link #compound}: "double agent", not "agent").
   */
  private String headKey(Phrase p) {
    String c = compound(p);
    String head = c != null ? c : p.head;
    return p.plural ? head + PLURAL : head;
  }

  /**
   * The two-word noun that the word before {@code p}'s head makes with it, where it names an actor and the head
   * alone does not, or the other way round ({@code compounds.json}: "a double agent" is a person where "agent" is a
   * thing), or null; for a description, never a name.
   */
  private String compound(Phrase p) {
    String c = compoundOf.get(p.id);
    if (c == null) {
      c = "";
      compoundOf.put(p.id, c); // (while the head's own kind is asked below)
      if (p.role == Role.NONE) {
        for (int k = 1; k < p.words.size(); k++) {
          if (Words.singular(p.words.get(k)).equals(p.head)) {
            String key = p.words.get(k - 1) + " " + p.head;
            String kind = lexicon.compounds.get(key);
            // Only across the line between actors and the rest as the head's kind is read here, the lists of
            // kinds.json first: "a news conference" stays the event a "conference" is.
            c = kind != null && ACTORS.contains(kind) != ACTORS.contains(kindOf(p)) ? key : "";
            break;
          }
        }
      }
      compoundOf.put(p.id, c);
    }
    return c.isEmpty() ? null : c;
  }

  /** The kinds of referents that act: people, groups, organisations. */
  private static final Set<String> ACTORS = Set.of("person", "group", "organisation");

  /** Per phrase, its {@link #compound} ("" for none), as read once. */
  private final Map<Integer, String> compoundOf = new HashMap<>();

  /** The head of a {@link #headKey}. */
  private static String headOf(String key) {
    return key.endsWith(PLURAL) ? key.substring(0, key.length() - PLURAL.length()) : key;
  }

  private static final String PLURAL = " +s";

  /** Whether two nouns' most frequent senses are of one kind, where both are known ("job" is no "business"). */
  private boolean sameKind(String a, String b) {
    String ka = lexicon.nounKinds.get(a);
    String kb = lexicon.nounKinds.get(b);
    return ka == null || kb == null || ka.equals(kb);
  }

  /**
   * Whether two heads' descriptions can be one thing: their modifiers, all taken together, nest ("the
   * steel tariffs" and "the duties"; not "the steel tariffs" and "the car duties").
   */
  private boolean compatible(List<Phrase> xs, List<Phrase> ys) {
    return nested(keyOf(xs), keyOf(ys));
  }

  /**
   * The adjectives of {@code p} that frame what it describes rather than tell it from others of its kind:
   * all but those that say it is another one ("an alternative plan" is not "her Brexit plan").
   */
  private static Set<String> framing(Phrase p) {
    Set<String> out = new HashSet<>(p.adjectives);
    out.removeAll(OTHERNESS);
    return out;
  }

  /**
   * The descriptors of {@code p} before its head that are one-word hedges of the lexicon, however tagged
   * ("suspected", "alleged", "so-called"): they say how sure an outlet is of what it describes, not which
   * one it is.
   */
  private Set<String> hedgesAmong(Phrase p) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k < p.descriptors.size() - 1; k++) {
      String w = p.descriptors.get(k);
      for (FramingLexicon.Term t : lexicon.hedges.getOrDefault(w, List.of())) {
        if (t.words().size() == 1 && "hedge".equals(t.category())) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * Adjectives that make a thing another of its kind: they tell it apart as a name would. A stand-in or a
   * claimant to an office ({@link #STAND_INS}) is not its holder: "the self-proclaimed president" or "the
   * interim president" of a story is not the one it calls "President Nicolás Maduro".
   */
  private static final Set<String> OTHERNESS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("alternative", "different", "separate", "rival"), STAND_INS.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The adjectives of {@code p} that tell one thing of its head from another ("European", not "former"). */
  private Set<String> judging(Phrase p) {
    Set<String> out = new HashSet<>(p.adjectives);
    out.removeAll(lexicon.genericModifiers);
    return out;
  }

  /** Whether one set holds the other: "a former employee" and "a 61-year-old former employee" can be one. */
  private static boolean nested(Set<String> a, Set<String> b) {
    return a.containsAll(b) || b.containsAll(a);
  }

  /**
   * Whether the article of {@code shorter} (whose key is {@code shortKey}) mentions every referent
   * the longer key names beyond it: "the government" joins "India's government" only in an article
   * that speaks of India; "the judge" joins "an Atlanta judge" where Atlanta is named.
   */
  private boolean mentionsAll(Phrase shorter, Set<String> longKey, Set<String> shortKey) {
    for (String k : longKey) {
      if (!k.startsWith(NAMED) || shortKey.contains(k)) {
        continue;
      }
      if (!mentions(shorter.article, find(k.substring(NAMED.length())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two event descriptions whose keys do not nest, where one names a place ({@link #eventPlaces}), have
   * an article that mentions what the other's key adds: "the NATO summit" of an article that speaks of Lisbon is
   * "the Lisbon summit".
   */
  private boolean placedApart(Phrase x, Phrase y, Set<String> ix, Set<String> iy, Set<String> px, Set<String> py) {
    if (px.isEmpty() && py.isEmpty() || ix.containsAll(iy) || iy.containsAll(ix)) {
      return false;
    }
    Set<String> where = new HashSet<>(px);
    where.addAll(py);
    return mentionsAll(y, ix, iy, where) || mentionsAll(x, iy, ix, where);
  }

  /**
   * {@link #mentionsAll}, where the keys of an event's place ({@link #eventPlaces}: a city, its state) count as
   * mentioned when the article names any one of them: "the summit" of an article that speaks of Lisbon is "the
   * Lisbon summit", whether or not it names Portugal. Only for a definite description, which speaks of an event
   * known: "a meeting" of an article that also tells of "a meeting in London" is another meeting.
   */
  private boolean mentionsAll(Phrase shorter, Set<String> longKey, Set<String> shortKey, Set<String> places) {
    if (!shorter.isDefinite() && shorter.role == Role.NONE) {
      return mentionsAll(shorter, longKey, shortKey);
    }
    Set<String> rest = new HashSet<>(longKey);
    rest.removeAll(places);
    if (!mentionsAll(shorter, rest, shortKey)) {
      return false;
    }
    Set<String> where = new HashSet<>(longKey);
    where.retainAll(places);
    where.removeAll(shortKey);
    return where.isEmpty() || where.stream().anyMatch(k -> mentions(shorter.article, find(k.substring(NAMED.length()))));
  }

  /** Whether article {@code article} mentions the referent whose root is {@code root}. */
  private boolean mentions(int article, String root) {
    Boolean found = mentioned.get(article + "|" + root);
    if (found == null) {
      found = false;
      for (Phrase p : corpus.phrases().get(article)) {
        if (find(node(p)).equals(root) || nameNodeOf.get(p.id) != null && find(nameNodeOf.get(p.id)).equals(root)) {
          found = true;
          break;
        }
      }
      mentioned.put(article + "|" + root, found);
    }
    return found;
  }

  /**
   * Whether {@code p} is "a" + a noun an article goes on calling an organisation by ("a party", "a
   * company", "a court"): any one of its kind, brought in, not a named one: another outlet's "the party"
   * that stood for the Democrats does not make "he assaulted her at a party" theirs; nor is "a man" or "a
   * woman" ({@link #ANYONE}). ("A driver", "a sequel" may well be the one the story names, and join it.)
   */
  private boolean anyOfItsKind(Phrase p) {
    return p.isIndefinite() && (lexicon.institutionHeads.contains(p.head) || ANYONE.contains(p.head));
  }

  /**
   * Whether two descriptions of things in one article give two amounts in figures ("by 432 votes to 202 votes";
   * "12 magazines" and "31 magazines"): two quantities, not one told twice. Two articles may report one thing
   * with two figures ("a $160 million offer", "a $200 million offer"; ECB+ annotates them as one), and people
   * may be counted differently ("four smugglers", "three smugglers").
   */
  private boolean amountsDiffer(Phrase x, Phrase y) {
    if (amount(x) == null && amount(y) == null) {
      return false;
    }
    // Nor may a join make one thing of two amounts of one article through a third ("432 votes" and "202 votes" of
    // one article, each joined to another article's "230 votes").
    return sameArticleAmountsDiffer(x, y) || heldAmountsDiffer(x, find(node(y))) || heldAmountsDiffer(y, find(node(x)));
  }

  /** The amount in figures before {@code p}'s head, or null. */
  private static String amount(Phrase p) {
    String a = countOf(p);
    return a != null && Character.isDigit(a.charAt(0)) ? a : null;
  }

  /** Whether the referent with root {@code root} holds a description of {@code p}'s article whose amount differs from {@code p}'s. */
  private boolean heldAmountsDiffer(Phrase p, String root) {
    if (amount(p) == null) {
      return false;
    }
    for (Phrase q : corpus.phrases().get(p.article)) {
      if (q != p && find(node(q)).equals(root) && sameArticleAmountsDiffer(p, q)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameArticleAmountsDiffer(Phrase x, Phrase y) {
    String a = amount(x);
    String b = amount(y);
    if (x.article != y.article || a == null || b == null || a.equals(b)) {
      return false;
    }
    String kx = kindOf(x);
    String ky = kindOf(y);
    // (A word that is no common noun may count people: "14 others", "70 others".)
    return lexicon.isCommonNoun(x.head) && lexicon.isCommonNoun(y.head)
        && !kx.equals("person") && !kx.equals("group") && !ky.equals("person") && !ky.equals("group");
  }

  /** Whether {@code p} is "a" + a government's noun ("a British government", "a regime"): any one of them. */
  private boolean anyGovernment(Phrase p) {
    return p.isIndefinite() && !p.plural && lexicon.governsState(p.head);
  }

  /**
   * Whether {@code p} is "a" + a person's role ("a sitting U.S. president", "a North Korean leader") in an article
   * that has named the person of referent {@code root}, or anyone titled so, before it: the article brings in someone else, or anyone
   * who holds the role ("the first meeting between a sitting U.S. president and a North Korean leader"), not the
   * one it has named. Before the name ("a senator was arrested ... Senator Ivo Brandt") it may be that person.
   */
  private boolean anotherHolder(Phrase p, String root, Set<String> named) {
    if (!p.isIndefinite() || p.plural || p.role != Role.NONE && p.role != Role.MODIFIER || !lexicon.personRoles.contains(p.head)) {
      return false;
    }
    for (Phrase q : corpus.phrases().get(p.article)) {
      if (q.end > p.start) {
        break;
      }
      if (q.role == Role.NAME && (q.titles.contains(p.head)
          || named.contains(root) && nameNodeOf.get(q.id) != null && find(nameNodeOf.get(q.id)).equals(root))) {
        return true; // (a title of the role: the referent it joins may not have been named yet)
      }
    }
    return false;
  }

  /**
   * Nouns for anyone, which "a" brings in as someone new: "a man was shot and wounded" in one article is
   * no one another article has named, though the story calls its killer "the man" too.
   */
  private static final Set<String> ANYONE = Set.of("man", "woman", "person", "boy", "girl", "individual");

  /** Whether an article mentions a referent, by "article|root", for {@link #mentionsAll}. */
  private final Map<String, Boolean> mentioned = new HashMap<>();

  /**
   * Joins two descriptions of one thing, never bridging two named referents, nor two referents tied to
   * two different states ({@code states}, kept up to date): "the government" of an article about Russia's
   * government and that of an article about the United States' are two governments.
   */
  private void joinDescriptions(Phrase x, Phrase y, Set<String> named, Map<String, Set<String>> states) {
    if (eitherFirm.contains(x.id) || eitherFirm.contains(y.id)) {
      return; // its own article left it open between two firms; another article's does not decide
    }
    String rx = find(node(x));
    String ry = find(node(y));
    if (anyOfItsKind(x) && named.contains(ry) || anyOfItsKind(y) && named.contains(rx)) {
      return;
    }
    if (anotherHolder(x, ry, named) && !y.isIndefinite() || anotherHolder(y, rx, named) && !x.isIndefinite()) {
      return;
    }
    if (anyGovernment(x) && !y.isIndefinite() || anyGovernment(y) && !x.isIndefinite()) {
      return; // "the worst defeat for a British government in a century" is none that another article speaks of
    }
    String ox = pronounOwner(x);
    String oy = pronounOwner(y);
    if (ox != null && oy != null && !ox.equals(oy) && named.contains(ox) && named.contains(oy)) {
      return; // "his government" of the prime minister in one article and of the regional president in another
    }
    String nx = nameOwner(x);
    String ny = nameOwner(y);
    if (nx != null && ny != null && !nx.equals(ny)) {
      return; // "Ford's testimony" and "Ravel's furious testimony"
    }
    if (stateOwnersDiffer(x, y, nx, ny)) {
      return; // "Moscow's campaign" and "Trump's campaign"
    }
    if (bareThe(x) && formerLeadersGovernment(y) || bareThe(y) && formerLeadersGovernment(x)) {
      return; // "the administration" of today is not "the Obama administration" of a president the story calls former
    }
    if (statesDisagree(x, y, states) || levelsDisagree(x, y) || amountsDiffer(x, y)) {
      return;
    }
    unionKeepingStates(x, y, named, states, "the one thing the story calls by this head, as");
  }

  /**
   * Whether a state owns one description and another state, or a person who leads no such state, the other
   * ({@code nx}, {@code ny}: their {@link #nameOwner}s; a state the words name counts as an owner): "Russia's campaign"
   * is not "America's", nor "Trump's" in a story that never titles him a leader, nor are "Russian investigators"
   * "Mueller's investigators"; "Putin's campaign" may be Russia's, and a president titled
   * with no state may lead either.
   */
  private boolean stateOwnersDiffer(Phrase x, Phrase y, String nx, String ny) {
    String sx = stateOwnerOrNamed(x);
    String sy = stateOwnerOrNamed(y);
    if (sx != null && sy != null) {
      return !sx.equals(sy);
    }
    String state = sx != null ? sx : sy;
    String person = sx != null ? ny : nx;
    if (state == null || person == null) {
      return false;
    }
    Map<String, Set<String>> byPerson = leaders(corpus.all());
    Set<String> led = byPerson.get(person);
    if (led == null) {
      return true; // no leader of any state
    }
    if (led.stream().anyMatch(s -> leads(s, state))) {
      return false;
    }
    if (led.stream().anyMatch(s -> !s.equals(PRESIDENT) && !s.equals(FORMER))) {
      return true; // titled the leader of another state
    }
    // A leader titled with no state ("President Trump") may lead this one ("Trump's tariffs" are America's),
    // unless the story titles someone else its leader ("Russian President Vladimir Putin").
    return byPerson.entrySet().stream().anyMatch(e -> !e.getKey().equals(person) && !e.getKey().equals(NAMED_STATES)
        && e.getValue().stream().anyMatch(s -> leads(s, state)));
  }

  /** Whether {@code titled}, a state a leader's title names ({@link #leaders}), is the state whose root is {@code state}. */
  private boolean leads(String titled, String state) {
    return !titled.equals(PRESIDENT) && !titled.equals(FORMER) && find(titled).equals(state);
  }

  /**
   * The root of the state that owns {@code p} ({@link #stateOwner}), else of the one state its words name ("Russian
   * investigators" are Russia's as "Mueller's investigators" are Mueller's), or null.
   */
  private String stateOwnerOrNamed(Phrase p) {
    String owner = stateOwner(p);
    if (owner != null || possessorPhrase.get(p.id) != null) {
      return owner;
    }
    Set<String> named = describedStates(p);
    return named.size() == 1 ? find(named.iterator().next()) : null;
  }

  /** The root of the state whose name owns {@code p} ("Moscow's campaign", "Russia's campaign"), or null. */
  private String stateOwner(Phrase p) {
    Phrase name = possessorPhrase.get(p.id);
    String node = name != null && name.role == Role.NAME ? nameNodeOf.get(name.id) : null;
    boolean state = node != null && (isState(clean(name.name))
        || lexicon.capitals.containsKey(Words.nameKey(clean(name.name))) && !node.startsWith("p:"));
    return state ? find(node) : null;
  }

  /**
   * Whether two descriptions of a government are of two levels of government: two levels named ("the federal
   * government", "the state government"), or one named beside an owner ("the central government", "the city's
   * government"). A bare "the government" may be either.
   */
  private boolean levelsDisagree(Phrase x, Phrase y) {
    if (!lexicon.governmentHeads.contains(x.head) || !x.head.equals(y.head)) {
      return false;
    }
    String lx = governmentLevel(x);
    String ly = governmentLevel(y);
    return (lx != null || ly != null) && !java.util.Objects.equals(lx, ly)
        && (lx != null && ly != null || owned(x) || owned(y));
  }

  /** The level of government a description's words name ("central", "federal", "local"...), or null. */
  private static String governmentLevel(Phrase p) {
    for (String w : p.descriptors) {
      if (GOVERNMENT_LEVELS.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /** Whether a description has an owner: a name's or a noun's possessive, or a possessive pronoun. */
  private static boolean owned(Phrase p) {
    return POSSESSIVE_DETERMINERS.contains(p.determiner) || p.determiner.equals("'");
  }

  /** Words for a level of government. */
  private static final Set<String> GOVERNMENT_LEVELS = Set.of("central", "federal", "local", "provincial", "state",
      "regional", "municipal", "national", "city", "county", "territorial");

  /** Joins two phrases unless both are named otherwise ({@link #safeUnion}), and keeps {@code states} up to date. */
  private void unionKeepingStates(Phrase x, Phrase y, Set<String> named, Map<String, Set<String>> states, String rule) {
    String rx = find(node(x));
    String ry = find(node(y));
    safeUnion(node(x), node(y), named, rule);
    mergeStates(rx, ry, states);
  }

  /** Whether the referents of two phrases are tied to different states ({@code states}, by root). */
  private boolean statesDisagree(Phrase x, Phrase y, Map<String, Set<String>> states) {
    Set<String> sx = states.getOrDefault(find(node(x)), Set.of());
    Set<String> sy = states.getOrDefault(find(node(y)), Set.of());
    return !sx.isEmpty() && !sy.isEmpty() && Collections.disjoint(sx, sy);
  }

  /** Keeps {@code states} up to date after the roots {@code rx} and {@code ry} may have become one. */
  private void mergeStates(String rx, String ry, Map<String, Set<String>> states) {
    String root = find(rx);
    if (!root.equals(rx) || !root.equals(ry)) {
      Set<String> both = new HashSet<>(states.getOrDefault(rx, Set.of()));
      both.addAll(states.getOrDefault(ry, Set.of()));
      states.remove(rx);
      states.remove(ry);
      if (!both.isEmpty()) {
        states.put(root, both);
      }
    }
  }

  /** Whether {@code p} is a government named by a leader the story titles former: "the Obama administration". */
  private boolean formerLeadersGovernment(Phrase p) {
    String node = p.role == Role.MODIFIER && lexicon.administrationHeads.contains(p.head) ? nameNodeOf.get(p.id) : null;
    return node != null && leaders(corpus.all()).getOrDefault(find(node), Set.of()).contains(FORMER);
  }

  /**
   * The root of the person whose name owns {@code p} ("Ford's testimony"), or null. Only a person's: a school's
   * record may be the record of the player who holds it ("North Carolina's all-time scoring record", "Ford's
   * all-time scoring record").
   */
  private String nameOwner(Phrase p) {
    Phrase name = possessorPhrase.get(p.id);
    String node = name != null && name.role == Role.NAME ? nameNodeOf.get(name.id) : null;
    return node != null && shownPerson(name) ? find(node) : null;
  }

  /**
   * The referent a possessive pronoun before {@code p} points to, as its root: for "his" or "her" the
   * person its sentence names or describes last before it, else the last of the sentence before ("Mariano
   * Rajoy praised the police. His conservative government had vowed..."; "Dungy said Manning hurt his
   * knee"); for "its" the last name of no person likewise ("Spain defends its constitution"). Null when
   * {@code p} has no such owner or none is found. Two owners tell two things apart only when both are named:
   * "a Perth man" and "a climber" who each saw "his brother" fall may be one man.
   */
  private String pronounOwner(Phrase p) {
    int owner = ownerPhrases.computeIfAbsent(p.id, id -> ownerPhrase(p));
    return owner < 0 ? null : find(node(owner));
  }

  /** Verbs of telling beside the lexicon's reporting verbs: "Prigozhin told the agency", "Varo added". */
  private static final Set<String> TELLING = Set.of("told", "tells", "added", "adds", "wrote", "writes", "tweeted",
      "recalled", "explained", "testified");

  /** Each phrase's {@link #ownerPhrase}, by id, once computed: pairs of descriptions ask it often. */
  private final Map<Integer, Integer> ownerPhrases = new HashMap<>();

  /** The id of the phrase a possessive pronoun before {@code p} points to (see {@link #pronounOwner}), or -1. */
  private int ownerPhrase(Phrase p) {
    boolean person = p.determiner.equals("his") || p.determiner.equals("her");
    if (!person && !p.determiner.equals("its")) {
      return -1;
    }
    Phrase owner = null;
    for (Phrase q : corpus.phrases().get(p.article)) {
      if (q.sentence > p.sentence || q.sentence == p.sentence && q.start >= p.start) {
        break;
      }
      if (q.sentence < p.sentence - 1 || q.nested || q.inQuote || q.contains(p)) {
        continue;
      }
      boolean fits = person ? q.role == Role.NAME ? isPersonName(q) : !q.plural && isRoleHead(q.head)
          : q.role == Role.NAME && !q.plural && !isPersonName(q);
      if (fits && (owner == null || q.sentence == p.sentence || owner.sentence < p.sentence)) {
        owner = q;
      }
    }
    return owner == null ? -1 : owner.id;
  }

  /**
   * The states each root is tied to: a state's name among its mentions, or a nationality or a state's
   * possessive in one of its descriptions ("the Russian government", "Japan's government").
   */
  private Map<String, Set<String>> statesByRoot(List<Phrase> all) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Phrase p : all) {
      Set<String> states = new HashSet<>();
      if (p.role == Role.NAME) {
        String node = nameNodeOf.get(p.id);
        if (node != null && isState(p.name)) {
          states.add(find(node));
        }
      } else {
        // Its words, not only its descriptors: a nationality the tagger took for a name ("The Russian foreign ministry").
        states.addAll(statesOfNationality(p.words).keySet());
        String ownerState = possessorState(p);
        if (ownerState != null) {
          states.add(ownerState);
        }
      }
      if (!states.isEmpty()) {
        out.computeIfAbsent(find(node(p)), k -> new HashSet<>()).addAll(states);
      }
    }
    return out;
  }

  /**
   * The keys of an event's description ({@link #descriptionKey}) that say where it took place: the place that
   * names it ("the Brussels summit", "the Helsinki talks") and a capital's state. They tell two events apart
   * only from another place's: "the NATO summit" may be "the Brussels summit". Empty for any other description.
   */
  private Set<String> eventPlaces(Phrase p) {
    if (p.role != Role.OF && p.role != Role.MODIFIER || !lexicon.eventHeads.contains(p.head) || nameNodeOf.get(p.id) == null
        || !namesAPlace(Words.nameKey(clean(p.name)))) {
      return Set.of();
    }
    return nameKeys(p);
  }

  /**
   * The keys of the name that modifies or follows a description ({@link #descriptionKey}'s form): its root, and a
   * capital's state with it ("the Helsinki summit" is a summit in Finland too, as another outlet says).
   */
  private Set<String> nameKeys(Phrase p) {
    Set<String> out = new HashSet<>();
    out.add(NAMED + find(nameNodeOf.get(p.id)));
    String state = lexicon.capitals.get(Words.nameKey(clean(p.name)));
    if (state != null) {
      out.add(NAMED + find(nameNode(state, null)));
    }
    return out;
  }

  /**
   * {@link #chain} of the keys' places ({@link #eventPlaces}) and of the rest of the keys, each apart: where
   * an event took place and whose it was are two questions ("the NATO summit", "the Brussels summit", "the
   * summit" can be one event; "the Brussels summit" and "the Helsinki summit" cannot).
   */
  private static boolean chainApart(List<Set<String>> keys, List<Set<String>> places) {
    List<Set<String>> where = new ArrayList<>();
    List<Set<String>> rest = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Set<String> w = new HashSet<>(keys.get(i));
      w.retainAll(places.get(i));
      Set<String> r = new HashSet<>(keys.get(i));
      r.removeAll(places.get(i));
      where.add(w);
      rest.add(r);
    }
    return chain(where) && chain(rest);
  }

  /**
   * Whether the modifier sets of a head's descriptions form one chain under inclusion ({}, {atlanta},
   * {atlanta, superior}): then they can all describe one thing. Two that neither includes ("the
   * merchant vessel", "the pirate vessel") mean two things share the head.
   */
  private static boolean chain(List<Set<String>> keys) {
    List<Set<String>> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
    distinct.sort(Comparator.comparingInt(Set::size));
    for (int i = 1; i < distinct.size(); i++) {
      if (!distinct.get(i).containsAll(distinct.get(i - 1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Descriptions that stand for a state, joined to it last and only where that joins no two named
   * referents: a government described by its nationality ("the Russian government", "Syrian
   * authorities"), the people of a state as a plural demonym ("the Russians said"), and "the country"
   * or "the nation", which name the state their article has named most before them. "The Syrian
   * regime" that already joined Bashar al-Assad stays his.
   */
  private void states(List<Phrase> all) {
    Set<String> named = namedRoots();
    // "The North" for the one state of the story whose name starts with that direction ("North Korea").
    Map<String, Set<String>> byDirection = new HashMap<>();
    for (Phrase p : all) {
      String[] words = p.role == Role.NAME ? clean(p.name).split(" ") : new String[0];
      if (words.length >= 2 && DIRECTIONS.contains(Words.nameKey(words[0])) && isState(p.name) && nameNodeOf.get(p.id) != null) {
        byDirection.computeIfAbsent(Words.nameKey(words[0]), k -> new HashSet<>()).add(find(nameNodeOf.get(p.id)));
      }
    }
    for (Phrase p : all) {
      String node = nameNodeOf.get(p.id);
      Set<String> states = p.role == Role.NAME && node != null ? byDirection.get(Words.nameKey(clean(p.name))) : null;
      if (states != null && states.size() == 1 && (p.isDefinite() || "the".equals(p.before))) {
        union(node, states.iterator().next(), "the direction that begins the name of");
      }
    }
    // A description written as a name is in lower case ("the Indian navy" / "the Indian Navy"), or with a
    // country's short name ("the U.S. Air Force" / "the United States Air Force").
    Map<String, String> nameNodes = new HashMap<>();
    Set<String> writtenKeys = new HashSet<>();
    for (Phrase p : all) {
      if (p.role == Role.NAME && clean(p.name).contains(" ") && nameNodeOf.get(p.id) != null) {
        String key = Words.nameKey(clean(p.name));
        nameNodes.putIfAbsent(spellingKey(key), nameNodeOf.get(p.id));
        writtenKeys.add(key);
      }
    }
    for (Phrase p : all) {
      if (p.role == Role.NONE && p.words.size() >= 2) {
        String key = Words.nameKey(String.join(" ", p.words));
        String node = nameNodes.get(spellingKey(key));
        if (node != null) {
          safeUnion(node(p), node, named,
              writtenKeys.contains(key) ? "the name written in lower case:" : "the name spelled another way:");
        }
      }
    }
    // People a story counts ("13 Russians", "58 Palestinians") are people wherever it goes on calling them by
    // their nationality alone ("the Russians began their operation"): that referent is no state.
    Set<String> countedPeople = new HashSet<>();
    for (Phrase p : all) {
      if (p.role == Role.NONE && p.plural && counted(p) && lexicon.nationalityWords(List.of(p.head), 0) == 1) {
        countedPeople.add(find(node(p)));
      }
    }
    for (Phrase p : all) {
      if (p.role == Role.OF && lexicon.governmentHeads.contains(p.head) && !p.plural) {
        // "the regime in Pyongyang", "the government of Syria": the state, named or by its capital.
        String state = isState(p.name) ? p.name : lexicon.capitals.get(Words.nameKey(clean(p.name)));
        if (state != null && lexicon.governsState(p.head)) {
          safeUnion(node(p), nameNode(state, null), named, "stands for the state");
        }
        continue;
      }
      if (p.role != Role.NONE) {
        continue;
      }
      String country = null;
      boolean sideOf = SIDE_HEADS.contains(p.head) && !p.plural && !p.words.contains("of");
      // Not a plural of a government's noun: "European governments" are many states' ("the Russian ministries" one's).
      // "The Turkish nation", "the Jordanian state": a state's noun with its nationality is that state.
      // Not "the former Soviet republic" (Turkmenistan), nor "the Arab country" (a people of many states).
      boolean nation = lexicon.countryHeads.contains(p.head) && !p.plural && p.isDefinite() && !former(p.words)
          && !p.words.contains("of") // "the weakened state of the US economy"
          && !lexicon.nationalitiesIn(p.descriptors).isEmpty()
          && lexicon.nationalitiesIn(p.descriptors).stream().allMatch(n -> isCountry(lexicon.nationalities.get(n)));
      // "A British government" is any one of them ("the worst defeat for a British government in a century").
      if (!p.isIndefinite() && (STATE_HEADS.contains(p.head) || sideOf || statesForces(p) || nation
          || lexicon.governsState(p.head) && !p.plural)) {
        for (String nationality : lexicon.nationalitiesIn(p.descriptors)) {
          String c = lexicon.nationalities.get(nationality); // "the North Korean government" is North Korea's
          country = country == null || country.equals(c) ? c : "";
        }
        String owner = possessor(p);
        if (country == null && !owner.isEmpty() && isState(owner)) {
          country = owner; // "Sudan's armed forces", "China's government", "Iran's hardline regime"
        }
      } else if ((p.plural || p.determiner.equals("the") && UNCHANGED_PLURAL.matcher(p.head).find()) && !counted(p)
          && !countedOf.contains(p.id) && !SOME_OF_A_PEOPLE.contains(p.words.isEmpty() ? "" : p.words.get(0))) {
        // "the Turkmens", "the Chinese", "the British", "the North Koreans"; or null. Not people counted
        // ("three million Venezuelans", "Hundreds of thousands of Venezuelans", "many Venezuelans").
        country = countedPeople.contains(find(node(p))) ? null : demonymCountry(p);
      }
      if (country != null && !country.isEmpty()) {
        safeUnion(node(p), nameNode(country, null), named, "stands for the state");
      }
    }
    for (Phrase p : all) {
      String state = bareAdministration(p);
      if (state != null) {
        safeUnion(node(p), state, named, "the government of the state its leader heads, as the story calls it:");
      }
    }
    // A speaker's "our nation", and the "the nation" that goes on from it, is the speaker's own country,
    // not the one the article names most.
    Set<String> spokenOf = new HashSet<>();
    for (Phrase p : all) {
      if (p.role == Role.NONE && lexicon.countryHeads.contains(p.head) && FIRST_PERSON.contains(p.determiner)) {
        spokenOf.add(find(node(p)));
      }
    }
    Set<String> stateRoots = new HashSet<>();
    for (Phrase p : all) {
      if (p.role == Role.NAME && nameNodeOf.get(p.id) != null && isCountry(p.name)) {
        stateRoots.add(find(nameNodeOf.get(p.id)));
      }
    }
    for (int a = 0; a < corpus.phrases().size(); a++) {
      List<Phrase> ps = corpus.phrases().get(a);
      Set<Phrase> listed = listedStates(ps, corpus.articles().get(a).text());
      Map<String, Integer> count = new HashMap<>();
      Map<String, Phrase> latest = new HashMap<>();
      // The states the article has named acting, by any name ("Pyongyang's language", "the North"), not as where
      // something is ("their summit in Singapore"): whom an epithet may mean.
      Map<String, Integer> acting = new HashMap<>();
      Map<String, Phrase> latestActing = new HashMap<>();
      // The states the sentence so far names, or whose leader or government it describes by nationality.
      Map<String, String> inSentence = new HashMap<>();
      int sentence = -1;
      for (Phrase d : ps) {
        if (d.sentence != sentence) {
          sentence = d.sentence;
          inSentence.clear();
        }
        if (d.role == Role.NAME) {
          String node = d.demonym ? null : nameNodeOf.get(d.id); // "Russian equipment" names no state "the country" means
          String acts = node == null || listed.contains(d) || LOCATIVE.contains(d.before) && !isPossessor(d) ? null : find(node);
          if (acts != null && stateRoots.contains(acts)) {
            acting.merge(acts, 1, Integer::sum);
            latestActing.put(acts, d);
          }
          // "citizens of Iran, Libya and Yemen ... the country": one of a list is not what "the country" means.
          if (node != null && isState(d.name) && !listed.contains(d)) {
            String root = find(node);
            count.merge(root, 1, Integer::sum);
            latest.put(root, d);
            inSentence.put(root, node(d));
          } else if (node != null && personNodes.contains(find(node)) && !d.titles.isEmpty()) {
            statesOfNationality(d.words).forEach(inSentence::putIfAbsent); // "Chinese President Xi Jinping"
          }
          continue;
        }
        // "The Chinese leader", "the Chinese government"; not the people of a title ("23 British diplomats [were
        // ordered] to leave the country" is not the UK).
        if (!d.plural && (lexicon.titles.contains(d.head) || lexicon.governmentHeads.contains(d.head))) {
          statesOfNationality(d.descriptors).forEach(inSentence::putIfAbsent);
        }
        // "the country", not "our country": a speaker's own country is not the one the article names most.
        boolean bare = (d.head.equals("country") || d.head.equals("nation")) && bareThe(d) && !spokenOf.contains(find(node(d)));
        if (d.head.equals("kingdom") && bareThe(d) && !d.plural) {
          // "the kingdom": the kingdom its article has named most before it, if it has named one.
          Phrase kingdom = namedMostBefore(count, latest, root -> isMonarchy(latest.get(root).name));
          if (kingdom != null) {
            safeUnion(node(d), node(kingdom), named, "the kingdom its article named most before it:");
          }
        } else if (bare && inSentence.size() == 1) {
          // "The Chinese leader, Xi, said the country would fight": the one state its sentence has named.
          safeUnion(node(d), inSentence.values().iterator().next(), named, "the one state its sentence named before it:");
        } else if (bare && !count.isEmpty()) {
          safeUnion(node(d), node(namedMostBefore(count, latest, root -> true)), named, "the state its article named most before it:");
        } else if (stateEpithet(d) && clearlyMost(acting)) {
          // "the reclusive state", "the gas-rich nation": the state its article has named far more than any other.
          safeUnion(node(d), node(namedMostBefore(acting, latestActing, root -> true)), named, "the state its article named most before it:");
        }
      }
    }
  }

  /**
   * "The bloc", "the alliance", "the cartel": a bare singular noun for a kind of organisation (kinds.json
   * {@code calledByTheirKind}) is the organisation of that kind its article names most before it ("the
   * European Union ... the bloc", "NATO ... the alliance"), as "the kingdom" is a kingdom.
   */
  private void byTheirKind() {
    if (lexicon.calledByTheirKind.isEmpty()) {
      return;
    }
    Set<String> named = namedRoots();
    for (List<Phrase> ps : corpus.phrases()) {
      Map<String, Integer> count = new HashMap<>();
      Map<String, Phrase> latest = new HashMap<>();
      Map<String, String> kindOf = new HashMap<>();
      for (Phrase d : ps) {
        if (d.role == Role.NAME) {
          String node = nameNodeOf.get(d.id);
          String key = Words.nameKey(clean(d.name));
          String group = node == null ? null : groupKey(key);
          for (Map.Entry<String, Set<String>> e : lexicon.calledByTheirKind.entrySet()) {
            if (group != null && (e.getValue().contains(key) || e.getValue().contains(group))) {
              String root = find(node);
              count.merge(root, 1, Integer::sum);
              latest.put(root, d);
              kindOf.put(root, e.getKey());
            }
          }
          continue;
        }
        if (d.plural || !bareThe(d) || !lexicon.calledByTheirKind.containsKey(d.head)) {
          continue;
        }
        Phrase most = namedMostBefore(count, latest, root -> d.head.equals(kindOf.get(root)));
        if (most != null) {
          safeUnion(node(d), node(most), named, "the " + d.head + " its article named most before it:");
        }
      }
    }
  }

  /**
   * Whether {@code d} calls a state by what it is like: "the reclusive state", "the gas-rich nation", "the
   * communist country". Only adjectives that tell how the state is, not which one of several it is to the
   * article ("the neighbouring country", "the new nation", "the southern state", "the Chinese state").
   */
  private boolean stateEpithet(Phrase d) {
    if (d.role != Role.NONE || d.plural || !d.determiner.equals("the") || !STATE_NOUNS.contains(d.head)
        || !d.after.isEmpty() && d.after.get(0).equals("of") || d.descriptors.size() < 2) {
      return false;
    }
    for (String w : d.descriptors) {
      if (w.equals(d.head)) {
        continue;
      }
      if (lexicon.genericModifiers.contains(w) || lexicon.nationalities.containsKey(w) || NOT_EPITHETS.contains(w)
          || lexicon.regions.containsKey(w)
          || !(lexicon.adjectives.contains(w) || w.indexOf('-') > 0)) {
        return false;
      }
    }
    return true;
  }

  /** Nouns for a state a description may call it by. */
  private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state");

  /** Adjectives that say which state, or where, rather than what it is like. */
  private static final Set<String> NOT_EPITHETS = Set.of("neighbouring", "neighboring", "host", "home", "member", "foreign",
      "fellow", "only", "southern", "northern", "eastern", "western", "central", "southeastern", "southwestern",
      "northeastern", "northwestern", "midwestern", "federal", "sovereign", "independent", "rival", "third", "islamic");

  /** Whether one state's count is at least twice every other's (or it is the only one counted). */
  private static boolean clearlyMost(Map<String, Integer> count) {
    if (count.isEmpty()) {
      return false;
    }
    List<Integer> counts = count.values().stream().sorted(Comparator.reverseOrder()).toList();
    return counts.size() == 1 || counts.get(0) >= 2 * counts.get(1);
  }

  /**
   * Of the referents an article has named so far ({@code count} times each, by root; {@code latest} the
   * last mention of each), the last mention of the one named most that {@code which} takes (of two named
   * as often, the one named last), or null.
   */
  private static Phrase namedMostBefore(Map<String, Integer> count, Map<String, Phrase> latest, Predicate<String> which) {
    return count.entrySet().stream()
        .filter(e -> which.test(e.getKey()))
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> latest.get(e.getKey()).start))
        .map(e -> latest.get(e.getKey()))
        .orElse(null);
  }

  /** Whether a state's name (or its alias group's) is a kingdom's (kinds.json {@code monarchies}). */
  private boolean isMonarchy(String name) {
    String key = Words.nameKey(clean(name));
    return lexicon.monarchies.contains(key) || lexicon.monarchies.contains(groupKey(key));
  }

  /**
   * The states of the nationalities among {@code words}, by root, each with its node; not a region's
   * ("Central American": no one state).
   */
  private Map<String, String> statesOfNationality(List<String> words) {
    Map<String, String> states = new LinkedHashMap<>();
    for (String nationality : lexicon.nationalitiesIn(words)) {
      if (!lexicon.regions.containsKey(nationality)) {
        String node = nameNode(lexicon.nationalities.get(nationality), null);
        states.putIfAbsent(find(node), node);
      }
    }
    return states;
  }

  /**
   * "The Finnish capital", "Ukraine's capital": the capital of that state, when the story names it as a
   * place ("in Helsinki") and names no other place the lexicon gives as that state's capital or seat.
   */
  private void capitalDescriptions(Set<String> named) {
    // Per state's key, the location mentions of its capitals, by the capital's key.
    Map<String, Map<String, Phrase>> capitalsOf = new HashMap<>();
    for (Phrase p : corpus.all()) {
      String key = p.role == Role.NAME ? Words.nameKey(clean(p.name)) : null;
      String state = key == null ? null : lexicon.capitals.get(key);
      String node = state == null ? null : nameNodeOf.get(p.id);
      if (node != null && !find(node).equals(find(nameNode(state, null)))) {
        capitalsOf.computeIfAbsent(Words.nameKey(state), k -> new LinkedHashMap<>()).putIfAbsent(key, p);
      }
    }
    if (capitalsOf.isEmpty()) {
      return;
    }
    for (Phrase d : corpus.all()) {
      if (d.role != Role.NONE || d.plural || !d.head.equals("capital") || !(d.isDefinite() || d.determiner.equals("'s"))) {
        continue;
      }
      Set<String> states = new HashSet<>();
      for (String w : d.descriptors) {
        String state = lexicon.nationalities.get(w);
        if (state != null && !lexicon.regions.containsKey(w)) {
          states.add(Words.nameKey(state));
        } else if (!w.equals("capital") && !lexicon.genericModifiers.contains(w)) {
          states.add(""); // "the economic capital", "the northern capital": not the seat of government
        }
      }
      String owner = possessor(d);
      if (!owner.isEmpty()) {
        states.add(isState(owner) ? groupKey(Words.nameKey(owner)) : "");
      }
      Map<String, Phrase> capitals = states.size() == 1 ? capitalsOf.get(states.iterator().next()) : null;
      if (capitals != null && capitals.size() == 1) {
        safeUnion(node(d), node(capitals.values().iterator().next()), named, "the capital of the state it names:");
      }
    }
  }

  /** Nouns for a settlement, which "this" makes the place of the article's dateline ("this border town"). */
  private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "capital", "community", "hamlet",
      "port", "suburb", "borough", "township", "resort");

  /** Nouns by which an article calls a place it has named: "the city", "the territory". */
  private static final Set<String> CITY_HEADS = Set.of("city", "territory");

  /**
   * "The city" and "the territory", with no other word, are the place their article has named before
   * them, by name or in a name ("Hong Kong police"): the only one, or one named at least twice and more
   * often than any other; places that are no states for "the city", any place for "the territory".
   */
  private void cities() {
    Set<String> named = namedRoots();
    capitalDescriptions(named);
    for (List<Phrase> ps : corpus.phrases()) {
      Map<String, Integer> count = new HashMap<>();
      Map<String, Integer> stateCount = new HashMap<>();
      Map<String, Phrase> latest = new HashMap<>();
      for (Phrase d : ps) {
        if (d.determiner.equals("this") && (d.role == Role.NONE || d.role == Role.MODIFIER) && !d.plural && SETTLEMENTS.contains(d.head)) {
          // "in this Virginia college town", "this northern city": wire style for the place of its dateline.
          Phrase line = ps.stream().filter(q -> q.role == Role.NAME && q.start < d.start && dateline(q)).findFirst().orElse(null);
          if (line != null) {
            safeUnion(node(d), node(line), named, "the place of its article's dateline:");
          }
          if (d.role == Role.NONE) {
            continue;
          }
        }
        String node = d.role != Role.NONE && !d.demonym ? nameNodeOf.get(d.id) : null;
        if (node != null) {
          String key = Words.nameKey(clean(d.name));
          if (isPlace(d.name) || placeNames.contains(key) || lexicon.isMajorPlace(key)) {
            String root = find(node);
            (isState(d.name) ? stateCount : count).merge(root, 1, Integer::sum);
            latest.put(root, d);
          }
          continue;
        }
        if (!CITY_HEADS.contains(d.head) || !bareThe(d) || d.descriptors.size() != 1) {
          continue;
        }
        Map<String, Integer> places = new HashMap<>(count);
        if (d.head.equals("territory")) {
          stateCount.forEach((root, n) -> places.merge(root, n, Integer::sum));
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(places.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.size() == 1 || ranked.size() > 1 && ranked.get(0).getValue() >= 2
            && ranked.get(0).getValue() > ranked.get(1).getValue()) {
          safeUnion(node(d), node(latest.get(ranked.get(0).getKey())), named, "the place its article named before it:");
        }
      }
    }
  }

  /**
   * The state a bare "the administration" stands for: the one state whose leader's government the story
   * calls by that noun ("the Trump administration"), or null (none, or several).
   */
  private String bareAdministration(Phrase d) {
    Set<String> states = administrationStates.get(d.head);
    boolean presidencies = false;
    if (states == null && d.head.equals("administration") && bareThe(d)) {
      states = presidencies();
      presidencies = true;
    }
    if (states == null || !bareThe(d)) {
      return null;
    }
    Set<String> roots = new HashSet<>();
    for (String s : states) {
      roots.add(find(s));
    }
    // Of several presidencies ("President Trump", "Iranian President Hassan Rouhani", "French President Emmanuel
    // Macron"), "the administration" is the American one: the word news uses for it, and not for the others.
    if (presidencies && roots.size() > 1 && roots.contains(unitedStates())) {
      return unitedStates();
    }
    return roots.size() == 1 ? roots.iterator().next() : null;
  }

  /**
   * Whether {@code d} is "the" + a singular noun and nothing that tells one of its kind from another
   * ("the country", "the current administration"; not "the country's capital", "the administration of
   * Bush", "our country").
   */
  private boolean bareThe(Phrase d) {
    return d.role == Role.NONE && !d.plural && d.determiner.equals("the")
        && d.descriptors.stream().allMatch(w -> w.equals(d.head) || lexicon.genericModifiers.contains(w))
        && (d.after.isEmpty() || !d.after.get(0).equals("of"));
  }

  /**
   * The states an article names in a list ("Iran, Libya, Somalia, Syria and Yemen"): two names of
   * states with only a comma, "and" or "or" between them are both listed.
   */
  private Set<Phrase> listedStates(List<Phrase> ps, String text) {
    Set<Phrase> out = new HashSet<>();
    Phrase previous = null;
    for (Phrase p : ps) {
      if (p.role != Role.NAME || !isState(p.name)) {
        continue;
      }
      if (previous != null && previous.sentence == p.sentence && previous.end <= p.start
          && LIST_GLUE.matcher(text.substring(previous.end, p.start)).matches()) {
        out.add(previous);
        out.add(p);
      }
      previous = p;
    }
    return out;
  }

  private static final java.util.regex.Pattern LIST_GLUE = java.util.regex.Pattern.compile("\\s*(,|,?\\s*(and|or))\\s*");

  /** Demonyms whose plural is the word itself: "the Chinese", "the British", "the Dutch", "the Swiss". */
  private static final java.util.regex.Pattern UNCHANGED_PLURAL = java.util.regex.Pattern.compile("(ese|ish|ch|ss)$");
  /**
   * Heads by which diplomatic news calls a state a party to talks: "the Chinese side", "the Russian
   * delegation" (not "the Syrian side of the border").
   */
  private static final Set<String> SIDE_HEADS = Set.of("side", "delegation");
  /** Heads that name those who govern a state, besides the lexicon's government nouns. */
  private static final Set<String> STATE_HEADS = Set.of("authority", "authorities", "cabinet", "leadership", "ministry");

  /** Nouns for a state's armed forces ("the Israeli army", "Sudan's armed forces"), which act for it. */
  private static final Set<String> MILITARY_HEADS = Set.of("army", "military", "navy", "force");

  /** Words that make forces someone's other than the state's ("rebel forces", "opposition forces"). */
  private static final Set<String> NON_STATE_FORCES = Set.of("rebel", "opposition", "insurgent", "militia", "separatist",
      "coalition", "allied", "peacekeeping", "private", "special", "foreign", "irregular", "paramilitary");

  /**
   * Whether {@code p} names a state's armed forces by their noun: "the Israeli army", "Israeli forces", "the
   * Sudanese air force", "Sudan's armed forces"; not rebels' or a coalition's forces ("rebel forces") nor a
   * force of anything else ("a labour force", "a task force").
   */
  private boolean statesForces(Phrase p) {
    if (!MILITARY_HEADS.contains(p.head) || p.head.equals("force") && !p.plural && !p.descriptors.contains("air")) {
      return false;
    }
    for (String d : p.descriptors) {
      if (NON_STATE_FORCES.contains(d) || d.startsWith("pro-") || d.startsWith("anti-") || lexicon.collectiveHeads.contains(d)
          && !d.equals(p.head) && !d.equals("force")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a name is a state: a country of the nationality lexicon, or a place in the alias lexicon. */
  private boolean isState(String name) {
    String key = Words.nameKey(clean(name));
    FramingLexicon.AliasGroup g = lexicon.aliasGroup(key);
    if (g != null) {
      return "place".equals(g.kind());
    }
    return countries.contains(key);
  }

  /** The root of the United States' node, whose presidency "the administration" names. */
  private String unitedStates() {
    return find(nameNode("United States", null));
  }

  /** Whether a name is a sovereign state's, by itself or its alias group: not "the West", "Europe" or a region. */
  private boolean isCountry(String name) {
    String key = Words.nameKey(clean(name));
    FramingLexicon.AliasGroup g = lexicon.aliasGroup(key);
    String state = g != null && "place".equals(g.kind()) ? Words.nameKey(g.name()) : key;
    return countries.contains(state) && !NO_STATES.contains(state);
  }

  /** Places of the nationality map that are no one state: what "Western", "European", "Arab", "Latin American" name. */
  private static final Set<String> NO_STATES = Set.of("west", "european union", "arab world", "central america",
      "latin america", "south america", "north america");

  /** Directions that begin states' names and stand for them alone ("the North", "the South"). */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");

  /** The name keys of the states the nationality lexicon knows ("russia", "united states"). */
  private final Set<String> countries;

  /** The roots that hold a name: the referents already named. */
  private Set<String> namedRoots() {
    Set<String> named = new HashSet<>();
    for (String node : new ArrayList<>(parent.keySet())) {
      if (!node.startsWith("m")) {
        named.add(find(node));
      }
    }
    return named;
  }

  /** Joins unless both sides are already named differently; keeps {@code named} up to date. */
  private void safeUnion(String a, String b, Set<String> named, String rule) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb) || named.contains(ra) && named.contains(rb)) {
      return;
    }
    trackedUnion(a, b, named, rule);
  }

  /** Joins for {@code rule} and keeps {@code named} up to date: the new root is named if either side was. */
  private void trackedUnion(String a, String b, Set<String> named, String rule) {
    boolean withName = named.contains(find(a)) || named.contains(find(b)) || !a.startsWith("m") || !b.startsWith("m");
    union(a, b, rule);
    if (withName) {
      named.add(find(a));
    }
  }

  /** The modifiers of a description with nationalities and attached names as countries. */
  private Set<String> descriptionKey(Phrase p) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < p.descriptors.size(); i++) {
      String w = p.descriptors.get(i);
      if (w.equals(p.head) || lexicon.genericModifiers.contains(w) || Phrase.isCount(w)) {
        continue; // "four cartel smugglers" and "three cartel smugglers" may be the same smugglers
      }
      if (w.endsWith("-era") && w.length() > 4) {
        continue; // when it was made, as a year says: "the Obama-era accord" is "the Paris climate accord"
      }
      if (lexicon.isJudgingWord(w) && p.words.indexOf(w) >= 0 && p.words.indexOf(w) < p.words.indexOf(p.head)) {
        continue; // "his vanity wall" frames the wall "a border wall" names; "a form of slavery" is no "form of persecution"
      }
      // A nationality of two words is one: "Central American migrants" are no Americans, "South Korean" no Korea's.
      if (lexicon.nationalityWords(p.descriptors, i) == 2) {
        out.add(NAMED + find(nameNode(lexicon.nationalityAt(p.descriptors, i, 2), null)));
        i++;
        continue;
      }
      String n = lexicon.nationalities.get(w);
      // A modifier counts in the singular: "the migrant caravan" and "a caravan of migrants" agree.
      out.add(n != null ? NAMED + find(nameNode(n, null)) : Words.singular(w));
      // A state before a hyphen names it: "the U.S.-led war" is the United States' war, not "Japan's war".
      int dash = w.indexOf('-');
      if (n == null && dash > 0) {
        for (String state : countries(List.of(w.substring(0, dash)))) {
          out.add(NAMED + state);
        }
      }
    }
    if (p.role == Role.OF || p.role == Role.MODIFIER) {
      out.addAll(nameKeys(p));
    }
    // A state as possessor is as its nationality: "Japan's territorial waters", "Japanese territorial waters".
    String ownerState = possessorState(p);
    if (ownerState != null) {
      out.add(NAMED + ownerState);
    }
    return out;
  }

  /** The root of the state a phrase's possessor names ("japan" of "Japan's territorial waters"), or null. */
  private String possessorState(Phrase p) {
    String owner = possessor(p);
    return isState(owner) ? find(nameNode(owner, null)) : null; // (no possessor: "", no state)
  }

  /** The key of the name of {@code key}'s alias group ("united states" for "u.s."), or {@code key} itself. */
  private String groupKey(String key) {
    FramingLexicon.AliasGroup g = lexicon.aliasGroup(key);
    return g != null ? Words.nameKey(g.name()) : key;
  }

  /**
   * The referent that owns what {@code p} describes, as a name before its head would ({@link
   * #descriptionKey}'s form): its possessor when that is a name ("Robert Mueller's investigation") or a
   * description joined to a name ("the special counsel's probe", once the special counsel is Mueller);
   * else null.
   */
  private String owner(Phrase p) {
    Phrase o = possessorPhrase.get(p.id);
    if (o == null) {
      return null;
    }
    if (o.role != Role.NONE) {
      String node = nameNodeOf.get(o.id);
      return node == null ? null : NAMED + find(node);
    }
    String[] v = via.get(node(o));
    Phrase partner = v == null || !v[1].startsWith("m") ? null : phraseById.get(Integer.parseInt(v[1].substring(1)));
    return v != null && (partner == null || partner.role != Role.NONE) ? NAMED + find(node(o)) : null;
  }

  /** Per name that modifies a head ("Helsinki" of "the Helsinki summit"), by its article and start, its phrase. */
  private final Map<String, Phrase> nameModifies = new HashMap<>();

  /**
   * Of the persons whose full names open with one word, the one the story titles as a person and names
   * far more often than any other (two full-name mentions at least, twice the next): "Kim" is Kim Jong Un
   * in a story that names his sister Kim Yo Jong once. Else all of them, as given (null stays null).
   */
  private Set<String> dominant(Set<String> owners) {
    if (owners == null || owners.size() < 2) {
      return owners;
    }
    List<String> ranked = new ArrayList<>(owners);
    ranked.sort(Comparator.<String>comparingInt(o -> personWeight.getOrDefault(o, 0)).reversed().thenComparing(Comparator.naturalOrder()));
    int first = personWeight.getOrDefault(ranked.get(0), 0);
    int second = personWeight.getOrDefault(ranked.get(1), 0);
    return first >= 2 && first >= 2 * second && titledPersons.contains(ranked.get(0)) ? Set.of(ranked.get(0)) : owners;
  }

  /** Persons some mention titles as a person ("North Korean leader Kim Jong Un", "Mr. Felt"). */
  private final Set<String> titledPersons = new HashSet<>();

  /** Persons whose full name ends in a father's name after "bin", "ibn", "bint": no lone last name names them. */
  private final Set<String> patronymicPersons = new HashSet<>();

  /** The particles that make the name after them a father's ("son of", "daughter of"). */
  private static final Set<String> PATRONYMICS = Set.of("bin", "ibn", "bint");

  /** The names the story writes, and the names of their alias groups: a capital acts only for a state among them. */
  private final Set<String> namesWritten = new HashSet<>();
  /** The names the story writes, as written (their keys). */
  private final Set<String> keysWritten = new HashSet<>();
  /** {@link #storyGroup} by key. */
  private final Map<String, FramingLexicon.AliasGroup> storyGroups = new HashMap<>();

  /**
   * The alias group {@code key} names in this story: a one-word alias ("House", by default the House of
   * Representatives) is the group whose longer name with it as head the story writes ("the House of
   * Commons", "the House of Lords"), when it writes such a name of one other group only and none of its
   * own group's; else the lexicon's group, or null.
   */
  private FramingLexicon.AliasGroup storyGroup(String key) {
    FramingLexicon.AliasGroup g = lexicon.aliasGroup(key);
    if (g == null || key.contains(" ")) {
      return g;
    }
    return storyGroups.computeIfAbsent(key, k -> {
      Set<FramingLexicon.AliasGroup> others = new HashSet<>();
      for (String written : keysWritten) {
        if (written.startsWith(k + " of ")) { // its head: "House of Commons", not "UN Security Council"'s modifier
          FramingLexicon.AliasGroup w = lexicon.aliasGroup(written);
          if (w == g) {
            return g; // the story writes its own group's longer name ("the House of Representatives")
          }
          if (w != null) {
            others.add(w);
          }
        }
      }
      return others.size() == 1 ? others.iterator().next() : g;
    });
  }

  /** Per phrase with a possessor ("Robert Mueller's investigation"), the possessor's phrase ("Robert Mueller"). */
  private final Map<Integer, Phrase> possessorPhrase = new HashMap<>();

  /**
   * Why each mention of {@code c} is in it, in words, in the order of its mentions: the join that ties it to
   * another mention of the referent ("in apposition to 'Sergey Lavrov' (002)", "its name, which stands for
   * 'Russia'", "its name; 'times' the short form of a name earlier in the article 'The New York Times'"), such that following the ties from any mention reaches every other one
   * (see {@link JoinTree}); null for the one mention the others are tied to, unless its name stands for
   * another ("its name, which stands for 'Russia'").
   */
  List<String> evidence(Cluster c) {
    List<Phrase> ms = c.mentions();
    List<String> nodes = ms.stream().map(p -> node(p)).toList();
    List<JoinTree.Tie> ties = JoinTree.ties(nodes, nodes.isEmpty() ? List.of() : joinsOf(find(nodes.get(0))),
        ReferentResolver::symmetric, i -> joinedByName(ms.get(i)));
    List<String> out = new ArrayList<>(ms.size());
    for (int i = 0; i < ms.size(); i++) {
      out.add(tie(ms.get(i), ties.get(i)));
    }
    return out;
  }

  /** {@link #joins} by the root of their referent, once every join is made. */
  private Map<String, List<JoinTree.Join>> joinsByRoot;

  private List<JoinTree.Join> joinsOf(String root) {
    if (joinsByRoot == null) {
      joinsByRoot = new HashMap<>();
      for (JoinTree.Join j : joins) {
        joinsByRoot.computeIfAbsent(find(j.a()), k -> new ArrayList<>()).add(j);
      }
    }
    return joinsByRoot.getOrDefault(root, List.of());
  }

  /** The tie of mention {@code p} in words (see {@link #evidence(Cluster)}). */
  private String tie(Phrase p, JoinTree.Tie t) {
    String reading = nameReading(p);
    if (t.to() < 0) {
      return reading == null || reading.equals("its name") || !joinedByName(p) ? null : reading;
    }
    List<JoinTree.Step> path = t.path();
    if (path.size() == 1) {
      return said(path.get(0));
    }
    // Through names: how this mention's name reads, the joins between names, and the other mention.
    List<String> parts = new ArrayList<>();
    JoinTree.Step first = path.get(0);
    parts.add(first.rule().equals("name") && reading != null ? reading : said(first));
    for (JoinTree.Step s : path.subList(1, path.size() - 1)) {
      if (!s.rule().equals("name")) {
        parts.add(sentence(s));
      }
    }
    // The other mention's own join needs no words when it is by name or the same as this one's: the
    // other mention is one of the names, or labels, just described.
    JoinTree.Step last = path.get(path.size() - 1);
    if (!last.rule().equals("name") && !(last.rule().equals(first.rule()) && last.from().equals(first.to()))) {
      parts.add(sentence(last));
    }
    return String.join("; ", parts);
  }

  /**
   * Whether a one-word name not written in capitals is a word the corpus also writes in lower case, and
   * its alias group knows it only as an acronym in capitals: "Who" of "Huge Who fan" is no WHO, nor
   * "Us" the US; "Nato" (a word no one writes in lower case) stays NATO.
   */
  private boolean lowerCaseAcronym(FramingLexicon.AliasGroup g, String name, String key) {
    if (key.contains(" ") || Words.isAcronym(name) || !writtenLowercase.contains(key)) {
      return false;
    }
    boolean capitals = false;
    for (String n : g.names()) {
      if (n.equals(name) || n.equalsIgnoreCase(name) && !Words.isAcronym(n)) {
        return false;
      }
      capitals |= n.equalsIgnoreCase(name);
    }
    return capitals || g.name().equalsIgnoreCase(name) && Words.isAcronym(g.name());
  }

  /** Whether {@code p} joined its referent by its name (a name's mentions join first, so that is its first join). */
  private boolean joinedByName(Phrase p) {
    String[] v = via.get(node(p));
    return v != null && v[0].equals("name");
  }

  /** Rules that read the same from either side ("a is in apposition to b", and b to a). */
  private static boolean symmetric(String rule) {
    return rule.endsWith(" as") || rule.equals(APPOSITION) || rule.equals("the same person's name spelled another way")
        || rule.equals("the same name spelled with or without spaces and hyphens");
  }

  /** A join in words at its {@code from} end: "in apposition to 'Lavrov' (002)", or read back: "'the minister' (003) is a definite description of this". */
  private String said(JoinTree.Step s) {
    if (s.forward() || symmetric(s.rule())) {
      return s.rule() + " " + describe(s.to());
    }
    String rule = s.rule().endsWith(":") ? s.rule().substring(0, s.rule().length() - 1) : s.rule();
    return describe(s.to()) + " is " + READ_BACK.getOrDefault(rule, rule + " this");
  }

  /** Rules read from their other end, where "… this" would not do. */
  private static final Map<String, String> READ_BACK = Map.of(
      "a definite description of the earlier", "a definite description of this",
      "a shorter form of the only longer name", "a shorter form of this name",
      "the first words of the only organisation named so", "the first words of this name",
      "the short form of a name earlier in the article", "the short form of this name",
      "the organisation the article named last", "this organisation, the one its article named last",
      "the person the sentence before opens with", "what the next sentence opens with for this person",
      "the ruler of a regime the article names before", "the ruler of this person's regime, which the article names before it",
      "the place of its article's dateline", "the place of this article's dateline, called so");

  /** A join between two names in words, as it was made: "'isil' the acronym of 'islamic state'". */
  private String sentence(JoinTree.Step s) {
    String a = s.forward() ? s.from() : s.to();
    String b = s.forward() ? s.to() : s.from();
    return describe(a) + " " + s.rule() + " " + describe(b);
  }

  /**
   * How the name of {@code p} counts: "its name", "its name, which stands for 'Russia'" (Moscow), "the name
   * of the person with surname 'kerry' and first initial 'j'"; null for a mention without a name.
   */
  private String nameReading(Phrase p) {
    String node = nameNodeOf.get(p.id);
    if (node == null) {
      return null;
    }
    String written = Words.nameKey(clean(p.name));
    FramingLexicon.AliasGroup group = node.startsWith("a:") ? lexicon.aliasGroup(node.substring(2)) : null;
    if (node.equals("n:" + written) || group != null && Words.nameKey(group.name()).equals(written)) {
      return "its name";
    }
    return node.startsWith("p:") ? "the name of " + describe(node) : "its name, which stands for " + describe(node);
  }

  private String describe(String node) {
    if (node.startsWith("m")) {
      Phrase o = phraseById.get(Integer.parseInt(node.substring(1)));
      return o == null ? "" : "'" + o.text + "' (" + corpus.articles().get(o.article).id() + ")";
    }
    if (node.startsWith("a:")) {
      FramingLexicon.AliasGroup g = lexicon.aliasGroup(node.substring(2));
      return "'" + (g == null ? node.substring(2) : g.name()) + "'";
    }
    if (node.startsWith("p:")) {
      int bar = node.indexOf('|');
      String surname = bar < 0 ? node.substring(2) : node.substring(2, bar);
      return "the person with surname '" + surname + "'" + (bar < 0 ? "" : " and first initial '" + node.substring(bar + 1) + "'");
    }
    return "'" + node.substring(node.indexOf(':') + 1) + "'";
  }

  /** Marks the entries of a description key that are referents (a country, a name), not words. */
  private static final String NAMED = "@";

  // ---- clusters -------------------------------------------------------------------------------

  private List<Cluster> clusters(List<Phrase> all, Map<String, String> speakerNames) {
    Map<String, List<Phrase>> groups = new LinkedHashMap<>();
    for (Phrase p : all) {
      groups.computeIfAbsent(find(node(p)), k -> new ArrayList<>()).add(p);
    }
    Map<String, Set<String>> nodesOf = new HashMap<>();
    for (String node : parent.keySet()) {
      if (!node.startsWith("m")) {
        nodesOf.computeIfAbsent(find(node), k -> new HashSet<>()).add(node);
      }
    }
    List<Cluster> out = new ArrayList<>();
    for (Map.Entry<String, List<Phrase>> e : groups.entrySet()) {
      // An adverbial idiom ("on board") is no mention, even of a referent its head names elsewhere; nor are
      // people none of whom is meant ("no militants", "any heavyweight").
      List<Phrase> ms = dropNested(e.getValue()).stream().filter(p -> !isAdverbialIdiom(p) && !quantifiedPeople(p)).toList();
      Set<String> nodes = nodesOf.getOrDefault(e.getKey(), Set.of());
      String kind = clusterKind(bodyFirst(ms), nodes);
      if (!worthKeeping(ms, e.getValue(), kind)) {
        continue;
      }
      // Named from every phrase, nested names included ("Fighters of the Jabhat Vardar (JVA)").
      out.add(new Cluster(clusterName(e.getValue(), nodes, speakerNames), kind, ms));
    }
    return out;
  }

  /**
   * The mentions not strictly inside another of the same referent, by article then start. A sweep in
   * text order: a phrase is nested when an earlier-starting one of its article reaches at least as far
   * (and is not the same span).
   */
  private static List<Phrase> dropNested(List<Phrase> ms) {
    List<Phrase> sorted = new ArrayList<>(ms);
    sorted.sort(Comparator.comparingInt((Phrase p) -> p.article).thenComparingInt(p -> p.start)
        .thenComparing(Comparator.comparingInt((Phrase p) -> p.end).reversed()));
    List<Phrase> out = new ArrayList<>();
    int article = Integer.MIN_VALUE;
    Phrase reach = null; // the phrase reaching furthest among those started so far in this article
    for (Phrase p : sorted) {
      if (p.article != article) {
        article = p.article;
        reach = null;
      }
      boolean nested = reach != null && reach.end >= p.end && (reach.start != p.start || reach.end != p.end);
      if (!nested) {
        out.add(p);
      }
      if (reach == null || p.end > reach.end) {
        reach = p;
      }
    }
    return out;
  }

  /**
   * Whether a phrase's head is too general to make a referent of its own ({@code weakHeads}: "the way", "people"),
   * unless the people are counted ({@link #peopleCount}). (No rule joins it to another head; see {@link
   * #specification} for when it is a referent all the same.)
   */
  private boolean weak(Phrase p) {
    return lexicon.weakHeads.contains(p.head) && peopleCount(p) == null;
  }

  /** Whether {@code p} is {@link #weak} and no name or noun before its head says which one it is. */
  private boolean weakAlone(Phrase p) {
    return weak(p) && specification(p).isEmpty();
  }

  /**
   * What says which thing of its kind a description with a {@link #weak} head is: the root of a name that
   * modifies it or owns it ("the Trump plan", "Trump's threat"), and the common nouns before its head ("the
   * tariff threat", "the border issue"); not adjectives, numbers or words that tell nothing apart ("the same way",
   * "the first time"). Only after "the" or a name's possessive, and not of a time, an amount or people at large.
   * Empty for none. Two such descriptions are one thing only where this is the same.
   */
  private Set<String> specification(Phrase p) {
    Set<String> out = new HashSet<>();
    Phrase owner = possessorPhrase.get(p.id);
    boolean namedOwner = owner != null && owner.role == Role.NAME && nameNodeOf.get(owner.id) != null;
    String kind = lexicon.nounKinds.get(p.head);
    if (!(p.determiner.equals("the") || namedOwner) || "time".equals(kind) || "quantity".equals(kind)
        || p.head.equals("people")) {
      return out; // "a big right hand", "yard line", "37 AM local time", "her undergraduate degree": no one thing
    }
    if (namedOwner) {
      out.add(NAMED + find(nameNodeOf.get(owner.id)));
    }
    if (p.role == Role.MODIFIER && nameNodeOf.get(p.id) != null) {
      out.add(NAMED + find(nameNodeOf.get(p.id)));
    }
    int head = p.descriptors.indexOf(p.head);
    for (int k = 0; k < head; k++) {
      String w = p.descriptors.get(k);
      if (!p.adjectives.contains(w) && !lexicon.weakHeads.contains(Words.singular(w)) && !Phrase.isCount(w) && Words.isWord(w)
          && lexicon.isCommonNoun(Words.singular(w)) && !lexicon.nationalities.containsKey(w)) {
        out.add(Words.singular(w));
      }
    }
    return out;
  }

  /** Vague amounts, which count no particular people: "some people", "many people". */
  private static final Set<String> VAGUE_COUNTS = Set.of("several", "some", "many", "few", "both", "all", "dozens",
      "hundreds", "thousands", "millions");

  /**
   * The count of people counted ("12 people", "three people", "a dozen people": a group the story can name again,
   * unlike "people" at large), or null. Two counts are two groups: the count is kept as the ordinals are, so no rule
   * joins "50 people" and "400 people".
   */
  private static String peopleCount(Phrase p) {
    if (!p.plural || !p.head.equals("people")) {
      return null;
    }
    for (String w : p.words) {
      if (w.equals(p.head)) {
        return null;
      }
      if (Phrase.isCount(w) && !VAGUE_COUNTS.contains(w)) {
        return "#" + w;
      }
    }
    return null;
  }

  private boolean worthKeeping(List<Phrase> ms, List<Phrase> withNested, String kind) {
    if (ms.isEmpty()) {
      return false;
    }
    // A name counts also where a longer mention of the referent holds it ("Turkey" in "Turkey's government").
    boolean named = withNested.stream()
        .anyMatch(p -> p.role == Role.NAME || (p.role != Role.NONE && find(node(p)).equals(find(nameNodeOf.get(p.id)))));
    boolean loaded = false;
    Set<Integer> articles = new HashSet<>();
    int strong = 0;
    boolean counted = false;
    for (Phrase p : ms) {
      loaded |= p.isLoaded();
      articles.add(p.article);
      counted |= peopleCount(p) != null;
      if (!weakAlone(p) && (p.isDefinite() || p.role != Role.NONE || p.descriptors.size() >= 2)) {
        strong++;
      }
    }
    if (named || loaded) {
      return true;
    }
    if (ms.stream().allMatch(p -> isMeasure(p))) {
      return false; // "last summer", "10 miles", "53 p[.m.]": when or how much, not who or what
    }
    if (strong == 0) {
      // Bare descriptions ("gang members", "police") are participants of the story when the outlets
      // keep naming them: in two articles, or twice in one, for people, groups, places and events.
      if (weakAlone(ms.get(0)) && !counted) {
        return false; // but "12 people" killed, said again in two articles or twice, are the story's victims
      }
      if (kind.equals("thing")) {
        // Objects only when several outlets keep naming them ("tanks"), not a passing "by telephone".
        return articles.size() >= 2 && ms.size() >= 3 && ms.get(0).plural;
      }
      return articles.size() >= 2 || ms.size() >= 2;
    }
    return articles.size() >= 2 || (ms.size() >= 2 && !kind.equals("thing"));
  }

  /**
   * A bare singular noun right after a preposition or a light verb, with no determiner and nothing
   * describing it ("on board", "at sea", "in court", "by telephone", "took effect", "take place"): an idiom
   * rather than a mention of something.
   * A group or government noun after "by" is the agent, not an idiom ("killed by police", "run by staff").
   */
  private boolean isAdverbialIdiom(Phrase p) {
    return p.role == Role.NONE && p.determiner.isEmpty() && !p.plural && p.descriptors.stream().allMatch(p.head::equals)
        && (IDIOM_PREPOSITIONS.contains(p.before) || LIGHT_VERBS.contains(p.before))
        && !(p.before.equals("by") && (lexicon.collectiveHeads.contains(p.head) || lexicon.governmentHeads.contains(p.head)
            || "group".equals(lexicon.nounKinds.get(p.head)))); // not "by knockout", whose first sense is a person
  }

  /**
   * A description of a time ("last summer", "8.40pm"), a counted amount ("30 miles"; not "artillery units"),
   * or a lone letter ("3 p[.m.]").
   */
  private boolean isMeasure(Phrase p) {
    String kind = lexicon.nounKinds.get(p.head);
    // Counted in words too ("two miles"); not the counts of a charge ("two counts of murder"), which are things.
    boolean counted = p.words.stream().anyMatch(Phrase::isCount) && !p.head.equals("count");
    return "time".equals(kind)
        || ("quantity".equals(kind) || UNITS.contains(p.head)) && counted
        // "a depth of 2.7 miles", "13 miles east of Cloverdale": a dimension or a bearing given by an amount
        || (DIMENSIONS.contains(p.head) || COMPASS_POINTS.contains(p.head)) && counted && amountIn(p)
        || CLOCK.contains(p.head) && p.descriptors.stream().anyMatch(w -> !w.isEmpty() && Character.isDigit(w.charAt(0)))
        || p.role == Role.NONE && (p.head.length() < 2 || numberAndUnit(p.head));
  }

  /** Nouns of a dimension, which an amount gives: "a depth of 2.7 miles", "a height of 30 feet". */
  private static final Set<String> DIMENSIONS = Set.of("depth", "distance", "height", "altitude", "length", "width",
      "radius", "elevation", "diameter", "speed");

  /** Bearings an amount measures from a place: "13 miles east of Cloverdale". */
  private static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

  /** Whether a count in {@code p}'s words comes right before a unit or a quantity: "2.7 miles", "30 feet". */
  private boolean amountIn(Phrase p) {
    for (int i = 0; i + 1 < p.words.size(); i++) {
      String next = Words.singular(p.words.get(i + 1));
      if (Phrase.isCount(p.words.get(i)) && (UNITS.contains(next) || "quantity".equals(lexicon.nounKinds.get(next)))) {
        return true;
      }
    }
    return false;
  }

  /** The hours of a clock after a number ("8.40pm", "9 am"), which WordNet reads first as something else ("pm"). */
  private static final Set<String> CLOCK = Set.of("am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "est", "edt", "cet");

  /** Units whose most frequent sense is something else ("foot", a body part), for {@link #isMeasure}. */
  private static final Set<String> UNITS = Set.of("foot", "inch", "yard", "mile", "pound", "ounce", "degree", "knot");

  /** A number with its unit in one word: "200m", "2000ft", "5km", "10kg" (the unit a quantity noun). */
  private boolean numberAndUnit(String head) {
    int i = 0;
    while (i < head.length() && (Character.isDigit(head.charAt(i)) || head.charAt(i) == '.' || head.charAt(i) == ',')) {
      i++;
    }
    return i > 0 && i < head.length() && "quantity".equals(lexicon.nounKinds.get(head.substring(i)));
  }

  private String clusterKind(List<Phrase> ms, Set<String> nodes) {
    for (Phrase p : ms) {
      if (p.role == Role.NAME && (isShipName(p.name) || isShipName(p.text))) {
        return "thing"; // "INS Sukanya" is a ship, not a woman; "INS Mysore" a ship, not the city
      }
      if (p.role == Role.NAME && isStormName(p.name)) {
        return "event"; // "Storm Ciara" is no woman
      }
      if (p.role == Role.NAME && isFireName(p)) {
        return "event"; // "the Cedar Fire", "the Camp Fire": a wildfire, no one named Fire
      }
    }
    for (String n : nodes) {
      if (n.startsWith("p:") && backedPersons.contains(n)) {
        return "person";
      }
    }
    Map<String, Integer> votes = new HashMap<>();
    for (String n : nodes) {
      if (firmParts.containsKey(n)) {
        votes.merge("organisation", 2 * firmParts.get(n), Integer::sum);
      }
      if (n.startsWith("a:")) {
        FramingLexicon.AliasGroup g = lexicon.aliasGroup(n.substring(2));
        if (g != null && g.kind() != null) {
          votes.merge(g.kind(), 10, Integer::sum);
        }
      } else if (n.startsWith("n:") && countries.contains(n.substring(2))) {
        votes.merge("place", 10, Integer::sum); // a state, however often its people stand for it ("Sri Lankans")
      }
    }
    // A name that only a preposition makes a place ("at Apple", "in the MacBook Pro"), and that the
    // gazetteer does not know ("in Sunnyvale"), is one where at least half of its names stand so; else
    // those uses say nothing.
    int names = 0;
    int placedByPreposition = 0;
    boolean place = votes.containsKey("place");
    for (Phrase p : ms) {
      if (place && p.role != Role.NAME && lexicon.administrationHeads.contains(p.head)) {
        continue; // a state stays a place however often it is called by its government ("the administration")
      }
      // "the German state of North Rhine", "the town of Bireun": a place, whatever else "state" names.
      String kind = ofMembers.contains(p.id) ? "group" : p.role == Role.OF && PLACE_ITSELF.contains(p.head) ? "place" : kindOf(p);
      if (p.role == Role.NAME) {
        names++;
        if (kind.equals("place") && !nameKind(nameNodeOf.get(p.id), p.name).equals("place")
            && !lexicon.isGazetteerPlace(Words.nameKey(clean(p.name)))) {
          placedByPreposition++;
          continue;
        }
        if (kind.equals("thing") && (afterPlaceAndComma(p) || afterDirection(p))) {
          placedByPreposition++; // an address's next part: "Newton Street, Millom"; "14 miles north of Healdsburg"
          continue;
        }
        String listed = kind.equals("thing") ? kindOfItsList(p) : null;
        if (listed != null) {
          votes.merge(listed, 2, Integer::sum); // "broadband companies such as Comcast, AT&T and Verizon"
          continue;
        }
      }
      // A name of no known kind says nothing: "Ford" is what "Ford Motor Company" is; nor does a
      // relation to another firm or team ("Boston's top rival", "GM's European division"), whose noun
      // WordNet reads first as a person or a group.
      if (isRelationDescription(p)) {
        continue;
      }
      if (p.role != Role.NAME || !kind.equals("thing")) {
        votes.merge(kind, p.role == Role.NAME ? 2 : 1, Integer::sum);
      }
    }
    if (placedByPreposition > 0 && 2 * placedByPreposition >= names) {
      votes.merge("place", 2 * placedByPreposition, Integer::sum);
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -kindRank(e.getKey())))
        .map(Map.Entry::getKey).orElse("thing");
  }

  /**
   * Between a plural description and a list of names it introduces: "such as", "like", "including",
   * "especially", "notably", a comma before them or not, and the list's earlier names ("Comcast, AT&T and").
   */
  private static final java.util.regex.Pattern INTRODUCES_NAMES = java.util.regex.Pattern.compile(
      "\\s*,?\\s*(?:such as|like|including|especially|notably|among them)\\s+"
          + "(?:\\p{Lu}[^,;:.()\"\u201c\u201d]{0,40}?(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*,\\s*and\\s+))*");

  /**
   * The kind of what a name is one of, where a plural description introduces it in a list ("broadband
   * companies such as Comcast, AT&T and Verizon", "cable monopolies like Comcast", "groups including Amnesty
   * International"): an organisation for a firm's or a body's noun, a person for people's, a place for
   * places'; else null. Read for a name of no known kind only.
   */
  private String kindOfItsList(Phrase p) {
    String text = corpus.articles().get(p.article).text();
    List<Phrase> phrases = corpus.phrases().get(p.article);
    for (int i = lastStartingBefore(phrases, p.start); i >= 0 && phrases.get(i).sentence == p.sentence; i--) {
      Phrase q = phrases.get(i);
      if (q.end > p.start || q.role != Role.NONE || !q.plural) {
        continue;
      }
      if (!INTRODUCES_NAMES.matcher(text.substring(q.end, p.start)).matches()) {
        return null; // the nearest plural description before it: the list's, or none
      }
      String h = q.head;
      if (isOrganisationNoun(h)) {
        return "organisation";
      }
      if (lexicon.personRoles.contains(h) || "person".equals(lexicon.nounKinds.get(h))) {
        return "person";
      }
      return lexicon.placeHeads.contains(h) || "place".equals(lexicon.nounKinds.get(h)) ? "place" : null;
    }
    return null;
  }

  /**
   * Whether a name is the next part of an address: right after a comma that follows a place's name
   * written after "in", "at", "near", "of" or "from" ("of Newton Street, Millom", "in Millom, Cumbria,"), and
   * ending its clause there (a comma, a full stop or the sentence's end after it: "in IE6, IE7 and IE8"
   * and "of Outlook, Outlook Express, and Windows Mail" are lists, "in the United States, Virgin will" a
   * clause).
   */
  private boolean afterPlaceAndComma(Phrase p) {
    if (!p.before.equals(",")) {
      return false;
    }
    String text = corpus.articles().get(p.article).text();
    int next = p.end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next < text.length() && ",.;:)\n".indexOf(text.charAt(next)) < 0) {
      return false;
    }
    String rest = text.substring(Math.min(text.length(), next + 1), Math.min(text.length(), next + 6)).stripLeading();
    if (text.startsWith(",", next) && (rest.startsWith("and ") || rest.startsWith("or "))) {
      return false; // "versions of Outlook, Outlook Express, and Windows Mail": a list
    }
    // The name before the comma: of those that end right there, the first in text order (the outermost).
    List<Phrase> phrases = corpus.phrases().get(p.article);
    Phrase before = null;
    for (int i = lastStartingBefore(phrases, p.start); i >= 0 && phrases.get(i).sentence == p.sentence; i--) {
      Phrase q = phrases.get(i);
      if (q.role == Role.NAME && q.end < p.start && text.substring(q.end, p.start).strip().equals(",")) {
        before = q;
      }
    }
    return before != null && ADDRESS_OPENERS.contains(before.before) && kindOf(before).equals("place");
  }

  /** Whether a name stands after a direction and "of": "14 miles north-northeast of Healdsburg", "south of Baghdad". */
  private boolean afterDirection(Phrase p) {
    if (!p.before.equals("of")) {
      return false;
    }
    String text = corpus.articles().get(p.article).text();
    return DIRECTION_OF.matcher(text.substring(Math.max(0, p.start - 40), p.start)).find();
  }

  /** A compass direction, perhaps compound ("north-northeast"), then "of", ending the text before a name. */
  private static final java.util.regex.Pattern DIRECTION_OF = java.util.regex.Pattern.compile(
      "(?i)\\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-(?:north|south|east|west|northeast|northwest|southeast|southwest))?\\s+of\\s+(?:the\\s+)?$");

  /** Words before the first part of an address. */
  private static final Set<String> ADDRESS_OPENERS = Set.of("in", "at", "near", "of", "from");

  private static int kindRank(String kind) {
    return List.of("person", "group", "organisation", "place", "event", "thing").indexOf(kind);
  }

  /**
   * Whether {@code p} is "head" as a part of the body: no "of" after it and nothing but adjectives before
   * it ("shot in the head", "his bald head"; not "the head of the agency", "the department head").
   */
  private static boolean bodyPart(Phrase p) {
    if (!p.head.equals("head") || p.text.contains(" of ") || !p.after.isEmpty() && p.after.get(0).equals("of")) {
      return false;
    }
    for (String d : p.descriptors) {
      if (!d.equals(p.head) && !p.adjectives.contains(d)) {
        return false;
      }
    }
    return true;
  }

  /** What one phrase names, from its name or its head. */
  String kindOf(Phrase p) {
    if (p.role == Role.NAME) {
      String node = nameNodeOf.get(p.id);
      return nameKind(node, p.name, p);
    }
    String c = compound(p);
    if (c != null) {
      String k = lexicon.compounds.get(c); // "a double agent" is a person, "ice cream" a thing
      return k.equals("person") && p.plural ? "group" : k;
    }
    String h = p.head;
    if (lexicon.personRoles.contains(h) && !bodyPart(p)) {
      return p.plural ? "group" : "person";
    }
    // "The gunman", "a militant": one person; "gunmen", "militants", "the militia", and one member named by the
    // group's name, "an FLDS member", "ISIL terrorist": the group.
    if (lexicon.collectiveHeads.contains(h) && (p.plural || p.role != Role.NONE || !"person".equals(lexicon.nounKinds.get(h)))
        || lexicon.governmentHeads.contains(h)) {
      return "group";
    }
    if (p.plural && "person".equals(lexicon.nounKinds.get(h))) {
      return "group"; // "two guards", "the broadcasters": people, though one Guard or broadcaster is a body
    }
    if (lexicon.organisationHeads.contains(h) || !p.plural && lexicon.institutionHeads.contains(h)) {
      return "organisation"; // "the airline", "a market research firm"
    }
    if (lexicon.placeHeads.contains(h)) {
      return "place";
    }
    if (lexicon.eventHeads.contains(h)) {
      return "event";
    }
    if (p.plural && demonymCountry(p) != null) {
      return "group"; // "Sri Lankans", "New Zealanders", as "Syrians" are by their noun's sense
    }
    if (lexicon.faiths.contains(h)) {
      return "group"; // "the Rohingya", "700,000 Rohingya": a people whose name has no plural in -s
    }
    // Any other common noun by its most frequent sense ("the jury", "the earthquake"); people in the
    // plural are a group, as "militants" are ("the suspects", "cartel smugglers").
    String k = lexicon.nounKinds.get(h);
    if (k == null || k.equals("time") || k.equals("quantity")) {
      return "thing";
    }
    return k.equals("person") && p.plural ? "group" : k;
  }

  /**
   * Whether {@code name} (of kind {@code kind}) and the description {@code d} are known to be of two kinds:
   * the description is of an event and the name is not ("the 76ers" / "a Tuesday news conference": what
   * happened and who took part, told in one place of two paraphrases); the name is of a kind other than a
   * thing and the description's head is no noun of a known kind (a thing by default); or the name ends in a
   * common noun and the description's head is no common noun at all.
   */
  private boolean otherKind(Phrase name, String kind, Phrase d) {
    String described = kindOf(d);
    if (described.equals("event")) {
      return !kind.equals("event");
    }
    if (d.role != Role.NONE || !described.equals("thing")) {
      return false;
    }
    if (!kind.equals("thing")) {
      return !lexicon.nounKinds.containsKey(d.head);
    }
    return lexicon.isCommonNoun(Words.singular(name.head)) && !lexicon.isCommonNoun(d.head);
  }

  /** Prefixes of ships' names, written in capitals: "INS Mysore", "MV Gibe", "USS Cole", "HMS Ocean". */
  private static final Set<String> SHIP_PREFIXES = Set.of("INS", "USS", "HMS", "MV", "RMS", "HMAS", "HMCS", "USNS", "FV", "HMNZS");

  /** Whether a name is a ship's: a ship prefix and a name after it; a vessel, whatever the name says. */
  static boolean isShipName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.startsWith("the ") || n.startsWith("The ")) {
      n = n.substring(4);
    }
    int space = n.indexOf(' ');
    return space > 0 && space < n.length() - 1 && SHIP_PREFIXES.contains(n.substring(0, space));
  }

  private String nameKind(String node, String name) {
    return nameKind(node, name, null);
  }

  private String nameKind(String node, String name, Phrase p) {
    if (node == null || isShipName(name) || p != null && p.work) {
      return "thing";
    }
    if (isStormName(name)) {
      return "event";
    }
    // A person's node that no mention backs ("Latter Day Saints", "Banda Aceh") is read like any other name.
    if ((node.startsWith("p:") && backedPersons.contains(node)) || (p != null && titledPerson(p))) {
      return "person";
    }
    if (node.startsWith("a:")) {
      FramingLexicon.AliasGroup g = lexicon.aliasGroup(node.substring(2));
      if (g != null && g.kind() != null) {
        return g.kind();
      }
    }
    String key = Words.nameKey(clean(name));
    if (namesAPlace(key)) {
      return "place";
    }
    if (p != null && p.text.toLowerCase(java.util.Locale.ROOT).startsWith("the ") && family(key)) {
      return "group"; // "the Skripals": Sergei Skripal's family ("Williams" alone is a surname)
    }
    // The kind noun ends the name, or comes before its "of": "Ford Motor Company", "Bank of America".
    String[] parts = beforeOf(key).split(" ");
    String last = parts[parts.length - 1];
    // A name ending in an organisation's noun stays an organisation after "at" ("at the Justice Department").
    if (placeNames.contains(key) && (!isOrganisationNoun(last) || lexicon.placeHeads.contains(last))) {
      return "place"; // "at Unity State": a state is a place
    }
    // Where a name is based is said of a firm or a body, not of a place or a person: "Palo Alto-based HP".
    // Not a person's noun after it: "the Pennsylvania-based preacher Gulen".
    if (p != null && p.words.stream().anyMatch(w -> w.endsWith("-based"))
        && p.words.stream().noneMatch(w -> "person".equals(lexicon.nounKinds.get(w)) || lexicon.personRoles.contains(w))) {
      return "organisation";
    }
    if (isOrganisationNoun(last)) {
      return "organisation";
    }
    // Or before the "for", "on" or "to" of its purpose: "the Organisation for the Prohibition of Chemical
    // Weapons", "the Council on Foreign Relations", "the Committee to Protect Journalists".
    for (String link : new String[] {" for ", " on ", " to "}) {
      int at = beforeOf(key).indexOf(link);
      if (at > 0 && isOrganisationNoun(key.substring(key.lastIndexOf(' ', at - 1) + 1, at))) {
        return "organisation";
      }
    }
    if (parts.length > 1 && (lexicon.placeHeads.contains(last) || GEOGRAPHIC.contains(Words.singular(last)) || last.equals("gulf")
        || PLACE_NAME_ENDS.contains(last))) {
      return "place"; // "the Indian Ocean", "the Gaza Strip", "the Nile River", "Ontario Street", "YFZ Ranch"
    }
    if (parts.length > 1 && COMPASS.contains(parts[0])) {
      String rest = key.substring(parts[0].length() + 1);
      if (isPlace(rest) || countries.contains(rest) || lexicon.isGazetteerPlace(rest)) {
        return "place"; // "Southern California", "Eastern Washington", "northern Mali"
      }
    }
    if (key.contains(" ") && PLACE_NAME_OPENINGS.contains(key.substring(0, key.indexOf(' ')))) { // "Isle of Wight"
      return "place"; // "Mount Cook" (or "Mt. Cook"), "Lake Tahoe", "Fort Hood", "Cape Town"
    }
    // After "in", "at" or "near" a name is a place ("in Santa Rosa"); after "to" or "from" only a name
    // the gazetteer knows ("flew to Kabul"), since people and firms follow them too ("lost to Klitschko",
    // "according to Bloomberg", "moved from PowerPC").
    if (p != null && (PLACE_PREPOSITIONS.contains(p.before) || LOCATIVE.contains(p.before) && lexicon.isGazetteerPlace(key))) {
      return "place";
    }
    if (lexicon.isMajorPlace(key)) {
      return "place"; // a state, province or large city, with no preposition before it ("Texas", "Dallas police")
    }
    if (p != null && p.role == Role.NAME && townBeforeItsState(p.after)) {
      return "place"; // "of Maumee, Ohio", "Lunel, France."
    }
    // An event's noun heads the name, at its end or before its "for" or "against": "the Vietnam War", "the
    // March for Our Lives".
    String[] head = beforePreposition(key).split(" ");
    if (key.contains(" ") && lexicon.eventHeads.contains(head[head.length - 1])) {
      return "event";
    }
    // A capitalised plural of a noun for people is a group of them: "Dreamers", "Marines", "Minutemen".
    String one = Words.singular(key);
    return !key.contains(" ") && !one.equals(key) && "person".equals(lexicon.nounKinds.get(one)) ? "group" : "thing";
  }

  /**
   * Whether the words after a name are a comma and a state or country, then nothing or a mark: the name is a town
   * placed as news style places it ("Maumee, Ohio, was", "Lunel, France."); not "Rob Portman, Ohio Republican".
   */
  private boolean townBeforeItsState(List<String> after) {
    if (after.size() < 2 || !after.get(0).equals(",")) {
      return false;
    }
    for (int n = 1; n <= 2 && n < after.size(); n++) {
      String state = String.join(" ", after.subList(1, n + 1));
      boolean known = state.indexOf('\'') < 0 && state.indexOf('\u2019') < 0
          && (lexicon.isMajorPlace(Words.nameKey(state)) || countries.contains(Words.nameKey(state)) || isPlace(state));
      if (known && (after.size() == n + 1 || TOWN_STATE_ENDS.contains(after.get(n + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** What may follow the state after a town: a mark that ends the place's words (not "'s": "Airbus, Europe's biggest"). */
  private static final Set<String> TOWN_STATE_ENDS = Set.of(",", ".", ";", ":", ")", "\u2014", "\u2013", "-", "--");

  /** Words that open a place's name (name keys spell "Mt" and "Ft" out). */
  private static final Set<String> PLACE_NAME_OPENINGS = Set.of("mount", "lake", "fort", "cape", "isle", "river");

  /** Whether a name is a storm's, named as a person is ("Storm Ciara", "Hurricane Maria"): an event, no person. */
  private static boolean isStormName(String name) {
    String[] words = Words.nameKey(clean(name)).split(" ");
    return words.length > 1 && (STORMS.contains(words[0]) || words[0].equals("tropical") && STORMS.contains(words[1]));
  }

  /**
   * Whether a name mention is a wildfire's as news names them, written with "the": "the Cedar Fire", "the Camp
   * Fire", "the Dixie Fire Complex". Not "Cal Fire" (the agency, never "the Cal Fire"), nor "the Ring of Fire".
   */
  private static boolean isFireName(Phrase p) {
    String[] words = Words.nameKey(clean(p.name)).split(" ");
    int last = words.length - 1;
    if (last > 1 && words[last].equals("complex")) {
      last--;
    }
    return last >= 1 && FIRES.contains(words[last]) && !words[last - 1].equals("of") && p.determiner.equals("the");
  }

  /** Nouns that end a wildfire's name. */
  private static final Set<String> FIRES = Set.of("fire", "wildfire", "blaze");

  /** Words before a storm's given name: "Storm Ciara", "Hurricane Maria", "Typhoon Haiyan", "Tropical Storm Bill". */
  private static final Set<String> STORMS = Set.of("storm", "hurricane", "typhoon", "cyclone", "depression");

  /** A name key up to its first "of", "for" or "against": where the noun that heads it stands. */
  private static String beforePreposition(String key) {
    String out = beforeOf(key);
    for (String p : new String[] {" for ", " against "}) {
      int at = out.indexOf(p);
      if (at > 0) {
        out = out.substring(0, at);
      }
    }
    return out;
  }

  /** "Ms" as a woman's title is written so, never "MS" (a ship's prefix). */
  private static final java.util.regex.Pattern MS_WRITTEN_SO = java.util.regex.Pattern.compile("\\bMs\\b");

  /** The person titles of {@code p} ({@link #hasPersonTitle}), folded to their singular without periods. */
  private Set<String> roleTitles(Phrase p) {
    Set<String> titles = new HashSet<>();
    for (String t : p.titles) {
      String folded = Words.singular(t.replace(".", ""));
      if (lexicon.personRoles.contains(folded) || PERSON_ABBREVIATIONS.contains(t.replace(".", ""))) {
        titles.add(folded);
      }
    }
    return titles;
  }

  private boolean hasPersonTitle(Phrase p) {
    for (String t : p.titles) {
      if (t.equals("official") && !p.determiner.isEmpty()) {
        continue; // an adjective after an article: "the official Korean Central News Agency"
      }
      if (lexicon.personRoles.contains(Words.singular(t.replace(".", ""))) || PERSON_ABBREVIATIONS.contains(t.replace(".", ""))
          && (!t.equals("ms") || MS_WRITTEN_SO.matcher(p.text).find())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Abbreviated titles only a person has, with or without their period ("Rep. Wu", "Gen Ruiz", "Mrs
   * Horton", "Miss Jenkin"); "Ms" only with it or written so, as "MS" also begins a ship's name ("MS
   * Columbus"; "Ms McMeekin" is a woman).
   */
  private static final Set<String> PERSON_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "miss", "dr", "rep", "sen", "gov", "gen", "lt",
      "col", "capt", "sgt", "maj", "adm", "prof", "rev", "cpl", "brig", "cmdr", "supt", "insp", "det", "atty", "amb", "pvt");

  /** A description's wording and the number of articles that use it. */
  private record LabelUse(String text, int articles) {}

  /** The neutral wording of {@code label} most articles use, the most often then the shorter on a tie. */
  private static LabelUse mostUsedLabel(List<Phrase> ms, java.util.function.Function<Phrase, String> label) {
    Map<String, Set<Integer>> articles = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Phrase p : ms) {
      String l = label.apply(p);
      articles.computeIfAbsent(l, k -> new HashSet<>()).add(p.article);
      counts.merge(l, p.isLoaded() ? 1 : 100, Integer::sum);
    }
    String best = articles.keySet().stream()
        .max(Comparator.<String>comparingInt(k -> articles.get(k).size())
            .thenComparingInt(counts::get)
            .thenComparingInt(k -> -k.length())
            .thenComparing(Comparator.<String>reverseOrder()))
        .orElseThrow();
    return new LabelUse(best, articles.get(best).size());
  }

  /**
   * The mentions of {@code ms} outside headlines, or all of them when every one is in a headline. A
   * headline's words are set in its case ("Floods", "CHARGERS' RECEIVER") and its syntax drops what says
   * a kind ("Macedonia prime minister resigns"): the body names a referent and says its kind when it
   * mentions it.
   */
  private List<Phrase> bodyFirst(List<Phrase> ms) {
    List<Phrase> body = ms.stream().filter(p -> !corpus.articles().get(p.article).inHeadline(p.start, p.end)).toList();
    return body.isEmpty() ? ms : body;
  }

  /**
   * The name shown: the lexicon's name for an alias group; for a person, the speaker name the
   * quotations use, else the full name used by most articles; else the name used by most articles,
   * else the most common neutral label.
   */
  private String clusterName(List<Phrase> all, Set<String> nodes, Map<String, String> speakerNames) {
    List<Phrase> unlabelled = all.stream().filter(p -> !labelsGivenIds.contains(p.id)).toList();
    List<Phrase> ms = bodyFirst(unlabelled.isEmpty() ? all : unlabelled);
    Map<String, Integer> groupVotes = new HashMap<>();
    for (Phrase p : ms) {
      String n = nameNodeOf.get(p.id);
      if (n != null && n.startsWith("a:") && (p.role == Role.NAME || find(node(p)).equals(find(n))) && !partyMember(p)) {
        groupVotes.merge(n, 1, Integer::sum); // (not "a Republican" of a person: the party is no name of that person)
      }
    }
    for (String n : nodes) {
      if (n.startsWith("a:")) {
        groupVotes.merge(n, 0, Integer::sum);
      }
    }
    if (!groupVotes.isEmpty()) {
      String best = groupVotes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
      FramingLexicon.AliasGroup g = lexicon.aliasGroup(best.substring(2));
      if (g != null) {
        return g.name();
      }
    }
    Map<String, Set<Integer>> articles = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    boolean person = nodes.stream().anyMatch(n -> n.startsWith("p:"));
    for (Phrase p : ms) {
      if (p.role != Role.NAME) {
        continue;
      }
      String state = abbreviatedState(p, withoutLegalForm(Words.nameKey(clean(p.name))));
      String name = state != null ? state : clean(p.name); // "Spiro, Okla.": Oklahoma
      if (person && (!name.contains(" ") || nicknamesGiven.contains(name))) {
        continue; // "Mad Dog" is what Dale Harlan is called, not his name
      }
      String speaker = speakerNames.get(name);
      if (person && speaker != null && speaker.contains(" ")) {
        return speaker;
      }
      articles.computeIfAbsent(name, k -> new HashSet<>()).add(p.article);
      counts.merge(name, 1, Integer::sum);
    }
    if (articles.isEmpty()) {
      for (Phrase p : ms) {
        if (p.role == Role.NAME) {
          articles.computeIfAbsent(clean(p.name), k -> new HashSet<>()).add(p.article);
          counts.merge(clean(p.name), 1, Integer::sum);
        }
      }
    }
    if (articles.isEmpty()) {
      // A description: the neutral wording most articles use, the shorter on a tie; when no wording is
      // shared, what the wordings share without their counts and adjectives ("gang members" for "Two
      // possible gang members" and "Two male gang members").
      LabelUse best = mostUsedLabel(ms, Phrase::label);
      LabelUse core = mostUsedLabel(ms, Phrase::coreLabel);
      return core.articles() > best.articles() ? core.text() : best.text();
    }
    // A spelled-out name beats its acronym ("Jabhat Vardar" for "JVA"), then the most widely used.
    String best = articles.keySet().stream()
        .max(Comparator.<String>comparingInt(k -> Words.isAcronym(k.replace(" ", "")) ? 0 : 1)
            .thenComparingInt(k -> articles.get(k).size())
            .thenComparingInt(counts::get)
            .thenComparingInt(String::length)
            .thenComparing(Comparator.<String>reverseOrder()))
        .orElseThrow();
    // A place the body writes in capitals only (a dateline's "HELSINKI") as a headline writes it ("Helsinki summit").
    if (best.length() > 2 && best.equals(best.toUpperCase(java.util.Locale.ROOT))
        && (isPlace(best) || lexicon.isGazetteerPlace(Words.nameKey(best)))) {
      for (Phrase p : all) {
        String written = p.role == Role.NAME ? clean(p.name) : null;
        if (written != null && written.equalsIgnoreCase(best) && !written.equals(best)) {
          return written;
        }
      }
    }
    return best;
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** A noun for what a person is or does: the role list, or a person by WordNet's first sense ("administrator"). */
  private boolean isRoleHead(String head) {
    return lexicon.personRoles.contains(head) || lexicon.leaderRoles.contains(head) || "person".equals(lexicon.nounKinds.get(head));
  }

  private boolean isPersonName(Phrase p) {
    String node = nameNodeOf.get(p.id);
    return node != null && (node.startsWith("p:") || titledPerson(p));
  }

  /** A name with a personal title, unless it is an acronym: "rival IBM" and "IT services leader IBM" are firms. */
  private boolean titledPerson(Phrase p) {
    return hasPersonTitle(p) && !Words.isAcronym(clean(p.name));
  }

  private boolean isPlace(String name) {
    String key = Words.nameKey(name);
    if (lexicon.places.contains(key)) {
      return true;
    }
    FramingLexicon.AliasGroup g = lexicon.aliasGroup(key);
    return g != null && "place".equals(g.kind());
  }

  private static List<Phrase> topLevel(List<Phrase> ps) {
    List<Phrase> out = new ArrayList<>();
    for (Phrase p : ps) {
      if (!p.nested) {
        out.add(p);
      }
    }
    return out;
  }

  /** A name without brackets and doubled spaces: "[President Bashar] Assad" → "President Bashar Assad". */
  static String clean(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '[' || c == ']') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** A surname compared without accents and without an Arabic article ("al-Assad" = "Assad"). */
  String surnameKey(String name) {
    String[] parts = clean(name).split(" ");
    int last = generation(parts) != null ? parts.length - 2 : parts.length - 1;
    String s = Words.fold(parts[last]).replace(".", "");
    int dash = s.indexOf('-');
    if (dash > 0 && dash <= 3) {
      s = s.substring(dash + 1);
    }
    return s;
  }

  /** Whether {@code acronym} is written in capitals and is the initials of {@code name}'s words ("VLF", "Vardar Liberation Front"). */
  private static boolean initialsOf(String acronym, String name) {
    String a = acronym.strip();
    return a.length() >= 2 && Words.isAcronym(a) && name.strip().contains(" ")
        && initials(name).equals(Words.fold(a.replace(".", "")));
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    // The parts of a hyphenated name count as words: "Hewlett-Packard" is "HP"; a word of initials gives
    // them all: "U.S. Geological Survey" is "USGS".
    for (String written : clean(name).split("[ -]")) {
      if (DOTTED_INITIALS.matcher(written).matches()) {
        b.append(Words.fold(written.replace(".", "")));
        continue;
      }
      String w = Words.nameKey(written);
      if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /** A word of initials with their periods: "U.S.", "U.K.". */
  private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\.){2,}");

  /** A mention's node in the join forest ("m" and its id), made once per mention: a node is hashed on every find. */
  private String node(Phrase p) {
    return node(p.id);
  }

  private String node(int id) {
    String made = id >= 0 && id < mentionNodes.length ? mentionNodes[id] : null;
    return made != null ? made : "m" + id;
  }

  private String find(String x) {
    String p = parent.get(x);
    if (p == null) {
      parent.put(x, x);
      return x;
    }
    if (p.equals(x)) {
      return x;
    }
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  /**
   * From here on no join puts two people's full names in one referent: whatever a description, a role
   * or a speaker seems to say, "Secretary Roche" and "Marvin Sambur", or "the Air Force's John Jumper"
   * and "James Roche", are two people. Only the names themselves (read before) join full names.
   */
  private void keepPeopleApart() {
    for (String node : new ArrayList<>(parent.keySet())) {
      if (node.startsWith("p:")) {
        peopleByRoot.computeIfAbsent(find(node), r -> new HashSet<>()).add(node);
      }
    }
    peopleApart = true;
  }

  /** The full-name nodes of people under a root. */
  private Set<String> peopleUnder(String root) {
    Set<String> people = peopleByRoot.get(root);
    return people != null ? people : root.startsWith("p:") ? Set.of(root) : Set.of();
  }

  /** Whether two roots each hold a person's full name, and no name in common. */
  private boolean twoPeople(String ra, String rb) {
    if (!peopleApart || ra.equals(rb)) {
      return false;
    }
    Set<String> a = peopleUnder(ra);
    Set<String> b = peopleUnder(rb);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ordinals before each head under a root ("floor" → {"second"}): no join puts two ordinals of one
   * series before one head in a referent, however a bare head in between seemed to join them ("the second
   * floor", "the floor", "the third floor"; "the first half", "the half", "the second half").
   */
  private final Map<String, Map<String, Set<String>>> ordinalsByRoot = new HashMap<>();

  /** Whether the two roots hold one head with two different ordinals of one series. */
  private boolean twoOrdinals(String ra, String rb) {
    Map<String, Set<String>> a = ordinalsByRoot.get(ra);
    Map<String, Set<String>> b = ordinalsByRoot.get(rb);
    if (a == null || b == null) {
      return false;
    }
    for (Map.Entry<String, Set<String>> e : a.entrySet()) {
      Set<String> others = b.get(e.getKey());
      if (others == null) {
        continue;
      }
      for (String x : e.getValue()) {
        for (String y : others) {
          if (differentOrdinals(x, y)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@link #keepPeopleApart} has begun. */
  private boolean peopleApart;

  /** The full-name nodes of people under each root, once {@link #keepPeopleApart} has begun. */
  private final Map<String, Set<String>> peopleByRoot = new HashMap<>();

  /**
   * Joins two nodes for {@code rule}, the evidence in words ("in apposition to"; null: none to show); the
   * first evidence that joined a node is kept for it, to show the analyst why a mention is in its
   * referent. Two people's full names are never joined once {@link #keepPeopleApart} has begun.
   */
  private void union(String a, String b, String rule) {
    if (a == null || b == null || !quantifiedAlike(a, b)) {
      return;
    }
    String ra = find(a);
    String rb = find(b);
    // Two names of one thing join whatever ordinals their descriptions carry ("A380" is "Airbus A380" though the
    // story has "the first Airbus A380" and "a second A380"): the ordinals count the things of that name.
    boolean names = a.startsWith("n:") && b.startsWith("n:");
    if (!ra.equals(rb) && (declaredOne || !twoPeople(ra, rb)) && (names || !twoOrdinals(ra, rb))) {
      if (rule != null) {
        via.putIfAbsent(a, new String[] {rule, b});
        via.putIfAbsent(b, new String[] {rule, a});
      }
      joins.add(new JoinTree.Join(a, b, rule == null ? "joined with" : rule));
      if (peopleApart) {
        Set<String> both = new HashSet<>(peopleUnder(ra));
        both.addAll(peopleUnder(rb));
        peopleByRoot.remove(ra);
        peopleByRoot.remove(rb);
        peopleByRoot.put(rb.compareTo(ra) < 0 ? rb : ra, both);
      }
      Map<String, Set<String>> ordinalsA = ordinalsByRoot.remove(ra);
      Map<String, Set<String>> ordinalsB = ordinalsByRoot.remove(rb);
      // Keep phrase roots stable: the earlier phrase (or any name node) becomes the root.
      if (rb.compareTo(ra) < 0) {
        parent.put(ra, rb);
      } else {
        parent.put(rb, ra);
      }
      if (ordinalsA != null || ordinalsB != null) {
        // Every ordinal of each head is kept: "the first film" and "the next film" may be one, and the
        // referent must still keep "the third film" out for its "first".
        Map<String, Set<String>> both = new HashMap<>();
        for (Map<String, Set<String>> side : Arrays.asList(ordinalsA, ordinalsB)) {
          if (side != null) {
            side.forEach((head, os) -> both.computeIfAbsent(head, h -> new HashSet<>()).addAll(os));
          }
        }
        ordinalsByRoot.put(find(a), both);
      }
      // A referent holding an organisation's name stays one under its new root.
      if (organisations.contains(ra) || organisations.contains(rb)) {
        organisations.add(find(a));
      }
    }
  }

  /** Joins two nodes with no evidence to show (see {@link #union(String, String, String)}). */
  private void union(String a, String b) {
    union(a, b, null);
  }

  /** Set while {@link #declaredSame} joins: the text says the two are one, whatever names each has. */
  private boolean declaredOne;

  /**
   * Joins two nodes the text itself declares one ("Mark Felt, better known as "Deep Throat""), even where
   * each holds a person's full name: a nickname read as a name of its own is no second person.
   */
  private void declaredSame(String a, String b, String rule) {
    declaredOne = true;
    try {
      union(a, b, rule);
    } finally {
      declaredOne = false;
    }
  }

  /**
   * Whether two nodes may join as far as quantifiers go: "no previous president", "any conflict", "every
   * senator" quantify over a kind and join no referent; only the same words of a thing said again ("no
   * military solution", as outlets repeat it) join each other, never people ("no militants").
   */
  private boolean quantifiedAlike(String a, String b) {
    Phrase x = quantifiedNodes.get(a);
    Phrase y = quantifiedNodes.get(b);
    if (x == null && y == null) {
      return true;
    }
    return x != null && y != null && x.determiner.equals(y.determiner) && x.words.equals(y.words) && !quantifiedPeople(x);
  }

  /** The phrases a quantifier opens ({@link #QUANTIFIERS}), by node: looked up on every union. */
  private final Map<String, Phrase> quantifiedNodes = new HashMap<>();

  /** Whether a quantified phrase counts people ("no militants", "any heavyweight"): no mention of anyone. */
  private boolean quantifiedPeople(Phrase p) {
    return QUANTIFIERS.contains(p.determiner) && ("person".equals(lexicon.nounKinds.get(p.head))
        || lexicon.personRoles.contains(p.head) || lexicon.collectiveHeads.contains(p.head) || lexicon.titles.contains(p.head));
  }

  private static final Set<String> QUANTIFIERS = Set.of("no", "any", "every", "neither", "either");

  /** Determiners that make a description definite by its owner: "its military exercises", "Kim's pledge". */
  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "'s");

}
