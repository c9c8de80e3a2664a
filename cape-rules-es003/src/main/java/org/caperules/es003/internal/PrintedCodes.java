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
package org.caperules.es003.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caperules.core.EntryType;
import org.caperules.core.ImporterNumber;

/**
 * The parsers of the codes brokers and spreadsheets print in their own ways: the entry type
 * ({@code 1.0}, {@code 01 - Consumption}) and the importer number ({@code 123456789-00}). Each
 * reads only what the printed form says for certain: it never adds or drops an importer number's
 * suffix, and refuses a form that could mean two things.
 *
 * <p>Example: {@code parseEntryType("01 - Consumption")} is type 01; {@code
 * parseImporterNumber("12345678900")} is {@code 12-345678900}; {@code
 * parseImporterNumber("123456789")} throws, since it may be an EIN without its suffix or an SSN.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PrintedCodes {

  /** An entry type code: 1 or 2 digits, a decimal point and zeros, or a description after it. */
  private static final Pattern ENTRY_TYPE =
      Pattern.compile("(\\d{1,2})(?:\\.0+)?(?:\\s*-\\s*\\p{L}.*)?");

  /** The punctuation brokers print in importer numbers: hyphens, dashes, spaces, dots, slashes. */
  private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\u00A0./\\-\\u2010-\\u2015]");

  private PrintedCodes() {}

  /**
   * Parses an entry type code as ACE, Excel and brokers' tools print it: {@code 01}, {@code 1},
   * {@code 1.0} (a number cell saved by Excel) and {@code 01 - Consumption} (the code with its
   * description) are all type 01.
   *
   * @param text  the cell text
   * @return the entry type
   * @throws IllegalArgumentException if the code is not a known entry type; the message quotes
   *     the text
   */
  static EntryType parseEntryType(String text) {
    String value = text.strip();
    Matcher matcher = ENTRY_TYPE.matcher(value);
    if (!matcher.matches()) {
      return EntryType.parse(value);  // its message quotes the text
    }
    String code = matcher.group(1);
    try {
      return EntryType.parse(code);
    } catch (IllegalArgumentException ex) {
      if (code.equals(value)) {
        throw ex;
      }
      throw new IllegalArgumentException(ex.getMessage() + " (read from "
          + Texts.quote(value) + ")", ex);
    }
  }

  /**
   * Parses an importer number as brokers print it, by punctuation only: {@code 12-3456789-00},
   * {@code 123456789-00} and {@code 12345678900} are the IRS number {@code 12-345678900}; {@code
   * 12-3456789} (no suffix) is another importer number, since each suffix is its own importer of
   * record in ACE; the SSN and CBP-assigned forms as {@link ImporterNumber#parse(CharSequence)}
   * reads them. A suffix is never added or dropped. A bare 9-digit number is ambiguous (an EIN
   * without its suffix, or an SSN) and is not read.
   *
   * @param text  the cell text
   * @return the importer number
   * @throws IllegalArgumentException if the text is no importer number or is ambiguous; the
   *     message quotes it masked, as an SSN may be in it
   */
  static ImporterNumber parseImporterNumber(String text) {
    String value = text.strip();
    Optional<ImporterNumber> plain = ImporterNumber.tryParse(value);
    if (plain.isPresent()) {
      return plain.get();
    }
    String compact = PUNCTUATION.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    if (compact.length() == 11 && isDigits(compact, 0, 9)) {
      return ImporterNumber.parse(compact.substring(0, 2) + "-" + compact.substring(2));
    }
    String shown = ImporterNumber.maskUnparsed(value);
    if (compact.length() == 9 && isDigits(compact, 0, 9)) {
      throw new IllegalArgumentException("Importer number " + Texts.quote(shown) + " is 9"
          + " digits without hyphens: an EIN without its suffix or an SSN; write it as"
          + " NN-NNNNNNN-XX (EIN with suffix) or NNN-NN-NNNN (SSN)");
    }
    throw new IllegalArgumentException("Importer number must be NN-NNNNNNN with an optional"
        + " 2-character suffix (IRS), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned), but"
        + " was: " + Texts.quote(shown));
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
