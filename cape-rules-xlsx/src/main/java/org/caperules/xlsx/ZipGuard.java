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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Inflates every part of a zip once, counting real bytes, and says which {@link ZipLimits} it
 * breaks, if any. Package-private: used by {@link Es003WorkbookReader}.
 */
final class ZipGuard {

  private ZipGuard() {}

  /** A workbook part's 1904 date system flag, as Excel writes it ({@code "1"}) or {@code "true"}. */
  private static final Pattern DATE_1904 =
      Pattern.compile("date1904\\s*=\\s*[\"'](?:1|true)[\"']");

  /**
   * What the check found.
   *
   * @param broken  null if the zip keeps the limits, else why not
   * @param date1904  whether {@code xl/workbook.xml} sets the 1904 date system; fastexcel-reader
   *     0.19.0 reads only {@code "true"}, not Excel's {@code "1"}
   */
  record Result(@Nullable String broken, boolean date1904) {}

  /**
   * Checks a zip against the limits.
   *
   * @return the result
   * @throws IOException if the zip cannot be read (corrupt, truncated)
   */
  static Result check(Path file, ZipLimits limits) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    boolean date1904 = false;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxParts()) {
        return new Result("it has " + zip.size() + " parts, more than the limit of "
            + limits.maxParts(), false);
      }
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        boolean workbookPart = entry.getName().equals("xl/workbook.xml");
        ByteArrayOutputStream workbookXml = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            inflated += n;
            if (workbookPart && workbookXml.size() < WORKBOOK_PART_SCAN) {
              workbookXml.write(buffer, 0, n);
            }
            if (inflated > limits.maxPartBytes()) {
              return new Result("part '" + entry.getName() + "' inflates to more than "
                  + limits.maxPartBytes() + " bytes", false);
            }
            if (inflated > ZipLimits.RATIO_GRACE_BYTES
                && inflated / compressed > limits.maxCompressionRatio()) {
              return new Result("part '" + entry.getName() + "' inflates to more than "
                  + limits.maxCompressionRatio() + " times its compressed size", false);
            }
          }
        }
        if (workbookPart) {
          date1904 = DATE_1904.matcher(workbookXml.toString(StandardCharsets.UTF_8)).find();
        }
      }
    }
    return new Result(null, date1904);
  }

  /** How much of {@code xl/workbook.xml} is searched for the date system: 1 MiB. */
  private static final int WORKBOOK_PART_SCAN = 1 << 20;
}
