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

import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.Entry;
import org.caperules.es003.EntriesNotGroupedException;
import org.jspecify.annotations.Nullable;

/**
 * The hand-off of a streaming ES-003 read: it holds the one entry being read and hands it to the
 * sink as soon as a row of another entry comes, so memory stays flat however long the input. This
 * needs the rows of each entry together, as ACE's ES-003 export keeps them (grouped by entry
 * summary number and line); a row of an entry already handed on throws {@link
 * EntriesNotGroupedException}. To see that, it keeps a compact set of the entry numbers handed on
 * ({@link EntryTexts}, 8 to 16 bytes each).
 *
 * <p>Example: the rows of {@code A, A, B, B, B, C} hand {@code A} on when the first {@code B} row
 * comes, {@code B} at the {@code C} row, and {@code C} at {@link #end()}; the rows of {@code A,
 * B, A} throw at the second {@code A} row.
 *
 * <p>Not thread-safe: part of one read.
 */
final class StreamingHandOff implements EntryStore {

  private final Consumer<? super Entry> sink;
  /** The current entry, the only one held. */
  private @Nullable EntryDraft open;
  /** The entry number texts handed on. */
  private final EntryTexts handedOn = new EntryTexts();

  StreamingHandOff(Consumer<? super Entry> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Before a row of {@code entryText}: hands the open entry on if the row belongs to another one,
   * and refuses a row of an entry already handed on.
   *
   * @return the open entry if the row belongs to it, else null
   * @throws EntriesNotGroupedException if the entry was already handed on
   */
  @Override
  public @Nullable EntryDraft forRow(String file, long line, String entryText) {
    EntryDraft state = open;
    if (state != null && state.entryText().equals(entryText)) {
      return state;
    }
    if (state != null) {
      open = null;
      handOn(state);
    }
    if (handedOn.contains(entryText)) {
      throw new EntriesNotGroupedException(file, line, Texts.printable(entryText));
    }
    return null;
  }

  /** Tells whether {@code entryText} is the open entry's. */
  @Override
  public boolean knows(String entryText) {
    EntryDraft state = open;
    return state != null && state.entryText().equals(entryText);
  }

  /** Makes a new entry the open one. */
  @Override
  public void open(EntryDraft state) {
    open = state;
  }

  /** Hands the last entry on, at the end of the read. */
  @Override
  public void end() {
    EntryDraft last = open;
    if (last != null) {
      open = null;
      handOn(last);
    }
  }

  /** The number of entries handed on. */
  long handedOn() {
    return handedOn.size();
  }

  private void handOn(EntryDraft state) {
    handedOn.add(state.entryText());
    sink.accept(state.build());
  }
}
