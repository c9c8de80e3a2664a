package org.caperules.core.rule;

/**
 * What a {@link ReasonCode} says about an entry: a data fault to fix, or a CAPE exclusion.
 * Example: {@code INVALID_ENTRY_NUMBER} is {@link #DATA}, {@code DRAWBACK} is {@link #EXCLUSION}.
 */
public enum ReasonKind {
  /** The data cannot support a decision; the verdict is {@code NEEDS_REVIEW}. */
  DATA,
  /** CAPE excludes the entry; the verdict is {@code NOT_ELIGIBLE} (unless data fails). */
  EXCLUSION
}
