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
package org.caperules.es003.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.es003.Cell;
import org.caperules.es003.CellKind;
import org.caperules.es003.EntriesNotGroupedException;
import org.caperules.es003.Es003Column;
import org.caperules.testkit.EntryNumbers;
import org.caperules.testkit.ImporterNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;

/**
 * The partitioned read against the whole read: seeded inputs whose rows of an entry are apart
 * (shuffled, and the same entries in two or three overlapping exports, with exact repeats,
 * conflicting rows, bad rows, title rows, footers, "hide duplicates" rows and typed workbook
 * cells) give the same entries, the same problems and the same row accounting, whatever the
 * number of partitions, including partitions split again because they are too large to load.
 */
class PartitionedAssemblyTest {

  private static final List<String> COLUMNS = List.of("Entry Summary Number",
      "Entry Type Code", "Importer Number", "Entry Date", "Entry Summary Line Number",
      "Tariff Ordinal Number", "HTS Number - Full", "Line Tariff Duty Amount");
  private static final List<String> HTS = List.of("99030125", "9903.01.25", "3923.90.0080",
      "9903.01.63", "8471.30.0100");

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** One table of the generated input: its name, sheet (or null), and rows from line 1. */
  private record GenTable(String file, @Nullable String sheet, boolean typed, List<List<String>> rows) {}

  /** What a read gave: entries, problems, accounting. */
  private record Read(List<Entry> entries, List<Problem> problems, Object accounting) {}

  @Test
  void seededApartInputs_partitionedReadEqualsWholeRead() throws IOException {
    for (long seed = 1; seed <= 150; seed++) {
      List<GenTable> tables = generate(new SplittableRandom(seed));
      Read whole = read(Assembly.collecting(), List.of(), tables);
      int partitions = 1 + (int) (seed % 7);
      long loadLimit = seed % 3 == 0 ? 600 : 1 << 20;  // small: partitions are split again
      Path parent = Files.createDirectories(dir.resolve("seed-" + seed));
      RowSpill spill = RowSpill.create(parent, partitions, loadLimit);
      List<Entry> handed = new ArrayList<>();
      Read partitioned = read(Assembly.partitioned(handed::add, spill), handed, tables);

      String because = "seed " + seed + ", " + partitions + " partitions, load limit "
          + loadLimit;
      assertThat(partitioned.entries()).as(because)
          .containsExactlyInAnyOrderElementsOf(whole.entries());
      assertThat(partitioned.problems()).as(because)
          .containsExactlyInAnyOrderElementsOf(whole.problems());
      assertThat(partitioned.accounting()).as(because).isEqualTo(whole.accounting());
      try (Stream<Path> left = Files.list(parent)) {
        assertThat(left).as("spill files left, " + because).isEmpty();
      }
    }
  }

  @Test
  void generatedInputs_haveRowsOfAnEntryApart() {
    // the equality above is only worth something if the stream cannot take these inputs
    int apart = 0;
    for (long seed = 1; seed <= 150; seed++) {
      try {
        read(Assembly.streaming(entry -> { }), new ArrayList<>(),
            generate(new SplittableRandom(seed)));
      } catch (EntriesNotGroupedException ex) {
        apart++;
      }
    }
    assertThat(apart).isGreaterThan(140);
  }

  @Test
  void entriesOfOnePartition_comeInOrderOfTheirFirstRow() {
    // one partition: B (line 2), A (line 3), B (line 4), C (line 5) give B, A, C
    RowSpill spill = RowSpill.create(dir, 1, 1 << 20);
    List<Entry> handed = new ArrayList<>();
    Assembly assembly = Assembly.partitioned(handed::add, spill);
    assembly.startTable("order.csv", null, false, true);
    assembly.textRow(1, List.of("Entry Summary Number", "HTS Number - Full",
        "Line Tariff Duty Amount"));
    assembly.textRow(2, List.of("SYN10000020", "99030125", "10.00"));
    assembly.textRow(3, List.of("SYN10000012", "99030125", "850.00"));
    assembly.textRow(4, List.of("syn-1000002-0", "3923900080", "2.00"));
    assembly.textRow(5, List.of("SYN10000038", "99030125", "1.00"));
    assembly.finish();

    assertThat(handed).extracting(Entry::entryNumberText)
        .containsExactly("SYN10000020", "SYN10000012", "SYN10000038");
    assertThat(handed.get(0).dutyLines()).hasSize(2);
  }

  @Test
  void records_roundTrip_largeNumbers_longAndNonAsciiTexts() {
    // numbers of 1, 2 and 5 bytes in 7-bit groups; texts of 0, 200 and 2 * 300 bytes in UTF-8
    RowSpill spill = RowSpill.create(dir, 3, 1 << 20);
    List<String> cells = List.of("", "x".repeat(200), "é".repeat(300), "ABC12345676");
    Map<Es003Column, String> damage = Map.of(
        Es003Column.ENTRY_DATE, "Entry date 45755 looks damaged");
    Problem problem = Problem.of(ProblemCode.WRONG_CELL_COUNT,
        Position.of("a.csv [Main Report (2)]", 10_000_000_000L),
        "ünïcode", "The row has 4 cells, but the header has 8");
    spill.dataRow(0, 127, "ABC12345676", cells, damage);
    spill.dataRow(300, 128, "ABC12345676", cells, Map.of());
    spill.shapeRow(5, 10_000_000_000L, "", cells, problem);
    List<String> seen = new ArrayList<>();
    spill.replay((table, line, entry, got, gotDamage, shape) -> seen.add(table + " " + line + " "
        + entry + " " + got.equals(cells) + " " + gotDamage + " " + shape));

    assertThat(seen).containsExactlyInAnyOrder(
        "0 127 ABC12345676 true {ENTRY_DATE=Entry date 45755 looks damaged} null",
        "300 128 ABC12345676 true {} null",
        "5 10000000000  true {} " + problem);
    assertThat(spill.directory()).doesNotExist();
  }

  @Test
  void spillFiles_ownerOnly_deletedWhenTheReadIsAbandoned() throws IOException {
    RowSpill spill = RowSpill.create(dir, 4, 1 << 20);
    Assembly assembly = Assembly.partitioned(entry -> { }, spill);
    assembly.startTable("a.csv", null, false, true);
    assembly.textRow(1, List.of("Entry Summary Number", "Importer Number", "HTS Number - Full",
        "Line Tariff Duty Amount"));
    assembly.textRow(2, List.of("SYN10000012", "123-45-6789", "99030125", "850.00"));

    Path spillDir = spill.directory();
    assertThat(spillDir.getParent()).isEqualTo(dir);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spillDir)))
        .isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(spillDir)) {
      List<Path> written = files.toList();
      assertThat(written).hasSize(1);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written.get(0))))
          .isEqualTo("rw-------");
    }
    assertThat(spill.bytesWritten()).isPositive();
    spill.close();
    spill.close();
    assertThat(spillDir).doesNotExist();
    assertThatThrownBy(() -> spill.dataRow(0, 3, "SYN10000012", List.of(), Map.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sinkFailure_deletesTheSpillFiles() {
    RowSpill spill = RowSpill.create(dir, 2, 1 << 20);
    Assembly assembly = Assembly.partitioned(entry -> {
      throw new IllegalArgumentException("the screen stopped");
    }, spill);
    assembly.startTable("a.csv", null, false, true);
    assembly.textRow(1, List.of("Entry Summary Number", "HTS Number - Full",
        "Line Tariff Duty Amount"));
    assembly.textRow(2, List.of("SYN10000012", "99030125", "850.00"));
    assembly.textRow(3, List.of("SYN10000020", "99030125", "850.00"));

    assertThatThrownBy(assembly::finish).hasMessage("the screen stopped");
    assertThat(spill.directory()).doesNotExist();
  }

  private static Read read(Assembly assembly, List<Entry> handed, List<GenTable> tables) {
    for (GenTable table : tables) {
      assembly.startTable(table.file(), table.sheet(), false, true);
      for (int i = 0; i < table.rows().size(); i++) {
        List<String> row = table.rows().get(i);
        if (table.typed()) {
          assembly.row(i + 1, typed(row));
        } else {
          assembly.textRow(i + 1, row);
        }
      }
    }
    List<Problem> problems = assembly.finish();
    List<Entry> entries = assembly.isStreaming() ? handed : assembly.entries();
    return new Read(entries, problems, assembly.accounting());
  }

  /** A workbook's cells: numbers where a spreadsheet keeps numbers, text elsewhere. */
  private static List<Cell> typed(List<String> row) {
    List<Cell> cells = new ArrayList<>(row.size());
    for (String text : row) {
      cells.add(text.matches("-?[0-9]+(\\.[0-9]+)?") && !text.startsWith("0")
          ? Cell.of(CellKind.NUMBER, text, false) : Cell.text(text));
    }
    return cells;
  }

  /**
   * One to three exports of a pool of entries, each a shuffled, overlapping subset of the
   * entries' rows, with damage.
   */
  private static List<GenTable> generate(SplittableRandom random) {
    int entryCount = 3 + random.nextInt(25);
    List<List<List<String>>> pool = new ArrayList<>();
    for (int e = 0; e < entryCount; e++) {
      String number = random.nextInt(8) == 0 ? EntryNumbers.nextInvalid(random)
          : EntryNumbers.next(random).toString();
      String importer = ImporterNumbers.next(random).toString();
      String type = random.nextBoolean() ? "01" : "11";
      String date = "0" + (1 + random.nextInt(9)) + "/1" + random.nextInt(10) + "/2025";
      List<List<String>> rows = new ArrayList<>();
      int lines = 1 + random.nextInt(4);
      for (int line = 1; line <= lines; line++) {
        String shown = random.nextInt(4) == 0 ? hyphenated(number) : number;
        rows.add(new ArrayList<>(List.of(shown, type, importer, date, String.valueOf(line), "1",
            HTS.get(random.nextInt(HTS.size())), "$" + random.nextInt(5000) + "."
                + (10 + random.nextInt(90)))));
      }
      pool.add(rows);
    }
    List<GenTable> tables = new ArrayList<>();
    int tableCount = 1 + random.nextInt(3);
    for (int t = 0; t < tableCount; t++) {
      List<List<String>> data = new ArrayList<>();
      for (List<List<String>> entryRows : pool) {
        if (tableCount == 1 || random.nextInt(3) > 0) {
          for (List<String> row : entryRows) {
            data.add(new ArrayList<>(row));
          }
        }
      }
      for (int i = data.size() - 1; i > 0; i--) {
        Collections.swap(data, i, random.nextInt(i + 1));
      }
      damage(random, data);
      List<List<String>> rows = new ArrayList<>();
      for (int title = random.nextInt(3); title > 0; title--) {
        rows.add(List.of("ES-003 Entry Summary Line Details"));
      }
      rows.add(COLUMNS);
      rows.addAll(data);
      if (random.nextBoolean()) {
        rows.add(List.of("Sum:", "", "", "", "", "", "", "$12,345.00"));
      }
      boolean typed = random.nextInt(3) == 0;
      tables.add(new GenTable(typed ? "export.xlsx" : "export-" + t + ".csv",
          typed ? "Sheet" + t : null, typed, rows));
    }
    return tables;
  }

  /** Damages some rows the ways real exports are damaged, and adds repeats. */
  private static void damage(SplittableRandom random, List<List<String>> data) {
    int count = data.size();
    for (int i = 0; i < count; i++) {
      List<String> row = data.get(i);
      if (row.size() != COLUMNS.size()) {
        continue;  // a row added by the damage
      }
      switch (random.nextInt(24)) {
        case 0 -> data.add(random.nextInt(data.size() + 1), new ArrayList<>(row));  // repeat
        case 1 -> {  // same line and ordinal, other duty
          List<String> other = new ArrayList<>(row);
          other.set(7, "$1.00");
          data.add(random.nextInt(data.size() + 1), other);
        }
        case 2 -> {  // an entry-level value that disagrees, on a new line
          List<String> other = new ArrayList<>(row);
          other.set(1, "02");
          other.set(4, "9" + other.get(4));
          data.add(random.nextInt(data.size() + 1), other);
        }
        case 3 -> row.set(7, "12..5");
        case 4 -> row.set(0, "");  // continues the row above, or has no entry
        case 5 -> data.set(i, new ArrayList<>(row.subList(0, 5)));  // short
        case 6 -> row.add("stray " + "é".repeat(random.nextInt(300)));  // past the header
        case 7 -> row.set(0, "X".repeat(60));
        case 8 -> data.add(random.nextInt(data.size() + 1),
            new ArrayList<>(List.of("", "", "", "", "", "", "", "")));
        case 9 -> row.set(3, "2025-13-45");
        case 10 -> row.set(7, "€" + row.get(7));  // not ASCII: a value spilled as UTF-8
        case 11 -> data.add(random.nextInt(data.size() + 1), new ArrayList<>(List.of(row.get(0))));  // one cell
        default -> { }
      }
    }
  }

  private static String hyphenated(String number) {
    return number.length() == 11
        ? number.substring(0, 3).toLowerCase(java.util.Locale.ROOT) + "-"
            + number.substring(3, 10) + "-" + number.substring(10)
        : number;
  }

  @Test
  void shortRowOfAnEntry_seenOnlyLater_tellsTheEntry_asTheWholeReadDoes() {
    // the short row (line 3) comes after a row of its entry: the whole read tells the entry;
    // at line 2 a short row of an entry not yet seen (and whose number is invalid) tells none
    List<List<String>> rows = List.of(
        List.of("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount"),
        List.of("NOPE"),
        List.of("SYN10000012", "99030125", "850.00"),
        List.of("SYN10000012"),
        List.of("NOPE", "99030125", "1.00"));
    Read whole = read(Assembly.collecting(), List.of(),
        List.of(new GenTable("short.csv", null, false, rows)));
    List<Entry> handed = new ArrayList<>();
    Read partitioned = read(Assembly.partitioned(handed::add, RowSpill.create(dir, 3, 1 << 20)),
        handed, List.of(new GenTable("short.csv", null, false, rows)));

    assertThat(partitioned.entries()).containsExactlyInAnyOrderElementsOf(whole.entries());
    assertThat(partitioned.problems()).containsExactlyInAnyOrderElementsOf(whole.problems());
    assertThat(whole.problems()).filteredOn(p -> p.code() == ProblemCode.WRONG_CELL_COUNT)
        .hasSize(2);
    assertThat(partitioned.accounting()).isEqualTo(whole.accounting());
  }
}
