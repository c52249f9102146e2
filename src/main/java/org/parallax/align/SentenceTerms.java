package org.parallax.align;

import java.util.Set;

/**
 * The lexical evidence of one sentence: stemmed content words, the subset that are names (capitalised
 * words and acronyms), and numbers.
 */
public record SentenceTerms(Set<String> content, Set<String> names, Set<String> numbers) {
  public SentenceTerms {
    content = Set.copyOf(content);
    names = Set.copyOf(names);
    numbers = Set.copyOf(numbers);
  }
}
