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
package org.caperules.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.caperules.core.forecast.ForecastFixtures.BROKER;
import static org.caperules.core.forecast.ForecastFixtures.IOR_A;
import static org.caperules.core.forecast.ForecastFixtures.IOR_SSN;
import static org.caperules.core.forecast.ForecastFixtures.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.CapeEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class PaymentConsolidatorTest {

  private static final RefundForecaster FORECASTER = RefundForecaster.standard();

  /** The golden forecasts of RefundForecasterTest, plus one entry of another importer. */
  private static List<RefundForecast> goldenForecasts() {
    Entry otherImporter = Entry.builder().from(ForecastFixtures.liquidated())
        .entryNumber(ForecastFixtures.entryNumber("FCT0000020"))
        .importerNumber(IOR_SSN).build();
    Entry noImporter = Entry.builder().from(ForecastFixtures.unliquidated())
        .entryNumber(ForecastFixtures.entryNumber("FCT0000021"))
        .importerNumber((ImporterNumber) null).build();
    List<RefundForecast> forecasts = new ArrayList<>();
    for (Entry entry : List.of(ForecastFixtures.unliquidated(), ForecastFixtures.suspended(),
        ForecastFixtures.windowPassed(), ForecastFixtures.liquidated(), otherImporter, noImporter,
        ForecastFixtures.withoutSummaryDate())) {
      forecasts.add(FORECASTER.forecast(assess(entry)));
    }
    return forecasts;
  }

  @Test
  void consolidate_goldenForecasts_groupByPayeeAndLiquidationDateInOrder() {
    List<ExpectedPayment> payments =
        PaymentConsolidator.byImporterOfRecord().consolidate(goldenForecasts());

    // NOT_ELIGIBLE FCT00000054 brings no payment. Order: 12-3456789 by date, then the SSN
    // importer ("123-45-6789" sorts after "12-3456789": '-' < '3'), then the unknown payee.
    assertThat(payments).extracting(ExpectedPayment::payee, ExpectedPayment::expectedLiquidation,
            ExpectedPayment::entryNumbers)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Payee.importerOfRecord(IOR_A),
                Optional.of(LocalDate.of(2026, 5, 5)), List.of("FCT00000021")),
            org.assertj.core.groups.Tuple.tuple(Payee.importerOfRecord(IOR_A),
                Optional.of(LocalDate.of(2026, 6, 18)), List.of("FCT00000013", "FCT00000047")),
            org.assertj.core.groups.Tuple.tuple(Payee.importerOfRecord(IOR_A),
                Optional.of(LocalDate.of(2026, 9, 13)), List.of("FCT00000039")),
            org.assertj.core.groups.Tuple.tuple(Payee.importerOfRecord(IOR_SSN),
                Optional.of(LocalDate.of(2026, 5, 5)), List.of("FCT00000203")),
            org.assertj.core.groups.Tuple.tuple(Payee.UNKNOWN,
                Optional.of(LocalDate.of(2026, 6, 18)), List.of("FCT00000211")));

    // 2026-06-18 for 12-3456789: golden cape-liq-c 10,000.00 + 144.03 and entry-date-c
    // 1,000.00 + 15.74: principal 11,000.00, interest 159.77, total 11,159.77.
    ExpectedPayment june = payments.get(1);
    assertThat(june.principal()).isEqualByComparingTo("11000.00");
    assertThat(june.interest()).isEqualByComparingTo("159.77");
    assertThat(june.total()).isEqualByComparingTo("11159.77");
    assertThat(june.entryCount()).isEqualTo(2);
    assertThat(june.interestComplete()).isTrue();
    // Both deposits are in 2026 Q1 and the end in Q2, both confirmed by CBP notices.
    assertThat(june.interestForecast()).isFalse();
    assertThat(june.liquidationProjected()).isFalse();
    assertThat(june.expectedPaymentFrom()).contains(LocalDate.of(2026, 7, 3));
    assertThat(june.expectedPaymentTo()).contains(LocalDate.of(2026, 8, 2));
    assertThat(june.statutoryPaymentDue()).contains(LocalDate.of(2026, 7, 18));
    assertThat(june.toString()).isEqualTo("IOR 12-3456789 on liquidation 2026-06-18: 11000.00 +"
        + " interest 159.77 = 11159.77, 2 entries, payment 2026-07-03/2026-08-02");

    // Deferred: golden deferred-c, projected.
    assertThat(payments.get(2).liquidationProjected()).isTrue();
    assertThat(payments.get(2).interest()).isEqualByComparingTo("121.55");
    // SSN importer: printed masked.
    assertThat(payments.get(3).toString()).isEqualTo("IOR ***-**-6789 on liquidation"
        + " 2026-05-05: 5000.00 + interest 267.72 = 5267.72, 1 entries, payment"
        + " 2026-07-03/2026-08-02");
  }

  @Test
  void consolidate_notifyParty_paysBrokerForMappedImporter() {
    List<ExpectedPayment> payments = PaymentConsolidator
        .withNotifyParties(Map.of(IOR_A, BROKER)).consolidate(goldenForecasts());

    // 12-3456789's entries go to 4811 98-7654321; "123-45-6789" < "98-7654321", then unknown.
    assertThat(payments).extracting(ExpectedPayment::payee).containsExactly(
        Payee.importerOfRecord(IOR_SSN), Payee.notifyParty(BROKER), Payee.notifyParty(BROKER),
        Payee.notifyParty(BROKER), Payee.UNKNOWN);
  }

  @Test
  void consolidate_interestUnknownAndUndated_keptAndCounted() {
    Entry noDates = ForecastFixtures.ieepaEntry("FCT0000007", "300.00")
        .liquidationStatus(LiquidationStatus.UNDER_REVIEW).build();
    Entry noDeposit = ForecastFixtures.ieepaEntry("FCT0000008", "400.00")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    List<RefundForecast> forecasts = List.of(FORECASTER.forecast(assess(noDates)),
        FORECASTER.forecast(assess(noDeposit)),
        FORECASTER.forecast(assess(ForecastFixtures.unliquidated())));

    List<ExpectedPayment> payments =
        PaymentConsolidator.byImporterOfRecord().consolidate(forecasts);

    assertThat(payments).hasSize(2);
    ExpectedPayment june = payments.get(0);
    assertThat(june.principal()).isEqualByComparingTo("10400.00");
    assertThat(june.interest()).isEqualByComparingTo("144.03");
    assertThat(june.entriesWithoutInterest()).isEqualTo(1);
    assertThat(june.interestComplete()).isFalse();
    ExpectedPayment undated = payments.get(1);
    assertThat(undated.expectedLiquidation()).isEmpty();
    assertThat(undated.expectedPaymentFrom()).isEmpty();
    assertThat(undated.principal()).isEqualByComparingTo("300.00");
    assertThat(undated.interest()).isEqualByComparingTo("0");
    assertThat(undated.toString()).isEqualTo("IOR 12-3456789 on liquidation unknown: 300.00 +"
        + " interest 0.00 (1 without interest) = 300.00, 1 entries, payment unknown");
  }

  @Test
  void consolidate_differentAcceptanceDates_windowSpansEarliestToLatest() {
    // Two forecasts with the same payee and liquidation date (accepted Mon 2026-05-04 + 45 =
    // 2026-06-18) but different windows: defaults [A + 60, A + 90] and a wider [A + 50, A + 100].
    RefundForecaster wide = RefundForecaster.of(ForecastSettings.builder()
        .paymentFromDays(50).paymentToDays(100).build());
    List<RefundForecast> forecasts = List.of(
        FORECASTER.forecast(assess(ForecastFixtures.unliquidated())),
        wide.forecast(assess(ForecastFixtures.withoutSummaryDate())));

    ExpectedPayment payment =
        PaymentConsolidator.byImporterOfRecord().consolidate(forecasts).get(0);

    // A + 50 = Tue 2026-06-23 (27 + 23); A + 100 = Wed 2026-08-12 (A + 90 = 08-02, + 10).
    assertThat(payment.expectedPaymentFrom()).contains(LocalDate.of(2026, 6, 23));
    assertThat(payment.expectedPaymentTo()).contains(LocalDate.of(2026, 8, 12));
  }

  @Test
  void consolidate_payeeFunctionReturnsNull_throwsNamingEntry() {
    PaymentConsolidator broken = PaymentConsolidator.of(entry -> null);
    List<RefundForecast> forecasts =
        List.of(FORECASTER.forecast(assess(ForecastFixtures.unliquidated())));

    assertThatNullPointerException().isThrownBy(() -> broken.consolidate(forecasts))
        .withMessage("The payee function returned null for entry FCT00000013");
  }

  @Test
  void accumulator_goldenForecastsOneByOne_sameAsConsolidate() {
    PaymentConsolidator.Accumulator accumulator =
        PaymentConsolidator.byImporterOfRecord().accumulator();
    for (RefundForecast forecast : goldenForecasts()) {
      assertThat(accumulator.add(forecast)).isSameAs(accumulator);
    }

    List<ExpectedPayment> payments = accumulator.payments();

    // The golden grouping of consolidate_goldenForecasts_...: five payments, 2026-06-18 for
    // 12-3456789 with FCT00000013 and FCT00000047, principal 10,000.00 + 1,000.00.
    assertThat(payments).isEqualTo(
        PaymentConsolidator.byImporterOfRecord().consolidate(goldenForecasts()));
    assertThat(payments).hasSize(5);
    assertThat(payments.get(1).entryNumbers()).containsExactly("FCT00000013", "FCT00000047");
    assertThat(payments.get(1).principal()).isEqualByComparingTo("11000.00");
    // Two importers and the unknown payee (NOT_ELIGIBLE FCT00000054 is ignored).
    assertThat(accumulator).hasToString("Accumulator[3 payees]");
  }

  @Test
  void accumulator_paymentsThenMoreForecasts_countsLaterForecasts() {
    PaymentConsolidator.Accumulator accumulator =
        PaymentConsolidator.byImporterOfRecord().accumulator();
    assertThat(accumulator.payments()).isEmpty();
    assertThat(accumulator).hasToString("Accumulator[0 payees]");

    accumulator.add(FORECASTER.forecast(assess(ForecastFixtures.unliquidated())));
    assertThat(accumulator.payments()).extracting(ExpectedPayment::entryNumbers)
        .containsExactly(List.of("FCT00000013"));
    accumulator.add(FORECASTER.forecast(assess(ForecastFixtures.withoutSummaryDate())));

    // Golden: unliquidated (FCT00000013, 10,000.00) and withoutSummaryDate (FCT00000047,
    // 1,000.00) both liquidate 2026-06-18 for 12-3456789: one payment of 11,000.00.
    List<ExpectedPayment> payments = accumulator.payments();
    assertThat(payments).extracting(ExpectedPayment::entryNumbers)
        .containsExactly(List.of("FCT00000013", "FCT00000047"));
    assertThat(payments.get(0).principal()).isEqualByComparingTo("11000.00");
    assertThat(accumulator).hasToString("Accumulator[1 payee]");
  }

  @Test
  void accumulator_payeeFunctionReturnsNull_throwsNamingEntry() {
    PaymentConsolidator.Accumulator accumulator = PaymentConsolidator.of(entry -> null)
        .accumulator();
    RefundForecast forecast = FORECASTER.forecast(assess(ForecastFixtures.unliquidated()));

    assertThatNullPointerException().isThrownBy(() -> accumulator.add(forecast))
        .withMessage("The payee function returned null for entry FCT00000013");
  }

  @Test
  void consolidate_empty_givesNoPayments() {
    assertThat(PaymentConsolidator.byImporterOfRecord().consolidate(List.of())).isEmpty();
  }

  @Test
  void toString_namesThePayeeRule() {
    assertThat(PaymentConsolidator.byImporterOfRecord())
        .hasToString("PaymentConsolidator[importer of record]");
    assertThat(PaymentConsolidator.of(Payee::importerOfRecordOf).toString())
        .startsWith("PaymentConsolidator[payee function ");
  }

  /**
   * Forecasts for a 100,000-entry portfolio consolidate into payments whose
   * totals (principal, interest, entry counts, entries without interest) equal the sums over
   * their entries; every forecast with a refund is in exactly one payment whose payee and date
   * are its own; the payments are strictly ordered by payee, then date.
   */
  @Test
  void consolidate_portfolioOf100000_totalsEqualSumsOfEntries(TestReporter reporter) {
    long seed = 20260504L;                               // fixed; change only on purpose
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    List<ImporterNumber> importers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      importers.add(ImporterNumber.of(String.format(java.util.Locale.ROOT, "%02d-%07d",
          10 + i, 1000 + i)));
    }
    importers.add(IOR_SSN);
    Map<ImporterNumber, ImporterNumber> notify = Map.of(importers.get(0), BROKER,
        importers.get(1), BROKER, IOR_SSN, BROKER);
    PaymentConsolidator consolidator = PaymentConsolidator.withNotifyParties(notify);
    RefundForecaster nonCorporateLagged = RefundForecaster.of(ForecastSettings.builder()
        .rateClass(RateClass.NON_CORPORATE).acceptanceLagDays(1).build());

    List<RefundForecast> forecasts = new ArrayList<>(100_000);
    CapeEngine engine = CapeEngine.standard();
    for (int i = 0; i < 100_000; i++) {
      Entry entry = randomEntry(random, i, importers);
      LocalDate asOf = LocalDate.of(2026, 4, 20).plusDays(random.nextInt(60));
      RefundForecaster forecaster = random.nextInt(4) == 0 ? nonCorporateLagged : FORECASTER;
      LocalDate statement = random.nextInt(10) == 0
          ? LocalDate.of(2025, 3, 1).plusDays(random.nextInt(400)) : null;
      forecasts.add(forecaster.forecast(engine.evaluate(entry, asOf), statement));
    }

    List<ExpectedPayment> payments = consolidator.consolidate(forecasts);

    Map<String, RefundForecast> byNumber = new HashMap<>();
    BigDecimal allPrincipal = BigDecimal.ZERO;
    BigDecimal allInterest = BigDecimal.ZERO;
    int refunds = 0;
    Set<String> keys = new HashSet<>();
    for (RefundForecast f : forecasts) {
      byNumber.put(f.entryNumberText(), f);
      if (f.kind() != RefundKind.NONE) {
        refunds++;
        allPrincipal = allPrincipal.add(f.ieepaDuty());
        allInterest = allInterest.add(f.estimatedInterest().orElse(BigDecimal.ZERO));
        keys.add(expectedPayee(f.entry(), notify) + "|" + f.expectedLiquidation());
      }
    }
    assertThat(byNumber).as("seed=%d unique entry numbers", seed).hasSize(100_000);
    assertThat(refunds).as("seed=%d enough refunds to test", seed).isGreaterThan(50_000);
    assertThat(payments).as("seed=%d one payment per (payee, date)", seed).hasSize(keys.size());

    Set<String> seen = new HashSet<>();
    BigDecimal sumPrincipal = BigDecimal.ZERO;
    BigDecimal sumInterest = BigDecimal.ZERO;
    ExpectedPayment previous = null;
    for (ExpectedPayment p : payments) {
      BigDecimal principal = BigDecimal.ZERO;
      BigDecimal interest = BigDecimal.ZERO;
      int withoutInterest = 0;
      for (String number : p.entryNumbers()) {
        RefundForecast f = Objects.requireNonNull(byNumber.get(number), number);
        assertThat(seen.add(number)).as("seed=%d %s in one payment only", seed, number).isTrue();
        assertThat(f.kind()).as("seed=%d %s has a refund", seed, number)
            .isNotEqualTo(RefundKind.NONE);
        assertThat(expectedPayee(f.entry(), notify)).as("seed=%d payee of %s", seed, number)
            .isEqualTo(p.payee());
        assertThat(f.expectedLiquidation()).as("seed=%d date of %s", seed, number)
            .isEqualTo(p.expectedLiquidation());
        principal = principal.add(f.ieepaDuty());
        if (f.estimatedInterest().isPresent()) {
          interest = interest.add(f.estimatedInterest().get());
        } else {
          withoutInterest++;
        }
      }
      assertThat(p.principal()).as("seed=%d principal of %s", seed, p).isEqualByComparingTo(principal);
      assertThat(p.interest()).as("seed=%d interest of %s", seed, p).isEqualByComparingTo(interest);
      assertThat(p.entriesWithoutInterest()).as("seed=%d unknown interest of %s", seed, p)
          .isEqualTo(withoutInterest);
      assertThat(p.total()).as("seed=%d total of %s", seed, p)
          .isEqualByComparingTo(principal.add(interest));
      if (previous != null) {
        int byPayee = previous.payee().compareTo(p.payee());
        boolean ordered = byPayee < 0 || (byPayee == 0 && isBefore(previous, p));
        assertThat(ordered).as("seed=%d %s before %s", seed, previous, p).isTrue();
      }
      previous = p;
      sumPrincipal = sumPrincipal.add(p.principal());
      sumInterest = sumInterest.add(p.interest());
    }
    assertThat(seen).as("seed=%d every refund in a payment", seed).hasSize(refunds);
    assertThat(sumPrincipal).as("seed=%d portfolio principal", seed)
        .isEqualByComparingTo(allPrincipal);
    assertThat(sumInterest).as("seed=%d portfolio interest", seed)
        .isEqualByComparingTo(allInterest);
    assertThat(payments.stream().mapToInt(ExpectedPayment::entryCount).sum())
        .as("seed=%d portfolio entry count", seed).isEqualTo(refunds);
  }

  /** Strictly earlier date; an undated payment comes after every dated one. */
  private static boolean isBefore(ExpectedPayment a, ExpectedPayment b) {
    if (a.expectedLiquidation().isEmpty()) {
      return false;
    }
    return b.expectedLiquidation().isEmpty()
        || a.expectedLiquidation().get().isBefore(b.expectedLiquidation().get());
  }

  /** The payee rule written out again, independently of Payee.withNotifyParties. */
  private static Payee expectedPayee(Entry entry, Map<ImporterNumber, ImporterNumber> notify) {
    ImporterNumber ior = entry.importerNumber();
    if (ior == null) {
      return Payee.UNKNOWN;
    }
    return notify.containsKey(ior) ? Payee.notifyParty(notify.get(ior))
        : Payee.importerOfRecord(ior);
  }

  private static Entry randomEntry(SplittableRandom random, int i, List<ImporterNumber> importers) {
    String base = String.format(java.util.Locale.ROOT, "PRP%07d", i);
    LocalDate entryDate = LocalDate.of(2025, 2, 1).plusDays(random.nextInt(420));
    Entry.Builder b = Entry.builder()
        .entryNumber(EntryNumber.of(base + EntryNumber.checkDigit(base)))
        .entryType(EntryType.of(random.nextInt(20) == 0 ? "31" : "01"))
        .entryDate(entryDate);
    if (random.nextInt(20) != 0) {
      b.entrySummaryDate(entryDate.plusDays(random.nextInt(15)));
    }
    if (random.nextInt(10) != 0) {
      b.importerNumber(importers.get(random.nextInt(importers.size())));
    }
    int status = random.nextInt(10);
    if (status < 5) {
      b.liquidationStatus(LiquidationStatus.UNLIQUIDATED);
    } else if (status < 8) {
      b.liquidationStatus(LiquidationStatus.LIQUIDATED)
          .liquidationDate(LocalDate.of(2026, 2, 1).plusDays(random.nextInt(120)));
    } else {
      b.liquidationStatus(LiquidationStatus.SUSPENDED);
    }
    long cents = random.nextInt(20) == 0 ? 0 : 1 + random.nextLong(100_000_000L);
    b.addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), BigDecimal.valueOf(cents, 2)));
    return b.build();
  }
}
