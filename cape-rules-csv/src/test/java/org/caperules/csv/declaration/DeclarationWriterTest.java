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
package org.caperules.csv.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.result.ValueWithProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

class DeclarationWriterTest {

  // Published check digit vectors (CBP CATAIR).
  private static final EntryNumber ABC = EntryNumber.of("ABC12345676");
  private static final EntryNumber MYK_263 = EntryNumber.of("MYK28102637");
  private static final EntryNumber MYK_649 = EntryNumber.of("MYK28100649");
  private static final EntryNumber BII = EntryNumber.of("BII05992854");
  private static final ImporterNumber IRS = ImporterNumber.of("12-3456789A1");
  private static final ImporterNumber CBP = ImporterNumber.of("061234-12345");
  private static final ImporterNumber SSN_A = ImporterNumber.of("123-45-6789");
  private static final ImporterNumber SSN_B = ImporterNumber.of("987-65-6789");

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void write_smallDeclaration_exactBytesCrlfNoBomSortedDeduplicated() throws IOException {
    List<DeclarationFile> files = DeclarationWriter.builder(dir).build().write(List.of(
        DeclarationEntry.of(MYK_263, IRS), DeclarationEntry.of(ABC, IRS),
        DeclarationEntry.of(MYK_263, IRS)));
    Path expected = dir.resolve("cape-declaration-12-3456789A1-001.csv");
    assertThat(files).containsExactly(new DeclarationFile(expected, "12-3456789A1", 2, 40));
    // 14 bytes header line + 2 x 13 bytes entry lines = 40; first byte 'E', not a BOM.
    assertThat(Files.readAllBytes(expected))
        .isEqualTo("Entry Number\r\nABC12345676\r\nMYK28102637\r\n"
            .getBytes(StandardCharsets.US_ASCII));
    assertThat(listDir()).containsExactly("cape-declaration-12-3456789A1-001.csv");
  }

  @Test
  void write_twice_identicalBytes() throws IOException {
    DeclarationWriter writer = DeclarationWriter.builder(dir).maxEntriesPerFile(2).build();
    List<DeclarationEntry> entries = List.of(DeclarationEntry.of(BII, CBP),
        DeclarationEntry.of(ABC, IRS), DeclarationEntry.of(MYK_649, IRS),
        DeclarationEntry.of(MYK_263, IRS));
    List<DeclarationFile> first = writer.write(entries);
    List<byte[]> firstBytes = readAll(first);
    List<DeclarationFile> second = writer.write(List.of(entries.get(3), entries.get(1),
        entries.get(0), entries.get(2)));
    assertThat(second).isEqualTo(first);
    assertThat(readAll(second)).containsExactlyElementsOf(firstBytes);
  }

  @Test
  void write_byImporter_filesPerImporterSortedUnknownLast() throws IOException {
    List<DeclarationFile> files = DeclarationWriter.builder(dir).build().write(List.of(
        DeclarationEntry.of(MYK_263), DeclarationEntry.of(BII, IRS),
        DeclarationEntry.of(ABC, CBP)));
    // Importer order is by canonical text: "061234-12345" < "12-3456789A1"; unknown last.
    assertThat(files).extracting(f -> f.file().getFileName().toString())
        .containsExactly("cape-declaration-061234-12345-001.csv",
            "cape-declaration-12-3456789A1-001.csv",
            "cape-declaration-unknown-importer-001.csv");
    assertThat(files).extracting(DeclarationFile::group)
        .containsExactly("061234-12345", "12-3456789A1", "unknown-importer");
    assertThat(Files.readString(files.get(2).file())).isEqualTo("Entry Number\r\nMYK28102637\r\n");
  }

  @Test
  void write_ssnImporters_maskedInFileNamesAndCollisionsNumbered() {
    List<DeclarationFile> files = DeclarationWriter.builder(dir).baseFileName("decl").build()
        .write(List.of(DeclarationEntry.of(ABC, SSN_B), DeclarationEntry.of(BII, SSN_A)));
    // Both SSNs end in 6789; in importer order 123-45-6789 comes first.
    assertThat(files).extracting(f -> f.file().getFileName().toString())
        .containsExactly("decl-ssn-6789-001.csv", "decl-ssn-6789-2-001.csv");
    assertThat(String.join(" ", listDir())).doesNotContain("123-45").doesNotContain("987-65")
        .doesNotContain("123456789");
  }

  @Test
  void write_entryWithAndWithoutImporter_belongsToImporter() throws IOException {
    List<DeclarationFile> files = DeclarationWriter.builder(dir).build().write(List.of(
        DeclarationEntry.of(ABC), DeclarationEntry.of(ABC, IRS)));
    assertThat(files).extracting(DeclarationFile::group).containsExactly("12-3456789A1");
  }

  @Test
  void write_entryUnderTwoImporters_rejectedWithMaskedSsn() {
    DeclarationWriter writer = DeclarationWriter.builder(dir).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> writer.write(List.of(DeclarationEntry.of(ABC, IRS),
            DeclarationEntry.of(ABC, SSN_A))))
        // Named in importer order: "12-3456789A1" < "123-45-6789" ('-' sorts before '3').
        .withMessage("Entry number ABC12345676 is given for two importers, 12-3456789A1 and"
            + " ***-**-6789; an entry has one importer of record");
    assertThat(listDir()).isEmpty();
  }

  @Test
  void write_noGrouping_oneSeriesImporterThenEntryOrder() throws IOException {
    List<DeclarationFile> files = DeclarationWriter.builder(dir)
        .grouping(DeclarationWriter.Grouping.NONE).build()
        .write(List.of(DeclarationEntry.of(MYK_263), DeclarationEntry.of(BII, IRS),
            DeclarationEntry.of(ABC, IRS), DeclarationEntry.of(MYK_649, CBP)));
    assertThat(files).containsExactly(new DeclarationFile(
        dir.resolve("cape-declaration-001.csv"), "all", 4, 14 + 4 * 13));
    assertThat(Files.readString(files.get(0).file())).isEqualTo("Entry Number\r\n"
        + "MYK28100649\r\n" // 061234-12345
        + "ABC12345676\r\nBII05992854\r\n" // 12-3456789A1
        + "MYK28102637\r\n"); // unknown
  }

  @Test
  void write_noEntries_noFiles() {
    assertThat(DeclarationWriter.builder(dir).build().write(List.of())).isEmpty();
    assertThat(listDir()).isEmpty();
  }

  @Test
  void write_missingOutputDirectory_created() {
    Path nested = dir.resolve("a").resolve("b");
    List<DeclarationFile> files = DeclarationWriter.builder(nested).build()
        .writeEntryNumbers(List.of(ABC));
    assertThat(files.get(0).file()).isEqualTo(nested.resolve(
        "cape-declaration-unknown-importer-001.csv")).exists();
  }

  @Test
  void write_10000Entries_twoFiles9999And1_eachValidatesAccepted() throws IOException {
    List<EntryNumber> numbers = serialEntries(10_000);
    List<DeclarationFile> files = DeclarationWriter.builder(dir).build()
        .writeEntryNumbers(numbers);
    // 14 + 9,999 x 13 = 130,001 bytes, well under 1,000,000; 14 + 13 = 27.
    assertThat(files).containsExactly(
        new DeclarationFile(dir.resolve("cape-declaration-unknown-importer-001.csv"),
            "unknown-importer", 9_999, 130_001),
        new DeclarationFile(dir.resolve("cape-declaration-unknown-importer-002.csv"),
            "unknown-importer", 1, 27));
    assertThat(Files.size(files.get(0).file())).isEqualTo(130_001).isLessThan(1_000_000);
    for (DeclarationFile file : files) {
      ValueWithProblems<CheckedDeclaration> report = DeclarationValidator.validate(file.file());
      assertThat(report.problems()).as(file.toString()).isEmpty();
      assertThat(report.value().entryRowCount()).isEqualTo(file.entryCount());
    }
    List<String> readBack = new ArrayList<>();
    for (DeclarationFile file : files) {
      readBack.addAll(entryLines(file.file()));
    }
    assertThat(readBack).containsExactlyElementsOf(
        numbers.stream().map(EntryNumber::value).sorted().collect(Collectors.toList()));
  }

  @Test
  void write_9999Entries_oneFile() {
    List<DeclarationFile> files = DeclarationWriter.builder(dir).build()
        .writeEntryNumbers(serialEntries(9_999));
    assertThat(files).extracting(DeclarationFile::entryCount).containsExactly(9_999);
  }

  @Test
  void writeThenRead_seededRandomSets_sameEntriesAndAccepted(TestReporter reporter)
      throws IOException {
    long seed = 20260421L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    ImporterNumber[] importers = {IRS, CBP, SSN_A, SSN_B, null};
    for (int round = 0; round < 20; round++) {
      Path out = dir.resolve("round" + round);
      int count = 1 + random.nextInt(60);
      int perFile = 1 + random.nextInt(25);
      List<DeclarationEntry> entries = new ArrayList<>();
      java.util.Map<EntryNumber, ImporterNumber> chosen = new java.util.HashMap<>();
      for (int i = 0; i < count; i++) {
        EntryNumber number = randomEntry(random);
        ImporterNumber importer = chosen.containsKey(number) ? chosen.get(number)
            : importers[random.nextInt(importers.length)];
        chosen.put(number, importer);
        entries.add(new DeclarationEntry(number, importer));
      }
      List<DeclarationFile> files = DeclarationWriter.builder(out).maxEntriesPerFile(perFile)
          .build().write(entries);
      TreeSet<String> written = new TreeSet<>();
      int total = 0;
      for (DeclarationFile file : files) {
        ValueWithProblems<CheckedDeclaration> report = DeclarationValidator.validate(file.file());
        assertThat(report.problems()).as("seed=%d round=%d %s", seed, round, file).isEmpty();
        assertThat(file.entryCount()).as("seed=%d round=%d", seed, round)
            .isBetween(1, perFile);
        List<String> lines = entryLines(file.file());
        assertThat(lines).as("seed=%d round=%d sorted within %s", seed, round, file).isSorted();
        written.addAll(lines);
        total += lines.size();
      }
      TreeSet<String> expected = new TreeSet<>();
      chosen.keySet().forEach(n -> expected.add(n.value()));
      assertThat(written).as("seed=%d round=%d entries", seed, round).isEqualTo(expected);
      assertThat(total).as("seed=%d round=%d no duplicates", seed, round)
          .isEqualTo(expected.size());
    }
  }

  @Test
  void builder_badSettings_rejected() {
    DeclarationWriter.Builder builder = DeclarationWriter.builder(dir);
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxEntriesPerFile(10_000))
        .withMessage("Entries per file must be 1 to 9999 (CAPE's limit per declaration), but"
            + " was: 10000");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxEntriesPerFile(0))
        .withMessage("Entries per file must be 1 to 9999 (CAPE's limit per declaration), but"
            + " was: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.baseFileName("../etc/x"))
        .withMessage("Base file name must be letters, digits, '.', '_' or '-', not starting with"
            + " '.', but was: '../etc/x'");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.baseFileName(".hidden"))
        .withMessageEndingWith("but was: '.hidden'");
    assertThat(builder.baseFileName("acme_2026.q2").build()).hasToString(
        "DeclarationWriter[" + dir + ", acme_2026.q2, 9999 per file, BY_IMPORTER]");
  }

  @Test
  void declarationEntry_toString_masksSsn() {
    assertThat(DeclarationEntry.of(ABC, SSN_A)).hasToString("ABC12345676 (***-**-6789)");
    assertThat(DeclarationEntry.of(ABC)).hasToString("ABC12345676");
  }

  @Test
  void declarationFile_badCounts_rejected() {
    Path file = dir.resolve("x.csv");
    assertThatIllegalArgumentException().isThrownBy(() -> new DeclarationFile(file, "g", 0, 14))
        .withMessage("Entry count must be 1 to 9999, but was: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new DeclarationFile(file, "g", 1, 0))
        .withMessage("Byte count must be positive, but was: 0");
  }

  /** ABC plus serials 0000000, 0000001, ... with their check digits. */
  static List<EntryNumber> serialEntries(int count) {
    List<EntryNumber> numbers = new ArrayList<>(count);
    for (int i = count - 1; i >= 0; i--) {       // reverse, so the writer must sort
      String base = String.format(Locale.ROOT, "ABC%07d", i);
      numbers.add(EntryNumber.of(base + EntryNumber.checkDigit(base)));
    }
    return numbers;
  }

  private static EntryNumber randomEntry(SplittableRandom random) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder base = new StringBuilder(10);
    for (int k = 0; k < 3; k++) {
      base.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    for (int k = 0; k < 7; k++) {
      base.append((char) ('0' + random.nextInt(3)));  // few digits, so duplicates happen
    }
    return EntryNumber.of(base.toString() + EntryNumber.checkDigit(base));
  }

  private static List<String> entryLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    assertThat(text).startsWith("Entry Number\r\n").endsWith("\r\n");
    List<String> lines = List.of(text.split("\r\n", -1));
    return lines.subList(1, lines.size() - 1);
  }

  private List<byte[]> readAll(List<DeclarationFile> files) throws IOException {
    List<byte[]> bytes = new ArrayList<>();
    for (DeclarationFile file : files) {
      bytes.add(Files.readAllBytes(file.file()));
    }
    return bytes;
  }

  private List<String> listDir() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
