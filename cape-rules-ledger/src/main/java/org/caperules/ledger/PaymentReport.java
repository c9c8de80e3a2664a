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

import java.util.Locale;
import java.util.Optional;

/**
 * The ACE refund reports a payment line comes from (CSMS #68536553): REV-603 Trade Refund Report
 * (refunds sent to Treasury and paid), REV-613 ACH Rejected Refunds Report (refunds rejected for
 * incomplete ACH refund enrollment), REV-615 CAPE Details Refunds Report (the entry summary level
 * detail of REV-603). Example: {@code fromFileName("REV-613 2026-08.csv")} is {@link #REV_613}.
 */
public enum PaymentReport {
  /** REV-603 Trade Refund Report: refunds paid. */
  REV_603("REV-603"),
  /** REV-613 ACH Rejected Refunds Report. */
  REV_613("REV-613"),
  /** REV-615 CAPE Details Refunds Report: REV-603 per entry summary. */
  REV_615("REV-615");

  private final String label;

  PaymentReport(String label) {
    this.label = label;
  }

  /**
   * Returns the report's name as ACE prints it, for example {@code REV-603}.
   *
   * @return the name
   */
  public String label() {
    return label;
  }

  /**
   * Finds a report by name, {@code REV-603}, {@code rev603} or {@code 603}.
   *
   * @param text  the name
   * @return the report, or empty if none
   */
  public static Optional<PaymentReport> find(String text) {
    String digits = text.toUpperCase(Locale.ROOT).replace("REV", "").replaceAll("[^0-9]", "");
    for (PaymentReport report : values()) {
      if (report.label.endsWith(digits) && digits.length() == 3) {
        return Optional.of(report);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the report a file name names, for example {@code REV-615_2026-08-03.csv}.
   *
   * @param fileName  the file name
   * @return the report, or empty if the name names none or several
   */
  public static Optional<PaymentReport> fromFileName(String fileName) {
    String upper = fileName.toUpperCase(Locale.ROOT).replace("_", "-").replace(" ", "-");
    PaymentReport found = null;
    for (PaymentReport report : values()) {
      String digits = report.label.substring(4);
      if (upper.contains("REV-" + digits) || upper.contains("REV" + digits)) {
        if (found != null) {
          return Optional.empty();
        }
        found = report;
      }
    }
    return Optional.ofNullable(found);
  }
}
