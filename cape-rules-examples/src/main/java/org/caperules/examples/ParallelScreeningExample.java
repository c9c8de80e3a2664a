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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.Verdict;

/**
 * Shows how to use the engine from parallel streams: {@link CapeEngine} is immutable and
 * thread-safe, so {@code CapeEngine.screen(Stream, LocalDate)} works on a parallel stream, and
 * the counts per verdict equal those of a sequential run. The entries are 10,000 synthetic ones
 * (seeded, so the output is the same on every run): each liquidated 1 to 200 days before the
 * as-of date, so those liquidated more than 80 days before are not eligible.
 */
public final class ParallelScreeningExample {

  private ParallelScreeningExample() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    LocalDate asOf = LocalDate.of(2026, 7, 13);
    List<Entry> entries = entries(10_000, asOf);
    Map<Verdict, Long> parallel = CapeEngine.standard().screen(entries.parallelStream(), asOf)
        .collect(Collectors.groupingByConcurrent(Assessment::verdict, Collectors.counting()))
        .entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum,
            () -> new EnumMap<>(Verdict.class)));
    Map<Verdict, Long> sequential = CapeEngine.standard().screen(entries.stream(), asOf)
        .collect(Collectors.groupingBy(Assessment::verdict, () -> new EnumMap<>(Verdict.class),
            Collectors.counting()));
    out.println("parallel:   " + parallel);
    out.println("sequential: " + sequential);
    out.println("same: " + parallel.equals(sequential));
  }

  /** Entry i is liquidated {@code 1 + i % 200} days before the as-of date. */
  static List<Entry> entries(int count, LocalDate asOf) {
    SplittableRandom random = new SplittableRandom(7L);
    return IntStream.range(0, count).mapToObj(i -> {
      String base = "EXA" + (1_000_000 + i);
      return Entry.builder()
          .entryNumber(EntryNumber.of(base + EntryNumber.checkDigit(base)))
          .liquidationStatus(LiquidationStatus.LIQUIDATED)
          .liquidationDate(asOf.minusDays(1 + i % 200))
          .addDutyLines(DutyLine.of(HtsNumber.of("99030125"),
              BigDecimal.valueOf(100 + random.nextInt(10_000), 2)))
          .build();
    }).toList();
  }
}
