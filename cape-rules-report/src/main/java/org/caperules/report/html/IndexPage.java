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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.result.Problem;
import org.caperules.report.figures.ImporterFigures;
import org.caperules.report.figures.MonthlyPayments;
import org.caperules.report.figures.ReportFigures;
import org.caperules.report.figures.Tally;
import org.caperules.report.input.ExpectedPaymentRow;
import org.caperules.report.input.ReadinessRow;
import org.caperules.report.internal.Html;

/**
 * Renders {@code index.html}: every importer in one table, sorted by money at risk (largest
 * first, {@link ReportFigures#BY_MONEY_AT_RISK}), each linking to its page, with a total row;
 * the payments to other payees (Form 4811 notify parties); and the input rows left out, each
 * naming file, line, column, value and entry. Self-contained, like the importer pages.
 *
 * <p>Table {@code importers} has one row per importer with {@code data-importer} (the label)
 * and a link to its page; table {@code other-payees} and list {@code problems} appear only when
 * there is something to show.
 *
 * <p>Example: {@code IndexPage.render(figures, PageFileNames.assign(labels), List.of())}.
 */
public final class IndexPage {

  private IndexPage() {}

  /**
   * Renders the index.
   *
   * @param report  the report's figures
   * @param fileNames  the page file name of each importer label
   * @param problems  the input rows left out, with what was wrong
   * @return the HTML document
   * @throws IllegalArgumentException if an importer has no file name
   */
  public static String render(ReportFigures report, Map<String, String> fileNames,
      List<Problem> problems) {
    Objects.requireNonNull(report, "report");
    Html html = new Html();
    Pages.head(html, "CAPE refunds: all importers as of " + report.asOf());
    html.element("h1", "IEEPA duty refunds through CAPE: all importers");
    html.open("p", "class", "muted").text("As of ")
        .element("time", report.asOf().toString(), "datetime", report.asOf().toString())
        .text(". Sorted by money at risk: the IEEPA duty of the entries whose CAPE window"
            + " closes by " + report.atRiskLastDay() + ".").close("p");
    Tally declarable = Tally.ZERO;
    Tally atRisk = Tally.ZERO;
    BigDecimal interest = Tally.ZERO.amount();
    BigDecimal expected = Tally.ZERO.amount();
    int entries = 0;
    for (ImporterFigures importer : report.importers()) {
      declarable = sum(declarable, importer.declarable());
      atRisk = sum(atRisk, importer.atRisk());
      interest = interest.add(importer.interest().known().amount());
      expected = expected.add(expected(importer));
      entries += importer.total().count();
    }
    html.open("div", "class", "cards");
    Pages.card(html, "card-importers", "", "Importers", Html.count(report.importers().size()),
        Pages.entries(entries) + " screened");
    Pages.card(html, "card-declarable", "", "Declarable IEEPA duty",
        Html.money(declarable.amount()), Pages.entries(declarable.count()));
    Pages.card(html, "card-at-risk", atRisk.count() > 0 ? "risk" : "", "At risk",
        Html.money(atRisk.amount()), Pages.entries(atRisk.count()));
    Pages.card(html, "card-interest", "", "Estimated interest", Html.money(interest),
        "on the declarable entries whose interest is known");
    html.close("div");

    html.open("table", "id", "importers").open("thead").open("tr").element("th", "Importer")
        .element("th", "Entries", "class", "num").element("th", "Declarable duty", "class", "num")
        .element("th", "At risk", "class", "num").element("th", "Money at risk", "class", "num")
        .element("th", "Next CAPE last day").element("th", "Estimated interest", "class", "num")
        .element("th", "Expected payments", "class", "num");
    boolean readinessGiven = false;
    for (ImporterFigures importer : report.importers()) {
      readinessGiven |= importer.readiness() != null;
    }
    if (readinessGiven) {
      html.element("th", "Readiness");
    }
    html.close("tr").close("thead").open("tbody");
    for (ImporterFigures importer : report.importers()) {
      String file = fileNames.get(importer.importer());
      if (file == null) {
        throw new IllegalArgumentException("No page file name for " + importer.importer());
      }
      ReadinessRow readiness = importer.readiness();
      LocalDate next = importer.nextCapeLastDay();
      html.open("tr", importer.atRisk().count() > 0
          ? new String[] {"data-importer", importer.importer(), "class", "at-risk"}
          : new String[] {"data-importer", importer.importer()});
      html.open("td", "class", "importer").open("a", "href", file).text(importer.importer())
          .close("a").close("td")
          .element("td", Html.count(importer.total().count()), "class", "num")
          .element("td", Html.money(importer.declarable().amount()), "class", "num")
          .element("td", Html.count(importer.atRisk().count()), "class", "num")
          .element("td", Html.money(importer.atRisk().amount()), "class", "num")
          .element("td", Html.date(next))
          .element("td", Html.money(importer.interest().known().amount()), "class", "num")
          .element("td", importer.paymentsByMonth() == null ? "\u2014"
              : Html.money(expected(importer)), "class", "num");
      if (readinessGiven) {
        html.element("td", readiness == null ? "not in the readiness file" : readiness.status());
      }
      html.close("tr");
    }
    html.open("tr", "class", "total").element("td", "Total")
        .element("td", Html.count(entries), "class", "num")
        .element("td", Html.money(declarable.amount()), "class", "num")
        .element("td", Html.count(atRisk.count()), "class", "num")
        .element("td", Html.money(atRisk.amount()), "class", "num").element("td", "")
        .element("td", Html.money(interest), "class", "num")
        .element("td", Html.money(expected), "class", "num");
    if (readinessGiven) {
      html.element("td", "");
    }
    html.close("tr");
    html.close("tbody").close("table");

    otherPayees(html, report.otherPayees());
    problems(html, problems);
    Pages.foot(html, report.asOf());
    return html.toString();
  }

  private static Tally sum(Tally a, Tally b) {
    return new Tally(a.count() + b.count(), a.amount().add(b.amount()));
  }

  private static BigDecimal expected(ImporterFigures importer) {
    BigDecimal total = Tally.ZERO.amount();
    List<MonthlyPayments> months = importer.paymentsByMonth();
    if (months != null) {
      for (MonthlyPayments month : months) {
        total = total.add(month.total());
      }
    }
    return total;
  }

  private static void otherPayees(Html html, List<ExpectedPaymentRow> payments) {
    if (payments.isEmpty()) {
      return;
    }
    html.element("h2", "Payments to other payees");
    html.element("p", "Refunds expected to a Form 4811 notify party or an unknown payee"
        + " rather than an importer of record.", "class", "note");
    html.open("table", "id", "other-payees").open("thead").open("tr").element("th", "Payee")
        .element("th", "Payment window").element("th", "Entries", "class", "num")
        .element("th", "Total", "class", "num").close("tr").close("thead").open("tbody");
    for (ExpectedPaymentRow payment : payments) {
      html.open("tr").element("td", payment.payee())
          .element("td", Html.date(payment.expectedPaymentFrom()) + " to "
              + Html.date(payment.expectedPaymentTo()))
          .element("td", Html.count(payment.entries()), "class", "num")
          .element("td", Html.money(payment.total()), "class", "num").close("tr");
    }
    html.close("tbody").close("table");
  }

  private static void problems(Html html, List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    html.element("h2", "Input rows left out");
    html.open("ul", "id", "problems");
    for (Problem problem : problems) {
      html.element("li", problem.message());
    }
    html.close("ul");
  }
}
