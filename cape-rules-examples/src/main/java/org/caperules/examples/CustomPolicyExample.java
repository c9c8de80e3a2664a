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
package org.caperules.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Confirmation;
import org.caperules.core.eligibility.PolicyComparison;
import org.caperules.core.rule.EligibilityRule;
import org.caperules.core.rule.Finding;
import org.caperules.core.rule.PolicySettings;
import org.caperules.core.rule.ReasonCode;
import org.caperules.core.rule.StandardRules;

/**
 * Shows how to build a custom policy and compare it with a built-in one: derive "what if CBP also
 * excluded type 23 (temporary importation under bond) and informal type 11 entries?" from {@link
 * CapePolicies#WAREHOUSE_21_22_EXCLUDED} with {@code CapePolicy.builder().from(...)}, the first
 * through a {@link PolicySettings} setting and the second through a custom
 * {@link EligibilityRule} added to {@link StandardRules#all()}, then list with
 * {@link PolicyComparison#compare} the entries whose verdict or reasons differ. This is also how a
 * future CBP phase is tried before it is added to {@link CapePolicies}.
 */
public final class CustomPolicyExample {

  private CustomPolicyExample() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** A hypothetical rule: informal entries (type 11) are not allowed. */
  private static final EligibilityRule NO_INFORMAL_ENTRIES = (entry, asOf, policy) ->
      entry.entryType() == EntryType.of("11")
          ? Optional.of(Finding.of(ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
              "Entry type 11 (informal) is excluded by policy " + policy.id() + "."))
          : Optional.empty();

  static void run(PrintStream out) {
    CapePolicy builtIn = CapePolicies.WAREHOUSE_21_22_EXCLUDED;
    List<EligibilityRule> rules = new ArrayList<>(StandardRules.all());
    rules.add(NO_INFORMAL_ENTRIES);
    CapePolicy custom = CapePolicy.builder().from(builtIn)
        .id("WHAT_IF_TIB_EXCLUDED")
        .description("As WAREHOUSE_21_22_EXCLUDED, and types 23 (TIB) and 11 excluded")
        .effectiveDate(LocalDate.of(2026, 8, 1))
        .sources(List.of("Hypothetical, for planning"))
        .confirmation(Confirmation.UNCONFIRMED)
        .settings(PolicySettings.builder().from(builtIn.settings())
            .excludeTemporaryImportationBond(true).build())
        .rules(rules)
        .build();
    List<Entry> entries = List.of(entry("EXA10000015", "23"), entry("MYK28000864", "01"),
        entry("EXA10000023", "11"));
    LocalDate asOf = LocalDate.of(2026, 7, 13);
    List<PolicyComparison.Difference> differences =
        PolicyComparison.compare(builtIn, custom, entries, asOf);
    out.println(differences.size() + " of " + entries.size() + " entries differ as of " + asOf
        + ":");
    for (PolicyComparison.Difference difference : differences) {
      out.println("  " + difference);
    }
  }

  private static Entry entry(String entryNumber, String type) {
    return Entry.builder()
        .entryNumber(EntryNumber.of(entryNumber))
        .entryType(EntryType.of(type))
        .entryDate(LocalDate.of(2025, 10, 1))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("250.00")))
        .build();
  }
}
