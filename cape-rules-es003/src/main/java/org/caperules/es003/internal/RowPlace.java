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

import java.util.Objects;

/**
 * Where a row was read: its file (and sheet, for a workbook) and its line, so that an entry can
 * say where each of its values came from, in words for a message: {@code line 7} in the file
 * being read, {@code line 7 of march.csv} in an earlier one.
 *
 * <p>Example: {@code new RowPlace("march.csv", 7).describe("april.csv")} is {@code line 7 of
 * march.csv}; {@code describe("march.csv")} is {@code line 7}.
 *
 * @param file  the file name as the user knows it (with its sheet, for a workbook's later sheets)
 * @param line  the 1-based line, or a spreadsheet's row number
 */
record RowPlace(String file, long line) {

  RowPlace {
    Objects.requireNonNull(file, "file");
  }

  /** Describes the place: {@code line N}, with {@code of FILE} if in another file. */
  String describe(String currentFile) {
    return "line " + line + (file.equals(currentFile) ? "" : " of " + file);
  }
}
