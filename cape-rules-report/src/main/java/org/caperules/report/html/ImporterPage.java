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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.eligibility.Verdict;
import org.caperules.report.figures.BlockerAdvice;
import org.caperules.report.figures.ClaimFigures;
import org.caperules.report.figures.FailedClaim;
import org.caperules.report.figures.ImporterFigures;
import org.caperules.report.figures.InterestFigures;
import org.caperules.report.figures.MonthlyPayments;
import org.caperules.report.figures.ReasonWords;
import org.caperules.report.figures.ReportFigures;
import org.caperules.report.figures.Tally;
import org.caperules.report.input.ReadinessRow;
import org.caperules.report.input.ReportEntry;
import org.caperules.report.internal.Html;
import org.caperules.report.internal.SvgBarChart;

/**
 * Renders one importer's page: a self-contained HTML document (inline CSS and SVG, no script,
 * no link but to {@code index.html}) with the headline figures, the deadline chart, the
 * readiness blockers, the claims and the entry table. Every text from the inputs is escaped.
 *
 * <p>Sections and their ids, for readers and tests: {@code headline} (cards, table
 * {@code duty-by-verdict}, table {@code interest-flags}, table {@code payments-by-month}),
 * {@code deadlines} (chart {@code cape-chart}, chart {@code protest-chart}, table
 * {@code protest-open}), {@code readiness} (table {@code blockers}; only when a readiness file
 * was given), {@code claims} (only when the screening report has a claim status column) and
 * {@code entries} (table {@code entry-table}, one row per entry with {@code data-entry}).
 *
 * <p>Example: {@code ImporterPage.render(figures, figures.importers().get(0))} gives the page of
 * the importer with the most money at risk.
 */
public final class ImporterPage {

  private ImporterPage() {}

  /**
   * Renders the page of one importer.
   *
   * @param report  the whole report (the as-of date and the at-risk band)
   * @param importer  the importer's figures
   * @return the HTML document
   */
  public static String render(ReportFigures report, ImporterFigures importer) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(importer, "importer");
    Html html = new Html();
    Pages.head(html, "CAPE refunds: " + importer.importer() + " as of " + report.asOf());
    html.open("p", "class", "crumbs").open("a", "href", "index.html").text("All importers")
        .close("a").close("p");
    html.element("h1", "IEEPA duty refunds through CAPE");
    html.open("p", "class", "importer").text("Importer of record ")
        .element("strong", importer.importer(), "id", "importer").close("p");
    html.open("p", "class", "muted").text("As of ")
        .element("time", report.asOf().toString(), "datetime", report.asOf().toString())
        .text(". Deadlines, interest and payment dates are estimates from CBP's published"
            + " rules, to be confirmed against ACE.").close("p");
    headline(html, report, importer);
    deadlines(html, report, importer);
    readiness(html, importer);
    claims(html, importer);
    entries(html, importer, report.asOf());
    Pages.foot(html, report.asOf());
    return html.toString();
  }

  private static void headline(Html html, ReportFigures report, ImporterFigures importer) {
    html.open("section", "id", "headline").element("h2", "Headline figures");
    html.open("div", "class", "cards");
    Tally declarable = importer.declarable();
    Pages.card(html, "card-declarable", "", "Declarable IEEPA duty",
        Html.money(declarable.amount()), Pages.entries(declarable.count()) + " to declare in CAPE");
    Tally atRisk = importer.atRisk();
    Pages.card(html, "card-at-risk", atRisk.count() > 0 ? "risk" : "", "At risk",
        Html.money(atRisk.amount()), Pages.entries(atRisk.count())
            + " whose CAPE window closes by " + report.atRiskLastDay());
    InterestFigures interest = importer.interest();
    Pages.card(html, "card-interest", "", "Estimated interest",
        Html.money(interest.known().amount()), interestNote(interest));
    LocalDate next = importer.nextCapeLastDay();
    Pages.card(html, "card-next", "", "Next CAPE last day", Html.date(next),
        next == null ? "no dated CAPE deadline" : "declare by this day");
    html.close("div");

    html.element("h3", "IEEPA duty by verdict");
    html.open("table", "id", "duty-by-verdict").open("thead").open("tr")
        .element("th", "Verdict").element("th", "Meaning", "class", "meaning")
        .element("th", "Entries", "class", "num")
        .element("th", "IEEPA duty", "class", "num").close("tr").close("thead").open("tbody");
    for (Map.Entry<Verdict, Tally> row : importer.dutyByVerdict().entrySet()) {
      html.open("tr", "data-verdict", row.getKey().name())
          .element("td", row.getKey().name())
          .element("td", Pages.meaning(row.getKey()), "class", "meaning")
          .element("td", Html.count(row.getValue().count()), "class", "num")
          .element("td", Html.money(row.getValue().amount()), "class", "num").close("tr");
    }
    Tally total = importer.total();
    html.open("tr", "class", "total").element("td", "Total").element("td", "", "class", "meaning")
        .element("td", Html.count(total.count()), "class", "num")
        .element("td", Html.money(total.amount()), "class", "num").close("tr");
    html.close("tbody").close("table");

    if (!interest.flagged().isEmpty()) {
      html.element("h3", "Interest resting on an assumption");
      html.open("table", "id", "interest-flags").open("thead").open("tr").element("th", "Flag")
          .element("th", "Meaning").element("th", "Entries", "class", "num")
          .element("th", "Interest", "class", "num").close("tr").close("thead").open("tbody");
      for (Map.Entry<String, Tally> flag : interest.flagged().entrySet()) {
        html.open("tr", "data-flag", flag.getKey()).element("td", flag.getKey())
            .element("td", Pages.flagMeaning(flag.getKey()))
            .element("td", Html.count(flag.getValue().count()), "class", "num")
            .element("td", Html.money(flag.getValue().amount()), "class", "num").close("tr");
      }
      html.close("tbody").close("table");
    }

    List<MonthlyPayments> months = importer.paymentsByMonth();
    html.element("h3", "Expected payments by month");
    if (months == null) {
      html.element("p", "No payments file was given.", "class", "note");
    } else if (months.isEmpty()) {
      html.element("p", "No refund payment is expected for this importer of record.",
          "class", "note");
    } else {
      html.open("table", "id", "payments-by-month").open("thead").open("tr")
          .element("th", "Payment window opens").element("th", "Payments", "class", "num")
          .element("th", "Entries", "class", "num").element("th", "Principal", "class", "num")
          .element("th", "Interest", "class", "num").element("th", "Total", "class", "num")
          .close("tr").close("thead").open("tbody");
      int payments = 0;
      int entries = 0;
      BigDecimal principal = Tally.ZERO.amount();
      BigDecimal paid = Tally.ZERO.amount();
      BigDecimal sum = Tally.ZERO.amount();
      for (MonthlyPayments month : months) {
        html.open("tr", "data-month", month.month().toString())
            .element("td", month.month().toString())
            .element("td", Html.count(month.payments()), "class", "num")
            .element("td", Html.count(month.entries()), "class", "num")
            .element("td", Html.money(month.principal()), "class", "num")
            .element("td", Html.money(month.interest()), "class", "num")
            .element("td", Html.money(month.total()), "class", "num").close("tr");
        payments += month.payments();
        entries += month.entries();
        principal = principal.add(month.principal());
        paid = paid.add(month.interest());
        sum = sum.add(month.total());
      }
      html.open("tr", "class", "total").element("td", "Total")
          .element("td", Html.count(payments), "class", "num")
          .element("td", Html.count(entries), "class", "num")
          .element("td", Html.money(principal), "class", "num")
          .element("td", Html.money(paid), "class", "num")
          .element("td", Html.money(sum), "class", "num").close("tr");
      html.close("tbody").close("table");
      html.element("p", "Refunds are paid to the importer of record, consolidated by"
          + " liquidation date; a window opens when CBP is expected to pay.", "class", "note");
    }
    html.close("section");
  }

  private static String interestNote(InterestFigures interest) {
    List<String> notes = new ArrayList<>();
    notes.add("on " + Pages.entries(interest.known().count()));
    if (interest.unknown() > 0) {
      notes.add("unknown for " + Pages.entries(interest.unknown()));
    }
    if (!interest.flagged().isEmpty()) {
      notes.add("part rests on an assumption (see below)");
    }
    return String.join("; ", notes);
  }

  private static void deadlines(Html html, ReportFigures report, ImporterFigures importer) {
    html.open("section", "id", "deadlines").element("h2", "Deadlines");
    html.element("h3", "Declarable entries by week of their CAPE last day");
    String chart = SvgBarChart.render("cape-chart", "Declarable entries and IEEPA duty by week"
        + " of the CAPE last day, with today and the at-risk band", importer.capeWeeks(),
        report.asOf(), report.asOf(), report.atRiskLastDay());
    if (chart.isEmpty()) {
      html.element("p", "No declarable entry has a dated CAPE last day.", "class", "note");
    } else {
      html.raw(chart);
    }
    Tally undated = importer.declarableWithoutLastDay();
    if (undated.count() > 0) {
      html.element("p", Pages.entries(undated.count()) + " (IEEPA duty "
          + Html.money(undated.amount()) + ") not yet liquidated: no dated CAPE last day;"
          + " declare before liquidation.", "class", "note", "id", "undated");
    }
    List<ReportEntry> protests = importer.protestOpen();
    if (!protests.isEmpty()) {
      html.element("h3", "Past the CAPE window: protest last days");
      html.raw(SvgBarChart.render("protest-chart", "Entries past the CAPE window and their"
          + " IEEPA duty by week of the protest last day", importer.protestWeeks(),
          report.asOf(), null, null));
      html.open("table", "id", "protest-open").open("thead").open("tr").element("th", "Entry")
          .element("th", "Protest last day").element("th", "Reasons")
          .element("th", "IEEPA duty", "class", "num").close("tr").close("thead").open("tbody");
      for (ReportEntry entry : protests) {
        html.open("tr", "data-entry", entry.entryNumber()).element("td", entry.entryNumber())
            .element("td", Html.date(entry.protestLastDay()));
        reasons(html, entry);
        html.element("td", Html.money(entry.ieepaDuty()), "class", "num").close("tr");
      }
      html.close("tbody").close("table");
      html.element("p", "A protest under 19 U.S.C. 1514 filed by its last day can still"
          + " preserve the refund of these entries.", "class", "note");
    }
    html.close("section");
  }

  private static void readiness(Html html, ImporterFigures importer) {
    ReadinessRow row = importer.readiness();
    if (row == null) {
      return;
    }
    html.open("section", "id", "readiness").element("h2", "Readiness to file and be paid");
    String status = row.status();
    html.open("p").text("Status: ").element("strong", status, "id", "readiness-status", "class",
        status.equalsIgnoreCase("READY") ? "status-ready" : "status-not-ready").close("p");
    html.open("table", "id", "readiness-dates").open("tbody");
    Pages.pair(html, "Filing ready", Html.date(row.filingReady()));
    Pages.pair(html, "Payment ready", Html.date(row.paymentReady()));
    Pages.pair(html, "Start fixing by", Html.date(row.startBy()));
    html.close("tbody").close("table");
    List<BlockerAdvice> blockers = importer.blockers();
    if (blockers.isEmpty()) {
      html.element("p", "No blocker.", "class", "note");
    } else {
      html.open("table", "id", "blockers").open("thead").open("tr").element("th", "Code")
          .element("th", "Blocker").element("th", "Fix").element("th", "Contact")
          .element("th", "Start by").close("tr").close("thead").open("tbody");
      for (BlockerAdvice blocker : blockers) {
        html.open("tr", "data-code", blocker.code()).element("td", blocker.code())
            .element("td", blocker.name()).element("td", blocker.fix())
            .element("td", blocker.contact()).element("td", Html.date(row.startBy()))
            .close("tr");
      }
      html.close("tbody").close("table");
    }
    html.close("section");
  }

  private static void claims(Html html, ImporterFigures importer) {
    ClaimFigures claims = importer.claims();
    if (claims == null) {
      return;
    }
    html.open("section", "id", "claims").element("h2", "Claims in CAPE");
    html.open("table", "id", "claim-counts").open("tbody");
    Pages.pair(html, "Declared, awaiting CAPE's result", Html.count(claims.declared()));
    Pages.pair(html, "Accepted", Html.count(claims.accepted()));
    Pages.pair(html, "Refund paid", Html.count(claims.paid()));
    Pages.pair(html, "Refund rejected (ACH)", Html.count(claims.rejected()));
    Pages.pair(html, "Failed", Html.count(claims.failed().size()));
    Pages.pair(html, "Not declared", Html.count(claims.notDeclared()));
    html.close("tbody").close("table");
    if (!claims.failed().isEmpty()) {
      html.open("table", "id", "failed-claims").open("thead").open("tr").element("th", "Entry")
          .element("th", "CAPE error").element("th", "Fix").close("tr").close("thead")
          .open("tbody");
      for (FailedClaim failed : claims.failed()) {
        html.open("tr", "data-entry", failed.entryNumber()).element("td", failed.entryNumber())
            .element("td", failed.error()).element("td", failed.fix()).close("tr");
      }
      html.close("tbody").close("table");
    }
    html.close("section");
  }

  private static void entries(Html html, ImporterFigures importer, LocalDate asOf) {
    html.open("section", "id", "entries", "class", "entries").element("h2", "Entries");
    if (importer.entries().isEmpty()) {
      html.element("p", "No entry of this importer is in the screening report.", "class",
          "note");
      html.close("section");
      return;
    }
    html.open("table", "id", "entry-table").open("thead").open("tr").element("th", "Entry")
        .element("th", "Verdict").element("th", "Reasons").element("th", "Last day")
        .element("th", "IEEPA duty", "class", "num").close("tr").close("thead").open("tbody");
    for (ReportEntry entry : importer.entries()) {
      html.open("tr", entry.atRisk() ? new String[] {"data-entry", entry.entryNumber(), "class",
          "at-risk"} : new String[] {"data-entry", entry.entryNumber()})
          .element("td", entry.entryNumber()).element("td", entry.verdict().name());
      reasons(html, entry);
      html.element("td", lastDay(entry, asOf))
          .element("td", Html.money(entry.ieepaDuty()), "class", "num").close("tr");
    }
    html.close("tbody").close("table");
    html.close("section");
  }

  /** The reasons in words, each source in a span that the print stylesheet leaves out. */
  private static void reasons(Html html, ReportEntry entry) {
    html.open("td");
    if (entry.reasons().isEmpty()) {
      html.text("\u2014");
    }
    for (int i = 0; i < entry.reasons().size(); i++) {
      String code = entry.reasons().get(i);
      html.text((i == 0 ? "" : "; ") + ReasonWords.words(code));
      String source = ReasonWords.source(code);
      if (!source.isEmpty()) {
        html.element("span", " (" + source + ")", "class", "source");
      }
    }
    html.close("td");
  }

  private static String lastDay(ReportEntry entry, LocalDate asOf) {
    LocalDate cape = entry.capeLastDay();
    if (entry.declarable()) {
      return cape == null ? "before liquidation" : "CAPE " + cape;
    }
    LocalDate protest = entry.protestLastDay();
    if (protest != null && !protest.isBefore(asOf)) {
      return "protest " + protest;
    }
    return "\u2014";
  }
}
