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
