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

import java.util.regex.Pattern;
import org.caperules.core.ImporterNumber;

/**
 * Importer labels as the pages show them: as the inputs write them, except that a social
 * security number is never shown. The screening report and {@code payments.csv} already mask
 * it ({@code ***-**-6789}); a file that does not (a readiness file keyed by the number as
 * entered, for one) is masked here the same way, so that its rows match and no page or file
 * name carries the number. Text that is not an importer number but has 9 digits or more is
 * masked as {@link ImporterNumber#maskUnparsed(String)} does.
 *
 * <p>A payee label of an SSN-form importer ({@code ssn-6789-3f9a61c2}: the last four digits and
 * a keyed hash, {@link org.caperules.core.ImporterLabels#keyed(byte[])}) is already private and
 * stays as written, so the pages name the importer as every other output does.
 *
 * <p>Example: {@code 123-45-6789} gives {@code ***-**-6789}; {@code 12-3456789A1} stays;
 * {@code IOR 123-45-6789} (a payee) gives {@code IOR ***-**-6789}.
 */
final class Labels {

  /** A keyed payee label, as {@code ImporterLabels.keyed} writes it. */
  private static final Pattern KEYED_LABEL = Pattern.compile("ssn-[0-9]{4}-[0-9a-f]{8}");

  private Labels() {}

  static String importer(String written) {
    if (KEYED_LABEL.matcher(written).matches()) {
      return written;
    }
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
