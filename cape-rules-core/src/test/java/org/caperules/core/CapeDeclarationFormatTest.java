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
package org.caperules.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CapeDeclarationFormatTest {

  @Test
  void header_isTheCbpTemplateHeader() {
    // CBP's upload template ACEP_CapeEntryNumberUploadTemplate: cell A1 is "Entry Number".
    assertThat(CapeDeclarationFormat.HEADER).isEqualTo("Entry Number");
  }

  @Test
  void limits_9999EntriesUnder1Mb_aFullFileFits() {
    assertThat(CapeDeclarationFormat.MAX_ENTRIES).isEqualTo(9_999);
    assertThat(CapeDeclarationFormat.MAX_FILE_BYTES).isEqualTo(1_000_000L);
    String separator = CapeDeclarationFormat.LINE_SEPARATOR;
    long fullFile = (CapeDeclarationFormat.HEADER + separator).length()
        + (long) CapeDeclarationFormat.MAX_ENTRIES * (EntryNumber.LENGTH + separator.length());
    assertThat(fullFile).isEqualTo(130_001L).isLessThan(CapeDeclarationFormat.MAX_FILE_BYTES);
  }

  @Test
  void example_twoEntries_fortyBytes() {
    String file = CapeDeclarationFormat.HEADER + CapeDeclarationFormat.LINE_SEPARATOR
        + "ABC12345676" + CapeDeclarationFormat.LINE_SEPARATOR
        + "MYK28102637" + CapeDeclarationFormat.LINE_SEPARATOR;
    assertThat(file).isEqualTo("Entry Number\r\nABC12345676\r\nMYK28102637\r\n");
    assertThat(file.getBytes(StandardCharsets.US_ASCII)).hasSize(40);
    assertThat(CapeDeclarationFormat.FILE_EXTENSION).isEqualTo(".csv");
  }
}
