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

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ImporterLabelsTest {

  /** The 32 bytes 00 01 02 ... 1f. */
  private static final byte[] KEY = key(0);
  private static final ImporterNumber SSN_A = ImporterNumber.of("123-45-6789");
  private static final ImporterNumber SSN_B = ImporterNumber.of("987-65-6789");

  private static byte[] key(int first) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (first + i);
    }
    return key;
  }

  @Test
  void keyed_ssn_lastFourAndHmacPrefix() {
    // HMAC-SHA-256 under the key 00..1f, computed with Python's hmac module:
    // hmac.new(bytes(range(32)), b"123-45-6789", "sha256").hexdigest()[:8] == "c36200a4",
    // b"987-65-6789" -> "55b81492", b"900-00-0001" -> "01f2e61d".
    ImporterLabels labels = ImporterLabels.keyed(KEY);
    assertThat(labels.label(SSN_A)).isEqualTo("ssn-6789-c36200a4");
    assertThat(labels.label(SSN_B)).isEqualTo("ssn-6789-55b81492");
    assertThat(labels.fileNamePart(ImporterNumber.of("900-00-0001")))
        .isEqualTo("ssn-0001-01f2e61d");
  }

  @Test
  void keyed_sameKeyTwoInstances_sameLabelsAcrossRuns() {
    assertThat(ImporterLabels.keyed(key(0)).label(SSN_A))
        .isEqualTo(ImporterLabels.keyed(key(0)).label(SSN_A));
    assertThat(ImporterLabels.keyed(key(1)).label(SSN_A))
        .isNotEqualTo(ImporterLabels.keyed(key(0)).label(SSN_A));
  }

  @Test
  void keyed_manySsnsEndingAlike_allLabelsDistinctFileNameSafeWithoutTheNumber() {
    long seed = 20_260_713L;
    SplittableRandom random = new SplittableRandom(seed);
    ImporterLabels labels = ImporterLabels.keyed(KEY);
    Set<String> seen = new HashSet<>();
    Set<String> ssns = new HashSet<>();
    while (ssns.size() < 2_000) {
      String ssn = String.format(Locale.ROOT, "%03d-%02d-4321", random.nextInt(1000),
          random.nextInt(100));
      if (ssns.add(ssn)) {
        String label = labels.label(ImporterNumber.of(ssn));
        assertThat(label).as("seed %d, %s", seed, ssn).matches("ssn-4321-[0-9a-f]{8}")
            .doesNotContain(ssn.substring(0, 6));
        seen.add(label);
      }
    }
    assertThat(seen).as("seed %d", seed).hasSize(2_000);
  }

  @Test
  void irsAndCbpNumbers_asTheyAre_withOrWithoutKey() {
    for (ImporterLabels labels : new ImporterLabels[] {ImporterLabels.unkeyed(),
        ImporterLabels.keyed(KEY)}) {
      assertThat(labels.label(ImporterNumber.of("12-3456789A1"))).isEqualTo("12-3456789A1");
      assertThat(labels.fileNamePart(ImporterNumber.of("061234-12345")))
          .isEqualTo("061234-12345");
    }
  }

  @Test
  void unkeyed_maskedAndLastFourFileName() {
    assertThat(ImporterLabels.unkeyed().label(SSN_A)).isEqualTo("***-**-6789");
    assertThat(ImporterLabels.unkeyed().fileNamePart(SSN_A)).isEqualTo("ssn-6789");
    assertThat(ImporterLabels.unkeyed().isKeyed()).isFalse();
    assertThat(ImporterLabels.keyed(KEY).isKeyed()).isTrue();
    assertThat(ImporterLabels.keyed(KEY).toString()).isEqualTo("ImporterLabels[keyed]");
  }

  @Test
  void keyed_shortKey_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> ImporterLabels.keyed(new byte[15]))
        .withMessage("A payee label key needs at least 16 bytes, but had 15");
  }
}
