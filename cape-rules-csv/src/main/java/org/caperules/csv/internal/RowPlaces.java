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
