package org.caperules.core.eligibility;

/** How firmly a CAPE policy is established by CBP's own texts. */
public enum Confirmation {
  /** CBP's own bulletin (CSMS on content.govdelivery.com) was read. */
  CBP_PRIMARY,
  /** A CSMS number is cited with its content by third parties, but CBP's text was not read. */
  CBP_REPORTED,
  /** Reported by law firms or vendors only; no CBP bulletin found. In force, but listed as such. */
  UNCONFIRMED;

  /**
   * Tells whether a CBP bulletin supports the policy ({@link #CBP_PRIMARY} or
   * {@link #CBP_REPORTED}).
   *
   * @return false only for {@link #UNCONFIRMED}
   */
  public boolean isConfirmed() {
    return this != UNCONFIRMED;
  }
}
