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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.caperules.core.ImporterLabels;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.ScreeningSummary;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.forecast.RefundForecaster;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.csv.declaration.DeclarationManifest;
import org.caperules.csv.declaration.DeclarationWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ScreeningRun} on the shipped sample and on small files, checking the outcome and
 * every file written against what {@code cape-rules screen} wrote before the run moved into this
 * module: the golden copy of the examples module.
 */
class ScreeningRunTest {

  /** The sample shipped with the examples module, and the golden copy of its outputs. */
  static final Path SAMPLE =
      Path.of("../cape-rules-examples/src/main/resources/sample-data/es003-sample.csv");
  static final Path GOLDEN =
      Path.of("../cape-rules-examples/src/test/resources/golden/sample-2026-07-13");
  static final LocalDate AS_OF = LocalDate.of(2026, 7, 13);
  static final String HEADER = "Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,"
      + "Entry Type Code,Importer Number,Liquidation Status,Liquidation Date\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static ScreeningRun.Builder run(Path out) {
    return ScreeningRun.builder().asOf(AS_OF).output(out);
  }

  /** The payee label key of the command line's golden copy: the 32 bytes 00 01 ... 1f. */
  static ImporterLabels goldenLabels() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    return ImporterLabels.keyed(key);
  }

  @Test
  void sample_everyFileEqualsGoldenCopy_outcomeAsPrintedBefore() throws IOException {
    Path out = dir.resolve("out");
    ScreeningOutcome outcome = run(out).labels(goldenLabels()).build().run(List.of(SAMPLE));

    List<String> golden = new ArrayList<>(names(GOLDEN));
    golden.remove("stdout.txt");
    assertThat(names(out)).isEqualTo(golden);
    for (String name : golden) {
      assertThat(Files.readString(out.resolve(name), StandardCharsets.UTF_8)).as(name)
          .isEqualTo(Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8));
    }

    // The figures of the golden stdout.txt.
    ScreeningSummary summary = outcome.summary();
    assertThat(summary.policyId()).isEqualTo("WAREHOUSE_21_22_EXCLUDED");
    assertThat(summary.total()).isEqualTo(276);
    assertThat(summary.count(Verdict.ELIGIBLE)).isEqualTo(143);
    assertThat(summary.count(Verdict.ELIGIBLE_DEFERRED)).isEqualTo(34);
    assertThat(summary.count(Verdict.NOT_ELIGIBLE)).isEqualTo(82);
    assertThat(summary.count(Verdict.NEEDS_REVIEW)).isEqualTo(17);
    assertThat(summary.ieepaDuty(Verdict.ELIGIBLE)).isEqualByComparingTo("1461300.84");
    assertThat(summary.totalIeepaDuty()).isEqualByComparingTo("2541712.84");
    assertThat(summary.atRisk(Verdict.ELIGIBLE)).isEqualTo(2);
    assertThat(summary.totalAtRisk()).isEqualTo(2);
    assertThat(outcome.payments()).hasSize(50);
    assertThat(outcome.expectedPrincipal()).isEqualByComparingTo("1790733.74");
    assertThat(outcome.expectedInterest()).isEqualByComparingTo("74686.99");
    assertThat(outcome.entriesWithoutInterest()).isZero();
    assertThat(outcome.rows().rowsRead()).isEqualTo(1200);
    assertThat(outcome.rows().rowsUsed()).isEqualTo(1196);
    assertThat(outcome.rows().rowsRejected()).isEqualTo(4);
    assertThat(outcome.read().problems()).hasSize(4);
    assertThat(outcome.fileNotices()).isEmpty();
    assertThat(outcome.notes()).isEmpty();
    assertThat(outcome.declarations()).extracting(DeclarationFile::group, DeclarationFile::entryCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("061234-12345", 18),
            org.assertj.core.groups.Tuple.tuple("12-3456789A1", 27),
            org.assertj.core.groups.Tuple.tuple("27-7777777", 26),
            org.assertj.core.groups.Tuple.tuple("33-2468101", 10),
            org.assertj.core.groups.Tuple.tuple("45-1234567B2", 27),
            org.assertj.core.groups.Tuple.tuple("56-1357913C3", 22),
            org.assertj.core.groups.Tuple.tuple("ssn-0001-01f2e61d", 22),
            org.assertj.core.groups.Tuple.tuple("98-7654321", 25));
    assertThat(outcome.reportFile()).isEqualTo(out.resolve("screening-report.csv"));
    assertThat(outcome.files()).hasSize(4 + 8).startsWith(out.resolve("screening-report.csv"),
        out.resolve("problems.csv"), out.resolve("notices.csv"), out.resolve("payments.csv"));
    assertThat(outcome.noticesFile()).isEqualTo(out.resolve("notices.csv"));
    assertThat(outcome.notCheckedDeclared()).isEmpty();
    for (Path file : outcome.files()) {
      assertThat(file).isRegularFile();
    }
  }

  @Test
  void sample_forecasterCalledExactlyOncePerEntry() {
    AtomicInteger calls = new AtomicInteger();
    ScreeningOutcome outcome = run(dir.resolve("out")).forecaster(assessment -> {
      calls.incrementAndGet();
      return RefundForecaster.standard().forecast(assessment);
    }).build().run(List.of(SAMPLE));
    assertThat(outcome.summary().total()).isEqualTo(276);
    assertThat(calls).hasValue(276);
  }

  /**
   * ABC12345676 on lines 2 and 4: the stream cannot hand it on whole, so the run sorts the rows
   * by entry on disk, says so (to the listener and in the outcome) and gives one report row with
   * the IEEPA duty of both rows (600.00 + 400.00 = 1000.00).
   */
  @Test
  void rowsOfAnEntryApart_fallsBackToThePartitionedRead_andSaysSo() throws IOException {
    Path input = write("apart.csv", HEADER
        + "ABC-1234567-6,9903.01.25,600.00,01,12-3456789A1,Unliquidated,\r\n"
        + "ABC12345684,9903.01.25,50.00,01,12-3456789A1,Unliquidated,\r\n"
        + "ABC12345676,9903.01.25,400.00,01,12-3456789A1,Unliquidated,\r\n");
    Path out = dir.resolve("out");
    List<String> heard = new ArrayList<>();
    ScreeningOutcome outcome = run(out).progress(new ProgressListener() {
      @Override
      public void note(String note) {
        heard.add(note);
      }
    }).build().run(List.of(input));
    String note = "the rows of entry ABC12345676 are apart from each other (apart.csv line 4), so"
        + " the input cannot be screened as a stream; sorting its rows by entry on disk first";
    assertThat(outcome.notes()).containsExactly(note);
    assertThat(heard).containsExactly(note);
    assertThat(outcome.summary().total()).isEqualTo(2);
    assertThat(outcome.rows().rowsRead()).isEqualTo(3);
    assertThat(Files.readAllLines(out.resolve("screening-report.csv")).subList(1, 3))
        .extracting(line -> line.split(",", -1)[0] + " " + line.split(",", -1)[8])
        .containsExactly("ABC12345676 1000.00", "ABC12345684 50.00");
  }

  @Test
  void secondFileUnusable_capeCsvException_noOutputDirectoryLeft() throws IOException {
    Path good = write("good.csv", HEADER
        + "ABC12345676,9903.01.25,600.00,01,12-3456789A1,Unliquidated,\r\n");
    Path bad = write("nocol.csv", String.join("\r\n",
        "Entry Summary Number,Line Tariff Duty Amount", "ABC12345684,1.00"));
    Path out = dir.resolve("out");
    ScreeningRun screening = run(out).build();
    assertThatThrownBy(() -> screening.run(List.of(good, bad)))
        .isInstanceOf(CapeCsvException.class)
        .hasMessageStartingWith("ES-003 file 'nocol.csv' has no column 'HTS Number - Full'");
    assertThat(out).doesNotExist();

    // Forced over an earlier run: the earlier report stays, nothing is added.
    Files.createDirectories(out);
    Files.writeString(out.resolve("screening-report.csv"), "earlier report\r\n");
    ScreeningRun forced = run(out).force(true).build();
    assertThatThrownBy(() -> forced.run(List.of(good, bad)))
        .isInstanceOf(CapeCsvException.class);
    assertThat(names(out)).containsExactly("screening-report.csv");
    assertThat(out.resolve("screening-report.csv")).hasContent("earlier report\r\n");
  }

  @Test
  void missingFile_capeCsvException_noOutputDirectoryLeft() {
    Path out = dir.resolve("out");
    ScreeningRun screening = run(out).build();
    assertThatThrownBy(() -> screening.run(List.of(dir.resolve("missing.csv"))))
        .isInstanceOf(CapeCsvException.class).hasMessageContaining("does not exist");
    assertThat(out).doesNotExist();
  }

  @Test
  void notEmptyWithoutForce_refusedBeforeReading_nothingWritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    ScreeningRun screening = run(out).build();
    assertThatThrownBy(() -> screening.run(List.of(SAMPLE)))
        .isInstanceOfSatisfying(OutputDirectoryException.class, ex -> {
          assertThat(ex.reason()).isEqualTo(OutputDirectoryException.Reason.NOT_EMPTY);
          assertThat(ex.directory()).isEqualTo(out);
          assertThat(ex).hasMessage("Output directory '" + out + "' is not empty; a forced run"
              + " writes into it (its reports and declarations are replaced)");
        });
    assertThat(names(out)).containsExactly("keep.txt");
  }

  @Test
  void killedFirstRunLeftovers_nextRunWithoutForceReplacesThemWithNotes() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    // What a first run killed while publishing leaves: its report, a temporary file and the
    // staging folder; no manifest, no declarations/.
    Files.writeString(out.resolve("screening-report.csv"), "half a run");
    Files.writeString(out.resolve(".problems.csv-8812763512.tmp"), "half a file");
    Path staging = Files.createDirectories(out.resolve(".declarations-staging"));
    Files.writeString(staging.resolve("cape-declaration-12-3456789A1-001.csv"), "staged");
    Path input = write("one.csv", HEADER
        + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n");
    ScreeningOutcome outcome = run(out).build().run(List.of(input));
    assertThat(outcome.notes()).hasSize(3);
    assertThat(outcome.notes().get(0)).startsWith("removed .declarations-staging/");
    assertThat(outcome.notes().get(1)).startsWith("deleted 1 temporary file");
    assertThat(outcome.notes().get(2)).endsWith("holds the outputs of a run that did not finish"
        + " (no declarations-manifest.csv); they are replaced");
    assertThat(names(out)).containsExactly("declarations-manifest.csv",
        "declarations/cape-declaration-12-3456789A1-001.csv", "notices.csv", "payments.csv",
        "problems.csv", "screening-report.csv");
    assertThat(DeclarationManifest.verify(out.resolve("declarations"),
        out.resolve("declarations-manifest.csv"))).isEmpty();
    // A finished run is not taken again without force.
    assertThatThrownBy(() -> run(out).build().run(List.of(input)))
        .isInstanceOf(OutputDirectoryException.class);
  }

  @Test
  void outputIsAFile_refused() throws IOException {
    Path file = write("not-a-dir", "x");
    ScreeningRun screening = run(file).build();
    assertThatThrownBy(() -> screening.run(List.of(SAMPLE)))
        .isInstanceOfSatisfying(OutputDirectoryException.class, ex -> {
          assertThat(ex.reason()).isEqualTo(OutputDirectoryException.Reason.IS_A_FILE);
          assertThat(ex).hasMessage("Output directory '" + file + "' is a file");
        });
  }

  @Test
  void force_oldDeclarationsDeleted_otherFilesKept_secondRunSameBytes() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path declarations = Files.createDirectories(out.resolve("declarations"));
    Files.writeString(declarations.resolve("cape-declaration-old-001.csv"), "stale");
    Files.writeString(declarations.resolve("notes.txt"), "mine too");
    Files.writeString(out.resolve("keep.txt"), "mine");
    Path input = write("one.csv", HEADER
        + "ABC12345676,99030125,100.00,01,12-3456789A1,Open,\r\n");
    ScreeningOutcome first = run(out).force(true).build().run(List.of(input));
    // The old set has no manifest: a file named like a declaration is the tool's and goes; a
    // file of the user's is moved to declarations-kept/, never deleted, never left to upload.
    assertThat(names(declarations)).containsExactly("cape-declaration-12-3456789A1-001.csv");
    assertThat(out.resolve("declarations-kept/notes.txt")).hasContent("mine too");
    assertThat(first.notes()).singleElement().asString()
        .startsWith("moved 'notes.txt' from declarations/ to declarations-kept/notes.txt");
    assertThat(out.resolve("keep.txt")).hasContent("mine");

    List<byte[]> before = new ArrayList<>();
    for (Path file : first.files()) {
      before.add(Files.readAllBytes(file));
    }
    ScreeningOutcome second = run(out).force(true).build().run(List.of(input));
    assertThat(second.files()).isEqualTo(first.files());
    for (int i = 0; i < before.size(); i++) {
      assertThat(Files.readAllBytes(second.files().get(i))).isEqualTo(before.get(i));
    }
  }

  @Test
  void policyAndGrouping_givenOnesApply() throws IOException {
    Path input = write("w.csv", HEADER + "MYK28000864,99030124,50.00,21,98-7654321,Open,\r\n");
    Path out = dir.resolve("out");
    ScreeningRun screening = run(out).policy(CapePolicies.standard().byId("PHASE_1"))
        .grouping(DeclarationWriter.Grouping.NONE).build();
    ScreeningOutcome outcome = screening.run(List.of(input));
    // Under PHASE_1 a type 21 warehouse entry is ELIGIBLE_DEFERRED.
    assertThat(outcome.summary().count(Verdict.ELIGIBLE_DEFERRED)).isEqualTo(1);
    assertThat(outcome.declarations()).singleElement()
        .satisfies(file -> assertThat(file.file().getFileName().toString())
            .isEqualTo("cape-declaration-001.csv"));
    assertThat(screening.policy().id()).isEqualTo("PHASE_1");
    assertThat(screening.toString()).isEqualTo("ScreeningRun[PHASE_1 as of 2026-07-13 into "
        + out + "]");
  }

  /**
   * A plain export (no supplementary columns, no protest or reconciliation columns): one
   * unliquidated type 01 entry that is ELIGIBLE, one type 08 that DUTY_DEFERRAL excludes. Every
   * missing fact is counted, with the one ELIGIBLE entry relying on it; with every check required
   * that entry is NEEDS_REVIEW [CHECKS_NOT_RUN], nothing is declared and nothing paid, and the
   * counts name the entries held back.
   */
  @Test
  void plainExport_notCheckedCounts_withAndWithoutRequireAllChecks() throws IOException {
    Path input = write("plain.csv", HEADER
        + "ABC12345676,99030125,100.00,01,12-3456789A1,Unliquidated,\r\n"
        + "MYK28000864,99030124,50.00,08,98-7654321,Unliquidated,\r\n");
    ScreeningOutcome declared = run(dir.resolve("a")).build().run(List.of(input));
    assertThat(declared.summary().count(Verdict.ELIGIBLE)).isEqualTo(1);
    assertThat(declared.notCheckedDeclared()).hasSize(7).containsEntry(
        org.caperules.core.EntryFact.DRAWBACK_DESIGNATION, 1L).doesNotContainKey(
        org.caperules.core.EntryFact.ENTRY_TYPE);
    assertThat(declared.declarations()).hasSize(1);

    ScreeningOutcome held = run(dir.resolve("b")).requireAllChecks(true).build()
        .run(List.of(input));
    assertThat(held.summary().count(Verdict.ELIGIBLE)).isZero();
    assertThat(held.summary().count(Verdict.NEEDS_REVIEW)).isEqualTo(1);
    assertThat(held.summary().count(Verdict.NOT_ELIGIBLE)).isEqualTo(1);
    assertThat(held.notCheckedDeclared()).isEqualTo(declared.notCheckedDeclared());
    assertThat(held.declarations()).isEmpty();
    assertThat(held.payments()).isEmpty();
    assertThat(Files.readAllLines(held.reportFile()).get(1))
        .startsWith("ABC12345676,12-3456789A1,01,NEEDS_REVIEW,CHECKS_NOT_RUN,");
  }

  /** A missing fact no declared entry relies on is still counted, at zero. */
  @Test
  void missingFactNoDeclaredEntryReliesOn_countedAtZero() throws IOException {
    Path input = write("excluded.csv", HEADER
        + "MYK28000864,99030124,50.00,08,98-7654321,Unliquidated,\r\n");
    ScreeningOutcome outcome = run(dir.resolve("out")).build().run(List.of(input));
    assertThat(outcome.notCheckedDeclared()).hasSize(7).containsValue(0L)
        .doesNotContainValue(1L);
  }

  @Test
  void headerOnly_noEntries_fileNoticeInOutcome() throws IOException {
    Path input = write("header.csv", HEADER);
    ScreeningOutcome outcome = run(dir.resolve("out")).build().run(List.of(input));
    assertThat(outcome.summary().total()).isZero();
    assertThat(outcome.declarations()).isEmpty();
    assertThat(outcome.fileNotices()).containsExactly(
        "header.csv: The file has a header but no rows");
  }

  @Test
  void builder_withoutAsOfOrOutput_illegalState() {
    assertThatThrownBy(() -> ScreeningRun.builder().output(dir).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A screening run needs an as-of date: call asOf(...) before build()");
    assertThatThrownBy(() -> ScreeningRun.builder().asOf(AS_OF).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A screening run needs an output directory: call output(...) before build()");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The files under a directory, relative, sorted, with '/' separators. */
  static List<String> names(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted()
          .map(file -> root.relativize(file).toString().replace('\\', '/')).toList();
    }
  }
}
