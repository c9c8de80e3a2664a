package org.caperules.core.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caperules.core.Entry;

/**
 * Compares two policies on the same entries: the tool a team uses to validate a policy change
 * before trusting it.
 *
 * <p>Example: comparing {@code PHASE_1} with {@code PHASE_1_RECON} as of 2026-06-29 lists a
 * reconciliation-flagged type 01 entry with no type 09 filed, NOT_ELIGIBLE [RECONCILIATION] under
 * the first and ELIGIBLE under the second.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyComparison {

  private PolicyComparison() {}

  /**
   * One entry whose verdict or reasons differ between two policies.
   *
   * @param a  the assessment under the first policy
   * @param b  the assessment under the second policy
   */
  public record Difference(Assessment a, Assessment b) {

    /**
     * Creates a difference.
     *
     * @param a  the assessment under the first policy
     * @param b  the assessment under the second policy
     * @throws NullPointerException if an argument is null
     */
    public Difference {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }

    /**
     * Tells whether the verdict changed (rather than only the reasons).
     *
     * @return true if the verdicts differ
     */
    public boolean verdictChanged() {
      return a.verdict() != b.verdict();
    }

    @Override
    public String toString() {
      return a.entryNumberText() + ": " + a.policyId() + " " + a.verdict() + " " + a.reasons()
          + " -> " + b.policyId() + " " + b.verdict() + " " + b.reasons();
    }
  }

  /**
   * Lists the entries whose verdict or reasons differ between two policies, in input order.
   *
   * @param a  the first policy
   * @param b  the second policy
   * @param entries  the entries
   * @param asOf  the date of both assessments
   * @return the differences, possibly empty
   */
  public static List<Difference> compare(CapePolicy a, CapePolicy b, Iterable<Entry> entries,
      LocalDate asOf) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<Difference> differences = new ArrayList<>();
    for (Entry entry : entries) {
      Assessment first = CapeEngine.evaluate(entry, asOf, a);
      Assessment second = CapeEngine.evaluate(entry, asOf, b);
      if (first.verdict() != second.verdict() || !first.reasons().equals(second.reasons())) {
        differences.add(new Difference(first, second));
      }
    }
    return differences;
  }
}
