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
package org.caperules.screening;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An output directory a {@link ScreeningRun} refuses before reading anything: the path is a file,
 * or a directory that is not empty and the run is not forced (a forced run replaces the reports
 * and the declarations of an earlier run, so a directory of other files is not written into by
 * mistake). Nothing has been written when it is thrown.
 *
 * <p>Example message: {@code Output directory 'cape-out' is not empty; a forced run writes into
 * it (its reports and declarations are replaced)}.
 */
public final class OutputDirectoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the directory is refused. */
  public enum Reason {
    /** The path is a file, not a directory. */
    IS_A_FILE,
    /** The directory holds files, and the run is not forced. */
    NOT_EMPTY
  }

  /** The output directory, as given. */
  private final String directory;
  /** Why the directory is refused. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param directory  the output directory, as given
   * @param reason  why it is refused
   */
  OutputDirectoryException(Path directory, Reason reason) {
    super(message(directory, reason));
    this.directory = directory.toString();
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String message(Path directory, Reason reason) {
    return switch (reason) {
      case IS_A_FILE -> "Output directory '" + directory + "' is a file";
      case NOT_EMPTY -> "Output directory '" + directory + "' is not empty; a forced run writes"
          + " into it (its reports and declarations are replaced)";
    };
  }

  /**
   * Returns the output directory refused.
   *
   * @return the directory, as given to the run
   */
  public Path directory() {
    return Path.of(directory);
  }

  /**
   * Returns why the directory is refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
