package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a work in quotation marks: a film, a song, a book, a report ("She starred in “Take Me
 * Out to the Ball Game” and “Neptune's Daughter”"). Nobody says it: it is no quotation, and it is one
 * name, whatever words it holds. The quotations and the mentions ask this one test.
 *
 * <p>A title is two to twelve words in title case (each capitalised, a number, or a short function
 * word after the first: "to", "the", "of"...), not all in capitals, with no full stop inside; it is a
 * title only where plain name reading would cut it (a function word, a possessive or punctuation
 * inside it, or four words or more), so that a name in quotation marks ("Islamic State") stays a name.
 * Its sentence must say more than the title, must not be a headline (where every word is capitalised
 * and a quotation in title case is as likely words someone said), no verb of saying may follow it
 * ("“Make America Great Again,” he said") nor a colon come before it, and it must not open its
 * sentence with a comma inside its marks ("“Make America Great Again,” Ann Ray said").
 */
public final class WorkTitle {

  /** Words a title in title case leaves in lower case ("Gone with the Wind", "Take Me Out to the Ball Game"). */
  private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on",
      "at", "for", "with", "by", "from", "as", "vs", "via", "into", "onto", "upon", "off", "up", "out", "over", "de",
      "la", "le", "du", "von", "van", "der", "del");
  /** Function words that names hold too, capitalised: "Van Wilder", "De Niro", "La Paz". */
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "del", "du", "la", "le");
  /** Punctuation inside a title: "Baby, It's Cold Outside", "Star Wars: A New Hope", "Rock-a-Bye". */
  private static final Set<String> PUNCTUATION = Set.of(",", ":", ";", "-", "–", "—", "&", "(", ")");
  /** Verbs of saying that, right after a quotation, make it words someone said. */
  private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "added", "adds", "asked",
      "asks", "wrote", "writes", "tweeted", "tweets", "declared", "declares", "insisted", "insists", "replied",
      "replies", "stated", "states", "explained", "explains", "warned", "warns", "according");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
  private static final Pattern TOKEN =
      Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*|[^\\s\\p{L}\\p{N}]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
  private static final int MAX_WORDS = 12;
  /** Words someone says on their own, capitalised as a reply is: "He answered “Yes.”" is a quotation. */
  private static final Set<String> REPLIES = Set.of("yes", "no", "amen", "okay", "ok", "sure", "thanks", "sorry",
      "please", "never", "absolutely", "exactly", "nothing", "hello", "goodbye", "wow", "help", "why", "what");

  private WorkTitle() {}

  /**
   * Whether the quotation {@code withMarks} of {@code text}, whose words are {@code content}, in the
   * sentence {@code sentence}, is the title of a work.
   */
  public static boolean is(String text, TextRange withMarks, TextRange content, TextRange sentence) {
    String inner = inner(text, content);
    if (inner.chars().noneMatch(Character::isLowerCase)) {
      return false;
    }
    int words = 0;
    boolean cut = false;
    boolean last = false;
    Matcher m = TOKEN.matcher(inner);
    while (m.find()) {
      if (last) {
        return false; // "?" or "!" ends a title
      }
      String t = m.group();
      int c = t.codePointAt(0);
      if (Character.isLetterOrDigit(c)) {
        String w = t;
        if (w.endsWith("'s") || w.endsWith("’s")) {
          w = w.substring(0, w.length() - 2);
          cut = true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        boolean minor = MINOR.contains(lower);
        if (words == 0 && (lower.equals("the") || lower.equals("a") || lower.equals("an"))
            && Character.isUpperCase(c)) {
          continue; // a leading article is not counted: "The Million Dollar Mermaid"
        }
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || minor && words > 0)) {
          return false;
        }
        if (w.endsWith(".") && w.length() > 4) {
          return false; // a full stop, not an abbreviation ("Mr.", "St.")
        }
        // "to the", "From" (names do not hold them), not the "Van" of "Van Wilder" (names do).
        cut |= minor && (Character.isLowerCase(c) || !PARTICLES.contains(lower));
        words++;
      } else if (t.equals("?") || t.equals("!")) {
        last = true;
        cut = true;
      } else if (PUNCTUATION.contains(t)) {
        cut = true;
      } else {
        return false;
      }
    }
    if (words < 2 || words > MAX_WORDS || !(cut || words >= 4)) {
      return false;
    }
    // The sentence's words before and after the quotation.
    String before = text.substring(sentence.start(), Math.max(sentence.start(), withMarks.start()));
    String after = text.substring(Math.min(withMarks.end(), sentence.end()), sentence.end());
    boolean opens = !WORD.matcher(before).find();
    boolean saysMore = !opens || WORD.matcher(after).find();
    return saysMore && !isHeadline(before, after) && !said(text, withMarks) && !(opens && attributedAfter(text, withMarks));
  }

  /** The quoted words without the commas and full stops that end them inside the marks. */
  private static String inner(String text, TextRange content) {
    String inner = content.of(text).strip();
    while (!inner.isEmpty() && (inner.endsWith(",") || inner.endsWith("."))) {
      inner = inner.substring(0, inner.length() - 1).strip();
    }
    return inner;
  }

  /**
   * Whether the quotation {@code withMarks} of {@code text} (its words {@code content}, in {@code sentence})
   * is a name in quotation marks rather than words someone said: one to three words, each capitalised or a
   * number, none a function word ("the "American Pie" star", "named "Sexiest Man Alive""), not a reply
   * ("Yes."), in a sentence that says more than it, not a headline nor in a headline's case around it
   * ("Senator Slams Obama for Russia 'Military Buildup' in Syria": a scare quote), and neither introduced
   * nor followed as said ({@link #is}'s tests). A name in quotation marks is not a title either ({@link
   * #is}): the mentions read it as a name.
   */
  public static boolean isName(String text, TextRange withMarks, TextRange content, TextRange sentence) {
    String inner = inner(text, content);
    if (inner.isEmpty() || inner.chars().noneMatch(Character::isLowerCase)) {
      return false; // all in capitals: a shout as likely as a name
    }
    int words = 0;
    Matcher m = TOKEN.matcher(inner);
    while (m.find()) {
      String t = m.group();
      int c = t.codePointAt(0);
      if (!Character.isLetterOrDigit(c) || !(Character.isUpperCase(c) || Character.isDigit(c))
          || MINOR.contains(t.toLowerCase(Locale.ROOT)) && words > 0 || t.endsWith(".") && t.length() > 4) {
        return false;
      }
      words++;
    }
    if (words < 1 || words > 3 || words == 1 && REPLIES.contains(inner.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String before = text.substring(sentence.start(), Math.max(sentence.start(), withMarks.start()));
    String after = text.substring(Math.min(withMarks.end(), sentence.end()), sentence.end());
    boolean opens = !WORD.matcher(before).find();
    return !opens && !isHeadline(before, after) && !isHeadline(tail(before, NEAR), head(after, NEAR))
        && !said(text, withMarks) && !attributedAfter(text, withMarks);
  }

  /** How many words either side of a quoted name tell a headline's case from a sentence's (see {@link #isName}). */
  private static final int NEAR = 3;
  /** A word that opens with a letter (numbers and ids of page junk say nothing of the case). */
  private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’\\-]*");

  /** The last {@code n} words of {@code s} (all of it if fewer). */
  private static String tail(String s, int n) {
    Matcher m = LETTER_WORD.matcher(s);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    return starts.size() <= n ? s : s.substring(starts.get(starts.size() - n));
  }

  /** The first {@code n} words of {@code s} (all of it if fewer). */
  private static String head(String s, int n) {
    Matcher m = LETTER_WORD.matcher(s);
    int words = 0;
    while (m.find()) {
      if (++words == n) {
        return s.substring(0, m.end());
      }
    }
    return s;
  }

  /**
   * Whether a quotation that opens its sentence ends in a comma, "!" or "?" inside its marks: words
   * someone said, their speaker after them ("“Make America Great Again,” Ann Ray said").
   */
  private static boolean attributedAfter(String text, TextRange withMarks) {
    String inside = text.substring(withMarks.start(), Math.max(withMarks.start(), withMarks.end() - 1)).strip();
    return inside.endsWith(",") || inside.endsWith("!") || inside.endsWith("?");
  }

  /**
   * Whether the words outside the quotation ({@code before} and {@code after} it in its sentence) are all or
   * nearly all capitalised: a headline (a sentence of names is not).
   */
  private static boolean isHeadline(String before, String after) {
    int words = 0;
    int capitalised = 0;
    for (String part : new String[] {before, after}) {
      Matcher m = WORD.matcher(part);
      while (m.find()) {
        if (m.group().length() > 3) {
          words++;
          capitalised += Character.isUpperCase(m.group().codePointAt(0)) ? 1 : 0;
        }
      }
    }
    return words >= 2 && capitalised * 10 >= words * 9;
  }

  /** Whether a verb of saying follows the quotation, or a colon comes right before it. */
  private static boolean said(String text, TextRange withMarks) {
    int b = withMarks.start() - 1;
    while (b >= 0 && Character.isWhitespace(text.charAt(b))) {
      b--;
    }
    if (b >= 0 && text.charAt(b) == ':') {
      return true;
    }
    Matcher m = WORD.matcher(text);
    int from = withMarks.end();
    while (from < text.length() && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
      from++;
    }
    if (from < text.length() && m.find(from) && m.start() == from) {
      String next = m.group().toLowerCase(Locale.ROOT);
      if (SAYING.contains(next)) {
        // "..., said: “...”" introduces the quotation after it, not this one.
        int after = m.end();
        while (after < text.length() && text.charAt(after) == ' ') {
          after++;
        }
        return after >= text.length() || text.charAt(after) != ':';
      }
      // "“...,” he said": a pronoun, then the verb (a longer subject may follow a title as well).
      if (PRONOUNS.contains(next) && m.find(m.end()) && SAYING.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
