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
package org.caperules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caperules.core.Entry;
import org.caperules.core.ProtestStatus;
import org.caperules.core.eligibility.CapePolicies;
import org.junit.jupiter.api.Test;

/** A protest number without a status cannot rule out an open protest (CSMS #68340863). */
class ProtestStatusRuleTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);

  private static Entry.Builder entry() {
    return Entry.builder().entryNumberText("GLD00000011");
  }

  private static String finding(Entry entry) {
    return StandardRules.PROTEST_STATUS.check(entry, MON_2026_07_13, CapePolicies.PHASE_1)
        .map(Finding::toString).orElse("none");
  }

  @Test
  void protestNumber_blankStatus_unknownProtestStatus() {
    assertThat(finding(entry().protestNumber(" 270426100123 ").build())).isEqualTo(
        "UNKNOWN_PROTEST_STATUS: Protest 270426100123 is given without a protest status, so an"
            + " open protest cannot be ruled out. [CSMS #68340863]");
    assertThat(finding(entry().protestNumber("270426100123").protestStatusFrom("  ").build()))
        .startsWith("UNKNOWN_PROTEST_STATUS: Protest 270426100123");
  }

  @Test
  void protestNumber_withAStatus_isJudgedByTheStatus() {
    assertThat(finding(entry().protestNumber("270426100123").protestStatusFrom("Denied")
        .build())).isEqualTo("none");
    assertThat(finding(entry().protestNumber("270426100123").protestStatusFrom("Pending")
        .build())).isEqualTo("none");
    assertThat(finding(entry().protestNumber("270426100123").protestStatusFrom("None")
        .build())).isEqualTo("none");
    assertThat(finding(entry().protestNumber("270426100123").protestStatusFrom("Under Appeal")
        .build())).startsWith("UNKNOWN_PROTEST_STATUS: Protest status 'Under Appeal'");
  }

  @Test
  void noProtestNumber_blankStatus_noProtest() {
    assertThat(finding(entry().build())).isEqualTo("none");
    assertThat(finding(entry().protestNumber("  ").build())).isEqualTo("none");
    assertThat(entry().build().protestStatus()).isEqualTo(ProtestStatus.NONE);
  }
}
