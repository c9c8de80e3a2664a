package org.caperules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.forecast.PaymentConsolidator;
import org.caperules.core.forecast.RefundForecaster;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.csv.report.PaymentsWriter;
import org.caperules.csv.report.ProblemsWriter;
import org.caperules.csv.report.ScreeningReportWriter;
import org.caperules.xlsx.Es003Files;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules screen --as-of YYYY-MM-DD [--policy ID] [--out DIR] [--force] [--no-group]
 * FILE...}: reads ACE ES-003 exports, {@code .xlsx} workbooks and CSV files side by side, each
 * file's format chosen by its content ({@link Es003Files}: an Excel 97-2003 or password-protected
 * workbook is refused with a message); several files are one export (an entry in two files is one
 * entry); screens every entry with the policy in force on the as-of date (or the one named) and
 * writes into DIR (default {@code ./cape-out}):
 *
 * <ul>
 *   <li>{@code screening-report.csv}: one row per entry (verdict, reasons, deadlines, IEEPA
 *       duty, next action, and the refund forecast: estimated interest, expected liquidation,
 *       expected payment window);
 *   <li>{@code problems.csv}: every row that could not be used, and notices about whole files;
 *   <li>{@code payments.csv}: the expected refund payments of the declarable entries,
 *       consolidated by importer of record and liquidation date as CBP pays them (CSMS
 *       #68340863), to match later against the ACE REV-603 report;
 *   <li>{@code declarations/*.csv}: CAPE declaration files holding every ELIGIBLE and
 *       ELIGIBLE_DEFERRED entry and nothing else, one importer per file unless {@code
 *       --no-group}, at most 9,999 entries per file.
 * </ul>
 *
 * <p>It prints a summary on stdout: entries and IEEPA duty per verdict, the expected refunds,
 * rows read and rows with problems, the files written. For inputs of 10 MB or more it reports progress on stderr.
 *
 * <p>It refuses a DIR that is not empty unless {@code --force}; with {@code --force} it replaces
 * the three reports and deletes the {@code .csv} files in {@code declarations/} first, so no
 * declaration of an earlier run is left next to the new ones. Other files are left alone.
 *
 * <p>Memory stays flat however long the input: the files are read as a stream on threads of
 * their own ({@link StreamedInputs}), each entry is screened and its report row written as soon
 * as its rows end, only the declarable entry numbers (with their
 * importers) are kept, and each declarable entry's forecast is added to its expected payment as
 * it is made ({@link PaymentConsolidator#accumulator()}), never kept. A 10,000,000-row export
 * screens with {@code -Xmx1g}. Streaming needs the rows of each entry together, as ACE's export
 * keeps them; when they are not, {@code screen} says so on stderr and reads the whole input into
 * memory instead (the outputs are the same, the memory grows with the entries).
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screens ACE ES-003 exports for CAPE and writes screening-report.csv,"
        + " problems.csv, payments.csv and declarations/*.csv (every ELIGIBLE and ELIGIBLE_DEFERRED entry) into"
        + " the output directory; prints a summary.")
final class ScreenCommand implements Callable<Integer> {

  /** Inputs of this many bytes or more get progress messages on stderr. */
  static final long PROGRESS_BYTES = 10_000_000L;
  /** Progress is reported every this many entries. */
  static final int PROGRESS_ENTRIES = 100_000;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The date of the screening: the policy in force on it applies, and the"
          + " " + CapeDeadlines.CAPE_WINDOW_DAYS + "-day window is counted to it.")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "ID",
      description = "Screen under this policy instead of the one in force on the as-of date"
          + " (see 'cape-rules policies').")
  @Nullable String policyId;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cape-out",
      description = "The output directory (default: ${DEFAULT-VALUE}); created if missing.")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Option(names = "--force", description = "Write into a directory that is not empty.")
  boolean force;

  @Option(names = "--no-group", description = "Do not group declarations by importer.")
  boolean noGroup;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "ES-003 exports, .xlsx workbooks or CSV, side by side"
          + " (each file's format is read from its content).")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    CapePolicy policy = policy(spec, policyId, asOf);
    checkOutput();
    PrintWriter err = spec.commandLine().getErr();
    long bytes = inputBytes(files);
    boolean progress = bytes >= PROGRESS_BYTES;
    if (progress) {
      err.printf(Locale.ROOT, "Reading and screening %d file%s (%,d MB)...%n", files.size(),
          files.size() == 1 ? "" : "s", bytes / 1_000_000);
      err.flush();
    }
    Path report = out.resolve("screening-report.csv");
    boolean outputExisted = Files.exists(out);
    StreamedInputs.Outcome<Pass> outcome;
    try {
      outcome = StreamedInputs.run(files, err, "screened",
          entries -> screen(policy, report, entries, progress ? err : null));
    } catch (RuntimeException | Error ex) {
      if (!outputExisted) {
        removeEmptyOutput();
      }
      throw ex;
    }
    prepareOutput();
    Pass pass = outcome.value();
    ValueWithProblems<Long> read = outcome.read();
    RowAccounting rows = Objects.requireNonNull(read.rowAccounting(), "rowAccounting");
    Tally tally = pass.tally;
    Path problems = out.resolve("problems.csv");
    ProblemsWriter.write(problems, read.problems());
    Path paymentsFile = out.resolve("payments.csv");
    List<ExpectedPayment> payments = pass.payable.payments();
    PaymentsWriter.write(paymentsFile, payments);
    List<DeclarationFile> declarations = DeclarationWriter.builder(out.resolve("declarations"))
        .grouping(noGroup ? DeclarationWriter.Grouping.NONE : DeclarationWriter.Grouping.BY_IMPORTER)
        .build()
        .write(pass.declarable);

    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "Screened %,d entr%s from %d file%s as of %s under %s%n",
        tally.total, tally.total == 1 ? "y" : "ies", files.size(), files.size() == 1 ? "" : "s",
        asOf, policy.id());
    stdout.printf(Locale.ROOT, "  %-18s %10s %18s%n", "verdict", "entries", "IEEPA duty");
    for (Verdict verdict : Verdict.values()) {
      stdout.printf(Locale.ROOT, "  %-18s %,10d %,18.2f%n", verdict, tally.count(verdict),
          tally.duty(verdict));
    }
    stdout.printf(Locale.ROOT, "  %-18s %,10d %,18.2f%n", "total", tally.total,
        tally.totalDuty());
    if (tally.atRisk > 0) {
      stdout.printf(Locale.ROOT, "At risk: %,d eligible entr%s whose CAPE window closes within"
          + " %d days%n", tally.atRisk, tally.atRisk == 1 ? "y" : "ies",
          policy.settings().atRiskDays());
    }
    BigDecimal principal = BigDecimal.ZERO;
    BigDecimal interest = BigDecimal.ZERO;
    long withoutInterest = 0;
    for (ExpectedPayment payment : payments) {
      principal = principal.add(payment.principal());
      interest = interest.add(payment.interest());
      withoutInterest += payment.entriesWithoutInterest();
    }
    stdout.printf(Locale.ROOT, "Expected refunds: %,d payment%s, principal %,.2f, estimated"
        + " interest %,.2f%s (see payments.csv)%n", payments.size(),
        payments.size() == 1 ? "" : "s", principal, interest, withoutInterest == 0 ? ""
            : String.format(Locale.ROOT, ", interest unknown for %,d entr%s", withoutInterest,
                withoutInterest == 1 ? "y" : "ies"));
    stdout.printf(Locale.ROOT, "Rows: %,d read, %,d used, %,d with problems (%,d problem%s)%n",
        rows.rowsRead(), rows.rowsUsed(), rows.rowsRejected(), read.problems().size(),
        read.problems().size() == 1 ? "" : "s");
    for (Problem problem : read.problems(Severity.NOTICE)) {
      stdout.println("Note: " + problem.position().file() + ": " + problem.message());
    }
    stdout.println("Files written:");
    stdout.printf(Locale.ROOT, "  %s (%,d entries)%n", report, tally.total);
    stdout.printf(Locale.ROOT, "  %s (%,d problems)%n", problems, read.problems().size());
    stdout.printf(Locale.ROOT, "  %s (%,d expected payments)%n", paymentsFile, payments.size());
    for (DeclarationFile declaration : declarations) {
      stdout.printf(Locale.ROOT, "  %s (%,d entries, declaration for %s)%n", declaration.file(),
          declaration.entryCount(), declaration.group());
    }
    if (declarations.isEmpty()) {
      stdout.println("  no declarations: no entry is ELIGIBLE or ELIGIBLE_DEFERRED");
    }
    return CapeRulesCli.EXIT_OK;
  }

  /**
   * Screens the entries as they come and writes the report: evaluates each, counts it, keeps the
   * declarable entry numbers and adds each declarable entry's forecast to its expected payment.
   */
  private Pass screen(CapePolicy policy, Path report, Iterator<Entry> entries,
      @Nullable PrintWriter progress) {
    Pass pass = new Pass();
    RefundForecaster forecaster = RefundForecaster.standard();
    Iterable<Assessment> assessments = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public Assessment next() {
        Assessment assessment = CapeEngine.evaluate(entries.next(), asOf, policy);
        pass.tally.add(assessment);
        if (assessment.verdict().isDeclarable()) {
          EntryNumber number = assessment.entry().validEntryNumber().orElseThrow();
          pass.declarable.add(new DeclarationEntry(number,
              assessment.entry().importerNumber().orElse(null)));
          pass.payable.add(forecaster.forecast(assessment));
        }
        if (progress != null && pass.tally.total % PROGRESS_ENTRIES == 0) {
          progress.printf(Locale.ROOT, "  screened %,d entries%n", pass.tally.total);
          progress.flush();
        }
        return assessment;
      }
    };
    ScreeningReportWriter.builder().forecaster(forecaster).build().write(report, assessments);
    return pass;
  }

  /** What one screening pass counted and kept. */
  private static final class Pass {
    final Tally tally = new Tally();
    final List<DeclarationEntry> declarable = new ArrayList<>();
    final PaymentConsolidator.Accumulator payable =
        PaymentConsolidator.byImporterOfRecord().accumulator();
  }

  /**
   * The policy named, or the one in force on the as-of date.
   *
   * @throws ParameterException if no built-in policy has the id (a usage error)
   */
  static CapePolicy policy(CommandSpec spec, @Nullable String id, LocalDate asOf) {
    CapePolicies policies = CapePolicies.standard();
    if (id == null) {
      return policies.inForceOn(asOf);
    }
    try {
      return policies.byId(id);
    } catch (IllegalArgumentException ex) {
      throw new ParameterException(spec.commandLine(), ex.getMessage());
    }
  }

  /** The total size of the input files that exist (missing ones are reported by the reader). */
  static long inputBytes(List<Path> files) {
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

  /** Refuses an output path that is a file, or a directory that is not empty without --force. */
  private void checkOutput() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UnusableInputException("Output directory '" + out + "' is a file");
    }
    if (!Files.isDirectory(out) || force) {
      return;
    }
    try (Stream<Path> children = Files.list(out)) {
      if (children.findAny().isPresent()) {
        throw new UnusableInputException("Output directory '" + out + "' is not empty; use"
            + " --force to write into it (its reports and declarations are replaced)");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read output directory '" + out + "': "
          + ex.getMessage(), ex);
    }
  }

  /**
   * Removes the output directory made for a run that failed, if nothing is in it (the report is
   * written to a temporary file that is deleted on failure), so a failed run leaves nothing.
   */
  private void removeEmptyOutput() {
    try {
      Files.deleteIfExists(out);
    } catch (IOException ex) {
      // not empty, or not ours to remove: left as it is
    }
  }

  /** Creates the directories and deletes the declarations of an earlier run (after --force). */
  private void prepareOutput() {
    Path declarations = out.resolve("declarations");
    try {
      if (Files.isDirectory(declarations)) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(declarations, "*.csv")) {
          for (Path file : old) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(declarations);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot prepare output directory '" + out + "': "
          + ex.getMessage(), ex);
    }
  }

  /** Entries, IEEPA duty and at-risk entries per verdict. */
  private static final class Tally {
    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    private final Map<Verdict, BigDecimal> duty = new EnumMap<>(Verdict.class);
    private long total;
    private long atRisk;

    void add(Assessment assessment) {
      counts.merge(assessment.verdict(), 1L, Long::sum);
      duty.merge(assessment.verdict(), assessment.ieepaDuty(), BigDecimal::add);
      total++;
      if (assessment.isAtRisk()) {
        atRisk++;
      }
    }

    long count(Verdict verdict) {
      return counts.getOrDefault(verdict, 0L);
    }

    BigDecimal duty(Verdict verdict) {
      return duty.getOrDefault(verdict, BigDecimal.ZERO);
    }

    BigDecimal totalDuty() {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal amount : duty.values()) {
        sum = sum.add(amount);
      }
      return sum;
    }
  }
}
