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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.rule.EligibilityRule;
import org.caperules.core.rule.Finding;
import org.caperules.core.rule.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Properties of the engine, as plain JUnit loops: exhaustive or seeded. */
class CapeEnginePropertiesTest {

  private static final CapeEngine ENGINE = CapeEngine.standard();
  private static final String[] HTS = {"99030125", "99030124", "99030201", "99038815",
      "99030301", "3923900080", "99038001"};
  private static final List<LiquidationStatus> STATUSES = List.of(LiquidationStatus.values());
  private static final List<ProtestStatus> PROTESTS = List.of(ProtestStatus.values());
  private static final String[] DUTIES = {"0.00", "0.01", "12.50", "850.00", "-3.00"};

  /** A later as-of never turns LIQUIDATION_WINDOW_PASSED / LIQUIDATION_FINAL back into a yes. */
  @Test
  void laterAsOf_neverReopensAPassedWindow() {
    for (LocalDate liquidated = LocalDate.of(2026, 1, 1);
        liquidated.isBefore(LocalDate.of(2027, 1, 1)); liquidated = liquidated.plusDays(1)) {
      Entry entry = baseEntry("GLD00000011").liquidationStatus(LiquidationStatus.LIQUIDATED)
          .liquidationDate(liquidated).build();
      boolean closed = false;
      for (int offset = 60; offset <= 400; offset++) {
        LocalDate asOf = liquidated.plusDays(offset);
        Assessment a = ENGINE.evaluate(entry, asOf);
        if (closed) {
          assertThat(a.verdict().isDeclarable())
              .as("liquidated %s, as of %s (day %d): %s", liquidated, asOf, offset, a).isFalse();
        }
        closed |= a.hasReason(ReasonCode.LIQUIDATION_WINDOW_PASSED)
            || a.hasReason(ReasonCode.LIQUIDATION_FINAL);
      }
      assertThat(closed).as("liquidated %s: the window closes", liquidated).isTrue();
    }
  }

  /** The order of the rules in a policy does not change the findings. */
  @Test
  void ruleOrder_doesNotChangeFindings(TestReporter reporter) {
    long seed = 20260629L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      Entry entry = randomEntry(random, i);
      LocalDate asOf = LocalDate.of(2026, 4, 20).plusDays(random.nextInt(300));
      CapePolicy policy = CapePolicies.standard().inForceOn(asOf);
      List<EligibilityRule> shuffled = new ArrayList<>(policy.rules());
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      CapePolicy reordered = CapePolicy.builder().from(policy).rules(shuffled).build();
      Assessment expected = CapeEngine.evaluate(entry, asOf, policy);
      Assessment actual = CapeEngine.evaluate(entry, asOf, reordered);
      assertThat(actual.findings()).as("seed=%d case=%d %s as of %s", seed, i, entry, asOf)
          .isEqualTo(expected.findings());
      assertThat(actual.verdict()).as("seed=%d case=%d", seed, i).isEqualTo(expected.verdict());
    }
  }

  /**
   * The engine's findings are exactly the non-empty {@link EligibilityRule#check} results of the
   * policy's rules, stably sorted by reason code: the built-in rules' {@code find} path and the
   * engine's list building (none, one, two, several findings) change nothing.
   */
  @Test
  void findings_equalTheSortedNonEmptyChecksOfEveryRule(TestReporter reporter) {
    long seed = 20261123L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    int[] bySize = new int[4];
    for (int i = 0; i < 3_000; i++) {
      Entry entry = randomEntry(random, i);
      LocalDate asOf = LocalDate.of(2026, 4, 20).plusDays(random.nextInt(300));
      CapePolicy policy = CapePolicies.standard().inForceOn(asOf);
      List<Finding> expected = new ArrayList<>();
      for (EligibilityRule rule : policy.rules()) {
        rule.check(entry, asOf, policy).ifPresent(expected::add);
      }
      expected.sort(java.util.Comparator.comparing(Finding::reason));
      Assessment a = CapeEngine.evaluate(entry, asOf, policy);
      assertThat(a.findings()).as("seed=%d case=%d %s as of %s", seed, i, entry, asOf)
          .isEqualTo(expected);
      bySize[Math.min(expected.size(), 3)]++;
    }
    // the seeded draw reaches every branch of the list building: none, one, two, three or more
    assertThat(bySize).as("seed=%d findings per entry 0/1/2/3+", seed).doesNotContain(0);
  }

  /** Adding an exclusion fact never makes an entry declarable. */
  @Test
  void addingAnExclusion_neverMakesAnEntryDeclarable(TestReporter reporter) {
    long seed = 20260707L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    List<UnaryOperator<Entry.Builder>> exclusions = List.of(
        b -> b.drawbackDesignated(true),
        b -> b.filedInAce(false),
        b -> b.protestStatus(ProtestStatus.OPEN),
        b -> b.entrySummaryStatus(EntrySummaryStatus.CANCELLED),
        b -> b.entryType(EntryType.of("08")),
        b -> b.entryType(EntryType.of("09")),
        b -> b.entryType(EntryType.of("47")),
        b -> b.adCvdLiquidationInstructions(true).liquidationStatus(LiquidationStatus.UNLIQUIDATED),
        b -> b.dutyLines(List.of()));
    for (int i = 0; i < 2_000; i++) {
      Entry entry = randomEntry(random, i);
      LocalDate asOf = LocalDate.of(2026, 4, 20).plusDays(random.nextInt(300));
      int which = random.nextInt(exclusions.size());
      Entry excluded = exclusions.get(which).apply(Entry.builder().from(entry)).build();
      Assessment a = ENGINE.evaluate(excluded, asOf);
      assertThat(a.verdict().isDeclarable())
          .as("seed=%d case=%d exclusion #%d: %s", seed, i, which, a).isFalse();
      assertThat(a.findings()).as("seed=%d case=%d", seed, i).isNotEmpty();
    }
  }

  /** screen(entries) gives exactly evaluate(entry) for each entry, in order, and the totals. */
  @Test
  void screen_equalsEvaluatePerEntry(TestReporter reporter) {
    long seed = 20261006L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      entries.add(randomEntry(random, i));
    }
    LocalDate asOf = LocalDate.of(2026, 7, 20);
    ScreeningResult result = ENGINE.screen(entries, asOf);
    java.util.Map<Verdict, Long> counts = new java.util.EnumMap<>(Verdict.class);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < entries.size(); i++) {
      Assessment one = ENGINE.evaluate(entries.get(i), asOf);
      Assessment screened = result.assessments().get(i);
      assertThat(screened.verdict()).as("seed=%d case=%d", seed, i).isEqualTo(one.verdict());
      assertThat(screened.findings()).as("seed=%d case=%d", seed, i).isEqualTo(one.findings());
      counts.merge(one.verdict(), 1L, Long::sum);
      total = total.add(IeepaHeadings.standard().ieepaDuty(entries.get(i).dutyLines()));
    }
    for (Verdict verdict : Verdict.values()) {
      assertThat(result.summary().count(verdict)).as("seed=%d %s", seed, verdict)
          .isEqualTo(counts.getOrDefault(verdict, 0L));
    }
    assertThat(result.summary().totalIeepaDuty()).isEqualByComparingTo(total);
    assertThat(ENGINE.screen(entries.stream(), asOf).map(Assessment::verdict).toList())
        .isEqualTo(result.assessments().stream().map(Assessment::verdict).toList());
  }

  /** Every entry type × every liquidation status gets an explicit verdict under every policy. */
  @Test
  void everyTypeAndStatus_getsAVerdictUnderEveryPolicy() {
    for (CapePolicy policy : CapePolicies.standard().all()) {
      for (EntryType type : EntryType.values()) {
        for (LiquidationStatus status : LiquidationStatus.values()) {
          Entry entry = baseEntry("GLD00000029").entryType(type).liquidationStatus(status)
              .liquidationDate(LocalDate.of(2026, 6, 26)).build();
          Assessment a = CapeEngine.evaluate(entry, policy.effectiveDate(), policy);
          assertThat(a.verdict()).as("%s %s %s", policy, type, status).isNotNull();
          assertThat(a.nextAction().text()).as("%s %s %s", policy, type, status).isNotBlank();
          if (a.verdict() == Verdict.NOT_ELIGIBLE || a.verdict() == Verdict.NEEDS_REVIEW) {
            assertThat(a.findings()).as("%s %s %s", policy, type, status).isNotEmpty();
          } else {
            assertThat(a.findings()).as("%s %s %s", policy, type, status).isEmpty();
          }
        }
      }
    }
  }

  private static Entry.Builder baseEntry(String entryNumber) {
    return Entry.builder().entryNumber(EntryNumber.of(entryNumber))
        .entryType(EntryType.of("01")).entryDate(LocalDate.of(2025, 6, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030125"), new BigDecimal("100.00")));
  }

  /** A random entry: every fact drawn independently from a small realistic domain. */
  private static Entry randomEntry(SplittableRandom random, int serial) {
    String base = String.format(java.util.Locale.ROOT, "PRP%07d", serial);
    String text = random.nextInt(20) == 0 ? base + "X" : base + EntryNumber.checkDigit(base);
    Entry.Builder b = Entry.builder().entryNumberText(EntryNumber.normalize(text));
    EntryType[] types = EntryType.values();
    if (random.nextInt(15) != 0) {
      b.entryType(random.nextInt(3) == 0 ? types[random.nextInt(types.length)]
          : EntryType.of("01"));
    }
    b.entryDate(LocalDate.of(2025, 2, 4).plusDays(random.nextInt(380)));
    int status = random.nextInt(8);
    if (status < STATUSES.size()) {
      b.liquidationStatus(STATUSES.get(status));
    } else if (status == 5) {
      b.liquidationStatusText("GARBLED");
    }
    if (random.nextInt(3) != 0) {
      b.liquidationDate(LocalDate.of(2025, 10, 1).plusDays(random.nextInt(300)));
    }
    int lines = random.nextInt(4);
    for (int i = 0; i < lines; i++) {
      b.addDutyLines(DutyLine.of(HtsNumber.parse(HTS[random.nextInt(HTS.length)]),
          new BigDecimal(DUTIES[random.nextInt(DUTIES.length)])));
    }
    b.reconciliationFlagged(random.nextInt(10) == 0)
        .reconciliationEntryFiled(random.nextInt(10) == 0)
        .drawbackDesignated(random.nextInt(20) == 0)
        .adCvdLiquidationInstructions(random.nextInt(20) == 0)
        .filedInAce(random.nextInt(30) != 0)
        .citPlaintiff(random.nextInt(5) == 0)
        .protestStatus(PROTESTS.get(random.nextInt(PROTESTS.size())))
        .entrySummaryStatus(random.nextInt(20) == 0 ? EntrySummaryStatus.REJECTED
            : EntrySummaryStatus.ACCEPTED);
    return b.build();
  }
}
