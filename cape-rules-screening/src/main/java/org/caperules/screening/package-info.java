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
 * A whole CAPE screening run over ACE ES-003 files, for an application that wants what {@code
 * cape-rules screen} does without the command line.
 *
 * <ul>
 *   <li>{@link org.caperules.screening.ScreeningRun}: reads the files as a stream, screens each
 *       entry once and writes the screening report, the problems, the expected payments and the
 *       CAPE declaration files; built with {@link org.caperules.screening.ScreeningRun#builder()}.
 *   <li>{@link org.caperules.screening.ScreeningOutcome}: what a run did: the totals, the read's
 *       accounting and problems, the payments, the files written and the notes.
 *   <li>{@link org.caperules.screening.ProgressListener}: progress and notes, for the caller to
 *       show; the library prints nothing.
 *   <li>{@link org.caperules.screening.OutputDirectoryException}: an output directory refused
 *       (a file, or not empty without force).
 *   <li>{@link org.caperules.screening.StreamedInputs}: the streamed read with its fall-back to a
 *       partitioned read (rows sorted by entry on disk, in bounded memory) when the rows of an
 *       entry are apart, for any pass over the entries of ES-003 files (the {@code compare}
 *       command's too).
 * </ul>
 */
@NullMarked
package org.caperules.screening;

import org.jspecify.annotations.NullMarked;
