/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.caperules.csv.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.caperules.core.EntryFact;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.result.ProblemCode;
import org.caperules.csv.es003.Es003Column;

/**
 * The entry-level columns of an ES-003 export: the values that describe an entry rather than one
 * of its duty lines (entry type, importer, dates, liquidation and protest status, flags). ACE
 * repeats them on every row of the entry, so each row's values must agree with the first ones
 * ({@link EntryConflicts}). This class says how each cell is parsed, how a value is shown in a
 * message, and which {@link ProblemCode} a cell that cannot be read gets.
 *
 * <p>Example: the {@code Importer Number} cell {@code 12-3456789A1} parses to an {@link
 * ImporterNumber}, a blank cell to {@link #BLANK}, and {@code 12345} fails with {@link
 * ProblemCode#BAD_IMPORTER_NUMBER}; an SSN is shown masked ({@code ***-**-6789}).
 *
 * <p>Value rules (parsing by {@link Es003Values} and {@link FastCells}):
 *
 * <ul>
 *   <li>{@code Liquidation Status} is kept as text ({@link
 *       org.caperules.core.Entry.Builder#liquidationStatusFrom(CharSequence)}); a blank status
 *       with a {@code Liquidation Date} means LIQUIDATED; a blank status and no date leave the
 *       status unknown ({@code UNKNOWN_LIQUIDATION_STATUS}), never assumed unliquidated;
 *   <li>{@code Protest Status}: blank, NONE, DENIED, ALLOWED, APPROVED, CLOSED, WITHDRAWN = no
 *       open protest; OPEN, PENDING, FILED, SUSPENDED = open; other text = {@code UNKNOWN}
 *       ({@link org.caperules.core.Entry.Builder#protestStatusFrom(CharSequence)});
 *   <li>indicators Y/YES/TRUE/1 and N/NO/FALSE/0, blank = N ({@code Reconciliation Indicator},
 *       {@code Reconciliation Entry Filed}, {@code Drawback Indicator}, {@code AD/CVD
 *       Liquidation Instructions}, {@code CIT Plaintiff}); {@code Filed In ACE} blank or absent =
 *       Y;
 *   <li>{@code Entry Summary Status} ACCEPTED (or blank), CANCELLED, REJECTED; other text is a
 *       problem;
 *   <li>{@code Importer Number} in any of CBP's three forms ({@link
 *       ImporterNumber#parse(CharSequence)}); a value that is none is a problem whose text masks
 *       what could be an SSN;
 *   <li>{@code Protest Number} is kept as text ({@link
 *       org.caperules.core.Entry#protestNumber()}): a number with a blank {@code Protest Status}
 *       is {@code UNKNOWN_PROTEST_STATUS};
 *   <li>{@code Port of Entry Code}, {@code Country of Origin Code}, goods values and the other
 *       columns are not used.
 * </ul>
 *
 * <p>Columns are addressed by their index in {@link #count()} order, constants {@link #TYPE} to
 * {@link #PROTEST_NUMBER}, so a row's values fit in a small array.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EntryColumns {

  private static final Es003Column[] COLUMNS = {
      Es003Column.ENTRY_TYPE_CODE, Es003Column.IMPORTER_NUMBER, Es003Column.IMPORTER_NAME,
      Es003Column.ENTRY_DATE, Es003Column.ENTRY_SUMMARY_DATE, Es003Column.LIQUIDATION_STATUS,
      Es003Column.LIQUIDATION_DATE, Es003Column.RECONCILIATION_INDICATOR,
      Es003Column.PROTEST_STATUS, Es003Column.RECONCILIATION_ENTRY_FILED,
      Es003Column.DRAWBACK_INDICATOR, Es003Column.ADCVD_LIQUIDATION_INSTRUCTIONS,
      Es003Column.ENTRY_SUMMARY_STATUS, Es003Column.FILED_IN_ACE, Es003Column.CIT_PLAINTIFF,
      Es003Column.PROTEST_NUMBER, Es003Column.DEPOSIT_DATE};

  static final int TYPE = 0;
  static final int IMPORTER = 1;
  static final int NAME = 2;
  static final int ENTRY_DATE = 3;
  static final int SUMMARY_DATE = 4;
  static final int LIQ_STATUS = 5;
  static final int LIQ_DATE = 6;
  static final int RECON = 7;
  static final int PROTEST = 8;
  static final int RECON_FILED = 9;
  static final int DRAWBACK = 10;
  static final int ADCVD = 11;
  static final int SUMMARY_STATUS = 12;
  static final int FILED_IN_ACE = 13;
  static final int CIT = 14;
  static final int PROTEST_NUMBER = 15;
  static final int DEPOSIT_DATE = 16;

  /** The value of a blank cell in a present column. */
  static final Object BLANK = new Object() {
    @Override
    public String toString() {
      return "(blank)";
    }
  };

  private static final CapeDeadlines DEADLINES = CapeDeadlines.standard();

  private EntryColumns() {}

  /** The number of entry-level columns. */
  static int count() {
    return COLUMNS.length;
  }

  /** The column of index {@code i}. */
  static Es003Column column(int i) {
    return COLUMNS[i];
  }

  /** The facts a file gives no column for ({@link Es003Column#columnsFor(EntryFact)}). */
  static Set<EntryFact> missingFacts(Es003Header header) {
    Set<EntryFact> missing = EnumSet.noneOf(EntryFact.class);
    for (EntryFact fact : EntryFact.values()) {
      if (Es003Column.columnsFor(fact).stream()
          .noneMatch(column -> header.index(column).isPresent())) {
        missing.add(fact);
      }
    }
    return missing;
  }

  /** The code of a problem with a cell of column {@code i} that cannot be parsed. */
  static ProblemCode codeOf(int i) {
    return switch (i) {
      case TYPE -> ProblemCode.BAD_ENTRY_TYPE;
      case IMPORTER -> ProblemCode.BAD_IMPORTER_NUMBER;
      case ENTRY_DATE, SUMMARY_DATE, LIQ_DATE, DEPOSIT_DATE -> ProblemCode.BAD_DATE;
      case SUMMARY_STATUS -> ProblemCode.BAD_ENTRY_SUMMARY_STATUS;
      default -> ProblemCode.BAD_INDICATOR;  // names and statuses never fail
    };
  }

  /** The text of a value for messages: an SSN masked, anything else as the user wrote it. */
  static String shown(int i, Object value, String cell) {
    return i == IMPORTER && value instanceof ImporterNumber importer
        ? importer.masked() : cell.strip();
  }

  /** Parses the cell of column {@code i}; blank gives {@link #BLANK} where allowed. */
  static Object parse(int i, String cell) {
    return switch (i) {
      case TYPE -> Texts.isBlank(cell) ? BLANK : EntryType.parse(cell);
      case IMPORTER -> Texts.isBlank(cell) ? BLANK : ImporterNumber.parse(cell);
      case NAME, PROTEST_NUMBER -> cell.strip();
      case ENTRY_DATE, SUMMARY_DATE, DEPOSIT_DATE ->
          Texts.isBlank(cell) ? BLANK : FastCells.date(cell);
      case LIQ_DATE -> Texts.isBlank(cell) ? BLANK : liquidationDate(cell);
      case LIQ_STATUS -> Texts.isBlank(cell) ? BLANK : LiquidationStatus.tryParse(cell)
          .<Object>map(s -> s).orElse("?" + cell.strip().toUpperCase(Locale.ROOT));
      case PROTEST -> {
        ProtestStatus status = ProtestStatus.parse(cell);
        yield status == ProtestStatus.UNKNOWN ? "?" + cell.strip().toUpperCase(Locale.ROOT)
            : status;
      }
      case SUMMARY_STATUS -> EntrySummaryStatus.tryParse(cell).orElseThrow(() ->
          new IllegalArgumentException("Entry summary status must be ACCEPTED (or blank),"
              + " CANCELLED or REJECTED, but was: " + Texts.quote(cell.strip())));
      case FILED_IN_ACE -> Es003Values.parseFiledInAce(cell);
      default -> Es003Values.parseIndicator(cell);
    };
  }

  /**
   * Parses a liquidation date and checks that its deadlines can be computed: the protest last day
   * is rolled over the US federal holiday calendar, which covers 2020-2040 only, so a date whose
   * deadlines fall outside it is a problem of its row rather than a failure of the whole
   * screening.
   */
  private static LocalDate liquidationDate(String cell) {
    LocalDate date = FastCells.date(cell);
    try {
      DEADLINES.protestLastDayInclusive(date);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Liquidation date " + date + " is outside the dates whose"
          + " CAPE and protest deadlines can be computed: " + ex.getMessage(), ex);
    }
    return date;
  }
}
