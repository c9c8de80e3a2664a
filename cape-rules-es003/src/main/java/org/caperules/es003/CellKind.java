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
package org.caperules.es003;

/**
 * What a cell of an input file holds, as its format says: a CSV file has only {@link #TEXT}; a
 * workbook types its cells. The intake reads a cell by its kind, so that a binary double or a
 * typed date is handled as what it is (docs/formats.md#xlsx).
 *
 * <p>Example: the workbook number cell {@code 13156.659999999999} in {@code Line Tariff Duty
 * Amount} is a {@link #NUMBER}, read at the shortest decimal that gives the same double, {@code
 * 13156.66}; the same text in a CSV file is {@link #TEXT} and keeps every digit.
 */
public enum CellKind {
  /** Text as written: every CSV cell, a workbook's string cells. */
  TEXT,
  /** A workbook number, its text the plain decimal of the stored double ({@code 1234.5}). */
  NUMBER,
  /** A workbook number formatted as a date, its text the ISO date ({@code 2025-04-08}). */
  DATE,
  /** A workbook TRUE/FALSE cell, its text {@code TRUE} or {@code FALSE}. */
  BOOLEAN,
  /**
   * A workbook error cell ({@code #N/A}, {@code #VALUE!}), its text the error; or a cell the
   * reader could not read (a shared-string index past the table, a formula saved without its
   * value), its text a sentence saying why, which the intake reports as that cell's problem.
   */
  ERROR
}
