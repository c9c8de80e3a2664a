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
package org.caperules.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caperules.core.internal.CapeStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The facts about one entry that the CAPE rules need: identity, type, dates, liquidation, duty
 * lines and the flags behind CAPE's exclusions (CSMS #68340863).
 *
 * <p>An {@code Entry} records what an export says, including its faults. The data faults that
 * the engine reports for review are representable rather than rejected: an entry number that
 * fails validation (kept as its normalised text, see {@link #entryNumberProblem()}), a missing
 * or unrecognised liquidation status (kept as {@link #liquidationStatusText()}), LIQUIDATED
 * without a liquidation date, an unrecognised protest status ({@link ProtestStatus#UNKNOWN}
 * with {@link #protestStatusText()}), and a {@link #protestNumber()} without a protest status. Only programming errors are rejected: a null, or an
 * entry number text that is empty or not normalised.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Entry entry = Entry.builder()
 *     .entryNumber(EntryNumber.of("MYK28000864"))
 *     .entryType(EntryType.TYPE_01)
 *     .entryDate(LocalDate.of(2025, 5, 1))
 *     .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
 *     .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("100.00")))
 *     .addDutyLines(DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("30.00")))
 *     .build();
 * entry.entryType();   // 01
 * }</pre>
 *
 * <p>An entry is data only: which lines are IEEPA is a setting of the policy applied
 * ({@code CapePolicy.ieepaHeadings()}), so the IEEPA duty is read from the assessment,
 * {@code CapeEngine.standard().evaluate(entry, asOf).ieepaDuty()} (100.00 here: only the
 * 9903.01.25 line is IEEPA).
 *
 * <p>Each optional attribute has one accessor, which returns the stored value or null when the
 * export does not give it; its builder setter takes null as "absent":
 *
 * <pre>{@code
 * entry.entryType();        // 01, or null if the export has no entry type
 * entry.liquidationDate();  // null: the entry is not liquidated
 * }</pre>
 *
 * <p>{@code toString()} prints importer numbers through {@link ImporterNumber#toString()}, so an
 * SSN is masked.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class Entry {

  Entry() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Entry}. Required: {@code entryNumberText} (or {@code entryNumber}); every
   * other attribute is optional or has a default.
   *
   * <p>Exception handling: {@code build()} throws {@code IllegalStateException} if the entry
   * number is not set, and {@code IllegalArgumentException} if its text is empty or not
   * normalised; setters throw {@code NullPointerException} for a null argument, except the
   * setters of the optional attributes (those whose accessor is {@code @Nullable}, such as
   * {@code entryType}), which take null as "absent".
   */
  public static final class Builder extends ImmutableEntry.Builder {

    Builder() {}

    /**
     * Sets the entry number text from a valid entry number.
     *
     * @param entryNumber  the entry number
     * @return this builder
     */
    public Builder entryNumber(EntryNumber entryNumber) {
      return entryNumberText(entryNumber.value());
    }

    /**
     * Sets the liquidation status from export text: the raw text is kept as
     * {@link Entry#liquidationStatusText()}, and the status is set if
     * {@link LiquidationStatus#tryParse(CharSequence)} recognises it. Blank text sets nothing (a
     * missing status).
     *
     * @param text  the status text as exported, for example {@code "Closed"}
     * @return this builder
     */
    public Builder liquidationStatusFrom(CharSequence text) {
      if (!text.toString().isBlank()) {
        liquidationStatusText(text.toString());
        LiquidationStatus.tryParse(text).ifPresent(this::liquidationStatus);
      }
      return this;
    }

    /**
     * Sets the protest status from export text with {@link ProtestStatus#parse(CharSequence)},
     * keeping non-blank text as {@link Entry#protestStatusText()}.
     *
     * @param text  the status text as exported, for example {@code "Pending"}
     * @return this builder
     */
    public Builder protestStatusFrom(CharSequence text) {
      if (!text.toString().isBlank()) {
        protestStatusText(text.toString());
      }
      return protestStatus(ProtestStatus.parse(text));
    }
  }

  /**
   * Returns the entry number as normalised text ({@link EntryNumber#normalize(CharSequence)}),
   * valid or not, for example {@code MYK28000864} or {@code ABC12345678} (bad check digit).
   *
   * @return the normalised entry number text, never empty
   */
  public abstract String entryNumberText();

  /**
   * Returns the entry number if {@link #entryNumberText()} is valid. Computed once.
   *
   * @return the entry number, or null if the text fails validation
   */
  public final @Nullable EntryNumber validEntryNumber() {
    return parsedEntryNumber().orElse(null);
  }

  /**
   * Returns what is wrong with {@link #entryNumberText()}, the sentence of
   * {@link EntryNumber#validate(CharSequence)}, for example "Entry number 'ABC12345678' has
   * check digit 8, but the CATAIR check digit of 'ABC1234567' is 6". Computed once.
   *
   * @return the problem, or null if the entry number is valid
   */
  public final @Nullable String entryNumberProblem() {
    return entryNumberValidation().orElse(null);
  }

  // The two results of validating the entry number, computed once. They are Optional, not
  // @Nullable, because a @Nullable lazy attribute makes the generated toString() print every
  // absent optional attribute as "x=null" instead of leaving it out.
  @Value.Lazy
  Optional<EntryNumber> parsedEntryNumber() {
    return EntryNumber.tryParse(entryNumberText());
  }

  @Value.Lazy
  Optional<String> entryNumberValidation() {
    return EntryNumber.validate(entryNumberText());
  }

  /**
   * Returns the importer of record number.
   *
   * @return the importer number, or null if not known
   */
  public abstract @Nullable ImporterNumber importerNumber();

  /**
   * Returns the importer's name.
   *
   * @return the name, or null if not known
   */
  public abstract @Nullable String importerName();

  /**
   * Returns the entry type.
   *
   * @return the entry type, or null if the export has no entry type
   */
  public abstract @Nullable EntryType entryType();

  /**
   * Returns the entry date (or the warehouse withdrawal date for types 31-38).
   *
   * @return the entry date, or null if not known
   */
  public abstract @Nullable LocalDate entryDate();

  /**
   * Returns the entry summary date.
   *
   * @return the entry summary date, or null if not known
   */
  public abstract @Nullable LocalDate entrySummaryDate();

  /**
   * Returns the date the duties were deposited: for an entry paid on a periodic monthly
   * statement, the statement payment date. Refund interest runs from it (19 U.S.C. 1505(c); T.D.
   * 99-75); when unknown, the forecast assumes the entry summary date and says so.
   *
   * @return the deposit date, or null if not known
   */
  public abstract @Nullable LocalDate depositDate();

  /**
   * Returns the liquidation status.
   *
   * @return the status, or null if the export has none or {@link #liquidationStatusText()} is
   *     not recognised
   */
  public abstract @Nullable LiquidationStatus liquidationStatus();

  /**
   * Returns the liquidation status text as exported, kept so that messages can quote an
   * unrecognised status, for example {@code "Pending Review"}.
   *
   * @return the raw text, or null if not recorded
   */
  public abstract @Nullable String liquidationStatusText();

  /**
   * Returns the liquidation date. It may be absent even when the status is
   * {@link LiquidationStatus#LIQUIDATED}: a data fault the engine reports.
   *
   * @return the liquidation date, or null if not known
   */
  public abstract @Nullable LocalDate liquidationDate();

  /**
   * Returns the tariff rows of the entry summary.
   *
   * @return the duty lines, possibly empty
   */
  public abstract List<DutyLine> dutyLines();

  /**
   * Tells whether the entry is flagged for reconciliation (excluded by CSMS #68340863; accepted
   * for types 01/02/06 from 2026-06-29 if no type 09 is filed, CSMS #69035485).
   *
   * @return the flag, default false
   */
  @Value.Default
  public boolean reconciliationFlagged() {
    return false;
  }

  /**
   * Tells whether a type 09 reconciliation entry has been filed covering this entry.
   *
   * @return the flag, default false
   */
  @Value.Default
  public boolean reconciliationEntryFiled() {
    return false;
  }

  /**
   * Tells whether the entry is designated on a drawback claim (excluded by CSMS #68340863).
   *
   * @return the flag, default false
   */
  @Value.Default
  public boolean drawbackDesignated() {
    return false;
  }

  /**
   * Returns the protest status.
   *
   * @return the status, default {@link ProtestStatus#NONE}
   */
  @Value.Default
  public ProtestStatus protestStatus() {
    return ProtestStatus.NONE;
  }

  /**
   * Returns the protest status text as exported, kept so that messages can quote an
   * unrecognised status.
   *
   * @return the raw text, or null if not recorded
   */
  public abstract @Nullable String protestStatusText();

  /**
   * Returns the number of a protest covering the entry (19 U.S.C. 1514), as exported, for example
   * {@code 270426100123}. A protest number without a {@link #protestStatusText()} is a data
   * fault: an open protest cannot be ruled out.
   *
   * @return the protest number, or null if the export gives none
   */
  public abstract @Nullable String protestNumber();

  /**
   * Returns where the first rows carrying this entry's number that the reader could not use
   * are, and why, for example {@code es003.csv line 103, Line Tariff Duty Amount 'FREE'}. A reader
   * keeps the first few; {@link #rejectedRowCount()} counts them all. An entry with rejected rows
   * is judged on the rows used, so its verdict is NEEDS_REVIEW and its IEEPA duty a lower bound.
   *
   * @return the descriptions, empty when every row was used (and for an entry built by hand)
   */
  public abstract List<String> rejectedRows();

  /**
   * Returns how many rows carrying this entry's number the reader could not use, at least
   * {@code rejectedRows().size()}.
   *
   * @return the count, by default {@code rejectedRows().size()}
   */
  @Value.Default
  public long rejectedRowCount() {
    return rejectedRows().size();
  }

  /**
   * Returns what the reader noticed about this entry's rows that does not by itself change the
   * verdict, each a token, a colon and a sentence: for example {@code LATER_EXPORT_USED: Liquidation
   * Status 'LIQUIDATED' of feb.csv (run 2026-02-10) used over 'UNLIQUIDATED' of jan.csv (run
   * 2026-01-10)}, when two exports of the same entry differ and their run dates tell which is
   * newer, or {@code VALUES_DIFFER: Importer Name 'ACME' (a.csv line 2) and 'Acme Inc' (b.csv line
   * 5); left blank}, for a value no verdict depends on. An assessment lists them among its
   * warnings.
   *
   * @return the warnings, empty by default (and for an entry built by hand)
   */
  public abstract List<String> sourceWarnings();

  /**
   * Returns the facts the source of this entry did not give at all (a column missing from the
   * export), so that the checks needing them could not run; an assessment reports them as
   * {@code notChecked()}. The default, for an entry built by hand, is empty: a caller that sets
   * a flag or leaves its default ({@link #drawbackDesignated()} false, for example) states the
   * fact. A caller that does not know a fact adds it here.
   *
   * @return the missing facts, empty by default
   */
  public abstract Set<EntryFact> missingFacts();

  /**
   * Tells whether Commerce has issued AD/CVD liquidation instructions and the entry is pending
   * liquidation under 19 U.S.C. 1504(d) (excluded by CSMS #68340863).
   *
   * @return the flag, default false
   */
  @Value.Default
  public boolean adCvdLiquidationInstructions() {
    return false;
  }

  /**
   * Returns the entry summary status.
   *
   * @return the status, default {@link EntrySummaryStatus#ACCEPTED}
   */
  @Value.Default
  public EntrySummaryStatus entrySummaryStatus() {
    return EntrySummaryStatus.ACCEPTED;
  }

  /**
   * Tells whether the entry was filed in ACE (entries not filed in ACE are excluded, CSMS
   * #68340863).
   *
   * @return the flag, default true
   */
  @Value.Default
  public boolean filedInAce() {
    return true;
  }

  /**
   * Tells whether the importer has its own IEEPA refund case at the Court of International Trade
   * (finally liquidated entries are refunded only for such importers under policy
   * {@code PHASE_3_LITIGANTS}).
   *
   * @return the flag, default false
   */
  @Value.Default
  public boolean citPlaintiff() {
    return false;
  }

  @Value.Check
  void check() {
    if (rejectedRowCount() < rejectedRows().size()) {
      throw new IllegalArgumentException("rejectedRowCount " + rejectedRowCount()
          + " must be at least the number of rejectedRows, " + rejectedRows().size());
    }
    String text = entryNumberText();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("entryNumberText must not be empty");
    }
    String normalised = EntryNumber.normalize(text);
    if (!normalised.equals(text)) {
      throw new IllegalArgumentException("entryNumberText must be normalised with"
          + " EntryNumber.normalize, but was '" + text + "' (normalised: '" + normalised + "')");
    }
  }
}
