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
package org.caperules.core.screening;

import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * An entry to declare in CAPE, as a screening run keeps it: its entry number, always valid (an
 * entry with an invalid number is never declarable), and its importer of record if known, by
 * which declaration files are grouped. Example: {@code ABC12345676} of importer {@code
 * 12-3456789A1}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entryNumber  the entry number
 * @param importerNumber  the importer of record, or {@code null} if unknown
 */
public record DeclarableEntry(EntryNumber entryNumber, @Nullable ImporterNumber importerNumber) {

  /**
   * Checks that the entry number is present.
   *
   * @param entryNumber  the entry number
   * @param importerNumber  the importer of record, or {@code null} if unknown
   * @throws NullPointerException if {@code entryNumber} is null
   */
  public DeclarableEntry {
    Objects.requireNonNull(entryNumber, "entryNumber");
  }

  /**
   * Returns the entry number and the masked importer number, for example {@code ABC12345676
   * (***-**-6789)}, or just the entry number if the importer is unknown.
   *
   * @return the entry as text, never an unmasked social security number
   */
  @Override
  public String toString() {
    ImporterNumber importer = importerNumber;
    return importer == null ? entryNumber.toString()
        : entryNumber + " (" + importer.masked() + ")";
  }
}
