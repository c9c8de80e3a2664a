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
package org.caperules.csv.report;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.ImporterLabels;
import org.caperules.core.ImporterNumber;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.forecast.RefundForecast;
import org.caperules.core.forecast.RefundForecaster;
import org.caperules.core.internal.MoneyTexts;
import org.caperules.core.screening.ScreenedEntry;
import org.caperules.csv.es003.ReadAhead;
import org.caperules.csv.internal.CsvOutput;
import org.jspecify.annotations.Nullable;

/**
 * Writes the screening report: one CSV row per {@link Assessment}, in the order given. The header is {@link #HEADER}: {@code Entry Number, Importer Number, Entry Type,
 * Verdict, Reasons, Liquidation Date, CAPE Last Day, Protest Last Day, IEEPA Duty, Next Action},
 * then {@code Policy, Warnings, Not Checked, At Risk}, then the refund forecast columns
 * {@link #FORECAST_COLUMNS} ({@code Estimated Interest, Expected Liquidation, Expected Payment
 * From, Expected Payment To, Rate Class, Forecast Flags}) unless {@link Builder#withoutForecast()}
 * leaves them out. {@code Rate Class} is the IRC 6621 class the interest is computed at
 * ({@code CORPORATE} or {@code NON_CORPORATE}); {@code Forecast Flags} lists, sorted and joined by
 * {@code ;}, {@code DEPOSIT_DATE_ASSUMED}, {@code PROJECTED_LIQUIDATION} and
 * {@code UNCONFIRMED_RATE} where they apply (see {@code ForecastFlag}).
 *
 * <p>Forecast cells come from a {@link RefundForecaster} (by default
 * {@link RefundForecaster#standard()}), or, when writing {@link ScreenedEntry screened entries}
 * ({@link #writeScreened(Path, Iterable)}), from the forecast each already carries, so an entry
 * is never forecast twice: the interest under 19 U.S.C. 1505(c) to the expected
 * (re)liquidation date, that date, and the expected payment window. They are empty for entries
 * with no refund (NOT_ELIGIBLE, NEEDS_REVIEW), and the interest cell is empty when it cannot be
 * known (for example a date beyond the rate table); an interest figure that uses an unconfirmed
 * quarterly rate is still written, flagged {@code UNCONFIRMED_RATE}. Example forecast cells for
 * an ELIGIBLE unliquidated entry with IEEPA duty 10000.00, entry summary 2026-03-10 and no deposit
 * date, screened as of 2026-05-04: {@code 144.03,2026-06-18,2026-07-03,2026-08-02,CORPORATE,
 * DEPOSIT_DATE_ASSUMED}.
 *
 * <p>Cells: the entry number as assessed (normalised, possibly invalid); the importer number
 * (see below); the 2-digit entry type; the verdict's name; the reason codes sorted and joined by
 * {@code ;} ({@link Assessment#reasonsText()}); dates as ISO {@code YYYY-MM-DD}; the IEEPA duty
 * and the estimated interest with exactly two decimals ({@code 0.00}, {@code 1000.00}, {@code
 * -12.00}; an unknown interest is an empty cell, never {@code 0}); the next action's sentence; the policy id;
 * the warnings joined by {@code " | "}; {@code Y} or {@code N} for at risk. An unknown value is an
 * empty cell. Example row: {@code ABC12345676,12-3456789A1,01,ELIGIBLE,,2026-04-24,2026-07-13,
 * 2026-10-21,1000.00,Declare in CAPE by 2026-07-13 ...,PHASE_1_RECON,,N}.
 *
 * <p>Every cell is made spreadsheet-safe (a leading apostrophe), so a spreadsheet never runs a
 * cell as a formula (a plain number such as {@code -12.00} stays). Lines end in CRLF; UTF-8
 * without a byte order mark. The file is written atomically (a temporary file, then a move), as
 * a stream: the assessments are taken one at a time from the {@link Iterable} (for example
 * {@code stream::iterator}), so 2,000,000 of them need not be held. The same assessments always
 * give byte-identical files.
 *
 * <p>Importer numbers: the report is the user's own data, but a social security number used as
 * an importer number is masked by default ({@code ***-**-6789}), since a report file travels
 * further than its owner expects; {@link Builder#unmaskedImporterNumbers(boolean)} writes it in
 * full. IRS and CBP-assigned numbers are always written as they are.
 *
 * <p>Exception handling: {@link #write(Path, Iterable)} throws {@link UncheckedIOException} when
 * the file cannot be written; the target is then untouched.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScreeningReportWriter {

  /** The columns of the report, in order: the ten of the screening, then three more. */
  public static final List<String> HEADER = List.of("Entry Number", "Importer Number",
      "Entry Type", "Verdict", "Reasons", "Liquidation Date", "CAPE Last Day", "Protest Last Day",
      "IEEPA Duty", "Next Action", "Policy", "Warnings", "Not Checked", "At Risk");

  /** The refund forecast columns, written after {@link #HEADER} unless left out. */
  public static final List<String> FORECAST_COLUMNS = List.of("Estimated Interest",
      "Expected Liquidation", "Expected Payment From", "Expected Payment To", "Rate Class",
      "Forecast Flags");

  /**
   * The claim status column, written last and only by a writer given a claim status source
   * ({@link Builder#claimStatus(Function)}): what a claim ledger knows of the entry, for example
   * {@code ACCEPTED}, {@code FAILED: PROTEST ON ENTRY}, {@code DECLARED 2026-07-13} or blank.
   */
  public static final String CLAIM_STATUS_COLUMN = "Claim Status";

  private final boolean unmaskedImporterNumbers;
  private final ImporterLabels labels;
  private final @Nullable RefundForecaster forecaster;
  private final @Nullable Function<? super Assessment, String> claimStatus;
  private final List<String> header;

  private ScreeningReportWriter(Builder builder) {
    this.unmaskedImporterNumbers = builder.unmaskedImporterNumbers;
    this.labels = builder.labels;
    this.forecaster = builder.forecaster;
    List<String> columns = new ArrayList<>(HEADER);
    if (forecaster != null) {
      columns.addAll(FORECAST_COLUMNS);
    }
    this.claimStatus = builder.claimStatus;
    if (claimStatus != null) {
      columns.add(CLAIM_STATUS_COLUMN);
    }
    this.header = List.copyOf(columns);
  }

  /**
   * Returns the header this writer writes: {@link #HEADER}, then {@link #FORECAST_COLUMNS} when
   * forecasting, then {@link #CLAIM_STATUS_COLUMN} when given a claim status source.
   *
   * @return the column names, in order
   */
  public List<String> header() {
    return header;
  }

  /**
   * Starts a writer with the defaults (SSN importer numbers masked).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the report, replacing {@code file} atomically.
   *
   * @param file  the report file; its directory is created if missing
   * @param assessments  the assessments, iterated once
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written
   */
  public long write(Path file, Iterable<Assessment> assessments) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(assessments, "assessments");
    return CsvOutput.write(file, "screening report", header, assessments, this::cells);
  }

  /**
   * Writes the report from a stream, replacing {@code file} atomically: the assessments are
   * taken in the stream's encounter order, one at a time, so a stream over millions of entries
   * (for example {@code entries.stream().map(e -> engine.evaluate(e, asOf))} over a {@link
   * ReadAhead}) is never held. The stream is consumed.
   *
   * @param file  the report file; its directory is created if missing
   * @param assessments  the assessments, consumed
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written
   */
  @SuppressWarnings("StreamToIterable")  // the one-shot Iterable is iterated exactly once here
  public long write(Path file, Stream<Assessment> assessments) {
    Objects.requireNonNull(assessments, "assessments");
    return write(file, assessments::iterator);
  }

  /**
   * Writes the report from entries already screened, replacing {@code file} atomically: the
   * forecast columns come from each entry's own forecast, not from this writer's forecaster. The
   * entries are taken one at a time, so a lazy {@link Iterable} over millions of them (for
   * example {@code () -> screener.screening(entries, sink)}) is never held. The bytes are those
   * {@link #write(Path, Iterable)} writes for the same assessments when the forecasts are made
   * with this writer's forecaster.
   *
   * @param file  the report file; its directory is created if missing
   * @param screened  the screened entries, iterated once
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written
   */
  public long writeScreened(Path file, Iterable<ScreenedEntry> screened) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(screened, "screened");
    return CsvOutput.write(file, "screening report", header, screened,
        entry -> cells(entry.assessment(), entry.forecast()));
  }

  /**
   * Returns the cells of one report row, before spreadsheet neutralisation; the forecast
   * columns, if this writer has them, come from this writer's forecaster.
   *
   * @param assessment  the assessment
   * @return the cells, in {@link #header()} order
   */
  public List<String> cells(Assessment assessment) {
    RefundForecaster forecasting = forecaster;
    return cells(assessment, forecasting == null ? null : forecasting.forecast(assessment));
  }

  /**
   * Returns the cells of one report row from an assessment and the forecast already made from
   * it, before spreadsheet neutralisation. The forecast is left out when this writer has no
   * forecast columns ({@link Builder#withoutForecast()}).
   *
   * @param assessment  the assessment
   * @param forecast  the refund forecast of the assessment, or {@code null} for none (allowed
   *     only without forecast columns)
   * @return the cells, in {@link #header()} order
   * @throws NullPointerException if the forecast is null but this writer has forecast columns
   */
  public List<String> cells(Assessment assessment, @Nullable RefundForecast forecast) {
    Entry entry = assessment.entry();
    ImporterNumber importer = entry.importerNumber();
    EntryType type = entry.entryType();
    LocalDate liquidated = entry.liquidationDate();
    List<String> base = List.of(
        assessment.entryNumberText(),
        importer == null ? "" : importer(importer),
        type == null ? "" : type.code(),
        assessment.verdict().name(),
        assessment.reasonsText(),
        liquidated == null ? "" : liquidated.toString(),
        date(assessment.deadlines().capeLastDay()),
        date(assessment.deadlines().protestLastDay()),
        MoneyTexts.plain(assessment.ieepaDuty()),
        assessment.nextAction().text(),
        assessment.policyId(),
        String.join(" | ", assessment.warnings()),
        assessment.notCheckedText(),
        assessment.isAtRisk() ? "Y" : "N");
    Function<? super Assessment, String> status = claimStatus;
    if (forecaster == null && status == null) {
      return base;
    }
    List<String> cells = new ArrayList<>(base.size() + FORECAST_COLUMNS.size() + 1);
    cells.addAll(base);
    if (forecaster != null) {
      Objects.requireNonNull(forecast, "forecast");
      cells.add(MoneyTexts.plainOrBlank(forecast.estimatedInterest()));
      cells.add(date(forecast.expectedLiquidation()));
      cells.add(date(forecast.expectedPaymentFrom()));
      cells.add(date(forecast.expectedPaymentTo()));
      cells.add(forecast.rateClass().map(Enum::name).orElse(""));
      cells.add(forecast.flagsText());
    }
    if (status != null) {
      cells.add(status.apply(assessment));
    }
    return cells;
  }

  private String importer(ImporterNumber number) {
    return unmaskedImporterNumbers ? number.value() : labels.label(number);
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }

  /**
   * Returns the settings, for example {@code ScreeningReportWriter[SSNs masked]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScreeningReportWriter[" + (unmaskedImporterNumbers ? "SSNs unmasked" : "SSNs masked")
        + (forecaster == null ? ", no forecast" : ", forecast") + "]";
  }

  /** Builds a {@link ScreeningReportWriter}. Not thread-safe. */
  public static final class Builder {
    private boolean unmaskedImporterNumbers;
    private ImporterLabels labels = ImporterLabels.unkeyed();
    private @Nullable RefundForecaster forecaster = RefundForecaster.standard();
    private @Nullable Function<? super Assessment, String> claimStatus;

    private Builder() {}

    /**
     * Adds the {@link #CLAIM_STATUS_COLUMN} as the last column, its cell given by a claim
     * ledger; default none (the column is not written).
     *
     * @param claimStatus  gives the cell of an assessment, for example {@code ACCEPTED} or
     *     {@code ""}; must not return null
     * @return this builder
     */
    public Builder claimStatus(Function<? super Assessment, String> claimStatus) {
      this.claimStatus = Objects.requireNonNull(claimStatus, "claimStatus");
      return this;
    }

    /**
     * Sets the forecaster of the forecast columns; default {@link RefundForecaster#standard()}.
     *
     * @param forecaster  the forecaster, with its settings (acceptance lag, rate class, ...)
     * @return this builder
     */
    public Builder forecaster(RefundForecaster forecaster) {
      this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
      return this;
    }

    /**
     * Leaves the forecast columns out, for a report of the screening alone (and a faster one:
     * the interest is not computed).
     *
     * @return this builder
     */
    public Builder withoutForecast() {
      this.forecaster = null;
      return this;
    }

    /**
     * Sets whether importer numbers that are social security numbers are written in full;
     * default false ({@code ***-**-6789}). IRS and CBP-assigned numbers are always written in
     * full.
     *
     * @param unmasked  true to write SSNs in full
     * @return this builder
     */
    public Builder unmaskedImporterNumbers(boolean unmasked) {
      this.unmaskedImporterNumbers = unmasked;
      return this;
    }

    /**
     * Sets how masked SSN-form importers are named; default {@link ImporterLabels#unkeyed()}
     * ({@code ***-**-6789}); keyed labels ({@code ssn-6789-3f9a61c2}) tell two importers apart
     * and match {@code payments.csv} and the declaration manifest.
     *
     * @param labels  the labels
     * @return this builder
     */
    public Builder labels(ImporterLabels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public ScreeningReportWriter build() {
      return new ScreeningReportWriter(this);
    }
  }
}
