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
package org.caperules.benchmarks;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.testkit.Portfolios;
import org.jspecify.annotations.Nullable;

/**
 * Writes synthetic ACE ES-003 exports for the benchmarks: entries drawn from the testkit's
 * {@linkplain Portfolios#standard() standard portfolio mix} (every verdict and reason), each
 * written as its duty lines plus 0 to 6 extra commodity rows, so an entry has about 5 rows
 * (10,000,000 rows is about 2,000,000 entries). Values are written as ACE writes
 * them: dates {@code MM/DD/YYYY}, amounts {@code $1,234.56} and {@code (12.00)}, CRLF.
 *
 * <p>Entry numbers are numbered, not drawn ({@code EXA0000001} plus the check digit, then
 * {@code EXB...} after 10,000,000), so no two entries share one; an entry the portfolio gives an
 * invalid number keeps it. Rows of an entry are adjacent, as in an ACE export.
 *
 * <p>The file is a pure function of the seed, the row count and the as-of date. From the shell:
 * {@code java -cp benchmarks.jar org.caperules.benchmarks.Es003Files out.csv 1000000 42}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Es003Files {

  /** The as-of date of every benchmark: Mon 2026-07-13, under policy WAREHOUSE_21_22_EXCLUDED. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 7, 13);
  /** The seed of every benchmark input. */
  public static final long SEED = 20_260_713L;

  /** The columns, in ACE's order, then the supplementary ones. */
  static final String[] HEADER = {"Entry Summary Number", "Entry Summary Line Number",
      "Entry Type Code", "Importer Number", "Importer Name", "Port of Entry Code", "Entry Date",
      "Entry Summary Date", "HTS Number - Full", "Tariff Ordinal Number",
      "Line Tariff Goods Value Amount", "Line Tariff Duty Amount", "Country of Origin Code",
      "Reconciliation Indicator", "Liquidation Status", "Liquidation Date", "Protest Number",
      "Protest Status", "Reconciliation Entry Filed", "Drawback Indicator",
      "AD/CVD Liquidation Instructions", "Entry Summary Status", "Filed In ACE", "CIT Plaintiff"};

  static final String[] COMMODITIES = {"8471300100", "3923900080", "6109100012",
      "9403600081", "8517620090", "7318158069", "6402993165", "8708295160"};
  static final String[] COUNTRIES = {"CN", "VN", "MX", "DE", "IN", "JP"};
  static final String[] PORTS = {"2704", "1001", "5301", "3901", "1303", "2809"};

  private Es003Files() {}

  /**
   * Writes an ES-003 file of exactly {@code rows} data rows (the last entry may be cut short).
   *
   * @param file  the file, replaced
   * @param rows  the number of data rows, at least 1
   * @param seed  the seed
   * @return the number of entries written
   * @throws UncheckedIOException if the file cannot be written
   */
  public static long write(Path file, long rows, long seed) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, but was: " + rows);
    }
    SplittableRandom random = new SplittableRandom(seed);
    Portfolios mix = Portfolios.standard();
    long written = 0;
    long entries = 0;
    String[] cells = new String[HEADER.length];
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(file)) {
      csv.writeRecord(HEADER);
      while (written < rows) {
        Entry entry = mix.next(random, AS_OF);
        String number = entry.validEntryNumber() != null ? numbered(entries)
            : entry.entryNumberText();
        entries++;
        fillEntry(cells, entry, number);
        int line = 0;
        for (DutyLine duty : entry.dutyLines()) {
          if (written == rows) {
            break;
          }
          fillLine(cells, random, ++line, duty.hts().digits(), duty.duty());
          csv.writeRecord(cells);
          written++;
        }
        int extra = random.nextInt(7);
        for (int i = 0; i < extra && written < rows; i++) {
          fillLine(cells, random, ++line, COMMODITIES[random.nextInt(COMMODITIES.length)],
              BigDecimal.valueOf(random.nextInt(500_000), 2));
          csv.writeRecord(cells);
          written++;
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return entries;
  }

  /** The i-th numbered entry number: {@code EXA0000000} + check digit, and so on. */
  static String numbered(long i) {
    String serial = Long.toString(i % 10_000_000L);
    String base = "EX" + (char) ('A' + (int) (i / 10_000_000L) % 26)
        + "0000000".substring(serial.length()) + serial;
    return base + EntryNumber.checkDigit(base);
  }

  static void fillEntry(String[] cells, Entry entry, String number) {
    cells[0] = number;
    EntryType type = entry.entryType();
    cells[2] = type == null ? "" : type.code();
    ImporterNumber importer = entry.importerNumber();
    cells[3] = importer == null ? "" : importer.value();
    String importerName = entry.importerName();
    cells[4] = importerName == null ? "Example Imports LLC" : importerName;
    cells[5] = PORTS[Math.floorMod(number.hashCode(), PORTS.length)];
    cells[6] = date(entry.entryDate());
    cells[7] = date(entry.entrySummaryDate());
    cells[13] = flag(entry.reconciliationFlagged());
    String statusText = entry.liquidationStatusText();
    LiquidationStatus status = entry.liquidationStatus();
    cells[14] = statusText != null ? statusText : status != null ? status.name() : "";
    cells[15] = date(entry.liquidationDate());
    cells[16] = "";
    String protestText = entry.protestStatusText();
    cells[17] = protestText != null ? protestText : entry.protestStatus().name();
    cells[18] = flag(entry.reconciliationEntryFiled());
    cells[19] = flag(entry.drawbackDesignated());
    cells[20] = flag(entry.adCvdLiquidationInstructions());
    cells[21] = entry.entrySummaryStatus().name();
    cells[22] = flag(entry.filedInAce());
    cells[23] = flag(entry.citPlaintiff());
  }

  private static void fillLine(String[] cells, SplittableRandom random, int line, String hts,
      BigDecimal duty) {
    cells[1] = Integer.toString(line);
    cells[8] = hts;
    cells[9] = "1";
    cells[10] = money(BigDecimal.valueOf(random.nextInt(10_000_000), 2));
    cells[11] = money(duty);
    cells[12] = COUNTRIES[random.nextInt(COUNTRIES.length)];
  }

  static String flag(boolean value) {
    return value ? "Y" : "N";
  }

  static String date(@Nullable LocalDate date) {
    if (date == null) {
      return "";
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    return (month < 10 ? "0" : "") + month + "/" + (day < 10 ? "0" : "") + day + "/"
        + date.getYear();
  }

  /** ACE's money: {@code $1,234.56}, negatives in parentheses {@code (12.00)}. */
  static String money(BigDecimal amount) {
    String plain = amount.abs().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    int dot = plain.indexOf('.');
    StringBuilder out = new StringBuilder(plain.length() + 6);
    for (int i = 0; i < dot; i++) {
      if (i > 0 && (dot - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    out.append(plain, dot, plain.length());
    return amount.signum() < 0 ? "(" + out + ")" : "$" + out;
  }

  /**
   * Writes a file: {@code Es003Files FILE ROWS [SEED]}; prints the rows and entries written.
   *
   * @param args  the file, the number of rows and optionally the seed (default {@link #SEED})
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: Es003Files FILE ROWS [SEED]");
    }
    Path file = Path.of(args[0]);
    long rows = Long.parseLong(args[1].replace("_", ""));
    long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    long entries = write(file, rows, seed);
    System.out.printf(Locale.ROOT, "%s: %d rows, %d entries, seed %d%n", file, rows, entries,
        seed);
  }
}
