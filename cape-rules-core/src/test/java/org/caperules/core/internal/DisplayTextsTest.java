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
package org.caperules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextsTest {

  @Test
  void abbreviate_200CharactersKept_longerCutWithEllipsis() {
    String exact = "x".repeat(200);
    assertThat(DisplayTexts.abbreviate(exact)).isSameAs(exact);
    assertThat(DisplayTexts.abbreviate("y".repeat(201))).isEqualTo("y".repeat(200) + "\u2026");
  }

  @Test
  void printable_controlCharactersEscaped_plainTextUnchanged() {
    String plain = "ABC12345676";
    assertThat(DisplayTexts.printable(plain)).isSameAs(plain);
    assertThat(DisplayTexts.printable("a\tb\r\nc\u0000d\u001B")).isEqualTo("a\\tb\\r\\nc\\u0000d\\u001B");
  }

  @Test
  void normalizeForMatching_bomSpacesNoBreakSpacesAndCase() {
    assertThat(DisplayTexts.normalizeForMatching("\uFEFF Entry\u00A0 Summary \t Number "))
        .isEqualTo("entry summary number");
    assertThat(DisplayTexts.normalizeForMatching("ENTRY ON DRAWBACK"))
        .isEqualTo("entry on drawback");
    assertThat(DisplayTexts.normalizeForMatching("  ")).isEmpty();
  }
}
