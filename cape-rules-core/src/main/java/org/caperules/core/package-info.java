/**
 * The CAPE domain: identifiers, entries and their facts.
 *
 * <ul>
 *   <li>{@link org.caperules.core.EntryNumber}: a CBP entry number with its CATAIR check digit.
 *   <li>{@link org.caperules.core.ImporterNumber}: an importer of record number (IRS, SSN or
 *       CBP-assigned); an SSN is masked whenever it is printed.
 *   <li>{@link org.caperules.core.EntryType}: the CBP entry type codes of CATAIR Appendix B, with
 *       the groupings CAPE's rules use (warehouse, drawback, AD/CVD, reconciliation, ...).
 *   <li>{@link org.caperules.core.LiquidationStatus}: unliquidated, liquidated or pending, with a
 *       lenient parser for ACE export text that never guesses.
 *   <li>{@link org.caperules.core.HtsNumber}: a 10-digit HTSUS number or an 8-digit Chapter 99
 *       heading.
 *   <li>{@link org.caperules.core.TariffProgram}: the program behind a Chapter 99 heading (IEEPA,
 *       Section 122, 201, 232, 301, 338).
 *   <li>{@link org.caperules.core.IeepaHeadings}: the effective-dated Chapter 99 heading table
 *       that classifies duty lines as IEEPA or not, made of
 *       {@link org.caperules.core.HeadingRule} rows.
 *   <li>{@link org.caperules.core.DutyLine}: an HTS number and the duty deposited under it.
 *   <li>{@link org.caperules.core.ProtestStatus}: none, open, suspended, closed or unknown.
 *   <li>{@link org.caperules.core.EntrySummaryStatus}: accepted, cancelled or rejected.
 *   <li>{@link org.caperules.core.Entry}: the facts about one entry that the CAPE rules need,
 *       with its data faults representable; sums its IEEPA duty.
 * </ul>
 */
@NullMarked
package org.caperules.core;

import org.jspecify.annotations.NullMarked;
