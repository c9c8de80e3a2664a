package org.caperules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.caperules.core.ImporterNumber.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterNumberTest {

  // Formats from ace-formats.md §3 (CBP Form 5106 via BMSI; CargoWise validators).
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      # input        | canonical    | kind         | note
      12-3456789     | 12-3456789   | IRS          | EIN without suffix
      12-345678900   | 12-345678900 | IRS          | EIN, suffix 00
      12-3456789a1   | 12-3456789A1 | IRS          | lower-case suffix upper-cased
      123456789A1    | 12-3456789A1 | IRS          | unhyphenated, suffix with a letter
      061234-12345   | 061234-12345 | CBP_ASSIGNED | CargoWise test vector
      26AB12-00001   | 26AB12-00001 | CBP_ASSIGNED | DDPP alphanumeric
      123-45-6789    | 123-45-6789  | SSN          | SSN
      ' 12 - 3456789 ' | 12-3456789 | IRS          | spaces removed
      """)
  void parse_validForms(String input, String canonical, Kind kind, String note) {
    ImporterNumber number = ImporterNumber.parse(input);
    assertThat(number.value()).as(note).isEqualTo(canonical);
    assertThat(number.kind()).as(note).isEqualTo(kind);
  }

  @Test
  void of_suffixWithOIZ_rejected() {
    for (String suffix : new String[] {"O1", "1I", "ZZ"}) {
      assertThatIllegalArgumentException().isThrownBy(() -> ImporterNumber.of("12-3456789" + suffix))
          .withMessage("Importer number suffix may not contain the letters O, I or Z (CBP Form"
              + " 5106), but was '" + suffix + "' in '12-3456789" + suffix + "'");
    }
  }

  @Test
  void of_unknownForm_rejectedWithValueQuoted() {
    assertThatIllegalArgumentException().isThrownBy(() -> ImporterNumber.of("12-345"))
        .withMessage("Importer number must be NN-NNNNNNN with an optional 2-character suffix"
            + " (IRS), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned), but was: '12-345'");
  }

  @Test
  void parse_ambiguousNineDigits_rejectedAndMasked() {
    // 9 bare digits may be an SSN: the message must not repeat them.
    assertThatIllegalArgumentException().isThrownBy(() -> ImporterNumber.parse("123456789"))
        .withMessage("Importer number must be NN-NNNNNNN with an optional 2-character suffix"
            + " (IRS), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned), but was: '*****6789'")
        .withMessageNotContaining("12345");
  }

  @Test
  void toString_ssnMasked_othersPlain() {
    ImporterNumber ssn = ImporterNumber.parse("123-45-6789");
    assertThat(ssn.toString()).isEqualTo("***-**-6789");
    assertThat(ssn.masked()).isEqualTo("***-**-6789");
    assertThat(ssn.value()).isEqualTo("123-45-6789");
    assertThat(ImporterNumber.parse("12-3456789A1").toString()).isEqualTo("12-3456789A1");
    assertThat(ImporterNumber.parse("061234-12345").toString()).isEqualTo("061234-12345");
  }

  @Test
  void suffix_differentSuffixIsDifferentImporter() {
    ImporterNumber base = ImporterNumber.of("12-3456789");
    ImporterNumber withSuffix = ImporterNumber.of("12-3456789A1");
    assertThat(base).isNotEqualTo(withSuffix);
    assertThat(base.suffix()).isEmpty();
    assertThat(withSuffix.suffix()).contains("A1");
    assertThat(ImporterNumber.of("123-45-6789").suffix()).isEmpty();
    assertThat(withSuffix).isEqualTo(ImporterNumber.parse("12-3456789a1"))
        .hasSameHashCodeAs(ImporterNumber.parse("12-3456789a1"));
    assertThat(base.compareTo(withSuffix)).isNegative();
    assertThat(base).isNotEqualTo("12-3456789");
  }

  @Test
  void tryParse_invalid_empty() {
    assertThat(ImporterNumber.tryParse("garbage")).isEmpty();
    assertThat(ImporterNumber.tryParse("12-3456789")).isPresent();
  }

  @Test
  void maskUnparsed_shortTextKept_longTextKeepsLastFourDigits() {
    assertThat(ImporterNumber.maskUnparsed("12-345")).isEqualTo("12-345");
    assertThat(ImporterNumber.maskUnparsed("123-45-67890")).isEqualTo("***-**-*7890");
  }
}
