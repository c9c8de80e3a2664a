package org.caperules.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RowProblemTest {

  @Test
  void of_longValue_cutTo200CharactersAndEllipsis() {
    String value = "x".repeat(50_000);
    RowProblem problem = RowProblem.of("f.csv", 2, "Entry Date", value, "bad");
    assertThat(problem.value()).hasSize(201).isEqualTo("x".repeat(200) + "\u2026");
  }

  @Test
  void of_200Characters_keptWhole() {
    String value = "y".repeat(200);
    assertThat(RowProblem.of("f.csv", 2, null, value, "bad").value()).isEqualTo(value);
  }

  @Test
  void toString_allParts_fileLineColumnValueMessage() {
    RowProblem problem = RowProblem.of("es003.csv", 17, "Entry Date", "02/30/2026", "no such day");
    assertThat(problem).hasToString("es003.csv:17 [Entry Date] '02/30/2026': no such day");
  }

  @Test
  void toString_controlCharactersInValue_escaped() {
    RowProblem problem = RowProblem.of("f.csv", 3, null, "a\tb\r\nc\u0000", "bad");
    assertThat(problem).hasToString("f.csv:3 'a\\tb\\r\\nc\\u0000': bad");
  }

  @Test
  void ofFile_lineZeroNoColumnNoValue() {
    RowProblem problem = RowProblem.ofFile("f.csv", "The file is empty");
    assertThat(problem.line()).isEqualTo(RowProblem.FILE_LEVEL).isZero();
    assertThat(problem.column()).isNull();
    assertThat(problem.value()).isNull();
    assertThat(problem).hasToString("f.csv:0: The file is empty");
  }

  @Test
  void constructor_negativeLine_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> RowProblem.of("f.csv", -1, null, null, "m"))
        .withMessage("Line must be 0 (whole file) or a 1-based line number, but was: -1");
  }
}
