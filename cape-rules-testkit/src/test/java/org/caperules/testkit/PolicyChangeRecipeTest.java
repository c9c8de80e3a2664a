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
package org.caperules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.PolicyComparison.Difference;
import org.caperules.core.eligibility.PolicyComparison;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.ReasonCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code compare} recipe: generate 100,000 entries, evaluate them under two
 * policies with {@link PolicyComparison}, and assert that only the intended verdicts changed.
 * Here for the two dated changes of 2026: reconciliation (2026-06-29, CSMS #69035485) and
 * warehouse types 21/22 (2026-07-07, CSMS #69127837).
 */
class PolicyChangeRecipeTest {

  private static final long SEED = 20260629L;
  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 13);
  private static final int SIZE = 100_000;
  private static List<Entry> book = List.of();

  @BeforeAll
  static void generateBook() {
    book = Portfolios.standard().generate(SEED, AS_OF, SIZE);
  }

  /**
   * PHASE_1 -> PHASE_1_RECON: exactly the reconciliation-flagged entries of types 01, 02 and 06
   * with no type 09 filed change, and only by losing RECONCILIATION.
   */
  @Test
  void phase1ToRecon_onlyFlaggedTypes010206WithoutA09Change() {
    List<Difference> differences =
        PolicyComparison.compare(CapePolicies.PHASE_1, CapePolicies.PHASE_1_RECON, book, AS_OF);
    long intended = book.stream().filter(e -> e.reconciliationFlagged()
        && !e.reconciliationEntryFiled()
        && (e.entryType() == EntryType.TYPE_01 || e.entryType() == EntryType.TYPE_02
            || e.entryType() == EntryType.TYPE_06)).count();
    assertThat(intended).as("seed=%d", SEED).isPositive();
    assertThat(differences).as("seed=%d", SEED).hasSize((int) intended);
    for (Difference d : differences) {
      Entry entry = d.a().entry();
      assertThat(entry.reconciliationFlagged() && !entry.reconciliationEntryFiled())
          .as("seed=%d %s", SEED, d).isTrue();
      assertThat(d.a().reasons()).as("seed=%d %s", SEED, d).contains(ReasonCode.RECONCILIATION);
      assertThat(d.b().reasons()).as("seed=%d %s", SEED, d)
          .isEqualTo(without(d.a().reasons(), ReasonCode.RECONCILIATION));
    }
    assertThat(differences).as("seed=%d", SEED)
        .anyMatch(d -> d.verdictChanged() && d.b().verdict() == Verdict.ELIGIBLE);
  }

  /**
   * PHASE_1_RECON -> WAREHOUSE_21_22_EXCLUDED: exactly the type 21 and 22 entries change, by
   * gaining ENTRY_TYPE_NOT_ALLOWED; their verdict becomes NOT_ELIGIBLE (or stays NEEDS_REVIEW,
   * which takes precedence).
   */
  @Test
  void reconToWarehouse_onlyTypes21And22Change_toEntryTypeNotAllowed() {
    List<Difference> differences = PolicyComparison.compare(CapePolicies.PHASE_1_RECON,
        CapePolicies.WAREHOUSE_21_22_EXCLUDED, book, AS_OF);
    long intended = book.stream()
        .filter(e -> e.entryType() != null && e.entryType().isWarehouse()).count();
    assertThat(intended).as("seed=%d", SEED).isPositive();
    assertThat(differences).as("seed=%d", SEED).hasSize((int) intended);
    for (Difference d : differences) {
      assertThat(Objects.requireNonNull(d.a().entry().entryType()).isWarehouse())
          .as("seed=%d %s", SEED, d).isTrue();
      assertThat(without(d.b().reasons(), ReasonCode.ENTRY_TYPE_NOT_ALLOWED))
          .as("seed=%d %s", SEED, d).isEqualTo(d.a().reasons());
      assertThat(d.b().reasons()).as("seed=%d %s", SEED, d)
          .contains(ReasonCode.ENTRY_TYPE_NOT_ALLOWED);
      assertThat(d.b().verdict()).as("seed=%d %s", SEED, d).isEqualTo(
          d.a().verdict() == Verdict.NEEDS_REVIEW ? Verdict.NEEDS_REVIEW : Verdict.NOT_ELIGIBLE);
    }
  }

  private static List<ReasonCode> without(List<ReasonCode> reasons, ReasonCode removed) {
    List<ReasonCode> rest = new ArrayList<>(reasons);
    rest.remove(removed);
    return rest;
  }
}
