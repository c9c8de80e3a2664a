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
package org.caperules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cape-rules report} through the real command line, on the outputs of {@code screen} on
 * the shipped sample: the index's totals equal the figures {@code screen} prints (the golden
 * {@code stdout.txt}), and every entry of the screening report is on its importer's page.
 */
class ReportCommandTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void report_sample_indexAgreesWithTheScreenSummaryAndEveryEntryIsListed() throws IOException {
    Path out = dir.resolve("cape-out");
    assertThat(CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        ScreenCommandTest.SAMPLE.toString()).exitCode()).isZero();
    Path pages = dir.resolve("pages");
    CliRun run = CliRun.of("report", "--as-of", "2026-07-13", "--screening-report",
        out.resolve("screening-report.csv").toString(), "--payments",
        out.resolve("payments.csv").toString(), "--out", pages.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("Report as of 2026-07-13: 8 importer pages"
        + " and index.html in " + pages);
    assertThat(run.outLines()).hasSize(10);

    Document index = Jsoup.parse(pages.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.select("#importers tbody tr[data-importer]")).hasSize(8);
    List<String> total = index.select("#importers tr.total td").stream().map(Element::text)
        .toList();
    // From screen's summary (golden stdout.txt): 276 entries; declarable = ELIGIBLE
    // 1,461,300.84 + ELIGIBLE_DEFERRED 329,432.90 = 1,790,733.74 (143 + 34 = 177 entries);
    // 2 entries at risk (the golden report's At Risk = Y rows: SMP10002106 16,169.58 and
    // FKE10002587 11,069.38, together 27,238.96); estimated interest 74,686.99; payments:
    // principal 1,790,733.74 + interest 74,686.99 = 1,865,420.73.
    assertThat(total).containsExactly("Total", "276", "1,790,733.74", "2", "27,238.96", "",
        "74,686.99", "1,865,420.73");
    assertThat(index.select("#importers tbody tr[data-importer]").get(0)
        .attr("data-importer")).isEqualTo("56-1357913C3");
    assertThat(index.select("#card-declarable .note").text()).isEqualTo("177 entries");
    // The SSN importer is shown by its payee label (as payments.csv names it) and its page is
    // named by it.
    Element ssn = index.select("#importers tr[data-importer]").stream()
        .filter(r -> r.attr("data-importer").matches("ssn-0001-[0-9a-f]{8}")).findFirst()
        .orElseThrow(() -> new AssertionError("no SSN importer by its label among "
            + index.select("#importers tr[data-importer]").eachAttr("data-importer")));
    assertThat(ssn.select("a").attr("href")).isEqualTo(ssn.attr("data-importer") + ".html");
    assertThat(index.html()).doesNotContain("***-**-0001");

    List<String> reported = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("screening-report.csv"),
        StandardCharsets.UTF_8).subList(1, 277)) {
      reported.add(line.substring(0, line.indexOf(',')));
    }
    List<String> listed = new ArrayList<>();
    for (String href : index.select("#importers a").eachAttr("href")) {
      Document page = Jsoup.parse(pages.resolve(href).toFile(), "UTF-8");
      listed.addAll(page.select("#entry-table tbody tr").eachAttr("data-entry"));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(reported);
  }

  @Test
  void report_missingFileOrColumn_exitsOneNamingIt() throws IOException {
    Path missing = dir.resolve("nowhere.csv");
    CliRun run = CliRun.of("report", "--as-of", "2026-07-13", "--screening-report",
        missing.toString(), "--out", dir.resolve("pages").toString());
    assertThat(run.exitCode()).isEqualTo(CapeRulesCli.EXIT_INPUT);
    assertThat(run.err()).isEqualTo("cape-rules: " + missing + ": file not found\n");

    Path noDuty = dir.resolve("report.csv");
    Files.writeString(noDuty, "Entry Number,Importer Number,Verdict\n");
    run = CliRun.of("report", "--as-of", "2026-07-13", "--screening-report", noDuty.toString(),
        "--out", dir.resolve("pages").toString());
    assertThat(run.exitCode()).isEqualTo(CapeRulesCli.EXIT_INPUT);
    assertThat(run.err()).contains("required column 'IEEPA Duty' missing");
  }

  @Test
  void report_withoutAsOf_isAUsageError() {
    CliRun run = CliRun.of("report", "--screening-report", "r.csv", "--out", "pages");
    assertThat(run.exitCode()).isEqualTo(CapeRulesCli.EXIT_USAGE);
    assertThat(run.err()).contains("--as-of");
  }
}
