package org.caperules.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

  @Test
  void of_balancedCounts_keptAndListsCopied() {
    List<String> rows = new ArrayList<>(List.of("a", "b"));
    ReadResult<String> result = ReadResult.of(rows, List.of(RowProblem.ofFile("f", "m")), 3, 2, 1);
    rows.add("c");
    assertThat(result.rows()).containsExactly("a", "b");
    assertThat(result.hasProblems()).isTrue();
    assertThat(result.summary()).isEqualTo("3 rows read: 2 used, 1 rejected; 1 problem");
  }

  @Test
  void of_noProblems_pluralSummary() {
    ReadResult<String> result = ReadResult.of(List.of(), List.of(), 0, 0, 0);
    assertThat(result.hasProblems()).isFalse();
    assertThat(result.summary()).isEqualTo("0 rows read: 0 used, 0 rejected; 0 problems");
  }

  @Test
  void of_unbalancedCounts_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadResult.of(List.of(), List.of(), 10, 9, 0))
        .withMessage("Row accounting must balance: rows read = rows used + rows rejected, but was"
            + " 10 read, 9 used, 0 rejected");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadResult.of(List.of(), List.of(), -1, -1, 0))
        .withMessageStartingWith("Row accounting must balance");
  }
}
