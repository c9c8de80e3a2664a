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
package org.caperules.core.readiness;

import java.time.Period;
import java.util.Objects;

/**
 * One reason an importer cannot yet be paid, in words that use the actual values: a stable
 * code, a sentence, the fix, whom to contact and how long the fix typically takes.
 *
 * <p>Example: {@code R13 ACH_ENROLLMENT_MISSING} with sentence "12-3456789 has no ACH refund
 * enrollment: ...", a fix naming the ACH Refund Authorization tab, contact
 * {@link Contact#ACH_REFUND_SUPPORT} and lead time {@code P0D}. Sentences and fixes never contain
 * a full account number, routing number or SSN.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  the stable code
 * @param sentence  what is wrong, quoting CBP and broker guides where it helps
 * @param fix  what to do
 * @param contact  whom to contact
 * @param typicalLeadTime  how long the fix typically takes, in days only
 */
public record Blocker(
    BlockerCode code, String sentence, String fix, Contact contact, Period typicalLeadTime) {

  /**
   * Creates a blocker.
   *
   * @param code  the stable code
   * @param sentence  what is wrong
   * @param fix  what to do
   * @param contact  whom to contact
   * @param typicalLeadTime  the lead time, days only
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the lead time has months or years, or is negative
   */
  public Blocker {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(contact, "contact");
    ReadinessConfig.checkDays(typicalLeadTime, "Lead time of " + code.code());
  }

  /**
   * Returns the code, lead time and sentence, for example
   * {@code R04 NO_ACE_ACCOUNT (P3D): Importer 12-3456789 has no ACE Portal account ...}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return code.code() + " " + code.name() + " (" + typicalLeadTime + "): " + sentence;
  }
}
