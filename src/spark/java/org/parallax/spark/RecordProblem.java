package org.parallax.spark;

import java.io.Serializable;

/**
 * An input record left out, or a story that could not be analysed, with the reason in words.
 *
 * @param input the file the record was read from ({@code null} for a story's problem)
 * @param record how the record is named: its url, else its title, else its first characters
 * @param story the story, when known
 * @param message what is wrong and what was done ("not JSON (…); left out")
 */
public record RecordProblem(String input, String record, String story, String message) implements Serializable {

  /** One line for standard error: {@code FILE: record 'NAME': MESSAGE}. */
  public String line() {
    StringBuilder b = new StringBuilder();
    if (input != null) {
      b.append(input).append(": ");
    }
    if (story != null) {
      b.append("story '").append(story).append("': ");
    }
    if (record != null) {
      b.append("record ").append(record).append(": ");
    }
    return b.append(message).toString();
  }
}
