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
/**
 * The internals of the CSV module; not an API. Exported only to {@code org.caperules.xlsx}, whose
 * workbook reader feeds the same ES-003 rules.
 *
 * <p>{@link org.caperules.csv.internal.Es003Assembler}: turns ES-003 rows of any file format into
 * entries, problems and row accounting, whole or streaming. It is split by role: {@code
 * EntryColumns} and {@code RowValues} (the entry-level values of a row), {@code DutyLines} (the
 * duty line of a row), {@code EntryState} (what is known of one entry), {@code EntryConflicts}
 * and {@code LineKeys} (rows that disagree with their entry or repeat a row), {@code
 * SpreadsheetDamage} (cells a spreadsheet broke), {@code StreamingHandOff} (handing entries on as
 * their rows end), {@code FastCells} (fast amounts and dates) and {@code RowPlaces} (where a
 * value came from).
 *
 * <p>{@link org.caperules.csv.internal.Es003Header}: finds the ES-003 columns in a header row.
 * {@link org.caperules.csv.internal.Es003CsvInput}: feeds a CSV file to an assembler. {@code
 * Es003Values}: the full parsers of ES-003 dates, amounts and indicators.
 *
 * <p>{@link org.caperules.csv.internal.CsvRecords}: reads CSV records with FastCSV and goes on
 * after a record it cannot read. {@link org.caperules.csv.internal.CsvOutput}: writes the
 * library's CSV files, every cell through {@code SpreadsheetSafe}. {@link
 * org.caperules.csv.internal.AtomicFiles}: the one atomic file write (a temporary file beside the
 * target, forced, moved over it). {@link org.caperules.csv.internal.Texts}: quoting and cutting
 * values in messages. {@code EntryTexts}: a compact set of entry number texts.
 */
@NullMarked
package org.caperules.csv.internal;

import org.jspecify.annotations.NullMarked;
