package org.parallax.framing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.corpus.CorpusSettings;
import org.parallax.text.WordLists;

/**
 * The word lists the framing analysis reads: loaded terms, hedge and attribution cues, aliases, and
 * the word classes that tell what a noun phrase names. They are editable JSON bundled under {@code
 * resources/parallax/lexicon/} ({@code loaded.json}, {@code wording.json} and {@code wording-vader.json}, {@code hedges.json},
 * {@code aliases.json}, {@code kinds.json}); each list there carries a {@code _comment} saying what it is for. An analyst
 * extends them per corpus through {@code parallax.json} ({@link #extend}).
 *
 * <p>Invariants: every entry is stored lowercase (aliases by {@link Words#nameKey}); instances are
 * immutable and thread-safe.
 */
public final class FramingLexicon {

  /**
   * A lexicon entry: its words in order (lowercase) and the category it belongs to; a wording entry
   * ({@code wording.json}) also has its class and strength, other entries have class null and 0.
   */
  record Term(List<String> words, String category, String text, String cls, double strength, Set<String> pos,
      boolean byPlace) {
    Term(List<String> words, String category, String text) {
      this(words, category, text, null, 0, Set.of(), false);
    }

    /** Whether a token tagged {@code tag} can be this (single-word) term; phrases always can. */
    boolean fits(String tag) {
      return words.size() > 1 || pos.isEmpty() || pos.contains(tag);
    }

    /**
     * Whether token {@code lower}, tagged {@code tag}, can be this term: as {@link #fits(String)}, and a verb's form
     * in -ing read as a noun or an adjective is the verb's ("slamming Tapper's attack", "Trump bragging about").
     */
    boolean fits(String tag, String lower) {
      return fits(tag) || pos.contains("VERB") && lower.endsWith("ing") && ("NOUN".equals(tag) || "ADJ".equals(tag));
    }
  }

  /** Whether one given name is a nickname of the other ("jim", "james"; lower case). */
  boolean nicknameOf(String a, String b) {
    return nicknames.contains(a + "|" + b);
  }

  /** An alias group: the name shown, its kind, and every name (as written). */
  record AliasGroup(String name, String kind, List<String> names) {}

  private static final String BASE = "/parallax/lexicon/";
  private static final FramingLexicon BUNDLED = load();

  final Map<String, List<Term>> loaded;
  /** Evaluative wording beyond labels ({@code wording.json}): loaded verbs, judging words, intensifiers. */
  final Map<String, List<Term>> wording;
  final Map<String, List<Term>> hedges;
  final Set<String> sources;
  final Set<String> reportingVerbs;
  final Set<String> distancingVerbs;
  /** Name key → alias group. */
  final Map<String, AliasGroup> aliases;
  /** Name key of a capital → the state it stands for. */
  final Map<String, String> capitals;
  /** Name keys of the seats of government among {@link #capitals} ("the Kremlin", "the White House"): no cities. */
  final Set<String> seats;
  final Set<String> titles;
  final Set<String> personRoles;
  /** Given names of many languages, lower case (given-names.json). */
  final Set<String> givenNames;
  /** Given names that are a woman's, or a man's, wherever they are given (given-names.json). */
  final Set<String> femaleNames;
  final Set<String> maleNames;
  /** Pairs of a given name and one of its nicknames, both ways, as "name|nickname" (nicknames.json). */
  final Set<String> nicknames;
  /**
   * Common noun → the kind of thing it names by its most frequent sense (noun-kinds.json, from WordNet):
   * "person", "group", "place", "event", "time" or "quantity"; absent for the rest.
   */
  final Map<String, String> nounKinds;
  /**
   * Two-word nouns → the kind they name where it falls on the other side of the line between actors and the rest
   * from their second word's ("double agent" a person, "ice cream" a thing; compounds.json, from WordNet):
   * "person", "group", "place", "event" or "thing".
   */
  final Map<String, String> compounds;
  /** Adjectives, lower-case single words (adjectives.json, from WordNet): a common noun not among them is no adjective to the tagger. */
  final Set<String> adjectives;
  final Set<String> collectiveHeads;
  /** Nouns for a gathering of people that "of" + its members names ("a caravan of migrants"). */
  final Set<String> gatheringHeads;
  /** Nouns for the person who leads a state, neutral or loaded ("leader", "dictator"). */
  final Set<String> leaderRoles;
  /** Nouns for the government a state's leader heads ("the Trump administration" is the state). */
  final Set<String> administrationHeads;
  /** Sets of nouns by which outlets call the same people ("migrant", "alien", "asylum seeker"). */
  final List<List<String>> nearIdentity;
  /** Sets of nouns by which outlets call the same thing ("deal", "agreement", "accord"). */
  final List<List<String>> nearIdentityThings;
  /** Nouns by which an article goes on calling an organisation it has named ("the company", "the bank"). */
  final Set<String> institutionHeads;
  final Set<String> governmentHeads;
  final Set<String> organisationHeads;
  /**
   * Nouns that end the names of bodies ("the Andean Community", "the Arab League") and are no surnames, but
   * as common nouns are no organisation ("the community", "the market"): kinds.json "bodyNameEnds".
   */
  final Set<String> bodyNameEnds;
  final Set<String> placeHeads;
  final Set<String> eventHeads;
  final Set<String> places;
  final Map<String, String> nationalities;
  /**
   * Adjectives of a faith or a branch of one (kinds.json {@code faiths}: "Muslim", "Catholic", "Shiite"),
   * which describe as a nationality does and name nobody alone: "the Muslim ban", "Sunni militants".
   */
  final Set<String> faiths;
  /** The states that are kingdoms (kinds.json {@code monarchies}), by name key: "the kingdom" may be one of them. */
  final Set<String> monarchies;
  /** US states by the abbreviation news writes after a town and a comma, lower case without its full stop: "ark" → "Arkansas". */
  final Map<String, String> stateAbbreviations;
  /**
   * A noun for a kind of organisation ("bloc") → the name keys of the organisations an article goes on
   * calling by it (kinds.json {@code calledByTheirKind}).
   */
  final Map<String, Set<String>> calledByTheirKind;
  final Set<String> genericModifiers;
  final Set<String> weakHeads;
  /** Heads that make a description a country ("the Arab country", "the Jewish state"). */
  final Set<String> countryHeads;
  /** Regional words and the countries they can stand for ("arab" → Syria, Egypt…), names as keys. */
  final Map<String, List<String>> regions;

  /** Takes {@code b}'s collections: the three big ones as they are (a builder is never used again), the rest copied. */
  private FramingLexicon(Builder b) {
    loaded = freeze(b.loaded);
    wording = freeze(b.wording);
    hedges = freeze(b.hedges);
    sources = Set.copyOf(b.sources);
    reportingVerbs = Set.copyOf(b.reportingVerbs);
    distancingVerbs = Set.copyOf(b.distancingVerbs);
    aliases = Map.copyOf(b.aliases);
    capitals = Map.copyOf(b.capitals);
    seats = Set.copyOf(b.seats);
    titles = Set.copyOf(b.titles);
    personRoles = Set.copyOf(b.personRoles);
    givenNames = Collections.unmodifiableSet(b.givenNames);
    femaleNames = Collections.unmodifiableSet(b.femaleNames);
    maleNames = Collections.unmodifiableSet(b.maleNames);
    nicknames = Collections.unmodifiableSet(b.nicknames);
    nounKinds = Collections.unmodifiableMap(b.nounKinds);
    compounds = Collections.unmodifiableMap(b.compounds);
    adjectives = Collections.unmodifiableSet(b.adjectives);
    collectiveHeads = Set.copyOf(b.collectiveHeads);
    gatheringHeads = Set.copyOf(b.gatheringHeads);
    leaderRoles = Set.copyOf(b.leaderRoles);
    administrationHeads = Set.copyOf(b.administrationHeads);
    nearIdentity = List.copyOf(b.nearIdentity);
    nearIdentityThings = List.copyOf(b.nearIdentityThings);
    institutionHeads = Set.copyOf(b.institutionHeads);
    governmentHeads = Set.copyOf(b.governmentHeads);
    organisationHeads = Set.copyOf(b.organisationHeads);
    bodyNameEnds = Set.copyOf(b.bodyNameEnds);
    placeHeads = Set.copyOf(b.placeHeads);
    eventHeads = Set.copyOf(b.eventHeads);
    places = Set.copyOf(b.places);
    nationalities = Map.copyOf(b.nationalities);
    faiths = Set.copyOf(b.faiths);
    monarchies = Set.copyOf(b.monarchies);
    stateAbbreviations = Map.copyOf(b.stateAbbreviations);
    calledByTheirKind = Map.copyOf(b.calledByTheirKind);
    genericModifiers = Set.copyOf(b.genericModifiers);
    weakHeads = Set.copyOf(b.weakHeads);
    countryHeads = Set.copyOf(b.countryHeads);
    regions = Map.copyOf(b.regions);
  }

  /** The lexicons bundled with Parallax. */
  public static FramingLexicon bundled() {
    return BUNDLED;
  }

  /**
   * Reads every bundled list now, on the caller's thread: the lexicons, then the noun relations and the
   * place names that tagging and the referents ask for later (a background thread of the analyzer calls
   * this while the articles are read). Later calls return at once.
   */
  public static void prepare() {
    bundled();
    NounRelations.SYNONYMS.size();
    Gazetteer.NAMES.size();
  }

  /**
   * This lexicon with a corpus's additions: loaded words (category "corpus"), hedge cues, and alias
   * groups. An alias group that shares a name with a bundled group joins it (the corpus's first name
   * is then shown); otherwise it is new, its kind left to the analysis.
   */
  public FramingLexicon extend(CorpusSettings.Lexicon extra) {
    if (extra == null || extra.isEmpty()) {
      return this;
    }
    Builder b = new Builder(this);
    for (String t : extra.loaded()) {
      b.addTerm(b.loaded, t, "corpus lexicon");
    }
    for (String t : extra.hedges()) {
      b.addTerm(b.hedges, t, "hedge");
    }
    for (List<String> group : extra.aliases()) {
      AliasGroup joined = null;
      for (String n : group) {
        AliasGroup g = b.aliases.get(Words.nameKey(n));
        if (g != null) {
          joined = g;
          break;
        }
      }
      List<String> names = new ArrayList<>(group);
      String kind = null;
      if (joined != null) {
        names.addAll(joined.names());
        kind = joined.kind();
        for (String n : joined.names()) {
          b.aliases.remove(Words.nameKey(n));
        }
      }
      AliasGroup g = new AliasGroup(group.get(0), kind, List.copyOf(names));
      for (String n : names) {
        b.aliases.put(Words.nameKey(n), g);
      }
    }
    return new FramingLexicon(b);
  }

  /**
   * Whether {@code region} (lowercase: "communist", "arab") is a word of {@code regions} for a group of states
   * that holds the state whose name key is {@code stateKey} ("china"): "Communist China" is China.
   */
  boolean regionHolds(String region, String stateKey) {
    for (String state : regions.getOrDefault(region, List.of())) {
      if (Words.nameKey(state).equals(stateKey)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many of {@code words} from {@code i} are a nationality: 2 for "north korean", 1 for "russian", 0
   * for none. The longer one wins, so "north korean" is North Korea, not Korea.
   */
  int nationalityWords(List<String> words, int i) {
    if (i + 1 < words.size() && nationalities.containsKey(words.get(i) + " " + words.get(i + 1))) {
      return 2;
    }
    return i < words.size() && nationalities.containsKey(words.get(i)) ? 1 : 0;
  }

  /**
   * The nationality entries among {@code words}, in order, a two-word one read as one ("central
   * american", not "american"); {@link #nationalities} gives each one's country or region.
   */
  List<String> nationalitiesIn(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int n = nationalityWords(words, i);
      if (n > 0) {
        out.add(String.join(" ", words.subList(i, i + n)));
        i += n - 1;
      }
    }
    return out;
  }

  /** The country of the nationality of {@code n} words at {@code i} (see {@link #nationalityWords}). */
  String nationalityAt(List<String> words, int i, int n) {
    return nationalities.get(String.join(" ", words.subList(i, i + n)));
  }

  /**
   * Whether a word describes people by their nation or faith ("russian", "muslim", "sunni"), as a
   * nationality or a faith of the lexicon, never naming anyone alone.
   */
  boolean describesPeople(String lower) {
    return nationalities.containsKey(lower) || faiths.contains(lower);
  }

  /**
   * Whether a government noun can stand for the state it governs ("the regime", "the junta"): all of
   * {@code governmentHeads} but a ruler's camp or loyalists.
   */
  boolean governsState(String head) {
    return governmentHeads.contains(head) && !head.equals("camp") && !head.equals("loyalist");
  }

  /**
   * Whether {@code noun} (lowercase, singular) is a common noun a noun list knows: its kind (noun-kinds.json)
   * or its synonyms or broader words (noun-relations.json).
   */
  boolean isCommonNoun(String noun) {
    return nounKinds.containsKey(noun) || NounRelations.SYNONYMS.containsKey(noun) || NounRelations.BROADER.containsKey(noun);
  }

  /**
   * Whether {@code word} (lowercase) is a common noun and no adjective, nor an adjective's comparative or
   * superlative ("lower", "biggest", "happier"): the tagger's "an accountant/ADJ walked".
   */
  boolean nounNoAdjective(String word) {
    if (adjectives.contains(word) || !isCommonNoun(word) && !isCommonNoun(Words.singular(word))) {
      return false;
    }
    for (String end : List.of("er", "est")) {
      if (word.endsWith(end)) {
        String stem = word.substring(0, word.length() - end.length());
        int n = stem.length();
        if (adjectives.contains(stem) || adjectives.contains(stem + "e")
            || n > 1 && stem.charAt(n - 1) == 'i' && adjectives.contains(stem.substring(0, n - 1) + "y")
            || n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && adjectives.contains(stem.substring(0, n - 1))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A fingerprint of the words {@link #isCommonNoun} and {@link #nounNoAdjective} know (their sets' hash
   * codes): a stored result that read them, as the tagger's does, is keyed by it.
   */
  String commonNounsFingerprint() {
    return nounKinds.keySet().hashCode() + "/" + NounRelations.SYNONYMS.keySet().hashCode() + "/"
        + NounRelations.BROADER.keySet().hashCode() + "/" + adjectives.hashCode();
  }

  /** Whether {@code general} is a broader word for {@code specific}: "meeting" for "summit" (noun-relations.json). */
  boolean broader(String general, String specific) {
    return listed(NounRelations.BROADER.get(specific), general);
  }

  /**
   * The nouns (singular, lower case) that can name one thing with {@code noun}: they share a WordNet
   * sense that is the most frequent sense of one of them ("tariff" / "duty", "referee" / "ref";
   * noun-relations.json).
   */
  List<String> synonyms(String noun) {
    String s = NounRelations.SYNONYMS.get(noun);
    return s == null ? List.of() : List.of(s.split(" "));
  }

  /** Broader words more nouns than this list are too general to make two nouns kin ("artifact", "concept"). */
  private static final int GENERAL = 60;

  /**
   * Whether two nouns (lowercase, singular) can be words for one thing in a story: synonyms, one broader
   * than the other by one or two steps ("revolver" / "gun"), or two kinds of one not very general thing
   * ("shelling" / "strike", both an attack; "regulation" / "rule"), or one spelling of the other
   * ("neighbourhood" / "neighborhood", "oilfield" / "field", "co-ordinate" / "coordinate").
   */
  boolean kin(String a, String b) {
    if (a.equals(b) || Words.spellingKey(a).equals(Words.spellingKey(b)) || compoundOf(a, b) || compoundOf(b, a)
        || synonyms(a).contains(b) || synonyms(b).contains(a) || broader(a, b) || broader(b, a)) {
      return true;
    }
    String ba = NounRelations.BROADER.get(a);
    String bb = NounRelations.BROADER.get(b);
    if (ba == null || bb == null) {
      return false;
    }
    for (String x : ba.split(" ")) {
      if (listed(NounRelations.BROADER.get(x), b)
          || listed(bb, x) && NounRelations.NARROWER_COUNT.getOrDefault(x, 0) <= GENERAL) {
        return true;
      }
    }
    for (String y : bb.split(" ")) {
      if (listed(NounRelations.BROADER.get(y), a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code compound} is {@code head} with a word before it in one ("oilfield", "datacenter", "17-inch"). */
  private static boolean compoundOf(String compound, String head) {
    return head.length() >= 3 && compound.length() > head.length() + 1
        && (compound.endsWith(head) || compound.startsWith(head + "-"));
  }

  private static boolean listed(String words, String word) {
    if (words == null) {
      return false;
    }
    int i = words.indexOf(word);
    while (i >= 0) {
      int end = i + word.length();
      if ((i == 0 || words.charAt(i - 1) == ' ') && (end == words.length() || words.charAt(end) == ' ')) {
        return true;
      }
      i = words.indexOf(word, i + 1);
    }
    return false;
  }

  /**
   * Whether {@code key} (a {@link Words#nameKey}) is a town or city of 15,000 people or more, or a
   * first-level division, in the GeoNames gazetteer (places.json; common nouns left out).
   */
  boolean isGazetteerPlace(String key) {
    return Gazetteer.NAMES.contains(key);
  }

  /**
   * Whether {@code key} is a first-level division or a city of 500,000 people or more (places.json's
   * {@code major}): a place whatever word comes before it.
   */
  boolean isMajorPlace(String key) {
    return Gazetteer.MAJOR.contains(key);
  }

  /** places.json, read on first use. */
  private static final class Gazetteer {
    static final Set<String> NAMES;
    static final Set<String> MAJOR;

    static {
      // 55,000 names: read as a stream, each keyed as it comes, kept in the one set they are put in.
      Set<String> names = new HashSet<>(1 << 17);
      Set<String> major = new HashSet<>();
      WordLists.strings(BASE + "places.json", (path, name, value) -> {
        if (path.equals("terms")) {
          names.add(Words.computeNameKey(value.toLowerCase(Locale.ROOT)));
        } else if (path.equals("major.terms")) {
          major.add(Words.computeNameKey(value.toLowerCase(Locale.ROOT)));
        }
      });
      NAMES = Collections.unmodifiableSet(names);
      MAJOR = Collections.unmodifiableSet(major);
    }
  }

  /** noun-relations.json, read on first use (an analysis reads it ahead, on a loader thread: {@link #prepare}). */
  private static final class NounRelations {
    static final Map<String, String> SYNONYMS;
    static final Map<String, String> BROADER;

    /** How many nouns list each broader word: "artifact" or "concept" is broader than thousands. */
    static final Map<String, Integer> NARROWER_COUNT;

    static {
      // Some 75,000 entries: read as a stream into the maps they are kept in, no tree and no copies.
      Map<String, String> synonyms = new HashMap<>(1 << 16);
      Map<String, String> broader = new HashMap<>(1 << 16);
      Map<String, Integer> counts = new HashMap<>(1 << 14);
      WordLists.strings(BASE + "noun-relations.json", (path, name, value) -> {
        if (path.equals("synonyms")) {
          synonyms.put(name, value);
        } else if (path.equals("broader")) {
          broader.put(name, value);
          for (String w : value.split(" ")) {
            counts.merge(w, 1, Integer::sum);
          }
        }
      });
      SYNONYMS = Collections.unmodifiableMap(synonyms);
      BROADER = Collections.unmodifiableMap(broader);
      NARROWER_COUNT = Collections.unmodifiableMap(counts);
    }
  }

  /** The alias group of a name, or null. */
  AliasGroup aliasGroup(String name) {
    return aliases.get(Words.nameKey(name));
  }

  /**
   * The longest loaded term starting at token {@code i} of {@code lowers}, or null. Words match
   * through {@link Words#forms}, so "terrorists" meets "terrorist" and "propped up" meets "prop up".
   */
  Term loadedAt(List<String> lowers, int i) {
    return longestAt(loaded, lowers, i, t -> true);
  }

  /** The longest wording entry ({@code wording.json}) starting at token {@code i}, or null. */
  Term wordingAt(List<String> lowers, int i) {
    return longestAt(wording, lowers, i, t -> true);
  }

  /**
   * The longest wording entry starting at token {@code i} that {@code admissible} accepts, or null: a
   * word listed twice ("claim" the verb of saying and the noun) is the entry its part of speech fits.
   */
  Term wordingAt(List<String> lowers, int i, java.util.function.Predicate<Term> admissible) {
    return longestAt(wording, lowers, i, admissible);
  }

  /** The longest hedge or attribution cue starting at token {@code i}, or null. */
  Term hedgeAt(List<String> lowers, int i) {
    return longestAt(hedges, lowers, i, t -> true);
  }

  /** Whether a single lowercase word is a loaded term. */
  boolean isLoadedWord(String lower) {
    for (String f : Words.forms(lower)) {
      List<Term> ts = loaded.get(f);
      if (ts != null) {
        for (Term t : ts) {
          if (t.words().size() == 1) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a single lowercase word judges what it describes (a subjective word of the wording lexicon:
   * "vanity", "disastrous"): a modifier that frames a thing rather than tells it from another.
   */
  boolean isJudgingWord(String lower) {
    for (String f : Words.forms(lower)) {
      for (Term t : wording.getOrDefault(f, List.of())) {
        if (t.words().size() == 1 && "subjective".equals(t.cls())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Term longestAt(Map<String, List<Term>> terms, List<String> lowers, int i,
      java.util.function.Predicate<Term> admissible) {
    Term best = null;
    for (String f : Words.forms(lowers.get(i))) {
      List<Term> candidates = terms.get(f);
      if (candidates == null) {
        continue;
      }
      for (Term t : candidates) {
        if (i + t.words().size() > lowers.size()
            || (best != null && best.words().size() >= t.words().size()) || !admissible.test(t)) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < t.words().size() && all; k++) {
          all = Words.forms(lowers.get(i + k)).contains(t.words().get(k));
        }
        if (all) {
          best = t;
        }
      }
    }
    return best;
  }

  private static Map<String, List<Term>> freeze(Map<String, List<Term>> m) {
    Map<String, List<Term>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static FramingLexicon load() {
    Builder b = new Builder(null);
    JsonNode loaded = read("loaded.json");
    for (JsonNode c : loaded.path("categories")) {
      String category = c.path("category").asText("loaded");
      for (JsonNode t : c.path("terms")) {
        b.addTerm(b.loaded, t.asText(), category);
      }
    }
    JsonNode wording = read("wording.json");
    List<JsonNode> wordingCategories = new ArrayList<>();
    wording.path("categories").forEach(wordingCategories::add);
    // Judging adverbs and adjectives from the VADER lexicon (MIT), filtered as its _comment says.
    read("wording-vader.json").path("categories").forEach(wordingCategories::add);
    for (JsonNode c : wordingCategories) {
      String category = c.path("category").asText("wording");
      String cls = c.path("class").asText("subjective");
      double strength = c.path("strength").asDouble(0.5);
      Set<String> pos = new HashSet<>();
      c.path("pos").forEach(t -> pos.add(t.asText()));
      boolean byPlace = c.path("adjectiveByPlace").asBoolean(false);
      for (JsonNode t : c.path("terms")) {
        b.addTerm(b.wording, t.asText(), category, cls, strength, Set.copyOf(pos), byPlace);
      }
    }
    JsonNode hedges = read("hedges.json");
    for (JsonNode t : hedges.path("hedges").path("terms")) {
      b.addTerm(b.hedges, t.asText(), "hedge");
    }
    for (JsonNode t : hedges.path("attributions").path("terms")) {
      b.addTerm(b.hedges, t.asText(), "attribution");
    }
    b.sources.addAll(list(hedges.path("sources")));
    b.reportingVerbs.addAll(list(hedges.path("reportingVerbs")));
    b.distancingVerbs.addAll(list(hedges.path("distancingVerbs")));
    JsonNode aliases = read("aliases.json");
    for (JsonNode g : aliases.path("groups")) {
      List<String> names = new ArrayList<>();
      g.path("aliases").forEach(n -> names.add(n.asText()));
      AliasGroup group = new AliasGroup(g.path("name").asText(), g.path("kind").asText(null), List.copyOf(names));
      for (String n : names) {
        b.aliases.put(Words.nameKey(n), group);
      }
      b.aliases.put(Words.nameKey(group.name()), group);
    }
    // Seats of government act for their state as capitals do ("the Kremlin said"; "at the Kremlin" is a place).
    for (String metonyms : List.of("capitals", "seats")) {
      aliases.path("metonyms").path(metonyms).fields().forEachRemaining(e -> {
        if (!e.getKey().startsWith("_")) {
          b.capitals.put(Words.nameKey(e.getKey()), e.getValue().asText());
          if (metonyms.equals("seats")) {
            b.seats.add(Words.nameKey(e.getKey()));
          }
        }
      });
    }
    JsonNode kinds = read("kinds.json");
    b.titles.addAll(list(kinds.path("titles")));
    b.personRoles.addAll(list(kinds.path("personRoles")));
    JsonNode givenNames = read("given-names.json");
    b.givenNames.addAll(list(givenNames));
    givenNames.path("female").forEach(n -> b.femaleNames.add(n.asText()));
    givenNames.path("male").forEach(n -> b.maleNames.add(n.asText()));
    read("nicknames.json").path("names").fields().forEachRemaining(e -> {
      for (JsonNode n : e.getValue()) {
        b.nicknames.add(e.getKey() + "|" + n.asText());
        b.nicknames.add(n.asText() + "|" + e.getKey());
      }
    });
    JsonNode nounKinds = read("noun-kinds.json");
    for (String kind : List.of("person", "group", "place", "event", "time", "quantity")) {
      for (String noun : list(nounKinds.path(kind))) {
        b.nounKinds.put(noun, kind);
      }
    }
    JsonNode compounds = read("compounds.json");
    for (String kind : List.of("person", "group", "place", "event", "thing")) {
      for (String noun : list(compounds.path(kind))) {
        b.compounds.put(noun, kind);
      }
    }
    for (String noun : list(kinds.path("thingHeads"))) {
      b.nounKinds.remove(noun);
    }
    b.adjectives.addAll(list(read("adjectives.json")));
    b.collectiveHeads.addAll(list(kinds.path("collectiveHeads")));
    b.gatheringHeads.addAll(list(kinds.path("gatheringHeads")));
    b.leaderRoles.addAll(list(kinds.path("leaderRoles")));
    b.administrationHeads.addAll(list(kinds.path("administrationHeads")));
    sets(kinds.path("nearIdentity"), b.nearIdentity);
    sets(kinds.path("nearIdentityThings"), b.nearIdentityThings);
    b.institutionHeads.addAll(list(kinds.path("institutionHeads")));
    b.governmentHeads.addAll(list(kinds.path("governmentHeads")));
    b.organisationHeads.addAll(list(kinds.path("organisationHeads")));
    b.bodyNameEnds.addAll(list(kinds.path("bodyNameEnds")));
    b.placeHeads.addAll(list(kinds.path("placeHeads")));
    b.eventHeads.addAll(list(kinds.path("eventHeads")));
    for (String p : list(kinds.path("places"))) {
      b.places.add(Words.nameKey(p));
    }
    kinds.path("nationalities").path("map").fields()
        .forEachRemaining(e -> b.nationalities.put(e.getKey(), e.getValue().asText()));
    b.faiths.addAll(list(kinds.path("faiths")));
    list(kinds.path("monarchies")).forEach(m -> b.monarchies.add(Words.nameKey(m)));
    kinds.path("stateAbbreviations").path("map").fields()
        .forEachRemaining(e -> b.stateAbbreviations.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
    kinds.path("calledByTheirKind").path("kinds").fields().forEachRemaining(e -> {
      Set<String> names = new HashSet<>();
      e.getValue().forEach(n -> names.add(Words.nameKey(n.asText())));
      b.calledByTheirKind.put(e.getKey(), Set.copyOf(names));
    });
    b.genericModifiers.addAll(list(kinds.path("genericModifiers")));
    b.weakHeads.addAll(list(kinds.path("weakHeads")));
    b.countryHeads.addAll(list(kinds.path("regions").path("heads")));
    kinds.path("regions").path("map").fields().forEachRemaining(e -> {
      List<String> countries = new ArrayList<>();
      e.getValue().forEach(c -> countries.add(c.asText()));
      b.regions.put(e.getKey().toLowerCase(Locale.ROOT), List.copyOf(countries));
    });
    return new FramingLexicon(b);
  }

  private static JsonNode read(String file) {
    return WordLists.bundled(BASE + file);
  }

  /** Adds the word sets of a {@code {"sets": [[...], ...]}} section, in lower case. */
  private static void sets(JsonNode section, List<List<String>> into) {
    section.path("sets").forEach(set -> {
      List<String> words = new ArrayList<>();
      set.forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
      into.add(List.copyOf(words));
    });
  }

  private static List<String> list(JsonNode section) {
    return WordLists.terms(section);
  }

  /** Mutable copy used while loading or extending. */
  private static final class Builder {
    final Map<String, List<Term>> loaded = new HashMap<>();
    final Map<String, List<Term>> wording = new HashMap<>();
    final Map<String, List<Term>> hedges = new HashMap<>();
    final Set<String> sources = new HashSet<>();
    final Set<String> reportingVerbs = new HashSet<>();
    final Set<String> distancingVerbs = new HashSet<>();
    final Map<String, AliasGroup> aliases = new LinkedHashMap<>();
    final Map<String, String> capitals = new HashMap<>();
    final Set<String> seats = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> personRoles = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final Set<String> femaleNames = new HashSet<>();
    final Set<String> maleNames = new HashSet<>();
    final Set<String> nicknames = new HashSet<>();
    final Map<String, String> nounKinds = new HashMap<>();
    final Map<String, String> compounds = new HashMap<>();
    final Set<String> adjectives = new HashSet<>();
    final Set<String> collectiveHeads = new HashSet<>();
    final Set<String> gatheringHeads = new HashSet<>();
    final Set<String> leaderRoles = new HashSet<>();
    final Set<String> administrationHeads = new HashSet<>();
    final List<List<String>> nearIdentity = new ArrayList<>();
    final List<List<String>> nearIdentityThings = new ArrayList<>();
    final Set<String> institutionHeads = new HashSet<>();
    final Set<String> governmentHeads = new HashSet<>();
    final Set<String> organisationHeads = new HashSet<>();
    final Set<String> bodyNameEnds = new HashSet<>();
    final Set<String> placeHeads = new HashSet<>();
    final Set<String> eventHeads = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Map<String, String> nationalities = new HashMap<>();
    final Set<String> faiths = new HashSet<>();
    final Set<String> monarchies = new HashSet<>();
    final Map<String, String> stateAbbreviations = new HashMap<>();
    final Map<String, Set<String>> calledByTheirKind = new HashMap<>();
    final Set<String> genericModifiers = new HashSet<>();
    final Set<String> weakHeads = new HashSet<>();
    final Set<String> countryHeads = new HashSet<>();
    final Map<String, List<String>> regions = new HashMap<>();

    Builder(FramingLexicon from) {
      if (from == null) {
        return;
      }
      from.loaded.forEach((k, v) -> loaded.put(k, new ArrayList<>(v)));
      from.wording.forEach((k, v) -> wording.put(k, new ArrayList<>(v)));
      from.hedges.forEach((k, v) -> hedges.put(k, new ArrayList<>(v)));
      sources.addAll(from.sources);
      reportingVerbs.addAll(from.reportingVerbs);
      distancingVerbs.addAll(from.distancingVerbs);
      aliases.putAll(from.aliases);
      capitals.putAll(from.capitals);
      titles.addAll(from.titles);
      personRoles.addAll(from.personRoles);
      givenNames.addAll(from.givenNames);
      femaleNames.addAll(from.femaleNames);
      maleNames.addAll(from.maleNames);
      nicknames.addAll(from.nicknames);
      nounKinds.putAll(from.nounKinds);
      compounds.putAll(from.compounds);
      adjectives.addAll(from.adjectives);
      collectiveHeads.addAll(from.collectiveHeads);
      gatheringHeads.addAll(from.gatheringHeads);
      leaderRoles.addAll(from.leaderRoles);
      administrationHeads.addAll(from.administrationHeads);
      nearIdentity.addAll(from.nearIdentity);
      nearIdentityThings.addAll(from.nearIdentityThings);
      institutionHeads.addAll(from.institutionHeads);
      governmentHeads.addAll(from.governmentHeads);
      organisationHeads.addAll(from.organisationHeads);
      bodyNameEnds.addAll(from.bodyNameEnds);
      placeHeads.addAll(from.placeHeads);
      eventHeads.addAll(from.eventHeads);
      places.addAll(from.places);
      nationalities.putAll(from.nationalities);
      faiths.addAll(from.faiths);
      monarchies.addAll(from.monarchies);
      stateAbbreviations.putAll(from.stateAbbreviations);
      calledByTheirKind.putAll(from.calledByTheirKind);
      genericModifiers.addAll(from.genericModifiers);
      weakHeads.addAll(from.weakHeads);
      countryHeads.addAll(from.countryHeads);
      regions.putAll(from.regions);
    }

    /** Adds a term by its first word; words are split on spaces, kept whole across hyphens. */
    void addTerm(Map<String, List<Term>> into, String text, String category) {
      addTerm(into, text, category, null, 0, Set.of(), false);
    }

    void addTerm(Map<String, List<Term>> into, String text, String category, String cls, double strength, Set<String> pos,
        boolean byPlace) {
      String t = Words.fold(text).trim();
      if (t.isEmpty()) {
        return;
      }
      List<String> words = List.of(t.split("\\s+"));
      into.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Term(words, category, t, cls, strength, pos, byPlace));
    }
  }
}
