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

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryTextsTest {

  /**
   * Base-36 values plus one, by hand: "00000000000" is 0 + 1; "00000000001" is 1 + 1;
   * "0000000000Z" is 35 + 1; "00000000010" is 36 + 1; "ZZZZZZZZZZZ" is 36^11 - 1 + 1 = 36^11 =
   * 131621703842267136. Any other length or character is not packed (0).
   */
  @ParameterizedTest
  @CsvSource({
      "00000000000, 1",
      "00000000001, 2",
      "0000000000Z, 36",
      "00000000010, 37",
      "ZZZZZZZZZZZ, 131621703842267136",
      "ABC1234567, 0",
      "ABC123456766, 0",
      "abc12345676, 0",
      "ABC-1234567, 0",
  })
  void pack_handValues(String text, long expected) {
    assertThat(EntryTexts.pack(text)).isEqualTo(expected);
  }

  /** Seeded random texts, packed and not, against a HashSet: the same answers at every size. */
  @Test
  void addContains_randomTexts_agreeWithHashSet() {
    long seed = 20261123L;
    SplittableRandom random = new SplittableRandom(seed);
    EntryTexts texts = new EntryTexts();
    Set<String> oracle = new HashSet<>();
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-a";
    for (int i = 0; i < 200_000; i++) {
      int length = random.nextInt(20) == 0 ? 1 + random.nextInt(15) : 11;
      StringBuilder text = new StringBuilder(length);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(random.nextInt(50) == 0 ? 38 : 12)));
      }
      String candidate = text.toString();
      assertThat(texts.contains(candidate)).as("seed=%d i=%d %s", seed, i, candidate)
          .isEqualTo(oracle.contains(candidate));
      if (random.nextBoolean()) {
        texts.add(candidate);
        oracle.add(candidate);
      }
    }
    assertThat(texts.size()).as("seed=%d", seed).isEqualTo(oracle.size());
    for (String text : oracle) {
      assertThat(texts.contains(text)).as("seed=%d %s", seed, text).isTrue();
    }
  }
}
