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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EntryTest {

  private static final LocalDate TUE_2025_04_08 = LocalDate.of(2025, 4, 8);
  private static final LocalDate THU_2025_04_17 = LocalDate.of(2025, 4, 17);
  private static final LocalDate FRI_2026_04_24 = LocalDate.of(2026, 4, 24);
  private static final EntryNumber MYK = EntryNumber.of("MYK28000864");

  private static DutyLine line(String hts, String duty) {
    return DutyLine.of(HtsNumber.parse(hts), new BigDecimal(duty));
  }

  private static Entry.Builder minimal() {
    return Entry.builder().entryNumber(MYK);
  }

  @Test
  void builder_everyAttribute_roundTrips() {
    ImporterNumber importer = ImporterNumber.of("12-3456789A1");
    Entry entry = Entry.builder()
        .entryNumber(MYK)
        .importerNumber(importer)
        .importerName("Acme Imports LLC")
        .entryType(EntryType.TYPE_06)
        .entryDate(TUE_2025_04_08)
        .entrySummaryDate(THU_2025_04_17)
        .liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationStatusText("Closed")
        .liquidationDate(FRI_2026_04_24)
        .addDutyLines(line("99030128", "850.00"), line("3923900080", "300.00"))
        .reconciliationFlagged(true)
        .reconciliationEntryFiled(true)
        .drawbackDesignated(true)
        .protestStatus(ProtestStatus.SUSPENDED)
        .protestStatusText("Suspended")
        .adCvdLiquidationInstructions(true)
        .entrySummaryStatus(EntrySummaryStatus.REJECTED)
        .filedInAce(false)
        .citPlaintiff(true)
        .build();
    assertThat(entry.entryNumberText()).isEqualTo("MYK28000864");
    assertThat(entry.validEntryNumber()).isEqualTo(MYK);
    assertThat(entry.entryNumberProblem()).isNull();
    assertThat(entry.importerNumber()).isEqualTo(importer);
    assertThat(entry.importerName()).isEqualTo("Acme Imports LLC");
    assertThat(entry.entryType()).isEqualTo(EntryType.TYPE_06);
    assertThat(entry.entryDate()).isEqualTo(TUE_2025_04_08);
    assertThat(entry.entrySummaryDate()).isEqualTo(THU_2025_04_17);
    assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(entry.liquidationStatusText()).isEqualTo("Closed");
    assertThat(entry.liquidationDate()).isEqualTo(FRI_2026_04_24);
    assertThat(entry.dutyLines())
        .containsExactly(line("9903.01.28", "850.00"), line("3923.90.0080", "300.00"));
    assertThat(entry.reconciliationFlagged()).isTrue();
    assertThat(entry.reconciliationEntryFiled()).isTrue();
    assertThat(entry.drawbackDesignated()).isTrue();
    assertThat(entry.protestStatus()).isEqualTo(ProtestStatus.SUSPENDED);
    assertThat(entry.protestStatusText()).isEqualTo("Suspended");
    assertThat(entry.adCvdLiquidationInstructions()).isTrue();
    assertThat(entry.entrySummaryStatus()).isEqualTo(EntrySummaryStatus.REJECTED);
    assertThat(entry.filedInAce()).isFalse();
    assertThat(entry.citPlaintiff()).isTrue();
    Entry copy = Entry.builder().from(entry).build();
    assertThat(copy).isEqualTo(entry).hasSameHashCodeAs(entry);
    assertThat(Entry.builder().from(entry).citPlaintiff(false).build()).isNotEqualTo(entry);
  }

  /**
   * One optional attribute of {@link Entry}: a value to set, the setter (which takes null as
   * absent) and the accessor (which returns null when absent).
   */
  private record OptionalAttribute<T>(String name, T value,
      BiConsumer<Entry.Builder, @Nullable T> set, Function<Entry, @Nullable T> get) {

    void setPlain(Entry.Builder builder, boolean present) {
      if (present) {
        set.accept(builder, value);
      }
    }

    void setOrNull(Entry.Builder builder, boolean present) {
      set.accept(builder, present ? value : null);
    }
  }

  private static final List<OptionalAttribute<?>> OPTIONAL_ATTRIBUTES = List.of(
      new OptionalAttribute<>("importerNumber", ImporterNumber.of("12-3456789A1"),
          Entry.Builder::importerNumber, Entry::importerNumber),
      new OptionalAttribute<>("importerName", "Acme Imports LLC",
          Entry.Builder::importerName, Entry::importerName),
      new OptionalAttribute<>("entryType", EntryType.TYPE_06,
          Entry.Builder::entryType, Entry::entryType),
      new OptionalAttribute<>("entryDate", TUE_2025_04_08,
          Entry.Builder::entryDate, Entry::entryDate),
      new OptionalAttribute<>("entrySummaryDate", THU_2025_04_17,
          Entry.Builder::entrySummaryDate, Entry::entrySummaryDate),
      new OptionalAttribute<>("liquidationStatus", LiquidationStatus.LIQUIDATED,
          Entry.Builder::liquidationStatus, Entry::liquidationStatus),
      new OptionalAttribute<>("liquidationStatusText", "Closed",
          Entry.Builder::liquidationStatusText, Entry::liquidationStatusText),
      new OptionalAttribute<>("liquidationDate", FRI_2026_04_24,
          Entry.Builder::liquidationDate, Entry::liquidationDate),
      new OptionalAttribute<>("protestStatusText", "Suspended",
          Entry.Builder::protestStatusText, Entry::protestStatusText));

  /**
   * Exhaustive over which of the 9 optional attributes are present (2^9 = 512 entries): the
   * accessor returns the value set or null, and the two ways of setting (setter only when
   * present, setter with null when absent) build equal entries.
   */
  @Test
  void nullableAccessors_everyPresenceCombination_agreeWithSetters() {
    int n = OPTIONAL_ATTRIBUTES.size();
    assertThat(n).isEqualTo(9);
    for (int mask = 0; mask < 1 << n; mask++) {
      Entry.Builder plain = minimal();
      Entry.Builder orNull = minimal();
      for (int i = 0; i < n; i++) {
        boolean present = (mask & 1 << i) != 0;
        OPTIONAL_ATTRIBUTES.get(i).setPlain(plain, present);
        OPTIONAL_ATTRIBUTES.get(i).setOrNull(orNull, present);
      }
      Entry entry = plain.build();
      for (int i = 0; i < n; i++) {
        boolean present = (mask & 1 << i) != 0;
        assertAttribute(OPTIONAL_ATTRIBUTES.get(i), entry, present, mask);
      }
      assertThat(orNull.build()).as("mask %s", mask).isEqualTo(entry).hasSameHashCodeAs(entry);
      assertThat(Entry.builder().from(entry).build()).as("mask %s", mask).isEqualTo(entry);
    }
  }

  private static <T> void assertAttribute(OptionalAttribute<T> attribute, Entry entry,
      boolean present, int mask) {
    String what = attribute.name() + " with mask " + mask;
    if (present) {
      assertThat(attribute.get().apply(entry)).as(what).isEqualTo(attribute.value());
    } else {
      assertThat(attribute.get().apply(entry)).as(what).isNull();
    }
  }

  @Test
  void builderFrom_absentOptionalAttributes_keepValuesAlreadySet() {
    Entry full = minimal().entryType(EntryType.TYPE_06).liquidationDate(FRI_2026_04_24)
        .protestStatusText("Suspended").build();
    Entry merged = Entry.builder().from(full).from(minimal().build()).build();
    assertThat(merged.entryType()).isEqualTo(EntryType.TYPE_06);
    assertThat(merged.liquidationDate()).isEqualTo(FRI_2026_04_24);
    assertThat(merged.protestStatusText()).isEqualTo("Suspended");
  }

  @Test
  void builder_nullAfterValue_clearsTheAttribute() {
    Entry entry = minimal()
        .entryType(EntryType.TYPE_06).entryType((EntryType) null)
        .liquidationDate(FRI_2026_04_24).liquidationDate((LocalDate) null)
        .build();
    assertThat(entry.entryType()).isNull();
    assertThat(entry.liquidationDate()).isNull();
    assertThat(entry).isEqualTo(minimal().build());
    assertThat(entry.toString()).isEqualTo("Entry{entryNumberText=MYK28000864, dutyLines=[],"
        + " reconciliationFlagged=false, reconciliationEntryFiled=false,"
        + " drawbackDesignated=false, protestStatus=NONE, rejectedRows=[], rejectedRowCount=0,"
        + " sourceWarnings=[], missingFacts=[],"
        + " adCvdLiquidationInstructions=false,"
        + " entrySummaryStatus=ACCEPTED, filedInAce=true, citPlaintiff=false}");
  }

  @Test
  void builder_onlyEntryNumber_defaults() {
    Entry entry = minimal().build();
    assertThat(entry.importerNumber()).isNull();
    assertThat(entry.importerName()).isNull();
    assertThat(entry.entryType()).isNull();
    assertThat(entry.entryDate()).isNull();
    assertThat(entry.entrySummaryDate()).isNull();
    assertThat(entry.liquidationStatus()).isNull();
    assertThat(entry.liquidationStatusText()).isNull();
    assertThat(entry.liquidationDate()).isNull();
    assertThat(entry.dutyLines()).isEmpty();
    assertThat(entry.reconciliationFlagged()).isFalse();
    assertThat(entry.reconciliationEntryFiled()).isFalse();
    assertThat(entry.drawbackDesignated()).isFalse();
    assertThat(entry.protestStatus()).isEqualTo(ProtestStatus.NONE);
    assertThat(entry.protestStatusText()).isNull();
    assertThat(entry.adCvdLiquidationInstructions()).isFalse();
    assertThat(entry.entrySummaryStatus()).isEqualTo(EntrySummaryStatus.ACCEPTED);
    assertThat(entry.filedInAce()).isTrue();
    assertThat(entry.citPlaintiff()).isFalse();
  }

  @Test
  void entryNumberText_failsCheckDigit_representableAndReported() {
    // capeportalguide example CSV entry: check digit 8, computed 6 (CATAIR AE Table 1).
    Entry entry = Entry.builder().entryNumberText("ABC12345678").build();
    assertThat(entry.entryNumberText()).isEqualTo("ABC12345678");
    assertThat(entry.validEntryNumber()).isNull();
    assertThat(entry.entryNumberProblem()).isEqualTo("Entry number 'ABC12345678' has check digit"
        + " 8, but the CATAIR check digit of 'ABC1234567' is 6");
  }

  @Test
  void entryNumberText_tooShort_representableAndReported() {
    Entry entry = Entry.builder().entryNumberText(EntryNumber.normalize(" abc-1234 ")).build();
    assertThat(entry.entryNumberText()).isEqualTo("ABC1234");
    assertThat(entry.entryNumberProblem()).isEqualTo("Entry number must have 11 characters"
        + " (3-character filer code, 7 digits, check digit), but 'ABC1234' has 7");
  }

  @Test
  void validEntryNumber_calledTwice_computedOnce() {
    Entry entry = minimal().build();
    assertThat(entry.validEntryNumber()).isSameAs(entry.validEntryNumber());
    assertThat(entry.entryNumberProblem()).isSameAs(entry.entryNumberProblem());
    Entry invalid = Entry.builder().entryNumberText("ABC12345678").build();
    assertThat(invalid.entryNumberProblem()).isSameAs(invalid.entryNumberProblem());
  }

  @Test
  void check_entryNumberTextNotNormalised_rejectedQuotingBoth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Entry.builder().entryNumberText("myk-2800086-4").build())
        .withMessage("entryNumberText must be normalised with EntryNumber.normalize, but was"
            + " 'myk-2800086-4' (normalised: 'MYK28000864')");
  }

  @Test
  void check_entryNumberTextEmpty_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Entry.builder().entryNumberText("").build())
        .withMessage("entryNumberText must not be empty");
  }

  @Test
  void build_withoutEntryNumber_illegalState() {
    assertThatIllegalStateException().isThrownBy(() -> Entry.builder().build())
        .withMessage("Cannot build Entry, some of required attributes are not set"
            + " [entryNumberText]");
  }

  @Test
  void liquidated_withoutDate_builds() {
    Entry entry = minimal().liquidationStatus(LiquidationStatus.LIQUIDATED).build();
    assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(entry.liquidationDate()).isNull();
  }

  @Test
  void liquidationStatusFrom_unrecognised_textKeptStatusEmpty() {
    Entry entry = minimal().liquidationStatusFrom("Pending Review").build();
    assertThat(entry.liquidationStatus()).isNull();
    assertThat(entry.liquidationStatusText()).isEqualTo("Pending Review");
  }

  @Test
  void liquidationStatusFrom_recognised_statusAndRawText() {
    Entry entry = minimal().liquidationStatusFrom("Closed").build();
    assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(entry.liquidationStatusText()).isEqualTo("Closed");
  }

  @Test
  void liquidationStatusFrom_blank_missing() {
    Entry entry = minimal().liquidationStatusFrom("  ").build();
    assertThat(entry.liquidationStatus()).isNull();
    assertThat(entry.liquidationStatusText()).isNull();
  }

  @Test
  void protestStatusFrom_unrecognised_unknownWithText() {
    Entry entry = minimal().protestStatusFrom("Under Appeal").build();
    assertThat(entry.protestStatus()).isEqualTo(ProtestStatus.UNKNOWN);
    assertThat(entry.protestStatusText()).isEqualTo("Under Appeal");
    Entry blank = minimal().protestStatusFrom("").build();
    assertThat(blank.protestStatus()).isEqualTo(ProtestStatus.NONE);
    assertThat(blank.protestStatusText()).isNull();
  }

  @Test
  void toString_ssnImporter_masked() {
    Entry entry = minimal().importerNumber(ImporterNumber.of("123-45-6789")).build();
    assertThat(entry.toString())
        .contains("MYK28000864")
        .contains("***-**-6789")
        .doesNotContain("123-45-6789")
        .doesNotContain("123456789");
  }
}
