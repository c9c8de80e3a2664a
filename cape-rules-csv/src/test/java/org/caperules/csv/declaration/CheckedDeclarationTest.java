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
