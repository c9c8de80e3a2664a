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
package org.caperules.report.html;

import java.time.LocalDate;
import org.caperules.core.eligibility.Verdict;
import org.caperules.report.internal.Html;
import org.caperules.report.internal.PageStyle;

/** The parts every page shares: head, footer, figure cards, two-cell rows and wordings. */
final class Pages {

  private Pages() {}

  static void head(Html html, String title) {
    html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"no-referrer\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
        + " style-src 'unsafe-inline'; img-src data:\">");
    html.element("title", title);
    html.raw("<style>\n" + PageStyle.CSS + "\n</style></head>\n<body><main>\n");
  }

  static void foot(Html html, LocalDate asOf) {
    html.open("footer").text("Prepared with cape-rules from the screening outputs as of " + asOf
        + ". CAPE deadlines: 80 days after liquidation (CSMS #68340863); protests:"
        + " 180 days after liquidation (19 U.S.C. 1514(c)(3)); interest: 19 U.S.C. 1505(c)."
        + " Importer numbers that are social security numbers are shown masked.").close("footer");
    html.raw("\n</main></body></html>\n");
  }

  static void card(Html html, String id, String kind, String label, String value, String note) {
    html.open("div", "class", kind.isEmpty() ? "card" : "card " + kind, "id", id)
        .element("span", label, "class", "label").element("span", value, "class", "value")
        .element("span", note, "class", "note").close("div");
  }

  static void pair(Html html, String name, String value) {
    html.open("tr").element("th", name).element("td", value).close("tr");
  }

  static String entries(int count) {
    return Html.count(count) + (count == 1 ? " entry" : " entries");
  }

  static String meaning(Verdict verdict) {
    return switch (verdict) {
      case ELIGIBLE -> "declare in CAPE now";
      case ELIGIBLE_DEFERRED -> "CAPE accepts it; the refund waits for liquidation";
      case NOT_ELIGIBLE -> "one or more exclusions apply";
      case NEEDS_REVIEW -> "the data cannot support a decision";
    };
  }

  static String flagMeaning(String flag) {
    return switch (flag) {
      case "UNCONFIRMED_RATE" -> "uses a quarterly interest rate CBP has not confirmed";
      case "PROJECTED_LIQUIDATION" -> "interest to a projected liquidation date";
      case "DEPOSIT_DATE_ASSUMED" -> "deposit date taken as the entry summary date";
      default -> "see the screening report";
    };
  }
}
