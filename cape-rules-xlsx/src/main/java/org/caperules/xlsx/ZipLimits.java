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

/**
 * The limits an {@code .xlsx} workbook (a zip archive) must keep before it is read, so that a
 * zip bomb (a small file that inflates to gigabytes) is refused instead of filling the disk
 * cache or the memory. fastexcel-reader has no such limits, so {@link Es003WorkbookReader}
 * inflates every part once, counting the bytes it really gets (never trusting the sizes the
 * archive declares), before it hands the file over.
 *
 * <p>The defaults ({@link #DEFAULT}) follow Apache POI's: a part may inflate to at most 100
 * times its compressed size (POI's {@code ZipSecureFile} minimum inflate ratio 0.01), checked
 * once it passes 1 MiB; at most 4 GiB per part (POI's maximum entry size) and 1,000 parts. A
 * full sheet of 1,048,576 rows and 20 columns is about 1 GiB of XML, so real exports pass.
 * These limits are UNCERTAIN guards, not rules: raise them for an unusual file.
 *
 * <p>Example: a 40 KB archive whose sheet inflates to 4 MB (ratio 100) passes; one whose sheet
 * inflates to 400 MB (ratio 10,000) is refused once the sheet passes 1 MiB, with "part
 * 'xl/worksheets/sheet1.xml' inflated to 1,0xx,xxx bytes from 1xx bytes read, more than 100
 * times; the limits are ...". The ratio is taken over the compressed bytes the inflater really
 * consumed, never over the sizes the archive declares.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxCompressionRatio  the most a part may inflate, as uncompressed / compressed bytes,
 *     once past {@link #RATIO_GRACE_BYTES}; at least 1
 * @param maxPartBytes  the most bytes one part may inflate to; at least 1
 * @param maxParts  the most parts (entries) in the archive; at least 1
 */
public record ZipLimits(int maxCompressionRatio, long maxPartBytes, int maxParts) {

  /** A part is checked against the ratio only once it has inflated past 1 MiB. */
  public static final long RATIO_GRACE_BYTES = 1L << 20;

  /** Ratio 100, 4 GiB per part, 1,000 parts. */
  public static final ZipLimits DEFAULT = new ZipLimits(100, 4L << 30, 1_000);

  /**
   * Checks the limits.
   *
   * @param maxCompressionRatio  the most a part may inflate, as uncompressed / compressed bytes
   * @param maxPartBytes  the most bytes one part may inflate to
   * @param maxParts  the most parts in the archive
   * @throws IllegalArgumentException if a limit is below 1; the message names it and its value
   */
  public ZipLimits {
    if (maxCompressionRatio < 1) {
      throw new IllegalArgumentException("maxCompressionRatio must be at least 1, but was: "
          + maxCompressionRatio);
    }
    if (maxPartBytes < 1) {
      throw new IllegalArgumentException("maxPartBytes must be at least 1, but was: "
          + maxPartBytes);
    }
    if (maxParts < 1) {
      throw new IllegalArgumentException("maxParts must be at least 1, but was: " + maxParts);
    }
  }

  /**
   * Obtains limits.
   *
   * @param maxCompressionRatio  the most a part may inflate, as uncompressed / compressed bytes
   * @param maxPartBytes  the most bytes one part may inflate to
   * @param maxParts  the most parts in the archive
   * @return the limits
   * @throws IllegalArgumentException if a limit is below 1
   */
  public static ZipLimits of(int maxCompressionRatio, long maxPartBytes, int maxParts) {
    return new ZipLimits(maxCompressionRatio, maxPartBytes, maxParts);
  }
}
