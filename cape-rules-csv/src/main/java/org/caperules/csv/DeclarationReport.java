package org.caperules.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The pre-flight check of a CAPE declaration file by {@link DeclarationValidator}: every error
 * (CBP would, or very probably would, reject the file) and every warning (CBP's handling is
 * UNCERTAIN; the file is probably accepted, but the canonical form is safer), each with its line.
 *
 * <p>Example: a file whose line 3 is {@code ABC-1234567-6} and whose line 5 repeats line 2 has
 * one warning (line 3, hyphens) and one error (line 5, duplicate of line 2); {@link #isAccepted()}
 * is false.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the file name as text
 * @param entryRowCount  the number of lines after the header that hold an entry number, valid or
 *     not (blank lines excluded)
 * @param errors  the problems that make CBP reject the file, by line (whole-file ones, line 0,
 *     first)
 * @param warnings  the problems CBP probably tolerates, by line
 */
public record DeclarationReport(
    String file, long entryRowCount, List<RowProblem> errors, List<RowProblem> warnings) {

  private static final Comparator<RowProblem> BY_LINE = Comparator.comparingLong(RowProblem::line);

  /**
   * Copies the lists, sorted by line (stable, so problems of one line keep their order).
   *
   * @param file  the file name as text
   * @param entryRowCount  the number of lines after the header that hold an entry number, valid or
   *     not (blank lines excluded)
   * @param errors  the problems that make CBP reject the file, by line (whole-file ones, line 0,
   *     first)
   * @param warnings  the problems CBP probably tolerates, by line
   * @throws IllegalArgumentException if {@code entryRowCount} is negative
   */
  public DeclarationReport {
    Objects.requireNonNull(file, "file");
    if (entryRowCount < 0) {
      throw new IllegalArgumentException("Entry row count must not be negative, but was: "
          + entryRowCount);
    }
    errors = sorted(errors);
    warnings = sorted(warnings);
  }

  private static List<RowProblem> sorted(List<RowProblem> problems) {
    List<RowProblem> copy = new ArrayList<>(problems);
    copy.sort(BY_LINE);
    return List.copyOf(copy);
  }

  /**
   * Tells whether CAPE would accept the file at the file-level validation, as far as the file
   * alone can tell: true if there are no errors (warnings allowed). CAPE's checks of the
   * submitter's filer code and of each entry in ACE are not covered.
   *
   * @return true if there are no errors
   */
  public boolean isAccepted() {
    return errors.isEmpty();
  }

  /**
   * Returns errors and warnings together, by line.
   *
   * @return every problem
   */
  public List<RowProblem> problems() {
    List<RowProblem> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return sorted(all);
  }
}
