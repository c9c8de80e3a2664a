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
package org.caperules.report.input;

import org.caperules.core.ImporterNumber;

/**
 * Importer labels as the pages show them: as the inputs write them, except that a social
 * security number is never shown. The screening report and {@code payments.csv} already mask
 * it ({@code ***-**-6789}); a file that does not (a readiness file keyed by the number as
 * entered, for one) is masked here the same way, so that its rows match and no page or file
 * name carries the number. Text that is not an importer number but has 9 digits or more is
 * masked as {@link ImporterNumber#maskUnparsed(String)} does.
 *
 * <p>Example: {@code 123-45-6789} gives {@code ***-**-6789}; {@code 12-3456789A1} stays;
 * {@code IOR 123-45-6789} (a payee) gives {@code IOR ***-**-6789}.
 */
final class Labels {

  private Labels() {}

  static String importer(String written) {
    return ImporterNumber.tryParse(written).map(ImporterNumber::masked)
        .orElseGet(() -> ImporterNumber.maskUnparsed(written));
  }

  /** A payee label, {@code IOR <number>} or {@code 4811 <number>}: the number masked. */
  static String payee(String written) {
    int space = written.indexOf(' ');
    return space < 0 ? importer(written)
        : written.substring(0, space + 1) + importer(written.substring(space + 1).strip());
  }
}
