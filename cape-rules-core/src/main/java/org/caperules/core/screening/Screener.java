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

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.forecast.RefundForecast;
import org.caperules.core.forecast.RefundForecaster;

/**
 * Screens entries for CAPE one at a time: evaluates each entry once under one policy as of one
 * date ({@link CapeEngine#evaluate(Entry, LocalDate, CapePolicy)}), forecasts its refund once
 * (by default with {@link RefundForecaster#standard()}) and hands the {@link ScreenedEntry} to a
 * {@link ScreeningSink}. It reads no file and keeps nothing: what is kept is up to the sinks, so
 * the same screener serves a file, an ERP's database or a Spark partition.
 *
 * <p>Example, an ERP screening the entries of its own database as of Mon 2026-07-13:
 *
 * <pre>{@code
 * CapePolicy policy = CapePolicies.standard().inForceOn(asOf);
 * Screener screener = Screener.of(policy, asOf);
 * SummarySink summary = new SummarySink(policy.id(), asOf);
 * DeclarableSink declarable = new DeclarableSink();
 * PaymentSink payments = new PaymentSink();
 * screener.screenAll(entriesFromDatabase, ScreeningSink.of(summary, declarable, payments));
 * summary.summary().count(Verdict.ELIGIBLE);  // entries to declare now
 * declarable.entries();                       // their entry numbers and importers
 * payments.payments();                        // the refunds CBP is expected to pay
 * }</pre>
 *
 * <p>The forecaster is any {@code Function<Assessment, RefundForecast>}, for example {@code
 * RefundForecaster.of(settings)::forecast}; it is called exactly once per entry screened, for
 * every verdict (an entry with no refund gets a forecast of kind {@code NONE}).
 *
 * <p>This class is immutable and thread-safe if its forecaster is; the sinks it is given are
 * called on the caller's thread.
 */
public final class Screener {

  private final CapePolicy policy;
  private final LocalDate asOf;
  private final Function<? super Assessment, RefundForecast> forecaster;
  private final CapeEngine engine;

  private Screener(CapePolicy policy, LocalDate asOf,
      Function<? super Assessment, RefundForecast> forecaster, boolean allChecksRequired) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
    CapeEngine fixed = CapeEngine.of(policy);
    this.engine = allChecksRequired ? fixed.requiringAllChecks() : fixed;
  }

  /**
   * Obtains a screener with the standard forecaster ({@link RefundForecaster#standard()}).
   *
   * @param policy  the policy to apply, for example the one in force on the as-of date
   * @param asOf  the date of the screening (the planned CAPE filing date)
   * @return the screener
   * @throws NullPointerException if an argument is null
   */
  public static Screener of(CapePolicy policy, LocalDate asOf) {
    RefundForecaster standard = RefundForecaster.standard();
    return new Screener(policy, asOf, standard::forecast, false);
  }

  /**
   * Obtains a screener with a forecaster of the caller's.
   *
   * @param policy  the policy to apply
   * @param asOf  the date of the screening (the planned CAPE filing date)
   * @param forecaster  makes the refund forecast of an assessment, for example {@code
   *     RefundForecaster.of(settings)::forecast}; must not return null
   * @return the screener
   * @throws NullPointerException if an argument is null
   */
  public static Screener of(CapePolicy policy, LocalDate asOf,
      Function<? super Assessment, RefundForecast> forecaster) {
    return new Screener(policy, asOf, forecaster, false);
  }

  /**
   * Returns a screener like this one that requires every check to run: an entry that would be
   * declared while a check could not run for lack of a column is NEEDS_REVIEW
   * [CHECKS_NOT_RUN] ({@link CapeEngine#requiringAllChecks()}).
   *
   * @return the screener
   */
  public Screener requiringAllChecks() {
    return new Screener(policy, asOf, forecaster, true);
  }

  /**
   * Tells whether this screener requires every check to run.
   *
   * @return true after {@link #requiringAllChecks()}
   */
  public boolean requiresAllChecks() {
    return engine.requiresAllChecks();
  }

  /**
   * Returns the policy applied.
   *
   * @return the policy
   */
  public CapePolicy policy() {
    return policy;
  }

  /**
   * Returns the date of the screening.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Screens one entry: evaluates it and forecasts its refund, handing it to no sink.
   *
   * @param entry  the entry
   * @return the assessment and its forecast
   * @throws NullPointerException if the forecaster returns null
   * @throws IllegalArgumentException if the forecaster fails so (for example a business day
   *     outside the holiday calendar's range)
   */
  public ScreenedEntry screen(Entry entry) {
    Assessment assessment = engine.evaluate(entry, asOf);
    RefundForecast forecast = Objects.requireNonNull(forecaster.apply(assessment),
        () -> "The forecaster returned null for entry " + assessment.entryNumberText());
    return new ScreenedEntry(assessment, forecast);
  }

  /**
   * Screens every entry in order, handing each to the sink as soon as it is screened.
   *
   * @param entries  the entries, iterated once
   * @param sink  receives each screened entry
   * @return the number of entries screened
   * @throws NullPointerException if the forecaster returns null
   */
  public long screenAll(Iterable<? extends Entry> entries, ScreeningSink sink) {
    Objects.requireNonNull(sink, "sink");
    long count = 0;
    for (Entry entry : entries) {
      sink.accept(screen(entry));
      count++;
    }
    return count;
  }

  /**
   * Screens the entries lazily: each call of {@code next()} on the returned iterator takes the
   * next entry, screens it, hands it to the sink and returns it, so whoever iterates (for
   * example a report writer taking rows one at a time) drives the run and nothing is held.
   *
   * @param entries  the entries
   * @param sink  receives each screened entry before it is returned
   * @return the screened entries, in the order of {@code entries}
   */
  public Iterator<ScreenedEntry> screening(Iterator<? extends Entry> entries, ScreeningSink sink) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(sink, "sink");
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public ScreenedEntry next() {
        ScreenedEntry screened = screen(entries.next());
        sink.accept(screened);
        return screened;
      }
    };
  }

  /**
   * Returns the screener as text, for example {@code Screener[PHASE_1 as of 2026-07-13]}.
   *
   * @return the screener as text
   */
  @Override
  public String toString() {
    return "Screener[" + policy.id() + " as of " + asOf + ']';
  }
}
