package org.caperules.csv;

/**
 * Entry point of the CSV module. Readers and writers are added by the cape-rules-csv issue.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeCsv {

  /** The header of the single column of a CAPE declaration file (ace-formats.md §9). */
  public static final String DECLARATION_HEADER = "Entry Number";

  private CapeCsv() {}
}
