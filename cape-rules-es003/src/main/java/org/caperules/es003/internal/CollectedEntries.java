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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caperules.core.Entry;
import org.jspecify.annotations.Nullable;

/**
 * The store of a whole read: every entry's draft, by normalised entry number, in order of its
 * first row, so that rows of an entry may be anywhere in the input. Memory grows with the entries
 * and their duty lines, not with the rows.
 *
 * <p>Example: the rows of {@code A, B, A} give two drafts; {@link #entries()} builds {@code A}
 * (with both of its rows) then {@code B}.
 *
 * <p>Not thread-safe: part of one read.
 */
final class CollectedEntries implements EntryStore {

  private final Map<String, EntryDraft> drafts = new LinkedHashMap<>();

  @Override
  public @Nullable EntryDraft forRow(String file, long line, String entryText) {
    return drafts.get(entryText);
  }

  @Override
  public boolean knows(String entryText) {
    return drafts.containsKey(entryText);
  }

  @Override
  public void open(EntryDraft draft) {
    drafts.put(draft.entryText(), draft);
  }

  @Override
  public void end() {
    // every draft stays until entries() builds it
  }

  /** Builds the entries, in order of their first row; each draft goes as its entry is built. */
  List<Entry> entries() {
    List<Entry> built = new ArrayList<>(drafts.size());
    for (Iterator<EntryDraft> it = drafts.values().iterator(); it.hasNext(); ) {
      built.add(it.next().build());
      it.remove();  // memory does not double
    }
    return List.copyOf(built);
  }
}
