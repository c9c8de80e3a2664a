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
package org.caperules.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.core.ImporterLabels;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.forecast.PaymentConsolidator;
import org.caperules.core.forecast.RefundForecast;
import org.caperules.core.forecast.RefundForecaster;
import org.caperules.core.result.Problem;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.core.screening.DeclarableEntry;
import org.caperules.core.screening.Screener;
import org.caperules.core.screening.ScreeningSink;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationManifest;
import org.caperules.csv.declaration.DeclarationSet;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.csv.report.PaymentsWriter;
import org.caperules.csv.report.ProblemSpill;
import org.caperules.csv.report.ProblemsWriter;
import org.caperules.csv.report.ScreeningReportWriter;
import org.jspecify.annotations.Nullable;

/**
 * One screening run over ACE ES-003 exports, as {@code cape-rules screen} does it: reads CSV
 * files and {@code .xlsx} workbooks side by side (each file's format chosen by its content;
 * several files are one export, an entry in two files is one entry), screens every entry once
 * under one policy as of one date ({@link Screener}: one evaluation and one refund forecast per
 * entry), and writes into the output directory:
 *
 * <ul>
 *   <li>{@value #REPORT_FILE}: one row per entry (verdict, reasons, deadlines, IEEPA duty, next
 *       action and the refund forecast), {@link ScreeningReportWriter};
 *   <li>{@value #PROBLEMS_FILE}: every row or cell that could not be used as written, with its
 *       entry number when known, {@link ProblemsWriter}; a clean input gives an empty file;
 *   <li>{@value #NOTICES_FILE}: notices about whole files (a missing liquidation column, a file
 *       with no rows), in the same columns;
 *   <li>{@value #PAYMENTS_FILE}: the expected refund payments of the declarable entries,
 *       consolidated by importer of record and liquidation date as CBP pays them (CSMS
 *       #68340863), to match later against the ACE REV-603 report, {@link PaymentsWriter};
 *   <li>{@value #DECLARATIONS_DIRECTORY}{@code /*.csv}: CAPE declaration files holding every
 *       ELIGIBLE and ELIGIBLE_DEFERRED entry and nothing else, one importer per file unless
 *       grouped otherwise, at most 9,999 entries per file, {@link DeclarationWriter}, published
 *       all or nothing with {@value DeclarationManifest#FILE_NAME} beside the folder ({@link
 *       DeclarationSet}).
 * </ul>
 *
 * <p>Example, the shipped sample as of Mon 2026-07-13 under the policy in force then:
 *
 * <pre>{@code
 * ScreeningOutcome outcome = ScreeningRun.builder()
 *     .asOf(LocalDate.of(2026, 7, 13))
 *     .output(Path.of("cape-out"))
 *     .build()
 *     .run(List.of(Path.of("es003-sample.csv")));
 * outcome.summary().total();   // 276 entries
 * outcome.declarations();      // 8 files, one per importer
 * }</pre>
 *
 * <p>Output directory: a run refuses a directory that is not empty unless forced ({@link
 * Builder#force(boolean)}), except one holding only the reports of a run that did not finish
 * (no {@value DeclarationManifest#FILE_NAME}, no {@value #DECLARATIONS_DIRECTORY}). A forced run
 * replaces the reports and the manifest, and replaces the declaration set as a whole ({@link
 * DeclarationSet}): the new set is staged, forced to disk and swapped in, and only the files the
 * old manifest lists are deleted; files a user put into {@value #DECLARATIONS_DIRECTORY} are
 * moved to {@value DeclarationSet#KEPT_DIRECTORY} with a note; nothing is deleted through a
 * symbolic link; other files are left alone. Before anything else a run repairs what a killed run
 * left (a staging folder, a set renamed aside, temporary files), with a note. A run that fails
 * while reading leaves no output: the report is written to a temporary file first, and an output
 * directory the run made is removed again; an earlier report stays as it was. A run that fails
 * while writing the declarations leaves the earlier set and its manifest byte for byte.
 *
 * <p>Memory stays flat however long the input ({@link StreamedInputs}): each entry is screened
 * and its report row written as soon as its rows end; only the declarable entry numbers (with
 * their importers), the totals and the running payments are kept. Problems are written as they
 * are found ({@link ProblemSpill}): only their count and the first {@value ProblemSpill#KEPT}
 * are kept. A
 * 10,000,000-row export screens with {@code -Xmx1g}, a file of 1,000,000 bad rows with {@code
 * -Xmx256m}. When the rows of an entry are apart, the rows are sorted by entry on disk first,
 * with a note, still in bounded memory (the outputs are the same but for the order of rows).
 *
 * <p>The run prints nothing: progress and notes go to a {@link ProgressListener}.
 *
 * <p>Exception handling: {@link OutputDirectoryException} for a refused output directory, before
 * anything is read; {@link org.caperules.es003.CapeInputException} at the first unusable input file
 * (missing, empty, no header, a required column missing, an Excel 97-2003 workbook), with no
 * output left; {@link UncheckedIOException} when an output file cannot be written.
 *
 * <p>This class is immutable and thread-safe if its forecaster is; each {@link #run(List)}
 * screens on the calling thread (the files are parsed on threads of their own).
 */
public final class ScreeningRun {

  /** Inputs of this many bytes or more get progress reports. */
  public static final long PROGRESS_BYTES = 10_000_000L;
  /** Progress is reported every this many entries. */
  public static final int PROGRESS_ENTRIES = 100_000;
  /** The screening report's file name in the output directory. */
  public static final String REPORT_FILE = "screening-report.csv";
  /** The problems file's name in the output directory. */
  public static final String PROBLEMS_FILE = "problems.csv";

  /** The file of notices about whole files (no column, no row lost). */
  public static final String NOTICES_FILE = "notices.csv";
  /** The expected payments file's name in the output directory. */
  public static final String PAYMENTS_FILE = "payments.csv";
  /** The directory of the declaration files, in the output directory. */
  public static final String DECLARATIONS_DIRECTORY = "declarations";
  private final LocalDate asOf;
  private final CapePolicy policy;
  private final Function<? super Assessment, RefundForecast> forecaster;
  private final PaymentConsolidator consolidator;
  private final Path output;
  private final DeclarationWriter.Grouping grouping;
  private final boolean force;
  private final boolean allChecksRequired;
  private final ProgressListener progress;
  private final @Nullable DeclarationHistory history;
  private final ImporterLabels labels;

  private ScreeningRun(Builder builder, LocalDate asOf, Path output) {
    this.asOf = asOf;
    CapePolicy chosen = builder.policy;
    this.policy = chosen != null ? chosen : CapePolicies.standard().inForceOn(asOf);
    this.forecaster = builder.forecaster;
    this.consolidator = builder.consolidator;
    this.output = output;
    this.grouping = builder.grouping;
    this.force = builder.force;
    this.allChecksRequired = builder.allChecksRequired;
    this.progress = builder.progress;
    this.history = builder.history;
    this.labels = builder.labels;
  }

  /**
   * Starts a run with the defaults: the policy in force on the as-of date, the standard
   * forecaster, payments by importer of record, declarations grouped by importer, not forced,
   * checks that could not run not holding entries back, no progress listener. The as-of date and the output directory are required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the policy the run applies.
   *
   * @return the policy given, or the one in force on the as-of date
   */
  public CapePolicy policy() {
    return policy;
  }

  /**
   * Screens the files and writes the outputs.
   *
   * @param files  ES-003 CSV files and {@code .xlsx} workbooks, read as one export
   * @return what the run did
   * @throws OutputDirectoryException if the output directory is a file, or not empty and the run
   *     is not forced; nothing is read or written
   * @throws org.caperules.es003.CapeInputException at the first unusable input file; the message
   *     names it, and no output is left
   * @throws UncheckedIOException if the output directory cannot be read or an output written
   */
  public ScreeningOutcome run(List<Path> files) {
    Objects.requireNonNull(files, "files");
    List<String> runNotes = new ArrayList<>();
    Consumer<String> noting = note -> {
      runNotes.add(note);
      progress.note(note);
    };
    DeclarationSet set = DeclarationSet.builder(output).grouping(grouping).labels(labels)
        .notes(noting).steps(progress::declarations).build();
    if (Files.isDirectory(output)) {
      set.recover();
    }
    if (OutputDirectory.check(output, force)) {
      noting.accept("'" + output + "' holds the outputs of a run that did not finish (no "
          + DeclarationManifest.FILE_NAME + "); they are replaced");
    }
    long bytes = inputBytes(files);
    boolean reporting = bytes >= PROGRESS_BYTES;
    if (reporting) {
      progress.started(files.size(), bytes);
    }
    try (ProblemSpill spill = ProblemSpill.create()) {
      return run(files, reporting, spill, set, runNotes);
    }
  }

  /**
   * Screens the files, the problems written to {@code spill} as they are found, and publishes
   * the declaration set with the other outputs.
   */
  private ScreeningOutcome run(List<Path> files, boolean reporting, ProblemSpill spill,
      DeclarationSet set, List<String> runNotes) {
    Path report = output.resolve(REPORT_FILE);
    boolean outputExisted = Files.exists(output);
    StreamedInputs.Outcome<ScreeningPass> streamed;
    try {
      streamed = StreamedInputs.run(files, "screened", progress::note, spill,
          entries -> screen(entries, report, reporting));
    } catch (RuntimeException | Error ex) {
      if (!outputExisted) {
        OutputDirectory.removeIfEmpty(output);
      }
      throw ex;
    }
    ScreeningPass pass = streamed.value();
    List<DeclarationEntry> declarable = new ArrayList<>(pass.declarable.entries().size());
    DeclarationHistory known = history;
    for (DeclarableEntry entry : pass.declarable.entries()) {
      if (known == null || !known.leaveOut(entry.entryNumber())) {
        declarable.add(new DeclarationEntry(entry.entryNumber(), entry.importerNumber()));
      }
    }
    DeclarationSet.Staged staged = set.stage(declarable);
    Path problems = output.resolve(PROBLEMS_FILE);
    Path noticesFile = output.resolve(NOTICES_FILE);
    Path paymentsFile = output.resolve(PAYMENTS_FILE);
    List<ExpectedPayment> payments = pass.payments.payments();
    long problemsWritten;
    ValueWithProblems<Long> read;
    try {
      problemsWritten = spill.publish(problems);
      List<Problem> notices = streamed.read().problems(Severity.NOTICE);
      List<Problem> kept = new ArrayList<>(notices);
      kept.addAll(spill.first());
      read = ValueWithProblems.of(streamed.read().value(), kept,
          Objects.requireNonNull(streamed.read().rowAccounting(), "rowAccounting"));
      ProblemsWriter.write(noticesFile, notices);
      PaymentsWriter.write(paymentsFile, payments, labels);
    } catch (RuntimeException ex) {
      staged.discard();
      throw ex;
    }
    staged.publish();
    if (known != null) {
      known.declared(staged.files(), declarable);
    }
    List<String> notes = new ArrayList<>(streamed.notes());
    notes.addAll(runNotes);
    return new ScreeningOutcome(pass.summary.summary(), read, report, problems, noticesFile,
        paymentsFile, staged.files(), payments, notes, pass.notChecked.counts,
        problemsWritten);
  }

  /**
   * Screens the entries as they come and writes the report: each entry is evaluated and
   * forecast once, counted, kept if declarable and added to its expected payment.
   */
  private ScreeningPass screen(Iterator<Entry> entries, Path report, boolean reporting) {
    ScreeningPass pass = new ScreeningPass(policy, asOf, consolidator);
    ScreeningSink sink = ScreeningSink.of(pass.summary, pass.declarable, pass.payments)
        .andThen(pass.notChecked);
    DeclarationHistory known = history;
    ScreeningReportWriter.Builder reportWriter = ScreeningReportWriter.builder().labels(labels);
    if (known != null) {
      sink = sink.andThen(known);
      reportWriter.claimStatus(known::claimStatus);
    }
    ScreeningReportWriter writer = reportWriter.build();
    if (reporting) {
      sink = sink.andThen(new ScreeningPass.Counter(progress, PROGRESS_ENTRIES));
    }
    Screener plain = Screener.of(policy, asOf, forecaster);
    Screener screener = allChecksRequired ? plain.requiringAllChecks() : plain;
    ScreeningSink all = sink;
    writer.writeScreened(report, () -> screener.screening(entries, all));
    return pass;
  }

  /** The total size of the input files that exist (missing ones are reported by the reader). */
  private static long inputBytes(List<Path> files) {
    long bytes = 0;
    for (Path file : files) {
      try {
        bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
      } catch (IOException ex) {
        // the reader reports the file
      }
    }
    return bytes;
  }

  /**
   * Returns the run as text, for example {@code ScreeningRun[PHASE_1 as of 2026-07-13 into
   * cape-out]}.
   *
   * @return the run as text
   */
  @Override
  public String toString() {
    return "ScreeningRun[" + policy.id() + " as of " + asOf + " into " + output
        + (force ? ", forced]" : "]");
  }

  /** Builds a {@link ScreeningRun}. Not thread-safe. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private @Nullable CapePolicy policy;
    private Function<? super Assessment, RefundForecast> forecaster =
        RefundForecaster.standard()::forecast;
    private PaymentConsolidator consolidator = PaymentConsolidator.byImporterOfRecord();
    private @Nullable Path output;
    private DeclarationWriter.Grouping grouping = DeclarationWriter.Grouping.BY_IMPORTER;
    private boolean force;
    private boolean allChecksRequired;
    private ProgressListener progress = ProgressListener.NONE;
    private @Nullable DeclarationHistory history;
    private ImporterLabels labels = ImporterLabels.unkeyed();
    private Builder() {}

    /**
     * Sets the history of earlier declarations and CAPE results (a claim ledger); default none.
     * With one, the report gets the {@value ScreeningReportWriter#CLAIM_STATUS_COLUMN} column
     * last, the entries it leaves out are not declared, and it is told what the run declared.
     *
     * @param history  the history
     * @return this builder
     */
    public Builder history(DeclarationHistory history) {
      this.history = Objects.requireNonNull(history, "history");
      return this;
    }

    /**
     * Sets the date of the screening (the planned CAPE filing date); required.
     *
     * @param asOf  the as-of date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the policy to apply; default the one in force on the as-of date ({@link
     * CapePolicies#inForceOn(LocalDate)}).
     *
     * @param policy  the policy
     * @return this builder
     */
    public Builder policy(CapePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the refund forecaster; default {@code RefundForecaster.standard()::forecast}. It is
     * called exactly once per entry screened.
     *
     * @param forecaster  makes the forecast of an assessment, for example {@code
     *     RefundForecaster.of(settings)::forecast}; must not return null
     * @return this builder
     */
    public Builder forecaster(Function<? super Assessment, RefundForecast> forecaster) {
      this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
      return this;
    }

    /**
     * Sets how the expected payments are consolidated; default {@link
     * PaymentConsolidator#byImporterOfRecord()}.
     *
     * @param consolidator  the consolidator, for example with Form 4811 notify parties
     * @return this builder
     */
    public Builder payments(PaymentConsolidator consolidator) {
      this.consolidator = Objects.requireNonNull(consolidator, "consolidator");
      return this;
    }

    /**
     * Sets the output directory; required. It is created if missing.
     *
     * @param output  the directory
     * @return this builder
     */
    public Builder output(Path output) {
      this.output = Objects.requireNonNull(output, "output");
      return this;
    }

    /**
     * Sets how the declaration files are grouped; default {@link
     * DeclarationWriter.Grouping#BY_IMPORTER}.
     *
     * @param grouping  the grouping
     * @return this builder
     */
    public Builder grouping(DeclarationWriter.Grouping grouping) {
      this.grouping = Objects.requireNonNull(grouping, "grouping");
      return this;
    }

    /**
     * Sets whether the run writes into an output directory that is not empty; default false.
     *
     * @param force  true to replace the reports and declarations of an earlier run
     * @return this builder
     */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /**
     * Sets whether every check must run; default false. When true, an entry that would be
     * declared while a check could not run for lack of a column is NEEDS_REVIEW
     * [CHECKS_NOT_RUN] and left out of the declarations and payments ({@link
     * Screener#requiringAllChecks()}); {@code cape-rules screen --require-all-checks}.
     *
     * @param required  true to hold back entries whose checks could not all run
     * @return this builder
     */
    public Builder requireAllChecks(boolean required) {
      this.allChecksRequired = required;
      return this;
    }

    /**
     * Sets the listener of progress and notes; default {@link ProgressListener#NONE}.
     *
     * @param progress  the listener
     * @return this builder
     */
    public Builder progress(ProgressListener progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Sets how SSN-form importers are named in every output (report, payments, declaration
     * file names, manifest); default {@link ImporterLabels#unkeyed()}: {@code ***-**-6789} and
     * {@code ssn-6789}, which two importers whose SSNs end alike share. Give {@code
     * ImporterLabels.keyed(key)} with a key kept from run to run for labels such as {@code
     * ssn-6789-3f9a61c2}, distinct and stable; the library never reads a key from the home
     * folder itself.
     *
     * @param labels  the labels
     * @return this builder
     */
    public Builder labels(ImporterLabels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Builds the run.
     *
     * @return the run
     * @throws IllegalStateException if the as-of date or the output directory is not set
     */
    public ScreeningRun build() {
      LocalDate date = asOf;
      Path directory = output;
      if (date == null || directory == null) {
        throw new IllegalStateException("A screening run needs "
            + (date == null ? "an as-of date" : "an output directory") + ": call "
            + (date == null ? "asOf" : "output") + "(...) before build()");
      }
      return new ScreeningRun(this, date, directory);
    }
  }
}
