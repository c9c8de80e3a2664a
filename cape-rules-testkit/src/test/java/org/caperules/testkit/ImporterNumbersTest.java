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

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.caperules.core.ImporterNumber;
import org.caperules.core.ImporterNumber.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterNumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      # kind       ; value regex (19 CFR 24.5; SSN areas 001-665, 667-899)
      IRS          ; [0-9]{2}-[0-9]{7}([0-9A-HJ-NP-Y]{2})?
      SSN          ; (00[1-9]|0[1-9][0-9]|[1-5][0-9]{2}|6[0-5][0-9]|66[0-57-9]|6[7-9][0-9]|[78][0-9]{2})-(0[1-9]|[1-9][0-9])-(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})
      CBP_ASSIGNED ; [0-9]{6}-[0-9]{5}
      """)
  void next_everyKind_hasThatKindAndShape(Kind kind, String regex, TestReporter reporter) {
    long seed = 5_106L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    Pattern shape = Pattern.compile(regex);
    boolean sawSuffix = false;
    for (int i = 0; i < 5_000; i++) {
      ImporterNumber number = ImporterNumbers.next(random, kind);
      assertThat(number.kind()).as("seed=%d case=%d", seed, i).isEqualTo(kind);
      assertThat(shape.matcher(number.value()).matches())
          .as("seed=%d case=%d %s", seed, i, number).isTrue();
      sawSuffix |= number.suffix().isPresent();
      if (kind == Kind.SSN) {
        assertThat(number.toString()).as("seed=%d case=%d", seed, i)
            .isEqualTo("***-**-" + number.value().substring(7));
      }
    }
    assertThat(sawSuffix).as("seed=%d suffixes drawn", seed).isEqualTo(kind == Kind.IRS);
  }

  @Test
  void next_fixedSeed_givesPinnedNumbers() {
    assertThat(List.of(ImporterNumbers.next(new SplittableRandom(1L), Kind.IRS).value(),
        ImporterNumbers.next(new SplittableRandom(1L), Kind.SSN).toString(),
        ImporterNumbers.next(new SplittableRandom(1L), Kind.CBP_ASSIGNED).value()))
        .containsExactly("32-3214259ER", "***-**-2707", "324259-45295");
  }

  @Test
  void stream_drawsEveryKind() {
    assertThat(ImporterNumbers.stream(new SplittableRandom(3L)).limit(300)
        .map(ImporterNumber::kind).distinct())
        .containsExactlyInAnyOrder(Kind.values());
    assertThat(ImporterNumbers.supplier(new SplittableRandom(3L)).get())
        .isEqualTo(ImporterNumbers.next(new SplittableRandom(3L)));
  }
}
