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
package org.caperules.csv.es003;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.caperules.core.Entry;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsv;
import org.caperules.es003.EntriesNotGroupedException;
import org.caperules.es003.Es003Intake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming read ({@link Es003Intake#streaming}, {@link Es003Reader.Builder#stream}):
 * when each entry's rows are together it gives what the whole read gives (entries, order,
 * problems, accounting) while holding one entry; when they are not, it stops with {@link
 * EntriesNotGroupedException}.
 */
class Es003StreamingTest {

  /** The row accounting of a read, which every reader gives. */
  private static RowAccounting rows(ValueWithProblems<?> result) {
    return Objects.requireNonNull(result.rowAccounting(), "rowAccounting");
  }

  private static final String HEADER = "Entry Summary Number|Entry Summary Line Number"
      + "|Tariff Ordinal Number|HTS Number - Full|Line Tariff Duty Amount|Entry Type Code"
      + "|Importer Number|Liquidation Status|Liquidation Date";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static List<String> cells(String text) {
    return Arrays.asList(text.split("\\|", -1));
  }

  @Test
  void streaming_groupedRows_eachEntryHandedOnWhenTheNextBegins() {
    List<Entry> sunk = new ArrayList<>();
    Es003Intake intake = Es003Intake.streaming(sunk::add);
    intake.startFile("a.csv", cells(HEADER));
    intake.textRow(2, cells("AAA00000001|1|1|99030125|10.00|01|12-3456789A1||"));
    intake.textRow(3, cells("aaa-0000000-1|1|2|3923900080|2.00|01|12-3456789A1||"));
    assertThat(sunk).as("A is open until another entry begins").isEmpty();
    intake.textRow(4, cells("BBB00000002|1|1|99030125|5.00|01|12-3456789A1||"));
    assertThat(sunk).extracting(Entry::entryNumberText).containsExactly("AAA00000001");
    assertThat(sunk.get(0).dutyLines()).hasSize(2);
    intake.textRow(5, cells("CCC00000003|1|1|99030125|7.00|01|12-3456789A1||"));
    ValueWithProblems<Long> result = intake.finish();
    assertThat(sunk).extracting(Entry::entryNumberText)
        .containsExactly("AAA00000001", "BBB00000002", "CCC00000003");
    assertThat(result.value()).isEqualTo(3);
    assertThat(rows(result).rowsRead()).isEqualTo(4);
    assertThat(rows(result).rowsUsed()).isEqualTo(4);
    assertThat(result.summary()).isEqualTo("4 rows read: 4 used, 0 rejected; 0 problems");
  }

  @Test
  void streaming_rowOfAnEntryAlreadyHandedOn_throwsNamingFileLineAndEntry() {
    List<Entry> sunk = new ArrayList<>();
    Es003Intake intake = Es003Intake.streaming(sunk::add);
    intake.startFile("a.csv", cells(HEADER));
    intake.textRow(2, cells("AAA00000001|1|1|99030125|10.00|01|||"));
    intake.textRow(3, cells("BBB00000002|1|1|99030125|5.00|01|||"));
    assertThatExceptionOfType(EntriesNotGroupedException.class)
        .isThrownBy(() -> intake.textRow(4, cells("AAA-0000000-1|2|1|99030125|1.00|01|||")))
        .withMessage("ES-003 file 'a.csv' line 4: entry AAA00000001 has rows apart from each"
            + " other (its earlier rows ended before this one), so it cannot be read as a"
            + " stream; read the input partitioned or whole")
        .satisfies(ex -> {
          assertThat(ex.file()).isEqualTo("a.csv");
          assertThat(ex.line()).isEqualTo(4);
          assertThat(ex.entryNumberText()).isEqualTo("AAA00000001");
        });
  }

  @Test
  void streaming_entryRunsOnIntoTheNextFile_oneEntry() {
    List<Entry> sunk = new ArrayList<>();
    Es003Intake intake = Es003Intake.streaming(sunk::add);
    intake.startFile("a.csv", cells(HEADER));
    intake.textRow(2, cells("AAA00000001|1|1|99030125|10.00|01|||"));
    intake.startFile("b.csv", cells(HEADER));
    intake.textRow(2, cells("AAA00000001|2|1|99030125|3.00|01|||"));
    intake.textRow(3, cells("AAA00000001|1|1|99030125|10.00|01|||"));
    ValueWithProblems<Long> result = intake.finish();
    assertThat(sunk).hasSize(1);
    assertThat(sunk.get(0).dutyLines()).as("the repeated row of b.csv line 3 is not counted")
        .hasSize(2);
    // an exact repeat across files (overlapping exports): used once, no problem
    assertThat(rows(result).rowsRejected()).isZero();
    assertThat(rows(result).rowsRepeated()).isEqualTo(1);
    assertThat(result.problems()).extracting(p -> p.position().file(), p -> p.position().line())
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("b.csv", 3L));
  }

  @Test
  void streaming_wrongEndingAndEndingTwice_illegalState() {
    Es003Intake streaming = Es003Intake.streaming(entry -> { });
    assertThatIllegalStateException().isThrownBy(streaming::result)
        .withMessage("A streaming intake hands its entries on: end it with finish(), not"
            + " result()");
    streaming.finish();
    assertThatIllegalStateException().isThrownBy(streaming::finish)
        .withMessage("The intake's result() was already called");
    assertThatIllegalStateException().isThrownBy(() -> Es003Intake.create().finish())
        .withMessage("This intake keeps its entries: end it with result(), not finish()");
  }

  @Test
  void streaming_sinkThrows_readEndsWithTheSinksException() {
    Es003Intake intake = Es003Intake.streaming(entry -> {
      throw new IllegalStateException("disk full");
    });
    intake.startFile("a.csv", cells(HEADER));
    intake.textRow(2, cells("AAA00000001|1|1|99030125|10.00|01|||"));
    assertThatIllegalStateException()
        .isThrownBy(() -> intake.textRow(3, cells("BBB00000002|1|1|99030125|5.00|01|||")))
        .withMessage("disk full");
  }

  /**
   * Seeded random exports whose entries' rows are together, with every kind of bad row (blank
   * and over-long entry numbers, bad dates and amounts, short rows, disagreeing values, repeated
   * line keys, hyphenated and lower-case forms of one number), split over one or two files:
   * the stream gives exactly the whole read's entries in order, its problems and its counts.
   */
  @Test
  void stream_groupedRandomExports_sameAsTheWholeRead() throws IOException {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      List<String> rows = groupedRows(random, 1 + random.nextInt(60));
      int split = random.nextBoolean() ? rows.size() : random.nextInt(rows.size() + 1);
      Path first = write("a-" + seed + ".csv", rows.subList(0, split));
      Path second = write("b-" + seed + ".csv", rows.subList(split, rows.size()));
      List<Path> files = List.of(first, second);

      ValueWithProblems<List<Entry>> whole = CapeCsv.es003Reader().readAll(files);
      List<Entry> streamed = new ArrayList<>();
      ValueWithProblems<Long> stream = CapeCsv.es003Reader().streamAll(files, streamed::add);

      assertThat(streamed).as("seed=%d", seed).containsExactlyElementsOf(whole.value());
      assertThat(stream.value()).as("seed=%d", seed).isEqualTo(whole.value().size());
      assertThat(stream.problems()).as("seed=%d", seed).isEqualTo(whole.problems());
      assertThat(rows(stream).rowsRead()).as("seed=%d", seed).isEqualTo(rows(whole).rowsRead());
      assertThat(rows(stream).rowsRejected()).as("seed=%d", seed).isEqualTo(rows(whole).rowsRejected());

      ValueWithProblems<List<Entry>> parsedAhead = CapeCsv.es003Reader().parseAhead(true).readAll(files);
      assertThat(parsedAhead).as("seed=%d parse ahead", seed).isEqualTo(whole);
      List<Entry> streamedAhead = new ArrayList<>();
      ValueWithProblems<Long> streamAhead =
          CapeCsv.es003Reader().parseAhead(true).streamAll(files, streamedAhead::add);
      assertThat(streamedAhead).as("seed=%d", seed).containsExactlyElementsOf(whole.value());
      assertThat(streamAhead).as("seed=%d", seed).isEqualTo(stream);
    }
  }

  /**
   * Unreadable records (an unclosed quote, which FastCSV cannot parse; reading goes on at the
   * next line) and more than a batch of rows: parsing ahead gives the same problems and entries.
   */
  @Test
  void parseAhead_unreadableRecordsAndManyBatches_sameAsOneThread() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 3 * ReadAhead.BATCH; i++) {
      rows.add(String.format(java.util.Locale.ROOT, "YYY%08d|1|1|99030125|1.00|01|||", i / 3));
      if (i % 1000 == 999) {
        rows.add("\"YYY99999999|1|1|99030125|1.00|01|||");  // an unclosed quote
      }
    }
    Path file = write("quotes.csv", rows);
    ValueWithProblems<List<Entry>> one = CapeCsv.es003Reader().read(file);
    ValueWithProblems<List<Entry>> ahead = CapeCsv.es003Reader().parseAhead(true).read(file);
    assertThat(one.problems()).isNotEmpty();
    assertThat(ahead).isEqualTo(one);
  }

  /** The same exports with one row moved before another entry's rows: the stream refuses. */
  @Test
  void stream_rowMovedAwayFromItsEntry_entriesNotGrouped() throws IOException {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      List<String> rows = new ArrayList<>(List.of(
          "AAA00000001|1|1|99030125|10.00|01|||",
          "BBB00000002|1|1|99030125|5.00|01|||"));
      rows.addAll(groupedRows(random, 5));
      rows.add("aaa-0000000-1|9|1|99030125|1.00|01|||");
      Path file = write("moved-" + seed + ".csv", rows);
      assertThatExceptionOfType(EntriesNotGroupedException.class).as("seed=%d", seed)
          .isThrownBy(() -> CapeCsv.es003Reader().stream(file, entry -> { }))
          .satisfies(ex -> assertThat(ex.line()).isEqualTo(rows.size() + 1));
    }
  }

  @Test
  void stream_headerOnly_noEntriesAndTheFileProblem() throws IOException {
    Path file = write("empty.csv", List.of());
    List<Entry> streamed = new ArrayList<>();
    ValueWithProblems<Long> result = CapeCsv.es003Reader().stream(file, streamed::add);
    assertThat(streamed).isEmpty();
    assertThat(result.value()).isZero();
    assertThat(result.problems()).extracting(Problem::message)
        .contains("The file has a header but no rows");
  }

  /**
   * Rows for {@code entries} entries (numbers ascending, so never repeated), each entry's rows
   * together, about one row in six bad in some way.
   */
  private static List<String> groupedRows(SplittableRandom random, int entries) {
    List<String> rows = new ArrayList<>();
    for (int e = 0; e < entries; e++) {
      String number = String.format(java.util.Locale.ROOT, "ZZZ%08d", 1000 * e + random.nextInt(1000));
      String type = random.nextInt(10) == 0 ? "02" : "01";
      String status = random.nextBoolean() ? "Liquidated" : "Unliquidated";
      String date = status.equals("Liquidated") ? "05/0" + (1 + random.nextInt(9)) + "/2026" : "";
      int lines = 1 + random.nextInt(4);
      for (int line = 1; line <= lines; line++) {
        String shown = switch (random.nextInt(4)) {
          case 0 -> number.toLowerCase(java.util.Locale.ROOT);
          case 1 -> number.substring(0, 3) + "-" + number.substring(3, 10) + "-"
              + number.substring(10);
          default -> number;
        };
        String duty = random.nextInt(100) + "." + (10 + random.nextInt(90));
        String row = shown + "|" + line + "|1|99030125|" + duty + "|" + type + "|12-3456789A1|"
            + status + "|" + date;
        rows.add(switch (random.nextInt(18)) {
          case 0 -> "|" + line + "|1|99030125|1.00|01|||";  // blank entry number
          case 1 -> "X".repeat(60) + "|1|1|99030125|1.00|01|||";  // over-long
          case 2 -> row.replace("|" + duty + "|", "|12..5|");  // bad amount
          case 3 -> shown + "|" + line + "|1|99030125";  // short row
          case 4 -> row.replace("|" + type + "|", "|" + (type.equals("01") ? "02" : "01") + "|");
          case 5 -> shown + "|1|1|99030125|3.00|" + type + "|12-3456789A1|" + status + "|"
              + date;  // repeats line 1 ordinal 1 (or is line 1 itself)
          case 6 -> row.replace("|12-3456789A1|", "|NOT-AN-IOR|");
          default -> row;
        });
      }
    }
    return rows;
  }

  private Path write(String name, List<String> rows) throws IOException {
    StringBuilder text = new StringBuilder(HEADER.replace('|', ',')).append("\r\n");
    for (String row : rows) {
      text.append(row.replace('|', ',')).append("\r\n");
    }
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
