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

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.junit.jupiter.api.Test;

class StandardRulesTest {

  private static final LocalDate FRI_2026_04_24 = LocalDate.of(2026, 4, 24);
  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final LocalDate TUE_2026_07_14 = LocalDate.of(2026, 7, 14);

  private static Entry liquidatedOn(LocalDate liquidated) {
    return Entry.builder().entryNumber(EntryNumber.of("GLD00000011"))
        .entryType(EntryType.of("01")).entryDate(LocalDate.of(2025, 6, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("100.00")))
        .liquidationStatus(LiquidationStatus.LIQUIDATED).liquidationDate(liquidated).build();
  }

  /** The public constants of StandardRules, in declaration order. */
  private static List<EligibilityRule> constants() throws IllegalAccessException {
    List<EligibilityRule> constants = new ArrayList<>();
    for (Field field : StandardRules.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
          && field.getType() == EligibilityRule.class) {
        constants.add((EligibilityRule) field.get(null));
      }
    }
    return constants;
  }

  @Test
  void all_isEveryConstantInDeclarationOrder_andThePoliciesRuleOrder()
      throws IllegalAccessException {
    List<EligibilityRule> all = StandardRules.all();
    assertThat(all).hasSize(16).doesNotHaveDuplicates();
    assertThat(all).containsExactlyElementsOf(constants());
    assertThat(all).first().isSameAs(StandardRules.ENTRY_NUMBER);
    assertThat(all).last().isSameAs(StandardRules.ROWS_REJECTED);
    assertThat(all).containsExactlyElementsOf(StandardRules.rules());
    for (CapePolicy policy : CapePolicies.standard().all()) {
      assertThat(policy.rules()).as(policy.id()).containsExactlyElementsOf(all);
    }
    assertThat(all).extracting(Object::toString).containsExactly("ENTRY_NUMBER",
        "LIQUIDATION_STATUS", "PROTEST_STATUS", "IEEPA_DUTY", "FILED_IN_ACE",
        "ENTRY_SUMMARY_STATUS", "RECONCILIATION", "DRAWBACK", "DUTY_DEFERRAL", "OPEN_PROTEST",
        "ADCVD_PENDING_LIQUIDATION", "LIQUIDATION_WINDOW", "ENTRY_TYPE_ALLOWED",
        "DATE_AFTER_AS_OF", "LIQUIDATION_BEFORE_ENTRY", "ROWS_REJECTED");
  }

  @Test
  void reasonCodes_eachProducedByExactlyOneRuleClass() {
    Map<ReasonCode, List<Class<?>>> producers = new EnumMap<>(ReasonCode.class);
    for (CbpRule rule : StandardRules.rules()) {
      assertThat(rule.reasonCodes()).as("%s", rule).isNotEmpty();
      for (ReasonCode code : rule.reasonCodes()) {
        producers.computeIfAbsent(code, c -> new ArrayList<>()).add(rule.getClass());
      }
    }
    // CHECKS_NOT_RUN is the engine's, not a rule's: it needs the verdict of every other rule.
    assertThat(producers.keySet()).containsExactlyElementsOf(
        java.util.EnumSet.complementOf(java.util.EnumSet.of(ReasonCode.CHECKS_NOT_RUN)));
    producers.forEach((code, classes) -> assertThat(classes).as("%s", code).hasSize(1));
    assertThat(producers.get(ReasonCode.DRAWBACK)).containsExactly(DrawbackRule.class);
    assertThat(producers.get(ReasonCode.LIQUIDATION_FINAL))
        .containsExactly(LiquidationWindowRule.class);
    assertThat(producers.get(ReasonCode.LIQUIDATION_WINDOW_PASSED))
        .containsExactly(LiquidationWindowRule.class);
  }

  @Test
  void check_isFindWrapped() {
    Entry window = liquidatedOn(FRI_2026_04_24);
    CapePolicy policy = CapePolicies.PHASE_1;
    // day 81 (2026-07-14): the window rule fires; day 80 (2026-07-13): it does not
    assertThat(StandardRules.LIQUIDATION_WINDOW.check(window, TUE_2026_07_14, policy))
        .map(Finding::reason).contains(ReasonCode.LIQUIDATION_WINDOW_PASSED);
    assertThat(StandardRules.LIQUIDATION_WINDOW.check(window, MON_2026_07_13, policy)).isEmpty();
    for (CbpRule rule : StandardRules.rules()) {
      assertThat(rule.check(window, TUE_2026_07_14, policy)).as("%s", rule)
          .isEqualTo(Optional.ofNullable(rule.find(window, TUE_2026_07_14, policy)));
    }
  }

  @Test
  void findings_ofEachRule_haveItsReasonCodes() {
    Entry window = liquidatedOn(FRI_2026_04_24);
    for (CbpRule rule : StandardRules.rules()) {
      rule.check(window, TUE_2026_07_14, CapePolicies.PHASE_1).ifPresent(finding ->
          assertThat(rule.reasonCodes()).as("%s", rule).contains(finding.reason()));
    }
  }

  /** Every NOT_ELIGIBLE reason gets a next step of its own, never "see the reasons". */
  @Test
  void nextAction_everyExclusion_actionable() {
    Entry entry = liquidatedOn(FRI_2026_04_24);
    var deadlines = CapePolicies.PHASE_1.deadlines().forEntry(FRI_2026_04_24, null);
    for (ReasonCode code : ReasonCode.values()) {
      if (code == ReasonCode.CHECKS_NOT_RUN) {
        continue; // the engine's own code: Assessment gives its next action (check ACE first)
      }
      NextAction action = StandardRules.nextAction(entry, List.of(Finding.of(code, "x")),
          deadlines, TUE_2026_07_14);
      assertThat(action.text()).as("%s", code).doesNotContain("see the reasons");
    }
    // Not liquidated: protest after liquidation.
    Entry open = Entry.builder().from(entry).liquidationDate(null)
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    assertThat(StandardRules.nextAction(open, List.of(Finding.of(ReasonCode.DRAWBACK, "x")),
        CapePolicies.PHASE_1.deadlines().forEntry(null, null), TUE_2026_07_14).text())
        .endsWith("If the entry has IEEPA duty, protest its liquidation within 180 days (19"
            + " U.S.C. 1514(c)(3)) to preserve a refund.");
    // The protest window closed (Wed 2026-10-21): nothing more to do, no past date to act by.
    NextAction late = StandardRules.nextAction(entry, List.of(Finding.of(ReasonCode.DUTY_DEFERRAL,
        "x")), deadlines, LocalDate.of(2026, 12, 4));
    assertThat(late).isEqualTo(new NextAction("Not declarable in CAPE: type 08 duty-deferral"
        + " entries are excluded from this phase. The protest window has closed (2026-10-21):"
        + " nothing more to do through CBP.", null));
  }

  /** Reconciliation advice on 2026-05-01 does not cite CSMS #69035485 of 23 June 2026. */
  @Test
  void nextAction_reconciliation_citesOnlySourcesIssuedByTheAsOfDate() {
    Entry entry = liquidatedOn(FRI_2026_04_24);
    var deadlines = CapePolicies.PHASE_1.deadlines().forEntry(FRI_2026_04_24, null);
    List<Finding> recon = List.of(Finding.of(ReasonCode.RECONCILIATION, "r"));
    assertThat(StandardRules.nextAction(entry, recon, deadlines, LocalDate.of(2026, 5, 1))
        .text()).isEqualTo("Not in this CAPE phase: entries flagged for reconciliation are"
            + " excluded (CSMS #68340863); wait for a later deployment.");
    assertThat(StandardRules.nextAction(entry, recon, deadlines, LocalDate.of(2026, 6, 23))
        .text()).contains("CSMS #69035485");
  }

  @Test
  void nextAction_precedence_firstRuleInOrderWins() {
    Entry entry = liquidatedOn(FRI_2026_04_24);
    var deadlines = CapePolicies.PHASE_1.deadlines().forEntry(FRI_2026_04_24, null);
    Finding drawback = Finding.of(ReasonCode.DRAWBACK, "d");
    Finding protest = Finding.of(ReasonCode.OPEN_PROTEST, "p");
    Finding noDuty = Finding.of(ReasonCode.NO_IEEPA_DUTY, "n");
    Finding invalid = Finding.of(ReasonCode.INVALID_ENTRY_NUMBER, "i");
    // Liquidated Fri 2026-04-24: protest last day + 180 days = Wed 2026-10-21.
    assertThat(StandardRules.nextAction(entry, List.of(drawback), deadlines).text())
        .isEqualTo("Not declarable in CAPE: entries designated for drawback are excluded from"
            + " this phase (CBP is considering later phases for them). File a protest by"
            + " 2026-10-21 (180 days after liquidation, 19 U.S.C. 1514(c)(3)) to preserve a"
            + " refund of the IEEPA duty.");
    assertThat(StandardRules.nextAction(entry, List.of(drawback, protest), deadlines).text())
        .isEqualTo("Await the protest decision; CAPE rejects entries with an open protest.");
    assertThat(StandardRules.nextAction(entry, List.of(noDuty, protest), deadlines).text())
        .isEqualTo("Nothing to refund through CAPE: the entry has no IEEPA Chapter 99 duty.");
    assertThat(StandardRules.nextAction(entry, List.of(invalid, noDuty), deadlines).text())
        .isEqualTo("Correct the entry number from the entry summary (CBP Form 7501) and screen"
            + " again.");
    assertThat(StandardRules.nextAction(entry, List.of(protest), deadlines))
        .isEqualTo(new NextAction("CBP suggests withdrawing an IEEPA-only protest and declaring"
            + " in CAPE by 2026-07-13.", MON_2026_07_13));
  }
}
