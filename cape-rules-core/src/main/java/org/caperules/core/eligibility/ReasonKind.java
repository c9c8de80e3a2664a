package org.caperules.core.eligibility;

/** What a {@link ReasonCode} says about an entry. */
public enum ReasonKind {
  /** The data cannot support a decision; the verdict is {@link Verdict#NEEDS_REVIEW}. */
  DATA,
  /** CAPE excludes the entry; the verdict is {@link Verdict#NOT_ELIGIBLE} (unless data fails). */
  EXCLUSION
}
