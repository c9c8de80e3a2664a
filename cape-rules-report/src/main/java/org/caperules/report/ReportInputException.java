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
package org.caperules.report;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An input of the report that cannot be used at all: a missing or unreadable file, a file
 * without a header, or a required column missing. The message names the file and, where there
 * is one, the column, for example {@code payments.csv: required column 'Total' missing (header:
 * Payee, Entries)}. A bad value in one row is not this exception: the row is skipped and a
 * {@link org.caperules.core.result.Problem} names file, line, column, value and entry.
 */
public final class ReportInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file, as text. */
  private final String file;

  /**
   * Creates the exception.
   *
   * @param file  the file that cannot be used
   * @param message  what is wrong, naming the file (and the column, if any)
   * @param cause  the underlying exception, or {@code null}
   */
  public ReportInputException(Path file, String message, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.file = Objects.requireNonNull(file, "file").toString();
  }

  /**
   * Returns the file that cannot be used, as text.
   *
   * @return the file name as given
   */
  public String file() {
    return file;
  }
}
