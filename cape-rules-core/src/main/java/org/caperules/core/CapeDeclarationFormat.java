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
package org.caperules.core;

/**
 * The format of a CAPE declaration file: the one-column CSV of entry numbers that an importer or
 * broker uploads in the ACE Portal's CAPE tab to declare entries for an IEEPA refund (CSMS
 * #68340863; CBP's CAPE user guide and quick reference guide). The readers and writers of
 * declaration files take every fact about the format from here.
 *
 * <ul>
 *   <li>one column, headed {@value #HEADER} (line 1; CAPE rejects a file whose "Header title row"
 *       is missing);
 *   <li>then one entry number per line, {@value EntryNumber#LENGTH} characters, with no duplicate
 *       and no blank line;
 *   <li>at most {@value #MAX_ENTRIES} entry numbers: "Each individual CAPE Declaration is limited
 *       to 9,999 entries" (CSMS #68340863; the OMB supporting statement of the collection says
 *       the same). One vendor says 10,000, probably counting the header row; 9,999 is the safe
 *       reading;
 *   <li>smaller than {@value #MAX_FILE_BYTES} bytes: "The file is under 1 MB" (CBP's quick
 *       reference guide as quoted by capeportalguide). CBP does not say whether 1 MB is 10^6 or
 *       2^20 bytes; the smaller is used;
 *   <li>a {@value #FILE_EXTENSION} file ("Not a CSV file" otherwise), saved as Excel's "CSV
 *       (Comma delimited)", whose lines end in CRLF ({@link #LINE_SEPARATOR}); whether CAPE
 *       accepts LF line ends or a byte order mark is UNCERTAIN, so none is written.
 * </ul>
 *
 * <p>Example: a declaration of {@code ABC12345676} and {@code MYK28102637} is the 40 bytes
 * {@code "Entry Number\r\nABC12345676\r\nMYK28102637\r\n"}; a full declaration of 9,999 entries
 * is 14 + 9,999 &times; 13 = 130,001 bytes, well under the size limit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeDeclarationFormat {

  /** The header of the single column, line 1 of every declaration file. */
  public static final String HEADER = "Entry Number";

  /** The most entry numbers one declaration may hold (CSMS #68340863). */
  public static final int MAX_ENTRIES = 9_999;

  /** A declaration file must be smaller than this many bytes ("under 1 MB"). */
  public static final long MAX_FILE_BYTES = 1_000_000L;

  /** The file name extension CAPE accepts, lower case. */
  public static final String FILE_EXTENSION = ".csv";

  /** The line separator a declaration file is written with: CRLF, as Excel writes CSV. */
  public static final String LINE_SEPARATOR = "\r\n";

  private CapeDeclarationFormat() {}
}
