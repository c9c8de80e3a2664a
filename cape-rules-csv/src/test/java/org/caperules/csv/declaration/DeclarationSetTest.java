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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterLabels;
import org.caperules.core.ImporterNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationSetTest {

  // Published check digit vectors (CBP CATAIR).
  private static final EntryNumber ABC = EntryNumber.of("ABC12345676");
  private static final EntryNumber MYK_263 = EntryNumber.of("MYK28102637");
  private static final EntryNumber BII = EntryNumber.of("BII05992854");
  private static final ImporterNumber IRS = ImporterNumber.of("12-3456789A1");
  private static final ImporterNumber CBP = ImporterNumber.of("061234-12345");
  private static final ImporterNumber SSN_A = ImporterNumber.of("123-45-6789");
  private static final ImporterNumber SSN_B = ImporterNumber.of("987-65-6789");
  /** SHA-256 of "Entry Number\r\nABC12345676\r\nMYK28102637\r\n", by Python's hashlib. */
  private static final String SHA_IRS_FILE =
      "33adbcf34655a5e0e56aa7728b75914204542ad24da2fd0935a0970a2cad5aac";
  /** SHA-256 of "Entry Number\r\nBII05992854\r\n", by Python's hashlib. */
  private static final String SHA_CBP_FILE =
      "faa514435588b3d02d2219cce3c96e1f68042acb979455254aa3c2cfd2da2dbe";
  private static final List<DeclarationEntry> FIRST = List.of(DeclarationEntry.of(ABC, IRS),
      DeclarationEntry.of(MYK_263, IRS), DeclarationEntry.of(BII, CBP));

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Test
  void publish_firstSet_filesAndManifestBesideWithSha256() throws IOException {
    DeclarationSet.Staged staged = DeclarationSet.builder(out).build().stage(FIRST);
    assertThat(Files.exists(out.resolve(DeclarationSet.DIRECTORY))).isFalse();
    assertThat(staged.publish()).isEmpty();
    assertThat(tree(out)).containsOnlyKeys("declarations-manifest.csv",
        "declarations/cape-declaration-061234-12345-001.csv",
        "declarations/cape-declaration-12-3456789A1-001.csv");
    assertThat(tree(out).get("declarations-manifest.csv")).isEqualTo(
        "File,Importer,Entries,SHA-256\r\n"
            + "cape-declaration-061234-12345-001.csv,061234-12345,1," + SHA_CBP_FILE + "\r\n"
            + "cape-declaration-12-3456789A1-001.csv,12-3456789A1,2," + SHA_IRS_FILE + "\r\n");
    assertThat(staged.files()).extracting(DeclarationFile::file).containsExactly(
        out.resolve("declarations/cape-declaration-061234-12345-001.csv"),
        out.resolve("declarations/cape-declaration-12-3456789A1-001.csv"));
    assertThat(verify()).isEmpty();
  }

  @Test
  void stage_diskFullAfterSomeFiles_previousSetByteIdenticalNoStagingLeft() throws IOException {
    DeclarationSet.builder(out).build().stage(FIRST).publish();
    Map<String, String> before = tree(out);
    List<DeclarationEntry> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String base = String.format(Locale.ROOT, "ZZZ%07d", 1_000_000 + i);
      many.add(DeclarationEntry.of(EntryNumber.of(base + EntryNumber.checkDigit(base)),
          ImporterNumber.of(String.format(Locale.ROOT, "%02d-1234567", i + 10))));
    }
    AtomicInteger written = new AtomicInteger();
    DeclarationSet full = DeclarationSet.builder(out).sink((file, bytes) -> {
      if (written.incrementAndGet() > 21) {
        throw new IOException("No space left on device");
      }
      Files.write(file, bytes);
    }).build();
    assertThatThrownBy(() -> full.stage(many))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("No space left on device")
        .hasMessageContaining("the declarations already published are unchanged");
    assertThat(tree(out)).isEqualTo(before);
    assertThat(verify()).isEmpty();
  }

  @Test
  void publish_userFileInDeclarations_movedToKeptWithWarningNeverUploaded() throws IOException {
    DeclarationSet.builder(out).build().stage(FIRST).publish();
    Files.writeString(out.resolve("declarations/mine.csv"), "Entry Number\r\nMY0WN000001\r\n");
    List<String> warnings = DeclarationSet.builder(out).build()
        .stage(List.of(DeclarationEntry.of(BII, CBP))).publish();
    assertThat(warnings).singleElement().asString()
        .contains("'mine.csv'", "declarations-kept/mine.csv", "not in declarations-manifest.csv");
    assertThat(tree(out)).containsOnlyKeys("declarations-manifest.csv",
        "declarations/cape-declaration-061234-12345-001.csv", "declarations-kept/mine.csv");
    assertThat(tree(out).get("declarations-kept/mine.csv"))
        .isEqualTo("Entry Number\r\nMY0WN000001\r\n");
    assertThat(verify()).isEmpty();
  }

  @Test
  void publish_declarationsIsSymbolicLink_linkReplacedNothingOutsideDeleted() throws IOException {
    Path elsewhere = Files.createDirectory(out.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("cape-declaration-12-3456789A1-001.csv"), "theirs");
    Files.writeString(elsewhere.resolve("mine.csv"), "mine");
    Path link;
    try {
      link = Files.createSymbolicLink(out.resolve("declarations"), elsewhere);
    } catch (UnsupportedOperationException | IOException ex) {
      assumeTrue(false, "no symbolic links here: " + ex);
      return;
    }
    List<String> warnings = DeclarationSet.builder(out).build().stage(FIRST).publish();
    assertThat(warnings).singleElement().asString().contains("symbolic link", "nothing");
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(tree(elsewhere)).containsExactly(
        Map.entry("cape-declaration-12-3456789A1-001.csv", "theirs"), Map.entry("mine.csv", "mine"));
    assertThat(verify()).isEmpty();
  }

  @Test
  void recover_killedBetweenTheTwoRenames_previousSetRestored() throws IOException {
    DeclarationSet.builder(out).build().stage(FIRST).publish();
    Map<String, String> before = tree(out);
    // What a run killed right after SET_ASIDE leaves: the old set aside, the new one staged.
    DeclarationSet.Staged staged = DeclarationSet.builder(out).steps(step -> {
      if (step == DeclarationSet.Step.SET_ASIDE) {
        throw new Killed();
      }
    }).build().stage(List.of(DeclarationEntry.of(BII, CBP)));
    assertThatThrownBy(staged::publish).isInstanceOf(Killed.class);
    assertThat(Files.exists(out.resolve("declarations"))).isFalse();

    List<String> notes = DeclarationSet.builder(out).build().recover();
    assertThat(notes).anyMatch(n -> n.startsWith("restored declarations/"))
        .anyMatch(n -> n.startsWith("removed .declarations-staging/"));
    assertThat(tree(out)).isEqualTo(before);
  }

  @Test
  void recover_killedAfterTheSwap_newSetGetsItsManifestOldOneDeleted() throws IOException {
    DeclarationSet.builder(out).build().stage(FIRST).publish();
    DeclarationSet.Staged staged = DeclarationSet.builder(out).steps(step -> {
      if (step == DeclarationSet.Step.SWAPPED) {
        throw new Killed();
      }
    }).build().stage(List.of(DeclarationEntry.of(BII, CBP)));
    assertThatThrownBy(staged::publish).isInstanceOf(Killed.class);
    assertThat(verify()).isNotEmpty();  // the old manifest does not describe the new set

    List<String> notes = DeclarationSet.builder(out).build().recover();
    assertThat(notes).hasSize(2);
    assertThat(tree(out)).containsOnlyKeys("declarations-manifest.csv",
        "declarations/cape-declaration-061234-12345-001.csv");
    assertThat(verify()).isEmpty();
  }

  @Test
  void recover_leftoverTemporaryFiles_deletedOthersKept() throws IOException {
    Files.writeString(out.resolve(".screening-report.csv-1234567890.tmp"), "half");
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThat(DeclarationSet.builder(out).build().recover()).containsExactly(
        "deleted 1 temporary file (.*.tmp) of a run that did not finish");
    assertThat(tree(out)).containsOnlyKeys("notes.txt");
    assertThat(DeclarationSet.builder(out).build().recover()).isEmpty();
  }

  @Test
  void verify_fileMissingExtraOrChanged_eachReported() throws IOException {
    DeclarationSet.builder(out).build().stage(FIRST).publish();
    Path declarations = out.resolve("declarations");
    Files.delete(declarations.resolve("cape-declaration-061234-12345-001.csv"));
    Files.writeString(declarations.resolve("cape-declaration-12-3456789A1-001.csv"),
        "Entry Number\r\nABC12345676\r\n");
    Files.writeString(declarations.resolve("extra.csv"), "Entry Number\r\n");
    assertThat(verify()).containsExactly(
        "cape-declaration-061234-12345-001.csv: missing (listed in declarations-manifest.csv)",
        "cape-declaration-12-3456789A1-001.csv: changed (SHA-256 "
            + DeclarationManifest.sha256(declarations.resolve(
                "cape-declaration-12-3456789A1-001.csv"))
            + ", declarations-manifest.csv lists " + SHA_IRS_FILE + ")",
        "extra.csv: not in declarations-manifest.csv (a file the set does not have)");
  }

  @Test
  void publish_keyedLabels_ssnImportersEndingAlikeApartInNamesAndManifest() throws IOException {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    DeclarationSet.builder(out).labels(ImporterLabels.keyed(key)).build().stage(List.of(
        DeclarationEntry.of(ABC, SSN_A), DeclarationEntry.of(BII, SSN_B))).publish();
    // HMAC-SHA-256 under the key 00..1f, by Python's hmac: 123-45-6789 -> c36200a4...,
    // 987-65-6789 -> 55b81492...
    assertThat(tree(out)).containsOnlyKeys("declarations-manifest.csv",
        "declarations/cape-declaration-ssn-6789-55b81492-001.csv",
        "declarations/cape-declaration-ssn-6789-c36200a4-001.csv");
    assertThat(tree(out).get("declarations-manifest.csv"))
        .contains(",ssn-6789-c36200a4,1,", ",ssn-6789-55b81492,1,")
        .doesNotContain("123-45", "987-65");
  }

  private List<String> verify() {
    return DeclarationManifest.verify(out.resolve("declarations"),
        out.resolve("declarations-manifest.csv"));
  }

  /** Every regular file under a folder, by relative path, with its text. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** Stands for the process being killed at a step. */
  private static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
