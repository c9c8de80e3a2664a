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
package org.caperules.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapeCsvTest {

  private static final List<String> HEADER = List.of("Entry Number", "Note");
  private static final List<List<String>> ROWS = List.of(
      List.of("ABC12345676", "=1+2"),
      List.of("MYK28102637", "a, \"b\""),
      List.of("SYN10000012", "-12.00"));
  private static final String TEXT = "Entry Number,Note\r\n"
      + "ABC12345676,'=1+2\r\n"
      + "MYK28102637,\"a, \"\"b\"\"\"\r\n"
      + "SYN10000012,-12.00\r\n";

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void writeCsv_path_fastCsvQuotingSafeCellsCrlfAtomically() throws IOException {
    Path file = dir.resolve("sub/diff.csv");
    assertThat(CapeCsv.writeCsv(file, HEADER, ROWS)).isEqualTo(3);
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(TEXT);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writeCsv_writer_sameTextWriterFlushedNotClosed() throws IOException {
    StringWriter out = new StringWriter();
    boolean[] closed = {false};
    Writer watched = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        out.write(buffer, offset, length);
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(CapeCsv.writeCsv(watched, HEADER, ROWS)).isEqualTo(3);
    assertThat(out).hasToString(TEXT);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void writeCsv_failingWriter_uncheckedIoException() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> CapeCsv.writeCsv(failing, HEADER, ROWS))
        .withMessageContaining("disk full");
  }

  @Test
  void writeCsv_targetIsADirectory_uncheckedIoExceptionNoTemporaryFileLeft() throws IOException {
    Path target = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(target.resolve("inside.txt"), "x");
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> CapeCsv.writeCsv(target, HEADER, ROWS))
        .withMessageStartingWith("Could not write CSV file '" + target + "': ");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
