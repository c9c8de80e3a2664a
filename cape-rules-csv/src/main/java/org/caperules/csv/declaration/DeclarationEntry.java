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
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * An entry to declare in CAPE, with its importer of record if known, for example {@code
 * ABC12345676} of importer {@code 12-3456789A1}. The {@link DeclarationWriter} groups entries by
 * importer; an entry without an importer goes to the group {@value
 * DeclarationWriter#UNKNOWN_IMPORTER_GROUP}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entryNumber  the entry number, always valid
 * @param importerNumber  the importer of record, or {@code null} if unknown
 */
public record DeclarationEntry(EntryNumber entryNumber, @Nullable ImporterNumber importerNumber) {

  /**
   * Checks that the entry number is present.
   *
   * @param entryNumber  the entry number, always valid
   * @param importerNumber  the importer of record, or {@code null} if unknown
   */
  public DeclarationEntry {
    Objects.requireNonNull(entryNumber, "entryNumber");
  }

  /**
   * Obtains an entry of a known importer.
   *
   * @param entryNumber  the entry number
   * @param importerNumber  the importer of record
   * @return the entry
   */
  public static DeclarationEntry of(EntryNumber entryNumber, ImporterNumber importerNumber) {
    Objects.requireNonNull(importerNumber, "importerNumber");
    return new DeclarationEntry(entryNumber, importerNumber);
  }

  /**
   * Obtains an entry whose importer is unknown.
   *
   * @param entryNumber  the entry number
   * @return the entry
   */
  public static DeclarationEntry of(EntryNumber entryNumber) {
    return new DeclarationEntry(entryNumber, null);
  }

  /**
   * Returns the entry number and the masked importer number, for example {@code ABC12345676
   * (***-**-6789)}, or just the entry number if the importer is unknown.
   *
   * @return the description, never an unmasked SSN
   */
  @Override
  public String toString() {
    return importerNumber == null
        ? entryNumber.toString()
        : entryNumber + " (" + importerNumber.masked() + ")";
  }
}
