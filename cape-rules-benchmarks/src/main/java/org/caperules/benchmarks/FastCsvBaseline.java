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
package org.caperules.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The floor of any CSV-based screening: FastCSV reading a file and touching every field (its
 * length and first character summed), nothing else. Every ES-003 benchmark runs it on the same
 * file in the same run and reports its own rows per second as a ratio to this one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FastCsvBaseline {

  private FastCsvBaseline() {}

  /**
   * Reads a file with FastCSV, header included, touching every field.
   *
   * @param file  the CSV file
   * @return a checksum over the fields' lengths and first characters, plus the record count
   *     in the upper bits, so the JIT cannot skip the reading
   * @throws UncheckedIOException if the file cannot be read
   */
  public static long read(Path file) {
    long sum = 0;
    long records = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder()
        .ofCsvRecord(file, StandardCharsets.UTF_8)) {
      for (CsvRecord record : reader) {
        records++;
        int count = record.getFieldCount();
        for (int i = 0; i < count; i++) {
          String field = record.getField(i);
          sum += field.length() + (field.isEmpty() ? 0 : field.charAt(0));
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return (records << 32) + sum;
  }

  /**
   * Reads one file and prints its checksum: {@code FastCsvBaseline FILE}, the baseline of the
   * cold whole-process figures ({@code bench/cold.sh}), timed around a fresh JVM as the screen
   * is.
   *
   * @param args  the file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: FastCsvBaseline FILE");
    }
    long sum = read(Path.of(args[0]));
    System.out.println((sum >>> 32) + " records, checksum " + (sum & 0xFFFF_FFFFL));
  }
}
