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

import java.util.Objects;

/**
 * What a CAPE error message means for the entry and what to do next: its meaning, the fix, and
 * whether to declare the entry again ({@link Resubmit}). The mapping, message by message with its
 * source, is in docs/ledger.md ("Resubmit").
 *
 * <p>Example: {@code CapeErrorAdvice.of(CapeErrorMessage.INVALID_HTS).resubmit()} is {@link
 * Resubmit#AFTER_FIX}: a post summary correction replaces the end-dated HTS code, then a new
 * CAPE declaration (CSMS #69056483).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param meaning  what the message says about the entry
 * @param fix  what to do next
 * @param resubmit  whether and when to declare the entry again
 */
public record CapeErrorAdvice(String meaning, String fix, Resubmit resubmit) {

  private static final String PSC = "File a post summary correction in ACE (header reason code"
      + " H99 Data Change-Other), then declare the entry in a new CAPE declaration";

  /** The advice for an error text that is not a known CAPE message. */
  public static final CapeErrorAdvice UNKNOWN = new CapeErrorAdvice(
      "Not a CAPE message this library knows",
      "Read CBP's error text; ask IEEPARefunds@cbp.dhs.gov if it is unclear; fix the entry, then"
          + " declare it again",
      Resubmit.AFTER_FIX);

  /**
   * Checks the components.
   *
   * @param meaning  what the message says about the entry
   * @param fix  what to do next
   * @param resubmit  whether and when to declare the entry again
   */
  public CapeErrorAdvice {
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(resubmit, "resubmit");
  }

  /**
   * Returns the advice for a CAPE error message.
   *
   * @param message  the message
   * @return the advice
   */
  public static CapeErrorAdvice of(CapeErrorMessage message) {
    Objects.requireNonNull(message, "message");
    return switch (message) {
      case ENTRY_ON_DRAWBACK -> new CapeErrorAdvice(
          "The entry is designated on a drawback claim",
          "No CAPE refund while the drawback designation stands", Resubmit.NO);
      case ENTRY_SUMMARY_FLAGGED_FOR_RECON -> new CapeErrorAdvice(
          "The entry is flagged for reconciliation (from 2026-06-29 only when a reconciliation"
              + " entry, type 09, was filed)",
          "Not in this CAPE phase: reconciliation waits for a later deployment (CSMS #69035485);"
              + " a result dated before 2026-06-29 without a type 09 filed can be declared again",
          Resubmit.NO);
      case ENTRY_SUMMARY_IS_CANCELLED_REJECTED -> new CapeErrorAdvice(
          "The entry summary is not in accepted status in ACE",
          "Have the entry summary corrected and accepted in ACE, then declare it again",
          Resubmit.AFTER_FIX);
      case ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS -> new CapeErrorAdvice(
          "Liquidated or reliquidated more than 80 days ago",
          "Outside CAPE: protest under 19 U.S.C. 1514 within 180 days of liquidation",
          Resubmit.NO);
      case UNABLE_TO_CALCULATE_DUTY -> new CapeErrorAdvice(
          "ACE could not recalculate the duty; often transient",
          "Declare the entry again; if it fails again, email IEEPARefunds@cbp.dhs.gov",
          Resubmit.AGAIN);
      case HTS_RELATIONSHIP_SEQUENCE_MISMATCH -> new CapeErrorAdvice(
          "HTS codes out of relationship or sequence (message retired 2026-06-25)", PSC,
          Resubmit.AFTER_FIX);
      case INVALID_HTS -> new CapeErrorAdvice(
          "A line's action date is outside the begin and end dates of an HTS code on the entry",
          PSC + " (replace the end-dated HTS code)", Resubmit.AFTER_FIX);
      case HTS_RELATIONSHIP_MISMATCH -> new CapeErrorAdvice(
          "An add, replace or derived HTS code is on the entry without its corresponding code",
          PSC, Resubmit.AFTER_FIX);
      case GOODS_VALUE_AMOUNT_MUST_BE_REPORTED_ON_THE_CH_1_97 -> new CapeErrorAdvice(
          "A validation CBP removed on 2026-06-25", "Declare the entry again as it is",
          Resubmit.AGAIN);
      case ENTRY_TYPE_NOT_ALLOWED -> new CapeErrorAdvice(
          "The entry type is not allowed in CAPE (warehouse types 21 and 22 from 2026-07-07)",
          "No CAPE refund for this entry type in this phase", Resubmit.NO);
      case PROTEST_ON_ENTRY -> new CapeErrorAdvice(
          "An open or suspended protest is on the entry",
          "The protest decides the refund; no CAPE refund while it is open", Resubmit.NO);
      case NO_IEEPA_HTS_ON_ENTRY -> new CapeErrorAdvice(
          "No dutiable IEEPA Chapter 99 line on the entry",
          "Nothing to refund through CAPE; if IEEPA duty was paid, check the entry's lines",
          Resubmit.NO);
      case STATEMENT_PROCESSING_NOT_COMPLETE -> new CapeErrorAdvice(
          "The daily or periodic statement paying the entry is not processed yet",
          "Wait until the statement is paid and processed, then declare the entry again",
          Resubmit.LATER);
      case DUPLICATE_TAX_ID -> new CapeErrorAdvice(
          "The importer's tax ID does not match, or two filers declared the entry (meaning"
              + " uncertain)",
          "Check the importer of record number with the filer, then declare from one account",
          Resubmit.AFTER_FIX);
      case ACCOUNT_MISMATCH -> new CapeErrorAdvice(
          "The declaring account is neither the importer of record nor the filing broker",
          "Declare from the importer's ACE account or the broker that filed the entry",
          Resubmit.AFTER_FIX);
    };
  }

  /**
   * Returns the advice for an error text from a CAPE result file.
   *
   * @param errorDescription  the error text
   * @return the advice of the known message it is, or {@link #UNKNOWN}
   */
  public static CapeErrorAdvice forText(String errorDescription) {
    return CapeErrorMessage.find(errorDescription).map(CapeErrorAdvice::of).orElse(UNKNOWN);
  }
}
