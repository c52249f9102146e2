package org.parallax.spark;

import java.io.Serializable;

/**
 * One article of a news archive, as a news crawler saved it (news-please fields), with the story it
 * belongs to once that is known.
 *
 * @param input the file it was read from
 * @param json the record as a JSON object: the file the engine reads, unchanged from the input line (or
 *     made from a Parquet row)
 * @param name the file name it gets in its story's folder ({@code NAME.json}: the article's id is NAME):
 *     the record's {@code filename} when it has one, else its domain and a hash of its url (or of its
 *     JSON); unique within a story once {@link StoryFolder} has made it so
 * @param story the story's id ({@code null} until stories are formed)
 * @param text {@code title} and {@code maintext}, for finding stories
 * @param epochDay {@code date_publish} as days since 1970-01-01, or {@code null} when absent or unreadable
 */
public record NewsRecord(String input, String json, String name, String story, String text, Integer epochDay)
    implements Serializable {

  /** This record in {@code newStory}. */
  public NewsRecord inStory(String newStory) {
    return new NewsRecord(input, json, name, newStory, text, epochDay);
  }
}
