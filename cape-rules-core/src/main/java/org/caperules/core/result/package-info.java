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
 * What a reader or validator gives: a value with the problems found while making it, and an
 * account of the rows it came from. Shared by every module that reads files (CSV, {@code .xlsx}),
 * so a caller handles every reader's problems the same way.
 *
 * <p>{@link org.caperules.core.result.ValueWithProblems}: a value, its problems and, where the
 * value came from rows, their {@link org.caperules.core.result.RowAccounting} (rows read = used
 * + rejected). A reader never drops a bad row silently and never fails a whole file for one bad
 * row: the row is rejected with a problem and reading goes on.
 *
 * <p>{@link org.caperules.core.result.Problem}: one problem, with its {@link
 * org.caperules.core.result.ProblemCode} (a stable name, one per kind of problem), its {@link
 * org.caperules.core.result.Severity} (error, warning or notice; a notice is recognised by its
 * severity, never by its line), its {@link org.caperules.core.result.Position} (file, line or
 * whole file, column, entry), the offending value and a sentence.
 */
@NullMarked
package org.caperules.core.result;

import org.jspecify.annotations.NullMarked;
