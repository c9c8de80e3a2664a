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
package org.caperules.es003.internal;

import java.util.HashSet;
import java.util.Set;
import org.caperules.core.EntryNumber;

/**
 * A set of normalised entry number texts, compact enough to hold every entry of a
 * 10,000,000-row export: an 11-character text of digits and upper-case letters (every valid
 * entry number, and most invalid ones) is held as one {@code long} (its base-36 value) in an
 * open-addressing table, 8 to 16 bytes per text; any other text in a {@link HashSet}.
 *
 * <p>Example: after {@code add("ABC12345676")}, {@code contains("ABC12345676")} is true and
 * {@code contains("ABC12345684")} false.
 *
 * <p>Not thread-safe.
 */
final class EntryTexts {

  /** The length of an entry number: filer code, 7-digit serial, check digit. */
  private static final int PACKED_LENGTH = EntryNumber.LENGTH;
  /** The empty slot; packed values are base-36 values plus one, never 0. */
  private static final long EMPTY = 0;

  private long[] table = new long[1024];
  private int packedSize;
  private final Set<String> others = new HashSet<>();

  /**
   * Adds a text.
   *
   * @param text  the normalised entry number text
   */
  void add(String text) {
    long packed = pack(text);
    if (packed == EMPTY) {
      others.add(text);
      return;
    }
    if (insert(table, packed)) {
      packedSize++;
      if (packedSize * 2 > table.length) {
        grow();
      }
    }
  }

  /**
   * Tells whether a text was added.
   *
   * @param text  the normalised entry number text
   * @return true if {@link #add(String)} was called with an equal text
   */
  boolean contains(String text) {
    long packed = pack(text);
    if (packed == EMPTY) {
      return others.contains(text);
    }
    long[] slots = table;
    int mask = slots.length - 1;
    for (int i = slot(packed, mask); ; i = (i + 1) & mask) {
      long here = slots[i];
      if (here == packed) {
        return true;
      }
      if (here == EMPTY) {
        return false;
      }
    }
  }

  /**
   * Returns the number of texts added.
   *
   * @return the size
   */
  long size() {
    return packedSize + (long) others.size();
  }

  /** The base-36 value of an 11-character text of 0-9 and A-Z, plus one; {@link #EMPTY} else. */
  static long pack(String text) {
    if (text.length() != PACKED_LENGTH) {
      return EMPTY;
    }
    long value = 0;
    for (int i = 0; i < PACKED_LENGTH; i++) {
      char c = text.charAt(i);
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        digit = c - 'A' + 10;
      } else {
        return EMPTY;
      }
      value = value * 36 + digit;  // 36^11 - 1 < 2^57: no overflow
    }
    return value + 1;
  }

  private static int slot(long packed, int mask) {
    long mixed = packed * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 32) & mask;
  }

  /** Inserts a packed value; false if it was there. */
  private static boolean insert(long[] slots, long packed) {
    int mask = slots.length - 1;
    for (int i = slot(packed, mask); ; i = (i + 1) & mask) {
      long here = slots[i];
      if (here == packed) {
        return false;
      }
      if (here == EMPTY) {
        slots[i] = packed;
        return true;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (long packed : table) {
      if (packed != EMPTY) {
        insert(bigger, packed);
      }
    }
    table = bigger;
  }

  @Override
  public String toString() {
    return "EntryTexts[" + size() + " texts]";
  }
}
