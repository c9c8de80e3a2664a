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

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.caperules.core.ImporterNumber.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterNumberTest {

  // Formats of 19 CFR 24.5 and CBP Form 5106 (via BMSI; CargoWise validators);
  // docs/formats.md#importer-numbers.
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

  /**
   * The forms as docs/formats.md#importer-numbers writes them, as regular expressions: the oracle
   * for the hand-written matching. Seeded random texts over digits, A, O, Z, hyphen and space, 8 to
   * 13 characters, many of them near-misses of a form: parse accepts exactly what the expressions
   * and the O/I/Z suffix rule accept, with the same canonical text and kind.
   */
  @Test
  void parse_randomTexts_agreeWithTheFormsAsRegularExpressions() {
    Pattern irs = Pattern.compile("[0-9]{2}-[0-9]{7}([A-Z0-9]{2})?");
    Pattern ssn = Pattern.compile("[0-9]{3}-[0-9]{2}-[0-9]{4}");
    Pattern cbp = Pattern.compile("[0-9]{2}[A-Z0-9]{4}-[0-9]{5}");
    Pattern irsNoHyphen = Pattern.compile("[0-9]{9}[A-Z0-9]{2}");
    String[] shapes = {"DD-DDDDDDD", "DD-DDDDDDDXX", "DDD-DD-DDDD", "DDXXXX-DDDDD", "DDDDDDDDDXX"};
    String alphabet = "0123456789AOZ- a";
    long seed = 20261123L;
    SplittableRandom random = new SplittableRandom(seed);
    int accepted = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(3) > 0) {  // a form's shape with random characters
        String shape = shapes[random.nextInt(shapes.length)];
        for (int i = 0; i < shape.length(); i++) {
          char c = shape.charAt(i);
          text.append(random.nextInt(25) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
              : c == 'D' ? (char) ('0' + random.nextInt(10))
              : c == 'X' ? "0123456789ABOZ".charAt(random.nextInt(14)) : c);
        }
      } else {
        int length = 8 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String raw = text.toString();
      String canonical = raw.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
      if (canonical.indexOf('-') < 0 && irsNoHyphen.matcher(canonical).matches()
          && !canonical.chars().allMatch(Character::isDigit)) {
        canonical = canonical.substring(0, 2) + "-" + canonical.substring(2);
      }
      Kind expected = null;
      if (irs.matcher(canonical).matches() && (canonical.length() == 10
          || canonical.substring(10).chars().noneMatch(c -> c == 'O' || c == 'I' || c == 'Z'))) {
        expected = Kind.IRS;
      } else if (ssn.matcher(canonical).matches()) {
        expected = Kind.SSN;
      } else if (cbp.matcher(canonical).matches()) {
        expected = Kind.CBP_ASSIGNED;
      }
      var parsed = ImporterNumber.tryParse(raw);
      if (expected == null) {
        assertThat(parsed).as("seed=%d n=%d '%s'", seed, n, raw).isEmpty();
      } else {
        accepted++;
        assertThat(parsed).as("seed=%d n=%d '%s'", seed, n, raw).isPresent();
        assertThat(parsed.orElseThrow().kind()).as("seed=%d n=%d '%s'", seed, n, raw)
            .isEqualTo(expected);
        assertThat(parsed.orElseThrow().value()).as("seed=%d n=%d '%s'", seed, n, raw)
            .isEqualTo(canonical);
      }
    }
    assertThat(accepted).as("seed=%d: enough valid texts to mean something", seed)
        .isGreaterThan(50_000);
  }
}
