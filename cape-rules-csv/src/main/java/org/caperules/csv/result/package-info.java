/**
 * The result files CAPE gives back after an upload, and what they say about the screening.
 *
 * <p>{@link org.caperules.csv.result.CapeResultReader}: reads CAPE's validation result or claim
 * details file, columns found by any of their known names, into {@link
 * org.caperules.csv.result.CapeResultRow}s (entry, claim number, status, CBP's error
 * description), with a problem for each row it cannot use.
 *
 * <p>{@link org.caperules.csv.result.CapeResultComparison}: which CAPE rejections the screening
 * predicted, which it missed and which it contradicted, one outcome per result row.
 */
@NullMarked
package org.caperules.csv.result;

import org.jspecify.annotations.NullMarked;
