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
package org.caperules.report.figures;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.caperules.core.rule.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * The reason codes of the screening report in words a client reads, with the code's CBP source
 * ({@link ReasonCode#source()}), as in the reason table of docs/rules.md. A code this release
 * does not know is shown as written.
 *
 * <p>Example: {@code LIQUIDATION_WINDOW_PASSED} reads "liquidated more than 80 days ago; a
 * protest is still possible (CBP guidance 10 Apr 2026; CSMS #68340863; 19 U.S.C. 1501)".
 */
public final class ReasonWords {

  private static final Map<ReasonCode, String> WORDS = new EnumMap<>(ReasonCode.class);

  static {
    WORDS.put(ReasonCode.ADCVD_PENDING_LIQUIDATION,
        "AD/CVD liquidation instructions issued, not yet liquidated");
    WORDS.put(ReasonCode.CHECKS_NOT_RUN,
        "held back: a check could not run because the export lacks its column");
    WORDS.put(ReasonCode.DATE_AFTER_AS_OF, "a date in the export is after the as-of date");
    WORDS.put(ReasonCode.DRAWBACK, "drawback entry or designated on a drawback claim");
    WORDS.put(ReasonCode.DUTY_DEFERRAL, "type 08 duty-deferral entry");
    WORDS.put(ReasonCode.ENTRY_SUMMARY_NOT_ACCEPTED, "entry summary cancelled or rejected");
    WORDS.put(ReasonCode.ENTRY_TYPE_NOT_ALLOWED, "entry type not accepted by CAPE");
    WORDS.put(ReasonCode.INVALID_ENTRY_NUMBER, "entry number format or check digit wrong");
    WORDS.put(ReasonCode.LIQUIDATION_BEFORE_ENTRY, "liquidation date before the entry date");
    WORDS.put(ReasonCode.LIQUIDATION_FINAL,
        "liquidation final: past the protest last day");
    WORDS.put(ReasonCode.LIQUIDATION_WINDOW_PASSED,
        "liquidated more than 80 days ago; a protest is still possible");
    WORDS.put(ReasonCode.NOT_IN_ACE, "not filed in ACE");
    WORDS.put(ReasonCode.NO_IEEPA_DUTY, "no IEEPA Chapter 99 line with duty above zero");
    WORDS.put(ReasonCode.OPEN_PROTEST, "open, pending or suspended protest");
    WORDS.put(ReasonCode.RECONCILIATION, "reconciliation entry or flagged for reconciliation");
    WORDS.put(ReasonCode.ROWS_REJECTED,
        "some rows of the entry could not be read; the duty is a lower bound");
    WORDS.put(ReasonCode.UNKNOWN_LIQUIDATION_STATUS, "liquidation status missing or unknown");
    WORDS.put(ReasonCode.UNKNOWN_PROTEST_STATUS, "protest status missing or unknown");
  }

  private ReasonWords() {}

  /**
   * Returns a reason code in words with its source, or the code as written when unknown.
   *
   * @param code  the reason code as the report writes it, for example {@code OPEN_PROTEST}
   * @return the words, for example "open, pending or suspended protest (CSMS #68340863)"
   */
  public static String of(String code) {
    String source = source(code);
    return source.isEmpty() ? words(code) : words(code) + " (" + source + ")";
  }

  /**
   * Returns a reason code in words, without its source, or the code as written when unknown.
   *
   * @param code  the reason code as the report writes it
   * @return the words, for example "open, pending or suspended protest"
   */
  public static String words(String code) {
    ReasonCode reason = known(code);
    if (reason == null) {
      return code;
    }
    String words = WORDS.get(reason);
    return words == null ? reason.name() : words;
  }

  /**
   * Returns the CBP source of a reason code ({@link ReasonCode#source()}), or an empty string
   * when the code is unknown.
   *
   * @param code  the reason code as the report writes it
   * @return the source, for example "CSMS #68340863"
   */
  public static String source(String code) {
    ReasonCode reason = known(code);
    return reason == null ? "" : reason.source();
  }

  private static @Nullable ReasonCode known(String code) {
    try {
      return ReasonCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }
}
