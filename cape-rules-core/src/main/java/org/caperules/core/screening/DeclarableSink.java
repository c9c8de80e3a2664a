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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.caperules.core.Entry;

/**
 * Keeps the entries to declare in CAPE: every ELIGIBLE and ELIGIBLE_DEFERRED entry, as a {@link
 * DeclarableEntry} (entry number and importer), in the order received; nothing of the other
 * entries: CAPE accepts these two verdicts now ({@link
 * org.caperules.core.eligibility.Verdict#isDeclarable()}).
 *
 * <p>Example: after an ELIGIBLE entry {@code ABC12345676} of importer {@code 12-3456789A1} and a
 * NOT_ELIGIBLE one, {@code entries()} is {@code [ABC12345676 (12-3456789A1)]}.
 *
 * <p>Not thread-safe: one sink per run.
 */
public final class DeclarableSink implements ScreeningSink {

  private final List<DeclarableEntry> entries = new ArrayList<>();

  /** Starts with no entry. */
  public DeclarableSink() {
    // the list fills as entries are received
  }

  /**
   * Keeps the entry if its verdict is declarable.
   *
   * @param screened  the screened entry
   */
  @Override
  public void accept(ScreenedEntry screened) {
    if (!screened.isDeclarable()) {
      return;
    }
    Entry entry = screened.assessment().entry();
    // A declarable verdict implies a valid entry number: an invalid one is a data reason
    // (INVALID_ENTRY_NUMBER, 19 CFR 142.3a), so NEEDS_REVIEW.
    entries.add(new DeclarableEntry(Objects.requireNonNull(entry.validEntryNumber(),
        "a declarable entry has a valid entry number"), entry.importerNumber()));
  }

  /**
   * Returns the declarable entries received so far, in the order received.
   *
   * @return an unmodifiable view of the entries
   */
  public List<DeclarableEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /**
   * Returns the sink as text, for example {@code DeclarableSink[3 entries]}.
   *
   * @return the sink as text
   */
  @Override
  public String toString() {
    return "DeclarableSink[" + entries.size() + (entries.size() == 1 ? " entry]" : " entries]");
  }
}
