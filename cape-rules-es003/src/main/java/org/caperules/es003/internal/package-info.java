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
 * The parts of the ES-003 intake; not an API (the package is not exported).
 *
 * <p>{@link org.caperules.es003.internal.Assembly} runs one read: {@code RowTexts} turns a row of
 * cells into texts ({@code TypedCells} for a workbook's typed cells); {@code Table} finds the
 * header row ({@code Es003Header}) below title rows, and {@code TableNotes} gives the notices
 * about tables; {@code RowShapes} tells footer rows and
 * "hide duplicates" continuation rows; {@code RowValues} and {@code EntryField} read the
 * entry-level cells, {@code DutyLines} the duty line, both through {@code CellValues} (the one
 * home of every value parser and its fast path; {@code PrintedCodes}: entry types and importer
 * numbers as printed); {@code EntryDraft} holds what is known of one
 * entry and {@code EntryConflicts} checks a row against it ({@code LineKeys}: repeated rows);
 * {@code EntryStore} keeps the drafts, as {@code CollectedEntries} (the whole read) or {@code
 * StreamingHandOff} (one entry at a time); {@code RowSpill} files the rows of a partitioned
 * read by entry number in temporary files and replays them ({@code SpillRecords}: its record
 * encoding); {@code RowPlace} says where a value came from; {@code
 * SpreadsheetDamage} reports cells a spreadsheet broke; {@code EntryTexts} is a compact set of
 * entry number texts; {@code Texts} quotes values in messages.
 */
@NullMarked
package org.caperules.es003.internal;

import org.jspecify.annotations.NullMarked;
