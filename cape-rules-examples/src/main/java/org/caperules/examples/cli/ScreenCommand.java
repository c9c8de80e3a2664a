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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.caperules.core.ImporterLabels;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.screening.OutputDirectoryException;
import org.caperules.screening.ScreeningOutcome;
import org.caperules.screening.ScreeningRun;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules screen --as-of YYYY-MM-DD [--policy ID] [--out DIR] [--force] [--no-group]
 * FILE...}: runs a {@link ScreeningRun} over ES-003 exports ({@code .xlsx} and CSV side by side)
 * into DIR (default {@code ./cape-out}): {@code screening-report.csv}, {@code problems.csv},
 * {@code payments.csv}, {@code declarations/*.csv} and {@code declarations-manifest.csv}
 * ({@link org.caperules.csv.declaration.DeclarationSet}). It prints a summary on stdout: entries
 * and IEEPA duty per verdict, the expected refunds, rows read and rows with problems, the files
 * written; progress (inputs of 10 MB or more) and notes go to stderr. A DIR that is not empty
 * is refused unless {@code --force}. Example: {@code cape-rules screen --as-of 2026-07-13
 * es003-sample.csv} on the shipped sample prints "Screened 276 entries from 1 file as of
 * 2026-07-13 under WAREHOUSE_21_22_EXCLUDED", then the table per verdict.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screens ACE ES-003 exports for CAPE and writes screening-report.csv,"
        + " problems.csv, payments.csv and declarations/*.csv (every ELIGIBLE and ELIGIBLE_DEFERRED entry) into"
        + " the output directory; prints a summary.")
final class ScreenCommand implements Callable<Integer> {

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

  @Option(names = "--label-key", paramLabel = "FILE",
      description = "The key of the labels of SSN-form importers (ssn-NNNN-xxxxxxxx) in every"
          + " output (default: ~/.config/cape-rules/payee-label.key, created once).")
  @Nullable Path labelKey;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "ES-003 exports, .xlsx workbooks or CSV, side by side"
          + " (each file's format is read from its content).")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    CapePolicy policy = CapeRulesCli.policy(spec, policyId, asOf);
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        throw new UnusableInputException("ES-003 file '" + file + "' is a directory, not a file;"
            + " give the export files in it");
      }
    }
    ImporterLabels labels = PayeeLabelKey.labels(labelKey, spec.commandLine().getErr());
    ScreeningOutcome outcome;
    try {
      outcome = ScreeningRun.builder().asOf(asOf).policy(policy).output(out).force(force)
          .labels(labels)
          .grouping(noGroup ? DeclarationWriter.Grouping.NONE
              : DeclarationWriter.Grouping.BY_IMPORTER)
          .progress(new StderrProgress(spec.commandLine().getErr())).build().run(files);
    } catch (OutputDirectoryException ex) {
      throw new UnusableInputException("Output directory '" + out + "' "
          + (ex.reason() == OutputDirectoryException.Reason.IS_A_FILE ? "is a file" : "is not"
              + " empty; use --force to write into it (its reports, manifest and declaration set"
              + " are replaced)"));
    }
    ScreenSummary.print(spec.commandLine().getOut(), outcome, policy, asOf, files.size());
    return CapeRulesCli.EXIT_OK;
  }

}
