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
 *       whole read, for any pass over the entries of ES-003 files (the {@code compare} command's
 *       too).
 * </ul>
 */
@NullMarked
package org.caperules.screening;

import org.jspecify.annotations.NullMarked;
