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
package org.caperules.es003;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.EntryFact;
import org.caperules.core.internal.DisplayTexts;

/**
 * Every column the ES-003 reader knows, with its exact header text, its kind and the other names
 * it is found under. Headers are matched trimmed and case-insensitively (see {@link
 * #matches(String)}), so {@code " hts number - full "} finds {@link #HTS_NUMBER_FULL}.
 *
 * <p>Sources: the ACE names and aliases of public ES-003 parsers (an ES-003 audit parser,
 * CAPEView, the FilingPortal ACE report map); the supplementary columns, which ACE's default
 * layout lacks and users add from their broker's system.
 */
public enum Es003Column {

  // Required.
  /** The entry number, 11 characters, usually without hyphens. */
  ENTRY_SUMMARY_NUMBER("Entry Summary Number", Kind.REQUIRED),
  /** The HTS number of the tariff ordinal, digits with or without dots. */
  HTS_NUMBER_FULL("HTS Number - Full", Kind.REQUIRED),
  /**
   * The duty of the tariff ordinal. Aliases: {@code Line Tariff Amount}, {@code Line Duty Amount}
   * (ES-003 audit parser; FilingPortal report map).
   */
  LINE_TARIFF_DUTY_AMOUNT("Line Tariff Duty Amount", Kind.REQUIRED,
      "Line Tariff Amount", "Line Duty Amount"),

  // Optional ACE columns, used when present.
  /** The 2-digit entry type code, for example {@code 01}. */
  ENTRY_TYPE_CODE("Entry Type Code", Kind.OPTIONAL),
  /** The importer of record number. */
  IMPORTER_NUMBER("Importer Number", Kind.OPTIONAL),
  /** The entry date. */
  ENTRY_DATE("Entry Date", Kind.OPTIONAL),
  /** The entry summary date. */
  ENTRY_SUMMARY_DATE("Entry Summary Date", Kind.OPTIONAL),
  /** The line number within the entry summary. */
  ENTRY_SUMMARY_LINE_NUMBER("Entry Summary Line Number", Kind.OPTIONAL),
  /** The ordinal of the HTS number within its line. */
  TARIFF_ORDINAL_NUMBER("Tariff Ordinal Number", Kind.OPTIONAL),
  /**
   * The goods value of the tariff ordinal ($0.00 on Chapter 99 rows). Alias: {@code Line Goods
   * Value Amount} (ES-003 audit parser; FilingPortal report map).
   */
  LINE_TARIFF_GOODS_VALUE_AMOUNT("Line Tariff Goods Value Amount", Kind.OPTIONAL,
      "Line Goods Value Amount"),
  /** The 2-letter country of origin. */
  COUNTRY_OF_ORIGIN_CODE("Country of Origin Code", Kind.OPTIONAL),
  /** The 4-digit port of entry. */
  PORT_OF_ENTRY_CODE("Port of Entry Code", Kind.OPTIONAL),
  /** The importer's name. */
  IMPORTER_NAME("Importer Name", Kind.OPTIONAL),
  /** The liquidation status; not in ACE's default layout. */
  LIQUIDATION_STATUS("Liquidation Status", Kind.OPTIONAL),
  /** The liquidation date; not in ACE's default layout. */
  LIQUIDATION_DATE("Liquidation Date", Kind.OPTIONAL),
  /** Whether the entry is flagged for reconciliation. */
  RECONCILIATION_INDICATOR("Reconciliation Indicator", Kind.OPTIONAL),
  /** The number of a protest against the entry. */
  PROTEST_NUMBER("Protest Number", Kind.OPTIONAL),
  /** The status of that protest. */
  PROTEST_STATUS("Protest Status", Kind.OPTIONAL),
  /**
   * The entry summary number of the reconciliation entry (type 09) filed for a flagged entry, in
   * ACE report layouts that carry it: non-blank means the type 09 was filed.
   */
  RECONCILIATION_OTHER_ENTRY_SUMMARY_NUMBER("Reconciliation (Other) Entry Summary Number",
      Kind.OPTIONAL),
  /**
   * The status ACE gives the reconciliation of a flagged entry. Recognised, not read: what its
   * values say about a type 09 is not established (docs/decisions.md).
   */
  RECONCILIATION_OTHER_STATUS("Reconciliation (Other) Status", Kind.OPTIONAL),

  // Supplementary columns, added from the broker's system.
  /** Whether a type 09 reconciliation entry has been filed for the flagged entry. */
  RECONCILIATION_ENTRY_FILED("Reconciliation Entry Filed", Kind.SUPPLEMENTARY),
  /** Whether the entry is designated on a drawback claim. */
  DRAWBACK_INDICATOR("Drawback Indicator", Kind.SUPPLEMENTARY),
  /**
   * Whether Commerce has issued AD/CVD liquidation instructions for the entry (Y): with a status
   * other than liquidated it is pending liquidation under 19 U.S.C. 1504(d) and excluded.
   */
  ADCVD_LIQUIDATION_INSTRUCTIONS("AD/CVD Liquidation Instructions", Kind.SUPPLEMENTARY),
  /** The entry summary status: ACCEPTED (blank), CANCELLED or REJECTED. */
  ENTRY_SUMMARY_STATUS("Entry Summary Status", Kind.SUPPLEMENTARY),
  /** Whether the entry was filed in ACE; blank or absent means Y. */
  FILED_IN_ACE("Filed In ACE", Kind.SUPPLEMENTARY),
  /** Whether the importer has its own refund case at the CIT (Phase 3 litigants). */
  CIT_PLAINTIFF("CIT Plaintiff", Kind.SUPPLEMENTARY),
  /**
   * The date the duties were deposited, for an entry paid on a periodic monthly statement the
   * statement payment date: refund interest runs from it (19 U.S.C. 1505(c); T.D. 99-75). ES-003
   * does not carry it (ACE's statement reports do); absent or blank, the entry summary date is
   * assumed (docs/interest.md#start-and-end).
   */
  DEPOSIT_DATE("Deposit Date", Kind.SUPPLEMENTARY);

  /** How a column is used. */
  public enum Kind {
    /** The file is unusable without it. */
    REQUIRED,
    /** An ACE column, used when present. */
    OPTIONAL,
    /** Not in ACE's default layout; added from the broker's system, used when present. */
    SUPPLEMENTARY
  }

  private final String header;
  private final Kind kind;
  @SuppressWarnings("ImmutableEnumChecker") // List.of(...) is unmodifiable
  private final List<String> aliases;

  Es003Column(String header, Kind kind, String... aliases) {
    this.header = header;
    this.kind = kind;
    this.aliases = List.of(aliases);
  }

  /**
   * Returns the exact header text, as ACE writes it, for example {@code HTS Number - Full}.
   *
   * @return the header text
   */
  public String header() {
    return header;
  }

  /**
   * Returns whether the column is required, optional or supplementary.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the other names the column is found under, in order of preference, for example
   * {@code [Line Tariff Amount, Line Duty Amount]}.
   *
   * @return the aliases, possibly empty
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Tells whether a header cell names this column: equal to the header or an alias after {@link
   * #normalizeHeader(String) normalisation}.
   *
   * @param headerCell  the header cell as found in the file
   * @return true if it names this column
   */
  public boolean matches(String headerCell) {
    return priority(normalizeHeader(headerCell)) >= 0;
  }

  /**
   * Finds the column a header cell names.
   *
   * @param headerCell  the header cell as found in the file
   * @return the column, or empty if the cell names none (an unknown column, ignored)
   */
  public static Optional<Es003Column> fromHeader(String headerCell) {
    String normalised = normalizeHeader(headerCell);
    for (Es003Column column : values()) {
      if (column.priority(normalised) >= 0) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns 0 if the normalised cell is the header, 1 + i for alias i, -1 for neither. Lower
   * wins when a file has both a header and an alias.
   */
  int priority(String normalisedCell) {
    if (normalizeHeader(header).equals(normalisedCell)) {
      return 0;
    }
    for (int i = 0; i < aliases.size(); i++) {
      if (normalizeHeader(aliases.get(i)).equals(normalisedCell)) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Normalises a header cell for matching: removes a UTF-8 byte order mark (U+FEFF), trims,
   * turns each run of white space (including no-break spaces) into one space and lower-cases.
   * {@code "\uFEFF Entry  Summary\u00A0Number "} becomes {@code "entry summary number"}.
   *
   * @param headerCell  the header cell
   * @return the normalised text
   */
  public static String normalizeHeader(String headerCell) {
    Objects.requireNonNull(headerCell, "headerCell");
    return DisplayTexts.normalizeForMatching(headerCell);
  }

  /**
   * Returns the columns that give a fact a check needs: when a file has none of them, the fact is
   * missing from its entries ({@code Entry.missingFacts()}) and the checks that need it are
   * reported as not checked (docs/formats.md#not-checked).
   *
   * <p>Example: {@code columnsFor(EntryFact.PROTEST)} is {@code [PROTEST_STATUS,
   * PROTEST_NUMBER]}.
   *
   * @param fact  the fact
   * @return the columns, at least one
   */
  public static List<Es003Column> columnsFor(EntryFact fact) {
    return switch (fact) {
      case ENTRY_TYPE -> List.of(ENTRY_TYPE_CODE);
      case RECONCILIATION_FLAG -> List.of(RECONCILIATION_INDICATOR);
      case RECONCILIATION_ENTRY_FILED -> List.of(Es003Column.RECONCILIATION_ENTRY_FILED,
          RECONCILIATION_OTHER_ENTRY_SUMMARY_NUMBER);
      case DRAWBACK_DESIGNATION -> List.of(DRAWBACK_INDICATOR);
      case PROTEST -> List.of(PROTEST_STATUS, PROTEST_NUMBER);
      case ADCVD_INSTRUCTIONS -> List.of(ADCVD_LIQUIDATION_INSTRUCTIONS);
      case ENTRY_SUMMARY_STATUS -> List.of(Es003Column.ENTRY_SUMMARY_STATUS);
      case FILED_IN_ACE -> List.of(Es003Column.FILED_IN_ACE);
    };
  }
}
