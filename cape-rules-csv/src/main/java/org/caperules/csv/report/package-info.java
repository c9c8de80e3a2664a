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
 * The CSV files a screening writes: CRLF, UTF-8 without a byte order mark, every cell
 * spreadsheet-safe, each file written atomically and as a stream.
 *
 * <p>{@link org.caperules.csv.report.ScreeningReportWriter}: the screening report, one row per
 * assessment (verdict, reasons, deadlines, IEEPA duty, next action) with the refund forecast
 * columns unless left out; SSN importer numbers masked by default.
 *
 * <p>{@link org.caperules.csv.report.ProblemsWriter}: the problems file of a read, one row per
 * problem ({@code File, Line, Column, Value, Message}).
 *
 * <p>{@link org.caperules.csv.report.PaymentsWriter}: {@code payments.csv}, the expected refund
 * payments consolidated by payee and liquidation date.
 */
@NullMarked
package org.caperules.csv.report;

import org.jspecify.annotations.NullMarked;
