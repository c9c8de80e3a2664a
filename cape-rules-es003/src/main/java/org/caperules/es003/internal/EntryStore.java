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
package org.caperules.es003.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where a read keeps the drafts of its entries: {@link CollectedEntries} keeps every entry to the
 * end of the read; {@link StreamingHandOff} keeps one at a time and hands each on as soon as its
 * rows end. The assembly talks to either through this one interface.
 *
 * <p>Example: the rows of {@code A, A, B} ask {@link #forRow} for {@code A} (none yet: the
 * assembly opens it), {@code A} (the open draft), then {@code B}: a streaming store hands {@code
 * A} on at that moment, a collecting one keeps it.
 */
interface EntryStore {

  /**
   * The draft a row of {@code entryText} joins, or null if the entry has none yet.
   *
   * @throws org.caperules.es003.EntriesNotGroupedException if the store hands entries on and this
   *     entry was already handed on
   */
  @Nullable EntryDraft forRow(String file, long line, String entryText);

  /** Tells whether the entry has a draft a rejected row can be told of, without handing on. */
  boolean knows(String entryText);

  /** Keeps the draft of an entry whose first row came. */
  void open(EntryDraft draft);

  /** Ends the read: a streaming store hands its last entry on. */
  void end();
}
