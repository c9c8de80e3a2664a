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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class DrawTest {

  /** A generator whose nextLong() returns the given values in turn. */
  private static RandomGenerator sequence(long... values) {
    int[] next = {0};
    return () -> values[next[0]++];
  }

  @Test
  void below_usesTheTop63BitsModuloTheBound() {
    // 10 >>> 1 = 5, 5 % 3 = 2
    assertThat(Draw.below(sequence(10L), 3)).isEqualTo(2);
    // 7 >>> 1 = 3, 3 % 3 = 0
    assertThat(Draw.below(sequence(7L), 3)).isEqualTo(0);
  }

  @Test
  void below_drawInTheIncompleteLastBlock_isRejected() {
    // -1 >>> 1 = 2^63 - 1; 2^63 = 2 (mod 3), so 2^63 - 1 = 1 (mod 3): the block starting at
    // 2^63 - 2 is incomplete (2^63 - 2 + 2 overflows), so the draw is rejected; 10 then gives 2.
    assertThat(Draw.below(sequence(-1L, 10L), 3)).isEqualTo(2);
  }

  @Test
  void below_boundOne_isAlwaysZero() {
    assertThat(Draw.below(sequence(12345L), 1)).isZero();
  }

  @Test
  void below_boundZero_throws() {
    assertThatThrownBy(() -> Draw.below(sequence(1L), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound must be at least 1, but was 0");
  }

  @Test
  void between_isInclusiveAtBothEnds() {
    // 10 >>> 1 = 5; range 3..5 has 3 values; 5 % 3 = 2; 3 + 2 = 5
    assertThat(Draw.between(sequence(10L), 3, 5)).isEqualTo(5);
    assertThatThrownBy(() -> Draw.between(sequence(1L), 5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Empty range: 5 to 4");
  }

  @Test
  void pick_emptyList_throws() {
    assertThat(Draw.pick(sequence(2L), List.of("a", "b"))).isEqualTo("b");   // 2 >>> 1 = 1
    assertThatThrownBy(() -> Draw.pick(sequence(1L), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot pick from an empty list");
  }
}
