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
package org.caperules.core.screening;

import java.util.List;
import java.util.Objects;

/**
 * Receives each entry of a screening run as it is screened, in input order, for example to
 * count it ({@link SummarySink}), to keep it for a declaration ({@link DeclarableSink}), to add
 * its refund to an expected payment ({@link PaymentSink}) or to write a report row.
 *
 * <p>Example: {@code screener.screenAll(entries, ScreeningSink.of(summary, declarable))} hands
 * each screened entry to {@code summary}, then to {@code declarable}.
 *
 * <p>A sink is called from one thread at a time, by whoever drives the run; the built-in sinks
 * are not thread-safe.
 */
@FunctionalInterface
public interface ScreeningSink {

  /**
   * Receives one screened entry.
   *
   * @param screened  the entry's assessment and forecast
   */
  void accept(ScreenedEntry screened);

  /**
   * Returns a sink that hands each entry to every one of the sinks, in the order given.
   *
   * @param sinks  the sinks
   * @return the combined sink
   * @throws NullPointerException if a sink is null
   */
  static ScreeningSink of(ScreeningSink... sinks) {
    List<ScreeningSink> all = List.of(sinks);
    if (all.size() == 1) {
      return all.get(0);
    }
    return screened -> {
      for (ScreeningSink sink : all) {
        sink.accept(screened);
      }
    };
  }

  /**
   * Returns a sink that hands each entry to this sink, then to {@code next}.
   *
   * @param next  the sink that receives each entry after this one
   * @return the combined sink
   * @throws NullPointerException if {@code next} is null
   */
  default ScreeningSink andThen(ScreeningSink next) {
    Objects.requireNonNull(next, "next");
    return of(this, next);
  }
}
