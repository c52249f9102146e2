package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A noun phrase found in an article: a candidate mention of a referent. The span is the whole phrase
 * the outlet wrote (determiner, modifiers, head, an attached "of ..." phrase or parenthesis); the
 * other fields say how it names what it names.
 *
 * <p>Invariants: {@code [start, end)} indexes the article's cleaned text and {@code text} repeats
 * it; {@code name} is non-null exactly when {@code role} is not {@link Role#NONE}; words are
 * lowercase. Built by {@link MentionFinder}; {@code id} and the resolution fields are set by {@link
 * ReferentResolver}.
 */
final class Phrase {

  /** Where the phrase's name (if any) stands. */
  enum Role {
    /** The phrase is a name, possibly with a title: "President Bashar al-Assad", "ISIL". */
    NAME,
    /** The name is the object of "of": "the Takfiri terrorists of Daesh". */
    OF,
    /** The name modifies the head: "ISIL terrorists", "the Assad regime". */
    MODIFIER,
    /** No name: "the Russian foreign minister", "the Takfiris". */
    NONE
  }

  int id = -1;
  final int article;
  final int sentence;
  final int start;
  final int end;
  final String text;
  /** Lowercase determiner ("the", "his"), "'s" after a possessor, or "". */
  final String determiner;
  /** Singular lowercase head noun. */
  final String head;
  final boolean plural;
  /** Lowercase descriptive words (modifiers and head that are not names or determiners), in order. */
  final List<String> descriptors;
  /** Every lowercase word of the phrase but the determiner, titles and names included. */
  final List<String> words;
  final Role role;
  /** The name as written, titles stripped ("Bashar al-Assad"), or null. */
  final String name;
  /** Lowercase title words before a personal name ("us", "secretary", "of", "state"). */
  final List<String> titles;
  /** Alias pairs the phrase declares: "Daesh (ISIL)", "ISIS/ISIL". */
  final List<String[]> aliases;
  /** Inside another phrase (a possessor, an "of" object, a name modifying a head). */
  final boolean nested;
  final boolean inQuote;
  /** The lowercase word before the phrase ("" at a sentence start). */
  final String before;
  /** The lowercase words after the phrase, up to three, within the sentence. */
  final List<String> after;
  /** Index of the first token after the phrase. */
  final int nextToken;
  /**
   * The descriptors tagged as adjectives or adverbs, nationalities aside ("steep", "new"): they describe
   * a thing and rarely tell two things of one head apart, as nouns, names and numbers do ("the
   * merchant vessel", "the pirate vessel", "two men").
   */
  final Set<String> adjectives = new HashSet<>();
  /**
   * A title in quotation marks, read as one name whatever words it holds ("Take Me Out to the Ball
   * Game", "Neptune's Daughter"): a work (a film, a song, a book, a report), a thing by its name.
   */
  boolean work;
  /**
   * A name written inside quotation marks that stand right around it ("the "American Pie" star", "starred in
   * "Summer Camp""): a work's or a thing's name, no person's, whatever given name opens it.
   */
  boolean quoted;
  /**
   * A nationality word standing for its state inside a description ("Canadian" of "the Canadian economy"): a
   * mention of the state, though no naming of it that "the country" could go back to.
   */
  boolean demonym;
  /** The loaded terms inside the phrase (lexicon entries as written there). */
  final List<String> loadedTerms = new ArrayList<>();

  Phrase(int article, int sentence, int start, int end, String text, String determiner, String head,
      boolean plural, List<String> descriptors, List<String> words, Role role, String name,
      List<String> titles, List<String[]> aliases, boolean nested, boolean inQuote, String before,
      List<String> after, int nextToken) {
    this.article = article;
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.text = text;
    this.determiner = determiner;
    this.head = head;
    this.plural = plural;
    this.descriptors = List.copyOf(descriptors);
    this.words = List.copyOf(words);
    this.role = role;
    this.name = name;
    this.titles = List.copyOf(titles);
    this.aliases = List.copyOf(aliases);
    this.nested = nested;
    this.inQuote = inQuote;
    this.before = before;
    this.after = List.copyOf(after);
    this.nextToken = nextToken;
  }

  boolean isDefinite() {
    return switch (determiner) {
      case "the", "this", "that", "these", "those" -> true;
      default -> false;
    };
  }

  /** "a" or "an": any one of its kind, not one the article has spoken of. */
  boolean isIndefinite() {
    return determiner.equals("a") || determiner.equals("an");
  }

  boolean isLoaded() {
    return !loadedTerms.isEmpty();
  }

  boolean contains(Phrase o) {
    return article == o.article && start <= o.start && o.end <= end && (start != o.start || end != o.end);
  }

  /** The wording without a leading article or possessive ("Takfiri terrorists of Daesh", "intelligence agencies" of "his own ..."). */
  String label() {
    String t = text;
    for (String d : new String[] {"the ", "The ", "a ", "A ", "an ", "An ", "its ", "Its ", "their ", "Their ", "his ", "His ",
        "her ", "Her ", "our ", "Our ", "my ", "My ", "your ", "Your "}) {
      if (t.startsWith(d)) {
        t = t.substring(d.length());
        // "his own intelligence agencies": "own" only stresses the owner the determiner gave.
        return t.startsWith("own ") ? t.substring(4) : t;
      }
    }
    return t;
  }

  /**
   * The label without the counts, adjectives and generic modifiers it starts with ("Two possible gang members"
   * → "gang members", "the brutal crackdown" → "crackdown", "an ongoing military buildup" → "military
   * buildup"): what outlets that describe one thing differently share.
   */
  String coreLabel() {
    String[] words = label().split(" ");
    int i = 0;
    while (i < words.length - 1) {
      String w = words[i].toLowerCase(java.util.Locale.ROOT);
      // A lower-case word the finder kept out of the descriptors is a generic modifier ("ongoing", "new").
      boolean generic = w.equals(words[i]) && !descriptors.contains(w) && Words.isWord(w) && !w.equals("of");
      if (!adjectives.contains(w) && !isCount(w) && !generic) {
        break;
      }
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  /** Whether a lower-case word counts rather than describes ("four", "dozens", "1,200"). */
  static boolean isCount(String w) {
    return COUNTS.contains(w) || !w.isEmpty() && w.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
  }

  /** Whether {@code w} is an ordinal written in figures ("16th", "101st", "2nd"). */
  static boolean isOrdinalNumber(String w) {
    return ORDINAL_NUMBER.matcher(w).matches();
  }

  private static final java.util.regex.Pattern ORDINAL_NUMBER = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

  /** Whether a lower-case word is an ordinal, in words or figures ("twelfth", "twenty-first", "3rd"). */
  static boolean isOrdinal(String w) {
    return isOrdinalNumber(w) || ORDINAL_WORD.matcher(w).matches();
  }

  private static final java.util.regex.Pattern ORDINAL_WORD = java.util.regex.Pattern.compile(
      "((twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
          + "|tenth|eleventh|twelfth|(thir|four|fif|six|seven|eigh|nine)teenth|(twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth");

  private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "twenty", "dozen", "dozens", "hundreds", "thousands", "millions", "several",
      "some", "many", "few", "both", "all");

  @Override
  public String toString() {
    return text + "[" + article + ":" + start + "," + role + (name == null ? "" : ":" + name) + "]";
  }
}
