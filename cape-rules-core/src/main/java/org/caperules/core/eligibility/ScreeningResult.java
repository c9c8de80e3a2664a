package org.caperules.core.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * The assessments of a screening, in input order, and their totals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param assessments  the assessments, in input order
 * @param summary  the counts and IEEPA duty per verdict
 */
public record ScreeningResult(List<Assessment> assessments, ScreeningSummary summary) {

  /**
   * Creates a result.
   *
   * @param assessments  the assessments, in input order
   * @param summary  the counts and IEEPA duty per verdict
   * @throws NullPointerException if an argument is null
   */
  public ScreeningResult {
    assessments = List.copyOf(assessments);
    Objects.requireNonNull(summary, "summary");
  }
}
