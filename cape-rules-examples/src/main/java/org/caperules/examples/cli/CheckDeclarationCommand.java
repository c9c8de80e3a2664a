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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.declaration.CheckedDeclaration;
import org.caperules.csv.declaration.DeclarationValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules check-declaration FILE...}: the pre-flight check of CAPE declaration files
 * ({@link DeclarationValidator}). For each file one line {@code ACCEPTED} or {@code REJECTED}
 * with its counts, then every error and warning with its file and line. Exit code 0 if every
 * file would be accepted, 1 if any would be rejected or does not exist (checked before any file
 * is read).
 *
 * <p>Example output for a file with a wrong check digit on line 3:
 *
 * <pre>
 * bad.csv: REJECTED (2 entry numbers, 1 error, 0 warnings)
 *   error: bad.csv:3 [Entry Number] 'ABC12345678': Entry number 'ABC12345678' has check digit 8, ...
 * </pre>
 */
@Command(name = "check-declaration", mixinStandardHelpOptions = true,
    description = "Checks CAPE declaration files before upload (header, entry numbers and check"
        + " digits, duplicates, 9,999 entries, 1 MB, CSV form) and prints every problem with its"
        + " file and line. A file that is missing is reported and the others are still checked."
        + " Exit code 1 if any file would be rejected or cannot be read.")
final class CheckDeclarationCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Declaration files (.csv).")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int rejected = 0;
    int unreadable = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        // One line on stderr, as for any unusable input, and the other files are still checked.
        err.println("cape-rules: Declaration file '" + file + "' "
            + (Files.isDirectory(file) ? "is a directory, not a file" : "does not exist"));
        unreadable++;
        continue;
      }
      ValueWithProblems<CheckedDeclaration> report = DeclarationValidator.validate(file);
      boolean accepted = !report.hasErrors();
      out.println(file + ": " + (accepted ? "ACCEPTED" : "REJECTED") + " ("
          + count(report.value().entryRowCount(), "entry number", "entry numbers") + ", "
          + count(report.problems(Severity.ERROR).size(), "error", "errors") + ", "
          + count(report.problems(Severity.WARNING).size(), "warning", "warnings") + ")");
      for (Problem problem : report.problems()) {
        out.println("  " + (problem.severity() == Severity.ERROR ? "error" : "warning") + ": "
            + describe(problem));
      }
      if (!accepted) {
        rejected++;
      }
    }
    if (files.size() > 1) {
      out.println(count(files.size(), "file", "files") + " checked: "
          + (files.size() - rejected - unreadable) + " accepted, " + rejected + " rejected"
          + (unreadable == 0 ? "" : ", " + unreadable + " not found or not a file"));
    }
    return rejected == 0 && unreadable == 0 ? CapeRulesCli.EXIT_OK : CapeRulesCli.EXIT_INPUT;
  }

  /**
   * A problem as "file:line [column] 'value': message", or without the line when the problem is
   * about the whole file (its line is {@link Position#WHOLE_FILE}, 0, which names no line).
   */
  static String describe(Problem problem) {
    String text = problem.toString();
    Position position = problem.position();
    String wholeFile = position.file() + ":" + Position.WHOLE_FILE;
    return position.isWholeFile() && text.startsWith(wholeFile)
        ? position.file() + text.substring(wholeFile.length()) : text;
  }

  static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
