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

/**
 * A streaming read (for example {@code Es003Reader.Builder#streamAll} of the CSV module) met a row of an entry whose rows had already ended: the input does not keep the rows of each entry
 * together, so the entry was handed on incomplete. ACE's ES-003 export keeps them together (its
 * rows are grouped by entry summary number and line), but a file sorted by
 * another column, or two overlapping exports, may not. The caller should read the input again,
 * partitioned ({@link Es003Intake#partitioned}, in bounded memory) or whole ({@code readAll}),
 * either of which merges the rows of an entry wherever they are, and discard what the streaming
 * read handed on.
 *
 * <p>Example message: {@code ES-003 file 'es003.csv' line 9: entry ABC12345676 has rows apart
 * from each other (its earlier rows ended before this one), so it cannot be read as a stream;
 * read the input partitioned or whole}.
 */
public final class EntriesNotGroupedException extends CapeInputException {

  private static final long serialVersionUID = 1L;

  /** The normalised entry number text, printable. */
  private final String entryNumberText;

  /**
   * Creates the exception.
   *
   * @param file  the file name as text
   * @param line  the 1-based line of the row that came late
   * @param entryNumberText  the normalised entry number text of that row, printable
   */
  public EntriesNotGroupedException(String file, long line, String entryNumberText) {
    super(file, line, "ES-003 file '" + file + "' line " + line + ": entry " + entryNumberText
        + " has rows apart from each other (its earlier rows ended before this one), so it"
        + " cannot be read as a stream; read the input partitioned or whole", null);
    this.entryNumberText = entryNumberText;
  }

  /**
   * Returns the entry whose rows are apart.
   *
   * @return the normalised entry number text
   */
  public String entryNumberText() {
    return entryNumberText;
  }
}
