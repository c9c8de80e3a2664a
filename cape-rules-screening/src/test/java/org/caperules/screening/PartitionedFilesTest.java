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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.es003.CapeInputException;
import org.caperules.es003.EntriesNotGroupedException;
import org.caperules.testkit.Entries;
import org.caperules.testkit.MessyExport;
import org.caperules.testkit.MessyFile;
import org.caperules.testkit.MessyShape;
import org.caperules.testkit.Scenario;
import org.caperules.xlsx.Es003WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Es003Files#streamPartitioned} on real files whose rows of an entry are apart: a CSV
 * export whose data lines are shuffled and damaged (repeats, short rows, wrong amounts), and
 * overlapping exports of some of the same entries as CSV or {@code .xlsx} in the messy shapes
 * brokers send (title rows, footers, "hide duplicates", {@code ="..."} cells, Excel-saved
 * values). The partitioned read must give what the whole read gives: the same entries, problems,
 * notices and row accounting; and leave no spill file behind.
 */
class PartitionedFilesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 13);

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void seededApartExports_partitionedReadEqualsWholeRead() throws IOException {
    int apart = 0;
    long problemsSeen = 0;
    long repeatsSeen = 0;
    for (long seed = 1; seed <= 24; seed++) {
      Path in = Files.createDirectories(dir.resolve("in-" + seed));
      List<Path> files = exports(new SplittableRandom(seed), seed, in);
      String because = "seed " + seed + ", files " + files;

      List<Problem> wholeProblems = new ArrayList<>();
      ValueWithProblems<List<Entry>> whole = Es003Files.readAll(files, CapeCsv.es003Reader(),
          Es003WorkbookReader.builder(), wholeProblems::add);
      Path spill = Files.createDirectories(dir.resolve("spill-" + seed));
      List<Entry> entries = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();
      ValueWithProblems<Long> partitioned = Es003Files.streamPartitioned(files,
          CapeCsv.es003Reader().parseAhead(seed % 2 == 0), Es003WorkbookReader.builder(),
          entries::add, problems::add, spill);

      assertThat(entries).as(because).containsExactlyInAnyOrderElementsOf(whole.value());
      assertThat(partitioned.value()).as(because).isEqualTo(whole.value().size());
      assertThat(problems).as(because).containsExactlyInAnyOrderElementsOf(wholeProblems);
      assertThat(partitioned.problems()).as(because).isEqualTo(whole.problems());
      assertThat(partitioned.rowAccounting()).as(because).isEqualTo(whole.rowAccounting());
      try (Stream<Path> left = Files.list(spill)) {
        assertThat(left).as("spill files left, " + because).isEmpty();
      }
      problemsSeen += problems.size();
      repeatsSeen += whole.rowAccounting() == null ? 0 : whole.rowAccounting().rowsRepeated();
      try {
        Es003Files.streamAll(files, CapeCsv.es003Reader(), Es003WorkbookReader.builder(),
            entry -> { });
      } catch (EntriesNotGroupedException ex) {
        apart++;
      }
    }
    assertThat(apart).as("inputs the stream cannot take").isGreaterThanOrEqualTo(20);
    assertThat(problemsSeen).as("problems compared").isGreaterThan(24);
    assertThat(repeatsSeen).as("repeated rows compared").isPositive();
  }

  @Test
  void unusableSecondFile_capeInputException_noSpillFileLeft() throws IOException {
    Path first = dir.resolve("apart.csv");
    Files.write(first, List.of("Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount",
        "SYN10000012,99030125,850.00", "SYN10000020,99030125,10.00",
        "SYN10000012,3923900080,2.00"), StandardCharsets.UTF_8);
    Path second = dir.resolve("nocol.csv");
    Files.writeString(second, "Entry Summary Number,Line Tariff Duty Amount\r\nSYN10000038,1.00\r\n",
        StandardCharsets.UTF_8);
    Path spill = Files.createDirectories(dir.resolve("spill"));

    assertThatThrownBy(() -> Es003Files.streamPartitioned(List.of(first, second),
        CapeCsv.es003Reader(), Es003WorkbookReader.builder(), entry -> { }, null, spill))
        .isInstanceOf(CapeInputException.class).hasMessageContaining("nocol.csv");
    try (Stream<Path> left = Files.list(spill)) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * Two or three exports of overlapping subsets of one pool of entries: the first a CSV file
   * with its data lines shuffled and damaged, the others CSV or {@code .xlsx} in messy shapes.
   */
  private static List<Path> exports(SplittableRandom random, long seed, Path in)
      throws IOException {
    Scenario[] scenarios = Scenario.values();
    Entries generator = Entries.asOf(AS_OF);
    List<Entry> pool = new ArrayList<>();
    for (int i = 5 + random.nextInt(30); i > 0; i--) {
      pool.add(generator.next(random, scenarios[random.nextInt(scenarios.length)]));
    }
    List<Path> files = new ArrayList<>();
    Path shuffled = in.resolve("march.csv");
    MessyFile written = MessyExport.of(seed).only(MessyShape.TITLE_ROWS,
        MessyShape.TEXT_WRAPPERS, MessyShape.EXCEL_SAVED_VALUES, MessyShape.FOOTER)
        .writeCsv(shuffled, subset(random, pool));
    shuffleAndDamage(random, shuffled, written);
    files.add(shuffled);
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      boolean xlsx = random.nextBoolean();
      Path overlap = in.resolve("export-" + i + (xlsx ? ".xlsx" : ".csv"));
      MessyExport messy = MessyExport.of(seed * 31 + i).rowsPerSheet(random.nextInt(3) * 7);
      if (xlsx) {
        messy.writeXlsx(overlap, subset(random, pool));
      } else {
        messy.writeCsv(overlap, subset(random, pool));
      }
      files.add(overlap);
    }
    return files;
  }

  private static List<Entry> subset(SplittableRandom random, List<Entry> pool) {
    List<Entry> some = new ArrayList<>();
    for (Entry entry : pool) {
      if (random.nextInt(3) > 0) {
        some.add(entry);
      }
    }
    return some.isEmpty() ? List.of(pool.get(0)) : some;
  }

  /** Shuffles the data lines of a CSV export and damages a few, as a re-sorted export is. */
  private static void shuffleAndDamage(SplittableRandom random, Path file, MessyFile written)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int from = written.headerLine();
    int to = from + written.dataRows();
    List<String> data = new ArrayList<>(lines.subList(from, to));
    int count = data.size();
    for (int i = 0; i < count; i++) {
      String line = data.get(i);
      switch (random.nextInt(12)) {
        case 0 -> data.add(line);  // an exact repeat
        case 1 -> data.add(line.substring(0, line.indexOf(',') + 1) + "99030125");  // short
        case 2 -> data.set(i, line + ",stray");  // a non-blank cell past the header
        case 3 -> data.set(i, "," + line.substring(line.indexOf(',') + 1));  // no entry number
        default -> { }
      }
    }
    for (int i = data.size() - 1; i > 0; i--) {
      Collections.swap(data, i, random.nextInt(i + 1));
    }
    List<String> out = new ArrayList<>(lines.subList(0, from));
    out.addAll(data);
    out.addAll(lines.subList(to, lines.size()));
    Files.write(file, out, StandardCharsets.UTF_8);
  }
}
