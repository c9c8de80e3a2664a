package org.caperules.csv;

/**
 * Entry point and shared constants of the CSV module: the ES-003 reader and screening report
 * writer builders, and the CAPE declaration file's header and limits (ace-formats.md §9), used by
 * both {@link DeclarationWriter} and {@link DeclarationValidator}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeCsv {

  /** The header of the single column of a CAPE declaration file (ace-formats.md §9). */
  public static final String DECLARATION_HEADER = "Entry Number";

  /**
   * The most entry numbers one CAPE declaration may hold: 9,999. Source: OMB ICR supporting
   * statement ("there is a limit of 9,999 entries per Declaration") and the CSMS of 13 April 2026
   * ("Each individual CAPE Declaration is limited to 9,999 entries"), ace-formats.md §9 and
   * cape-domain.md §4.2. One vendor says 10,000, probably counting the header row; 9,999 is the
   * safe reading.
   */
  public static final int MAX_ENTRIES_PER_DECLARATION = 9_999;

  /**
   * A declaration file must be smaller than this many bytes: "The file is under 1 MB" (CBP QRG
   * as quoted by capeportalguide, ace-formats.md §9). CBP does not say whether 1 MB is 10^6 or
   * 2^20 bytes; the smaller, 1,000,000, is used. A full file of 9,999 entries is 14 + 9,999
   * &times; 13 = 130,001 bytes.
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
}
