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
package org.caperules.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caperules.core.Entry;
import org.caperules.core.rule.ReasonCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Runs the golden cases of {@code cases/eligibility.csv}: one row per case, with its source. */
class GoldenCasesTest {

  private static final String CASES = "/golden-cases/eligibility.csv";
  private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile("\\|");
  private static final java.util.regex.Pattern SEMICOLON = java.util.regex.Pattern.compile(";");

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = CASES, delimiter = '|', numLinesToSkip = 1, maxCharsPerColumn = 500)
  void goldenCase(String id, String source, String entryNumber, @Nullable String type,
      @Nullable String entryDate, @Nullable String liqStatus, @Nullable String liqDate,
      @Nullable String lines, @Nullable String flags, @Nullable String protest,
      @Nullable String esStatus, String asOf, @Nullable String policy, Verdict verdict,
      @Nullable String reasons) {
    Entry entry = GoldenEntries.entry(entryNumber, type, entryDate, liqStatus, liqDate, lines,
        flags, protest, esStatus);
    CapeEngine byDate = policy == null ? CapeEngine.standard()
        : CapeEngine.of(CapePolicies.standard().byId(policy));
    CapeEngine engine = flags != null && flags.contains("REQUIRE_ALL_CHECKS")
        ? byDate.requiringAllChecks() : byDate;

    Assessment assessment = engine.evaluate(entry, LocalDate.parse(asOf));

    assertThat(assessment.verdict()).as("%s (%s): %s", id, source, assessment.findings())
        .isEqualTo(verdict);
    assertThat(assessment.reasonsText()).as("%s (%s)", id, source)
        .isEqualTo(reasons == null ? "" : reasons);
    assertThat(assessment.entryNumberText()).as(id).isEqualTo(
        org.caperules.core.EntryNumber.normalize(entryNumber));
  }

  /** Every verdict and reason code has a golden case. */
  @Test
  void goldenCases_coverEveryVerdictAndReasonCode() throws IOException {
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
    Set<String> ids = new java.util.HashSet<>();
    for (String line : lines()) {
      if (line.startsWith("#") || line.startsWith("id|") || line.isBlank()) {
        continue;
      }
      String[] cells = BAR.split(line, -1);
      assertThat(cells).as(line).hasSize(15);
      assertThat(ids.add(cells[0])).as("duplicate id %s", cells[0]).isTrue();
      assertThat(cells[1]).as("source of %s", cells[0]).isNotBlank();
      verdicts.add(Verdict.valueOf(cells[13]));
      if (!cells[14].isEmpty()) {
        for (String code : SEMICOLON.split(cells[14], -1)) {
          reasons.add(ReasonCode.valueOf(code));
        }
      }
    }
    assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
    assertThat(reasons).containsExactlyInAnyOrder(ReasonCode.values());
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        GoldenCasesTest.class.getResourceAsStream(CASES), CASES)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
