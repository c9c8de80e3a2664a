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
package org.caperules.screening;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.caperules.core.EntryFact;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.forecast.PaymentConsolidator;
import org.caperules.core.rule.ReasonCode;
import org.caperules.core.screening.DeclarableSink;
import org.caperules.core.screening.PaymentSink;
import org.caperules.core.screening.ScreenedEntry;
import org.caperules.core.screening.ScreeningSink;
import org.caperules.core.screening.SummarySink;

/**
 * What one screening pass of a {@link ScreeningRun} counts and keeps, as it goes: the summary,
 * the declarable entries, the expected payments and the entries that rely on checks that could
 * not run. For example, a pass over the shipped sample keeps 177 declarable entries and 8
 * importers' expected payments. Not thread-safe: one pass per run.
 */
final class ScreeningPass {
  final SummarySink summary;
  final DeclarableSink declarable = new DeclarableSink();
  final PaymentSink payments;
  final NotCheckedCounter notChecked = new NotCheckedCounter();

  ScreeningPass(CapePolicy policy, LocalDate asOf, PaymentConsolidator consolidator) {
    this.summary = new SummarySink(policy.id(), asOf);
    this.payments = new PaymentSink(consolidator);
  }

  /**
   * Counts, per fact missing from at least one entry, the entries that rely on it: those declared
   * although the checks needing it did not run, or, when every check is required, those held
   * back for that reason (NEEDS_REVIEW [CHECKS_NOT_RUN]); zero when no such entry.
   */
  static final class NotCheckedCounter implements ScreeningSink {
    final Map<EntryFact, Long> counts = new EnumMap<>(EntryFact.class);

    @Override
    public void accept(ScreenedEntry screened) {
      Assessment assessment = screened.assessment();
      long relies = assessment.verdict().isDeclarable()
          || assessment.hasReason(ReasonCode.CHECKS_NOT_RUN) ? 1L : 0L;
      for (EntryFact fact : assessment.entry().missingFacts()) {
        counts.merge(fact, relies, Long::sum);
      }
    }
  }

  /** Tells the listener every {@code every} entries. */
  static final class Counter implements ScreeningSink {
    private final ProgressListener progress;
    private final int every;
    private long count;

    Counter(ProgressListener progress, int every) {
      this.progress = progress;
      this.every = every;
    }

    @Override
    public void accept(ScreenedEntry screened) {
      count++;
      if (count % every == 0) {
        progress.screened(count);
      }
    }
  }
}
