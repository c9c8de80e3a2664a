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
 * The ES-003 intake shared by every file format: a format adapter (the CSV reader of {@code
 * cape-rules-csv}, the workbook reader of {@code cape-rules-xlsx}) turns its file into rows of
 * {@link org.caperules.es003.Cell}s and feeds them to an {@link org.caperules.es003.Es003Intake},
 * which finds the header row below any title rows, reads each cell by its {@link
 * org.caperules.es003.CellKind}, and assembles the rows into entries, problems, notices and row
 * accounting (docs/formats.md#es-003).
 *
 * <p>{@link org.caperules.es003.Es003Column}: every ES-003 column the intake knows, with its
 * header, kind and aliases. {@link org.caperules.es003.CapeInputException}: an input that cannot
 * be used at all; {@link org.caperules.es003.EntriesNotGroupedException}: a streaming read met an
 * entry whose rows are apart.
 */
@NullMarked
package org.caperules.es003;

import org.jspecify.annotations.NullMarked;
