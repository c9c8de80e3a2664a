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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What an input file is, by its first bytes rather than its name: users rename files, and ACE
 * lets them choose the export format.
 *
 * <ul>
 *   <li>{@link #XLSX}: a zip archive, {@code PK\x03\x04} (Office Open XML, {@code .xlsx});
 *   <li>{@link #OLE2}: an OLE2 compound file, {@code D0 CF 11 E0 A1 B1 1A E1}: an Excel 97-2003
 *       {@code .xls} workbook, or an {@code .xlsx} that Excel encrypted with a password (Excel
 *       wraps those in OLE2); neither can be read;
 *   <li>{@link #TEXT}: anything else, read as CSV text (an empty file too).
 * </ul>
 *
 * <p>Example: {@code InputFormat.of(new byte[] {0x50, 0x4B, 0x03, 0x04})} is {@code XLSX}; a
 * file {@code ES-003.xlsx} that holds {@code Entry Summary Number,...} text is {@code TEXT}.
 */
public enum InputFormat {
  /** An Office Open XML zip: read as an {@code .xlsx} workbook. */
  XLSX,
  /** An OLE2 compound file: an Excel 97-2003 workbook or a password-protected workbook. */
  OLE2,
  /** Anything else: read as CSV text. */
  TEXT;

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /**
   * Tells the format of a file's first bytes.
   *
   * @param head  the first bytes of the file, at least 8 where the file has them
   * @return the format
   */
  public static InputFormat of(byte[] head) {
    Objects.requireNonNull(head, "head");
    if (startsWith(head, ZIP)) {
      return XLSX;
    }
    return startsWith(head, OLE2_MAGIC) ? OLE2 : TEXT;
  }

  /**
   * Tells the format of a file by reading its first 8 bytes.
   *
   * @param file  the file
   * @return the format
   * @throws IOException if the file cannot be read
   */
  public static InputFormat detect(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return of(in.readNBytes(OLE2_MAGIC.length));
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
