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
package org.caperules.csv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.forecast.ForecastSettings;
import org.caperules.core.forecast.PaymentConsolidator;
import org.caperules.core.forecast.RateClass;
import org.caperules.core.forecast.RefundForecaster;
import org.caperules.core.screening.ScreenedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refund forecast columns of the screening report and {@code payments.csv}. */
class ForecastColumnsTest {

  private static final LocalDate MON_2026_05_04 = LocalDate.of(2026, 5, 4);
  private static final ImporterNumber IMPORTER = ImporterNumber.of("12-3456789A1");

  /**
   * The golden case "cape-liq-c" of RefundForecasterTest: IEEPA duty 10,000.00 deposited
   * 2026-03-10 (entry summary date), unliquidated, accepted Mon 2026-05-04. Liquidation
   * 2026-05-04 + 45 = Thu 2026-06-18; corporate interest over 100 days = 144.03 (independent
   * Python decimal computation pasted in RefundForecasterTest); payment window A + 60 = Fri
   * 2026-07-03 to A + 90 = Sun 2026-08-02.
   */
  private static Assessment unliquidated(String entryNumber, String duty) {
    Entry entry = Entry.builder().entryNumber(EntryNumber.of(entryNumber))
        .importerNumber(IMPORTER).entryType(EntryType.of("01"))
        .entryDate(LocalDate.of(2026, 3, 2)).entrySummaryDate(LocalDate.of(2026, 3, 10))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030125"), new BigDecimal(duty)))
        .build();
    return CapeEngine.standard().evaluate(entry, MON_2026_05_04);
  }

  @Test
  void report_forecastColumnsAfterBaseColumns_goldenValues() {
    ScreeningReportWriter writer = ScreeningReportWriter.builder().build();
    assertThat(writer.header()).endsWith("At Risk", "Estimated Interest", "Expected Liquidation",
        "Expected Payment From", "Expected Payment To", "Rate Class", "Forecast Flags");
    List<String> cells = writer.cells(unliquidated("GLD00000011", "10000.00"));
    // No Deposit Date: the entry summary date is assumed; 2026 Q1 and Q2 are CBP-confirmed.
    assertThat(cells.subList(ScreeningReportWriter.HEADER.size(), cells.size()))
        .containsExactly("144.03", "2026-06-18", "2026-07-03", "2026-08-02", "CORPORATE",
            "DEPOSIT_DATE_ASSUMED");
    assertThat(cells.get(3)).isEqualTo("ELIGIBLE");
    assertThat(writer).hasToString("ScreeningReportWriter[SSNs masked, forecast]");
  }

  @Test
  void report_notEligible_forecastCellsEmpty() {
    Entry noIeepa = Entry.builder().entryNumber(EntryNumber.of("GLD00000029"))
        .entryType(EntryType.of("01")).liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("99038815"), BigDecimal.TEN)).build();
    List<String> cells = ScreeningReportWriter.builder().build()
        .cells(CapeEngine.standard().evaluate(noIeepa, MON_2026_05_04));
    assertThat(cells.subList(ScreeningReportWriter.HEADER.size(), cells.size()))
        .containsExactly("", "", "", "", "", "");
  }

  /**
   * A non-corporate importer (from the settings, as a roster gives it) and an entry paid on a
   * monthly statement (Deposit Date 2026-04-15), both to the expected liquidation Thu 2026-06-18.
   *
   * <p>Non-corporate, deposit 2026-03-10: 22 days in 2026 Q1 at 7% (10 to 31 March) and 78 days
   * in 2026 Q2 at 6% (30 in April, 31 in May, 17 in June), daily compounding over 365 days:
   * 10,000 x ((1 + 0.07/365)^22 x (1 + 0.06/365)^78 - 1) = 171.856403 -> 171.86 (Python decimal,
   * 50 digits). Corporate from the statement date 2026-04-15: 64 days in Q2 at 5% (16 in April,
   * 31 in May, 17 in June): 10,000 x ((1 + 0.05/365)^64 - 1) = 88.050613 -> 88.05.
   */
  @Test
  void report_nonCorporateImporterAndStatementDate_interestToTheCent() {
    ImporterNumber soleTrader = ImporterNumber.of("98-7654321");
    RefundForecaster forecaster = RefundForecaster.of(ForecastSettings.builder()
        .putImporterRateClasses(soleTrader, RateClass.NON_CORPORATE).build());
    ScreeningReportWriter writer = ScreeningReportWriter.builder().forecaster(forecaster).build();
    Entry nonCorporate = Entry.builder().from(unliquidated("GLD00000011", "10000.00").entry())
        .importerNumber(soleTrader).build();
    List<String> cells = writer.cells(CapeEngine.standard().evaluate(nonCorporate,
        MON_2026_05_04));
    assertThat(cells.subList(ScreeningReportWriter.HEADER.size(), cells.size()))
        .containsExactly("171.86", "2026-06-18", "2026-07-03", "2026-08-02", "NON_CORPORATE",
            "DEPOSIT_DATE_ASSUMED");

    Entry statement = Entry.builder().from(unliquidated("GLD00000029", "10000.00").entry())
        .depositDate(LocalDate.of(2026, 4, 15)).build();
    cells = writer.cells(CapeEngine.standard().evaluate(statement, MON_2026_05_04));
    assertThat(cells.subList(ScreeningReportWriter.HEADER.size(), cells.size()))
        .containsExactly("88.05", "2026-06-18", "2026-07-03", "2026-08-02", "CORPORATE", "");
  }

  /** Interest unknown for one entry of a payment: Interest and Total blank, the entry counted. */
  @Test
  void payments_interestUnknown_blankAndCounted(@TempDir Path dir) throws IOException {
    Entry noDates = Entry.builder().from(unliquidated("GLD00000029", "1000.00").entry())
        .entryDate(null).entrySummaryDate(null).build();
    RefundForecaster forecaster = RefundForecaster.standard();
    List<ExpectedPayment> payments = PaymentConsolidator.byImporterOfRecord().consolidate(List.of(
        forecaster.forecast(unliquidated("GLD00000011", "10000.00")),
        forecaster.forecast(CapeEngine.standard().evaluate(noDates, MON_2026_05_04))));
    Path file = dir.resolve("payments.csv");
    PaymentsWriter.write(file, payments);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).element(1).isEqualTo(
        "IOR 12-3456789A1,2026-06-18,N,2026-07-03,2026-08-02,2026-07-18,2,11000.00,,,1,N");
  }

  /**
   * Rows from forecasts already made are the rows the writer makes with its own forecaster, byte
   * for byte, and the writer forecasts nothing itself.
   */
  @Test
  void report_screenedEntries_sameBytesAsForecastingTheAssessments(@TempDir Path dir)
      throws IOException {
    List<Assessment> assessments = List.of(unliquidated("GLD00000011", "10000.00"),
        unliquidated("GLD00000029", "1000.00"));
    List<ScreenedEntry> screened = new java.util.ArrayList<>();
    for (Assessment assessment : assessments) {
      screened.add(new ScreenedEntry(assessment,
          RefundForecaster.standard().forecast(assessment)));
    }
    ScreeningReportWriter writer = ScreeningReportWriter.builder().build();
    Path forecasting = dir.resolve("forecasting.csv");
    Path given = dir.resolve("given.csv");
    assertThat(writer.write(forecasting, assessments)).isEqualTo(2);
    assertThat(writer.writeScreened(given, screened)).isEqualTo(2);
    assertThat(Files.readAllBytes(given)).isEqualTo(Files.readAllBytes(forecasting));
    assertThat(writer.cells(assessments.get(0), screened.get(0).forecast()))
        .isEqualTo(writer.cells(assessments.get(0)));
  }

  @Test
  void report_withoutForecast_givenForecastLeftOut() {
    Assessment assessment = unliquidated("GLD00000011", "10000.00");
    ScreeningReportWriter writer = ScreeningReportWriter.builder().withoutForecast().build();
    assertThat(writer.cells(assessment, RefundForecaster.standard().forecast(assessment)))
        .hasSize(ScreeningReportWriter.HEADER.size()).isEqualTo(writer.cells(assessment, null));
  }

  @Test
  void report_withoutForecast_baseHeaderOnly() {
    assertThat(ScreeningReportWriter.builder().withoutForecast().build().header())
        .isEqualTo(ScreeningReportWriter.HEADER);
  }

  @Test
  void payments_twoEntriesSamePayeeAndDate_oneRowWithSums(@TempDir Path dir) throws IOException {
    RefundForecaster forecaster = RefundForecaster.standard();
    List<ExpectedPayment> payments = PaymentConsolidator.byImporterOfRecord().consolidate(List.of(
        forecaster.forecast(unliquidated("GLD00000011", "10000.00")),
        forecaster.forecast(unliquidated("GLD00000029", "1000.00"))));
    Path file = dir.resolve("payments.csv");

    assertThat(PaymentsWriter.write(file, payments)).isEqualTo(1);

    // Interest: 144.03 on 10,000.00 (golden); on 1,000.00 the same growth factor gives
    // 14.4030799 -> 14.40 (one tenth of the exact 144.030799); 144.03 + 14.40 = 158.43.
    // Principal 10,000.00 + 1,000.00 = 11,000.00; total 11,158.43.
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
        "Payee,Expected Liquidation,Liquidation Projected,Expected Payment From,"
            + "Expected Payment To,Statutory Payment Due,Entries,Principal,Interest,Total,"
            + "Entries Without Interest,Interest Forecast\r\n"
            + "IOR 12-3456789A1,2026-06-18,N,2026-07-03,2026-08-02,2026-07-18,2,11000.00,158.43,"
            + "11158.43,0,N\r\n");
  }

  /**
   * An entry with no entry summary, entry or statement date has no deposit date, so its interest
   * is unknown (RefundForecaster): the payment's interest and total are unknown too, so their
   * cells are empty, never 0 or the known part alone; the count says how many entries lack it.
   * Amounts written 3000 and 10000.00 come out with two decimals: 3,000.00 + 10,000.00 =
   * 13,000.00. The known interest (2026-03-10 to 2026-06-18) lies in 2026 Q1 and Q2, both
   * confirmed by CBP notices, so Interest Forecast is N.
   */
  @Test
  void payments_oneEntryWithoutInterest_interestAndTotalBlank(@TempDir Path dir)
      throws IOException {
    Entry undated = Entry.builder().entryNumber(EntryNumber.of("GLD00000029"))
        .importerNumber(IMPORTER).entryType(EntryType.of("01"))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030125"), new BigDecimal("3000")))
        .build();
    Assessment undatedAssessment = CapeEngine.standard().evaluate(undated, MON_2026_05_04);
    RefundForecaster forecaster = RefundForecaster.standard();
    assertThat(forecaster.forecast(undatedAssessment).estimatedInterest()).isEmpty();
    assertThat(ScreeningReportWriter.builder().build().cells(undatedAssessment))
        .contains("3000.00").element(ScreeningReportWriter.HEADER.size()).isEqualTo("");
    List<ExpectedPayment> payments = PaymentConsolidator.byImporterOfRecord().consolidate(List.of(
        forecaster.forecast(unliquidated("GLD00000011", "10000.00")),
        forecaster.forecast(undatedAssessment)));
    Path file = dir.resolve("payments.csv");

    assertThat(PaymentsWriter.write(file, payments)).isEqualTo(1);

    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(1)).isEqualTo(
        "IOR 12-3456789A1,2026-06-18,N,2026-07-03,2026-08-02,2026-07-18,2,13000.00,,,1,N");
  }
}
