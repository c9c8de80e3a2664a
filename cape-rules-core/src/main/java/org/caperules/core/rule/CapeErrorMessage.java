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

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.caperules.core.internal.DisplayTexts;
import org.jspecify.annotations.Nullable;

/**
 * The entry-level messages CAPE gives in its validation result and claim details, with the
 * wording as seen, where it was seen, and the {@link ReasonCode} that predicts the rejection,
 * where one does. The rule that produces that reason code names the message too: for example
 * {@link #ENTRY_ON_DRAWBACK} is predicted by {@link ReasonCode#DRAWBACK}, which
 * {@link StandardRules#DRAWBACK} produces.
 *
 * <p>CBP's own list (the IEEPA Duty Refunds FAQ, "updated 4/15/2026", 14 messages) was not seen
 * in full: every wording here is quoted by a source named in {@link #source()}, and several are
 * UNCERTAIN. {@link #matches(String)} compares trimmed and case-insensitively, with runs of white
 * space as one space, so {@code " Protest on entry"} matches {@link #PROTEST_ON_ENTRY}.
 *
 * <p>Left out: "ENTRY SUMMARY UNDER REVIEW" (one vendor only, and it contradicts CBP, which
 * accepts entries under review); "9903.03.xx Code Rejected" (one vendor, wording with a
 * placeholder); the duplicate-declaration message, whose CBP wording was not seen.
 */
public enum CapeErrorMessage {

  /** Entry designated on a drawback claim. */
  ENTRY_ON_DRAWBACK("ENTRY ON DRAWBACK", ReasonCode.DRAWBACK,
      "CBP IEEPA FAQ 4/15/2026 via capeportalguide"),
  /** Entry flagged for reconciliation (from 29 Jun 2026 only with a type 09 filed). */
  ENTRY_SUMMARY_FLAGGED_FOR_RECON("ENTRY SUMMARY FLAGGED FOR RECON", ReasonCode.RECONCILIATION,
      "CBP IEEPA FAQ 4/15/2026 via capeportalguide"),
  /** Entry summary status is not accepted. */
  ENTRY_SUMMARY_IS_CANCELLED_REJECTED("ENTRY SUMMARY IS CANCELLED/REJECTED",
      ReasonCode.ENTRY_SUMMARY_NOT_ACCEPTED,
      "CBP IEEPA FAQ 4/15/2026 via capeportalguide"),
  /**
   * Liquidated or reliquidated more than 80 days ago. Mapped to {@code LIQUIDATION_WINDOW_PASSED},
   * the reason for an entry past the 80-day CAPE window, which is what the FAQ says the message
   * means; an entry the screening marks {@code LIQUIDATION_FINAL} (past the 180-day protest
   * period too) gets the same message from CBP. Alias: "Entry Summary in Final Liquidation"
   * (es-003.com).
   */
  ENTRY_SUMMARY_IS_IN_FINAL_LIQUIDATION_STATUS("ENTRY SUMMARY IS IN FINAL LIQUIDATION STATUS",
      ReasonCode.LIQUIDATION_WINDOW_PASSED,
      "CBP IEEPA FAQ 4/15/2026 via capeportalguide; es-003.com",
      "Entry Summary in Final Liquidation"),
  /** ACE could not recalculate the duty; sometimes transient. */
  UNABLE_TO_CALCULATE_DUTY("UNABLE TO CALCULATE DUTY", null,
      "NCBFAA 18 May 2026; CAPEView tests"),
  /**
   * Retired on 25 Jun 2026, replaced by {@link #INVALID_HTS} and
   * {@link #HTS_RELATIONSHIP_MISMATCH}.
   */
  HTS_RELATIONSHIP_SEQUENCE_MISMATCH("HTS RELATIONSHIP/SEQUENCE MISMATCH", null,
      "CSMS #69056483", null, LocalDate.of(2026, 6, 25)),
  /** A line's action date is outside the begin and end dates of an HTS code on the entry. */
  INVALID_HTS("INVALID HTS", null, "CSMS #69056483",
      LocalDate.of(2026, 6, 25), null),
  /** An add, replace or derived HTS code without its corresponding HTS code. */
  HTS_RELATIONSHIP_MISMATCH("HTS RELATIONSHIP MISMATCH", null,
      "CSMS #69056483", LocalDate.of(2026, 6, 25), null),
  /**
   * Validation removed on 25 Jun 2026. Alias (NCBFAA's wording, UNCERTAIN): "Goods Value Amount
   * Not Allowed on IEEPA HTS Line".
   */
  GOODS_VALUE_AMOUNT_MUST_BE_REPORTED_ON_THE_CH_1_97(
      "GOODS VALUE AMOUNT MUST BE REPORTED ON THE CH 1-97", null,
      "CSMS #69056483; rimlogistics/NCBFAA for the alias",
      null, LocalDate.of(2026, 6, 25), "Goods Value Amount Not Allowed on IEEPA HTS Line"),
  /** Entry type not allowed: warehouse types 21/22 from 7 Jul 2026 (probably also 08/09/47). */
  ENTRY_TYPE_NOT_ALLOWED("ENTRY TYPE NOT ALLOWED", ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
      "CSMS #69127837 via the BoxC bundle"),
  /** Open or suspended protest on the entry. */
  PROTEST_ON_ENTRY("PROTEST ON ENTRY", ReasonCode.OPEN_PROTEST,
      "Fintella guide; CAPEView test fixtures"),
  /** No dutiable IEEPA Chapter 99 line on the entry. */
  NO_IEEPA_HTS_ON_ENTRY("NO IEEPA HTS ON ENTRY", ReasonCode.NO_IEEPA_DUTY,
      "Fintella guide; tariffcheck.co"),
  /** Periodic or daily statement not yet processed; retry later. */
  STATEMENT_PROCESSING_NOT_COMPLETE("STATEMENT PROCESSING NOT COMPLETE", null,
      "Fintella guide; es-003.com"),
  /** Meaning UNCERTAIN: IOR tax ID mismatch, or one entry submitted by two filers. */
  DUPLICATE_TAX_ID("DUPLICATE TAX ID", null,
      "Fintella guide; tariffstool.com"),
  /** The filer account is neither the IOR nor the filing broker. */
  ACCOUNT_MISMATCH("ACCOUNT MISMATCH", null,
      "es-003.com; tariffcheck.co");

  private final String text;
  private final @Nullable ReasonCode reasonCode;
  private final String source;
  private final @Nullable LocalDate firstDay;
  private final @Nullable LocalDate retiredOn;
  @SuppressWarnings("ImmutableEnumChecker") // List.of(...) is unmodifiable
  private final List<String> aliases;

  CapeErrorMessage(String text, @Nullable ReasonCode reasonCode, String source) {
    this(text, reasonCode, source, null, null);
  }

  CapeErrorMessage(String text, @Nullable ReasonCode reasonCode, String source, String alias) {
    this(text, reasonCode, source, null, null, alias);
  }

  CapeErrorMessage(String text, @Nullable ReasonCode reasonCode, String source,
      @Nullable LocalDate firstDay, @Nullable LocalDate retiredOn, String... aliases) {
    this.text = text;
    this.reasonCode = reasonCode;
    this.source = source;
    this.firstDay = firstDay;
    this.retiredOn = retiredOn;
    this.aliases = List.of(aliases);
  }

  /**
   * Returns the message as CAPE prints it, for example {@code PROTEST ON ENTRY}.
   *
   * @return the exact text
   */
  public String text() {
    return text;
  }

  /**
   * Returns other wordings seen for the same message, for example {@code Entry Summary in Final
   * Liquidation}.
   *
   * @return the aliases, possibly empty
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Returns where the wording was seen: a CSMS number, the CBP FAQ as quoted by a named site, or
   * a vendor.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the reason code that predicts this rejection, for example
   * {@link ReasonCode#OPEN_PROTEST} for {@link #PROTEST_ON_ENTRY}.
   *
   * @return the reason code, or {@code null} if no screening rule corresponds (data and
   *     processing errors such as {@link #UNABLE_TO_CALCULATE_DUTY})
   */
  public @Nullable ReasonCode reasonCode() {
    return reasonCode;
  }

  /**
   * Returns the first day CAPE gives this message, where a CSMS dates it.
   *
   * @return the first day (inclusive), or {@code null} if given since CAPE opened
   */
  public @Nullable LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the day CBP retired this message or its validation, where a CSMS dates it.
   *
   * @return the day it stopped (exclusive: not given on or after it), or {@code null} if current
   */
  public @Nullable LocalDate retiredOn() {
    return retiredOn;
  }

  /**
   * Tells whether CAPE gives this message on a date, by {@link #firstDay()} (inclusive) and
   * {@link #retiredOn()} (exclusive). Example: {@link #INVALID_HTS} is current on 2026-06-25, and
   * {@link #HTS_RELATIONSHIP_SEQUENCE_MISMATCH} is current on 2026-06-24 but not 2026-06-25.
   *
   * @param date  the date
   * @return true if the message is current on that date
   */
  public boolean isCurrentOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (firstDay == null || !date.isBefore(firstDay))
        && (retiredOn == null || date.isBefore(retiredOn));
  }

  /**
   * Tells whether an error description is this message or one of its aliases, trimmed,
   * case-insensitively and with runs of white space as one space.
   *
   * @param errorDescription  the text from a result file
   * @return true if it is this message
   */
  public boolean matches(String errorDescription) {
    Objects.requireNonNull(errorDescription, "errorDescription");
    String normalised = DisplayTexts.normalizeForMatching(errorDescription);
    if (DisplayTexts.normalizeForMatching(text).equals(normalised)) {
      return true;
    }
    for (String alias : aliases) {
      if (DisplayTexts.normalizeForMatching(alias).equals(normalised)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the message an error description is.
   *
   * @param errorDescription  the text from a result file
   * @return the message, or empty if the text is blank or not a known message
   */
  public static Optional<CapeErrorMessage> find(String errorDescription) {
    Objects.requireNonNull(errorDescription, "errorDescription");
    for (CapeErrorMessage message : values()) {
      if (message.matches(errorDescription)) {
        return Optional.of(message);
      }
    }
    return Optional.empty();
  }
}
