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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.Severity;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.declaration.CheckedDeclaration;
import org.caperules.csv.declaration.DeclarationManifest;
import org.caperules.csv.declaration.DeclarationSet;
import org.caperules.csv.declaration.DeclarationValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules check-declaration FILE...}: the pre-flight check of CAPE declaration files
 * ({@link DeclarationValidator}). For each file one line {@code ACCEPTED} or {@code REJECTED}
 * with its counts, then every error and warning with its file and line. A folder is checked as a
 * declaration set against its manifest ({@link DeclarationManifest#verify(Path, Path)}): {@code
 * cape-out} (holding {@code declarations/} and {@code declarations-manifest.csv}) or {@code
 * cape-out/declarations}; a file missing, extra or changed is an error, then each file of the set
 * is checked and only rejected ones are printed. Exit code 0 if every file would be accepted and
 * every set matches, 1 otherwise or if a file or manifest does not exist.
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
        + " A folder (an output folder of 'screen', or its declarations folder) is checked as a"
        + " set against declarations-manifest.csv: a file missing, extra or changed is an error."
        + " Exit code 1 if any file would be rejected, a set does not match or cannot be read.")
final class CheckDeclarationCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Declaration files (.csv), or"
      + " folders of declaration sets.")
  @SuppressWarnings("NullAway.Init")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int rejected = 0;
    int unreadable = 0;
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        int[] counts = checkSet(file, out, err);
        rejected += counts[0];
        unreadable += counts[1];
        continue;
      }
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
   * Checks a declaration set against its manifest, then each of its files: a file missing,
   * extra or changed is an error, as is a file CBP would reject (only those are printed).
   *
   * @return {rejected, unreadable}: 1 in the first if the set does not match or a file would be
   *     rejected, 1 in the second if there is no manifest to check against
   */
  private static int[] checkSet(Path folder, PrintWriter out, PrintWriter err) {
    Path set = folder.resolve(DeclarationSet.DIRECTORY);
    Path manifest = folder.resolve(DeclarationManifest.FILE_NAME);
    if (!Files.isRegularFile(manifest)) {
      Path parent = folder.toAbsolutePath().getParent();
      set = folder;
      manifest = parent == null ? manifest : parent.resolve(DeclarationManifest.FILE_NAME);
    }
    if (!Files.isRegularFile(manifest)) {
      err.println("cape-rules: Declaration folder '" + folder + "' has no "
          + DeclarationManifest.FILE_NAME + " in it or beside it to check the set against");
      return new int[] {0, 1};
    }
    List<String> differences;
    try {
      differences = DeclarationManifest.verify(set, manifest);
    } catch (IllegalArgumentException | UncheckedIOException ex) {
      err.println("cape-rules: " + CapeRulesCli.oneLine(ex.getMessage()));
      return new int[] {0, 1};
    }
    int listed = DeclarationManifest.read(manifest).rows().size();
    out.println(set + ": " + (differences.isEmpty() ? "MATCHES" : "DOES NOT MATCH") + " "
        + manifest.getFileName() + " (" + count(listed, "file", "files") + " listed, "
        + count(differences.size(), "difference", "differences") + ")");
    for (String difference : differences) {
      out.println("  error: " + difference);
    }
    int accepted = 0;
    int rejected = 0;
    for (DeclarationManifest.Row row : DeclarationManifest.read(manifest).rows()) {
      Path file = set.resolve(row.file());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      ValueWithProblems<CheckedDeclaration> report = DeclarationValidator.validate(file);
      if (!report.hasErrors()) {
        accepted++;
        continue;
      }
      rejected++;
      out.println(file + ": REJECTED");
      for (Problem problem : report.problems(Severity.ERROR)) {
        out.println("  error: " + describe(problem));
      }
    }
    out.println(set + ": " + accepted + " accepted, " + rejected + " rejected");
    return new int[] {differences.isEmpty() && rejected == 0 ? 0 : 1, 0};
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
