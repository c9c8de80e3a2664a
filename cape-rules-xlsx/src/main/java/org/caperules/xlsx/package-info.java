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
 * ES-003 exports saved as Excel {@code .xlsx} workbooks, read as a stream (fastexcel-reader)
 * through the same ES-003 intake as CSV exports ({@link org.caperules.es003.Es003Intake}).
 *
 * <ul>
 *   <li>{@link org.caperules.xlsx.Es003WorkbookReader}: reads ES-003 {@code .xlsx} workbooks
 *       into entries, problems and row accounting, exactly as the CSV reader does.
 *   <li>{@link org.caperules.xlsx.InputFormat}: what a file's first bytes say it is: an {@code
 *       .xlsx} workbook, an Excel 97-2003 or encrypted workbook, or text.
 *   <li>{@link org.caperules.xlsx.ZipLimits}: the size limits that stop a zip bomb before a
 *       workbook is read.
 * </ul>
 */
@NullMarked
package org.caperules.xlsx;

import org.jspecify.annotations.NullMarked;
