package org.parallax.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is nothing but a publication date, as news pages print them: "Sat Sep 19, 2015
 * 13:13:41", "September 18, 2015", "18 September 2015, 10:02 GMT", "Published: 2015-09-18T08:00:00Z".
 * Numeric day/month orders other than ISO are ambiguous (US vs European) and are not guessed.
 */
public final class PublicationDate {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String WEEKDAY =
      "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?";
  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\\.?";
  private static final String TIME =
      "(?:\\s*(?:,|at|-|–|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
          + "\\s*(?:(?:GMT|UTC)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|[A-Z]{2,4})?)?";
  private static final String PREFIX =
      "^(?:(?:first\\s+)?(?:published|posted|updated|last\\s+updated|date|dated)\\s*(?:on|:)?\\s*)?";

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          PREFIX + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + "\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          PREFIX + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + "\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO =
      Pattern.compile(
          PREFIX
              + "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
              + "\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_FIRST =
      Pattern.compile(
          "^\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:GMT|UTC|[A-Z]{2,4})?\\s*[,|–-]?\\s*(.+)$",
          Pattern.CASE_INSENSITIVE);

  private PublicationDate() {}

  /** The date a whole line states, if the line is only a date (with optional weekday, time, label). */
  public static Optional<LocalDate> ofLine(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 80) {
      return Optional.empty();
    }
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    if (m.matches()) {
      return date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.matches()) {
      return date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
    }
    m = ISO.matcher(s);
    if (m.matches()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = TIME_FIRST.matcher(s);
    if (m.matches() && !m.group(1).equals(s)) {
      return ofLine(m.group(1));
    }
    return Optional.empty();
  }

  /**
   * A date from a machine-readable value such as an HTML meta tag: ISO-8601 date or date-time (with or
   * without offset), or any form {@link #ofLine} accepts.
   */
  public static Optional<LocalDate> ofValue(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String s = value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException notOffset) {
      return ofLine(s);
    }
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1800 || y > 2200) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }
}
