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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What an ES-003 read knows about one entry so far: its entry-level values, taken from the first
 * row that gives each, where each came from (for a message when a later row disagrees), the line
 * keys of its rows (to tell a repeated row) and its duty lines. Never its rows: memory grows with
 * entries and duty lines, not with rows. {@link #build()} makes the {@link Entry}.
 *
 * <p>Example: rows of {@code ABC12345676} on lines 2 (entry type {@code 01}, HTS {@code
 * 9903.01.25}, duty {@code 1000.00}) and 3 (entry type {@code 01}, HTS {@code
 * 3923.90.0080}, duty {@code -12.00}) give an entry of type 01 with two duty lines; the entry
 * type came from line 2.
 *
 * <p>A blank liquidation status with a liquidation date builds a LIQUIDATED entry; a blank
 * status and no date leave the status unknown. Indicators are N when absent or blank, except
 * {@code Filed In ACE}, which is Y.
 *
 * <p>Not thread-safe: part of one read.
 */
final class EntryDraft {

  /** The number of rejected rows described on the entry; the rest are counted. */
  static final int REJECTED_SHOWN = 3;

  private final String entryText;
  private final Map<EntryField, Object> values = new EnumMap<>(EntryField.class);
  private final Map<EntryField, String> cells = new EnumMap<>(EntryField.class);
  /** Where the entry's first row is; fields set by it came from there. */
  private @Nullable RowPlace firstWhere;
  /** Where each field set by a later row came from; allocated on first need. */
  private @Nullable Map<EntryField, RowPlace> laterWhere;
  private final List<DutyLine> dutyLines = new ArrayList<>(2);
  /** Where each duty line was read, in the order of {@link #dutyLines}. */
  private final List<RowPlace> linePlaces = new ArrayList<>(2);
  /** Numeric line keys and where they were read. */
  private @Nullable Map<Long, RowPlace> numberKeys;
  /** Line keys that are not two small numbers, and where they were read. */
  private @Nullable Map<String, RowPlace> textKeys;

  /** The line keys of rejected rows, each with its cells ({@code Assembly}); null while none. */
  private @Nullable Map<Object, String> rejectedKeys;
  /** The rows carrying this entry's number that were rejected: the first few, and a count. */
  private final List<String> rejectedShown = new ArrayList<>(0);
  private long rejectedCount;
  /** The facts no file of this entry's rows gave a column for; null until a row came. */
  private @Nullable Set<EntryFact> missingFacts;
  /** The fields whose rows disagree, left unknown on the entry; null while none do. */
  private @Nullable Set<EntryField> unknown;
  /** The warnings about the entry's rows, one per field (the last made); null while none. */
  private @Nullable Map<EntryField, String> fieldWarnings;
  /** The warnings about the entry's duty lines, the first few; null while none. */
  private @Nullable List<String> lineWarnings;
  private int lineWarningCount;

  EntryDraft(String entryText) {
    this.entryText = entryText;
  }

  /** The normalised entry number text. */
  String entryText() {
    return entryText;
  }

  /** The value taken for a field, or null if no row gave one yet. */
  @Nullable Object value(EntryField field) {
    return values.get(field);
  }

  /** The cell text of the value taken for a field, cut; null if none. */
  @Nullable String cell(EntryField field) {
    return cells.get(field);
  }

  /** Where the value of a field came from; null before the first row. */
  @Nullable RowPlace where(EntryField field) {
    Map<EntryField, RowPlace> later = laterWhere;
    RowPlace place = later == null ? null : later.get(field);
    return place != null ? place : firstWhere;
  }

  /** The value taken for a field, as the user wrote it (an SSN masked). */
  String shown(EntryField field) {
    Object value = values.get(field);
    if (value instanceof ImporterNumber importer) {
      return importer.masked();
    }
    String cell = cells.get(field);
    return cell == null ? "" : cell.strip();
  }

  /** Where a row with this line key was read; null if none was. */
  @Nullable RowPlace knownWhere(long code, @Nullable String key) {
    if (code == LineKeys.TEXT_KEY) {
      Map<String, RowPlace> keys = textKeys;
      return keys == null || key == null ? null : keys.get(key);
    }
    Map<Long, RowPlace> keys = numberKeys;
    return code < 0 || keys == null ? null : keys.get(code);
  }

  private void addKey(long code, @Nullable String key, RowPlace where) {
    if (code == LineKeys.TEXT_KEY && key != null) {
      Map<String, RowPlace> keys = textKeys;
      if (keys == null) {
        keys = new HashMap<>(4);
        textKeys = keys;
      }
      keys.put(key, where);
    } else if (code >= 0) {
      Map<Long, RowPlace> keys = numberKeys;
      if (keys == null) {
        keys = new HashMap<>(4);
        numberKeys = keys;
      }
      keys.put(code, where);
    }
  }

  /**
   * Adds a used row: takes the entry-level values this entry has none of yet, the duty line and
   * the line key.
   *
   * @param here  where the row is
   * @param row  the row's entry-level values
   * @param keyCode  the row's line key ({@link LineKeys#code(List, int, int)})
   * @param key  the row's line key as text, for {@link LineKeys#TEXT_KEY}
   * @param dutyLine  the row's duty line
   */
  void add(RowPlace here, RowValues row, long keyCode, @Nullable String key, DutyLine dutyLine) {
    boolean first = firstWhere == null;
    if (first) {
      firstWhere = here;
    }
    for (EntryField field : EntryField.ALL) {
      Object value = row.value(field);
      String text = row.text(field);
      if (value != null && text != null && !values.containsKey(field)) {
        values.put(field, value);
        cells.put(field, Texts.abbreviate(text));
        if (!first) {
          Map<EntryField, RowPlace> later = laterWhere;
          if (later == null) {
            later = new EnumMap<>(EntryField.class);
            laterWhere = later;
          }
          later.put(field, here);
        }
      }
    }
    dutyLines.add(dutyLine);
    linePlaces.add(here);
    addKey(keyCode, key, here);
  }

  /**
   * Leaves a field unknown on the entry: its rows disagree and none can be preferred. The value
   * first taken stays for messages about later rows.
   */
  void leaveUnknown(EntryField field) {
    Set<EntryField> fields = unknown;
    if (fields == null) {
      fields = EnumSet.noneOf(EntryField.class);
      unknown = fields;
    }
    fields.add(field);
  }

  /** Replaces the value of a field by a newer export's, read at {@code here}. */
  void replace(EntryField field, Object value, String text, RowPlace here) {
    values.put(field, value);
    cells.put(field, Texts.abbreviate(text));
    Map<EntryField, RowPlace> later = laterWhere;
    if (later == null) {
      later = new EnumMap<>(EntryField.class);
      laterWhere = later;
    }
    later.put(field, here);
  }

  /**
   * Adds a warning about the entry's rows: for a field, it replaces the field's earlier one;
   * for a duty line ({@code field} null), the first {@value #REJECTED_SHOWN} are kept and the rest
   * counted.
   */
  void warn(@Nullable EntryField field, String warning) {
    if (field != null) {
      Map<EntryField, String> warnings = fieldWarnings;
      if (warnings == null) {
        warnings = new EnumMap<>(EntryField.class);
        fieldWarnings = warnings;
      }
      warnings.put(field, warning);
      return;
    }
    lineWarningCount++;
    List<String> warnings = lineWarnings;
    if (warnings == null) {
      warnings = new ArrayList<>(1);
      lineWarnings = warnings;
    }
    if (warnings.size() < REJECTED_SHOWN) {
      warnings.add(warning);
    }
  }

  /** Replaces the duty line read at {@code known} by a newer export's, read at {@code here}. */
  void replaceDutyLine(RowPlace known, DutyLine dutyLine, RowPlace here) {
    int index = linePlaces.indexOf(known);
    if (index >= 0) {
      dutyLines.set(index, dutyLine);
      linePlaces.set(index, here);
    }
  }

  /** The duty line of the row read at {@code where}; null if no used row was read there. */
  @Nullable DutyLine dutyLineAt(RowPlace where) {
    int index = linePlaces.indexOf(where);
    return index < 0 ? null : dutyLines.get(index);
  }

  /** Notes a rejected row's line key and its cells, to tell a repeat of it. */
  void rejectedKey(long code, @Nullable String key, String fingerprint) {
    Map<Object, String> keys = rejectedKeys;
    if (keys == null) {
      keys = new HashMap<>(2);
      rejectedKeys = keys;
    }
    keys.putIfAbsent(code == LineKeys.TEXT_KEY ? String.valueOf(key) : (Object) code,
        fingerprint);
  }

  /** Tells whether a rejected row of this line key had exactly these cells. */
  boolean repeatsRejected(long code, @Nullable String key, String fingerprint) {
    Map<Object, String> keys = rejectedKeys;
    return keys != null && fingerprint.equals(
        keys.get(code == LineKeys.TEXT_KEY ? String.valueOf(key) : (Object) code));
  }

  /** Notes the facts the file of a row of this entry has no column for. */
  void missingIn(Set<EntryFact> missingInFile) {
    Set<EntryFact> missing = missingFacts;
    if (missing == null) {
      missingFacts = EnumSet.copyOf(missingInFile.isEmpty()
          ? EnumSet.noneOf(EntryFact.class) : missingInFile);
    } else if (!missing.equals(missingInFile)) {
      missing.retainAll(missingInFile);
    }
  }

  /**
   * Records a rejected row carrying this entry's number, by the first of its problems: for
   * example {@code es003.csv line 14, Line Tariff Duty Amount 'N/A'}.
   */
  void reject(Problem first, Set<EntryFact> missingInFile) {
    missingIn(missingInFile);
    rejectedCount++;
    if (rejectedShown.size() < REJECTED_SHOWN) {
      Position at = first.position();
      String column = at.column();
      String value = first.value();
      rejectedShown.add(column == null
          ? at.file() + " line " + at.line() + ": " + first.message()
          : at.file() + " line " + at.line() + ", " + column
              + (value == null ? "" : " " + Texts.quote(Texts.abbreviate(value.strip()))));
    }
  }

  /** Builds the entry. */
  Entry build() {
    Entry.Builder builder = Entry.builder();
    builder.entryNumberText(entryText);
    builder.rejectedRows(rejectedShown).rejectedRowCount(rejectedCount);
    Set<EntryFact> missing = missingFacts;
    if (missing != null) {
      builder.missingFacts(missing);
    }
    Set<EntryField> left = unknown;
    if (left != null) {
      for (EntryField field : left) {  // a flag whose rows disagree: its check could not run
        EntryFact fact = field.fact();
        if (fact != null) {
          builder.addMissingFacts(fact);
        }
      }
    }
    Map<EntryField, String> warnings = fieldWarnings;
    if (warnings != null) {
      builder.addAllSourceWarnings(warnings.values());
    }
    List<String> onLines = lineWarnings;
    if (onLines != null) {
      builder.addAllSourceWarnings(onLines);
      if (lineWarningCount > onLines.size()) {
        builder.addSourceWarnings("LATER_EXPORT_USED: " + (lineWarningCount - onLines.size())
            + " more duty lines taken from the later export");
      }
    }
    if (known(EntryField.TYPE) instanceof EntryType type) {
      builder.entryType(type);
    }
    if (known(EntryField.IMPORTER) instanceof ImporterNumber importer) {
      builder.importerNumber(importer);
    }
    if (known(EntryField.NAME) instanceof String name && !name.isEmpty()) {
      builder.importerName(name);
    }
    if (known(EntryField.ENTRY_DATE) instanceof LocalDate date) {
      builder.entryDate(date);
    }
    if (known(EntryField.SUMMARY_DATE) instanceof LocalDate date) {
      builder.entrySummaryDate(date);
    }
    if (known(EntryField.DEPOSIT_DATE) instanceof LocalDate date) {
      builder.depositDate(date);
    }
    LocalDate liquidated =
        known(EntryField.LIQ_DATE) instanceof LocalDate date ? date : null;
    String statusCell = knownCell(EntryField.LIQ_STATUS);
    if (statusCell != null && !Texts.isBlank(statusCell)) {
      builder.liquidationStatusFrom(statusCell.strip());
    } else if (liquidated != null) {
      builder.liquidationStatus(LiquidationStatus.LIQUIDATED);
    }
    if (liquidated != null) {
      builder.liquidationDate(liquidated);
    }
    String protestCell = knownCell(EntryField.PROTEST);
    if (protestCell != null) {
      builder.protestStatusFrom(protestCell.strip());
    }
    if (known(EntryField.PROTEST_NUMBER) instanceof String number
        && !number.isEmpty()) {
      builder.protestNumber(number);
    }
    builder.reconciliationFlagged(flag(EntryField.RECON, false));
    builder.reconciliationEntryFiled(flag(EntryField.RECON_FILED, false)
        || (known(EntryField.RECON_OTHER_NUMBER) instanceof String recon
            && !recon.isEmpty()));
    builder.drawbackDesignated(flag(EntryField.DRAWBACK, false));
    builder.adCvdLiquidationInstructions(flag(EntryField.ADCVD, false));
    builder.filedInAce(flag(EntryField.FILED_IN_ACE, true));
    builder.citPlaintiff(flag(EntryField.CIT, false));
    if (known(EntryField.SUMMARY_STATUS) instanceof EntrySummaryStatus status) {
      builder.entrySummaryStatus(status);
    }
    builder.addAllDutyLines(dutyLines);
    return builder.build();
  }

  private boolean flag(EntryField field, boolean absent) {
    return known(field) instanceof Boolean flag ? flag : absent;
  }
  /** The value taken for a field, or null if none was or its rows disagree. */
  private @Nullable Object known(EntryField field) {
    Set<EntryField> left = unknown;
    return left != null && left.contains(field) ? null : values.get(field);
  }

  /** The cell text of the value taken for a field, or null as for {@link #known}. */
  private @Nullable String knownCell(EntryField field) {
    Set<EntryField> left = unknown;
    return left != null && left.contains(field) ? null : cells.get(field);
  }
}
