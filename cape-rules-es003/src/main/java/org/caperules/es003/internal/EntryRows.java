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

import java.util.List;
import java.util.Map;
import org.caperules.core.DutyLine;
import org.caperules.core.EntryNumber;
import org.caperules.core.result.Problem;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The data rows that carry an entry number, once {@link Assembly} has placed them (their table,
 * header and line): each joins its entry's draft, or is rejected with problems its entry learns
 * of, or is counted as a repeat of a row already read ({@link EntryConflicts}). It keeps the
 * counts of rows rejected and repeated; the assembly counts the rows read and skipped.
 *
 * <p>Example: the second of two identical rows of {@code ABC12345676} (line 1, ordinal 1, from
 * two overlapping exports) is counted as repeated; a row whose amount is {@code N/A} is rejected,
 * and the entry's {@link org.caperules.core.Entry#rejectedRows()} names it.
 *
 * <p>Not thread-safe: part of one read.
 */
final class EntryRows {

  private final EntryStore store;
  private final ProblemLog problems;
  private final EntryConflicts conflicts;
  private final RowReader reader = new RowReader();
  private long rowsRejected;
  private long rowsRepeated;

  EntryRows(EntryStore store, ProblemLog problems, EntryConflicts conflicts) {
    this.store = store;
    this.problems = problems;
    this.conflicts = conflicts;
  }

  /** The rows rejected so far. */
  long rejected() {
    return rowsRejected;
  }

  /** The rows counted as repeats so far. */
  long repeated() {
    return rowsRepeated;
  }

  /** Rejects a row that cannot be attributed to an entry. */
  void unattributed(Problem problem) {
    rowsRejected++;
    problems.add(problem);
  }

  /**
   * Rejects a row of the wrong width, telling its entry if the entry number is valid or its
   * entry is open (a footer such as {@code Total rows: 1200} is no entry).
   */
  void shapeRejected(Table current, Es003Header header, String entryText, Problem problem) {
    if (!store.knows(entryText) && EntryNumber.tryParse(entryText).isEmpty()) {
      unattributed(problem);
      return;
    }
    EntryDraft state = store.forRow(current.file(), problem.position().line(), entryText);
    List<Problem> rowProblems = reader.problems();
    rowProblems.clear();
    rowProblems.add(problem.position().entryNumber() == null
        ? Problem.of(problem.code(), problem.position().withEntryNumber(entryText),
            problem.value(), problem.message())
        : problem);
    rejectAll(current, header, entryText, state, rowProblems);
  }

  /** A data row with its entry number: it joins its entry or becomes problems. */
  void entryRow(Table current, Es003Header header, long line, List<String> cells,
      String entryText, Map<Es003Column, String> cellProblems) {
    String file = current.file();
    EntryDraft state = store.forRow(file, line, entryText);
    DutyLine dutyLine = reader.read(current, header, line, cells, entryText, state, cellProblems);
    problems.addAll(reader.warnings());
    List<Problem> rowProblems = reader.problems();
    int lineIndex = header.index(Es003Column.ENTRY_SUMMARY_LINE_NUMBER).orElse(-1);
    int ordinalIndex = header.index(Es003Column.TARIFF_ORDINAL_NUMBER).orElse(-1);
    long keyCode = LineKeys.code(cells, lineIndex, ordinalIndex);
    String lineKey = keyCode == LineKeys.TEXT_KEY
        ? LineKeys.text(cells, lineIndex, ordinalIndex) : null;
    if (dutyLine == null) {
      rejectOrRepeat(current, header, cells, entryText, state, keyCode, lineKey, rowProblems);
      return;
    }
    RowPlace here = new RowPlace(file, line);
    if (state != null) {
      conflicts.checkAgreement(header, line, entryText, state, reader.values(), rowProblems);
      boolean repeat = conflicts.checkRepeat(header, line, entryText, state, keyCode,
          lineKey, cells, dutyLine.hts(), dutyLine.duty(), rowProblems);
      if (!rowProblems.isEmpty()) {
        rejectOrRepeat(current, header, cells, entryText, state, keyCode, lineKey, rowProblems);
        return;
      }
      conflicts.takeAgreed(here, state);
      if (repeat) {
        rowsRepeated++;  // an overlapping export's copy of a row already used, or an older one
        return;
      }
    } else {
      state = open(entryText);
    }
    state.missingIn(current.missingFacts());
    state.add(here, reader.values(), keyCode, lineKey, dutyLine);
  }

  /**
   * Rejects a row, or counts it as repeated when its entry already had a rejected row of the same
   * line key with the same cells in every column the rules read: two overlapping exports that
   * both hold a bad row give one problem, as one export does.
   */
  private void rejectOrRepeat(Table current, Es003Header header, List<String> cells,
      String entryText, @Nullable EntryDraft known, long keyCode, @Nullable String lineKey,
      List<Problem> rowProblems) {
    if (keyCode == LineKeys.NO_KEY || !EntryConflicts.rejectsEntry(header, rowProblems)) {
      rejectAll(current, header, entryText, known, rowProblems);
      return;
    }
    String fingerprint = fingerprint(header, cells);
    if (known != null && known.repeatsRejected(keyCode, lineKey, fingerprint)) {
      rowsRepeated++;
      rowProblems.clear();
      return;
    }
    EntryDraft state = known != null ? known : open(entryText);
    state.rejectedKey(keyCode, lineKey, fingerprint);
    rejectAll(current, header, entryText, state, rowProblems);
  }

  /** The cells of a row in the columns the rules read, in column order, as one text. */
  private static String fingerprint(Es003Header header, List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (Es003Column column : Es003Column.values()) {
      if (Table.isUsed(column) && header.index(column).isPresent()) {
        out.append(header.value(cells, column).strip()).append('\u0000');
      }
    }
    return out.toString();
  }

  /** Rejects the row; its entry (started if need be) learns of it, unless it cannot be told. */
  private void rejectAll(Table current, Es003Header header, String entryText,
      @Nullable EntryDraft known, List<Problem> rowProblems) {
    rowsRejected++;
    if (EntryConflicts.rejectsEntry(header, rowProblems)) {
      (known != null ? known : open(entryText)).reject(rowProblems.get(0),
          current.missingFacts());
    }
    problems.addAll(rowProblems);
    rowProblems.clear();
  }

  private EntryDraft open(String entryText) {
    EntryDraft draft = new EntryDraft(entryText);
    store.open(draft);
    return draft;
  }

}
