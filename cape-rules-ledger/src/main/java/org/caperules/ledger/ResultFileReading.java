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
package org.caperules.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.caperules.csv.result.CapeResultReader;
import org.caperules.csv.result.CapeResultRow;
import org.caperules.ledger.internal.Sql;

/**
 * A CAPE result file read before it is recorded: its name, the SHA-256 of its content (the key
 * that makes a second import of the same file change nothing) and its rows, problems and row
 * accounting from {@link CapeResultReader}.
 *
 * @param fileName  the file's name
 * @param hash  the SHA-256 of its content, lowercase hex
 * @param read  the rows, problems and row accounting
 */
record ResultFileReading(String fileName, String hash,
    ValueWithProblems<List<CapeResultRow>> read) {

  ResultFileReading {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(read, "read");
  }

  static ResultFileReading read(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String fileName = name == null ? file.toString() : name.toString();
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new CapeCsvException(fileName, "CAPE result file '" + file + "' is an .xlsx"
          + " workbook; this version reads result files as CSV: open it in Excel and save it"
          + " as CSV (UTF-8)");
    }
    ValueWithProblems<List<CapeResultRow>> read = CapeResultReader.read(file);
    return new ResultFileReading(fileName, Sql.sha256(file), read);
  }
}
