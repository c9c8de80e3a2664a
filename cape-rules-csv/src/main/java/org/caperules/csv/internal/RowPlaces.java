package org.caperules.csv.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a row was read, packed in a {@code long} ({@code fileIndex << 40 | line}) so that an
 * entry can remember where each of its values came from without an object per value, and turned
 * back into words for a message: {@code line 7} in the file being read, {@code line 7 of
 * march.csv} in an earlier one.
 *
 * <p>Example: after {@code startFile("march.csv")} and {@code startFile("april.csv")}, {@code
 * describe(pack(3))} is {@code line 3}; a place packed while reading {@code march.csv} (file 0,
 * line 7) is described as {@code line 7 of march.csv}.
 *
 * <p>Not thread-safe: one per read.
 */
final class RowPlaces {

  /** The bits of a packed place that hold the line: lines up to 2^40. */
  private static final long LINE_BITS = (1L << 40) - 1;

  /** Files read so far, by index. */
  private final List<String> files = new ArrayList<>();
  private int fileIndex = -1;

  /** Starts the next file; rows packed from now on belong to it. */
  void startFile(String file) {
    files.add(file);
    fileIndex = files.size() - 1;
  }

  /** Packs a line of the current file. */
  long pack(long line) {
    return ((long) fileIndex << 40) | (line & LINE_BITS);
  }

  /** Describes a packed place: {@code line N}, with {@code of FILE} if in another file. */
  String describe(long packed) {
    int file = (int) (packed >>> 40);
    long line = packed & LINE_BITS;
    return "line " + line + (file == fileIndex ? "" : " of " + files.get(file));
  }
}
