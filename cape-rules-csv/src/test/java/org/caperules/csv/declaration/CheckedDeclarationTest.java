package org.caperules.csv.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CheckedDeclarationTest {

  @Test
  void constructor_componentsKept() {
    CheckedDeclaration checked = new CheckedDeclaration("decl.csv", 3);
    assertThat(checked.file()).isEqualTo("decl.csv");
    assertThat(checked.entryRowCount()).isEqualTo(3);
    assertThat(checked).hasToString("CheckedDeclaration[file=decl.csv, entryRowCount=3]");
  }

  @Test
  void constructor_negativeCount_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CheckedDeclaration("d.csv", -1))
        .withMessage("Entry row count must not be negative, but was: -1");
  }
}
