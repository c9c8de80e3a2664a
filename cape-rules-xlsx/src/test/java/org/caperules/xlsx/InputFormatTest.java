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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      # hex                      | format | note
      504b0304140006000800       | XLSX   | zip local file header
      d0cf11e0a1b11ae100         | OLE2   | .xls or encrypted .xlsx
      d0cf11e0a1b11a             | TEXT   | too short for the OLE2 magic
      504b0506                   | TEXT   | an empty zip: no part, not a workbook
      456e74727920               | TEXT   | 'Entry ' CSV text
      efbbbf456e                 | TEXT   | UTF-8 byte order mark
      ''                         | TEXT   | empty file
      """)
  void of_firstBytes(String hex, InputFormat format, String note) {
    assertThat(InputFormat.of(HexFormat.of().parseHex(hex))).as(note).isEqualTo(format);
  }

  @Test
  void detect_byContentNotName() throws IOException {
    Path csvNamedXlsx = Files.writeString(dir.resolve("es003.xlsx"), "Entry Summary Number\n");
    assertThat(InputFormat.detect(csvNamedXlsx)).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void zipLimits_belowOne_rejectedNamingTheLimit() {
    assertThatIllegalArgumentException().isThrownBy(() -> ZipLimits.of(0, 1, 1))
        .withMessage("maxCompressionRatio must be at least 1, but was: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> ZipLimits.of(1, 0, 1))
        .withMessage("maxPartBytes must be at least 1, but was: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> ZipLimits.of(1, 1, -1))
        .withMessage("maxParts must be at least 1, but was: -1");
    assertThat(ZipLimits.DEFAULT).isEqualTo(ZipLimits.of(100, 4L << 30, 1_000));
  }

}
