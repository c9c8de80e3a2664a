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
package org.caperules.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.caperules.core.readiness.ReadinessFixtures.fedAchLine;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FedAchDirectoryTest {

  private static final String ZEROS = "000000000";
  private static final String BANK_A =
      fedAchLine("021000021", 'O', '1', ZEROS, "EXAMPLE BANK A", "NEW YORK", "NY");
  private static final String BANK_B =
      fedAchLine("111000025", 'B', '2', "011000015", "EXAMPLE BANK B", "DALLAS", "TX");

  @Test
  void parse_syntheticLines_containsAndLookup() {
    FedAchDirectory directory = FedAchDirectory.parse(
        new StringReader(BANK_A + "\r\n" + BANK_B + "\n\n"));
    assertThat(directory.size()).isEqualTo(2);
    assertThat(directory.contains(AbaRoutingNumber.of("021000021"))).isTrue();
    assertThat(directory.contains(AbaRoutingNumber.of("011000015"))).isFalse();
    FedAchParticipant a = directory.lookup(AbaRoutingNumber.of("021000021")).orElseThrow();
    assertThat(a).isEqualTo(new FedAchParticipant(AbaRoutingNumber.of("021000021"),
        "EXAMPLE BANK A", "NEW YORK", "NY", null));
    assertThat(a).hasToString("****0021 EXAMPLE BANK A, NEW YORK NY");
    FedAchParticipant b = directory.lookup(AbaRoutingNumber.of("111000025")).orElseThrow();
    assertThat(b.newRoutingNumber()).isEqualTo(AbaRoutingNumber.of("011000015"));
    assertThat(b).hasToString("****0025 EXAMPLE BANK B, DALLAS TX, send to ****0015");
    assertThat(directory.lookup(AbaRoutingNumber.of("011000015"))).isEmpty();
    assertThat(directory).hasToString("FedAchDirectory[2 routing numbers]");
  }

  @Test
  void read_path_sameAsParse(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("FedACHdir.txt");
    Files.writeString(file, BANK_A + "\n" + BANK_B + "\n", StandardCharsets.ISO_8859_1);
    FedAchDirectory directory = FedAchDirectory.read(file);
    assertThat(directory.size()).isEqualTo(2);
    assertThat(directory.contains(AbaRoutingNumber.of("111000025"))).isTrue();
  }

  @Test
  void read_missingFile_uncheckedIo(@TempDir Path dir) {
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> FedAchDirectory.read(dir.resolve("missing.txt")))
        .withMessageStartingWith("Cannot read FedACH directory ");
  }

  @Test
  void parse_failingReader_uncheckedIoNamesLine() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> FedAchDirectory.parse(failing))
        .withMessage("Cannot read FedACH directory at line 1");
  }

  @Test
  void parse_shortLine_namesLineWithoutEchoingIt() {
    String shortLine = BANK_B.substring(0, 120);
    assertThatExceptionOfType(FedAchDirectoryException.class)
        .isThrownBy(() -> FedAchDirectory.parse(new StringReader(BANK_A + "\n" + shortLine)))
        .withMessage("FedACHdir.txt line 2: expected 155 characters, found 120")
        .satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(2));
  }

  @Test
  void parse_badRoutingNumber_namesLineAndMasks() {
    String bad = fedAchLine("123456789", 'O', '1', ZEROS, "BAD BANK", "X", "NY");
    assertThatExceptionOfType(FedAchDirectoryException.class)
        .isThrownBy(() -> FedAchDirectory.parse(new StringReader(bad)))
        .withMessage("FedACHdir.txt line 1: routing number (characters 1-9): ABA routing number"
            + " '****6789' fails the 3-7-1 checksum: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) must"
            + " be a multiple of 10")
        .withMessageNotContaining("12345");
  }

  @Test
  void parse_badOfficeCode_namesLine() {
    String bad = fedAchLine("021000021", 'X', '1', ZEROS, "BANK", "X", "NY");
    assertThatExceptionOfType(FedAchDirectoryException.class)
        .isThrownBy(() -> FedAchDirectory.parse(new StringReader(bad)))
        .withMessage("FedACHdir.txt line 1: office code (character 10) must be O or B, but was"
            + " 'X'");
  }

  @Test
  void parse_badRecordType_namesLine() {
    String bad = fedAchLine("021000021", 'O', '7', ZEROS, "BANK", "X", "NY");
    assertThatExceptionOfType(FedAchDirectoryException.class)
        .isThrownBy(() -> FedAchDirectory.parse(new StringReader(BANK_B + "\n" + bad)))
        .withMessage("FedACHdir.txt line 2: record type code (character 20) must be 0, 1 or 2,"
            + " but was '7'");
  }

  @Test
  void parse_recordType2WithBadNewRoutingNumber_namesLine() {
    String bad = fedAchLine("021000021", 'O', '2', "123456789", "BANK", "X", "NY");
    assertThatExceptionOfType(FedAchDirectoryException.class)
        .isThrownBy(() -> FedAchDirectory.parse(new StringReader(bad)))
        .withMessage("FedACHdir.txt line 1: new routing number (characters 27-35) of record type"
            + " 2: ABA routing number '****6789' fails the 3-7-1 checksum: 3(d1+d4+d7) +"
            + " 7(d2+d5+d8) + (d3+d6+d9) must be a multiple of 10");
  }

  @Test
  void parse_duplicate_namesBothLines() {
    assertThatExceptionOfType(FedAchDirectoryException.class)
        .isThrownBy(() -> FedAchDirectory.parse(
            new StringReader(BANK_A + "\n" + BANK_B + "\n" + BANK_A)))
        .withMessage("FedACHdir.txt line 3: routing number ****0021 is already listed on line 1")
        .satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(3));
  }

  @Test
  void parse_noLines_rejected() {
    assertThatExceptionOfType(FedAchDirectoryException.class)
        .isThrownBy(() -> FedAchDirectory.parse(new StringReader("\n\n")))
        .withMessage("FedACHdir.txt has no routing number lines (2 lines read)")
        .satisfies(ex -> assertThat(ex.lineNumber()).isZero());
  }

  @Test
  void of_duplicate_rejectedMasked() {
    FedAchParticipant a = new FedAchParticipant(AbaRoutingNumber.of("021000021"), "A", "B",
        "NY", null);
    assertThatIllegalArgumentException().isThrownBy(() -> FedAchDirectory.of(List.of(a, a)))
        .withMessage("Routing number ****0021 is listed twice");
    assertThat(FedAchDirectory.of(List.of(a)).contains(a.routingNumber())).isTrue();
  }
}
