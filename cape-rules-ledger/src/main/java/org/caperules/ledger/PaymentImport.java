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
package org.caperules.ledger;

import java.util.List;
import java.util.Objects;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;

/**
 * What importing one refund report did. Example: a REV-615 file of 3 lines imported into a
 * ledger for the first time: {@code recorded 3}; again: {@code alreadyImported true, recorded 0}.
 *
 * @param fileName  the file's name
 * @param report  the report
 * @param alreadyImported  true if the same content was imported before (nothing recorded)
 * @param problems  the lines and cells that could not be read
 * @param accounting  the row accounting
 * @param recorded  the lines newly recorded
 */
public record PaymentImport(String fileName, PaymentReport report, boolean alreadyImported,
    List<Problem> problems, RowAccounting accounting, long recorded) {

  /**
   * Copies the problems.
   *
   * @param fileName  the file's name
   * @param report  the report
   * @param alreadyImported  true if the same content was imported before
   * @param problems  the lines and cells that could not be read
   * @param accounting  the row accounting
   * @param recorded  the lines newly recorded
   */
  public PaymentImport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(report, "report");
    problems = List.copyOf(problems);
    Objects.requireNonNull(accounting, "accounting");
  }
}
