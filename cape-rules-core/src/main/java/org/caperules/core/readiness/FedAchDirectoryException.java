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

/**
 * A {@code FedACHdir.txt} file that cannot be read: the message names the line, for example
 * "FedACHdir.txt line 3: expected 155 characters, found 120". Messages never repeat a whole line,
 * and show routing numbers masked.
 */
public final class FedAchDirectoryException extends RuntimeException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the directory file the problem is on. */
  private final long lineNumber;

  FedAchDirectoryException(long lineNumber, String message) {
    super(message);
    this.lineNumber = lineNumber;
  }

  /**
   * Returns the 1-based number of the line at fault, or 0 for a problem with the whole file.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }
}
