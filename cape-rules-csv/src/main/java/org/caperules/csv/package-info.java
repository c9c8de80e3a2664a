/**
 * CSV input and output for CAPE: ES-003 exports in, declarations and reports out (FastCSV).
 *
 * <ul>
 *   <li>{@link org.caperules.csv.CapeCsv}: the entry point (reader and report writer builders),
 *       the declaration header and CAPE's file limits (9,999 entries, under 1 MB).
 *   <li>{@link org.caperules.csv.RowProblem}: one problem in a file, with file, line, column,
 *       value and message.
 *   <li>{@link org.caperules.csv.ReadResult}: what a reader got: values, problems and an account
 *       of every row.
 *   <li>{@link org.caperules.csv.CapeCsvException}: a file that cannot be used at all.
 *   <li>{@link org.caperules.csv.Es003Values}: parsing of ES-003 cells: dates, money, Y/N
 *       indicators.
 *   <li>{@link org.caperules.csv.Es003Column}: every ES-003 column with its exact header, kind
 *       and aliases.
 *   <li>{@link org.caperules.csv.Es003Header}: finds the ES-003 columns in a header row.
 *   <li>{@link org.caperules.csv.Es003Assembler}: turns ES-003 rows of any file format into
 *       entries and problems, accounting for every row.
 *   <li>{@link org.caperules.csv.Es003Reader}: reads ES-003 CSV exports, one file or several
 *       merged.
 *   <li>{@link org.caperules.csv.StreamResult}: what a streaming read got: the number of values
 *       handed on, problems and an account of every row.
 *   <li>{@link org.caperules.csv.EntriesNotGroupedException}: a streaming read met a row of an
 *       entry whose rows had already ended.
 *   <li>{@link org.caperules.csv.ReadAhead}: runs a streaming read on its own thread and hands
 *       its values over as an iterator.
 *   <li>{@link org.caperules.csv.PaymentsWriter}: writes {@code payments.csv}, the expected
 *       refund payments consolidated by payee and liquidation date.
 *   <li>{@link org.caperules.csv.DeclarationWriter}: writes CAPE declaration files, atomically,
 *       by importer, 9,999 per file.
 *   <li>{@link org.caperules.csv.DeclarationEntry}: an entry to declare, with its importer.
 *   <li>{@link org.caperules.csv.DeclarationFile}: a declaration file written, with its count.
 *   <li>{@link org.caperules.csv.DeclarationValidator}: the pre-flight check of a declaration
 *       file.
 *   <li>{@link org.caperules.csv.DeclarationReport}: the errors and warnings of that check.
 *   <li>{@link org.caperules.csv.SpreadsheetSafe}: neutralises cells a spreadsheet would run as
 *       formulas.
 *   <li>{@link org.caperules.csv.ScreeningReportWriter}: writes the screening report, one row per
 *       assessment, atomically and as a stream.
 *   <li>{@link org.caperules.csv.ProblemsWriter}: writes the problems file of a read.
 *   <li>{@link org.caperules.csv.CapeResultReader}: reads CAPE's validation result or claim
 *       details file.
 *   <li>{@link org.caperules.csv.CapeResultRow}: one row of that file.
 *   <li>{@link org.caperules.core.rule.CapeErrorMessage}: CAPE's entry-level error messages, with
 *       sources and reason codes.
 *   <li>{@link org.caperules.csv.CapeResultComparison}: which CAPE rejections the screening
 *       predicted, missed or contradicted.
 * </ul>
 */
@NullMarked
package org.caperules.csv;

import org.jspecify.annotations.NullMarked;
