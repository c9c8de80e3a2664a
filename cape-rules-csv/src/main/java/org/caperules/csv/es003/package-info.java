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
 * Reading ACE ES-003 "Entry Summary Line Tariff Details" exports (CSV) into entries.
 *
 * <p>{@link org.caperules.csv.es003.Es003Reader}: the reader, in FastCSV's builder shape. It
 * groups rows by entry number into entries (one duty line per row), reads one file or several as
 * one export, whole ({@code read}, {@code readAll}: a {@code ValueWithProblems<List<Entry>>}) or
 * as a stream in constant memory ({@code stream}, {@code streamAll}: each entry goes to a sink as
 * its rows end). Every data row is used or rejected with a problem, and counted.
 *
 * <p>{@link org.caperules.es003.Es003Column}: every ES-003 column the reader knows, with its
 * exact header, its kind (required, optional, supplementary) and its aliases.
 *
 * <p>{@link org.caperules.csv.es003.ReadAhead}: runs a streaming read on a thread of its own and
 * hands its values to the caller's thread as an iterator, so reading and screening overlap on
 * two cores.
 */
@NullMarked
package org.caperules.csv.es003;

import org.jspecify.annotations.NullMarked;
