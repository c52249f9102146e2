package org.parallax.text;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Whether a text is written in English, the one language the framing analysis reads. Most English
 * prose has a fifth or more of its words among a few dozen function words, and other languages have a
 * few percent ("de", "in", "is" are shared); such a text is English at once. A text with fewer (a
 * Portuguese article, but also an English table of results or a list of dates and names) is given to
 * Apache OpenNLP's language detector (103 languages, trained on the Leipzig corpora; its model is loaded
 * the first time it is needed, never for a corpus of English prose), which names its language. A text
 * too short to tell is taken as English. Thread-safe.
 */
public final class Language {

  /** Below this many words a text is not judged. */
  static final int MIN_WORDS = 20;

  /** At or above this share of {@link #FUNCTION_WORDS} a text is English without asking the model. */
  static final double ENGLISH_SHARE = 0.15;

  /** The model's confidence a text needs to be called another language. */
  static final double CONFIDENCE = 0.5;

  /** The commonest words of English prose; a word of another language among them ("in", "is") is rare enough. */
  static final Set<String> FUNCTION_WORDS = WordLists.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "as", "was", "by", "it", "he",
      "she", "his", "her", "said", "at", "from", "be", "are", "has", "have", "had", "an", "this", "not",
      "but", "they", "were", "which", "or", "will", "who", "been", "their", "its", "would", "after", "we",
      "you", "more", "about", "also", "than", "when", "there", "into", "out", "over", "up");

  private Language() {}

  /**
   * The language {@code text} is written in when it is not English: its English name ("Portuguese"),
   * else empty (English, or too short or too uncertain to tell).
   */
  public static Optional<String> notEnglish(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int words = 0;
    int function = 0;
    for (Tok t : Tokenizer.words(text, Folding.LOWERCASE)) {
      if (t.isWord() && Character.isLetter(t.text().codePointAt(0))) {
        words++;
        if (FUNCTION_WORDS.contains(t.lower())) {
          function++;
        }
      }
    }
    if (words < MIN_WORDS || function >= ENGLISH_SHARE * words) {
      return Optional.empty();
    }
    opennlp.tools.langdetect.Language best = Detector.predict(text);
    if (best.getLang().equals("eng") || best.getConfidence() < CONFIDENCE) {
      return Optional.empty();
    }
    return Optional.of(name(best.getLang()));
  }

  /** The English name of an ISO 639-3 code ("por": "Portuguese"), the code itself when it has none. */
  static String name(String code) {
    String name = new ULocale(code).getDisplayLanguage(ULocale.ENGLISH);
    return name.isBlank() ? code : name;
  }

  /** The detector, loaded on first use. */
  private static final class Detector {

    private static final String MODEL = "langdetect-183.bin";

    private static final LanguageDetectorME DETECTOR = load();

    private static LanguageDetectorME load() {
      try (InputStream in = Language.class.getClassLoader().getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("the language model " + MODEL + " is missing from the class path");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The most likely language; the detector is not safe for concurrent use. */
    static synchronized opennlp.tools.langdetect.Language predict(String text) {
      return DETECTOR.predictLanguage(text);
    }
  }
}
