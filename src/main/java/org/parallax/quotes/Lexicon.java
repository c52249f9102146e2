package org.parallax.quotes;

import java.util.Map;
import java.util.Set;
import org.parallax.text.Folding;
import org.parallax.text.WordLists;

/**
 * Closed word lists for attribution: speech verbs, titles, roles, organisations. All entries are
 * lowercase; callers look words up with {@link #lower(String)}.
 *
 * <p>The lists are deliberately general (news English), not tuned to particular articles: a
 * missing word costs recall on one construction, a wrong word costs precision everywhere.
 */
final class Lexicon {

  private Lexicon() {}

  /** Finite and bare verb forms that introduce speech ("Kerry said", "“...,” added Earnest"). */
  static final Set<String> SPEECH_VERBS =
      words(
          "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "noted",
          "stressed", "stresses", "warned", "warns", "explained", "explains", "insisted", "insists",
          "argued", "argues", "claimed", "declared", "declares", "announced", "announces",
          "acknowledged", "admitted", "admits", "asked", "asks", "replied", "replies", "responded",
          "answered", "continued", "emphasized", "emphasised", "emphasizes", "emphasises",
          "observed", "remarked", "commented", "wrote", "writes", "written", "tweeted", "reported",
          "urged", "urges", "suggested", "suggests", "recalled", "recalls", "conceded", "cautioned",
          "concluded", "confirmed", "denied", "predicted", "promised", "vowed", "pledged",
          "quipped", "joked", "complained", "alleged", "accused", "described", "called",
          "maintained", "countered", "contended", "disclosed", "revealed", "reiterated",
          "reaffirmed", "underlined", "underscored", "mentioned", "testified", "assured",
          "demanded", "proclaimed", "objected", "protested", "shouted", "cried", "exclaimed",
          "lamented", "boasted", "charged", "defended", "criticized", "criticised", "dubbed",
          "branded", "labeled", "labelled", "acknowledges", "notes", "asserted", "repeated",
          "retorted", "snapped", "mused", "recounted", "confessed", "pleaded", "reckoned",
          "elaborated", "clarified", "posted", "explained", "continued", "chanted",
          "yelled", "screamed", "whispered", "scoffed", "bragged", "fumed", "slammed", "blasted",
          "thundered", "sang");

  /**
   * Verbs that also name or qualify things ("a plan called “Phoenix”", "a statement posted
   * online"): they report speech only when their subject can speak.
   */
  static final Set<String> NAMING_VERBS =
      words("called", "dubbed", "branded", "labeled", "labelled", "described", "calling",
          "dubbing", "branding", "labelling", "labeling", "describing", "posted", "written",
          "tweeted", "reported", "published", "released");

  /**
   * Participles that report speech of the clause's subject ("..., saying Russia was ..."). They
   * never have a subject of their own, so the sentence subject speaks.
   */
  static final Set<String> SPEECH_PARTICIPLES =
      words(
          "saying", "adding", "noting", "stressing", "warning", "telling", "explaining",
          "insisting", "arguing", "claiming", "declaring", "announcing", "acknowledging",
          "admitting", "asking", "replying", "responding", "urging", "emphasizing", "emphasising",
          "describing", "accusing", "calling", "stating", "writing", "tweeting", "recalling",
          "suggesting", "reiterating", "underlining", "underscoring", "vowing", "pledging",
          "promising", "complaining", "cautioning", "conceding", "predicting", "demanding",
          "criticizing", "criticising", "dubbing", "branding", "labelling", "labeling", "chanting",
          "shouting", "yelling");

  /** Verbs that may precede their subject after a quotation: "“...,” said Earnest." */
  static final Set<String> INVERTIBLE =
      words(
          "said", "says", "added", "adds", "asked", "asks", "continued", "explained", "noted",
          "wrote", "writes", "replied", "insisted", "stated", "declared", "warned", "argued",
          "recalled", "concluded", "quipped", "remarked", "observed", "answered", "responded",
          "countered", "told", "tweeted", "stressed", "cautioned", "joked");

  /** Words that may stand between a subject and its speech verb ("Kerry has also said"). */
  static final Set<String> BETWEEN_SUBJECT_AND_VERB =
      words(
          "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "also",
          "later", "earlier", "then", "further", "again", "previously", "recently", "separately",
          "once", "reportedly", "repeatedly", "publicly", "privately", "subsequently", "already",
          "even", "only", "just", "still", "not", "never", "often", "himself", "herself", "itself",
          "themselves", "too", "last", "first", "now", "today", "yesterday");

  /** Subject pronouns; "i", "we" and "you" outside a quotation are the writer or the reader. */
  static final Set<String> PRONOUNS = words("he", "she", "they", "it", "i", "we", "you");

  static final Set<String> DETERMINERS =
      words("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
          "those", "one", "another", "two", "three", "several", "some", "many");

  /** Lowercase particles inside personal names: "Abdullah bin Zayed", "Ursula von der Leyen". */
  static final Set<String> NAME_PARTICLES =
      words("bin", "ibn", "bint", "al", "el", "de", "da", "di", "du", "del", "della", "der",
          "den", "van", "von", "la", "le", "dos", "das", "abu", "ben", "ter", "ul");

  /**
   * Words of a title or role that may stand before a name and are not part of it ("US Secretary
   * of State John Kerry", "White House spokesman Josh Earnest"). Stripping them from the end of
   * the name yields the name itself.
   */
  static final Set<String> TITLE_WORDS =
      words(
          "secretary", "president", "vice", "minister", "prime", "foreign", "defense", "defence",
          "state", "spokesman", "spokeswoman", "spokesperson", "chancellor", "senator", "sen",
          "sen.", "rep", "rep.", "representative", "governor", "gov", "gov.", "general", "gen",
          "gen.", "lt", "lt.", "col", "col.", "colonel", "admiral", "adm", "adm.", "major", "maj",
          "maj.", "ambassador", "envoy", "special", "chief", "deputy", "director", "chairman",
          "chairwoman", "chair", "head", "leader", "king", "queen", "prince", "princess", "sheikh",
          "emir", "pope", "judge", "justice", "mayor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
          "dr", "dr.", "prof", "prof.", "professor", "sir", "lord", "lady", "dame", "commander",
          "officer", "sergeant", "sgt", "sgt.", "captain", "capt", "capt.", "lieutenant", "premier",
          "congressman", "congresswoman", "speaker", "attorney", "interior", "finance", "economy",
          "trade", "health", "education", "energy", "homeland", "security", "national", "adviser",
          "advisor", "counsel", "ceo", "executive", "coach", "bishop", "rev", "rev.", "reverend",
          "father", "ayatollah", "imam", "supreme", "top", "senior", "former", "acting",
          "assistant", "undersecretary", "under", "army", "navy", "air", "force", "marine",
          "press", "of", "the", "for", "official", "diplomat", "counterpart", "colleague",
          "agriculture", "transport", "labor", "labour", "culture", "environment", "deputy",
          "presidential", "aide", "minister-president",
          "secretary-general", "general-secretary", "commissioner", "president-elect", "dean",
          "mp", "mep", "lawmaker", "candidate", "nominee", "opposition", "tycoon", "billionaire",
          "analyst", "expert", "correspondent", "editor", "reporter", "founder", "owner",
          "rapporteur", "negotiator", "cardinal", "archbishop", "patriarch", "rabbi", "mufti",
          "sultan", "crown", "emeritus", "incoming", "outgoing", "interim", "cabinet", "treasury",
          "intelligence");

  /**
   * Nouns naming a person by role; as the head of a phrase they make it a description of a
   * person ("the Russian foreign minister", "a Syrian military source").
   */
  static final Set<String> PERSON_ROLES =
      words(
          "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
          "official", "source", "diplomat", "envoy", "ambassador", "general", "commander",
          "officer", "chief", "head", "leader", "adviser", "advisor", "aide", "analyst", "expert",
          "lawmaker", "senator", "congressman", "congresswoman", "representative", "governor",
          "mayor", "chancellor", "premier", "king", "queen", "prince", "counterpart", "colleague",
          "witness", "resident", "doctor", "activist", "director", "chairman", "chairwoman",
          "chair", "member", "negotiator", "monitor", "correspondent", "reporter", "journalist",
          "editor", "professor", "researcher", "scientist", "economist", "lawyer", "attorney",
          "prosecutor", "judge", "soldier", "fighter", "rebel", "man", "woman", "worker",
          "employee", "student", "teacher", "father", "mother", "son", "daughter", "wife",
          "husband", "brother", "sister", "friend", "neighbor", "neighbour", "survivor", "victim",
          "pilot", "ceo", "founder", "owner", "manager", "coach", "player", "candidate", "voter",
          "protester", "protestor", "demonstrator", "delegate", "diplomat", "deputy", "emir",
          "sheikh", "cleric", "imam", "priest", "bishop", "pope", "mp", "mep", "nominee",
          "commissioner", "inspector", "investigator", "policeman", "detective", "engineer",
          "nurse", "farmer", "resident", "refugee", "migrant", "militant", "insider", "observer",
          "strategist", "consultant", "historian", "author", "writer", "blogger", "officials",
          "sources", "diplomats", "experts", "analysts", "lawmakers", "senators", "residents",
          "witnesses", "activists", "officers", "soldiers", "fighters", "rebels", "leaders",
          "aides", "advisers", "advisors", "doctors", "members", "negotiators", "monitors",
          "ministers", "workers", "protesters", "demonstrators", "people", "men", "women",
          "commanders", "generals", "envoys", "ambassadors", "spokesmen", "spokespeople",
          "observers", "insiders", "militants", "refugees", "migrants", "voters", "students",
          "journalists", "reporters", "researchers", "scientists", "economists", "lawyers");

  /** Plural person roles: "they" may refer back to them. */
  static final Set<String> PLURAL_ROLES =
      words(
          "officials", "sources", "diplomats", "experts", "analysts", "lawmakers", "senators",
          "residents", "witnesses", "activists", "officers", "soldiers", "fighters", "rebels",
          "leaders", "aides", "advisers", "advisors", "doctors", "members", "negotiators",
          "monitors", "ministers", "workers", "protesters", "demonstrators", "people", "men",
          "women", "commanders", "generals", "envoys", "ambassadors", "spokesmen",
          "spokespeople", "observers", "insiders", "militants", "refugees", "migrants", "voters",
          "students", "journalists", "reporters", "researchers", "scientists", "economists",
          "lawyers");

  /** Nouns that relate a person to another one named nearby ("his Russian counterpart"). */
  static final Set<String> RELATIONAL_ROLES =
      words("counterpart", "colleague", "opposite", "equivalent", "peer");

  /** Lowercase adjectives that may stand inside a role description ("the top US diplomat"). */
  static final Set<String> ROLE_MODIFIERS =
      words(
          "foreign", "defense", "defence", "top", "senior", "chief", "deputy", "former", "military",
          "press", "prime", "interior", "state", "federal", "local", "regional", "national",
          "international", "government", "security", "intelligence", "presidential",
          "administration", "anonymous", "unnamed", "high-ranking", "high-level", "ranking",
          "veteran", "western", "eastern", "northern", "southern", "white", "house", "finance",
          "economy", "trade", "health", "justice", "education", "energy", "army", "navy",
          "police", "party", "opposition", "rebel", "ruling", "acting", "new", "incoming",
          "outgoing", "interim", "special", "assistant", "vice", "diplomatic", "russian-backed",
          "us-backed", "other", "second", "first", "third", "one", "two", "three", "few",
          "several", "many", "some", "european", "american", "israeli", "arab", "independent",
          "ministry", "department", "agency", "cabinet", "campaign", "company", "embassy",
          "defense-ministry", "foreign-ministry", "pentagon", "kremlin", "un", "eu", "nato");

  /** Capitalised heads that make a name an organisation, a medium or a place, not a person. */
  static final Set<String> ORG_HEADS =
      words(
          "department", "ministry", "office", "house", "council", "committee", "agency",
          "commission", "government", "administration", "army", "navy", "force", "forces",
          "command", "embassy", "parliament", "senate", "congress", "court", "party", "times",
          "journal", "post", "news", "tv", "television", "radio", "service", "bank", "fund",
          "union", "organization", "organisation", "corporation", "company", "inc", "inc.", "ltd",
          "ltd.", "group", "network", "channel", "kremlin", "pentagon", "reuters", "tribune",
          "guardian", "telegraph", "herald", "gazette", "daily", "review", "observer", "states",
          "nations", "kingdom", "republic", "emirates", "federation", "coalition", "alliance",
          "association", "institute", "university", "center", "centre", "foundation", "authority",
          "authorities", "police", "board", "bureau", "cabinet", "assembly", "duma", "agency",
          "press", "wire", "magazine", "newspaper", "broadcaster",
          "spokesperson's", "headquarters", "mission", "secretariat", "directorate", "ria",
          "tass", "interfax", "xinhua", "afp", "ap", "bbc", "cnn", "wsj", "nyt", "ifax", "sana",
          "irna", "isna", "itar-tass", "sputnik", "state");

  /** Nouns that end a body's name before "of", beside {@link #ORG_HEADS}: "the Church of ...", "the Royal Society of ...". */
  static final Set<String> BODY_BEFORE_OF =
      words(
          "church", "school", "college", "academy", "society", "league", "museum", "hospital", "order",
          "brotherhood", "sisters", "daughters", "sons", "friends", "institution", "club", "conference",
          "congregation", "diocese", "archdiocese", "temple", "cathedral", "chamber");

  /**
   * Single capitalised words that are places or institutions standing for a government
   * ("Moscow argues"); they are never personal names.
   */
  static final Set<String> PLACES =
      words(
          "washington", "moscow", "beijing", "london", "paris", "berlin", "tehran", "damascus",
          "kiev", "kyiv", "ankara", "riyadh", "jerusalem", "brussels", "tokyo", "cairo",
          "baghdad", "kabul", "delhi", "islamabad", "seoul", "pyongyang", "havana", "caracas",
          "brasilia", "ottawa", "canberra", "rome", "madrid", "warsaw", "doha", "beirut", "amman",
          "tripoli", "pentagon", "kremlin", "whitehall", "downing", "america", "russia", "syria",
          "iran", "iraq", "china", "israel", "turkey", "ukraine", "france", "germany", "britain",
          "europe", "japan", "india", "pakistan", "afghanistan", "egypt", "lebanon", "jordan",
          "qatar", "yemen", "libya", "nato", "eu", "un", "u.n.", "us", "u.s.", "uk", "usa",
          "opec", "hezbollah", "hamas", "isil", "isis", "daesh", "taliban");

  /**
   * Capitalised words that start a sentence or clause without being part of a name ("Earlier
   * Kerry said", "But Lavrov said"). Dropped from the front of a candidate name.
   */
  static final Set<String> NON_NAME_CAPITALS =
      words(
          "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "in", "on",
          "at", "for", "after", "before", "when", "while", "if", "although", "though", "since",
          "because", "earlier", "later", "also", "still", "now", "then", "shortly", "today",
          "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "january", "february", "march", "july", "september", "october",
          "november", "december", "last", "next", "this",
          "that", "these", "those", "there", "here", "his", "her", "its", "their", "our", "my",
          "instead", "moreover", "furthermore", "separately", "previously", "recently", "finally",
          "speaking", "asked", "as", "by", "with", "from", "to", "of", "both", "all", "some",
          "many", "most", "such", "what", "why", "how", "who", "where", "which", "according",
          "mr", "mrs", "ms", "dr", "he", "she", "it", "they", "we", "i", "you", "obviously",
          "indeed", "again", "even", "only", "just", "not", "no", "yes", "please", "said", "says",
          "told", "added", "during", "until", "amid", "despite", "under", "over", "against");

  /**
   * Capitalised words that may follow a name without belonging to it ("said Kerry Tuesday").
   * Months that are also given names (May, June) are not listed.
   */
  static final Set<String> AFTER_NAME =
      words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "yesterday", "tonight", "january", "february", "march", "july", "september",
          "october", "november", "december");

  /** Demonyms and country abbreviations, mapped to one key so "UAE" matches "Emirati". */
  static final Map<String, String> NATIONALITY =
      Map.ofEntries(
          Map.entry("us", "us"), Map.entry("u.s.", "us"), Map.entry("u.s", "us"),
          Map.entry("usa", "us"), Map.entry("u.s.a.", "us"), Map.entry("american", "us"),
          Map.entry("america", "us"), Map.entry("russian", "russia"), Map.entry("russia", "russia"),
          Map.entry("russia's", "russia"), Map.entry("russia’s", "russia"),
          Map.entry("british", "uk"), Map.entry("uk", "uk"), Map.entry("u.k.", "uk"),
          Map.entry("britain", "uk"), Map.entry("french", "france"), Map.entry("france", "france"),
          Map.entry("german", "germany"), Map.entry("germany", "germany"),
          Map.entry("chinese", "china"), Map.entry("china", "china"), Map.entry("syrian", "syria"),
          Map.entry("syria", "syria"), Map.entry("iranian", "iran"), Map.entry("iran", "iran"),
          Map.entry("iraqi", "iraq"), Map.entry("iraq", "iraq"), Map.entry("israeli", "israel"),
          Map.entry("israel", "israel"), Map.entry("turkish", "turkey"),
          Map.entry("turkey", "turkey"), Map.entry("saudi", "saudi"), Map.entry("uae", "uae"),
          Map.entry("emirati", "uae"), Map.entry("ukrainian", "ukraine"),
          Map.entry("ukraine", "ukraine"), Map.entry("european", "eu"), Map.entry("eu", "eu"),
          Map.entry("qatari", "qatar"), Map.entry("qatar", "qatar"),
          Map.entry("jordanian", "jordan"), Map.entry("lebanese", "lebanon"),
          Map.entry("egyptian", "egypt"), Map.entry("afghan", "afghanistan"),
          Map.entry("pakistani", "pakistan"), Map.entry("indian", "india"),
          Map.entry("japanese", "japan"), Map.entry("korean", "korea"),
          Map.entry("italian", "italy"), Map.entry("spanish", "spain"),
          Map.entry("canadian", "canada"), Map.entry("australian", "australia"),
          Map.entry("palestinian", "palestine"), Map.entry("kurdish", "kurd"),
          Map.entry("un", "un"), Map.entry("u.n.", "un"), Map.entry("nato", "nato"));

  /** Multi-word country names, folded before {@link #NATIONALITY} applies. */
  static final Map<String, String> COUNTRY_PHRASES =
      Map.of(
          "united states", "us", "united arab emirates", "uae", "united kingdom", "uk",
          "united nations", "un", "european union", "eu", "saudi arabia", "saudi",
          "russian federation", "russia");

  /** Qualifiers that say which ministry or office a role belongs to; two different ones clash. */
  static final Set<String> PORTFOLIOS =
      words("foreign", "defense", "defence", "interior", "finance", "economy", "trade", "health",
          "justice", "education", "energy", "state", "treasury", "intelligence", "army", "navy",
          "press", "prime", "vice", "deputy");

  /** Function words that carry no content; used to measure the overlap of two quotations. */
  static final Set<String> STOPWORDS =
      words(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's",
          "this", "that", "these", "those", "we", "our", "us", "you", "your", "they", "their",
          "them", "he", "his", "him", "she", "her", "i", "me", "my", "not", "no", "so", "if",
          "then", "than", "there", "here", "which", "who", "whom", "what", "when", "where", "how",
          "also", "very", "all", "any", "some", "about", "into", "over", "up", "out", "do", "does",
          "did", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might",
          "must", "just", "only", "more", "most", "such", "one", "other", "we're", "it'll",
          "there's", "that's", "don't", "can't", "won't", "too", "own", "same", "each", "both");

  /** An immutable set; tolerates repeated entries ({@link WordLists#of}). */
  private static Set<String> words(String... entries) {
    return WordLists.of(entries);
  }

  /** Lowercase with typographic apostrophes folded to ASCII: {@link Folding#LOOKUP}. */
  static String lower(String word) {
    return Folding.LOOKUP.apply(word);
  }

  /** Lowercase, without accents, for comparing spellings of a name: {@link Folding#SPELLING}. */
  static String fold(String s) {
    return Folding.SPELLING.apply(s);
  }


  static boolean isSpeechVerb(String lower) {
    return SPEECH_VERBS.contains(lower) || SPEECH_PARTICIPLES.contains(lower);
  }

  /** A word ending in "-ly" or listed as able to stand between a subject and its verb. */
  static boolean isAdverbOrAuxiliary(String lower) {
    return BETWEEN_SUBJECT_AND_VERB.contains(lower)
        || (lower.length() > 4 && lower.endsWith("ly") && !lower.equals("italy"));
  }
}
