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
package org.caperules.testkit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.jspecify.annotations.Nullable;

/**
 * Lays out entries as the rows of a messy ES-003 export, format-neutral: each cell is text, a
 * number, an amount or a date, and the CSV and workbook writers put them in their own form.
 * Package-private: used by {@link MessyExport}. Every random choice is drawn here, in a fixed
 * order, from the export's seeded generator.
 *
 * <p>Example: an entry of two duty lines under {@link MessyShape#HIDE_DUPLICATES} gives a full
 * row (line 1) and a row with only {@code Entry Summary Line Number} 2, {@code HTS Number -
 * Full}, {@code Tariff Ordinal Number} and {@code Line Tariff Duty Amount}.
 */
final class MessyRows {

  /** A cell: its kind and its text (for a number or an amount, the raw number). */
  record Cell(Kind kind, String text) {
    enum Kind { TEXT, NUMBER, MONEY, DATE }

    static final Cell BLANK = new Cell(Kind.TEXT, "");

    static Cell text(@Nullable String text) {
      return new Cell(Kind.TEXT, text == null ? "" : text);
    }
  }

  /** One sheet (a CSV file is one): its name, rows, and the index of its header row. */
  record Sheet(String name, List<List<Cell>> rows, int headerRow) {}

  /** The columns in ACE's order, the supplementary ones (a broker's additions) last. */
  static final List<String> CORE = List.of("Entry Summary Number", "Entry Summary Line Number",
      "Entry Type Code", "Importer Number", "Importer Name", "Entry Date", "Entry Summary Date",
      "HTS Number - Full", "Tariff Ordinal Number", "Line Tariff Duty Amount",
      "Reconciliation Indicator", "Liquidation Status", "Liquidation Date", "Protest Number",
      "Protest Status");
  static final List<String> SUPPLEMENTARY = List.of("Reconciliation Entry Filed",
      "Drawback Indicator", "AD/CVD Liquidation Instructions", "Filed In ACE", "CIT Plaintiff");
  /** The cells a "hide duplicates" row keeps. */
  static final Set<String> LINE_LEVEL = Set.of("Entry Summary Line Number", "HTS Number - Full",
      "Tariff Ordinal Number", "Line Tariff Duty Amount");
  /** The columns ACE Portal downloads wrap in {@code ="..."}. */
  static final List<String> WRAPPABLE = List.of("Entry Summary Number", "Entry Type Code",
      "Importer Number", "HTS Number - Full", "Protest Number");

  /** What was laid out, for {@link MessyFile}. */
  final List<String> columns = new ArrayList<>();
  final List<String> wrapped = new ArrayList<>();
  final List<Sheet> sheets = new ArrayList<>();
  int titleRows;
  int dataRows;
  int continuationRows;
  int footerRows;

  private final Set<MessyShape> shapes;
  private final boolean workbook;
  private final RandomGenerator random;
  private final LocalDate runDate;

  private MessyRows(Set<MessyShape> shapes, boolean workbook, RandomGenerator random,
      LocalDate runDate) {
    this.shapes = shapes;
    this.workbook = workbook;
    this.random = random;
    this.runDate = runDate;
  }

  /** Lays out the entries; every draw comes from {@code random}, in a fixed order. */
  static MessyRows of(List<Entry> entries, Set<MessyShape> shapes, boolean workbook,
      RandomGenerator random, LocalDate runDate, int rowsPerSheet) {
    MessyRows rows = new MessyRows(shapes, workbook, random, runDate);
    rows.layOut(entries, rowsPerSheet);
    return rows;
  }

  private boolean has(MessyShape shape) {
    return shapes.contains(shape);
  }

  private void layOut(List<Entry> entries, int rowsPerSheet) {
    columns.addAll(CORE);
    List<String> supplementary = new ArrayList<>(SUPPLEMENTARY);
    if (has(MessyShape.MISSING_SUPPLEMENTARY_COLUMNS)) {
      int drop = Draw.between(random, 1, supplementary.size());
      for (int i = 0; i < drop; i++) {
        supplementary.remove(Draw.below(random, supplementary.size()));
      }
    }
    columns.addAll(supplementary);
    if (has(MessyShape.TEXT_WRAPPERS)) {
      for (String column : WRAPPABLE) {
        if (Draw.oneIn(random, 2) || column.equals("Entry Summary Number")) {
          wrapped.add(column);
        }
      }
    }
    boolean oneDotZero = !workbook || Draw.oneIn(random, 2);
    List<List<Cell>> data = new ArrayList<>();
    List<Boolean> firstOfEntry = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Entry entry : entries) {
      List<DutyLine> lines = entry.dutyLines();
      for (int i = 0; i < lines.size(); i++) {
        data.add(row(entry, i, oneDotZero));
        firstOfEntry.add(i == 0);
        total = total.add(lines.get(i).duty());
      }
    }
    dataRows = data.size();
    int perSheet = workbook && has(MessyShape.SPLIT_SHEETS)
        ? Math.max(1, rowsPerSheet > 0 ? rowsPerSheet : (data.size() + 1) / 2)
        : Math.max(1, data.size());
    for (int from = 0, sheet = 1; from < data.size() || sheet == 1; from += perSheet, sheet++) {
      List<List<Cell>> rows = new ArrayList<>();
      if (sheet == 1 && has(MessyShape.TITLE_ROWS)) {
        titleRows(rows);
        titleRows = rows.size();
      }
      int headerRow = rows.size();
      List<Cell> header = new ArrayList<>();
      columns.forEach(c -> header.add(Cell.text(c)));
      rows.add(header);
      int to = Math.min(data.size(), from + perSheet);
      for (int r = from; r < to; r++) {
        boolean hide = has(MessyShape.HIDE_DUPLICATES) && !firstOfEntry.get(r) && r != from;
        rows.add(hide ? hidden(data.get(r)) : data.get(r));
        continuationRows += hide ? 1 : 0;
      }
      if (to == data.size() && has(MessyShape.FOOTER)) {
        rows.add(List.of());
        List<Cell> sum = blankRow();
        sum.set(0, Cell.text("Sum:"));
        sum.set(columns.indexOf("Line Tariff Duty Amount"), money(total));
        rows.add(sum);
        footerRows = 2;
      }
      sheets.add(new Sheet(sheet == 1 ? "Main Report" : "Main Report (" + sheet + ")", rows,
          headerRow));
    }
  }

  private void titleRows(List<List<Cell>> rows) {
    rows.add(List.of(Cell.text("ES-003 Entry Summary Line Details")));
    rows.add(List.of(Cell.text("Run Date: " + usDate(runDate) + " "
        + Draw.between(random, 6, 11) + ":" + Draw.between(random, 10, 59) + " AM")));
    if (Draw.oneIn(random, 2)) {
      rows.add(List.of(Cell.text("Entry Summary Date: " + usDate(runDate.minusYears(1)) + " - "
          + usDate(runDate))));
    }
    if (Draw.oneIn(random, 2)) {
      rows.add(List.of(Cell.text("Importer Number: (All)")));
    }
    rows.add(List.of());
  }

  private List<Cell> blankRow() {
    List<Cell> row = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      row.add(Cell.BLANK);
    }
    return row;
  }

  private List<Cell> hidden(List<Cell> full) {
    List<Cell> row = blankRow();
    for (int i = 0; i < columns.size(); i++) {
      if (LINE_LEVEL.contains(columns.get(i))) {
        row.set(i, full.get(i));
      }
    }
    return row;
  }

  private List<Cell> row(Entry entry, int line, boolean oneDotZero) {
    DutyLine duty = entry.dutyLines().get(line);
    List<Cell> row = new ArrayList<>(columns.size());
    for (String column : columns) {
      Cell cell = switch (column) {
        case "Entry Summary Number" -> Cell.text(entry.entryNumberText());
        case "Entry Summary Line Number" -> number(Integer.toString(line + 1));
        case "Entry Type Code" -> entryType(entry, oneDotZero);
        case "Importer Number" -> {
          ImporterNumber importer = entry.importerNumber();
          yield Cell.text(importer == null ? null : importer.value());
        }
        case "Importer Name" -> Cell.text(entry.importerName());
        case "Entry Date" -> date(entry.entryDate());
        case "Entry Summary Date" -> date(entry.entrySummaryDate());
        case "HTS Number - Full" -> Cell.text(duty.hts().digits());
        case "Tariff Ordinal Number" -> number("1");
        case "Line Tariff Duty Amount" -> money(duty.duty());
        case "Reconciliation Indicator" -> yesNo(entry.reconciliationFlagged());
        case "Liquidation Status" -> Cell.text(liquidation(entry));
        case "Liquidation Date" -> date(entry.liquidationDate());
        case "Protest Number" -> Cell.text(entry.protestNumber());
        case "Protest Status" -> Cell.text(protest(entry));
        case "Reconciliation Entry Filed" -> yesNo(entry.reconciliationEntryFiled());
        case "Drawback Indicator" -> yesNo(entry.drawbackDesignated());
        case "AD/CVD Liquidation Instructions" -> yesNo(entry.adCvdLiquidationInstructions());
        case "Filed In ACE" -> yesNo(entry.filedInAce());
        case "CIT Plaintiff" -> yesNo(entry.citPlaintiff());
        default -> Cell.BLANK;
      };
      if (wrapped.contains(column) && cell.kind() == Cell.Kind.TEXT && !cell.text().isEmpty()) {
        cell = Cell.text("=\"" + cell.text() + "\"");
      }
      row.add(cell);
    }
    return row;
  }

  private Cell entryType(Entry entry, boolean oneDotZero) {
    EntryType type = entry.entryType();
    if (type == null) {
      return Cell.BLANK;
    }
    String code = type.code();
    if (!has(MessyShape.EXCEL_SAVED_VALUES)) {
      return Cell.text(code);
    }
    String number = Integer.parseInt(code) + (oneDotZero ? ".0" : "");
    return workbook ? new Cell(Cell.Kind.NUMBER, number) : Cell.text(number);
  }

  private Cell number(String digits) {
    return workbook ? new Cell(Cell.Kind.NUMBER, digits) : Cell.text(digits);
  }

  private Cell money(BigDecimal amount) {
    if (workbook) {
      String raw = amount.toPlainString();
      if (has(MessyShape.EXCEL_SAVED_VALUES) && Draw.oneIn(random, 3)) {
        raw = Double.toString(Math.nextUp(amount.doubleValue()));  // a computed cell's noise
      }
      return new Cell(Cell.Kind.MONEY, raw);
    }
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(
        Locale.US));
    String digits = format.format(amount.abs());
    if (has(MessyShape.EXCEL_SAVED_VALUES)) {  // Excel's accounting format
      return Cell.text(amount.signum() == 0 ? " $-   " : amount.signum() < 0
          ? " ($" + digits + ")" : " $" + digits + " ");
    }
    return Cell.text(amount.signum() < 0 ? "($" + digits + ")" : "$" + digits);
  }

  private Cell date(@Nullable LocalDate date) {
    if (date == null) {
      return Cell.BLANK;
    }
    return workbook
        ? new Cell(Cell.Kind.DATE, Long.toString(ChronoUnit.DAYS.between(EXCEL_DAY_0, date)))
        : Cell.text(usDate(date));
  }

  /** Day 0 of Excel's 1900 date system, for every serial after 1 March 1900. */
  static final LocalDate EXCEL_DAY_0 = LocalDate.of(1899, 12, 30);

  private static Cell yesNo(boolean flag) {
    return Cell.text(flag ? "Y" : "N");
  }

  static String usDate(LocalDate date) {
    return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getMonthValue(),
        date.getDayOfMonth(), date.getYear());
  }

  private static @Nullable String liquidation(Entry entry) {
    String text = entry.liquidationStatusText();
    if (text != null) {
      return text;
    }
    LiquidationStatus status = entry.liquidationStatus();
    return status == null ? null : switch (status) {
      case UNLIQUIDATED -> "Open";
      case LIQUIDATED -> "Liquidated";
      case SUSPENDED -> "Suspended";
      case EXTENDED -> "Extended";
      case UNDER_REVIEW -> "Under Review";
    };
  }

  private static @Nullable String protest(Entry entry) {
    String text = entry.protestStatusText();
    if (text != null || entry.protestStatus() == ProtestStatus.NONE) {
      return text;
    }
    return switch (entry.protestStatus()) {
      case OPEN -> "Open";
      case SUSPENDED -> "Suspended";
      case CLOSED -> "Closed";
      default -> null;
    };
  }
}
