package org.caperules.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapeCsvTest {

  @Test
  void declarationHeader_isTheCbpTemplateHeader() {
    // ACEP_CapeEntryNumberUploadTemplate: cell A1 is "Entry Number" (ace-formats.md §9).
    assertThat(CapeCsv.DECLARATION_HEADER).isEqualTo("Entry Number");
  }
}
