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
import java.util.List;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * Entry types the policy in force does not allow get {@link ReasonCode#ENTRY_TYPE_NOT_ALLOWED}
 * (CAPE message "ENTRY TYPE NOT ALLOWED"): the warehouse entry types 21 and 22 from 2026-07-07
 * (CSMS #69127837; {@link PolicySettings#warehouseEntriesExcluded()}), whose refund comes when
 * the warehouse entry liquidates, and type 23 (temporary importation under bond) when the
 * policy's {@link PolicySettings#excludeTemporaryImportationBond()} is on.
 *
 * <p>Example: under WAREHOUSE_21_22_EXCLUDED a type 21 entry gives "Entry type 21 (Warehouse) is
 * not allowed under policy WAREHOUSE_21_22_EXCLUDED; the refund comes when the warehouse entry
 * liquidates.", and the advice that the refund comes through its withdrawals and liquidation.
 *
 * <p>CAPE message: {@link CapeErrorMessage#ENTRY_TYPE_NOT_ALLOWED} ("ENTRY TYPE NOT ALLOWED").
 *
 * <p>This class is immutable and thread-safe.
 */
final class EntryTypeAllowedRule extends CbpRule {

  static final EntryTypeAllowedRule INSTANCE = new EntryTypeAllowedRule();

  private EntryTypeAllowedRule() {
    super("ENTRY_TYPE_ALLOWED", ReasonCode.ENTRY_TYPE_NOT_ALLOWED);
  }

  @Override
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of(CapeErrorMessage.ENTRY_TYPE_NOT_ALLOWED);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    EntryType type = entry.entryType();
    if (type == null) {
      return null;
    }
    PolicySettings settings = policy.settings();
    if (settings.warehouseEntriesExcluded() && type.isWarehouse()) {
      return Finding.of(ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
          "Entry type " + type.code() + " (" + type.description() + ") is not"
              + " allowed under policy " + policy.id() + "; the refund comes when the"
              + " warehouse entry liquidates.");
    }
    if (settings.excludeTemporaryImportationBond() && type.isTemporaryImportationBond()) {
      return Finding.of(ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
          "Entry type 23 (temporary importation under bond) is excluded by policy "
              + policy.id() + ".");
    }
    return null;
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Not declarable in CAPE: the refund of a warehouse entry comes"
        + " through its withdrawals and liquidation.", null);
  }
}
