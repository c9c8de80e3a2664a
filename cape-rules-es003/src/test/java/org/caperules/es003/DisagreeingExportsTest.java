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
package org.caperules.es003;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.junit.jupiter.api.Test;

/**
 * Two exports, or two rows, that say different things about one entry
 * (docs/formats.md#when-rows-of-an-entry-disagree): the result must not depend on the order in
 * which they are read. Each case is read in both orders of its files.
 */
class DisagreeingExportsTest {

  private static final String HEADER = "Entry Summary Number|Entry Summary Line Number|"
      + "Tariff Ordinal Number|HTS Number - Full|Line Tariff Duty Amount|Importer Number|"
      + "Importer Name|Liquidation Status|Liquidation Date";
  private static final String TITLE = "ES-003 Entry Summary Line Tariff Details";

  /** One file: its name and its lines from line 1 ('|'-separated cells), title rows and all. */
  private record Export(String name, List<String> lines) {
    static Export of(String name, String... lines) {
      return new Export(name, List.of(lines));
    }
  }

  private static ValueWithProblems<List<Entry>> read(List<Export> exports) {
    Es003Intake intake = Es003Intake.create();
    for (Export export : exports) {
      intake.startFile(export.name());
      for (int i = 0; i < export.lines().size(); i++) {
        intake.textRow(i + 1, Arrays.asList(export.lines().get(i).split("\\|", -1)));
      }
    }
    return intake.result();
  }

  /** The read of the exports in the order given and in the reverse order. */
  private static List<ValueWithProblems<List<Entry>>> bothOrders(Export first, Export second) {
    return List.of(read(List.of(first, second)), read(List.of(second, first)));
  }

  private static RowAccounting rows(ValueWithProblems<?> read) {
    return Objects.requireNonNull(read.rowAccounting(), "rowAccounting");
  }

  private static List<String> messages(ValueWithProblems<?> read) {
    List<String> out = new ArrayList<>();
    for (Problem problem : read.problems()) {
      out.add(problem.toString());
    }
    return out;
  }

  /**
   * An older and a newer pull of one entry: it liquidated on Fri 2026-06-19, between the run
   * dates 2026-06-01 and 2026-07-10. The newer export's liquidation status and date win, in both
   * orders, with a warning naming both files; the row in both is used once.
   */
  @Test
  void datedExports_laterExportsValuesWin_inBothOrders() {
    Export june = Export.of("jun.csv", TITLE, "Run Date: 06/01/2026 8:41 AM", HEADER,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Unliquidated|");
    Export july = Export.of("jul.csv", TITLE, "Run Date: 07/10/2026", HEADER,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Liquidated|06/19/2026",
        "ABC12345676|2|1|99030124|20.00|12-3456789A1|Acme|Liquidated|06/19/2026");
    List<ValueWithProblems<List<Entry>>> reads = bothOrders(june, july);
    assertThat(reads.get(1).value()).isEqualTo(reads.get(0).value());
    for (ValueWithProblems<List<Entry>> read : reads) {
      assertThat(messages(read)).noneMatch(m -> m.contains("disagrees"));
      assertThat(read.value()).singleElement().satisfies(entry -> {
        assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
        assertThat(entry.liquidationDate()).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(entry.rejectedRowCount()).isZero();
        assertThat(entry.dutyLines()).containsExactly(
            DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("100.00")),
            DutyLine.of(HtsNumber.of("99030124"), new BigDecimal("20.00")));
        assertThat(entry.sourceWarnings()).containsExactly(
            "LATER_EXPORT_USED: Liquidation Status 'Liquidated' of jul.csv (run 2026-07-10) used"
                + " over 'Unliquidated' of jun.csv (run 2026-06-01)",
            "LATER_EXPORT_USED: Liquidation Date '06/19/2026' of jul.csv (run 2026-07-10) used"
                + " over '' of jun.csv (run 2026-06-01)");
      });
      // 4 title rows skipped; 3 data rows: 2 used, jun.csv's line 4 (or jul.csv's) repeated
      assertThat(rows(read)).isEqualTo(RowAccounting.of(7, 2, 1, 4, 0));
    }
  }

  /** A post-summary correction between two pulls: the newer export's duty line is kept. */
  @Test
  void datedExports_dutyLineOfTheNewerExportKept_inBothOrders() {
    Export june = Export.of("jun.csv", TITLE, "Run Date: 06/01/2026", HEADER,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Unliquidated|");
    Export july = Export.of("jul.csv", "Report Run Date|2026-07-10", HEADER,
        "ABC12345676|1|1|99030125|120.00|12-3456789A1|Acme|Unliquidated|");
    List<ValueWithProblems<List<Entry>>> reads = bothOrders(june, july);
    assertThat(reads.get(1).value()).isEqualTo(reads.get(0).value());
    for (ValueWithProblems<List<Entry>> read : reads) {
      assertThat(messages(read)).noneMatch(m -> m.contains("disagrees"));
      Entry entry = read.value().get(0);
      assertThat(entry.dutyLines()).containsExactly(
          DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("120.00")));
      assertThat(entry.sourceWarnings()).containsExactly("LATER_EXPORT_USED: line '1' ordinal"
          + " '1' 9903.01.25 120.00 of jul.csv (run 2026-07-10) used over 9903.01.25 100.00 of"
          + " jun.csv (run 2026-06-01)");
      // 3 title rows skipped, one row used and one superseded (counted as repeated)
      assertThat(rows(read)).isEqualTo(RowAccounting.of(5, 1, 1, 3, 0));
    }
  }

  /**
   * Without run dates, two exports that disagree on the importer cannot be told apart: the
   * importer is unknown whichever file is read first, the disagreeing rows are rejected (so
   * the entry is NEEDS_REVIEW), and the message names both files and advises passing only the
   * latest export.
   */
  @Test
  void undatedExports_conflictingImporter_unknownInBothOrders() {
    Export a = Export.of("a.csv", HEADER,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Unliquidated|");
    Export b = Export.of("b.csv", HEADER,
        "ABC12345676|1|1|99030125|100.00|98-7654321|Acme|Unliquidated|",
        "ABC12345676|2|1|3923900080|12.00|98-7654321|Acme|Unliquidated|");
    List<ValueWithProblems<List<Entry>>> reads = bothOrders(a, b);
    for (ValueWithProblems<List<Entry>> read : reads) {
      Entry entry = read.value().get(0);
      assertThat(entry.importerNumber()).isNull();
      assertThat(entry.rejectedRowCount()).isPositive();
      assertThat(messages(read)).isNotEmpty().allSatisfy(message -> assertThat(message)
          .contains("[Importer Number]", "disagrees with", "the entry's Importer Number is left"
              + " unknown", "pass only the latest export"));
    }
    // read a.csv first: b.csv's two rows are rejected
    assertThat(messages(reads.get(0))).containsExactly("b.csv:2 [Importer Number] '98-7654321':"
        + " Importer Number '98-7654321' disagrees with '12-3456789A1' on line 2 of a.csv for"
        + " entry ABC12345676; the row is not used, and the entry's Importer Number is left"
        + " unknown. The two exports do not both say when they were run (a run date in their"
        + " title rows): pass only the latest export",
        "b.csv:3 [Importer Number] '98-7654321': Importer Number '98-7654321' disagrees with"
        + " '12-3456789A1' on line 2 of a.csv for entry ABC12345676; the row is not used, and"
        + " the entry's Importer Number is left unknown. The two exports do not both say when"
        + " they were run (a run date in their title rows): pass only the latest export");
  }

  /** One dated and one undated export: no way to tell which is newer, so a conflict. */
  @Test
  void oneExportWithoutRunDate_conflictAsWithoutDates() {
    Export june = Export.of("jun.csv", TITLE, "Run Date: 06/01/2026", HEADER,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Unliquidated|");
    Export other = Export.of("other.csv", HEADER,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Liquidated|06/19/2026");
    for (ValueWithProblems<List<Entry>> read : bothOrders(june, other)) {
      Entry entry = read.value().get(0);
      assertThat(entry.liquidationStatus()).isNull();
      assertThat(entry.liquidationDate()).isNull();
      assertThat(entry.rejectedRowCount()).isEqualTo(1);
      assertThat(entry.sourceWarnings()).isEmpty();
    }
  }

  /**
   * The importer's name decides nothing: two spellings are no conflict; the row is used, the
   * name left blank, and the entry warns.
   */
  @Test
  void importerNameDiffers_noConflict_nameLeftBlankWithAWarning() {
    ValueWithProblems<List<Entry>> read = read(List.of(Export.of("es003.csv", HEADER,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Unliquidated|",
        "ABC12345676|2|1|3923900080|12.00|12-3456789A1|ACME Inc|Unliquidated|")));
    assertThat(messages(read)).isEmpty();
    Entry entry = read.value().get(0);
    assertThat(entry.importerName()).isNull();
    assertThat(entry.rejectedRowCount()).isZero();
    assertThat(entry.dutyLines()).hasSize(2);
    assertThat(entry.sourceWarnings()).containsExactly("VALUES_DIFFER: Importer Name 'Acme'"
        + " (es003.csv line 2) and 'ACME Inc' (es003.csv line 3) differ; left blank");
    assertThat(rows(read)).isEqualTo(RowAccounting.of(2, 2, 0));
  }

  /**
   * Two overlapping exports both hold the same bad row (amount {@code N/A}): one problem, as one
   * export gives, the entry told of one rejected row, and the second copy counted as repeated.
   */
  @Test
  void badRowInBothOverlappingExports_oneProblem_secondCopyRepeated() {
    String bad = "ABC12345676|1|1|99030125|N/A|12-3456789A1|Acme|Unliquidated|";
    String good = "ABC12345676|1|2|3923900080|12.00|12-3456789A1|Acme|Unliquidated|";
    for (ValueWithProblems<List<Entry>> read : bothOrders(
        Export.of("early.csv", HEADER, bad, good), Export.of("late.csv", HEADER, bad, good))) {
      assertThat(read.problems()).singleElement().satisfies(problem ->
          assertThat(problem.toString()).contains("[Line Tariff Duty Amount] 'N/A'"));
      Entry entry = read.value().get(0);
      assertThat(entry.rejectedRowCount()).isEqualTo(1);
      assertThat(entry.dutyLines()).containsExactly(
          DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("12.00")));
      // 4 data rows: the good one used, its copy and the bad one's copy repeated, 1 rejected
      assertThat(rows(read)).isEqualTo(RowAccounting.of(4, 1, 2, 0, 1));
    }
  }

  /**
   * A newer export's blank cell is a value too: a protest number and status in the older pull,
   * both blank in the newer (the protest is no longer open), give an entry without a protest,
   * in both orders.
   */
  @Test
  void datedExports_newerBlankCellWins() {
    String header = HEADER + "|Protest Number|Protest Status";
    Export june = Export.of("jun.csv", "Run Date: 06/01/2026", header,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Unliquidated||270426100123|Open");
    Export july = Export.of("jul.csv", "Run Date: 07/10/2026", header,
        "ABC12345676|1|1|99030125|100.00|12-3456789A1|Acme|Unliquidated|||");
    List<ValueWithProblems<List<Entry>>> reads = bothOrders(june, july);
    assertThat(reads.get(1).value()).isEqualTo(reads.get(0).value());
    for (ValueWithProblems<List<Entry>> read : reads) {
      Entry entry = read.value().get(0);
      assertThat(entry.protestNumber()).isNull();
      assertThat(entry.protestStatus()).isEqualTo(ProtestStatus.NONE);
      assertThat(entry.rejectedRowCount()).isZero();
      assertThat(entry.sourceWarnings()).contains("LATER_EXPORT_USED: Protest Status '' of"
          + " jul.csv (run 2026-07-10) used over 'Open' of jun.csv (run 2026-06-01)");
    }
  }
}
