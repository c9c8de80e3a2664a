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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.EntryFact;
import org.caperules.core.eligibility.ScreeningSummary;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.declaration.DeclarationFile;

/**
 * What a {@link ScreeningRun} did: the totals per verdict, the read's row accounting and
 * problems, the expected refund payments, the files written and the notes about the run.
 *
 * <p>Example, the shipped sample ({@code es003-sample.csv}, 1,200 rows) as of 2026-07-13: {@code
 * summary().total()} 276 entries, {@code rows().rowsRead()} 1,200 of which 4 with problems, 50
 * {@code payments()}, 8 {@code declarations()} (one per importer), {@code files()} the report,
 * {@code problems.csv}, {@code payments.csv} and the 8 declarations, no {@code notes()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary  entries, IEEPA duty and at-risk entries per verdict
 * @param read  the number of entries read, with the read's notices about whole files, the
 *     first {@value org.caperules.csv.report.ProblemSpill#KEPT} problems (rows that could not
 *     be used; all of them are in the problems file, {@link #problemsWritten()}) and the row
 *     accounting
 * @param reportFile  the screening report written, one row per entry
 * @param problemsFile  the problems file written, one row per problem
 * @param noticesFile  the notices file written (notices about whole files)
 * @param paymentsFile  the expected payments file written, one row per payment
 * @param declarations  the CAPE declaration files written, in order; empty if no entry is
 *     declarable
 * @param payments  the expected refund payments of the declarable entries
 * @param notes  notes about the run, for example that the rows were sorted by entry on disk first
 * @param notCheckedDeclared  per fact missing from at least one entry, the number of entries
 *     that rely on it (declared without the checks needing it, or held back for them)
 * @param problemsWritten  the number of problems written to the problems file
 */
public record ScreeningOutcome(ScreeningSummary summary, ValueWithProblems<Long> read, Path reportFile,
    Path problemsFile, Path noticesFile, Path paymentsFile, List<DeclarationFile> declarations,
    List<ExpectedPayment> payments, List<String> notes, Map<EntryFact, Long> notCheckedDeclared,
    long problemsWritten) {

  /**
   * Checks the components and copies the lists.
   *
   * @param summary  entries, IEEPA duty and at-risk entries per verdict
   * @param read  the read's problems and row accounting
   * @param reportFile  the screening report written
   * @param problemsFile  the problems file written
   * @param noticesFile  the notices file written (notices about whole files)
   * @param paymentsFile  the expected payments file written
   * @param declarations  the CAPE declaration files written
   * @param payments  the expected refund payments of the declarable entries
   * @param notes  notes about the run
   * @param notCheckedDeclared  per fact the input did not give for at least one entry ({@code
   *     Entry.missingFacts()}), the number of entries that rely on it: declared although the
   *     checks needing it could not run, or, when the run requires every check, held back as
   *     NEEDS_REVIEW [CHECKS_NOT_RUN] for that reason; zero when no entry does
   * @param problemsWritten  the number of problems written to the problems file
   * @throws NullPointerException if a component is null, or the read has no row accounting
   * @throws IllegalArgumentException if {@code problemsWritten} is negative
   */
  public ScreeningOutcome {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(read.rowAccounting(), "read.rowAccounting");
    Objects.requireNonNull(reportFile, "reportFile");
    Objects.requireNonNull(problemsFile, "problemsFile");
    Objects.requireNonNull(noticesFile, "noticesFile");
    Objects.requireNonNull(paymentsFile, "paymentsFile");
    declarations = List.copyOf(declarations);
    payments = List.copyOf(payments);
    notes = List.copyOf(notes);
    if (problemsWritten < 0) {
      throw new IllegalArgumentException("problemsWritten must be 0 or more, but was: "
          + problemsWritten);
    }
    notCheckedDeclared = Collections.unmodifiableMap(new EnumMap<>(notCheckedDeclared.isEmpty()
        ? new EnumMap<>(EntryFact.class) : notCheckedDeclared));
  }

  /**
   * Returns the read's row accounting: rows read, used and rejected.
   *
   * @return the accounting
   */
  public RowAccounting rows() {
    return Objects.requireNonNull(read.rowAccounting(), "checked by the constructor");
  }

  /**
   * Returns every file written: the report, the problems, the notices, the payments, then the
   * declarations.
   *
   * @return the paths, in that order
   */
  public List<Path> files() {
    List<Path> files = new ArrayList<>(4 + declarations.size());
    files.add(reportFile);
    files.add(problemsFile);
    files.add(noticesFile);
    files.add(paymentsFile);
    for (DeclarationFile declaration : declarations) {
      files.add(declaration.file());
    }
    return List.copyOf(files);
  }

  /**
   * Returns the read's notices about whole files, as {@code file: message}, for example {@code
   * header.csv: The file has a header but no rows}. They are written to {@code notices.csv}, not
   * {@code problems.csv}.
   *
   * @return the notices, in file order
   */
  public List<String> fileNotices() {
    List<String> notices = new ArrayList<>();
    for (Problem problem : read.problems(Severity.NOTICE)) {
      notices.add(problem.position().file() + ": " + problem.message());
    }
    return List.copyOf(notices);
  }

  /**
   * Returns the principal of the expected payments: the IEEPA duty of the declarable entries.
   *
   * @return the sum of the payments' principal
   */
  public BigDecimal expectedPrincipal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (ExpectedPayment payment : payments) {
      sum = sum.add(payment.principal());
    }
    return sum;
  }

  /**
   * Returns the estimated interest of the expected payments, over the entries whose interest is
   * known (see {@link #entriesWithoutInterest()}).
   *
   * @return the sum of the payments' interest
   */
  public BigDecimal expectedInterest() {
    BigDecimal sum = BigDecimal.ZERO;
    for (ExpectedPayment payment : payments) {
      sum = sum.add(payment.interest());
    }
    return sum;
  }

  /**
   * Returns the number of declarable entries whose interest could not be estimated (no deposit
   * date, or a day beyond the interest rate table).
   *
   * @return the count over every payment
   */
  public long entriesWithoutInterest() {
    long count = 0;
    for (ExpectedPayment payment : payments) {
      count += payment.entriesWithoutInterest();
    }
    return count;
  }
}
