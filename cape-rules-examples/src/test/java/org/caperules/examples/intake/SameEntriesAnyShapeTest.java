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
package org.caperules.examples.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.report.ScreeningReportWriter;
import org.caperules.screening.Es003Files;
import org.caperules.testkit.Entries;
import org.caperules.testkit.Scenario;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property of the intake: the same entries, written as a plain CSV export, as a typed workbook,
 * with title rows above the header, in a "hide duplicates" layout and with every cell in Excel's
 * {@code ="..."} wrapper, read to the same entries and screen to byte-identical reports. The
 * entries come from the test kit's seeded generator (every scenario); the seed of a failing run
 * is in the failure message.
 */
class SameEntriesAnyShapeTest {

  /** Mon 2026-07-13, the as-of date of the generated entries. */
  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 13);
  private static final DateTimeFormatter US =
      DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
  private static final int RUNS = 12;
  private static final int ENTRIES = 25;
  private static final List<String> HEADER = List.of("Entry Summary Number",
      "Entry Summary Line Number", "Tariff Ordinal Number", "Entry Type Code", "Importer Number",
      "Importer Name", "Entry Date", "Entry Summary Date", "HTS Number - Full",
      "Line Tariff Duty Amount", "Liquidation Status", "Liquidation Date",
      "Reconciliation Indicator", "Reconciliation Entry Filed", "Drawback Indicator",
      "Protest Number", "Protest Status", "AD/CVD Liquidation Instructions",
      "Entry Summary Status", "Filed In ACE", "CIT Plaintiff");
  /** The columns of the entry-level values: blank on later rows in "hide duplicates". */
  private static final int[] ENTRY_LEVEL = {0, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17,
      18, 19, 20};

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void sameEntriesInEveryShape_byteIdenticalReports() throws IOException {
    long base = 20261205L;
    for (int run = 0; run < RUNS; run++) {
      long seed = base + run;
      SplittableRandom random = new SplittableRandom(seed);
      Entries entries = Entries.asOf(AS_OF);
      Scenario[] scenarios = Scenario.values();
      List<Entry> drawn = new ArrayList<>();
      for (int i = 0; i < ENTRIES; i++) {
        drawn.add(entries.next(random, scenarios[random.nextInt(scenarios.length)]));
      }
      List<List<@Nullable Object>> rows = rows(drawn);
      Map<String, Path> files = new LinkedHashMap<>();
      files.put("plain CSV", csv("plain-" + seed, rows, 0, false, false));
      files.put("typed workbook", workbook("typed-" + seed, rows));
      files.put("title rows", csv("titled-" + seed, rows, 3, false, false));
      files.put("hide duplicates", csv("hidden-" + seed, rows, 0, true, false));
      files.put("=\"...\" wrappers", csv("wrapped-" + seed, rows, 0, false, true));
      byte[] expected = null;
      List<Entry> expectedEntries = null;
      for (Map.Entry<String, Path> file : files.entrySet()) {
        ValueWithProblems<List<Entry>> read = Es003Files.readAll(List.of(file.getValue()));
        String as = "seed " + seed + ", " + file.getKey();
        assertThat(read.problems(org.caperules.core.result.Severity.ERROR)).as(as).isEmpty();
        Path report = dir.resolve("report-" + file.getValue().getFileName() + ".csv");
        ScreeningReportWriter.builder().build().write(report,
            CapeEngine.standard().screen(read.value(), AS_OF).assessments());
        byte[] bytes = Files.readAllBytes(report);
        if (expected == null) {
          expected = bytes;
          expectedEntries = read.value();
          // every drawn entry with a duty line (an ES-003 row is a duty line) comes back
          assertThat(read.value()).as(as).hasSize((int) drawn.stream()
              .filter(e -> !e.dutyLines().isEmpty()).map(Entry::entryNumberText).distinct()
              .count());
        } else {
          assertThat(read.value()).as(as).isEqualTo(expectedEntries);
          assertThat(new String(bytes, StandardCharsets.UTF_8)).as(as)
              .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** One row per duty line, typed: text, whole numbers, dates and amounts. */
  private static List<List<@Nullable Object>> rows(List<Entry> entries) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Entry entry : entries) {
      List<DutyLine> lines = entry.dutyLines();
      for (int i = 0; i < lines.size(); i++) {
        List<@Nullable Object> row = new ArrayList<>();
        row.add(entry.entryNumberText());
        row.add(i + 1);
        row.add(1);
        row.add(entry.entryType() == null ? null : entry.entryType().code());
        row.add(entry.importerNumber() == null ? null : entry.importerNumber().value());
        row.add(entry.importerName());
        row.add(entry.entryDate());
        row.add(entry.entrySummaryDate());
        row.add(lines.get(i).hts().formatted());
        row.add(lines.get(i).duty());
        row.add(entry.liquidationStatusText() != null ? entry.liquidationStatusText()
            : entry.liquidationStatus() == null ? null : entry.liquidationStatus().name());
        row.add(entry.liquidationDate());
        row.add(flag(entry.reconciliationFlagged()));
        row.add(flag(entry.reconciliationEntryFiled()));
        row.add(flag(entry.drawbackDesignated()));
        row.add(entry.protestNumber());
        row.add(entry.protestStatusText());
        row.add(flag(entry.adCvdLiquidationInstructions()));
        row.add(entry.entrySummaryStatus().name());
        row.add(flag(entry.filedInAce()));
        row.add(flag(entry.citPlaintiff()));
        rows.add(row);
      }
    }
    return rows;
  }

  private static String flag(boolean value) {
    return value ? "Y" : "N";
  }

  private Path csv(String name, List<List<@Nullable Object>> rows, int titleRows,
      boolean hideDuplicates, boolean wrapped) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < titleRows; i++) {
      out.append(i == 0 ? "ES-003 Entry Summary Line Tariff Details"
          : i == 1 ? "Run Date: 07/13/2026" : "").append("\r\n");
    }
    out.append(String.join(",", HEADER)).append("\r\n");
    Object previous = null;
    for (List<@Nullable Object> row : rows) {
      List<@Nullable Object> cells = new ArrayList<>(row);
      if (hideDuplicates && row.get(0).equals(previous)) {
        for (int index : ENTRY_LEVEL) {
          cells.set(index, null);
        }
      }
      previous = row.get(0);
      List<String> texts = new ArrayList<>();
      for (Object cell : cells) {
        String text = cell == null ? ""
            : cell instanceof LocalDate date ? US.format(date)
            : cell instanceof BigDecimal amount ? amount.toPlainString()
            : cell.toString();
        if (wrapped && !text.isEmpty()) {
          text = "=\"" + text.replace("\"", "\"\"") + "\"";
        }
        texts.add(text.contains(",") || text.contains("\"")
            ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
      }
      out.append(String.join(",", texts)).append("\r\n");
    }
    return Files.writeString(dir.resolve(name + ".csv"), out.toString(), StandardCharsets.UTF_8);
  }

  private Path workbook(String name, List<List<@Nullable Object>> rows) throws IOException {
    List<List<@Nullable Object>> sheet = new ArrayList<>();
    sheet.add(new ArrayList<>(HEADER));
    for (List<@Nullable Object> row : rows) {
      List<@Nullable Object> typed = new ArrayList<>(row);
      Object type = typed.get(3);
      if (type instanceof String code) {
        typed.set(3, Integer.parseInt(code));  // a number cell, as Excel makes of 01
      }
      sheet.add(typed);
    }
    Map<String, List<List<@Nullable Object>>> sheets = Workbooks.sheets();
    sheets.put("Main Report", sheet);
    return Workbooks.write(dir.resolve(name + ".xlsx"), sheets);
  }
}
