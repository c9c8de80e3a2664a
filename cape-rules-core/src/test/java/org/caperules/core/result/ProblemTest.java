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
package org.caperules.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ProblemTest {

  private static final Position AT_2 = Position.of("f.csv", 2, "Entry Date");

  @Test
  void of_longValue_cutTo200CharactersAndEllipsis() {
    String value = "x".repeat(50_000);
    Problem problem = Problem.of(ProblemCode.BAD_DATE, AT_2, value, "bad");
    assertThat(problem.value()).hasSize(201).isEqualTo("x".repeat(200) + "\u2026");
  }

  @Test
  void of_200Characters_keptWhole() {
    String value = "y".repeat(Problem.MAX_VALUE_LENGTH);
    assertThat(Problem.of(ProblemCode.BAD_DATE, AT_2, value, "bad").value()).isEqualTo(value);
  }

  @Test
  void of_defaultSeverityOfTheCode() {
    assertThat(Problem.of(ProblemCode.BAD_AMOUNT, AT_2, "FREE", "m").severity())
        .isEqualTo(Severity.ERROR);
    assertThat(Problem.of(ProblemCode.BYTE_ORDER_MARK, AT_2, null, "m").severity())
        .isEqualTo(Severity.WARNING);
    assertThat(Problem.ofFile(ProblemCode.LIQUIDATION_COLUMNS_ABSENT, "f.csv", "m").severity())
        .isEqualTo(Severity.NOTICE);
  }

  @Test
  void withSeverity_otherSeverity_restKept() {
    Problem notice = Problem.ofFile(ProblemCode.NO_DATA_ROWS, "d.csv", "no rows");
    Problem error = notice.withSeverity(Severity.ERROR);
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.code()).isEqualTo(ProblemCode.NO_DATA_ROWS);
    assertThat(error.position()).isEqualTo(notice.position());
    assertThat(error.message()).isEqualTo("no rows");
    assertThat(error).isNotEqualTo(notice);
  }

  @Test
  void toString_allParts_fileLineColumnValueMessage() {
    Problem problem = Problem.of(ProblemCode.BAD_DATE,
        Position.of("es003.csv", 17, "Entry Date").withEntryNumber("ABC12345676"), "02/30/2026",
        "no such day");
    assertThat(problem).hasToString("es003.csv:17 [Entry Date] '02/30/2026': no such day");
  }

  @Test
  void toString_controlCharactersInValue_escaped() {
    Problem problem = Problem.of(ProblemCode.BAD_ENTRY_NUMBER, Position.of("f.csv", 3),
        "a\tb\r\nc\u0000", "bad");
    assertThat(problem).hasToString("f.csv:3 'a\\tb\\r\\nc\\u0000': bad");
  }

  @Test
  void ofFile_wholeFileNoColumnNoValue() {
    Problem problem = Problem.ofFile(ProblemCode.EMPTY_FILE, "f.csv", "The file is empty");
    assertThat(problem.position().line()).isEqualTo(Position.WHOLE_FILE).isZero();
    assertThat(problem.position().isWholeFile()).isTrue();
    assertThat(problem.position().column()).isNull();
    assertThat(problem.position().entryNumber()).isNull();
    assertThat(problem.value()).isNull();
    assertThat(problem).hasToString("f.csv:0: The file is empty");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void constructor_nulls_rejected() {
    assertThatNullPointerException().isThrownBy(
        () -> Problem.of(null, AT_2, null, "m")).withMessage("code");
    assertThatNullPointerException().isThrownBy(
        () -> new Problem(ProblemCode.BAD_DATE, null, AT_2, null, "m")).withMessage("severity");
    assertThatNullPointerException().isThrownBy(
        () -> Problem.of(ProblemCode.BAD_DATE, null, null, "m")).withMessage("position");
    assertThatNullPointerException().isThrownBy(
        () -> Problem.of(ProblemCode.BAD_DATE, AT_2, null, null)).withMessage("message");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void position_negativeLine_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Position.of("f.csv", -1))
        .withMessage("Line must be 0 (whole file) or a 1-based line number, but was: -1");
    assertThatNullPointerException().isThrownBy(() -> Position.of(null, 1)).withMessage("file");
  }

  @Test
  void position_toString_partsPresent() {
    assertThat(Position.ofFile("f.csv")).hasToString("f.csv:0");
    assertThat(Position.of("f.csv", 4)).hasToString("f.csv:4");
    assertThat(Position.of("f.csv", 4, "Entry Date")).hasToString("f.csv:4 [Entry Date]");
    assertThat(Position.of("es003.csv", 17, "Entry Date").withEntryNumber("ABC12345676"))
        .hasToString("es003.csv:17 [Entry Date] entry ABC12345676");
    assertThat(Position.of("f.csv", 5).withEntryNumber("A\nB")).hasToString("f.csv:5 entry A\\nB");
  }

  @Test
  void position_longEntryNumber_cut() {
    Position position = Position.of("f.csv", 5).withEntryNumber("9".repeat(300));
    assertThat(position.entryNumber()).isEqualTo("9".repeat(200) + "\u2026");
    assertThat(position.isWholeFile()).isFalse();
    assertThat(position.withEntryNumber(null).entryNumber()).isNull();
  }

  @Test
  void problemCode_everyCodeHasADefaultSeverity() {
    for (ProblemCode code : ProblemCode.values()) {
      assertThat(code.defaultSeverity()).as("%s", code).isNotNull();
    }
    assertThat(ProblemCode.NONCANONICAL_ENTRY_NUMBER.defaultSeverity())
        .isEqualTo(Severity.WARNING);
    assertThat(ProblemCode.NO_DATA_ROWS.defaultSeverity()).isEqualTo(Severity.NOTICE);
  }
}
