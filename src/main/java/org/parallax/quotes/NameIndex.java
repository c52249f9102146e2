package org.parallax.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.text.Sorted;
import org.parallax.text.Tok;

/**
 * The personal names one article mentions, with the titles it gives them, so that a speaker
 * named by surname ("Kerry said") or by role ("said the Russian foreign minister") can be
 * resolved to the full name the article uses elsewhere ("John Kerry", "Sergey Lavrov").
 *
 * <p>Invariants: every entry of {@link #mentions()} has a name of at least two words or a title;
 * entries are in text order. Building is linear in the text length.
 */
final class NameIndex {

  /** One mention of a person: full name as written, its position, and the titles attached. */
  record Named(String name, String surname, int start, int end, List<String> titles) {

    boolean isFull() {
      return name.indexOf(' ') > 0;
    }
  }

  private final List<Named> mentions;
  private final Map<String, List<Named>> bySurname = new HashMap<>();
  private final Set<String> placeWords = new HashSet<>();
  /** Titles by each of their words, so that a role is compared only with titles holding its head. */
  private final Map<String, List<TitleHolders>> byTitleWord = new HashMap<>();
  /** Titles headed by a relational role ("his counterpart"), which fit any role of their nationality. */
  private final List<TitleHolders> relational = new ArrayList<>();
  private final Map<String, List<String>> wordsMemo = new HashMap<>();

  private NameIndex(List<Named> mentions) {
    this.mentions = List.copyOf(mentions);
    Map<String, TitleHolders> titles = new LinkedHashMap<>();
    for (Named m : mentions) {
      bySurname.computeIfAbsent(surnameKey(m.name()), k -> new ArrayList<>()).add(m);
      for (String title : new LinkedHashSet<>(m.titles())) {
        titles.computeIfAbsent(title, t -> new TitleHolders(words(t), new ArrayList<>())).holders().add(m);
      }
    }
    for (TitleHolders t : titles.values()) {
      if (t.words().isEmpty()) {
        continue;
      }
      for (String w : new LinkedHashSet<>(t.words())) {
        byTitleWord.computeIfAbsent(w, k -> new ArrayList<>()).add(t);
      }
      if (Lexicon.RELATIONAL_ROLES.contains(t.words().get(t.words().size() - 1))) {
        relational.add(t);
      }
    }
  }

  List<Named> mentions() {
    return mentions;
  }

  /** Indexes the names in {@code text}. */
  static NameIndex of(String text) {
    List<Tok> toks = Tokens.of(text, 0, text.length(), List.of());
    List<Named> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      if (!Tokens.isNameLike(toks.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < toks.size() && continuesName(toks, j + 1)) {
        j++;
      }
      Mention m = Phrases.endingAt(text, toks, j, Math.max(0, i - Phrases.MAX_WORDS));
      if (m != null && m.kind() == Mention.Kind.NAME) {
        List<String> titles = new ArrayList<>();
        if (!m.title().isBlank()) {
          titles.add(m.title());
        }
        int nameStart = m.end() - m.name().length();
        addAppositives(text, toks, i, j, titles);
        boolean full = m.name().indexOf(' ') > 0;
        if (full || !titles.isEmpty()) {
          out.add(new Named(m.name(), surname(m.name()), nameStart, m.end(), titles));
        }
      }
      i = j + 1;
    }
    NameIndex index = new NameIndex(out);
    // Words seen after a preposition of place are places ("talks with Moscow" aside).
    for (int k = 1; k < toks.size(); k++) {
      String prev = toks.get(k - 1).lower();
      if ((prev.equals("in") || prev.equals("to") || prev.equals("from") || prev.equals("into")
              || prev.equals("across") || prev.equals("near") || prev.equals("towards")
              || prev.equals("toward") || prev.equals("via"))
          && Tokens.isNameLike(toks.get(k))) {
        index.placeWords.add(toks.get(k).lower());
      }
    }
    return index;
  }

  private static boolean continuesName(List<Tok> toks, int k) {
    Tok t = toks.get(k);
    if (Tokens.isNameLike(t)) {
      return true;
    }
    String lw = t.lower();
    if (Lexicon.NAME_PARTICLES.contains(lw) && k + 2 < toks.size()
        && Lexicon.NAME_PARTICLES.contains(toks.get(k + 1).lower())) {
      return Tokens.isNameLike(toks.get(k + 2)); // "von der Leyen"
    }
    return (Lexicon.NAME_PARTICLES.contains(lw) || lw.equals("of"))
        && k + 1 < toks.size()
        && Tokens.isNameLike(toks.get(k + 1));
  }

  /**
   * Adds roles given in apposition: "his Russian counterpart, Sergey Lavrov," and "Sergei K.
   * Shoigu, the Russian minister of defense".
   */
  private static void addAppositives(String text, List<Tok> toks, int s, int e, List<String> out) {
    if (s >= 2 && toks.get(s - 1).isPunct(',')) {
      Mention before = Phrases.endingAt(text, toks, s - 2, Math.max(0, s - 2 - Phrases.MAX_WORDS));
      if (before != null && before.isPersonDescription()) {
        out.add(before.text());
      }
    }
    if (e + 2 < toks.size() && toks.get(e + 1).isPunct(',')) {
      int[] end = new int[1];
      Mention after = Phrases.startingAt(text, toks, e + 2, toks.size(), end);
      if (after != null && after.isPersonDescription() && after.determiner()) {
        out.add(after.text());
      }
    }
  }

  static String surname(String name) {
    String[] parts = name.split(" ");
    return parts[parts.length - 1];
  }

  /** A surname folded for comparison: "al-Assad" and "Assad" share a key. */
  static String surnameKey(String name) {
    String s = Lexicon.fold(surname(name));
    int dash = s.indexOf('-');
    if (dash > 0 && dash <= 3) {
      s = s.substring(dash + 1);
    }
    return s;
  }

  /** Whether {@code word} is used as a place in this article ("in Moscow"). */
  boolean isPlace(String word) {
    return placeWords.contains(Lexicon.lower(word));
  }

  /** Whether some full name here ends with this surname. */
  boolean isKnownSurname(String word) {
    List<Named> list = bySurname.get(surnameKey(word));
    return list != null && list.stream().anyMatch(Named::isFull);
  }

  /**
   * The fullest form of a name: a one-word name is completed from the full name with that
   * surname nearest before {@code pos} (else the first after); longer names are kept.
   */
  String complete(String name, int pos) {
    if (name.indexOf(' ') > 0) {
      return name;
    }
    List<Named> list = bySurname.get(surnameKey(name));
    if (list == null) {
      return name;
    }
    Named best = null;
    for (Named m : list) {
      if (!m.isFull()) {
        continue;
      }
      if (m.start() <= pos) {
        best = m;
      } else if (best == null) {
        best = m;
        break;
      }
    }
    return best == null ? name : best.name();
  }

  /**
   * The person this article describes by {@code description} ("Russian foreign minister"), or
   * null. Relational roles ("his Russian counterpart") count when the nationality matches, since
   * they are only meaningful inside one article.
   */
  String resolve(String description, int pos) {
    List<String> d = words(description);
    if (d.isEmpty()) {
      return null;
    }
    String head = d.get(d.size() - 1);
    if (Lexicon.PLURAL_ROLES.contains(head) || !Lexicon.PERSON_ROLES.contains(head)) {
      return null;
    }
    // Among the titles that fit best, the holder last named before pos, else the first named.
    int bestScore = 0;
    Named best = null;
    boolean bestBefore = false;
    for (List<TitleHolders> group : List.of(byTitleWord.getOrDefault(head, List.of()), relational)) {
      for (TitleHolders title : group) {
        int score = titleScore(d, title.words(), true);
        if (score == 0 || score < bestScore) {
          continue;
        }
        Named before = title.lastAtOrBefore(pos);
        Named candidate = before != null ? before : title.holders().get(0);
        boolean isBefore = before != null;
        if (score > bestScore
            || (isBefore && (!bestBefore || candidate.start() > best.start()))
            || (!isBefore && !bestBefore && candidate.start() < best.start())) {
          best = candidate;
          bestScore = score;
          bestBefore = isBefore;
        }
      }
    }
    if (best == null) {
      return null;
    }
    return best.isFull() ? best.name() : complete(best.name(), pos);
  }

  /** A title as normalised words, with the people it is given to, in text order. */
  private record TitleHolders(List<String> words, List<Named> holders) {

    /** The last holder named at or before {@code pos}, or null. */
    Named lastAtOrBefore(int pos) {
      int i = Sorted.lastAtMost(holders, Named::start, pos);
      return i < 0 ? null : holders.get(i);
    }
  }

  /** Normalised words of a phrase, remembered: an article asks about the same roles many times. */
  private List<String> words(String phrase) {
    return wordsMemo.computeIfAbsent(phrase, NameIndex::normalizedWords);
  }

  /**
   * How well a role description fits a title, 0 when it does not. The head noun must match
   * (minister/minister) and every qualifier of the description must appear in the title, with
   * nationalities compared by country ("UAE" = "United Arab Emirates"); clashing nationalities
   * or portfolios (foreign vs defense) never match. With {@code relational} (inside one article),
   * a title headed by "counterpart" or "colleague" matches any role of the same nationality, and
   * a title without a nationality matches a description with one.
   */
  static int titleScore(String description, String title, boolean relational) {
    return titleScore(normalizedWords(description), normalizedWords(title), relational);
  }

  static int titleScore(List<String> d, List<String> t, boolean relational) {
    if (d.isEmpty() || t.isEmpty()) {
      return 0;
    }
    String head = d.get(d.size() - 1);
    if (Lexicon.PLURAL_ROLES.contains(head) || !Lexicon.PERSON_ROLES.contains(head)) {
      return 0;
    }
    Set<String> dNat = nationalities(d);
    Set<String> tNat = nationalities(t);
    if (!dNat.isEmpty() && !tNat.isEmpty() && disjoint(dNat, tNat)) {
      return 0;
    }
    Set<String> dPort = portfolios(d);
    Set<String> tPort = portfolios(t);
    if (!dPort.isEmpty() && !tPort.isEmpty() && disjoint(dPort, tPort)) {
      return 0;
    }
    Set<String> tSet = new HashSet<>(t);
    if (tSet.contains(head)) {
      int score = 3;
      for (String w : d.subList(0, d.size() - 1)) {
        if (tSet.contains(w)) {
          score++;
        } else if (GENERIC.contains(w) || (relational && w.startsWith("@") && tNat.isEmpty())) {
          // Inside one article, "Foreign Minister Sergei Lavrov" is "the Russian foreign
          // minister" even though that title omits the country.
          continue;
        } else {
          return 0;
        }
      }
      return score;
    }
    String tHead = t.get(t.size() - 1);
    if (relational && Lexicon.RELATIONAL_ROLES.contains(tHead) && !dNat.isEmpty()
        && tNat.containsAll(dNat)) {
      return 2;
    }
    return 0;
  }

  /** Qualifiers that do not distinguish one holder of a role from another. */
  private static final Set<String> GENERIC =
      Set.of("top", "senior", "new", "current", "then", "acting", "longtime", "veteran");

  /**
   * Lowercase content words of a title, with country names folded to one key each ("united
   * arab emirates" to "uae", "Russian" to "russia") and determiners, "of" and possessive
   * endings dropped.
   */
  static List<String> normalizedWords(String phrase) {
    String s = " " + Lexicon.fold(phrase).replaceAll("[^\\p{L}\\p{N}.'\\- ]", " ") + " ";
    for (Map.Entry<String, String> e : Lexicon.COUNTRY_PHRASES.entrySet()) {
      s = s.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
    }
    List<String> out = new ArrayList<>();
    for (String w : s.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (Lexicon.DETERMINERS.contains(w) || w.equals("of") || w.equals("for")) {
        continue;
      }
      String nat = Lexicon.NATIONALITY.get(w);
      out.add(nat != null ? "@" + nat : w);
    }
    return out;
  }

  private static Set<String> nationalities(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      if (w.startsWith("@")) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> portfolios(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (Lexicon.PORTFOLIOS.contains(w)) {
        out.add(w.equals("defence") ? "defense" : w);
      }
    }
    return out;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }
}
