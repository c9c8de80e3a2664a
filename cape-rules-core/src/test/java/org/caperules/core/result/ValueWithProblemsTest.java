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

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueWithProblemsTest {

  private static final Problem ERROR =
      Problem.of(ProblemCode.MISSING_ENTRY_NUMBER, Position.of("f", 3, "ENTRY_NUMBER"), "",
          "The entry number is blank");
  private static final Problem WARNING =
      Problem.of(ProblemCode.NONCANONICAL_ENTRY_NUMBER, Position.of("f", 4), "abc", "m");
  private static final Problem NOTICE =
      Problem.ofFile(ProblemCode.LIQUIDATION_COLUMNS_ABSENT, "f", "m");

  @Test
  void of_balancedCounts_keptAndListsCopied() {
    List<String> rows = new ArrayList<>(List.of("a", "b"));
    List<Problem> problems = new ArrayList<>(List.of(ERROR));
    ValueWithProblems<List<String>> result =
        ValueWithProblems.of(List.copyOf(rows), problems, RowAccounting.of(3, 2, 1));
    rows.add("c");
    problems.add(WARNING);
    assertThat(result.value()).containsExactly("a", "b");
    assertThat(result.problems()).containsExactly(ERROR);
    assertThat(result.hasProblems()).isTrue();
    assertThat(result.rowAccounting()).isEqualTo(RowAccounting.of(3, 2, 1));
    assertThat(result.summary()).isEqualTo("3 rows read: 2 used, 1 rejected; 1 problem");
    assertThat(result).hasToString(
        "ValueWithProblems[3 rows read: 2 used, 1 rejected; 1 problem]");
  }

  @Test
  void of_noProblems_pluralSummary() {
    ValueWithProblems<List<String>> result =
        ValueWithProblems.of(List.of(), List.of(), RowAccounting.of(0, 0, 0));
    assertThat(result.hasProblems()).isFalse();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.summary()).isEqualTo("0 rows read: 0 used, 0 rejected; 0 problems");
  }

  @Test
  void of_withoutRows_noAccountingInSummary() {
    ValueWithProblems<String> result = ValueWithProblems.of("decl.csv", List.of(WARNING, NOTICE));
    assertThat(result.rowAccounting()).isNull();
    assertThat(result.summary()).isEqualTo("2 problems");
    assertThat(result).hasToString("ValueWithProblems[2 problems]");
  }

  @Test
  void hasErrors_onlyForErrorSeverity() {
    assertThat(ValueWithProblems.of("v", List.of(WARNING, NOTICE)).hasErrors()).isFalse();
    assertThat(ValueWithProblems.of("v", List.of(WARNING, ERROR)).hasErrors()).isTrue();
    assertThat(ValueWithProblems.of("v", List.of(WARNING.withSeverity(Severity.ERROR)))
        .hasErrors()).isTrue();
  }

  @Test
  void problems_bySeverity_inOrder() {
    Problem second = ERROR.withSeverity(Severity.NOTICE);
    ValueWithProblems<String> result =
        ValueWithProblems.of("v", List.of(NOTICE, ERROR, WARNING, second));
    assertThat(result.problems(Severity.ERROR)).containsExactly(ERROR);
    assertThat(result.problems(Severity.WARNING)).containsExactly(WARNING);
    assertThat(result.problems(Severity.NOTICE)).containsExactly(NOTICE, second);
    assertThat(ValueWithProblems.of("v", List.of()).problems(Severity.ERROR)).isEmpty();
  }

  @Test
  void map_newValue_problemsAndAccountingKept() {
    ValueWithProblems<List<String>> rows =
        ValueWithProblems.of(List.of("a", "b"), List.of(ERROR), RowAccounting.of(3, 2, 1));
    ValueWithProblems<Long> count = rows.map(list -> (long) list.size());
    assertThat(count.value()).isEqualTo(2L);
    assertThat(count.problems()).containsExactly(ERROR);
    assertThat(count.rowAccounting()).isEqualTo(rows.rowAccounting());
    assertThat(ValueWithProblems.of("x", List.of()).map(String::length).rowAccounting()).isNull();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void constructor_nulls_rejected() {
    assertThatNullPointerException().isThrownBy(() -> ValueWithProblems.of(null, List.of()))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> ValueWithProblems.of("v", null));
    assertThatNullPointerException()
        .isThrownBy(() -> ValueWithProblems.of("v", List.of(), null))
        .withMessage("rowAccounting");
    assertThatNullPointerException().isThrownBy(() -> ValueWithProblems.of("v", List.of())
        .problems(null)).withMessage("severity");
    assertThatNullPointerException().isThrownBy(() -> ValueWithProblems.of("v", List.of())
        .map(null)).withMessage("mapper");
  }

  @Test
  void rowAccounting_unbalancedCounts_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> RowAccounting.of(10, 9, 0))
        .withMessage("Row accounting must balance: rows read = rows used + rows rejected, but was"
            + " 10 read, 9 used, 0 rejected");
    assertThatIllegalArgumentException().isThrownBy(() -> RowAccounting.of(-1, -1, 0))
        .withMessageStartingWith("Row accounting must balance");
    assertThatIllegalArgumentException().isThrownBy(() -> RowAccounting.of(0, 1, -1))
        .withMessageStartingWith("Row accounting must balance");
    assertThatIllegalArgumentException().isThrownBy(() -> RowAccounting.of(1, -1, 2))
        .withMessageStartingWith("Row accounting must balance");
  }

  @Test
  void rowAccounting_countsEqualityAndText() {
    RowAccounting accounting = RowAccounting.of(10, 9, 1);
    assertThat(accounting.rowsRead()).isEqualTo(10);
    assertThat(accounting.rowsUsed()).isEqualTo(9);
    assertThat(accounting.rowsRejected()).isEqualTo(1);
    assertThat(accounting).hasToString("10 rows read: 9 used, 1 rejected");
    assertThat(accounting).isEqualTo(RowAccounting.of(10, 9, 1))
        .hasSameHashCodeAs(RowAccounting.of(10, 9, 1))
        .isNotEqualTo(RowAccounting.of(10, 8, 2))
        .isNotEqualTo(RowAccounting.of(11, 10, 1))
        .isNotEqualTo(RowAccounting.of(10, 10, 0))
        .isNotEqualTo("10 rows read: 9 used, 1 rejected");
  }
}
