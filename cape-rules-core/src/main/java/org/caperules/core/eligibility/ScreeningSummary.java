package org.caperules.core.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The totals of a screening: entries and IEEPA duty per verdict.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScreeningSummary {

  private final String policyId;
  private final LocalDate asOf;
  private final Map<Verdict, Long> counts;
  private final Map<Verdict, BigDecimal> ieepaDuty;

  private ScreeningSummary(String policyId, LocalDate asOf, Map<Verdict, Long> counts,
      Map<Verdict, BigDecimal> ieepaDuty) {
    this.policyId = policyId;
    this.asOf = asOf;
    this.counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    this.ieepaDuty = Collections.unmodifiableMap(new EnumMap<>(ieepaDuty));
  }

  /**
   * Returns the id of the policy applied.
   *
   * @return the policy id
   */
  public String policyId() {
    return policyId;
  }

  /**
   * Returns the as-of date.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the number of entries with a verdict.
   *
   * @param verdict  the verdict
   * @return the count, zero if none
   */
  public long count(Verdict verdict) {
    return counts.getOrDefault(verdict, 0L);
  }

  /**
   * Returns the IEEPA duty of the entries with a verdict.
   *
   * @param verdict  the verdict
   * @return the sum, zero if none
   */
  public BigDecimal ieepaDuty(Verdict verdict) {
    return ieepaDuty.getOrDefault(verdict, BigDecimal.ZERO);
  }

  /**
   * Returns the number of entries screened.
   *
   * @return the total count
   */
  public long total() {
    long total = 0;
    for (long count : counts.values()) {
      total += count;
    }
    return total;
  }

  /**
   * Returns the IEEPA duty of all entries screened.
   *
   * @return the total IEEPA duty
   */
  public BigDecimal totalIeepaDuty() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal duty : ieepaDuty.values()) {
      total = total.add(duty);
    }
    return total;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(policyId + " as of " + asOf + ":");
    for (Verdict verdict : Verdict.values()) {
      out.append(' ').append(verdict).append('=').append(count(verdict))
          .append(" (").append(ieepaDuty(verdict).toPlainString()).append(')');
    }
    return out.toString();
  }

  /** Accumulates a summary; not thread-safe. */
  static final class Tally {
    private final String policyId;
    private final LocalDate asOf;
    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    private final Map<Verdict, BigDecimal> ieepaDuty = new EnumMap<>(Verdict.class);

    Tally(String policyId, LocalDate asOf) {
      this.policyId = policyId;
      this.asOf = asOf;
    }

    void add(Assessment assessment) {
      counts.merge(assessment.verdict(), 1L, Long::sum);
      ieepaDuty.merge(assessment.verdict(), assessment.ieepaDuty(), BigDecimal::add);
    }

    ScreeningSummary summary() {
      return new ScreeningSummary(policyId, asOf, counts, ieepaDuty);
    }
  }
}
