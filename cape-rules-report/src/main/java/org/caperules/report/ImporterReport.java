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
package org.caperules.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.report.figures.ImporterFigures;
import org.caperules.report.figures.ReportFigures;
import org.caperules.report.html.ImporterPage;
import org.caperules.report.html.IndexPage;
import org.caperules.report.html.PageFileNames;
import org.caperules.report.input.ExpectedPaymentRow;
import org.caperules.report.input.ReadinessRow;
import org.caperules.report.input.ReportEntry;
import org.caperules.report.input.ReportFiles;
import org.caperules.report.input.ScreeningReport;
import org.caperules.report.internal.AtomicPages;
import org.jspecify.annotations.Nullable;

/**
 * Writes a page per importer from the outputs of a screening, as {@code cape-rules report}
 * does: reads the screening report (and, when given, {@code payments.csv} and
 * {@code readiness.csv}) by column name, computes each importer's figures and writes
 * {@code DIR/index.html} and one {@code DIR/<importer>.html} per importer
 * ({@link PageFileNames}). The pages are self-contained (inline CSS and SVG, no script, nothing
 * fetched), printable, and the same inputs always give the same bytes: the library never reads
 * the clock, the as-of date is given.
 *
 * <pre>{@code
 * ReportOutcome outcome = ImporterReport.builder()
 *     .asOf(LocalDate.of(2026, 7, 13))
 *     .screeningReport(Path.of("cape-out/screening-report.csv"))
 *     .payments(Path.of("cape-out/payments.csv"))
 *     .output(Path.of("pages"))
 *     .build()
 *     .write();
 * }</pre>
 *
 * <p>Each page is published atomically (written to a temporary file beside it, then moved);
 * the importer pages first and the index last, so the index never links to a missing page.
 * Files of earlier runs that this run does not write are left alone. Pages are created
 * readable and writable by their owner only, as the project's other outputs: they name
 * importers and refund amounts.
 *
 * <p>Exception handling: {@link #write()} throws {@link ReportInputException} when an input
 * cannot be used at all and {@link UncheckedIOException} when a page cannot be written. A bad
 * row is left out and reported in {@link ReportOutcome#problems()} and on the index page.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImporterReport {

  private final LocalDate asOf;
  private final Path screeningReport;
  private final @Nullable Path payments;
  private final @Nullable Path readiness;
  private final Path output;
  private final int atRiskDays;
  private final @Nullable Map<String, String> claimStatuses;

  private ImporterReport(Builder builder) {
    this.asOf = Objects.requireNonNull(builder.asOf, "asOf");
    this.screeningReport = Objects.requireNonNull(builder.screeningReport, "screeningReport");
    this.output = Objects.requireNonNull(builder.output, "output");
    this.payments = builder.payments;
    this.readiness = builder.readiness;
    Map<String, String> claims = builder.claimStatuses;
    this.claimStatuses = claims == null ? null : Map.copyOf(claims);
    Integer days = builder.atRiskDays;
    this.atRiskDays = days != null ? days
        : CapePolicies.standard().inForceOn(asOf).settings().atRiskDays();
  }

  /**
   * Starts a report.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the inputs and computes the figures, without writing anything.
   *
   * @return the figures, with the problems of the rows left out
   * @throws ReportInputException if an input cannot be used
   */
  public ValueWithProblems<ReportFigures> figures() {
    List<Problem> problems = new ArrayList<>();
    ValueWithProblems<ScreeningReport> report = ReportFiles.readScreeningReport(screeningReport);
    problems.addAll(report.problems());
    ScreeningReport screened = withClaims(report.value());
    List<ExpectedPaymentRow> paid = null;
    Path paymentsFile = payments;
    if (paymentsFile != null) {
      ValueWithProblems<List<ExpectedPaymentRow>> read = ReportFiles.readPayments(paymentsFile);
      problems.addAll(read.problems());
      paid = read.value();
    }
    List<ReadinessRow> ready = null;
    Path readinessFile = readiness;
    if (readinessFile != null) {
      ValueWithProblems<List<ReadinessRow>> read = ReportFiles.readReadiness(readinessFile);
      problems.addAll(read.problems());
      ready = read.value();
    }
    return ValueWithProblems.of(
        ReportFigures.of(asOf, atRiskDays, screened, paid, ready), problems);
  }

  /**
   * The screening report with the claim statuses given ({@link Builder#claimStatuses(Map)}) in
   * the entries whose {@code Claim Status} cell is blank or absent.
   */
  private ScreeningReport withClaims(ScreeningReport report) {
    Map<String, String> claims = claimStatuses;
    if (claims == null) {
      return report;
    }
    List<ReportEntry> entries = new ArrayList<>(report.entries().size());
    for (ReportEntry entry : report.entries()) {
      String cell = entry.claimStatus();
      String known = claims.get(entry.entryNumber());
      entries.add(known != null && (cell == null || cell.isBlank())
          ? entry.withClaimStatus(known) : entry);
    }
    return new ScreeningReport(entries, true);
  }

  /**
   * Reads the inputs and writes the pages.
   *
   * @return what was written, with the problems of the rows left out
   * @throws ReportInputException if an input cannot be used
   * @throws UncheckedIOException if the output directory or a page cannot be written
   */
  public ReportOutcome write() {
    ValueWithProblems<ReportFigures> read = figures();
    ReportFigures figures = read.value();
    List<String> labels = new ArrayList<>();
    for (ImporterFigures importer : figures.importers()) {
      labels.add(importer.importer());
    }
    Map<String, String> names = PageFileNames.assign(labels);
    try {
      Files.createDirectories(output);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot create the output directory " + output + ": "
          + ex.getMessage(), ex);
    }
    List<Path> pages = new ArrayList<>();
    for (ImporterFigures importer : figures.importers()) {
      Path page = output.resolve(Objects.requireNonNull(names.get(importer.importer())));
      AtomicPages.write(page, ImporterPage.render(figures, importer));
      pages.add(page);
    }
    Path index = output.resolve("index.html");
    AtomicPages.write(index, IndexPage.render(figures, names, read.problems()));
    return new ReportOutcome(index, pages, figures, read.problems());
  }

  /**
   * Returns the settings, for example {@code ImporterReport[as of 2026-07-13, at risk 7 days,
   * out pages]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ImporterReport[as of " + asOf + ", at risk " + atRiskDays + " days, out " + output
        + "]";
  }

  /** Builds an {@link ImporterReport}. Not thread-safe. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private @Nullable Path screeningReport;
    private @Nullable Path payments;
    private @Nullable Path readiness;
    private @Nullable Path output;
    private @Nullable Integer atRiskDays;
    private @Nullable Map<String, String> claimStatuses;

    private Builder() {}

    /**
     * Sets the claim status of entries, by entry number, as a claim ledger knows them (the
     * values of the screening report's {@code Claim Status} column: {@code ACCEPTED}, {@code
     * FAILED: <error>}, {@code DECLARED <date>}, and {@code PAID} or {@code REJECTED_ACH} once a
     * refund report matched the entry's payment); used for the entries whose report cell is
     * blank or absent, so that a report screened without a ledger still shows the claims. With
     * them, the pages have a Claims section. Example: {@code Map.of("SMP10000001", "ACCEPTED")}.
     *
     * @param byEntryNumber  the statuses, keyed by the entry number as the report writes it
     * @return this builder
     */
    public Builder claimStatuses(Map<String, String> byEntryNumber) {
      this.claimStatuses = Map.copyOf(Objects.requireNonNull(byEntryNumber, "byEntryNumber"));
      return this;
    }

    /**
     * Sets the date of the report: "today" on the pages. Required.
     *
     * @param asOf  the date, normally the screening's as-of date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the screening report to read. Required.
     *
     * @param file  the screening report ({@code screening-report.csv})
     * @return this builder
     */
    public Builder screeningReport(Path file) {
      this.screeningReport = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Sets the expected payments to read; optional.
     *
     * @param file  {@code payments.csv}
     * @return this builder
     */
    public Builder payments(Path file) {
      this.payments = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Sets the readiness file to read; optional.
     *
     * @param file  {@code readiness.csv}
     * @return this builder
     */
    public Builder readiness(Path file) {
      this.readiness = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Sets the directory the pages are written to; created if missing. Required.
     *
     * @param directory  the output directory
     * @return this builder
     */
    public Builder output(Path directory) {
      this.output = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets the at-risk horizon of the deadline chart's band, in days; default the setting of
     * the policy in force on the as-of date (7 days in the built-in policies), as the
     * screening's {@code At Risk} column uses.
     *
     * @param days  zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder atRiskDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("atRiskDays must be zero or more, but was " + days);
      }
      this.atRiskDays = days;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws NullPointerException if the as-of date, screening report or output is not set
     */
    public ImporterReport build() {
      return new ImporterReport(this);
    }
  }
}
