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
package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.PolicyComparison;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.es003.ReadAhead;
import org.caperules.screening.StreamedInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules compare --policy A --policy B --as-of YYYY-MM-DD FILE...}: screens the
 * entries of ES-003 exports under two policies ({@link PolicyComparison#compare}) and writes, as
 * CSV on stdout, every entry whose verdict or reasons differ:
 *
 * <pre>
 * Entry Number,Importer Number,Policy A,Verdict A,Reasons A,Policy B,Verdict B,Reasons B
 * EXA10000074,12-3456789A1,PHASE_1,ELIGIBLE_DEFERRED,,WAREHOUSE_21_22_EXCLUDED,NOT_ELIGIBLE,ENTRY_TYPE_NOT_ALLOWED
 * </pre>
 *
 * <p>Reasons are codes joined by {@code ;}, sorted. SSN-form importer numbers are masked. Lines
 * end in CRLF. The input is read as a stream, as {@code screen} reads it, and only the lines of
 * the entries that differ are kept until the end; an input whose rows of one entry are apart has
 * its rows sorted by entry on disk first, with a note on stderr. A one-line summary ("3 of 276
 * entries differ ...") and the count of rows with problems go to stderr, so stdout stays a clean
 * CSV file.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Screens ES-003 exports under two policies and prints, as CSV, every entry whose"
        + " verdict or reasons differ (a summary goes to stderr).")
final class CompareCommand implements Callable<Integer> {

  /** The CSV header. */
  static final List<String> HEADER = List.of("Entry Number", "Importer Number", "Policy A",
      "Verdict A", "Reasons A", "Policy B", "Verdict B", "Reasons B");

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--policy", required = true, paramLabel = "ID",
      description = "A policy id (see 'cape-rules policies'); give exactly two.")
  @SuppressWarnings("NullAway.Init")
  List<String> policyIds;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The date of the screening.")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "ES-003 exports, .csv or .xlsx (chosen by content).")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    if (policyIds.size() != 2) {
      throw new ParameterException(spec.commandLine(), "Give exactly two policies with --policy,"
          + " but " + policyIds.size() + (policyIds.size() == 1 ? " was" : " were") + " given: "
          + policyIds);
    }
    CapePolicy a = CapeRulesCli.policy(spec, policyIds.get(0), asOf);
    CapePolicy b = CapeRulesCli.policy(spec, policyIds.get(1), asOf);
    PrintWriter err = spec.commandLine().getErr();
    StreamedInputs.Outcome<Comparison> outcome =
        StreamedInputs.run(files, "compared", note -> {
          err.println("Note: " + note);
          err.flush();
        }, entries -> {
          Comparison comparison = new Comparison(a, b);
          entries.forEachRemaining(comparison::add);
          comparison.flush();
          return comparison;
        });
    Comparison comparison = outcome.value();
    ValueWithProblems<Long> read = outcome.read();
    RowAccounting rows = Objects.requireNonNull(read.rowAccounting(), "rowAccounting");
    PrintWriter out = spec.commandLine().getOut();
    CapeCsv.writeCsv(out, HEADER, comparison.lines);
    err.printf(Locale.ROOT, "%,d of %,d entries differ between %s and %s as of %s%n",
        comparison.lines.size(), read.value(), a.id(), b.id(), asOf);
    if (rows.rowsRejected() > 0) {
      err.printf(Locale.ROOT, "%,d rows with problems were not compared; 'cape-rules screen'"
          + " lists them in problems.csv%n", rows.rowsRejected());
    }
    return CapeRulesCli.EXIT_OK;
  }

  /**
   * Compares the entries as they come, a batch at a time, keeping only the CSV cells of those
   * that differ, so memory grows with the differences, not with the input.
   */
  private final class Comparison {
    private final CapePolicy a;
    private final CapePolicy b;
    private final List<Entry> batch = new ArrayList<>(ReadAhead.BATCH);
    private final List<List<String>> lines = new ArrayList<>();

    Comparison(CapePolicy a, CapePolicy b) {
      this.a = a;
      this.b = b;
    }

    void add(Entry entry) {
      batch.add(entry);
      if (batch.size() == ReadAhead.BATCH) {
        flush();
      }
    }

    void flush() {
      for (PolicyComparison.Difference difference : PolicyComparison.compare(a, b, batch, asOf)) {
        lines.add(line(difference));
      }
      batch.clear();
    }
  }

  /** The CSV cells of a difference; {@code CapeCsv.writeCsv} makes them spreadsheet-safe. */
  private static List<String> line(PolicyComparison.Difference difference) {
    Assessment first = difference.a();
    Assessment second = difference.b();
    return List.of(first.entryNumberText(),
        Objects.toString(first.entry().importerNumber(), ""),
        first.policyId(), first.verdict().name(), first.reasonsText(),
        second.policyId(), second.verdict().name(), second.reasonsText());
  }
}
