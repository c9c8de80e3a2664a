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
 * Importer refund readiness: can CBP pay this importer its IEEPA refunds, and if not, what to do,
 * whom to contact and how long it takes. Sources are CBP's FAQ "ACE Portal and ACH Refunds", and
 * broker and vendor ACE Portal guides of April-May 2026 (docs/decisions.md#readiness); number
 * formats follow 19 CFR 24.5, CBP Form 5106 and 12 CFR 229 Appendix A
 * (docs/formats.md#importer-numbers, docs/formats.md#ach-values). The documentation of this
 * package cites them by these short names:
 *
 * <ul>
 *   <li>"CBP ACH FAQ": CBP's FAQ "ACE Portal and ACH Refunds"
 *       (cbp.gov/trade/automated/ace-portal-and-ach-refunds-faqs), as reproduced in a broker's
 *       customer advisory "IEEPA Refund Through CAPE Updates" of 5 May 2026 (CBP, as quoted);
 *   <li>"broker guide": a customs broker's guide "How To Register In The ACE Portal To Request
 *       Your IEEPA Refund" of 14 May 2026, which reproduces CBP's contact list and CBP's
 *       replacement refund instructions (a broker, quoting CBP);
 *   <li>"broker bulletin": a customs broker's customer bulletin "IEEPA Tariff Refunds &amp; ACE
 *       Portal Setup" (2026; a broker);
 *   <li>"vendor guide": a vendor's "ACE Portal Setup Guide for IEEPA Refund", updated 20 Apr 2026
 *       (unconfirmed);
 *   <li>"vendor FAQ": a vendor FAQ "How do I register in the ACE portal?" (2026; unconfirmed).
 * </ul>
 *
 * <p>Lead times and their sources are listed in docs/decisions.md#lead-times.
 *
 * <ul>
 *   <li>{@link org.caperules.core.readiness.RefundPlan}: readiness combined with the importer's
 *       entries, flagging those whose CAPE window closes before the importer can be ready.
 *   <li>{@link org.caperules.core.readiness.ImporterReadiness}: assesses an importer profile as
 *       of a date.
 *   <li>{@link org.caperules.core.readiness.ImporterProfile}: the importer's Form 5106 record,
 *       filing route, ACE account, ACH enrollment and Form 4811 notify party.
 *   <li>{@link org.caperules.core.readiness.Form5106Record}: the CBP importer record, with the
 *       Box 2E email.
 *   <li>{@link org.caperules.core.readiness.AceAccount}: an ACE Portal top account and its
 *       Importer sub-accounts.
 *   <li>{@link org.caperules.core.readiness.AchEnrollment}: an ACH refund enrollment, numbers
 *       masked when printed.
 *   <li>{@link org.caperules.core.readiness.NotifyParty4811}: the party designated on CBP Form
 *       4811 to receive refunds.
 *   <li>{@link org.caperules.core.readiness.AbaRoutingNumber}: a 9-digit routing number with the
 *       3-7-1 checksum, masked when printed.
 *   <li>{@link org.caperules.core.readiness.BankAccountNumber}: a bank account number, masked
 *       when printed.
 *   <li>{@link org.caperules.core.readiness.FedAchDirectory}: a user-supplied
 *       {@code FedACHdir.txt}, with {@link org.caperules.core.readiness.FedAchParticipant}
 *       entries and {@link org.caperules.core.readiness.FedAchDirectoryException} parse errors.
 *   <li>{@link org.caperules.core.readiness.ReadinessAssessment}: READY or NOT_READY, the
 *       blockers and the earliest ready date.
 *   <li>{@link org.caperules.core.readiness.Blocker} and
 *       {@link org.caperules.core.readiness.BlockerCode}: one stable reason, with its sentence,
 *       fix, {@link org.caperules.core.readiness.Contact} and lead time.
 *   <li>{@link org.caperules.core.readiness.ReadinessConfig}: the UNCERTAIN settings and lead
 *       times.
 * </ul>
 */
@NullMarked
package org.caperules.core.readiness;

import org.jspecify.annotations.NullMarked;
