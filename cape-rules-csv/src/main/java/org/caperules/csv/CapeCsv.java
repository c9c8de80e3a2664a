package org.caperules.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.caperules.csv.declaration.DeclarationValidator;
import org.caperules.csv.declaration.DeclarationWriter;
import org.caperules.csv.es003.Es003Reader;
import org.caperules.csv.internal.CsvOutput;
import org.caperules.csv.report.ScreeningReportWriter;

/**
 * Entry point and shared constants of the CSV module: the ES-003 reader and screening report
 * writer builders, a CSV writer for tables of the caller's own, and the CAPE declaration file's
 * header and limits, used by both {@link DeclarationWriter} and {@link DeclarationValidator}.
 *
 * <p>Example: {@code CapeCsv.es003Reader().read(Path.of("ES-003.csv"))} reads an export; {@code
 * CapeCsv.writeCsv(Path.of("out/diff.csv"), List.of("Entry Number", "Note"),
 * List.of(List.of("ABC12345676", "=1+2")))} writes {@code Entry Number,Note\r\n
 * ABC12345676,'=1+2\r\n}, atomically.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeCsv {

  /**
   * The header of the single column of a CAPE declaration file: cell A1 of CBP's template
   * {@code ACEP_CapeEntryNumberUploadTemplate}.
   */
  public static final String DECLARATION_HEADER = "Entry Number";

  /**
   * The most entry numbers one CAPE declaration may hold: 9,999. Source: OMB ICR supporting
   * statement ("there is a limit of 9,999 entries per Declaration") and the CSMS of 13 April 2026
   * ("Each individual CAPE Declaration is limited to 9,999 entries"). One vendor says 10,000,
   * probably counting the header row; 9,999 is the safe reading.
   */
  public static final int MAX_ENTRIES_PER_DECLARATION = 9_999;

  /**
   * A declaration file must be smaller than this many bytes: "The file is under 1 MB" (CBP QRG
   * as quoted by capeportalguide). CBP does not say whether 1 MB is 10^6 or 2^20 bytes; the
   * smaller, 1,000,000, is used. A full file of 9,999 entries is 14 + 9,999 &times; 13 = 130,001
   * bytes.
   */
  public static final long MAX_DECLARATION_BYTES = 1_000_000L;

  private CapeCsv() {}

  /**
   * Starts an ES-003 reader (FastCSV's builder shape): {@code
   * CapeCsv.es003Reader().read(Path.of("ES-003.csv"))}. Same as {@link Es003Reader#builder()}.
   *
   * @return the reader's builder, with the defaults
   */
  public static Es003Reader.Builder es003Reader() {
    return Es003Reader.builder();
  }

  /**
   * Starts a screening report writer: {@code CapeCsv.screeningReportWriter().build().write(path,
   * assessments)}. Same as {@link ScreeningReportWriter#builder()}.
   *
   * @return the writer's builder, with the defaults
   */
  public static ScreeningReportWriter.Builder screeningReportWriter() {
    return ScreeningReportWriter.builder();
  }

  /**
   * Writes a CSV file as the library's own reports are written: FastCSV (a cell holding a comma,
   * a quote or a line break is quoted), lines ending in CRLF, UTF-8 without a byte order mark,
   * every cell made spreadsheet-safe (a cell a spreadsheet would run as a formula, such as {@code
   * =1+2} or {@code @SUM(A1)}, gets a leading apostrophe; a plain number such as {@code -12.00}
   * stays), replacing {@code file} atomically (a temporary file beside it, then a move) and taking
   * the rows one at a time.
   *
   * @param file  the file to write; its directory is created if missing
   * @param header  the header cells
   * @param rows  the rows, each a list of cells, iterated once
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the file cannot be written; the target is then untouched
   */
  public static long writeCsv(Path file, List<String> header,
      Iterable<? extends List<String>> rows) {
    Objects.requireNonNull(file, "file");
    return CsvOutput.write(file, "CSV file", header, rows, Function.identity());
  }

  /**
   * Writes CSV text to a writer (for example standard output) as {@link #writeCsv(Path, List,
   * Iterable)} writes a file: FastCSV quoting, CRLF, every cell spreadsheet-safe. The writer is
   * flushed, not closed.
   *
   * @param out  where the text goes
   * @param header  the header cells
   * @param rows  the rows, each a list of cells, iterated once
   * @return the number of rows written after the header
   * @throws UncheckedIOException if the writer fails
   */
  public static long writeCsv(Writer out, List<String> header,
      Iterable<? extends List<String>> rows) {
    try {
      return CsvOutput.write(out, header, rows, Function.identity());
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write CSV text: " + ex.getMessage(), ex);
    }
  }
}
