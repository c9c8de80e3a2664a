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
 * CSV input and output for CAPE (FastCSV): ES-003 exports in, declarations and reports out. This
 * package is the entry point; the work is done in its sub-packages.
 *
 * <p>{@link org.caperules.csv.CapeCsv}: the facade. It starts the ES-003 reader ({@code
 * CapeCsv.es003Reader().read(path)}) and the screening report writer, writes a CSV table of the
 * caller's own as the library writes its reports ({@code writeCsv}: FastCSV quoting, CRLF, every
 * cell spreadsheet-safe, atomically). The CAPE declaration file's header and limits
 * (9,999 entries, under 1 MB) are in {@link org.caperules.core.CapeDeclarationFormat}.
 *
 * <p>{@link org.caperules.csv.CapeCsvException}: a file that cannot be used at all (missing,
 * unreadable, without a required column). A bad row is never an exception: it is a {@link
 * org.caperules.core.result.Problem} of the {@link org.caperules.core.result.ValueWithProblems}
 * a reader returns. {@link org.caperules.es003.EntriesNotGroupedException}: a streaming read met a
 * row of an entry whose rows had already ended; read the input partitioned or whole instead.
 *
 * <p>CAPE's entry-level error messages, with their sources and the reason codes that predict them,
 * are {@link org.caperules.core.rule.CapeErrorMessage} in core.
 *
 * <p>Sub-packages: {@link org.caperules.csv.es003} reads ES-003 exports; {@link
 * org.caperules.csv.declaration} writes and checks CAPE declaration files; {@link
 * org.caperules.csv.result} reads the result files CAPE gives back and compares them with the
 * screening; {@link org.caperules.csv.report} writes the screening report, the problems file and
 * the expected payments.
 */
@NullMarked
package org.caperules.csv;

import org.jspecify.annotations.NullMarked;
