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
 * The internals of the CSV module; not an API.
 *
 * <p>{@link org.caperules.csv.internal.Es003CsvInput}: feeds a CSV file to the ES-003 intake of
 * {@code cape-rules-es003}, which owns the ES-003 rules.
 *
 * <p>{@link org.caperules.csv.internal.CsvRecords}: reads CSV records with FastCSV and goes on
 * after a record it cannot read. {@link org.caperules.csv.internal.CsvOutput}: writes the
 * library's CSV files, every cell through {@code SpreadsheetSafe}. {@link
 * org.caperules.csv.internal.AtomicFiles}: the one atomic file write (a temporary file beside the
 * target, forced, moved over it). {@link org.caperules.csv.internal.Texts}: quoting and cutting
 * values in messages.
 */
@NullMarked
package org.caperules.csv.internal;

import org.jspecify.annotations.NullMarked;
