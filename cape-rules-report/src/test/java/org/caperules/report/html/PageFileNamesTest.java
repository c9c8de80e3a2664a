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
package org.caperules.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageFileNamesTest {

  @Test
  void namesAreFileSystemSafeNeverCarryAnSsnAndNeverCollide() {
    Map<String, String> names = PageFileNames.assign(List.of("12-3456789A1", "***-**-6789",
        "<script>alert(1)</script>", "../../etc/passwd", "CON", "index", "Acme", "ACME", "",
        "***-**-6789 ", "a".repeat(200)));
    assertThat(names.values()).containsExactly("12-3456789A1.html", "ssn-6789.html",
        "_script_alert_1_script_.html", "_.._etc_passwd.html", "CON-importer.html",
        "index-importer.html", "Acme.html", "ACME-2.html", "importer.html", "ssn-6789-2.html",
        "a".repeat(80) + ".html");
    for (String name : names.values()) {
      assertThat(name).matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.html|_[A-Za-z0-9._-]*\\.html");
      assertThat(name).doesNotContain("/").doesNotContain("\\");
    }
  }
}
