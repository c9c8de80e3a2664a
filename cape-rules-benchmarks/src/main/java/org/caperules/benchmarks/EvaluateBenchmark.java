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
package org.caperules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.testkit.Portfolios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link CapeEngine#evaluate(Entry, java.time.LocalDate)} per entry, on one thread and on all
 * cores, over 4,096 entries of the standard portfolio mix (every verdict and reason) as of
 * {@link Es003Files#AS_OF}. Target (README.md, "Performance"): 2,000,000 entries per second per
 * thread, with no allocation beyond the result ({@code -prof gc}, {@code gc.alloc.rate.norm} in
 * bytes per entry).
 *
 * <p>One operation is one entry; {@code evaluateAllThreads} reports the total over all threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluateBenchmark {

  private static final int SIZE = 4096;

  private final CapeEngine engine = CapeEngine.standard();
  @SuppressWarnings("NullAway.Init")
  private Entry[] entries;
  private int next;

  /** Draws the entries, the same in every thread. */
  @Setup
  public void setUp() {
    entries = Portfolios.standard().generate(Es003Files.SEED, Es003Files.AS_OF, SIZE)
        .toArray(new Entry[0]);
  }

  /**
   * Evaluates the next entry on one thread.
   *
   * @return the assessment
   */
  @Benchmark
  @Threads(1)
  public Assessment evaluate() {
    return engine.evaluate(entries[next++ & (SIZE - 1)], Es003Files.AS_OF);
  }

  /**
   * Evaluates the next entry on every core at once.
   *
   * @return the assessment
   */
  @Benchmark
  @Threads(Threads.MAX)
  public Assessment evaluateAllThreads() {
    return engine.evaluate(entries[next++ & (SIZE - 1)], Es003Files.AS_OF);
  }
}
