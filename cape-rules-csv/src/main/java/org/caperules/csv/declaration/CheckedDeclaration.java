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
package org.caperules.csv.declaration;

import java.util.Objects;

/**
 * A CAPE declaration file as {@link DeclarationValidator} checked it: its name and how many of
 * its lines hold an entry number. The value of the check; its errors and warnings are the
 * problems beside it.
 *
 * <p>Example: a file {@code decl.csv} with the header and 3 entry numbers, one of them invalid,
 * is {@code CheckedDeclaration[file=decl.csv, entryRowCount=3]}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the file name as text
 * @param entryRowCount  the number of lines after the header that hold an entry number, valid or
 *     not (blank lines excluded)
 */
public record CheckedDeclaration(String file, long entryRowCount) {

  /**
   * Checks the components.
   *
   * @param file  the file name as text
   * @param entryRowCount  the number of lines after the header that hold an entry number
   * @throws IllegalArgumentException if {@code entryRowCount} is negative
   */
  public CheckedDeclaration {
    Objects.requireNonNull(file, "file");
    if (entryRowCount < 0) {
      throw new IllegalArgumentException("Entry row count must not be negative, but was: "
          + entryRowCount);
    }
  }
}
