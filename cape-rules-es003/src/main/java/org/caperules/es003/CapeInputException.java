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
package org.caperules.es003;

import org.caperules.core.result.Position;
import org.jspecify.annotations.Nullable;

/**
 * An input file that cannot be used at all, whatever its format: missing, unreadable, not the
 * format it claims, or without an ES-003 header row. Bad rows of a usable file are never
 * exceptions; they are {@link org.caperules.core.result.Problem}s. Unchecked, with the file and,
 * where there is one, the line. The CSV module's {@code CapeInputException} is one.
 *
 * <p>Example message: {@code ES-003 file 'es003.csv' has no column 'HTS Number - Full'
 * (required); the header row has 2 columns: 'Entry Summary Number', 'Entry Date'}.
 */
public class CapeInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file name as text. */
  private final String file;
  /** The 1-based line, or 0 for the whole file. */
  private final long line;

  /**
   * Creates an exception about a whole file.
   *
   * @param file  the file name as text
   * @param message  the message, naming the file and, where it applies, the column
   */
  public CapeInputException(String file, String message) {
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
  public CapeInputException(String file, long line, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
  }

  /**
   * Returns the file the exception is about.
   *
   * @return the file name as text
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line the exception is about, or 0 for the whole file.
   *
   * @return the line
   */
  public long line() {
    return line;
  }
}
