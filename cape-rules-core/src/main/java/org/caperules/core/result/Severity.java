package org.caperules.core.result;

/**
 * How much a {@link Problem} matters to whoever uses the value it is attached to.
 *
 * <p>Example: a row of an ES-003 export whose {@code Line Tariff Duty Amount} is {@code FREE} is
 * an {@link #ERROR} (the row is not used); a declaration line {@code abc-1234567-6} is a {@link
 * #WARNING} (CAPE probably accepts it, but the canonical form {@code ABC12345676} is safer); a
 * file without liquidation columns gets a {@link #NOTICE} (nothing was lost, but every entry's
 * liquidation status is unknown).
 */
public enum Severity {

  /**
   * Something was lost or would be refused: a row that was not used, a file CAPE would reject.
   */
  ERROR,

  /** The value was used, but may be wrong or may be refused: check it. */
  WARNING,

  /** Information about the input as a whole; nothing was lost or refused. */
  NOTICE
}
