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
package org.caperules.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small hand-written set of inputs in the shapes {@code screen} and {@code readiness} write
 * them (CRLF, the writer's columns plus the ones other branches append, a neutralised
 * {@code '=cmd} cell), with every figure the pages must show added up by hand below.
 *
 * <p>Importer {@code 12-3456789A1} (A):
 * <ul>
 *   <li>ELIGIBLE: AAA10000001 1000.00 (CAPE 2026-07-13, a Monday, at risk) + AAA10000002
 *       2500.25 (CAPE Fri 2026-07-24, week of Mon 2026-07-20) = 2 entries, 3500.25;
 *   <li>ELIGIBLE_DEFERRED: AAA10000003 300.00 (no CAPE last day) = 1 entry, 300.00;
 *   <li>NOT_ELIGIBLE: AAA10000004 4000.00 (CAPE 2026-05-21 past, protest Mon 2026-08-31 open);
 *   <li>NEEDS_REVIEW: AAA10000005 50.00;
 *   <li>total 5 entries, 1000.00 + 2500.25 + 300.00 + 4000.00 + 50.00 = 7850.25; declarable
 *       3 entries, 3800.25; at risk 1 entry, 1000.00;
 *   <li>interest known on 2 entries: 10.50 + 20.25 = 30.75; unknown on 1 (AAA10000003);
 *       UNCONFIRMED_RATE on 1 entry, 10.50;
 *   <li>payments: 2026-09 (two windows open 2026-09-11): 2 payments, 2 entries, principal
 *       1000.00 + 2500.25 = 3500.25, interest 10.50 + 20.25 = 30.75, total 1010.50 + 2520.50 =
 *       3531.00; 2026-12: 1 payment, 1 entry, 300.00, 0.00, 300.00; all 3 payments 3831.00;
 *   <li>claims: declared 1, accepted 1, failed 1 (PROTEST ON ENTRY), not declared 2;
 *   <li>readiness NOT_READY, blockers R18 and ACH_ENROLLMENT_PENDING (R14), start by
 *       2026-07-06.
 * </ul>
 *
 * <p>Importer {@code 98-7654321} (B): one ELIGIBLE entry 700.00 (CAPE 2026-08-10), interest
 * 7.00, one payment 707.00, READY. Three hostile importer labels with one entry each: 10.00
 * and 20.00 declarable, 30.00 not; the {@code script} one has a hostile CAPE error and a
 * hostile blocker code too. A Form 4811 payee's payment of 909.00 is not an importer's.
 *
 * <p>Index order (money at risk, then declarable duty, largest first): A (1000.00 at risk),
 * B (700.00 declarable), the {@code svg} label (20.00), the {@code script} label (10.00), the
 * {@code =cmd} label (0.00). Index totals: 5 + 1 + 3 = 9 entries; declarable 3 + 1 + 2 = 6
 * entries, 3800.25 + 700.00 + 10.00 + 20.00 = 4530.25; at risk 1 entry, 1000.00; interest
 * 30.75 + 7.00 = 37.75; expected payments 3831.00 + 707.00 = 4538.00.
 */
final class SmallInputs {

  static final LocalDate AS_OF = LocalDate.of(2026, 7, 13);
  static final String A = "12-3456789A1";
  static final String B = "98-7654321";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String SVG = "\"><svg onload=alert(3)>";
  static final String FORMULA = "=cmd|' /C calc'!A0";

  static final String REPORT = String.join("\r\n",
      "Entry Number,Importer Number,Entry Type,Verdict,Reasons,Liquidation Date,CAPE Last Day,"
          + "Protest Last Day,IEEPA Duty,Next Action,Policy,Warnings,Not Checked,At Risk,"
          + "Estimated Interest,Expected Liquidation,Expected Payment From,Expected Payment To,"
          + "Rate Class,Forecast Flags,Claim Status",
      "AAA10000001,12-3456789A1,01,ELIGIBLE,,2026-04-24,2026-07-13,2026-10-21,1000.00,"
          + "Declare in CAPE by 2026-07-13 (day 80 after liquidation on 2026-04-24).,"
          + "WAREHOUSE_21_22_EXCLUDED,,,Y,10.50,2026-07-14,2026-09-11,2026-10-11,CORPORATE,"
          + "UNCONFIRMED_RATE,DECLARED 2026-07-10",
      "AAA10000002,12-3456789A1,01,ELIGIBLE,,2026-05-05,2026-07-24,2026-11-02,2500.25,"
          + "Declare in CAPE by 2026-07-24.,WAREHOUSE_21_22_EXCLUDED,,,N,20.25,2026-08-27,"
          + "2026-09-11,2026-10-11,CORPORATE,,ACCEPTED",
      "AAA10000003,12-3456789A1,06,ELIGIBLE_DEFERRED,,,,,300.00,\"Declare in CAPE; the refund"
          + " waits for liquidation.\",WAREHOUSE_21_22_EXCLUDED,,,N,,,2026-12-22,2027-01-21,"
          + "CORPORATE,,FAILED: PROTEST ON ENTRY",
      "AAA10000004,12-3456789A1,01,NOT_ELIGIBLE,LIQUIDATION_WINDOW_PASSED,2026-03-02,"
          + "2026-05-21,2026-08-31,4000.00,File a protest by 2026-08-31.,"
          + "WAREHOUSE_21_22_EXCLUDED,,,N,,,,,,,",
      "AAA10000005,12-3456789A1,01,NEEDS_REVIEW,UNKNOWN_LIQUIDATION_STATUS,,,,50.00,"
          + "Check the liquidation status in ACE.,WAREHOUSE_21_22_EXCLUDED,,,N,,,,,,,",
      "BBB10000001,98-7654321,01,ELIGIBLE,,2026-05-22,2026-08-10,2026-11-18,700.00,"
          + "Declare in CAPE by 2026-08-10.,WAREHOUSE_21_22_EXCLUDED,,,N,7.00,2026-08-27,"
          + "2026-09-11,2026-10-11,CORPORATE,,",
      "HHH10000001,<script>alert(1)</script>,01,ELIGIBLE,,2026-05-01,2026-07-20,2026-10-28,"
          + "10.00,Declare.,P,,,N,,,,,,,FAILED: <img src=x onerror=alert(9)>",
      "HHH10000002,\"\"\"><svg onload=alert(3)>\",01,ELIGIBLE,,,,,20.00,Declare.,P,,,N,,,,,,,",
      "HHH10000003,'=cmd|' /C calc'!A0,01,NOT_ELIGIBLE,NO_IEEPA_DUTY,,,,30.00,None.,P,,,N,,,,,"
          + ",,",
      "");

  static final String PAYMENTS = String.join("\r\n",
      "Payee,Expected Liquidation,Liquidation Projected,Expected Payment From,"
          + "Expected Payment To,Statutory Payment Due,Entries,Principal,Interest,Total,"
          + "Entries Without Interest,Interest Forecast",
      "IOR 12-3456789A1,2026-07-14,N,2026-09-11,2026-10-11,2026-08-13,1,1000.00,10.50,1010.50,"
          + "0,Y",
      "IOR 12-3456789A1,2026-08-27,N,2026-09-11,2026-10-11,2026-09-26,1,2500.25,20.25,"
          + "2520.50,0,Y",
      "IOR 12-3456789A1,2026-12-22,Y,2026-12-22,2027-01-21,2027-01-21,1,300.00,0.00,300.00,1,"
          + "N",
      "4811 55-5555555,2026-08-27,N,2026-09-11,2026-10-11,2026-09-26,2,900.00,9.00,909.00,0,Y",
      "IOR 98-7654321,2026-08-27,N,2026-09-11,2026-10-11,2026-09-26,1,700.00,7.00,707.00,0,Y",
      "");

  static final String READINESS = String.join("\r\n",
      "Importer Number,Status,Filing Ready,Payment Ready,Blockers,Declarable Entries,IEEPA Duty,"
          + "Entries At Risk,Start By",
      "12-3456789A1,NOT_READY,2026-07-13,2026-08-24,R18;ACH_ENROLLMENT_PENDING,3,3800.25,1,"
          + "2026-07-06",
      "98-7654321,READY,2026-07-13,2026-07-13,,1,700.00,0,",
      "<script>alert(1)</script>,NOT_READY,,,<i onclick=alert(8)>X1</i>;R13,,,,",
      "");

  private SmallInputs() {}

  static Path write(Path dir, String name, String text) {
    Path file = dir.resolve(name);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return file;
  }

  /** Writes the three inputs and the pages into {@code dir/pages}. */
  static ReportOutcome writePages(Path dir) {
    return ImporterReport.builder().asOf(AS_OF)
        .screeningReport(write(dir, "screening-report.csv", REPORT))
        .payments(write(dir, "payments.csv", PAYMENTS))
        .readiness(write(dir, "readiness.csv", READINESS))
        .output(dir.resolve("pages"))
        .build()
        .write();
  }
}
