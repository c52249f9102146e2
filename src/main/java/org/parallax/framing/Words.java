package org.parallax.framing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.parallax.text.Folding;

/**
 * Word-level normalisation shared by the framing classes: folding for comparison, crude lemmas for
 * lexicon look-ups, and name keys. Every function is pure and total (any script, any length).
 */
final class Words {

  private Words() {}

  /** Lowercase, without accents, with typographic apostrophes and hyphens as ASCII: {@link Folding#NAMES}. */
  static String fold(String s) {
    return Folding.NAMES.apply(s);
  }


  /**
   * The key two spellings of a name share: folded, without periods, possessive endings and a
   * leading "the", hyphens as spaces ("U.S." = "US", "al-Assad" = "al Assad", "the Kremlin" =
   * "Kremlin").
   */
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("'s\\b");
  private static final java.util.regex.Pattern NON_NAME = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");

  static String nameKey(String name) {
    String key = NAME_KEYS.get(name);
    if (key == null) {
      key = computeNameKey(name);
      if (NAME_KEYS.size() >= NAME_KEYS_KEPT) {
        NAME_KEYS.clear(); // a bound, not a policy: one story's names fit many times over
      }
      NAME_KEYS.put(name, key);
    }
    return key;
  }

  /**
   * Name keys already worked out: the resolver asks for the same few thousand names again and again,
   * and each costs a fold and two regular expressions.
   */
  private static final java.util.Map<String, String> NAME_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int NAME_KEYS_KEPT = 100_000;

  /** {@link #nameKey} without keeping it: for word lists read once (tens of thousands of places). */
  static String computeNameKey(String name) {
    String s = fold(name).replace(".", "");
    if (plainWords(s)) {
      // Nothing for the two expressions to change: lower-case letters and digits, one space between words.
      return spelledOut(s.startsWith("the ") ? s.substring(4) : s);
    }
    s = NON_NAME.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll(" ").trim();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return spelledOut(s);
  }

  /** Short forms that open place names, spelled out: "Mt Cook" is Mount Cook, "Ft. Hood" Fort Hood, "St Louis" Saint Louis. */
  private static final java.util.Map<String, String> NAME_OPENINGS = java.util.Map.of("mt ", "mount ", "ft ", "fort ", "st ", "saint ");

  private static String spelledOut(String key) {
    if (key.length() > 3 && key.charAt(2) == ' ') {
      String full = NAME_OPENINGS.get(key.substring(0, 3));
      if (full != null) {
        return full + key.substring(3);
      }
    }
    return key;
  }

  /** Only ASCII lower-case letters and digits, words parted by one space, none at either end. */
  private static boolean plainWords(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (s.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A lowercase word in American spelling, by rule, for comparing two spellings of one word: "-our" after
   * a syllable as "-or" ("neighbourhood", "labour"; not "four", "hour"), "-tre"/"-bre" as "-ter"/"-ber"
   * ("centre", "fibres"), "-isation" as "-ization", "-ogue" as "-og", the "-ence" of four nouns as "-ense"
   * ("defence"), "programme" as "program", and no hyphen ("co-ordinate"). A key, not a word to show: it
   * may spell a rare word wrongly ("contor"), the same way on both sides.
   */
  static String spellingKey(String lower) {
    String w = lower.indexOf('-') >= 0 ? lower.replace("-", "") : lower;
    int our = w.indexOf("our");
    if (our > 0 && hasVowel(w, our)) {
      w = w.substring(0, our) + "or" + w.substring(our + 3);
    }
    if (w.endsWith("tre") || w.endsWith("bre")) {
      w = w.substring(0, w.length() - 2) + "er";
    } else if (w.endsWith("tres") || w.endsWith("bres")) {
      w = w.substring(0, w.length() - 3) + "ers";
    }
    if (w.contains("isation")) {
      w = w.replace("isation", "ization");
    }
    if (w.endsWith("ogue") || w.endsWith("ogues")) {
      w = w.replace("ogue", "og");
    }
    return switch (w) {
      case "defence" -> "defense";
      case "offence" -> "offense";
      case "licence" -> "license";
      case "pretence" -> "pretense";
      case "programme" -> "program";
      case "programmes" -> "programs";
      default -> w;
    };
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The singular of a lowercase noun, by rule: "terrorists" → "terrorist", "militias" → "militia". */
  static String singular(String lower) {
    switch (lower) {
      case "people":
      case "news":
      case "media":
      case "series":
      case "species":
      case "troops":
        return lower.equals("troops") ? "troop" : lower;
      case "men":
        return "man";
      case "women":
        return "woman";
      case "children":
        return "child";
      case "feet":
        return "foot";
      case "mps":
        return "mp"; // the plural of an acronym too short for the rule below ("MPs")
      case "djs":
        return "dj";
      default:
        break;
    }
    int n = lower.length();
    if (lower.endsWith("wives")) {
      return lower.substring(0, n - 5) + "wife"; // "housewives"
    }
    String f = F_PLURALS.get(lower);
    if (f != null) {
      return f;
    }
    if (n <= 3 || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us")
        || lower.endsWith("sis") || lower.endsWith("xis") || lower.equals("this") || lower.endsWith("'s")) {
      return lower;
    }
    if (lower.endsWith("ies") && n > 4) {
      return lower.substring(0, n - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches")
        || lower.endsWith("shes") || lower.endsWith("zes")) {
      return lower.substring(0, n - 2);
    }
    return lower.substring(0, n - 1);
  }

  /** Plurals in "-ves" of nouns in "-f" or "-fe" ("thieves"; not "-ves" of nouns in "-ve": "detectives", "moves"). */
  private static final Map<String, String> F_PLURALS = Map.of("thieves", "thief", "knives", "knife",
      "lives", "life", "wolves", "wolf", "halves", "half", "shelves", "shelf", "calves", "calf", "loaves", "loaf");

  /** Whether a lowercase noun looks plural. */
  static boolean isPlural(String lower) {
    return !singular(lower).equals(lower) || lower.equals("people") || lower.equals("media");
  }

  /**
   * The forms a lexicon entry may take for this lowercase word: itself, its singular, and the stems
   * of -s, -ed and -ing verbs ("propped" → "prop", "argues" → "argue"), and those of the noun after a
   * prefix that only says more of its kind ("eco-zealots" → "zealot"; {@link #withoutPrefix}). Over-generates
   * on purpose: a lexicon entry is a whole word, so a spurious stem rarely meets one.
   */
  static Set<String> forms(String lower) {
    Set<String> known = FORMS.get(lower);
    if (known != null) {
      return known;
    }
    Set<String> made = java.util.Collections.unmodifiableSet(formsOf(lower));
    if (FORMS.size() < MAX_FORMS) {
      FORMS.put(lower, made);
    }
    return made;
  }

  /**
   * The forms of the words met so far (the lexicon asks for every word of every article at each of its
   * entries' first words), up to {@link #MAX_FORMS} words; the sets are read only.
   */
  private static final Map<String, Set<String>> FORMS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_FORMS = 200_000;

  private static Set<String> formsOf(String lower) {
    String noun = withoutPrefix(lower);
    if (!noun.equals(lower)) {
      Set<String> out = new LinkedHashSet<>(forms0(lower));
      out.addAll(forms0(noun));
      return out;
    }
    return forms0(lower);
  }

  /**
   * Prefixes joined by a hyphen that leave the noun's meaning whole, only saying more of its kind:
   * "eco-zealots" are zealots, "narco-terrorists" terrorists, "cyber-criminals" criminals. Not "ex-",
   * "vice-", "co-" (the ex-president is not the president), nor "anti-" or "non-".
   */
  private static final Set<String> KIND_PREFIXES = Set.of("eco", "neo", "narco", "cyber", "islamo", "ultra");

  /** The noun after a prefix of {@link #KIND_PREFIXES} and its hyphen ("zealots" of "eco-zealots"), else the word. */
  static String withoutPrefix(String lower) {
    int dash = lower.indexOf('-');
    if (dash > 0 && dash == lower.lastIndexOf('-') && lower.length() - dash > 3 && KIND_PREFIXES.contains(lower.substring(0, dash))) {
      return lower.substring(dash + 1);
    }
    return lower;
  }

  private static Set<String> forms0(String lower) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lower);
    out.add(singular(lower));
    int n = lower.length();
    if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
      out.add(lower.substring(0, n - 1));
    }
    if (n > 4 && lower.endsWith("es")) {
      out.add(lower.substring(0, n - 2));
    }
    for (String suffix : new String[] {"ed", "ing"}) {
      if (n > suffix.length() + 2 && lower.endsWith(suffix)) {
        String stem = lower.substring(0, n - suffix.length());
        out.add(stem);
        out.add(stem + "e");
        int m = stem.length();
        if (m > 2 && stem.charAt(m - 1) == stem.charAt(m - 2)) {
          out.add(stem.substring(0, m - 1));
        }
      }
    }
    if (n > 3 && lower.endsWith("d")) {
      out.add(lower.substring(0, n - 1));
    }
    return out;
  }

  /** A number and "ers": the teams named for a year or a number ("76ers", "49ers"). */
  private static final java.util.regex.Pattern NUMBERED_NAME = java.util.regex.Pattern.compile("\\d{2,4}ers");

  /**
   * Whether the first letter is an uppercase letter (any script that has case), or the word is a team's
   * name that opens with its number ("76ers", "49ers"), which is a name however it is written.
   */
  static boolean isCapitalised(String word) {
    if (!word.isEmpty() && Character.isDigit(word.charAt(0)) && NUMBERED_NAME.matcher(word).matches()) {
      return true; // (the matcher only for a word that opens with a digit: this is asked of every word, often)
    }
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetter(cp)) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
      }
      if (Character.isDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether the word has a letter or digit at all. */
  static boolean isWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word is written in capitals only ("ISIL", "UAE"), at least two letters. */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '-' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2;
  }
}
