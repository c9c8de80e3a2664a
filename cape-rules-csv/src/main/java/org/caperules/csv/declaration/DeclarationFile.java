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

import java.nio.file.Path;
import java.util.Objects;
import org.caperules.core.CapeDeclarationFormat;

/**
 * A CAPE declaration file written by {@link DeclarationWriter}: where it is, which importer
 * group it belongs to, how many entry numbers it holds and its size. Example: {@code
 * out/cape-declaration-12-3456789A1-001.csv}, group {@code 12-3456789A1}, 3 entries, 53 bytes
 * (14 for the header line, 13 per entry line).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the path of the file written
 * @param group  the file-name form of the importer group, for example {@code 12-3456789A1},
 *     {@code ssn-6789}, {@value DeclarationWriter#UNKNOWN_IMPORTER_GROUP}, or {@value
 *     DeclarationWriter#ALL_GROUP} when not grouping
 * @param entryCount  the number of entry numbers in the file, 1 to 9,999
 * @param byteCount  the size of the file in bytes
 */
public record DeclarationFile(Path file, String group, int entryCount, long byteCount) {

  /**
   * Checks the components.
   *
   * @param file  the path of the file written
   * @param group  the file-name form of the importer group, for example {@code 12-3456789A1},
   *     {@code ssn-6789}, {@value DeclarationWriter#UNKNOWN_IMPORTER_GROUP}, or {@value
   *     DeclarationWriter#ALL_GROUP} when not grouping
   * @param entryCount  the number of entry numbers in the file, 1 to 9,999
   * @param byteCount  the size of the file in bytes
   * @throws IllegalArgumentException if {@code entryCount} is not 1 to 9,999 or {@code
   *     byteCount} is not positive
   */
  public DeclarationFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(group, "group");
    if (entryCount < 1 || entryCount > CapeDeclarationFormat.MAX_ENTRIES) {
      throw new IllegalArgumentException("Entry count must be 1 to "
          + CapeDeclarationFormat.MAX_ENTRIES + ", but was: " + entryCount);
    }
    if (byteCount <= 0) {
      throw new IllegalArgumentException("Byte count must be positive, but was: " + byteCount);
    }
  }
}
