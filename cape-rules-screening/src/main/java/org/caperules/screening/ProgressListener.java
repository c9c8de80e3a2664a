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

import org.caperules.csv.declaration.DeclarationSet;

/**
 * Hears how a {@link ScreeningRun} goes, so that the caller can tell its user (the library itself
 * prints nothing). Progress is reported only for inputs of {@value ScreeningRun#PROGRESS_BYTES}
 * bytes or more, every {@value ScreeningRun#PROGRESS_ENTRIES} entries; notes always.
 *
 * <p>Example: the {@code cape-rules screen} command prints "Reading and screening 1 file (250
 * MB)..." on {@link #started}, "  screened 100,000 entries" on {@link #screened}, and "Note: "
 * followed by the note on {@link #note}, all on stderr.
 *
 * <p>The methods are called on the thread that runs the screening; each does nothing by default.
 */
public interface ProgressListener {

  /** The listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * Called once before the input is read, only when progress is reported.
   *
   * @param files  the number of input files
   * @param bytes  their total size in bytes
   */
  default void started(int files, long bytes) {
    // nothing by default
  }

  /**
   * Called every {@value ScreeningRun#PROGRESS_ENTRIES} entries screened, only when progress is
   * reported. After a fall-back to the partitioned read the count starts again from zero.
   *
   * @param entries  the number of entries screened so far
   */
  default void screened(long entries) {
    // nothing by default
  }

  /**
   * Called as soon as the run makes a note, for example that the rows of an entry are apart and
   * the input is sorted by entry on disk first. The note is also in {@link ScreeningOutcome#notes()}.
   *
   * @param note  the note, a clause starting in lower case, for example "the rows of entry
   *     ABC12345676 are apart from each other (apart.csv line 4), so the input cannot be screened
   *     as a stream; sorting its rows by entry on disk first"
   */
  default void note(String note) {
    // nothing by default
  }

  /**
   * Called after each step of publishing the declaration set, for example {@link
   * DeclarationSet.Step#STAGED} once every file is written and forced to disk.
   *
   * @param step  the step done
   */
  default void declarations(DeclarationSet.Step step) {
    // nothing by default
  }
}
