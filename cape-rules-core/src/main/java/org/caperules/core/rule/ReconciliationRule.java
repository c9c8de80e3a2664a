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
package org.caperules.core.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * Reconciliation entries are excluded: type 09 reconciliation summaries always, and entries
 * flagged for reconciliation (CSMS #68340863) unless the policy accepts them. From 2026-06-29
 * CAPE accepts flagged entries of types 01, 02 and 06 when no type 09 has been filed (CSMS
 * #69035485; {@link PolicySettings#reconciliationFlaggedAccepted()}). Produces
 * {@link ReasonCode#RECONCILIATION}.
 *
 * <p>Example: under PHASE_1 a flagged type 01 entry gives "The entry is flagged for
 * reconciliation and policy PHASE_1 does not accept entries flagged for reconciliation.", and the
 * advice that reconciliation entries wait for a later deployment.
 *
 * <p>CAPE message: {@link CapeErrorMessage#ENTRY_SUMMARY_FLAGGED_FOR_RECON} ("ENTRY SUMMARY FLAGGED
 * FOR RECON").
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReconciliationRule extends CbpRule {

  static final ReconciliationRule INSTANCE = new ReconciliationRule();

  /**
   * Entry types whose reconciliation-flagged entries CAPE accepts from 2026-06-29 when no type 09
   * has been filed (CSMS #69035485).
   */
  private static final Set<EntryType> RECON_ACCEPTED_TYPES = Set.copyOf(EnumSet.of(
      EntryType.of("01"), EntryType.of("02"), EntryType.of("06")));

  /** The day CSMS #69035485 was issued: advice before it does not cite it. */
  static final LocalDate CSMS_69035485_ISSUED = LocalDate.of(2026, 6, 23);

  private ReconciliationRule() {
    super("RECONCILIATION", ReasonCode.RECONCILIATION);
  }

  @Override
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of(CapeErrorMessage.ENTRY_SUMMARY_FLAGGED_FOR_RECON);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    EntryType type = entry.entryType();
    if (type != null && type.isReconciliation()) {
      return Finding.of(ReasonCode.RECONCILIATION,
          "Entry type 09 (reconciliation summary) is excluded from CAPE.");
    }
    if (!entry.reconciliationFlagged()) {
      return null;
    }
    boolean acceptedType = type != null && RECON_ACCEPTED_TYPES.contains(type);
    if (policy.settings().reconciliationFlaggedAccepted() && acceptedType
        && !entry.reconciliationEntryFiled()) {
      return null;
    }
    String why;
    if (!policy.settings().reconciliationFlaggedAccepted()) {
      why = "policy " + policy.id() + " does not accept entries flagged for reconciliation";
    } else if (!acceptedType) {
      why = "only types 01, 02 and 06 flagged for reconciliation are accepted, and this entry's"
          + " type is " + (type == null ? "unknown" : type.code());
    } else {
      why = "its type 09 reconciliation entry has been filed";
    }
    return Finding.of(ReasonCode.RECONCILIATION,
        "The entry is flagged for reconciliation and " + why + ".");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    if (asOf != null && asOf.isBefore(CSMS_69035485_ISSUED)) {
      return new NextAction("Not in this CAPE phase: entries flagged for reconciliation are"
          + " excluded (CSMS #68340863); wait for a later deployment.", null);
    }
    return new NextAction("Not in this CAPE phase: reconciliation entries wait for a later"
        + " deployment (CSMS #69035485); recon-flagged 01/02/06 entries qualify only while no"
        + " type 09 is filed.", null);
  }
}
