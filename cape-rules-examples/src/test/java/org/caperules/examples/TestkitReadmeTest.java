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
package org.caperules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.caperules.core.Entry;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.ReasonCode;
import org.caperules.testkit.BoundaryCase;
import org.caperules.testkit.BoundaryCatalogue;
import org.caperules.testkit.Portfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's test kit snippet, compiled and run: "my pipeline" is here the engine itself, so
 * every boundary case of the catalogue must agree with it.
 */
class TestkitReadmeTest {

  /** What a user's pipeline returns for one entry. */
  record MyResult(Verdict verdict, List<ReasonCode> reasons) {}

  /** A user's pipeline: here it asks the engine. */
  static final class MyPipeline {
    MyResult screen(Entry entry, LocalDate asOf, CapePolicy policy) {
      Assessment assessment = CapeEngine.evaluate(entry, asOf, policy);
      return new MyResult(assessment.verdict(), assessment.reasons());
    }
  }

  private final MyPipeline myPipeline = new MyPipeline();

  // README: testkit
  static List<BoundaryCase> phase1Edges() {
    return BoundaryCatalogue.of(CapePolicies.PHASE_1, LocalDate.of(2026, 7, 13));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phase1Edges")
  void myPipeline_agreesAtEveryEdge(BoundaryCase edge) {
    MyResult r = myPipeline.screen(edge.entry(), edge.asOf(), edge.policy());
    assertThat(r.verdict()).as(edge.why()).isEqualTo(edge.expectedVerdict());
    assertThat(r.reasons()).as(edge.why()).isEqualTo(edge.expectedReasons());
  }

  static Stream<Entry> book() {
    return Portfolios.standard().stream(new SplittableRandom(20260713L), LocalDate.of(2026, 7, 13))
        .limit(1_000);
  }
  // README: end

  @Test
  void book_isSeeded_sameEntriesTwice() {
    assertThat(book().toList()).hasSize(1_000).isEqualTo(book().toList());
  }
}
