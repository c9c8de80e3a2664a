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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caperules.core.DutyLine;
import org.caperules.core.HtsNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The checks made when a row joins an entry that earlier rows started (docs/formats.md#when-rows-
 * of-an-entry-disagree): its entry-level values must agree with the entry's, and it must not give
 * other values for the line and tariff ordinal of an earlier row. A blank cell disagrees with a
 * value: the entry's rows must say the same.
 *
 * <ul>
 *   <li>A <b>deciding</b> value (one a verdict, a deadline or a grouping depends on: {@link
 *       EntryField#deciding()}) that disagrees is the problem {@link ProblemCode#ENTRY_CONFLICT}:
 *       the row is rejected (its entry learns of it, so it is NEEDS_REVIEW) and the value is left
 *       unknown on the entry, so that which file came first never decides it. <b>Except</b> when
 *       the two rows come from exports whose title rows give different run dates ({@link
 *       RunDates}): an older and a newer pull of one entry legitimately differ (it liquidated in
 *       between), so the newer export's value is used, whichever was read first, with the
 *       warning {@code LATER_EXPORT_USED} on the entry, and the row is used.
 *   <li>Any <b>other</b> entry-level value that differs (the importer's name, the deposit date) is
 *       no conflict: the row is used, the value is left blank and the entry has the warning
 *       {@code VALUES_DIFFER}.
 *   <li>A row with the same line and ordinal as an earlier row of the entry, the same HTS number
 *       and duty, is an exact repeat (overlapping exports): used once, counted as repeated. With
 *       another HTS number or duty it is the problem {@link ProblemCode#REPEATED_ROW}, unless the
 *       two come from exports with different run dates: the newer export's duty line is kept, the
 *       other counted as repeated, with the warning {@code LATER_EXPORT_USED}.
 * </ul>
 *
 * <p>Example: line 7 of entry {@code ABC12345676} with {@code Entry Type Code} {@code 02}, when
 * line 2 gave {@code 01}, is the problem {@code es003.csv:7 [Entry Type Code] '02': Entry Type
 * Code '02' disagrees with '01' on line 2 for entry ABC12345676; the row is not used, and the
 * entry's Entry Type Code is left unknown}. A value from another file is placed {@code on line 2
 * of march.csv}, and the message then advises passing only the latest export.
 *
 * <p>Not thread-safe: part of one read.
 */
final class EntryConflicts {

  /**
   * What a used row changes: a value it gives that replaces the entry's ({@code replaces}: the
   * row is from the newer export), and the warning to add either way.
   */
  private record Pending(EntryField field, Object value, String text, boolean replaces,
      String warning) {}

  /** The run date of each table read so far that gave one, by the table's file name. */
  private final Map<String, LocalDate> runDates = new HashMap<>();
  /** The later exports' values of the row being checked, taken if the row is used. */
  private final List<Pending> pending = new ArrayList<>(0);
  /** The warnings about values that differ, given if the row is used. */
  private final List<Pending> differing = new ArrayList<>(0);

  /** Notes the run date of a table, from its title rows; tables without one are not noted. */
  void runDate(String file, LocalDate runDate) {
    runDates.put(file, runDate);
  }

  /**
   * Checks the entry-level values of a row against its entry's: adds a problem for each deciding
   * value that disagrees (and leaves that value unknown on the entry) and remembers what {@link
   * #takeAgreed(RowPlace, EntryDraft)} takes if the row is used.
   */
  void checkAgreement(Es003Header header, long line, String entryText, EntryDraft state,
      RowValues row, List<Problem> out) {
    pending.clear();
    differing.clear();
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
      if (!field.deciding()) {
        differing.add(new Pending(field, value, text, false, "VALUES_DIFFER: " + column + " "
            + Texts.quote(state.shown(field)) + " (" + where.file() + " line " + where.line()
            + ") and " + Texts.quote(shown) + " (" + header.file() + " line " + line
            + ") differ; left blank"));
        continue;
      }
      LocalDate knownRun = runDates.get(where.file());
      LocalDate rowRun = runDates.get(header.file());
      if (knownRun != null && rowRun != null && !knownRun.equals(rowRun)) {
        boolean rowNewer = rowRun.isAfter(knownRun);
        String newer = rowNewer ? shown : state.shown(field);
        String older = rowNewer ? state.shown(field) : shown;
        String warning = laterExport(column + " " + Texts.quote(newer), rowNewer ? header.file()
            : where.file(), rowNewer ? rowRun : knownRun, Texts.quote(older),
            rowNewer ? where.file() : header.file(), rowNewer ? knownRun : rowRun);
        pending.add(new Pending(field, value, text, rowNewer, warning));
        continue;
      }
      state.leaveUnknown(field);
      boolean otherFile = !where.file().equals(header.file());
      out.add(Problem.of(ProblemCode.ENTRY_CONFLICT,
          Position.of(header.file(), line, column).withEntryNumber(entryText), shown,
          column + " " + Texts.quote(shown) + " disagrees with "
              + Texts.quote(state.shown(field)) + " on " + where.describe(header.file())
              + " for entry " + Texts.printable(entryText) + "; the row is not used, and the"
              + " entry's " + column + " is left unknown"
              + (otherFile ? ". The two exports do not both say when they were run (a run date"
                  + " in their title rows): pass only the latest export" : "")));
    }
  }

  /**
   * Takes what {@link #checkAgreement} found for a row that is used: the newer export's values
   * (where the row is the newer), and the warnings.
   */
  void takeAgreed(RowPlace here, EntryDraft state) {
    for (Pending taken : pending) {
      if (taken.replaces()) {
        state.replace(taken.field(), taken.value(), taken.text(), here);
      }
      state.warn(taken.field(), taken.warning());
    }
    for (Pending differs : differing) {
      state.leaveUnknown(differs.field());
      state.warn(differs.field(), differs.warning());
    }
    pending.clear();
    differing.clear();
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
   * Checks a row against the entry's earlier row of the same line key: none (false), the same
   * HTS number and duty (an exact repeat, as overlapping exports give: the row is used once, so
   * true), a row of an export with another run date (the newer export's duty line is kept, the
   * other counts as repeated: true), or else different values for the same line and ordinal, a
   * problem that rejects the row and tells its entry (it cannot be known which is right).
   *
   * @return true if the row counts as repeated rather than used
   */
  boolean checkRepeat(Es003Header header, long line, String entryText, EntryDraft state,
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
    LocalDate knownRun = runDates.get(known.file());
    LocalDate rowRun = runDates.get(header.file());
    if (earlier != null && knownRun != null && rowRun != null && !knownRun.equals(rowRun)) {
      if (out.isEmpty()) {
        boolean rowNewer = rowRun.isAfter(knownRun);
        String ours = hts.formatted() + " " + duty.toPlainString();
        String theirs = earlier.hts().formatted() + " " + earlier.duty().toPlainString();
        if (rowNewer) {
          state.replaceDutyLine(known, new DutyLine(hts, duty), new RowPlace(header.file(), line));
        }
        state.warn(null, laterExport("line " + Texts.quote(lineText) + " ordinal "
            + Texts.quote(ordinalText) + " " + (rowNewer ? ours : theirs),
            rowNewer ? header.file() : known.file(), rowNewer ? rowRun : knownRun,
            rowNewer ? theirs : ours, rowNewer ? known.file() : header.file(),
            rowNewer ? knownRun : rowRun));
      }
      return true;
    }
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

  /** {@code LATER_EXPORT_USED: X of feb.csv (run 2026-02-10) used over Y of jan.csv (run ...)}. */
  private static String laterExport(String newer, String newerFile, LocalDate newerRun,
      String older, String olderFile, LocalDate olderRun) {
    return "LATER_EXPORT_USED: " + newer + " of " + newerFile + " (run " + newerRun
        + ") used over " + older + " of " + olderFile + " (run " + olderRun + ")";
  }
}
