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
import org.caperules.core.ProtestStatus;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * The protest status must be known: CAPE rejects an entry with an open or suspended protest
 * (CSMS #68340863), so a status that cannot be read, or a protest number given without any
 * status, is the data reason {@link ReasonCode#UNKNOWN_PROTEST_STATUS}: an open protest cannot be
 * ruled out.
 *
 * <p>Example: status text {@code "Under Appeal"} gives "Protest status 'Under Appeal' is not
 * recognised, so an open protest cannot be ruled out.", and protest number
 * {@code 270426100123} with a blank status gives "Protest 270426100123 is given without a protest
 * status, so an open protest cannot be ruled out."; both get the advice to check the protest
 * status in ACE.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProtestStatusRule extends CbpRule {

  static final ProtestStatusRule INSTANCE = new ProtestStatusRule();

  private ProtestStatusRule() {
    super("PROTEST_STATUS", ReasonCode.UNKNOWN_PROTEST_STATUS);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    if (entry.protestStatus() != ProtestStatus.UNKNOWN) {
      String number = entry.protestNumber();
      String statusText = entry.protestStatusText();
      boolean noStatus = entry.protestStatus() == ProtestStatus.NONE
          && (statusText == null || statusText.isBlank());
      return noStatus && number != null && !number.isBlank()
          ? Finding.of(ReasonCode.UNKNOWN_PROTEST_STATUS, "Protest " + number.strip()
              + " is given without a protest status, so an open protest cannot be ruled out.")
          : null;
    }
    String text = entry.protestStatusText();
    if (text == null) {
      text = "";
    }
    return Finding.of(ReasonCode.UNKNOWN_PROTEST_STATUS,
        "Protest status '" + text + "' is not recognised, so an open protest cannot be ruled"
            + " out.");
  }

  @Override
  NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return new NextAction("Check the protest status in ACE and screen again.", null);
  }
}
