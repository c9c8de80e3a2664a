/**
 * Reading ACE ES-003 "Entry Summary Line Tariff Details" exports (CSV) into entries.
 *
 * <p>{@link org.caperules.csv.es003.Es003Reader}: the reader, in FastCSV's builder shape. It
 * groups rows by entry number into entries (one duty line per row), reads one file or several as
 * one export, whole ({@code read}, {@code readAll}: a {@code ValueWithProblems<List<Entry>>}) or
 * as a stream in constant memory ({@code stream}, {@code streamAll}: each entry goes to a sink as
 * its rows end). Every data row is used or rejected with a problem, and counted.
 *
 * <p>{@link org.caperules.csv.es003.Es003Column}: every ES-003 column the reader knows, with its
 * exact header, its kind (required, optional, supplementary) and its aliases.
 *
 * <p>{@link org.caperules.csv.es003.ReadAhead}: runs a streaming read on a thread of its own and
 * hands its values to the caller's thread as an iterator, so reading and screening overlap on
 * two cores.
 */
@NullMarked
package org.caperules.csv.es003;

import org.jspecify.annotations.NullMarked;
