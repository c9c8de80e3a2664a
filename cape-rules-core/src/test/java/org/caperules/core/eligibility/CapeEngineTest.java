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
package org.caperules.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HeadingRule;
import org.caperules.core.HtsNumber;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.TariffProgram;
import org.caperules.core.date.CapeWindowEnd;
import org.caperules.core.rule.EligibilityRule;
import org.caperules.core.rule.Finding;
import org.caperules.core.rule.NextAction;
import org.caperules.core.rule.PolicySettings;
import org.caperules.core.rule.ReasonCode;
import org.caperules.core.rule.ReasonKind;
import org.caperules.core.rule.StandardRules;
import org.junit.jupiter.api.Test;

class CapeEngineTest {

  private static final LocalDate FRI_2026_04_24 = LocalDate.of(2026, 4, 24);
  private static final LocalDate MON_2026_07_06 = LocalDate.of(2026, 7, 6);
  private static final LocalDate TUE_2026_07_07 = LocalDate.of(2026, 7, 7);
  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final LocalDate TUE_2026_07_14 = LocalDate.of(2026, 7, 14);
  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final CapeEngine ENGINE = CapeEngine.standard();

  private static Entry.Builder ieepaEntry(String entryNumber) {
    return Entry.builder()
        .entryNumber(EntryNumber.of(entryNumber))
        .entryType(EntryType.of("01"))
        .entryDate(LocalDate.of(2025, 6, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("100.00")));
  }

  private static Entry liquidatedOn(LocalDate liquidated) {
    return ieepaEntry("GLD00000011").liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(liquidated).build();
  }

  @Test
  void evaluate_day80_eligibleWithDatedNextActionAndAtRisk() {
    Assessment a = ENGINE.evaluate(liquidatedOn(FRI_2026_04_24), MON_2026_07_13);
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(a.findings()).isEmpty();
    assertThat(a.nextAction().text())
        .isEqualTo("Declare in CAPE by 2026-07-13 (day 80 after liquidation on 2026-04-24).");
    assertThat(a.nextAction().dueDate()).isEqualTo(MON_2026_07_13);
    assertThat(a.isAtRisk()).isTrue();
    assertThat(a.policyId()).isEqualTo("WAREHOUSE_21_22_EXCLUDED");
    assertThat(a.asOf()).isEqualTo(MON_2026_07_13);
    assertThat(a.ieepaDuty()).isEqualByComparingTo("100.00");
    assertThat(a.toString())
        .isEqualTo("GLD00000011 as of 2026-07-13 under WAREHOUSE_21_22_EXCLUDED: ELIGIBLE []");
  }

  @Test
  void evaluate_atRisk_lastSevenDaysOfWindowOnly() {
    // Liquidated Fri 2026-04-24: day 73 is Mon 2026-07-06 (8 days left counting today),
    // day 74 is Tue 2026-07-07 (7 days left: 07-07 .. 07-13).
    assertThat(ENGINE.evaluate(liquidatedOn(FRI_2026_04_24), MON_2026_07_06).isAtRisk()).isFalse();
    assertThat(ENGINE.evaluate(liquidatedOn(FRI_2026_04_24), TUE_2026_07_07).isAtRisk()).isTrue();
  }

  @Test
  void evaluate_day81_windowPassedWithExactFindingAndProtestAction() {
    Assessment a = ENGINE.evaluate(liquidatedOn(FRI_2026_04_24), TUE_2026_07_14);
    assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(a.findings()).singleElement().satisfies(f -> {
      assertThat(f.reason()).isEqualTo(ReasonCode.LIQUIDATION_WINDOW_PASSED);
      // Protest last day: Fri 2026-04-24 + 180 = Wed 2026-10-21, a business day.
      assertThat(f.message()).isEqualTo("Liquidated 2026-04-24; the CAPE window closed on"
          + " 2026-07-13 (day 80); as of 2026-07-14 it is day 81. A protest can be filed until"
          + " 2026-10-21.");
      assertThat(f.source()).isEqualTo(ReasonCode.LIQUIDATION_WINDOW_PASSED.source());
    });
    assertThat(a.nextAction().text())
        .isEqualTo("File a protest by 2026-10-21 to preserve the refund.");
    assertThat(a.nextAction().dueDate()).isEqualTo(LocalDate.of(2026, 10, 21));
    assertThat(a.isAtRisk()).isFalse();
  }

  @Test
  void evaluate_finallyLiquidated_counselAction() {
    Assessment a = ENGINE.evaluate(liquidatedOn(FRI_2026_04_24), LocalDate.of(2026, 10, 22));
    assertThat(a.reasons()).containsExactly(ReasonCode.LIQUIDATION_FINAL);
    assertThat(a.findings().get(0).message()).isEqualTo("Liquidated 2026-04-24; liquidation"
        + " became final after the protest last day 2026-10-21; as of 2026-10-22 it is day 181.");
    assertThat(a.nextAction().text()).startsWith("Liquidation is final: wait for a CAPE phase");
    assertThat(a.nextAction().dueDate()).isNull();
  }

  @Test
  void evaluate_unliquidated_showsProjectedLiquidationAndHorizon() {
    Entry entry = ieepaEntry("GLD00000029").entryDate(MON_2026_01_05)
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    Assessment a = ENGINE.evaluate(entry, LocalDate.of(2026, 5, 1));
    // 2026-01-05 + 314 days = 2026-11-15; + 494 days = 2027-05-14 (hand count). The report row
    // gives one liquidation date, the forecast's (acceptance + 45): the advice names none.
    assertThat(a.nextAction().text()).isEqualTo("Declare in CAPE now; once the declaration is"
        + " accepted, CAPE liquidates the entry 45 days later.");
    assertThat(a.deadlines().projectedLiquidation()).contains(LocalDate.of(2026, 11, 15));
    assertThat(a.deadlines().capeLastDay()).isEmpty();
    assertThat(a.isAtRisk()).isFalse();
  }

  @Test
  void evaluate_openProtestWithin80Days_suggestsWithdrawing() {
    Entry entry = ieepaEntry("GLD00000037").liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(FRI_2026_04_24).protestStatus(ProtestStatus.OPEN).build();
    Assessment a = ENGINE.evaluate(entry, LocalDate.of(2026, 5, 1));
    assertThat(a.reasons()).containsExactly(ReasonCode.OPEN_PROTEST);
    assertThat(a.nextAction().text()).isEqualTo("CBP suggests withdrawing an IEEPA-only protest"
        + " and declaring in CAPE by 2026-07-13.");
  }

  @Test
  void evaluate_needsReview_listsExclusionsAndAsksForData() {
    Entry entry = Entry.builder().entryNumberText("ABC12345678")
        .entryType(EntryType.of("08")).build();
    Assessment a = ENGINE.evaluate(entry, LocalDate.of(2026, 5, 1));
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasonsText())
        .isEqualTo("DUTY_DEFERRAL;INVALID_ENTRY_NUMBER;NO_IEEPA_DUTY;UNKNOWN_LIQUIDATION_STATUS");
    assertThat(a.findings().get(1).message()).isEqualTo("Entry number 'ABC12345678' has check"
        + " digit 8, but the CATAIR check digit of 'ABC1234567' is 6.");
    assertThat(a.findings().get(3).message()).isEqualTo("No liquidation status: add Liquidation"
        + " Status and Liquidation Date from ACE; an entry without a liquidation status in ACE is"
        + " excluded.");
    assertThat(a.nextAction().text()).isEqualTo("Correct the entry number from the entry summary"
        + " (CBP Form 7501) and screen again.");
  }

  @Test
  void evaluate_unrecognisedStatus_quotesTheText() {
    Entry entry = ieepaEntry("GLD00000045").liquidationStatusText("PENDING LIQ").build();
    Assessment a = ENGINE.evaluate(entry, LocalDate.of(2026, 5, 1));
    assertThat(a.findings()).singleElement().extracting(Finding::message)
        .isEqualTo("Liquidation status 'PENDING LIQ' is not recognised; CAPE needs an open or"
            + " closed liquidation status in ACE.");
    assertThat(a.nextAction().text()).startsWith("Add the liquidation status and date from ACE");
  }

  /**
   * As of Fri 2026-12-04 an entry of Mon 2025-12-08 is still unliquidated in the data: the
   * usual-cycle projection 2025-12-08 + 314 days = Sun 2026-10-18 (23 days to 2025-12-31, then
   * 291 days: 31+28+31+30+31+30+31+31+30 = 273 to 2026-09-30, + 18) is past, so the advice says
   * so; one year after entry, 2026-12-08, is not yet reached, so no deemed liquidation.
   */
  @Test
  void evaluate_asOf20261204_noPastProjectedDateAsAdvice() {
    LocalDate fri20261204 = LocalDate.of(2026, 12, 4);
    Entry eligible = ieepaEntry("GLD00000029").entryDate(LocalDate.of(2025, 12, 8))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    Assessment a = ENGINE.evaluate(eligible, fri20261204);
    assertThat(a.deadlines().projectedLiquidation()).contains(LocalDate.of(2026, 10, 18));
    assertThat(a.nextAction().text()).isEqualTo("Declare in CAPE now; once the declaration is"
        + " accepted, CAPE liquidates the entry 45 days later; CBP's usual cycle (entry date +"
        + " 314 days) put its liquidation on 2026-10-18, already past: check ACE for the"
        + " liquidation date and, if there is none, ask CBP (IEEPARefunds@cbp.dhs.gov) whether"
        + " the entry is extended or suspended.");
    // Entered Tue 2025-12-02: one year later, Wed 2026-12-02, is before the as-of date.
    Entry older = ieepaEntry("GLD00000037").entryDate(LocalDate.of(2025, 12, 2))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    assertThat(ENGINE.evaluate(older, fri20261204).nextAction().text()).endsWith("whether the"
        + " entry is extended or suspended, or deemed liquidated on 2026-12-02, one year after"
        + " entry (19 U.S.C. 1504(a)).");
    // No date before the as-of date is offered as one to act by, in any verdict's advice.
    for (Entry e : List.of(eligible, older)) {
      Assessment assessed = ENGINE.evaluate(e, fri20261204);
      assertThat(assessed.nextAction().dueDate()).isNull();
      assertThat(assessed.nextAction().text()).doesNotContain("projected liquidation");
    }
  }

  @Test
  void evaluate_missingEntryType_warns() {
    Entry entry = Entry.builder().entryNumber(EntryNumber.of("GLD00000052"))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030125"), BigDecimal.TEN)).build();
    Assessment a = ENGINE.evaluate(entry, LocalDate.of(2026, 5, 1));
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(a.warnings()).containsExactly("Entry type unknown: the type-based rules"
        + " (reconciliation, drawback, duty deferral, warehouse) could not be checked.");
    assertThat(a.nextAction().text()).isEqualTo("Declare in CAPE now; once the declaration is"
        + " accepted, CAPE liquidates the entry 45 days later.");
  }

  @Test
  void settings_day80Exclusive_day80IsOut() {
    CapePolicy exclusive = CapePolicy.builder().from(CapePolicies.PHASE_1)
        .id("PHASE_1_DAY80_OUT").settings(PolicySettings.builder()
            .capeWindowEnd(CapeWindowEnd.DAY_80_EXCLUSIVE).build()).build();
    Assessment a = CapeEngine.of(exclusive).evaluate(liquidatedOn(FRI_2026_04_24), MON_2026_07_13);
    assertThat(a.reasons()).containsExactly(ReasonCode.LIQUIDATION_WINDOW_PASSED);
    assertThat(a.policyId()).isEqualTo("PHASE_1_DAY80_OUT");
  }

  @Test
  void settings_excludeTib_type23NotAllowed() {
    CapePolicy noTib = CapePolicy.builder().from(CapePolicies.PHASE_1).id("NO_TIB")
        .settings(PolicySettings.builder().excludeTemporaryImportationBond(true).build()).build();
    Entry tib = ieepaEntry("GLD00000060").entryType(EntryType.of("23"))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    assertThat(CapeEngine.of(noTib).evaluate(tib, LocalDate.of(2026, 5, 1)).reasons())
        .containsExactly(ReasonCode.ENTRY_TYPE_NOT_ALLOWED);
    assertThat(ENGINE.evaluate(tib, LocalDate.of(2026, 5, 1)).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void ieepaHeadings_customTableOnPolicy_changesDutyAndNoIeepaDutyRule() {
    // 9903.96.01 is OTHER_CHAPTER_99 in the standard table; a custom table makes it IEEPA.
    Entry entry = Entry.builder().entryNumber(EntryNumber.of("GLD00000011"))
        .entryType(EntryType.of("01")).entryDate(LocalDate.of(2025, 6, 2))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.96.01"), new BigDecimal("45.00")))
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("0.00")))
        .build();
    List<HeadingRule> rules = new ArrayList<>(IeepaHeadings.standard().rules());
    rules.removeIf(rule -> rule.headings().startsWith("9903.96"));
    rules.add(HeadingRule.of("9903.96", TariffProgram.IEEPA, "hypothetical correction"));
    CapePolicy custom = CapePolicy.builder().from(CapePolicies.PHASE_1).id("HEADINGS")
        .ieepaHeadings(IeepaHeadings.of(rules)).build();
    assertThat(CapePolicies.PHASE_1.ieepaHeadings()).isSameAs(IeepaHeadings.standard());

    Assessment standard = CapeEngine.of(CapePolicies.PHASE_1).evaluate(entry, MON_2026_07_13);
    assertThat(standard.ieepaDuty()).isEqualByComparingTo("0.00");
    assertThat(standard.reasons()).containsExactly(ReasonCode.NO_IEEPA_DUTY);
    assertThat(standard.findings().get(0).message()).isEqualTo("None of the 2 tariff lines is an"
        + " IEEPA Chapter 99 heading (9903.01.xx or 9903.02.xx) with duty above zero; IEEPA duty"
        + " on the entry is 0.00.");

    Assessment withCustom = CapeEngine.of(custom).evaluate(entry, MON_2026_07_13);
    assertThat(withCustom.ieepaDuty()).isEqualByComparingTo("45.00");
    assertThat(withCustom.ieepaDuty()).isSameAs(withCustom.ieepaDuty());
    assertThat(withCustom.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(withCustom.findings()).isEmpty();
  }

  @Test
  void settings_negativeAtRiskDays_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PolicySettings.builder().atRiskDays(-1).build())
        .withMessage("atRiskDays must be zero or more, but was -1");
  }

  @Test
  void customRule_addedToPolicy_runs() {
    EligibilityRule noCanada = (entry, asOf, policy) -> entry.entryNumberText().startsWith("CAN")
        ? java.util.Optional.of(Finding.of(ReasonCode.NOT_IN_ACE, "Hypothetical rule."))
        : java.util.Optional.empty();
    List<EligibilityRule> rules = new ArrayList<>(StandardRules.all());
    rules.add(noCanada);
    CapePolicy custom = CapePolicy.builder().from(CapePolicies.PHASE_1).id("CUSTOM")
        .rules(rules).confirmation(Confirmation.UNCONFIRMED).build();
    Entry entry = Entry.builder().entryNumberText("CAN00000000")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030101"), BigDecimal.ONE)).build();
    assertThat(CapeEngine.of(custom).evaluate(entry, LocalDate.of(2026, 5, 1)).findings())
        .extracting(Finding::message).contains("Hypothetical rule.");
  }

  private static EligibilityRule always(ReasonCode reason, String message) {
    return (entry, asOf, policy) -> java.util.Optional.of(Finding.of(reason, message));
  }

  private static List<String> messages(List<EligibilityRule> rules) {
    CapePolicy custom = CapePolicy.builder().from(CapePolicies.PHASE_1).id("CUSTOM")
        .rules(rules).confirmation(Confirmation.UNCONFIRMED).build();
    return CapeEngine.of(custom).evaluate(liquidatedOn(FRI_2026_04_24), MON_2026_07_13)
        .findings().stream().map(Finding::message).toList();
  }

  @Test
  void findings_two_sortedByReasonCode() {
    // rule order OPEN_PROTEST, ADCVD_PENDING_LIQUIDATION; reason order the other way round
    assertThat(messages(List.of(always(ReasonCode.OPEN_PROTEST, "protest"),
        always(ReasonCode.ADCVD_PENDING_LIQUIDATION, "adcvd"))))
        .containsExactly("adcvd", "protest");
    assertThat(messages(List.of(always(ReasonCode.ADCVD_PENDING_LIQUIDATION, "adcvd"),
        always(ReasonCode.OPEN_PROTEST, "protest"))))
        .containsExactly("adcvd", "protest");
  }

  @Test
  void findings_sameReason_keepRuleOrder() {
    assertThat(messages(List.of(always(ReasonCode.OPEN_PROTEST, "first"),
        always(ReasonCode.OPEN_PROTEST, "second"))))
        .containsExactly("first", "second");
    assertThat(messages(List.of(always(ReasonCode.OPEN_PROTEST, "first"),
        always(ReasonCode.DRAWBACK, "drawback"), always(ReasonCode.OPEN_PROTEST, "second"))))
        .containsExactly("drawback", "first", "second");
  }

  @Test
  void findings_three_sortedByReasonCode() {
    assertThat(messages(List.of(always(ReasonCode.OPEN_PROTEST, "protest"),
        always(ReasonCode.DRAWBACK, "drawback"),
        always(ReasonCode.ADCVD_PENDING_LIQUIDATION, "adcvd"))))
        .containsExactly("adcvd", "drawback", "protest");
  }

  @Test
  void policies_inForceOn_switchDates() {
    CapePolicies policies = CapePolicies.standard();
    assertThat(policies.inForceOn(LocalDate.of(2026, 1, 1))).isSameAs(CapePolicies.PHASE_1);
    assertThat(policies.inForceOn(LocalDate.of(2026, 4, 20))).isSameAs(CapePolicies.PHASE_1);
    assertThat(policies.inForceOn(LocalDate.of(2026, 6, 28))).isSameAs(CapePolicies.PHASE_1);
    assertThat(policies.inForceOn(LocalDate.of(2026, 6, 29))).isSameAs(CapePolicies.PHASE_1_RECON);
    assertThat(policies.inForceOn(MON_2026_07_06)).isSameAs(CapePolicies.PHASE_1_RECON);
    assertThat(policies.inForceOn(TUE_2026_07_07))
        .isSameAs(CapePolicies.WAREHOUSE_21_22_EXCLUDED);
    assertThat(policies.inForceOn(LocalDate.of(2026, 10, 5)))
        .isSameAs(CapePolicies.WAREHOUSE_21_22_EXCLUDED);
    assertThat(policies.inForceOn(LocalDate.of(2026, 10, 6)))
        .isSameAs(CapePolicies.PHASE_3_LITIGANTS);
    assertThat(policies.all()).extracting(CapePolicy::id).containsExactly("PHASE_1",
        "PHASE_1_RECON", "WAREHOUSE_21_22_EXCLUDED", "PHASE_3_LITIGANTS");
    assertThat(policies.toString()).isEqualTo("[PHASE_1@2026-04-20, PHASE_1_RECON@2026-06-29,"
        + " WAREHOUSE_21_22_EXCLUDED@2026-07-07, PHASE_3_LITIGANTS@2026-10-06]");
  }

  @Test
  void policies_confirmationAndSources() {
    assertThat(CapePolicies.PHASE_1.sources()).containsExactly("CSMS #68315804", "CSMS #68340863");
    assertThat(CapePolicies.PHASE_1_RECON.sources()).containsExactly("CSMS #69035485");
    assertThat(CapePolicies.WAREHOUSE_21_22_EXCLUDED.sources()).containsExactly("CSMS #69127837");
    assertThat(CapePolicies.all(Confirmation::isConfirmed)).extracting(CapePolicy::id)
        .containsExactly("PHASE_1", "PHASE_1_RECON", "WAREHOUSE_21_22_EXCLUDED");
    assertThat(CapePolicies.PHASE_3_LITIGANTS.confirmation().isConfirmed()).isFalse();
    assertThat(CapePolicies.PHASE_3_LITIGANTS.settings()
        .finallyLiquidatedAcceptedForCitPlaintiffs()).isTrue();
    assertThat(CapePolicies.PHASE_3_LITIGANTS.settings().warehouseEntriesExcluded()).isTrue();
    assertThat(CapePolicies.PHASE_3_LITIGANTS.settings().reconciliationFlaggedAccepted()).isTrue();
    assertThat(CapePolicies.PHASE_1.toString()).isEqualTo("PHASE_1");
  }

  @Test
  void policies_byId_caseInsensitiveAndUnknownListsKnownIds() {
    assertThat(CapePolicies.standard().byId(" phase_1_recon ")).isSameAs(CapePolicies.PHASE_1_RECON);
    assertThatIllegalArgumentException().isThrownBy(() -> CapePolicies.standard().byId("PHASE_2"))
        .withMessage("Unknown CAPE policy 'PHASE_2'; known policies: PHASE_1, PHASE_1_RECON,"
            + " WAREHOUSE_21_22_EXCLUDED, PHASE_3_LITIGANTS");
  }

  @Test
  void policies_of_rejectsDuplicatesAndEmpty() {
    assertThatIllegalArgumentException().isThrownBy(() -> CapePolicies.of(List.of()))
        .withMessage("A set of CAPE policies must not be empty");
    CapePolicy sameDay = CapePolicy.builder().from(CapePolicies.PHASE_1).id("OTHER").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CapePolicies.of(List.of(CapePolicies.PHASE_1, sameDay)))
        .withMessage("Policies PHASE_1 and OTHER take effect on the same date 2026-04-20");
    CapePolicy sameId = CapePolicy.builder().from(CapePolicies.PHASE_1)
        .effectiveDate(LocalDate.of(2026, 5, 1)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CapePolicies.of(List.of(CapePolicies.PHASE_1, sameId)))
        .withMessageStartingWith("Policy ids must be unique");
  }

  @Test
  void policy_blankIdOrNoRules_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CapePolicy.builder().from(CapePolicies.PHASE_1).id(" ").build())
        .withMessage("Policy id must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CapePolicy.builder().from(CapePolicies.PHASE_1).rules(List.of()).build())
        .withMessage("Policy PHASE_1 must have at least one rule");
  }

  /** compare(PHASE_1, PHASE_1_RECON) shows the recon change and nothing else. */
  @Test
  void compare_phase1VersusRecon_listsOnlyTheReconFlaggedEntry() {
    Entry reconFlagged = ieepaEntry("GLD00000193").liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .reconciliationFlagged(true).build();
    Entry plain = ieepaEntry("GLD00000011").liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .build();
    Entry reconWith09 = ieepaEntry("GLD00000227").liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .reconciliationFlagged(true).reconciliationEntryFiled(true).build();

    List<PolicyComparison.Difference> differences = PolicyComparison.compare(
        CapePolicies.PHASE_1, CapePolicies.PHASE_1_RECON, List.of(plain, reconFlagged, reconWith09),
        LocalDate.of(2026, 6, 29));

    assertThat(differences).singleElement().satisfies(d -> {
      assertThat(d.a().entryNumberText()).isEqualTo("GLD00000193");
      assertThat(d.a().verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
      assertThat(d.a().reasons()).containsExactly(ReasonCode.RECONCILIATION);
      assertThat(d.b().verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(d.verdictChanged()).isTrue();
      assertThat(d.toString()).isEqualTo("GLD00000193: PHASE_1 NOT_ELIGIBLE [RECONCILIATION]"
          + " -> PHASE_1_RECON ELIGIBLE []");
    });
  }

  @Test
  void screen_countsAndDutyPerVerdict() {
    Entry eligible = liquidatedOn(FRI_2026_04_24);
    Entry passed = ieepaEntry("GLD00000029").liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 1, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030201"), new BigDecimal("23.45"))).build();
    ScreeningResult result = ENGINE.screen(List.of(eligible, passed), MON_2026_07_13);
    assertThat(result.assessments()).extracting(Assessment::verdict)
        .containsExactly(Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE);
    ScreeningSummary summary = result.summary();
    assertThat(summary.count(Verdict.ELIGIBLE)).isEqualTo(1);
    assertThat(summary.count(Verdict.NEEDS_REVIEW)).isZero();
    assertThat(summary.total()).isEqualTo(2);
    // 100.00 on the first; 100.00 + 23.45 = 123.45 on the second.
    assertThat(summary.ieepaDuty(Verdict.NOT_ELIGIBLE)).isEqualByComparingTo("123.45");
    assertThat(summary.totalIeepaDuty()).isEqualByComparingTo("223.45");
    assertThat(summary.policyId()).isEqualTo("WAREHOUSE_21_22_EXCLUDED");
    assertThat(summary.asOf()).isEqualTo(MON_2026_07_13);
    assertThat(summary.toString()).isEqualTo("WAREHOUSE_21_22_EXCLUDED as of 2026-07-13:"
        + " ELIGIBLE=1 (100.00) ELIGIBLE_DEFERRED=0 (0.00) NOT_ELIGIBLE=1 (123.45)"
        + " NEEDS_REVIEW=0 (0.00)");
  }

  @Test
  void verdict_isDeclarable_onlyEligibleAndDeferred() {
    assertThat(Verdict.ELIGIBLE.isDeclarable()).isTrue();
    assertThat(Verdict.ELIGIBLE_DEFERRED.isDeclarable()).isTrue();
    assertThat(Verdict.NOT_ELIGIBLE.isDeclarable()).isFalse();
    assertThat(Verdict.NEEDS_REVIEW.isDeclarable()).isFalse();
  }

  @Test
  void reasonCodes_declaredAlphabetically_withKindAndSource() {
    ReasonCode[] codes = ReasonCode.values();
    for (int i = 1; i < codes.length; i++) {
      assertThat(codes[i - 1].name()).as("order at %s", codes[i]).isLessThan(codes[i].name());
    }
    for (ReasonCode code : codes) {
      assertThat(code.source()).as(code.name()).isNotBlank();
    }
    assertThat(java.util.Arrays.stream(codes).filter(c -> c.kind() == ReasonKind.DATA))
        .containsExactly(ReasonCode.CHECKS_NOT_RUN, ReasonCode.DATE_AFTER_AS_OF,
            ReasonCode.INVALID_ENTRY_NUMBER,
            ReasonCode.LIQUIDATION_BEFORE_ENTRY, ReasonCode.ROWS_REJECTED,
            ReasonCode.UNKNOWN_LIQUIDATION_STATUS,
            ReasonCode.UNKNOWN_PROTEST_STATUS);
  }

  @Test
  void finding_toStringAndNullChecks() {
    Finding f = Finding.of(ReasonCode.NOT_IN_ACE, "Not filed in ACE.");
    assertThat(f.toString()).isEqualTo("NOT_IN_ACE: Not filed in ACE. [" 
        + ReasonCode.NOT_IN_ACE.source() + "]");
    assertThat(new NextAction("Do it.", null).toString()).isEqualTo("Do it.");
    assertThat(CapeEngine.of(CapePolicies.PHASE_1).toString()).isEqualTo("CapeEngine[PHASE_1]");
  }
}
