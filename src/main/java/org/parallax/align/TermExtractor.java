package org.parallax.align;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;
import org.parallax.text.Folding;
import org.parallax.text.WordLists;

/**
 * Extracts {@link SentenceTerms} from a sentence: words are lower-cased and Porter-stemmed, function words
 * dropped, dotted acronyms folded ("U.S." = "US"), and numbers kept as written without separators.
 */
public final class TermExtractor {

  // Repeated groups are bounded: Java matches each repetition of a group one stack frame deeper, so
  // "x-x-x-…" or "1,2,3,…" thousands long overflowed the stack. A longer chain gives several tokens.
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b((?:\\p{Lu}\\.){2,32})");
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*){0,32}|\\p{N}+(?:[.,]\\p{N}+){0,32}");

  /** Function words and reporting clichés that say nothing about which fact a sentence tells. */
  static final Set<String> STOPWORDS =
      words(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
          "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
          "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
          "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
          "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
          "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
          "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
          "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
          "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
          "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
          "would", "you", "your", "yours", "yourself", "said", "says", "say", "told", "tell", "added",
          "according", "stated", "noted", "mr", "ms", "mrs", "would", "may", "might", "must", "shall",
          "one", "also", "however", "whether", "within", "without", "upon", "among", "amid", "via", "per",
          "it's", "it’s", "we're", "we’re", "don't", "don’t", "there's", "there’s", "us", "its", "yet",
          "still", "even", "since", "although", "though", "last", "earlier", "later");

  private static Set<String> words(String... words) {
    return WordLists.of(words);
  }

  private final PorterStemmer stemmer = new PorterStemmer();

  /** Extracts the terms of {@code sentence}. Not thread-safe (the stemmer keeps state): one per thread. */
  public SentenceTerms extract(String sentence) {
    String s = foldAcronyms(sentence);
    Set<String> content = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      String token = m.group();
      if (Character.isDigit(token.charAt(0))) {
        String n = token.replace(",", "");
        numbers.add(n);
        content.add(n);
        continue;
      }
      String lower = Folding.LOOKUP.apply(token);
      boolean acronym = token.length() >= 2 && token.equals(token.toUpperCase(Locale.ROOT)) && token.chars().anyMatch(Character::isLetter);
      if (!acronym && (STOPWORDS.contains(lower) || lower.length() < 2)) {
        continue;
      }
      // An acronym spelled like a function word ("US", "IT", "WHO") keeps its capitals: stemmed, "US"
      // would be "used" and "IT" would be "it".
      String stem = acronym && STOPWORDS.contains(lower) ? token : stem(lower);
      content.add(stem);
      if (acronym || Character.isUpperCase(token.charAt(0))) {
        names.add(stem);
      }
    }
    return new SentenceTerms(content, names, numbers);
  }

  private String stem(String word) {
    String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    int dash = w.lastIndexOf('-');
    // Stem the head of a hyphenated compound; "military-to-military" keeps its shape.
    return dash > 0 && dash < w.length() - 1 ? w.substring(0, dash + 1) + stemmer.stem(w.substring(dash + 1)) : stemmer.stem(w);
  }

  static String foldAcronyms(String s) {
    Matcher m = DOTTED_ACRONYM.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group(1).replace(".", ""));
    }
    m.appendTail(out);
    return out.toString();
  }
}
