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

import java.math.BigDecimal;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.HtsNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The checks made when a row joins an entry that earlier rows started: its entry-level values
 * must agree with the entry's ({@link ProblemCode#ENTRY_CONFLICT}), and it must not repeat the
 * line and tariff ordinal of an earlier row ({@link ProblemCode#REPEATED_ROW}). Either problem
 * rejects the row, so a contradictory row never changes an entry and a repeated one never counts
 * its duty twice. A blank cell disagrees with a value: the entry's rows must say the same.
 *
 * <p>Example: line 7 of entry {@code ABC12345676} with {@code Entry Type Code} {@code 02}, when
 * line 2 gave {@code 01}, is the problem {@code es003.csv:7 [Entry Type Code] '02': Entry Type
 * Code '02' disagrees with '01' on line 2 for entry ABC12345676; the row is not used}. A value
 * from another file is placed {@code on line 2 of march.csv}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EntryConflicts {

  private EntryConflicts() {}

  /** Adds a problem for each entry-level value of the row that disagrees with its entry's. */
  static void checkAgreement(Es003Header header, long line, String entryText, EntryDraft state,
      RowValues row, List<Problem> out) {
    for (EntryField field : EntryField.ALL) {
      Object value = row.value(field);
      Object known = state.value(field);
      String text = row.text(field);
      RowPlace where = state.where(field);
      if (value == null || known == null || text == null || where == null
          || value.equals(known)) {
        continue;
      }
      String shown = field.shown(value, text);
      String column = header.headerText(field.column());
      out.add(Problem.of(ProblemCode.ENTRY_CONFLICT,
          Position.of(header.file(), line, column).withEntryNumber(entryText), shown,
          column + " " + Texts.quote(shown) + " disagrees with "
              + Texts.quote(state.shown(field)) + " on " + where.describe(header.file())
              + " for entry "
              + Texts.printable(entryText) + "; the row is not used"));
    }
  }

  /**
   * Tells whether a rejected row's problems make it a rejection of its entry, which the entry
   * must know of (docs/formats.md#rejected-rows-of-an-entry): always, unless its entry number
   * cell itself cannot be trusted (it may belong to another entry). An exact repeat is no
   * rejection: it is used once and counted as repeated.
   */
  static boolean rejectsEntry(Es003Header header, List<Problem> rowProblems) {
    String entryHeader = header.headerText(Es003Column.ENTRY_SUMMARY_NUMBER);
    for (Problem problem : rowProblems) {
      if (entryHeader.equals(problem.position().column())) {
        return false;
      }
    }
    return !rowProblems.isEmpty();
  }

  /**
   * Checks a row against the entry's earlier row of the same line key: none, or the same HTS
   * number and duty (an exact repeat, as overlapping exports give: the row is used once, so true),
   * or different values for the same line and ordinal, a problem that rejects the row and tells
   * its entry (it cannot be known which is right).
   *
   * @return true if the row repeats an earlier row exactly
   */
  static boolean checkRepeat(Es003Header header, long line, String entryText, EntryDraft state,
      long keyCode, @Nullable String key, List<String> cells, HtsNumber hts, BigDecimal duty,
      List<Problem> out) {
    RowPlace known = state.knownWhere(keyCode, key);
    if (known == null) {
      return false;
    }
    DutyLine earlier = state.dutyLineAt(known);
    if (earlier != null && earlier.hts().equals(hts) && earlier.duty().compareTo(duty) == 0) {
      return true;
    }
    String lineText = header.value(cells, Es003Column.ENTRY_SUMMARY_LINE_NUMBER).strip();
    String ordinalText = header.value(cells, Es003Column.TARIFF_ORDINAL_NUMBER).strip();
    out.add(Problem.of(ProblemCode.REPEATED_ROW,
        Position.of(header.file(), line, header.headerText(Es003Column.TARIFF_ORDINAL_NUMBER))
            .withEntryNumber(entryText), ordinalText,
        "Entry " + Texts.printable(entryText) + " line " + Texts.quote(lineText) + " ordinal "
            + Texts.quote(ordinalText) + " (" + hts.formatted() + " " + duty.toPlainString()
            + ") disagrees with the row of the same line and ordinal read on "
            + known.describe(header.file()) + (earlier == null ? "" : " (" + earlier.hts()
                .formatted() + " " + earlier.duty().toPlainString() + ")")
            + "; the row is not used: pass only the latest export, or correct the row"));
    return false;
  }
}
