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
package org.caperules.es003.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.caperules.core.EntryFact;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.result.ProblemCode;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The entry-level columns of an ES-003 export: the values that describe an entry rather than one
 * of its duty lines (entry type, importer, dates, liquidation and protest status, flags). ACE
 * repeats them on every row of the entry, so each row's values must agree with the first ones
 * ({@link EntryConflicts}). This class says how each cell is parsed, how a value is shown in a
 * message, and which {@link ProblemCode} a cell that cannot be read gets.
 *
 * <p>Example: the {@code Importer Number} cell {@code 12-3456789A1} parses to an {@link
 * ImporterNumber}, a blank cell to {@link Blank#BLANK}, and {@code 12345} fails with {@link
 * ProblemCode#BAD_IMPORTER_NUMBER}; an SSN is shown masked ({@code ***-**-6789}).
 *
 * <p>Value rules (parsing by {@link CellValues}):
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
 *       ImporterNumber#parse(CharSequence)}), or a broker's print of an IRS number with its
 *       suffix ({@code 123456789-00}, {@code 12345678900}; {@code PrintedCodes}); a value that
 *       is none, or a bare 9-digit number, is a problem (a warning: the row is used, the entry's
 *       importer stays unknown) whose text masks
 *       what could be an SSN;
 *   <li>{@code Protest Number} is kept as text ({@link
 *       org.caperules.core.Entry#protestNumber()}): a number with a blank {@code Protest Status}
 *       is {@code UNKNOWN_PROTEST_STATUS};
 *   <li>{@code Port of Entry Code}, {@code Country of Origin Code}, goods values and the other
 *       columns are not used.
 * </ul>
 *
 * <p>A row's values are held in enum maps by field. A blank cell of a
 * present column is {@link Blank#BLANK}; a status the library does not know is an {@link
 * UnknownStatus}.
 *
 * <p>This class is immutable and thread-safe.
 */
enum EntryField {
  /** {@code Entry Type Code}. */
  TYPE(Es003Column.ENTRY_TYPE_CODE, ProblemCode.BAD_ENTRY_TYPE),
  /** {@code Importer Number}. */
  IMPORTER(Es003Column.IMPORTER_NUMBER, ProblemCode.BAD_IMPORTER_NUMBER),
  /** {@code Importer Name}. */
  NAME(Es003Column.IMPORTER_NAME, ProblemCode.BAD_INDICATOR),
  /** {@code Entry Date}. */
  ENTRY_DATE(Es003Column.ENTRY_DATE, ProblemCode.BAD_DATE),
  /** {@code Entry Summary Date}. */
  SUMMARY_DATE(Es003Column.ENTRY_SUMMARY_DATE, ProblemCode.BAD_DATE),
  /** {@code Liquidation Status}. */
  LIQ_STATUS(Es003Column.LIQUIDATION_STATUS, ProblemCode.BAD_INDICATOR),
  /** {@code Liquidation Date}. */
  LIQ_DATE(Es003Column.LIQUIDATION_DATE, ProblemCode.BAD_DATE),
  /** {@code Reconciliation Indicator}. */
  RECON(Es003Column.RECONCILIATION_INDICATOR, ProblemCode.BAD_INDICATOR),
  /** {@code Protest Status}. */
  PROTEST(Es003Column.PROTEST_STATUS, ProblemCode.BAD_INDICATOR),
  /** {@code Reconciliation Entry Filed}. */
  RECON_FILED(Es003Column.RECONCILIATION_ENTRY_FILED, ProblemCode.BAD_INDICATOR),
  /** {@code Drawback Indicator}. */
  DRAWBACK(Es003Column.DRAWBACK_INDICATOR, ProblemCode.BAD_INDICATOR),
  /** {@code AD/CVD Liquidation Instructions}. */
  ADCVD(Es003Column.ADCVD_LIQUIDATION_INSTRUCTIONS, ProblemCode.BAD_INDICATOR),
  /** {@code Entry Summary Status}. */
  SUMMARY_STATUS(Es003Column.ENTRY_SUMMARY_STATUS, ProblemCode.BAD_ENTRY_SUMMARY_STATUS),
  /** {@code Filed In ACE}. */
  FILED_IN_ACE(Es003Column.FILED_IN_ACE, ProblemCode.BAD_INDICATOR),
  /** {@code CIT Plaintiff}. */
  CIT(Es003Column.CIT_PLAINTIFF, ProblemCode.BAD_INDICATOR),
  /** {@code Protest Number}. */
  PROTEST_NUMBER(Es003Column.PROTEST_NUMBER, ProblemCode.BAD_INDICATOR),
  /** {@code Deposit Date}: the statement payment date, where refund interest starts. */
  DEPOSIT_DATE(Es003Column.DEPOSIT_DATE, ProblemCode.BAD_DATE),
  /** {@code Reconciliation (Other) Entry Summary Number}: the type 09 filed, if not blank. */
  RECON_OTHER_NUMBER(Es003Column.RECONCILIATION_OTHER_ENTRY_SUMMARY_NUMBER,
      ProblemCode.BAD_INDICATOR);

  /** The value of a blank cell in a present column. */
  enum Blank {
    /** The one blank value. */
    BLANK;

    @Override
    public String toString() {
      return "(blank)";
    }
  }

  /**
   * A liquidation or protest status the library does not know, kept by its text (upper case,
   * trimmed), so that two rows giving the same unknown status agree.
   *
   * @param text  the status text
   */
  record UnknownStatus(String text) {}

  /** The fields, in order, shared: {@code values()} makes a copy each call. */
  static final EntryField[] ALL = values();

  private final Es003Column column;
  private final ProblemCode code;

  EntryField(Es003Column column, ProblemCode code) {
    this.column = column;
    this.code = code;
  }

  private static final CapeDeadlines DEADLINES = CapeDeadlines.standard();

  /** The column of this field. */
  Es003Column column() {
    return column;
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

  /**
   * Tells whether a verdict, a deadline or a grouping depends on this field, so that rows which
   * disagree on it are a conflict ({@link EntryConflicts}); the importer's name and the deposit
   * date (where refund interest starts, an estimate) are not.
   */
  boolean deciding() {
    return this != NAME && this != DEPOSIT_DATE;
  }

  /** The fact this field gives, for a check that cannot run when it is unknown; null if none. */
  @Nullable EntryFact fact() {
    return switch (this) {
      case TYPE -> EntryFact.ENTRY_TYPE;
      case RECON -> EntryFact.RECONCILIATION_FLAG;
      case RECON_FILED, RECON_OTHER_NUMBER -> EntryFact.RECONCILIATION_ENTRY_FILED;
      case DRAWBACK -> EntryFact.DRAWBACK_DESIGNATION;
      case PROTEST, PROTEST_NUMBER -> EntryFact.PROTEST;
      case ADCVD -> EntryFact.ADCVD_INSTRUCTIONS;
      case SUMMARY_STATUS -> EntryFact.ENTRY_SUMMARY_STATUS;
      case FILED_IN_ACE -> EntryFact.FILED_IN_ACE;
      default -> null;
    };
  }

  /** The code of a problem with a cell of this field that cannot be parsed. */
  ProblemCode code() {
    return code;  // names and statuses never fail
  }

  /** The text of a value for messages: an SSN masked, anything else as the user wrote it. */
  String shown(Object value, String cell) {
    return this == IMPORTER && value instanceof ImporterNumber importer
        ? importer.masked() : cell.strip();
  }

  /** Parses a cell of this field; blank gives {@link Blank#BLANK} where allowed. */
  Object parse(String cell) {
    return switch (this) {
      case TYPE -> Texts.isBlank(cell) ? Blank.BLANK : PrintedCodes.parseEntryType(cell);
      case IMPORTER -> Texts.isBlank(cell) ? Blank.BLANK : PrintedCodes.parseImporterNumber(cell);
      case NAME, PROTEST_NUMBER, RECON_OTHER_NUMBER -> cell.strip();
      case ENTRY_DATE, SUMMARY_DATE, DEPOSIT_DATE ->
          Texts.isBlank(cell) ? Blank.BLANK : CellValues.date(cell);
      case LIQ_DATE -> Texts.isBlank(cell) ? Blank.BLANK : liquidationDate(cell);
      case LIQ_STATUS -> Texts.isBlank(cell) ? Blank.BLANK : LiquidationStatus.tryParse(cell)
          .<Object>map(s -> s).orElseGet(() -> unknown(cell));
      case PROTEST -> {
        ProtestStatus status = ProtestStatus.parse(cell);
        yield status == ProtestStatus.UNKNOWN ? unknown(cell) : status;
      }
      case SUMMARY_STATUS -> EntrySummaryStatus.tryParse(cell).orElseThrow(() ->
          new IllegalArgumentException("Entry summary status must be ACCEPTED (or blank),"
              + " CANCELLED or REJECTED, but was: " + Texts.quote(cell.strip())));
      case FILED_IN_ACE -> CellValues.parseFiledInAce(cell);
      default -> CellValues.parseIndicator(cell);
    };
  }

  private static UnknownStatus unknown(String cell) {
    return new UnknownStatus(cell.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Parses a liquidation date and checks that its deadlines can be computed: the protest last day
   * is rolled over the US federal holiday calendar, which covers 2020-2040 only, so a date whose
   * deadlines fall outside it is a problem of its row rather than a failure of the whole
   * screening.
   */
  private static LocalDate liquidationDate(String cell) {
    LocalDate date = CellValues.date(cell);
    try {
      DEADLINES.protestLastDayInclusive(date);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Liquidation date " + date + " is outside the dates whose"
          + " CAPE and protest deadlines can be computed: " + ex.getMessage(), ex);
    }
    return date;
  }
}
