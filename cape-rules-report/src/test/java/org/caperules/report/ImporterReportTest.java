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
package org.caperules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caperules.report.SmallInputs.A;
import static org.caperules.report.SmallInputs.B;
import static org.caperules.report.SmallInputs.FORMULA;
import static org.caperules.report.SmallInputs.SCRIPT;
import static org.caperules.report.SmallInputs.SVG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of {@link SmallInputs}, parsed with jsoup: every figure equals the sums worked out
 * by hand in {@link SmallInputs}, every entry is listed, and hostile importer labels stay text.
 */
class ImporterReportTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private Document page(String file) throws IOException {
    return Jsoup.parse(dir.resolve("pages").resolve(file).toFile(), "UTF-8");
  }

  private static List<String> cells(Element row) {
    List<String> texts = new ArrayList<>();
    for (Element cell : row.select("td")) {
      texts.add(cell.text());
    }
    return texts;
  }

  @Test
  void indexListsImportersByMoneyAtRiskWithHandCheckedTotals() throws IOException {
    ReportOutcome outcome = SmallInputs.writePages(dir);
    assertThat(outcome.problems()).isEmpty();
    Document index = page("index.html");
    Elements rows = index.select("#importers tbody tr[data-importer]");
    List<String> order = new ArrayList<>();
    for (Element row : rows) {
      order.add(row.attr("data-importer"));
    }
    assertThat(order).containsExactly(A, B, SVG, SCRIPT, FORMULA);
    assertThat(cells(rows.get(0))).containsExactly(A, "5", "3,800.25", "1", "1,000.00",
        "2026-07-13", "30.75", "3,831.00", "NOT_READY");
    assertThat(cells(rows.get(1))).containsExactly(B, "1", "700.00", "0", "0.00", "2026-08-10",
        "7.00", "707.00", "READY");
    assertThat(cells(index.selectFirst("#importers tr.total"))).containsExactly("Total", "9",
        "4,530.25", "1", "1,000.00", "", "37.75", "4,538.00", "");
    assertThat(index.select("#card-declarable .value").text()).isEqualTo("4,530.25");
    assertThat(index.select("#card-at-risk .value").text()).isEqualTo("1,000.00");
    assertThat(index.select("#other-payees tbody tr")).hasSize(1);
    assertThat(cells(index.selectFirst("#other-payees tbody tr"))).containsExactly(
        "4811 55-5555555", "2026-09-11 to 2026-10-11", "2", "909.00");
    assertThat(index.select("#importers a").eachAttr("href")).containsExactly(
        "12-3456789A1.html", "98-7654321.html", "_svg_onload_alert_3_.html",
        "_script_alert_1_script_.html", "_cmd_C_calc_A0.html");
    for (String href : index.select("#importers a").eachAttr("href")) {
      assertThat(dir.resolve("pages").resolve(href)).isRegularFile();
    }
  }

  @Test
  void importerPageShowsHeadlineFiguresEqualToTheInputs() throws IOException {
    SmallInputs.writePages(dir);
    Document page = page("12-3456789A1.html");
    assertThat(page.select("#importer").text()).isEqualTo(A);
    assertThat(cells(page.selectFirst("#duty-by-verdict tr[data-verdict=ELIGIBLE]")))
        .containsExactly("ELIGIBLE", "declare in CAPE now", "2", "3,500.25");
    assertThat(cells(page.selectFirst("#duty-by-verdict tr[data-verdict=ELIGIBLE_DEFERRED]")))
        .endsWith("1", "300.00");
    assertThat(cells(page.selectFirst("#duty-by-verdict tr[data-verdict=NOT_ELIGIBLE]")))
        .endsWith("1", "4,000.00");
    assertThat(cells(page.selectFirst("#duty-by-verdict tr[data-verdict=NEEDS_REVIEW]")))
        .endsWith("1", "50.00");
    assertThat(cells(page.selectFirst("#duty-by-verdict tr.total"))).endsWith("5", "7,850.25");
    assertThat(page.select("#card-declarable .value").text()).isEqualTo("3,800.25");
    assertThat(page.select("#card-at-risk .value").text()).isEqualTo("1,000.00");
    assertThat(page.select("#card-at-risk .note").text()).contains("1 entry")
        .contains("2026-07-19");
    assertThat(page.select("#card-interest .value").text()).isEqualTo("30.75");
    assertThat(page.select("#card-interest .note").text()).contains("on 2 entries")
        .contains("unknown for 1 entry");
    assertThat(cells(page.selectFirst("#interest-flags tr[data-flag=UNCONFIRMED_RATE]")))
        .endsWith("1", "10.50");
    assertThat(cells(page.selectFirst("#payments-by-month tr[data-month=2026-09]")))
        .containsExactly("2026-09", "2", "2", "3,500.25", "30.75", "3,531.00");
    assertThat(cells(page.selectFirst("#payments-by-month tr[data-month=2026-12]")))
        .containsExactly("2026-12", "1", "1", "300.00", "0.00", "300.00");
    assertThat(cells(page.selectFirst("#payments-by-month tr.total")))
        .containsExactly("Total", "3", "3", "3,800.25", "30.75", "3,831.00");
    assertThat(page.select("#card-next .value").text()).isEqualTo("2026-07-13");
  }

  @Test
  void deadlineChartHasOneBarPerWeekWithTodayAndTheAtRiskBand() throws IOException {
    SmallInputs.writePages(dir);
    Document page = page("12-3456789A1.html");
    Elements bars = page.select("svg#cape-chart rect.bar");
    assertThat(bars.eachAttr("data-week")).containsExactly("2026-07-13", "2026-07-20");
    assertThat(bars.eachAttr("data-entries")).containsExactly("1", "1");
    assertThat(bars.eachAttr("data-duty")).containsExactly("1000.00", "2500.25");
    // The taller bar is the larger duty: 2500.25 fills the plot, 1000.00 is 40% of it.
    double small = Double.parseDouble(bars.get(0).attr("height"));
    double large = Double.parseDouble(bars.get(1).attr("height"));
    assertThat(small / large).isBetween(0.39, 0.41);
    assertThat(page.select("svg#cape-chart line.today")).hasSize(1);
    assertThat(page.select("svg#cape-chart rect.band title").text())
        .isEqualTo("At risk: CAPE last day from 2026-07-13 to 2026-07-19");
    assertThat(page.select("#undated").text()).startsWith("1 entry (IEEPA duty 300.00)");
    assertThat(page.select("svg#protest-chart rect.bar").eachAttr("data-week"))
        .containsExactly("2026-08-31");
    assertThat(cells(page.selectFirst("#protest-open tr[data-entry=AAA10000004]")))
        .containsExactly("AAA10000004", "2026-08-31",
            "liquidated more than 80 days ago; a protest is still possible (CBP guidance 10 Apr"
                + " 2026; CSMS #68340863; 19 U.S.C. 1501)", "4,000.00");
  }

  /**
   * A claim ledger's statuses fill the entries whose Claim Status cell is blank (AAA10000004 and
   * AAA10000005, the 2 "not declared" above): both become accepted, one paid and one with its
   * refund rejected; the cells the report has (declared, accepted, failed) stay.
   */
  @Test
  void claimStatusesFromALedger_fillBlankCells_paidAndRejectedCounted() throws IOException {
    ImporterReport.builder().asOf(SmallInputs.AS_OF)
        .screeningReport(SmallInputs.write(dir, "screening-report.csv", SmallInputs.REPORT))
        .claimStatuses(Map.of("AAA10000004", "PAID", "AAA10000005", "REJECTED_ACH",
            "AAA10000003", "ACCEPTED"))
        .output(dir.resolve("pages")).build().write();
    assertThat(page("12-3456789A1.html").select("#claim-counts").text())
        .contains("Declared, awaiting CAPE's result 1").contains("Accepted 3")
        .contains("Refund paid 1").contains("Refund rejected (ACH) 1").contains("Failed 1")
        .contains("Not declared 0");
  }

  @Test
  void readinessBlockersAndClaimsComeWithTheirFixes() throws IOException {
    SmallInputs.writePages(dir);
    Document page = page("12-3456789A1.html");
    assertThat(page.select("#readiness-status").text()).isEqualTo("NOT_READY");
    assertThat(page.select("#readiness-dates").text()).contains("Filing ready 2026-07-13")
        .contains("Payment ready 2026-08-24").contains("Start fixing by 2026-07-06");
    Element rev613 = page.selectFirst("#blockers tr[data-code=R18]");
    assertThat(cells(rev613).get(1)).isEqualTo("REFUNDS_REJECTED_REV613");
    assertThat(cells(rev613).get(2)).contains("frn-achrefundsupport@cbp.dhs.gov");
    assertThat(cells(rev613).get(3)).startsWith("CBP ACH Refund Support");
    assertThat(cells(rev613).get(4)).isEqualTo("2026-07-06");
    assertThat(cells(page.selectFirst("#blockers tr[data-code=R14]")).get(1))
        .isEqualTo("ACH_ENROLLMENT_PENDING");
    assertThat(page.select("#claim-counts").text()).contains("Declared, awaiting CAPE's result 1")
        .contains("Accepted 1").contains("Failed 1").contains("Not declared 2");
    List<String> failed = cells(page.selectFirst("#failed-claims tr[data-entry=AAA10000003]"));
    assertThat(failed.get(1)).isEqualTo("PROTEST ON ENTRY");
    assertThat(failed.get(2)).contains("open, pending or suspended protest");

    Document b = page("98-7654321.html");
    assertThat(b.select("#readiness-status").text()).isEqualTo("READY");
    assertThat(b.select("#blockers")).isEmpty();
  }

  @Test
  void everyEntryIsListedOnItsImportersPage() throws IOException {
    SmallInputs.writePages(dir);
    Document page = page("12-3456789A1.html");
    Elements rows = page.select("#entry-table tbody tr");
    assertThat(rows.eachAttr("data-entry")).containsExactly("AAA10000001", "AAA10000002",
        "AAA10000003", "AAA10000004", "AAA10000005");
    assertThat(cells(rows.get(0))).containsExactly("AAA10000001", "ELIGIBLE", "\u2014",
        "CAPE 2026-07-13", "1,000.00");
    assertThat(rows.get(0).hasClass("at-risk")).isTrue();
    assertThat(cells(rows.get(2)).get(3)).isEqualTo("before liquidation");
    assertThat(cells(rows.get(3)).get(3)).isEqualTo("protest 2026-08-31");
    assertThat(cells(rows.get(4)).get(2)).startsWith("liquidation status missing or unknown");
    assertThat(page("98-7654321.html").select("#entry-table tbody tr").eachAttr("data-entry"))
        .containsExactly("BBB10000001");
  }

  @Test
  void hostileImporterLabelsStayText() throws IOException {
    ReportOutcome outcome = SmallInputs.writePages(dir);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir.resolve("pages"))) {
      files = list.sorted().toList();
    }
    assertThat(files).hasSize(outcome.pages().size() + 1);
    for (Path file : files) {
      Document page = Jsoup.parse(file.toFile(), "UTF-8");
      assertThat(page.select("script")).as(file.toString()).isEmpty();
      assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
          .filter(a -> a.getKey().startsWith("on")).toList()).as(file.toString()).isEmpty();
      for (Element svg : page.select("svg")) {
        assertThat(svg.id()).isIn("cape-chart", "protest-chart");
      }
      String html = Files.readString(file);
      assertThat(html).doesNotContain("<script").doesNotContain("<svg onload");
    }
    for (String label : List.of(SCRIPT, SVG, FORMULA)) {
      Document index = page("index.html");
      Element row = index.select("#importers tr[data-importer]").stream()
          .filter(r -> r.attr("data-importer").equals(label)).findFirst().orElseThrow();
      assertThat(row.selectFirst("td.importer").text()).isEqualTo(label);
      String href = row.select("a").attr("href");
      assertThat(href).matches("[A-Za-z0-9._-]+\\.html");
      Document page = page(href);
      assertThat(page.select("#importer").text()).isEqualTo(label);
      assertThat(page.title()).isEqualTo("CAPE refunds: " + label + " as of 2026-07-13");
    }
    Document script = page("_script_alert_1_script_.html");
    assertThat(script.select("#failed-claims td").eachText())
        .contains("<img src=x onerror=alert(9)>");
    assertThat(script.select("#blockers tr").eachAttr("data-code"))
        .containsExactly("<i onclick=alert(8)>X1</i>", "R13");
    assertThat(script.select("img, i")).isEmpty();
  }

  @Test
  void aBadInputRowIsLeftOutAndNamedOnTheIndex() throws IOException {
    String report = SmallInputs.REPORT.replace("BBB10000001,98-7654321,01,ELIGIBLE,,2026-05-22,"
        + "2026-08-10", "BBB10000001,98-7654321,01,ELIGIBLE,,2026-05-22,2026-08-1O");
    ReportOutcome outcome = ImporterReport.builder().asOf(SmallInputs.AS_OF)
        .screeningReport(SmallInputs.write(dir, "screening-report.csv", report))
        .output(dir.resolve("pages")).build().write();
    assertThat(outcome.problems()).hasSize(1);
    Document index = page("index.html");
    assertThat(index.select("#problems li").eachText()).containsExactly("screening-report.csv"
        + " line 7, column 'CAPE Last Day', entry BBB10000001: '2026-08-1O' is not a date"
        + " YYYY-MM-DD or M/D/YYYY; the row is left out");
    assertThat(index.select("#importers tr[data-importer]").eachAttr("data-importer"))
        .doesNotContain(B).contains(A);
  }

  @Test
  void sameInputsGiveTheSameBytesAndNoTemporaryFileRemains() throws IOException {
    SmallInputs.writePages(dir);
    List<byte[]> first = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir.resolve("pages"))) {
      files = list.sorted().toList();
    }
    for (Path file : files) {
      first.add(Files.readAllBytes(file));
    }
    SmallInputs.writePages(dir);
    try (Stream<Path> list = Files.list(dir.resolve("pages"))) {
      assertThat(list.sorted().toList()).isEqualTo(files);
    }
    for (int i = 0; i < files.size(); i++) {
      assertThat(Files.readAllBytes(files.get(i))).as(files.get(i).toString())
          .isEqualTo(first.get(i));
      assertThat(files.get(i).getFileName().toString()).doesNotEndWith(".tmp");
    }
  }

  @Test
  void withoutPaymentsOrReadinessThoseSectionsSaySoOrAreLeftOut() throws IOException {
    Path report = SmallInputs.write(dir, "screening-report.csv", SmallInputs.REPORT);
    ImporterReport.builder().asOf(SmallInputs.AS_OF).screeningReport(report)
        .output(dir.resolve("pages")).build().write();
    Document page = page("12-3456789A1.html");
    assertThat(page.select("#payments-by-month")).isEmpty();
    assertThat(page.select("#headline").text()).contains("No payments file was given.");
    assertThat(page.select("#readiness")).isEmpty();
    assertThat(page("index.html").select("#importers th").eachText())
        .doesNotContain("Readiness");
  }
}
