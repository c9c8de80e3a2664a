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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.junit.jupiter.api.Test;

/**
 * Evaluating an entry allocates nothing beyond the result. For ELIGIBLE and ELIGIBLE_DEFERRED
 * entries the result is one {@link Assessment} (56 bytes with compressed oops, 96 without) and
 * shared empty lists, so the bytes this thread allocates over many evaluations, divided by their
 * number, stay under 100. The engine reads the entry through its {@code @Nullable} accessors and
 * a rule that passes returns the shared empty {@code Optional}, so the bound does not depend on
 * the JIT: the code allocates nothing else even when interpreted ({@code -Xint}).
 *
 * <p>The counter is {@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes()},
 * reached by reflection: the tests run inside module {@code org.caperules.core}, which does not
 * (and should not) read {@code java.management}, and reflection needs no readability edge. The
 * test is skipped on a JVM without the counter.
 */
class CapeEngineAllocationTest {

  private static final int EVALUATIONS = 100_000;
  private static final long MAX_BYTES_PER_EVALUATION = 100;

  @Test
  void evaluate_eligibleEntries_allocatesOnlyTheAssessment() throws ReflectiveOperationException {
    Object threads;
    Method allocatedBytes;
    try {
      threads = Class.forName("java.lang.management.ManagementFactory")
          .getMethod("getThreadMXBean").invoke(null);
      Class<?> counter = Class.forName("com.sun.management.ThreadMXBean");
      assumeTrue(counter.isInstance(threads), "no per-thread allocation counter");
      assumeTrue((Boolean) counter.getMethod("isThreadAllocatedMemoryEnabled").invoke(threads),
          "per-thread allocation counter disabled");
      allocatedBytes = counter.getMethod("getCurrentThreadAllocatedBytes");
    } catch (ReflectiveOperationException e) {
      assumeTrue(false, "no per-thread allocation counter: " + e);
      return;
    }

    LocalDate asOf = LocalDate.of(2026, 7, 13);
    // 2026-04-24 + 80 days = 2026-07-13: day 80, ELIGIBLE and at risk; 2026-05-15: day 59,
    // ELIGIBLE; unliquidated: ELIGIBLE; type 31 (warehouse withdrawal): ELIGIBLE_DEFERRED
    List<Entry> entries = List.of(
        entry("GLD00000011").liquidationStatus(LiquidationStatus.LIQUIDATED)
            .liquidationDate(LocalDate.of(2026, 4, 24)).build(),
        entry("GLD00000011").liquidationStatus(LiquidationStatus.LIQUIDATED)
            .liquidationDate(LocalDate.of(2026, 5, 15)).build(),
        entry("GLD00000011").liquidationStatus(LiquidationStatus.UNLIQUIDATED).build(),
        entry("GLD00000011").entryType(EntryType.of("31"))
            .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build());
    CapeEngine engine = CapeEngine.standard();
    for (int i = 0; i < EVALUATIONS; i++) {  // warm-up, and the lazy values of each entry
      engine.evaluate(entries.get(i & 3), asOf);
    }
    int eligible = 0;
    long before = (Long) allocatedBytes.invoke(threads);
    for (int i = 0; i < EVALUATIONS; i++) {
      if (engine.evaluate(entries.get(i & 3), asOf).verdict() == Verdict.ELIGIBLE) {
        eligible++;
      }
    }
    long allocated = (Long) allocatedBytes.invoke(threads) - before;

    assertThat(entries).extracting(e -> engine.evaluate(e, asOf).verdict()).containsExactly(
        Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE_DEFERRED);
    assertThat(eligible).isEqualTo(EVALUATIONS / 4 * 3);
    assertThat(allocated / EVALUATIONS)
        .as("bytes allocated per evaluation (%d bytes over %d)", allocated, EVALUATIONS)
        .isLessThan(MAX_BYTES_PER_EVALUATION);
  }

  private static Entry.Builder entry(String number) {
    return Entry.builder().entryNumber(EntryNumber.of(number)).entryType(EntryType.of("01"))
        .entryDate(LocalDate.of(2025, 6, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030125"), new BigDecimal("100.00")));
  }
}
