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

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The encoding of the numbers and texts of {@link RowSpill}'s records, compact because a spill
 * holds every cell of an input: a number in 7-bit groups, low first, the high bit set on all but
 * the last (one byte below 128); a text as its length in bytes and its UTF-8 bytes.
 *
 * <p>Example: 127 is the byte {@code 7F}, 128 the bytes {@code 80 01}; the text {@code 01} is
 * {@code 02 30 31}, and {@code é} is {@code 02 C3 A9}.
 */
final class SpillRecords {

  private SpillRecords() {}

  /** Writes a text: its length in bytes, then its UTF-8 bytes. */
  static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);  // an ASCII text: a plain copy
    writeNumber(out, utf8.length);
    out.write(utf8);
  }

  /**
   * Writes a number of 0 or more in 7-bit groups, low first, the high bit set on all but the
   * last (1 byte below 128), and returns how many bytes it took.
   */
  static int writeNumber(DataOutputStream out, long number) throws IOException {
    long left = number;
    int written = 1;
    while ((left & ~0x7FL) != 0) {
      out.writeByte((int) (left & 0x7F) | 0x80);
      left >>>= 7;
      written++;
    }
    out.writeByte((int) left);
    return written;
  }

  static long readNumber(ByteBuffer in) {
    long number = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      number |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return number;
      }
    }
  }

  static long readNumber(DataInputStream in) throws IOException {
    long number = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.readUnsignedByte();
      number |= (long) (b & 0x7F) << shift;
      if (b < 0x80) {
        return number;
      }
    }
  }

  static void writeNullable(DataOutputStream out, @Nullable String text)
      throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      writeText(out, text);
    }
  }

  static String readText(ByteBuffer in) {
    int length = (int) readNumber(in);
    String text = new String(in.array(), in.arrayOffset() + in.position(), length,
        StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  static @Nullable String readNullable(ByteBuffer in) {
    return in.get() != 0 ? readText(in) : null;
  }
}
