/**
 * CSV input and output for CAPE: ES-003 exports in, declarations and reports out (FastCSV).
 *
 * <ul>
 *   <li>{@link org.caperules.csv.CapeCsv}: the declaration header and CAPE's file limits (9,999
 *       entries, under 1 MB).
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
 *   <li>{@link org.caperules.csv.DeclarationWriter}: writes CAPE declaration files, atomically,
 *       by importer, 9,999 per file.
 *   <li>{@link org.caperules.csv.DeclarationEntry}: an entry to declare, with its importer.
 *   <li>{@link org.caperules.csv.DeclarationFile}: a declaration file written, with its count.
 *   <li>{@link org.caperules.csv.DeclarationValidator}: the pre-flight check of a declaration
 *       file.
 *   <li>{@link org.caperules.csv.DeclarationReport}: the errors and warnings of that check.
 *   <li>{@link org.caperules.csv.SpreadsheetSafe}: neutralises cells a spreadsheet would run as
 *       formulas.
 *   <li>{@link org.caperules.csv.CapeResultReader}: reads CAPE's validation result or claim
 *       details file.
 *   <li>{@link org.caperules.csv.CapeResultRow}: one row of that file.
 *   <li>{@link org.caperules.csv.CapeErrorMessage}: CAPE's entry-level error messages, with
 *       sources and reason codes.
 * </ul>
 */
@NullMarked
package org.caperules.csv;

import org.jspecify.annotations.NullMarked;
