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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.testkit.Portfolios;

/**
 * The three inputs of the cold whole-process benchmark ({@code bench/cold.sh}): ES-003 exports in
 * the shape of a real broker's file of 815,290 rows, 250,000 entries and 19,500 importers, 23
 * columns, with the values as users' files carry them:
 *
 * <ul>
 *   <li>{@code grouped.csv}: rows sorted by entry, the entries' importers drawn from
 *       {@value #FEW_IMPORTERS} importers;
 *   <li>{@code many-importers.csv}: the same entries and rows, importers drawn from
 *       {@value #IMPORTERS};
 *   <li>{@code apart.csv}: the rows of {@code many-importers.csv} in a seeded random order, so
 *       the rows of an entry are not adjacent.
 * </ul>
 *
 * <p>Entries come from the testkit's {@linkplain Portfolios#standard() standard mix} (every
 * verdict and reason); each gets its duty lines, and the remaining rows are spread over the
 * entries at random as extra commodity rows (about 3.3 rows per entry; where the duty lines
 * alone exceed the rows, as at 815,290 rows, some entries lose their last lines). Per entry,
 * the entry number is written canonical ({@code EXA00000016}), hyphenated ({@code EXA-0000001-6}) or
 * lower case and padded ({@code " exa-0000001-6 "}); statuses and indicators in upper, title
 * or lower case; per row, the HTS number with or without dots ({@code 8471.30.0100}), amounts
 * as ACE writes them ({@code $1,234.56}, {@code (12.00)}), plain ({@code 1234.56}) or padded;
 * the header names in mixed case ({@code hts number - full}). The intake reads all of these.
 *
 * <p>The files are a pure function of the seed and the scale: {@code java -cp benchmarks.jar
 * org.caperules.benchmarks.ShapedInputs DIR [DIVISOR [SEED]]} writes the three files into DIR,
 * with rows, entries and importers divided by DIVISOR (default 1; {@code QUICK=1 bench/run.sh}
 * uses 5), and prints one line per file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShapedInputs {

  /** The data rows of the full-size inputs. */
  public static final long ROWS = 815_290L;
  /** The entries of the full-size inputs. */
  public static final int ENTRIES = 250_000;
  /** The importers of {@code many-importers.csv} and {@code apart.csv} at full size. */
  public static final int IMPORTERS = 19_500;
  /** The importers of {@code grouped.csv}. */
  public static final int FEW_IMPORTERS = 20;

  /** Index of "Protest Number" in {@link Es003Files#HEADER}: left out, for 23 columns. */
  private static final int LEFT_OUT = 16;
  private static final int HTS = 8;
  private static final String[] NAMES = {"Northwind Trading", "Acme Imports", "Blue Harbor Supply",
      "Pacific Rim Goods", "Great Lakes Distribution"};

  private ShapedInputs() {}

  /**
   * Writes the rows of {@code entries} entries drawn with {@code seed}, {@code rows} rows in all,
   * the importers drawn from {@code importers}, as CSV lines (CRLF, no header) in entry order.
   *
   * @param rows  the data rows, at least the entries' duty lines
   * @param entries  the entries
   * @param importers  the importers
   * @param seed  the seed
   * @return the lines, each with its CRLF
   */
  static List<String> lines(long rows, int entries, int importers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Portfolios mix = Portfolios.standard();
    List<Entry> drawn = new ArrayList<>(entries);
    long dutyLines = 0;
    for (int i = 0; i < entries; i++) {
      Entry entry = mix.next(random, Es003Files.AS_OF);
      drawn.add(entry);
      dutyLines += entry.dutyLines().size();
    }
    // Rows per entry: its duty lines, then the rows left spread at random as commodity rows;
    // where the duty lines alone are more than the rows, the last lines of random entries of
    // two or more lines are left out.
    int[] count = new int[entries];
    for (int i = 0; i < entries; i++) {
      count[i] = drawn.get(i).dutyLines().size();
    }
    for (long over = dutyLines - rows; over > 0; ) {
      int i = random.nextInt(entries);
      if (count[i] > 1) {
        count[i]--;
        over--;
      }
    }
    int[] extra = new int[entries];
    for (long i = dutyLines; i < rows; i++) {
      extra[random.nextInt(entries)]++;
    }
    SplittableRandom importerDraw = random.split();
    List<String> out = new ArrayList<>((int) rows);
    String[] cells = new String[Es003Files.HEADER.length];
    StringBuilder line = new StringBuilder(256);
    for (int i = 0; i < entries; i++) {
      Entry entry = drawn.get(i);
      boolean valid = entry.validEntryNumber() != null;
      String number = valid ? Es003Files.numbered(i) : entry.entryNumberText();
      Es003Files.fillEntry(cells, entry, number);
      messEntry(cells, random, valid, entry.importerNumber() != null,
          importerDraw.nextInt(importers));
      int lineNumber = 0;
      for (DutyLine duty : entry.dutyLines().subList(0, count[i])) {
        fillLine(cells, random, ++lineNumber, duty.hts().digits(), duty.duty());
        out.add(csv(line, cells));
      }
      for (int e = 0; e < extra[i]; e++) {
        fillLine(cells, random, ++lineNumber,
            Es003Files.COMMODITIES[random.nextInt(Es003Files.COMMODITIES.length)],
            BigDecimal.valueOf(random.nextInt(500_000), 2));
        out.add(csv(line, cells));
      }
    }
    return out;
  }

  /** The entry-level cells as users' files carry them, one form per entry. */
  private static void messEntry(String[] cells, SplittableRandom random, boolean validNumber,
      boolean hasImporter, int importer) {
    int form = random.nextInt(3);
    if (validNumber && form > 0) {
      String n = cells[0];
      String dashed = n.substring(0, 3) + "-" + n.substring(3, 10) + "-" + n.substring(10);
      cells[0] = form == 1 ? dashed : " " + dashed.toLowerCase(Locale.ROOT) + " ";
    }
    if (hasImporter) {
      cells[3] = importerNumber(importer);
      cells[4] = NAMES[importer % NAMES.length] + " " + importer
          + (importer % 3 == 0 ? " llc " : " LLC");
    }
    int casing = random.nextInt(3);
    for (int c : new int[] {14, 17, 21}) {
      cells[c] = cased(cells[c], casing);
    }
    for (int c : new int[] {13, 18, 19, 20, 22, 23}) {
      cells[c] = casing == 2 ? cells[c].toLowerCase(Locale.ROOT) : cells[c];
    }
    if (casing == 1) {
      cells[6] = " " + cells[6];
      cells[15] = cells[15] + " ";
    }
  }

  /** The importer's number: IRS form with a suffix, one in 50 in SSN form. */
  static String importerNumber(int importer) {
    if (importer % 50 == 7) {
      return String.format(Locale.ROOT, "%03d-%02d-%04d", 101 + importer / 50 % 600,
          11 + importer % 88, 1000 + importer % 9000);
    }
    return String.format(Locale.ROOT, "%02d-%07d%02d", 20 + importer % 70, importer,
        importer % 100);
  }

  private static String cased(String value, int casing) {
    if (casing == 0 || value.isEmpty()) {
      return value;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    return casing == 2 ? lower
        : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static void fillLine(String[] cells, SplittableRandom random, int line, String hts,
      BigDecimal duty) {
    cells[1] = Integer.toString(line);
    int form = random.nextInt(4);
    cells[HTS] = form == 0 ? hts.substring(0, 4) + "." + hts.substring(4, 6) + "."
        + hts.substring(6) : hts;
    cells[9] = "1";
    String value = Es003Files.money(BigDecimal.valueOf(random.nextInt(10_000_000), 2));
    String dutyText = Es003Files.money(duty);
    if (form == 1) {
      dutyText = duty.toPlainString();
    } else if (form == 2) {
      dutyText = " " + dutyText + " ";
      value = value + " ";
    }
    cells[10] = value;
    cells[11] = dutyText;
    cells[12] = Es003Files.COUNTRIES[random.nextInt(Es003Files.COUNTRIES.length)];
  }

  /** One CSV line of the cells but {@link #LEFT_OUT}, quoted where needed, with CRLF. */
  private static String csv(StringBuilder line, String[] cells) {
    line.setLength(0);
    for (int c = 0; c < cells.length; c++) {
      if (c == LEFT_OUT) {
        continue;
      }
      if (line.length() > 0) {
        line.append(',');
      }
      String cell = cells[c];
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.append("\r\n").toString();
  }

  /** The header, names in mixed case as a user's spreadsheet may leave them. */
  private static String[] header() {
    String[] header = Es003Files.HEADER.clone();
    header[HTS] = header[HTS].toLowerCase(Locale.ROOT);
    header[0] = header[0].toUpperCase(Locale.ROOT);
    return header;
  }

  /**
   * Writes the three inputs.
   *
   * @param dir  the directory, created if missing
   * @param divisor  rows, entries and importers are divided by it (1: full size)
   * @param seed  the seed
   * @return one line per file: name, rows, entries, importers, bytes
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<String> write(Path dir, int divisor, long seed) {
    long rows = ROWS / divisor;
    int entries = ENTRIES / divisor;
    int many = IMPORTERS / divisor;
    List<String> done = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      StringBuilder header = new StringBuilder();
      String head = csv(header, header());
      done.add(write(dir.resolve("grouped.csv"), head,
          lines(rows, entries, FEW_IMPORTERS, seed), entries, FEW_IMPORTERS));
      List<String> lines = lines(rows, entries, many, seed);
      done.add(write(dir.resolve("many-importers.csv"), head, lines, entries, many));
      SplittableRandom shuffle = new SplittableRandom(seed + 1);
      for (int i = lines.size() - 1; i > 0; i--) {
        int j = shuffle.nextInt(i + 1);
        lines.set(i, lines.set(j, lines.get(i)));
      }
      done.add(write(dir.resolve("apart.csv"), head, lines, entries, many));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return done;
  }

  private static String write(Path file, String header, List<String> lines, int entries,
      int importers) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        1 << 16)) {
      out.write(header);
      for (String line : lines) {
        out.write(line);
      }
    }
    return String.format(Locale.ROOT, "%s %d rows %d entries %d importers %d bytes",
        file.getFileName(), lines.size(), entries, importers, Files.size(file));
  }

  /**
   * Writes the three inputs: {@code ShapedInputs DIR [DIVISOR [SEED]]}.
   *
   * @param args  the directory, optionally the divisor (default 1) and the seed (default {@link
   *     Es003Files#SEED})
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: ShapedInputs DIR [DIVISOR [SEED]]");
    }
    int divisor = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : Es003Files.SEED;
    for (String line : write(Path.of(args[0]), divisor, seed)) {
      System.out.println(line);
    }
  }
}
