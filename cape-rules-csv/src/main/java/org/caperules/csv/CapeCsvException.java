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

import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.es003.CapeInputException;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file that cannot be used at all: it is missing or unreadable, or it lacks a required
 * column. Bad rows in a usable file are never exceptions; they are {@link Problem}s of a
 * {@link ValueWithProblems}. Modelled on FastCSV's {@code CsvParseException}: unchecked, with the
 * file and, where there is one, the line. A {@link CapeInputException}, as every unusable input
 * of any format is.
 *
 * <p>Example message: {@code ES-003 file 'es003.csv' has no column 'HTS Number - Full'
 * (required); the header row has 2 columns: 'Entry Summary Number', 'Entry Date'}.
 */
public class CapeCsvException extends CapeInputException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception about a whole file.
   *
   * @param file  the file name as text
   * @param message  the message, naming the file and, where it applies, the column
   */
  public CapeCsvException(String file, String message) {
    this(file, Position.WHOLE_FILE, message, null);
  }

  /**
   * Creates an exception about a line of a file, with an optional cause.
   *
   * @param file  the file name as text
   * @param line  the 1-based line, or 0 for the whole file
   * @param message  the message, naming the file
   * @param cause  the cause, or {@code null}
   */
  public CapeCsvException(String file, long line, String message, @Nullable Throwable cause) {
    super(file, line, message, cause);
  }
}
