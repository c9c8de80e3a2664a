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
package org.caperules.xlsx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds hostile workbooks by hand with java.util.zip: a part's XML edited as text, and an
 * archive whose headers lie about a part's compressed size.
 */
final class HostileWorkbooks {

  private HostileWorkbooks() {}

  /** Copies a workbook with one part's XML edited. */
  static Path patch(Path base, Path out, String part, UnaryOperator<String> edit)
      throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(base.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(part)) {
          String edited = edit.apply(new String(bytes, StandardCharsets.UTF_8));
          if (edited.equals(new String(bytes, StandardCharsets.UTF_8))) {
            throw new AssertionError("the edit changed nothing in " + part);
          }
          bytes = edited.getBytes(StandardCharsets.UTF_8);
        }
        parts.put(entry.getName(), bytes);
      }
    }
    return TestWorkbooks.zip(out, parts);
  }

  /**
   * Rewrites a workbook with one part first and a stored part of {@code padding} seeded random
   * bytes after it, so that a lie about the first part's compressed size stays inside the archive.
   */
  static Path firstWithPadding(Path file, String first, int padding) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    Map<String, byte[]> others = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        (entry.getName().equals(first) ? parts : others).put(entry.getName(),
            zip.getInputStream(entry).readAllBytes());
      }
    }
    parts.putAll(others);
    byte[] noise = new byte[padding];
    new java.util.Random(16).nextBytes(noise);
    parts.put("xl/media/image1.png", noise);
    return TestWorkbooks.zip(file, parts);
  }

  /**
   * Rewrites, in place, the compressed size that the local header and the central directory
   * declare for one part (the archive is otherwise unchanged): a liar's archive. Zip layout
   * (PKWARE APPNOTE 4.3.7 and 4.3.12): a local header {@code PK\3\4} holds the compressed size at
   * offset 18, a central directory header {@code PK\1\2} at offset 20, both little-endian.
   */
  static void declareCompressedSize(Path file, String part, long declared) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = part.getBytes(StandardCharsets.UTF_8);
    int patched = 0;
    for (int i = 0; i + 46 < bytes.length; i++) {
      int signature = buffer.getInt(i);
      if (signature == 0x04034b50 && nameAt(bytes, i + 30, buffer.getShort(i + 26), name)) {
        buffer.putInt(i + 18, (int) declared);
        patched++;
      } else if (signature == 0x02014b50
          && nameAt(bytes, i + 46, buffer.getShort(i + 28), name)) {
        buffer.putInt(i + 20, (int) declared);
        patched++;
      }
    }
    if (patched != 2) {
      throw new AssertionError("expected a local and a central header for " + part + ", patched "
          + patched);
    }
    Files.write(file, bytes);
  }

  private static boolean nameAt(byte[] bytes, int at, short length, byte[] name) {
    if (length != name.length || at + length > bytes.length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[at + i] != name[i]) {
        return false;
      }
    }
    return true;
  }
}
