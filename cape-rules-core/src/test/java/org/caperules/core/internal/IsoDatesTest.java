package org.caperules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caperules.core.internal.IsoDates.dayPrefix;
import static org.caperules.core.internal.IsoDates.monthPrefix;
import static org.caperules.core.internal.IsoDates.yearDigits;
import static org.caperules.core.internal.IsoDates.yearPrefix;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDatesTest {

  private static String spelled(LocalDate d) {
    return yearPrefix(d) + yearDigits(d) + monthPrefix(d) + d.getMonthValue() + dayPrefix(d)
        + d.getDayOfMonth();
  }

  @ParameterizedTest
  @CsvSource({
      // year, month, day, ISO text (java.time.LocalDate#toString: 4 digits at least, '+' above
      // 9999, '-' before negative years)
      "2026, 4, 24, 2026-04-24",
      "2026, 11, 5, 2026-11-05",
      "2025, 12, 31, 2025-12-31",
      "999, 1, 1, 0999-01-01",
      "10, 10, 10, 0010-10-10",
      "0, 1, 1, 0000-01-01",
      "10000, 1, 1, +10000-01-01",
      "-5, 3, 9, -0005-03-09",
      "-1000, 12, 31, -1000-12-31",
  })
  void spelled_examples_isoText(int year, int month, int day, String iso) {
    assertThat(spelled(LocalDate.of(year, month, day))).isEqualTo(iso);
  }

  /** Every day of the years where the padding or the sign changes equals toString(). */
  @Test
  void spelled_everyDayOfBoundaryYears_equalsToString() {
    int[] years = {LocalDate.MIN.getYear(), -10_000, -1000, -999, -100, -99, -10, -9, -1, 0, 1, 9,
        10, 99, 100, 999, 1000, 2026, 9999, 10_000, LocalDate.MAX.getYear()};
    int days = 0;
    for (int year : years) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        assertThat(spelled(d)).as("%s", d).isEqualTo(d.toString());
        days++;
        if (d.equals(LocalDate.MAX)) {
          break;
        }
      }
    }
    // 21 years, of which -10000, 0 and 10000 are leap years (divisible by 400; -1000, -100, 100
    // and 1000 are divisible by 100 but not 400)
    assertThat(days).isEqualTo(21 * 365 + 3);
  }

  @Test
  void spelled_seededRandomDays_equalsToString(TestReporter reporter) {
    long seed = 20261123L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    long min = LocalDate.MIN.toEpochDay();
    long max = LocalDate.MAX.toEpochDay();
    for (int i = 0; i < 100_000; i++) {
      LocalDate d = LocalDate.ofEpochDay(random.nextLong(min, max + 1));
      assertThat(spelled(d)).as("seed=%d case=%d", seed, i).isEqualTo(d.toString());
    }
  }
}
