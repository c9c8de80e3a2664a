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
package org.caperules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.caperules.core.EntryNumber;
import org.caperules.testkit.EntryNumbers.Fault;
import org.caperules.testkit.EntryNumbers.FilerCodePattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EntryNumbersTest {

  private static final int DRAWS = 2_000;

  @Test
  void next_fixedSeed_givesPinnedNumbers() {
    SplittableRandom random = new SplittableRandom(20260713L);
    // VU613615001 checked by hand (CATAIR AE Table 1): V=5, U=4x2=8, 6, 1x2=2, 3, 6x2=12->3,
    // 1, 5x2=10->1, 0, 0x2=0; sum 29; check (10 - 9) mod 10 = 1.
    assertThat(List.of(EntryNumbers.next(random).value(), EntryNumbers.next(random).value(),
        EntryNumbers.next(random).value()))
        .containsExactly("07J31806684", "2C025225519", "VU613615001");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      # pattern ; filer code regex (CATAIR Appendix E)
      NNN ; (00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})
      ANN ; [A-Z][0-9][0-9]
      AAN ; [A-Z][A-Z][0-9]
      AAA ; [A-Z][A-Z][A-Z]
      ANA ; [A-Z][0-9][A-Z]
      NAN ; [0-9][A-Z][0-9]
      NNA ; [0-9][0-9][A-Z]
      NAA ; [0-9][A-Z][A-Z]
      """)
  void next_everyPattern_validWithFilerCodeOfThatPattern(FilerCodePattern pattern, String regex,
      TestReporter reporter) {
    long seed = 142_003L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    Pattern filerCode = Pattern.compile(regex);
    for (int i = 0; i < DRAWS; i++) {
      EntryNumber number = EntryNumbers.next(random, pattern);
      assertThat(EntryNumber.validate(number.value()))
          .as("seed=%d case=%d %s", seed, i, number).isEmpty();
      assertThat(filerCode.matcher(number.filerCode()).matches())
          .as("seed=%d case=%d %s matches %s", seed, i, number, regex).isTrue();
      assertThat(pattern.matches(number.filerCode()))
          .as("seed=%d case=%d %s", seed, i, number).isTrue();
    }
  }

  @Test
  void next_anyPattern_drawsEveryPatternAndIsValid(TestReporter reporter) {
    long seed = 20260420L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    List<FilerCodePattern> seen = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      EntryNumber number = EntryNumbers.next(random);
      assertThat(EntryNumber.validate(number.value())).as("seed=%d case=%d", seed, i).isEmpty();
      for (FilerCodePattern pattern : FilerCodePattern.values()) {
        if (pattern.matches(number.filerCode()) && !seen.contains(pattern)) {
          seen.add(pattern);
        }
      }
    }
    assertThat(seen).as("seed=%d", seed).containsExactlyInAnyOrder(FilerCodePattern.values());
  }

  @ParameterizedTest
  @CsvSource({"NNN, 000, false", "NNN, 001, true", "AAA, MYK, true", "AAN, MY1, true",
      "NNN, MY1, false", "AAA, MY, false", "NAA, 9ZZ, true", "ANA, A0a, false"})
  void filerCodePattern_matches(FilerCodePattern pattern, String filerCode, boolean expected) {
    assertThat(pattern.matches(filerCode)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void nextInvalid_everyFault_isRejectedForThatFault(Fault fault, TestReporter reporter) {
    long seed = 6_803_400L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < DRAWS; i++) {
      String text = EntryNumbers.nextInvalid(random, fault);
      String message = String.format(java.util.Locale.ROOT, "seed=%d case=%d '%s'", seed, i, text);
      assertThat(EntryNumber.validate(text)).as(message).isPresent();
      assertThat(EntryNumber.normalize(text)).as(message).isEqualTo(text);
      switch (fault) {
        case WRONG_CHECK_DIGIT -> {
          assertThat(text).as(message).hasSize(11);
          String base = text.substring(0, 10);
          assertThat(text.charAt(10) - '0').as(message).isNotEqualTo(EntryNumber.checkDigit(base));
        }
        case WRONG_LENGTH -> assertThat(text.length()).as(message).isIn(10, 12);
        case BAD_CHARACTER -> {
          assertThat(text).as(message).hasSize(11);
          assertThat(EntryNumber.validate(text).orElseThrow()).as(message)
              .doesNotContain("CATAIR check digit");
        }
      }
    }
  }

  @Test
  void nextInvalid_wrongCheckDigit_messageQuotesTheText() {
    String text = EntryNumbers.nextInvalid(new SplittableRandom(1L), Fault.WRONG_CHECK_DIGIT);
    // 12157042608: base 1215704260 -> 1, 2x2=4, 1, 5x2=10->1, 7, 0, 4, 2x2=4, 6, 0; sum 28,
    // check (10 - 8) mod 10 = 2, but the text ends in 8.
    assertThat(text).isEqualTo("12157042608");
    assertThat(EntryNumber.validate(text)).contains("Entry number '12157042608' has check digit"
        + " 8, but the CATAIR check digit of '1215704260' is 2");
  }

  @Test
  void streamAndSupplier_drawTheSameSequenceAsNext() {
    List<EntryNumber> byNext = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(99L);
    for (int i = 0; i < 5; i++) {
      byNext.add(EntryNumbers.next(random));
    }
    assertThat(EntryNumbers.stream(new SplittableRandom(99L)).limit(5).toList())
        .isEqualTo(byNext);
    var supplier = EntryNumbers.supplier(new SplittableRandom(99L));
    assertThat(List.of(supplier.get(), supplier.get(), supplier.get(), supplier.get(),
        supplier.get())).isEqualTo(byNext);
  }
}
