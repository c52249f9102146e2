package org.parallax.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case a corpus writes its words in, to read a headline set in title case ("Kerry Says Russia, US
 * Follow Same Goals") or in capitals as a sentence would be written ("Kerry says Russia, US follow same
 * goals"): the tagger and the mention finder take a capital for a name, and a title-case headline
 * capitalises every word.
 *
 * <p>Each word of such a headline takes the form the corpus's running text gives it most often in
 * mid-sentence (where a capital means a name): "Follow" becomes "follow", "Russia" stays, "ISIL" stays;
 * two words the bodies write as a name keep its case, whatever each word takes alone ("White House",
 * "Nobel Peace Prize" though the bodies also write "white" and "peace").
 * A word the corpus never writes in mid-sentence is lowercased, unless its letters mix cases
 * ("McCain", "iPhone") or it is an acronym in capitals inside a title-case headline ("US"). The first
 * word, and the first after a colon, keep a capital as a sentence's first word does. A headline already
 * written in sentence case is left as it is. Recasing changes no character's place: a word whose length
 * would change (Unicode special casing) keeps its form.
 */
public final class HeadlineCase {

  /** Per lowercase word, how often each written form stands in mid-sentence. */
  private final Map<String, Map<String, Integer>> forms = new HashMap<>();
  /**
   * Two capitalised words in a row whose second stands in mid-sentence ("White House", "Peace Prize"), by
   * their lowercase: a name's words, whatever case each word takes alone ("white", "peace").
   */
  private final Map<String, String> names = new HashMap<>();

  private HeadlineCase() {}

  /**
   * The mid-sentence forms of the words of {@code texts}, each text read from its range (the bodies of
   * the articles, their headlines left out).
   */
  public static HeadlineCase of(List<? extends CharSequence> texts) {
    HeadlineCase c = new HeadlineCase();
    for (CharSequence t : texts) {
      c.count(t);
    }
    return c;
  }

  private void count(CharSequence text) {
    // A line of the body set in title case itself (a subheading, another story's headline in a list of
    // links) says nothing of how the words are written.
    int from = 0;
    while (from <= text.length()) {
      int end = from;
      while (end < text.length() && text.charAt(end) != '\n') {
        end++;
      }
      CharSequence line = text.subSequence(from, end);
      if (!shouted(line)) {
        countLine(line);
      }
      from = end + 1;
    }
  }

  private void countLine(CharSequence t) {
    int n = t.length();
    // At a text's start, and after a sentence's end, a line break, a colon or an opening quotation mark,
    // a capital says nothing about a word.
    boolean start = true;
    int i = 0;
    String previous = null;
    int previousEnd = -2;
    while (i < n) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        int j = wordEnd(t, i);
        String w = t.subSequence(i, j).toString();
        if (!start) {
          forms.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashMap<>(2)).merge(w, 1, Integer::sum);
          if (previous != null && previousEnd == i - 1 && t.charAt(i - 1) == ' ' && Character.isUpperCase(c)
              && Character.isUpperCase(previous.charAt(0))) {
            names.putIfAbsent((previous + " " + w).toLowerCase(Locale.ROOT), previous + " " + w);
          }
        }
        start = false;
        previous = w;
        previousEnd = j;
        i = j;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '‘'
          || c == '(' || c == '[' || c == '•' || c == '–' || c == '—') {
        start = true;
      } else if (Character.isDigit(c)) {
        start = false;
      }
      i++;
    }
  }

  /** The end of the word starting at {@code i}: letters, with inner apostrophes, hyphens and periods ("U.S"). */
  private static int wordEnd(CharSequence t, int i) {
    int j = i;
    while (j < t.length()) {
      char c = t.charAt(j);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((c == '\'' || c == '’' || c == '-' || c == '.') && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * {@code headline} with its words in the case the corpus writes them in, when it is set in title case
   * or in capitals; otherwise {@code headline} itself. The result has the same length, character for
   * character but for case.
   */
  public String recase(String headline) {
    if (!shouted(headline)) {
      return headline;
    }
    boolean capitals = isUpper(headline);
    List<int[]> words = new java.util.ArrayList<>();
    List<Boolean> starts = new java.util.ArrayList<>();
    boolean start = true;
    int i = 0;
    while (i < headline.length()) {
      char c = headline.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == ':' || c == '"' || c == '“' || c == '‘' || c == '?' || c == '!') {
          start = true;
        }
        i++;
        continue;
      }
      int j = wordEnd(headline, i);
      words.add(new int[] {i, j});
      starts.add(start);
      start = false;
      i = j;
    }
    String[] chosen = new String[words.size()];
    // A name the bodies write ("White House", "Nobel Peace Prize") keeps their case, pair by pair.
    for (int k = 0; k + 1 < words.size(); k++) {
      int[] a = words.get(k);
      int[] b = words.get(k + 1);
      if (b[0] == a[1] + 1 && headline.charAt(a[1]) == ' ' && Character.isUpperCase(headline.charAt(b[0]))) {
        String name = names.get(headline.substring(a[0], b[1]).toLowerCase(Locale.ROOT));
        if (name != null && name.length() == b[1] - a[0]) {
          chosen[k] = name.substring(0, a[1] - a[0]);
          chosen[k + 1] = name.substring(a[1] - a[0] + 1);
        }
      }
    }
    StringBuilder out = new StringBuilder(headline);
    for (int k = 0; k < words.size(); k++) {
      int[] r = words.get(k);
      String w = headline.substring(r[0], r[1]);
      String form = chosen[k] != null ? chosen[k] : form(w, capitals, starts.get(k));
      if (form.length() == w.length()) {
        out.replace(r[0], r[1], form);
      }
    }
    return out.toString();
  }

  private String form(String w, boolean capitals, boolean start) {
    String lower = w.toLowerCase(Locale.ROOT);
    Map<String, Integer> seen = forms.get(lower);
    String form;
    if (seen != null) {
      form = seen.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow().getKey();
    } else if (!capitals && (mixed(w) || w.length() >= 2 && isUpper(w))) {
      form = w;
    } else {
      form = lower;
    }
    return start && !form.isEmpty() ? Character.toUpperCase(form.charAt(0)) + form.substring(1) : form;
  }

  /**
   * Whether a headline is set in title case or in capitals: of its words after the first, those that
   * start with a letter mostly start with a capital (small words aside, which title case may leave
   * lowercase), and there are at least three.
   */
  public static boolean shouted(CharSequence headline) {
    int words = 0;
    int capitalised = 0;
    boolean first = true;
    int i = 0;
    while (i < headline.length()) {
      char c = headline.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int j = wordEnd(headline, i);
      if (!first && j - i > 3) {
        words++;
        if (Character.isUpperCase(c)) {
          capitalised++;
        }
      }
      first = false;
      i = j;
    }
    return words >= 2 && capitalised * 10 >= words * 8;
  }

  private static boolean isUpper(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** A capital after the first letter beside lowercase ones: "McCain", "iPhone", "YouTube". */
  private static boolean mixed(String w) {
    boolean lower = false;
    boolean innerUpper = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      lower |= Character.isLowerCase(c);
      innerUpper |= i > 0 && Character.isUpperCase(c) && w.charAt(i - 1) != '-' && w.charAt(i - 1) != '\'';
    }
    return lower && innerUpper;
  }
}
