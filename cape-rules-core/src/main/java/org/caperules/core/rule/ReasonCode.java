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
package org.caperules.core.rule;

/**
 * Why an entry cannot be declared in CAPE. The names are a stable public contract: they are
 * written to CSV reports (joined by {@code ;}, sorted alphabetically) and a code never changes
 * its meaning; a later policy may add codes. Constants are declared in alphabetical order, so
 * {@link Enum#compareTo} sorts them alphabetically. Each code is produced by exactly one rule
 * of {@link StandardRules}, for example {@link #DRAWBACK} by {@link StandardRules#DRAWBACK},
 * except {@link #CHECKS_NOT_RUN}, which the engine gives when it requires every check to run.
 *
 * <p>Day counts are {@code asOf - liquidationDate} in calendar days.
 */
public enum ReasonCode {

  /**
   * AD/CVD entry for which Commerce has issued liquidation instructions and that is not yet
   * liquidated: excluded "pending liquidation in accordance with 19 U.S.C. § 1504(d)" (CBP
   * guidance of 10 Apr 2026; CSMS #68340863 "Antidumping or Countervailing duty entry summary in
   * pending liquidation status"). Applies whatever the entry type.
   */
  ADCVD_PENDING_LIQUIDATION(ReasonKind.EXCLUSION,
      "CSMS #68340863; CBP guidance 10 Apr 2026 (19 U.S.C. 1504(d))"),

  /**
   * One or more checks could not run because the input has no column for a fact they need
   * (the assessment's {@code notChecked()}, the report's {@code Not Checked} column), and the
   * screening requires every check to run ({@code CapeEngine.requiringAllChecks()}, {@code
   * cape-rules screen --require-all-checks}). Given only to an entry that no other finding
   * concerns, which would otherwise be declared; without that setting such an entry keeps its
   * verdict. Produced by the engine, not by a rule (docs/rules.md#require-all-checks).
   */
  CHECKS_NOT_RUN(ReasonKind.DATA, "docs/rules.md#require-all-checks"),

  /**
   * An entry, entry summary or liquidation date is after the as-of date: the export or the as-of
   * date is wrong, and no deadline can be counted from a date that has not yet come
   * (docs/rules.md#date-after-as-of-rule).
   */
  DATE_AFTER_AS_OF(ReasonKind.DATA, "docs/rules.md#date-after-as-of-rule"),

  /**
   * Entry type 41-47, or an entry designated on a drawback claim: "Entries designated on a
   * drawback claim" are excluded; type 47 is rejected (CSMS #68340863; CAPE message "ENTRY ON
   * DRAWBACK").
   */
  DRAWBACK(ReasonKind.EXCLUSION, "CSMS #68340863; CBP guidance 10 Apr 2026"),

  /** Entry type 08, duty deferral ("not a type 08 USMCA duty-deferral entry", CSMS #68340863). */
  DUTY_DEFERRAL(ReasonKind.EXCLUSION, "CSMS #68340863"),

  /**
   * The entry summary is cancelled or rejected (CAPE message "ENTRY SUMMARY IS
   * CANCELLED/REJECTED", CBP IEEPA FAQ of 15 Apr 2026).
   */
  ENTRY_SUMMARY_NOT_ACCEPTED(ReasonKind.EXCLUSION, "CBP IEEPA FAQ 4/15/2026"),

  /**
   * An entry type that the policy in force does not allow: warehouse types 21 and 22 from
   * 2026-07-07 ("ENTRY TYPE NOT ALLOWED", CSMS #69127837 as reported), and
   * type 23 (TIB) when the policy's {@code excludeTemporaryImportationBond} setting is on.
   */
  ENTRY_TYPE_NOT_ALLOWED(ReasonKind.EXCLUSION, "CSMS #69127837"),

  /**
   * The entry number fails the 19 CFR 142.3a format or the CATAIR check digit. The entry is
   * still assessed under its normalised text.
   */
  INVALID_ENTRY_NUMBER(ReasonKind.DATA, "19 CFR 142.3a; CATAIR Appendix E"),

  /**
   * The liquidation date is before the entry date: an entry is liquidated after it is entered
   * (19 U.S.C. 1504(a) counts from the date of entry), so one of the dates is wrong.
   */
  LIQUIDATION_BEFORE_ENTRY(ReasonKind.DATA, "19 U.S.C. 1504(a)"),

  /**
   * Liquidated, and the as-of date is after the protest last day (liquidation + 180 days, rolled
   * forward to the next business day; 19 U.S.C. 1514(c)(3)): "Entries for which liquidation is
   * final" are excluded (CBP guidance 10 Apr 2026; CAPE message "ENTRY SUMMARY IS IN FINAL
   * LIQUIDATION STATUS"). Under {@code PHASE_3_LITIGANTS} not a reason for an importer that is a
   * plaintiff at the CIT.
   */
  LIQUIDATION_FINAL(ReasonKind.EXCLUSION,
      "CBP guidance 10 Apr 2026; 19 U.S.C. 1514(c)(3)"),

  /**
   * Liquidated more than 80 days before the as-of date, and the as-of date is on or before the
   * protest last day: "Entries liquidated more than 80 days but not more than 180 days prior"
   * are excluded (CBP guidance 10 Apr 2026; CBP FAQ: CAPE accepts "entries liquidated within the
   * preceding 80 days"). A protest can still preserve the refund.
   */
  LIQUIDATION_WINDOW_PASSED(ReasonKind.EXCLUSION,
      "CBP guidance 10 Apr 2026; CSMS #68340863; 19 U.S.C. 1501"),

  /** "Entries not filed in ACE" are excluded (CBP guidance 10 Apr 2026; CSMS #68340863). */
  NOT_IN_ACE(ReasonKind.EXCLUSION, "CBP guidance 10 Apr 2026; CSMS #68340863"),

  /**
   * No IEEPA Chapter 99 line (9903.01.xx or 9903.02.xx) with duty above zero. CAPE requires "at
   * least one ... Chapter 99 number for IEEPA declared on that entry" (CSMS #68340863) and
   * processes only "dutiable" IEEPA lines. Judged per line.
   */
  NO_IEEPA_DUTY(ReasonKind.EXCLUSION, "CSMS #68340863"),

  /**
   * An open, pending or suspended protest covers the entry ("no open or suspended protest",
   * CSMS #68340863; CAPE message "PROTEST ON ENTRY"). Within 80 days of liquidation CBP suggests
   * withdrawing an IEEPA-only protest and declaring in CAPE.
   */
  OPEN_PROTEST(ReasonKind.EXCLUSION, "CSMS #68340863"),

  /**
   * Type 09 reconciliation summary, or an entry flagged for reconciliation unless the policy in
   * force accepts it (from 2026-06-29: types 01, 02 and 06 with no type 09 filed; CSMS
   * #69035485). CAPE message "ENTRY SUMMARY FLAGGED FOR RECON".
   */
  RECONCILIATION(ReasonKind.EXCLUSION, "CSMS #68340863; CSMS #69035485"),

  /**
   * One or more rows carrying the entry's number could not be used (a bad value, a wrong number
   * of cells, an entry-level value that disagrees with the entry's other rows): the entry is
   * judged on the rows that remain, which may have lost its IEEPA line or a deciding value, so
   * no verdict can rest on them and its IEEPA duty is a lower bound
   * (docs/rules.md#rows-rejected-rule).
   */
  ROWS_REJECTED(ReasonKind.DATA, "docs/rules.md#rows-rejected-rule"),

  /**
   * The liquidation status is missing or unrecognised, or the entry is LIQUIDATED without a
   * liquidation date: CAPE excludes "entries without a liquidation status in ACE" (CBP guidance
   * 10 Apr 2026) and the window cannot be judged.
   */
  UNKNOWN_LIQUIDATION_STATUS(ReasonKind.DATA, "CBP guidance 10 Apr 2026"),

  /**
   * The protest status is not recognised, or a protest number is given without a status, so an
   * open protest cannot be ruled out.
   */
  UNKNOWN_PROTEST_STATUS(ReasonKind.DATA, "CSMS #68340863");

  private final ReasonKind kind;
  private final String source;

  ReasonCode(ReasonKind kind, String source) {
    this.kind = kind;
    this.source = source;
  }

  /**
   * Returns whether this is a data reason or an exclusion.
   *
   * @return the kind
   */
  public ReasonKind kind() {
    return kind;
  }

  /**
   * Returns the CBP source (CSMS bulletin, guidance, statute) of this reason, for reports.
   *
   * @return the source text, for example {@code CSMS #68340863}
   */
  public String source() {
    return source;
  }
}
