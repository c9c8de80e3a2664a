package org.caperules.csv;

/**
 * Entry point of the CSV module: the ES-003 reader and screening report writer builders. The
 * CAPE declaration file's header and limits are in
 * {@link org.caperules.core.CapeDeclarationFormat}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeCsv {

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
