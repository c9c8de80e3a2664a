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

import java.util.Optional;
import org.caperules.core.rule.CapeErrorMessage;
import org.caperules.core.rule.ReasonCode;

/**
 * What to do about a failed CAPE claim, from CAPE's error text: a message that a screening
 * reason predicts ({@link CapeErrorMessage#reasonCode()}) means the entry is not declarable
 * while that reason holds; the transient ones are declared again later; the others need the
 * entry checked in ACE. See docs/rules.md for CAPE's messages and their sources.
 *
 * <p>Example: "PROTEST ON ENTRY" gives "Not declarable while this holds: open, pending or
 * suspended protest (CSMS #68340863)."
 */
final class ClaimAdvice {

  private ClaimAdvice() {}

  static String fix(String error) {
    Optional<CapeErrorMessage> message = CapeErrorMessage.find(error);
    if (message.isEmpty()) {
      return "Check the entry in ACE against CAPE's error, fix it and declare it again.";
    }
    CapeErrorMessage known = message.get();
    ReasonCode reason = known.reasonCode();
    if (reason != null) {
      return "Not declarable while this holds: " + ReasonWords.of(reason.name()) + ".";
    }
    return switch (known) {
      case UNABLE_TO_CALCULATE_DUTY, STATEMENT_PROCESSING_NOT_COMPLETE ->
          "Declare it again later (" + known.source() + ").";
      default -> "Check the entry in ACE against CAPE's error (" + known.source()
          + "), fix it and declare it again.";
    };
  }
}
