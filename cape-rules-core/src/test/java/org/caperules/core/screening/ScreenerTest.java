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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.ScreeningSummary;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.forecast.PaymentConsolidator;
import org.caperules.core.forecast.RefundForecast;
import org.caperules.core.forecast.RefundForecaster;
import org.junit.jupiter.api.Test;

class ScreenerTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final CapePolicy POLICY = CapePolicies.standard().inForceOn(MON_2026_07_13);
  private static final ImporterNumber IOR = ImporterNumber.parse("12-3456789");

  private static Entry.Builder ieepaEntry(String entryNumber, String duty) {
    return Entry.builder()
        .entryNumber(EntryNumber.of(entryNumber))
        .entryType(EntryType.of("01"))
        .entryDate(LocalDate.of(2025, 6, 2))
        .entrySummaryDate(LocalDate.of(2025, 6, 12))
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal(duty)));
  }

  /**
   * As of Mon 2026-07-13: liquidated Fri 2026-04-24 is day 80, ELIGIBLE and at risk; unliquidated
   * is ELIGIBLE (no importer); liquidated 2026-01-02 is past the window, NOT_ELIGIBLE; an entry
   * number with a wrong check digit is NEEDS_REVIEW.
   */
  private static List<Entry> entries() {
    return List.of(
        ieepaEntry("GLD00000011", "100.00").importerNumber(IOR)
            .liquidationStatus(LiquidationStatus.LIQUIDATED)
            .liquidationDate(LocalDate.of(2026, 4, 24)).build(),
        ieepaEntry("GLD00000029", "40.00")
            .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build(),
        ieepaEntry("GLD00000037", "23.45").importerNumber(IOR)
            .liquidationStatus(LiquidationStatus.LIQUIDATED)
            .liquidationDate(LocalDate.of(2026, 1, 2)).build(),
        Entry.builder().entryNumberText("ABC12345678")
            .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("5.00")))
            .build());
  }

  /** Counts the calls of the standard forecaster. */
  private static final class CountingForecaster implements Function<Assessment, RefundForecast> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public RefundForecast apply(Assessment assessment) {
      calls.incrementAndGet();
      return RefundForecaster.standard().forecast(assessment);
    }
  }

  @Test
  void screen_oneEntry_assessmentOfTheEngineAndItsForecast() {
    Entry entry = entries().get(0);
    ScreenedEntry screened = Screener.of(POLICY, MON_2026_07_13).screen(entry);
    Assessment expected = CapeEngine.evaluate(entry, MON_2026_07_13, POLICY);
    assertThat(screened.assessment().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(screened.assessment().toString()).isEqualTo(expected.toString());
    assertThat(screened.forecast()).isEqualTo(RefundForecaster.standard().forecast(expected));
    assertThat(screened.isDeclarable()).isTrue();
    assertThat(screened.toString()).isEqualTo("GLD00000011 ELIGIBLE");
  }

  @Test
  void screenAll_everySinkGetsEveryEntry_forecasterCalledOncePerEntry() {
    CountingForecaster forecaster = new CountingForecaster();
    Screener screener = Screener.of(POLICY, MON_2026_07_13, forecaster);
    SummarySink summary = new SummarySink(POLICY.id(), MON_2026_07_13);
    DeclarableSink declarable = new DeclarableSink();
    PaymentSink payments = new PaymentSink();
    List<String> seen = new ArrayList<>();
    long count = screener.screenAll(entries(),
        ScreeningSink.of(summary, declarable, payments, s -> seen.add(s.toString())));

    assertThat(count).isEqualTo(4);
    assertThat(forecaster.calls).hasValue(4);
    assertThat(seen).containsExactly("GLD00000011 ELIGIBLE", "GLD00000029 ELIGIBLE",
        "GLD00000037 NOT_ELIGIBLE", "ABC12345678 NEEDS_REVIEW");

    ScreeningSummary totals = summary.summary();
    assertThat(totals.total()).isEqualTo(4);
    assertThat(totals.count(Verdict.ELIGIBLE)).isEqualTo(2);
    assertThat(totals.ieepaDuty(Verdict.ELIGIBLE)).isEqualByComparingTo("140.00");
    assertThat(totals.ieepaDuty(Verdict.NEEDS_REVIEW)).isEqualByComparingTo("5.00");
    // Only the entry on day 80 of its window is at risk.
    assertThat(totals.atRisk(Verdict.ELIGIBLE)).isEqualTo(1);
    assertThat(totals.atRisk(Verdict.NOT_ELIGIBLE)).isZero();
    assertThat(totals.totalAtRisk()).isEqualTo(1);
    assertThat(summary.toString()).isEqualTo("SummarySink[WAREHOUSE_21_22_EXCLUDED as of"
        + " 2026-07-13: ELIGIBLE=2 (140.00) ELIGIBLE_DEFERRED=0 (0.00) NOT_ELIGIBLE=1 (23.45)"
        + " NEEDS_REVIEW=1 (5.00)]");

    assertThat(declarable.entries()).containsExactly(
        new DeclarableEntry(EntryNumber.of("GLD00000011"), IOR),
        new DeclarableEntry(EntryNumber.of("GLD00000029"), null));
    assertThat(declarable.entries()).extracting(DeclarableEntry::toString)
        .containsExactly("GLD00000011 (12-3456789)", "GLD00000029");
    assertThat(declarable.toString()).isEqualTo("DeclarableSink[2 entries]");

    // The payments are what the consolidator makes of the declarable entries' forecasts.
    List<RefundForecast> declarableForecasts = new ArrayList<>();
    for (Entry entry : entries().subList(0, 2)) {
      declarableForecasts.add(RefundForecaster.standard()
          .forecast(CapeEngine.evaluate(entry, MON_2026_07_13, POLICY)));
    }
    assertThat(payments.payments()).isEqualTo(
        PaymentConsolidator.byImporterOfRecord().consolidate(declarableForecasts));
    assertThat(payments.payments()).hasSize(2);
    assertThat(payments.toString()).isEqualTo("PaymentSink[Accumulator[2 payees]]");
  }

  @Test
  void paymentSink_consolidatorOfTheCaller_isUsed() {
    ImporterNumber party = ImporterNumber.parse("98-7654321");
    PaymentSink payments = new PaymentSink(PaymentConsolidator.withNotifyParties(
        java.util.Map.of(IOR, party)));
    Screener.of(POLICY, MON_2026_07_13).screenAll(entries().subList(0, 1), payments);
    assertThat(payments.payments()).singleElement()
        .satisfies(payment -> assertThat(payment.payee().toString()).contains("98-7654321"));
  }

  @Test
  void screening_lazy_eachNextScreensOneEntryAndHandsItToTheSinkFirst() {
    CountingForecaster forecaster = new CountingForecaster();
    List<String> sunk = new ArrayList<>();
    Iterator<ScreenedEntry> screened = Screener.of(POLICY, MON_2026_07_13, forecaster)
        .screening(entries().iterator(), s -> sunk.add(s.assessment().entryNumberText()));
    assertThat(forecaster.calls).hasValue(0);
    assertThat(screened.hasNext()).isTrue();
    assertThat(screened.next().assessment().entryNumberText()).isEqualTo("GLD00000011");
    assertThat(sunk).containsExactly("GLD00000011");
    assertThat(forecaster.calls).hasValue(1);
    screened.forEachRemaining(s -> { });
    assertThat(screened.hasNext()).isFalse();
    assertThat(sunk).hasSize(4);
    assertThat(forecaster.calls).hasValue(4);
  }

  @Test
  void sinks_andThen_callsInOrder_ofOneSink_isThatSink() {
    List<String> calls = new ArrayList<>();
    ScreeningSink first = s -> calls.add("first");
    ScreeningSink both = first.andThen(s -> calls.add("second"));
    both.accept(Screener.of(POLICY, MON_2026_07_13).screen(entries().get(2)));
    assertThat(calls).containsExactly("first", "second");
    assertThat(ScreeningSink.of(first)).isSameAs(first);
  }

  @Test
  void screener_accessorsAndToString() {
    Screener screener = Screener.of(POLICY, MON_2026_07_13);
    assertThat(screener.policy()).isSameAs(POLICY);
    assertThat(screener.asOf()).isEqualTo(MON_2026_07_13);
    assertThat(screener.toString()).isEqualTo("Screener[WAREHOUSE_21_22_EXCLUDED as of 2026-07-13]");
  }

  @Test
  void forecasterReturningNull_npeNamingTheEntry() {
    Screener screener = Screener.of(POLICY, MON_2026_07_13, assessment -> null);
    assertThatThrownBy(() -> screener.screen(entries().get(0)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("The forecaster returned null for entry GLD00000011");
  }

  @Test
  void screenedEntry_forecastOfAnotherEntry_rejected() {
    Assessment first = CapeEngine.evaluate(entries().get(0), MON_2026_07_13, POLICY);
    Assessment second = CapeEngine.evaluate(entries().get(1), MON_2026_07_13, POLICY);
    RefundForecast other = RefundForecaster.standard().forecast(second);
    assertThatThrownBy(() -> new ScreenedEntry(first, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The forecast is of entry GLD00000029, but the assessment is of entry"
            + " GLD00000011");
  }

  @Test
  @SuppressWarnings("NullAway")  // the null is the point of the check
  void tally_toStringAndSummarySoFar() {
    ScreeningSummary.Tally tally = new ScreeningSummary.Tally("PHASE_1", MON_2026_07_13);
    assertThat(tally.toString()).isEqualTo("Tally[PHASE_1 as of 2026-07-13]");
    assertThat(tally.summary().total()).isZero();
    assertThat(tally.summary().totalAtRisk()).isZero();
    assertThatThrownBy(() -> new ScreeningSummary.Tally("PHASE_1", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void declarableEntry_ssnImporterMaskedInToString() {
    DeclarableEntry entry = new DeclarableEntry(EntryNumber.of("GLD00000011"),
        ImporterNumber.parse("123-45-6789"));
    assertThat(entry.toString()).isEqualTo("GLD00000011 (***-**-6789)");
    DeclarableSink sink = new DeclarableSink();
    assertThat(sink.toString()).isEqualTo("DeclarableSink[0 entries]");
    sink.accept(Screener.of(POLICY, MON_2026_07_13).screen(entries().get(1)));
    assertThat(sink.toString()).isEqualTo("DeclarableSink[1 entry]");
  }
}
