package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

  private static Optional<LocalDate> date(int y, int m, int d) {
    return Optional.of(LocalDate.of(y, m, d));
  }

  @Test
  void readsNewsDateLines() {
    assertEquals(date(2015, 9, 19), PublicationDate.ofLine("Sat Sep 19, 2015 13:13:41"));
    assertEquals(date(2015, 9, 18), PublicationDate.ofLine("September 18, 2015"));
    assertEquals(date(2015, 9, 18), PublicationDate.ofLine("18 September 2015, 10:02 GMT"));
    assertEquals(date(2015, 9, 18), PublicationDate.ofLine("Friday, 18th Sept. 2015"));
    assertEquals(date(2015, 9, 18), PublicationDate.ofLine("Published: 2015-09-18T08:00:00Z"));
    assertEquals(date(2015, 9, 18), PublicationDate.ofLine("Updated on Sep 18, 2015 at 3:45 p.m. ET"));
    assertEquals(date(2015, 9, 18), PublicationDate.ofLine("13:13 GMT, 18 September 2015"));
  }

  @Test
  void refusesSentencesAndImpossibleDates() {
    assertEquals(Optional.empty(), PublicationDate.ofLine("On September 18, 2015 Kerry met Lavrov."));
    assertEquals(Optional.empty(), PublicationDate.ofLine("February 30, 2015"));
    assertEquals(Optional.empty(), PublicationDate.ofLine("09/10/2015"));
    assertEquals(Optional.empty(), PublicationDate.ofLine("May the talks succeed"));
  }

  @Test
  void readsMachineValuesWithOffsets() {
    assertEquals(date(2015, 9, 18), PublicationDate.ofValue("2015-09-18T23:30:00+03:00"));
    assertEquals(date(2015, 9, 18), PublicationDate.ofValue("2015-09-18"));
    assertEquals(Optional.empty(), PublicationDate.ofValue("yesterday"));
    assertEquals(Optional.empty(), PublicationDate.ofValue(null));
  }
}
