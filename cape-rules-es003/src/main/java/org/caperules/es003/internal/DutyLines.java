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

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.caperules.core.DutyLine;
import org.caperules.core.HtsNumber;

/**
 * Makes the duty lines of an ES-003 read, one per row: the row's HTS number ({@code HTS Number -
 * Full}) and duty ({@code Line Tariff Duty Amount}). HTS numbers repeat across millions of rows,
 * so each distinct cell text is parsed once and entries share one {@link HtsNumber} per number
 * however it was written ({@code 9903.01.25} and {@code 99030125}); a zero duty line (a Chapter
 * 99 line, a duty-free line) is shared too. Up to {@value #POOL_LIMIT} of each are pooled (HTSUS
 * has about 20,000 10-digit numbers); past that, values are made afresh.
 *
 * <p>Example: the cells {@code 9903.01.25} and {@code 99030125} give the same {@link HtsNumber}
 * instance; two rows of HTS {@code 9903.01.25} with duty {@code 0.00} give the same {@link
 * DutyLine} instance ({@code 0} is read as {@code 0.00}: every amount has cents).
 *
 * <p>Not thread-safe: one per read.
 */
final class DutyLines {

  /** The most distinct HTS texts, and zero duty lines, pooled. */
  static final int POOL_LIMIT = 100_000;

  /** The HTS numbers read so far, by cell text, so that duty lines share them. */
  private final Map<String, HtsNumber> htsNumbers = new HashMap<>();
  /** The HTS numbers of {@link #htsNumbers} by their digits, so texts written differently share. */
  private final Map<HtsNumber, HtsNumber> htsByDigits = new HashMap<>();
  /** Duty lines of a zero amount, by HTS number and amount scale. */
  private final Map<DutyLine, DutyLine> zeroDutyLines = new HashMap<>();

  /**
   * Returns the HTS number of a cell, shared with earlier rows of the same number.
   *
   * @throws IllegalArgumentException if the cell is not an HTS number; the message quotes it
   */
  HtsNumber hts(String cell) {
    HtsNumber hts = htsNumbers.get(cell);
    if (hts == null) {
      HtsNumber parsed = HtsNumber.parse(cell);
      hts = htsByDigits.getOrDefault(parsed, parsed);
      if (htsNumbers.size() < POOL_LIMIT) {
        htsNumbers.put(cell, hts);
        htsByDigits.putIfAbsent(hts, hts);
      }
    }
    return hts;
  }

  /**
   * The duty line of a row: a shared one for a zero amount (equal HTS number and scale, so
   * {@code 0.00} and {@code 0} stay distinct), a new one otherwise.
   */
  DutyLine of(HtsNumber hts, BigDecimal duty) {
    DutyLine line = DutyLine.of(hts, duty);
    if (duty.signum() != 0) {
      return line;
    }
    DutyLine shared = zeroDutyLines.get(line);
    if (shared != null) {
      return shared;
    }
    if (zeroDutyLines.size() < POOL_LIMIT) {
      zeroDutyLines.put(line, line);
    }
    return line;
  }
}
