/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
 *   <li>{@link org.caperules.core.EntryFact}: a fact an export may not give, whose checks then
 *       cannot run.
 *   <li>{@link org.caperules.core.Entry}: the facts about one entry that the CAPE rules need,
 *       with its data faults representable; sums its IEEPA duty.
 * </ul>
 */
@NullMarked
package org.caperules.core;

import org.jspecify.annotations.NullMarked;
