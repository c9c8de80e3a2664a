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
import java.util.Optional;
import org.caperules.core.Entry;

/**
 * One CAPE eligibility rule. A policy runs every rule of its list on an entry (no short-circuit),
 * so one assessment explains every reason.
 *
 * <p>The built-in rules are the constants of {@link StandardRules}, one class per CBP rule. A
 * user may write a rule of their own to model a change before CBP publishes it, and put it in a
 * custom policy:
 *
 * <pre>{@code
 * EligibilityRule noType11 = (entry, asOf, policy) -> entry.entryType() == EntryType.of("11")
 *     ? Optional.of(Finding.of(ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
 *         "Entry type 11 is excluded by policy " + policy.id() + "."))
 *     : Optional.empty();
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe, never read a clock, and never throw for an
 * odd entry: saying no is a finding.
 */
@FunctionalInterface
public interface EligibilityRule {

  /**
   * Checks an entry against this rule.
   *
   * @param entry  the entry
   * @param asOf  the date of the assessment (the planned filing date)
   * @param policy  the policy being applied, for its id, settings, deadlines and heading table
   * @return a finding if the entry fails this rule on {@code asOf}, otherwise empty
   */
  Optional<Finding> check(Entry entry, LocalDate asOf, PolicyContext policy);
}
