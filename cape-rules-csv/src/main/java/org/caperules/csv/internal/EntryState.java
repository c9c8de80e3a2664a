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
package org.caperules.csv.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
final class EntryState {

  /** The number of rejected rows described on the entry; the rest are counted. */
  static final int REJECTED_SHOWN = 3;

  /** The number of line keys searched in an array before a hash map is used. */
  private static final int KEY_ARRAY_LIMIT = 32;

  private final String entryText;
  private final @Nullable Object[] values = new Object[EntryColumns.count()];
  private final @Nullable String[] cells = new String[EntryColumns.count()];
  /** Where the entry's first row is; fields set by it came from there. */
  private long firstWhere = -1;
  /** Where each field set by a later row came from; allocated on first need. */
  private long @Nullable [] laterWhere;
  private final List<DutyLine> dutyLines = new ArrayList<>(2);
  /** Numeric line keys and where they were read, in pairs, up to {@link #KEY_ARRAY_LIMIT}. */
  private long @Nullable [] keyPairs;
  private int keyCount;
  /** Numeric line keys past {@link #KEY_ARRAY_LIMIT}, and where they were read. */
  private @Nullable Map<Long, Long> manyKeys;
  /** Line keys that are not two small numbers, and where they were read. */
  private @Nullable Map<String, Long> textKeys;

  /** The rows carrying this entry's number that were rejected: the first few, and a count. */
  private final List<String> rejectedShown = new ArrayList<>(0);
  private long rejectedCount;
  /** The facts no file of this entry's rows gave a column for; null until a row came. */
  private @Nullable Set<EntryFact> missingFacts;

  EntryState(String entryText) {
    this.entryText = entryText;
  }

  /** The normalised entry number text. */
  String entryText() {
    return entryText;
  }

  /** The value taken for column {@code i}, or null if no row gave one yet. */
  @Nullable Object value(int i) {
    return values[i];
  }

  /** The cell text of the value taken for column {@code i}, cut; null if none. */
  @Nullable String cell(int i) {
    return cells[i];
  }

  /** Where the value of column {@code i} came from, packed by {@link RowPlaces}. */
  long where(int i) {
    long[] later = laterWhere;
    return later != null && later[i] >= 0 ? later[i] : firstWhere;
  }

  /** The value taken for column {@code i}, as the user wrote it (an SSN masked). */
  String shown(int i) {
    Object value = values[i];
    if (value instanceof ImporterNumber importer) {
      return importer.masked();
    }
    String cell = cells[i];
    return cell == null ? "" : cell.strip();
  }

  /** Where a row with this line key was read, packed; -1 if none was. */
  long knownWhere(long code, @Nullable String key) {
    if (code == LineKeys.TEXT_KEY) {
      Map<String, Long> keys = textKeys;
      Long known = keys == null || key == null ? null : keys.get(key);
      return known == null ? -1 : known;
    }
    if (code < 0) {
      return -1;
    }
    long[] pairs = keyPairs;
    for (int i = 0; pairs != null && i < keyCount; i++) {
      if (pairs[2 * i] == code) {
        return pairs[2 * i + 1];
      }
    }
    Map<Long, Long> many = manyKeys;
    Long known = many == null ? null : many.get(code);
    return known == null ? -1 : known;
  }

  private void addKey(long code, @Nullable String key, long where) {
    if (code == LineKeys.TEXT_KEY && key != null) {
      Map<String, Long> keys = textKeys;
      if (keys == null) {
        keys = new HashMap<>(4);
        textKeys = keys;
      }
      keys.put(key, where);
    } else if (code >= 0) {
      long[] pairs = keyPairs;
      if (pairs == null) {
        pairs = new long[8];
        keyPairs = pairs;
      }
      if (keyCount < KEY_ARRAY_LIMIT) {
        if (2 * keyCount == pairs.length) {
          pairs = Arrays.copyOf(pairs, 2 * pairs.length);
          keyPairs = pairs;
        }
        pairs[2 * keyCount] = code;
        pairs[2 * keyCount + 1] = where;
        keyCount++;
      } else {
        Map<Long, Long> many = manyKeys;
        if (many == null) {
          many = new HashMap<>();
          manyKeys = many;
        }
        many.put(code, where);
      }
    }
  }

  /**
   * Adds a used row: takes the entry-level values this entry has none of yet, the duty line and
   * the line key.
   *
   * @param here  where the row is, packed
   * @param row  the row's entry-level values
   * @param keyCode  the row's line key ({@link LineKeys#code(List, int, int)})
   * @param key  the row's line key as text, for {@link LineKeys#TEXT_KEY}
   * @param dutyLine  the row's duty line
   */
  void add(long here, RowValues row, long keyCode, @Nullable String key, DutyLine dutyLine) {
    boolean first = firstWhere < 0;
    if (first) {
      firstWhere = here;
    }
    for (int i = 0; i < values.length; i++) {
      Object value = row.value(i);
      String text = row.text(i);
      if (value != null && text != null && values[i] == null) {
        values[i] = value;
        cells[i] = Texts.abbreviate(text);
        if (!first) {
          long[] later = laterWhere;
          if (later == null) {
            later = new long[values.length];
            Arrays.fill(later, -1);
            laterWhere = later;
          }
          later[i] = here;
        }
      }
    }
    dutyLines.add(dutyLine);
    addKey(keyCode, key, here);
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
    if (values[EntryColumns.TYPE] instanceof EntryType type) {
      builder.entryType(type);
    }
    if (values[EntryColumns.IMPORTER] instanceof ImporterNumber importer) {
      builder.importerNumber(importer);
    }
    if (values[EntryColumns.NAME] instanceof String name && !name.isEmpty()) {
      builder.importerName(name);
    }
    if (values[EntryColumns.ENTRY_DATE] instanceof LocalDate date) {
      builder.entryDate(date);
    }
    if (values[EntryColumns.SUMMARY_DATE] instanceof LocalDate date) {
      builder.entrySummaryDate(date);
    }
    if (values[EntryColumns.DEPOSIT_DATE] instanceof LocalDate date) {
      builder.depositDate(date);
    }
    LocalDate liquidated =
        values[EntryColumns.LIQ_DATE] instanceof LocalDate date ? date : null;
    String statusCell = cells[EntryColumns.LIQ_STATUS];
    if (statusCell != null && !Texts.isBlank(statusCell)) {
      builder.liquidationStatusFrom(statusCell.strip());
    } else if (liquidated != null) {
      builder.liquidationStatus(LiquidationStatus.LIQUIDATED);
    }
    if (liquidated != null) {
      builder.liquidationDate(liquidated);
    }
    String protestCell = cells[EntryColumns.PROTEST];
    if (protestCell != null) {
      builder.protestStatusFrom(protestCell.strip());
    }
    if (values[EntryColumns.PROTEST_NUMBER] instanceof String number && !number.isEmpty()) {
      builder.protestNumber(number);
    }
    builder.reconciliationFlagged(flag(EntryColumns.RECON, false));
    builder.reconciliationEntryFiled(flag(EntryColumns.RECON_FILED, false));
    builder.drawbackDesignated(flag(EntryColumns.DRAWBACK, false));
    builder.adCvdLiquidationInstructions(flag(EntryColumns.ADCVD, false));
    builder.filedInAce(flag(EntryColumns.FILED_IN_ACE, true));
    builder.citPlaintiff(flag(EntryColumns.CIT, false));
    if (values[EntryColumns.SUMMARY_STATUS] instanceof EntrySummaryStatus status) {
      builder.entrySummaryStatus(status);
    }
    builder.addAllDutyLines(dutyLines);
    return builder.build();
  }

  private boolean flag(int i, boolean absent) {
    return values[i] instanceof Boolean flag ? flag : absent;
  }
}
