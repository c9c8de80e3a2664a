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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.caperules.es003.CapeInputException;
import org.caperules.es003.Es003Column;
import org.junit.jupiter.api.Test;

class Es003HeaderTest {

  @Test
  void of_anyOrderCaseBomAliasAndUnknown_found() {
    Es003Header header = Es003Header.of("es003.csv", List.of(
        "\uFEFFentry summary number", " Importer Number ", "HTS NUMBER - FULL", "Notes",
        "Line Duty Amount"));
    assertThat(header.index(Es003Column.ENTRY_SUMMARY_NUMBER)).isEqualTo(OptionalInt.of(0));
    assertThat(header.index(Es003Column.IMPORTER_NUMBER)).isEqualTo(OptionalInt.of(1));
    assertThat(header.index(Es003Column.HTS_NUMBER_FULL)).isEqualTo(OptionalInt.of(2));
    assertThat(header.index(Es003Column.LINE_TARIFF_DUTY_AMOUNT)).isEqualTo(OptionalInt.of(4));
    assertThat(header.headerText(Es003Column.LINE_TARIFF_DUTY_AMOUNT)).isEqualTo("Line Duty Amount");
    assertThat(header.headerText(Es003Column.ENTRY_SUMMARY_NUMBER))
        .isEqualTo("entry summary number");
    assertThat(header.headerText(Es003Column.ENTRY_DATE)).isEqualTo("Entry Date");
    assertThat(header.ignoredColumns()).containsExactly("Notes");
    assertThat(header.columnCount()).isEqualTo(5);
    assertThat(header.has(Es003Column.ENTRY_DATE)).isFalse();
    assertThat(header.index(Es003Column.ENTRY_DATE)).isEmpty();
    assertThat(header.columns()).containsExactly(Es003Column.ENTRY_SUMMARY_NUMBER,
        Es003Column.HTS_NUMBER_FULL, Es003Column.LINE_TARIFF_DUTY_AMOUNT,
        Es003Column.IMPORTER_NUMBER);
    assertThat(header.file()).isEqualTo("es003.csv");
  }

  @Test
  void of_headerAndAlias_headerWinsWhereverItIs() {
    Es003Header header = Es003Header.of("f.csv", List.of("Line Duty Amount",
        "Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount",
        "Line Tariff Amount"));
    assertThat(header.index(Es003Column.LINE_TARIFF_DUTY_AMOUNT)).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void of_twoAliases_earlierAliasWins() {
    // aliases() order: Line Tariff Amount, then Line Duty Amount.
    Es003Header header = Es003Header.of("f.csv", List.of("Line Duty Amount",
        "Entry Summary Number", "HTS Number - Full", "Line Tariff Amount"));
    assertThat(header.index(Es003Column.LINE_TARIFF_DUTY_AMOUNT)).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void value_presentAbsentAndShortRow() {
    Es003Header header = Es003Header.of("f.csv", List.of("Entry Summary Number",
        "HTS Number - Full", "Line Tariff Duty Amount", "Entry Date"));
    List<String> row = List.of("BII05992854", "99030128", "$850.00", " 04/08/2025 ");
    assertThat(header.value(row, Es003Column.ENTRY_DATE)).isEqualTo(" 04/08/2025 ");
    assertThat(header.value(row, Es003Column.IMPORTER_NUMBER)).isEmpty();
    assertThat(header.value(List.of("BII05992854"), Es003Column.ENTRY_DATE)).isEmpty();
  }

  @Test
  void of_missingRequiredColumns_exceptionNamesFileAndEachColumn() {
    assertThatExceptionOfType(CapeInputException.class)
        .isThrownBy(() -> Es003Header.of("es003.csv", List.of("Entry Summary Number",
            "Entry Date")))
        .withMessage("ES-003 file 'es003.csv' has no column 'HTS Number - Full' (required), no"
            + " column 'Line Tariff Duty Amount' (required; also accepted: 'Line Tariff Amount',"
            + " 'Line Duty Amount'); the header row has 2 columns: 'Entry Summary Number',"
            + " 'Entry Date'")
        .satisfies(ex -> {
          assertThat(ex.file()).isEqualTo("es003.csv");
          assertThat(ex.line()).isEqualTo(1);
        });
  }

  @Test
  void of_emptyHeader_exceptionSaysNoNames() {
    assertThatExceptionOfType(CapeInputException.class)
        .isThrownBy(() -> Es003Header.of("x.csv", List.of("")))
        .withMessageEndingWith("; the header row has no names");
  }

  @Test
  void of_sameColumnTwice_exception() {
    assertThatExceptionOfType(CapeInputException.class)
        .isThrownBy(() -> Es003Header.of("f.csv", List.of("Entry Summary Number",
            "HTS Number - Full", "Line Tariff Duty Amount", "entry summary number")))
        .withMessage("ES-003 file 'f.csv' has the column 'entry summary number' twice (columns 1"
            + " and 4); remove one so it is clear which to read");
  }

  @Test
  void liquidationColumnsAbsent_onlyWhenBothMissing() {
    List<String> required = List.of("Entry Summary Number", "HTS Number - Full",
        "Line Tariff Duty Amount");
    assertThat(Es003Header.of("f", required).liquidationColumnsAbsent()).isTrue();
    assertThat(Es003Header.of("f", concat(required, "Liquidation Date"))
        .liquidationColumnsAbsent()).isFalse();
    assertThat(Es003Header.of("f", concat(required, "liquidation status"))
        .liquidationColumnsAbsent()).isFalse();
    assertThat(Es003Header.LIQUIDATION_COLUMNS_ABSENT_MESSAGE)
        .endsWith("add Liquidation Status and Liquidation Date to the report");
  }

  @Test
  void everyColumn_foundByHeaderAndEveryAlias_anyCase() {
    for (Es003Column column : Es003Column.values()) {
      assertThat(Es003Column.fromHeader(column.header().toUpperCase(java.util.Locale.ROOT)))
          .as(column.name()).contains(column);
      assertThat(column.matches("  " + column.header() + " ")).as(column.name()).isTrue();
      for (String alias : column.aliases()) {
        assertThat(Es003Column.fromHeader(alias)).as(alias).contains(column);
      }
    }
    assertThat(Es003Column.fromHeader("Importation Date")).isEmpty();
  }

  @Test
  void columns_exactHeadersAndKinds() {
    assertThat(Arrays.stream(Es003Column.values())
        .filter(c -> c.kind() == Es003Column.Kind.REQUIRED).map(Es003Column::header))
        .containsExactly("Entry Summary Number", "HTS Number - Full", "Line Tariff Duty Amount");
    assertThat(Arrays.stream(Es003Column.values())
        .filter(c -> c.kind() == Es003Column.Kind.OPTIONAL).map(Es003Column::header))
        .containsExactly("Entry Type Code", "Importer Number", "Entry Date", "Entry Summary Date",
            "Entry Summary Line Number", "Tariff Ordinal Number", "Line Tariff Goods Value Amount",
            "Country of Origin Code", "Port of Entry Code", "Importer Name", "Liquidation Status",
            "Liquidation Date", "Reconciliation Indicator", "Protest Number", "Protest Status",
            "Reconciliation (Other) Entry Summary Number", "Reconciliation (Other) Status");
    assertThat(Arrays.stream(Es003Column.values())
        .filter(c -> c.kind() == Es003Column.Kind.SUPPLEMENTARY).map(Es003Column::header))
        .containsExactly("Reconciliation Entry Filed", "Drawback Indicator",
            "AD/CVD Liquidation Instructions", "Entry Summary Status", "Filed In ACE",
            "CIT Plaintiff", "Deposit Date");
    assertThat(Es003Column.LINE_TARIFF_GOODS_VALUE_AMOUNT.aliases())
        .containsExactly("Line Goods Value Amount");
  }

  @Test
  void normalizeHeader_bomSpacesNoBreakSpaceCase() {
    assertThat(Es003Column.normalizeHeader("\uFEFF Entry  Summary\u00A0Number "))
        .isEqualTo("entry summary number");
  }

  @Test
  void toString_fileAndIndexes() {
    Es003Header header = Es003Header.of("f.csv", List.of("HTS Number - Full",
        "Entry Summary Number", "Line Tariff Duty Amount"));
    assertThat(header).hasToString("f.csv [ENTRY_SUMMARY_NUMBER@1, HTS_NUMBER_FULL@0,"
        + " LINE_TARIFF_DUTY_AMOUNT@2]");
  }

  private static List<String> concat(List<String> list, String extra) {
    List<String> out = new java.util.ArrayList<>(list);
    out.add(extra);
    return out;
  }
}
