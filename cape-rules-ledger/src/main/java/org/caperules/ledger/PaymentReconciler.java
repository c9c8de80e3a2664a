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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.readiness.BlockerCode;
import org.jspecify.annotations.Nullable;

/**
 * Matches refund report lines to the expected payments of accepted entries. CBP consolidates
 * refunds by importer of record (or Form 4811 notify party) and liquidation date (CSMS
 * #68340863), so an expected payment is the accepted entries of one payee with one expected
 * liquidation date. A line that names an entry joins that entry's expected payment; a line
 * without an entry joins an expected payment of the same payee whose payment window, widened
 * by {@value #WINDOW_SLACK_DAYS} days on each side (expected liquidation dates are projections,
 * never an exact key), holds the line's day, and whose expected total is nearest the amount,
 * within {@value #AMOUNT_TOLERANCE_PERCENT}%.
 *
 * <p>Status: {@link ReconciliationStatus#REJECTED_ACH} when a REV-613 line matched; else, when
 * lines matched, {@link ReconciliationStatus#PAID} if the amount received (the larger of the
 * REV-603 and the REV-615 totals, since REV-615 details REV-603) is at least the expected
 * principal, {@link ReconciliationStatus#SHORT} if less; with no line, {@link
 * ReconciliationStatus#NOT_YET_DUE} until the end of the expected payment window, then {@link
 * ReconciliationStatus#OVERDUE}.
 *
 * <p>Example: one accepted entry expecting 1000.00 principal and 12.00 interest, and a REV-615
 * line for it of 1000.00 plus 12.34 interest: PAID, received 1012.34, difference 0.34.
 */
final class PaymentReconciler {

  /** Days added on each side of the expected payment window when matching by payee. */
  static final int WINDOW_SLACK_DAYS = 30;
  /** How far an amount may be from the expected total when matching by payee, in percent. */
  static final int AMOUNT_TOLERANCE_PERCENT = 10;

  private PaymentReconciler() {}

  /** The accepted entries of one payee and expected liquidation date. */
  private static final class Expected {
    final @Nullable ImporterNumber payee;
    final @Nullable LocalDate liquidation;
    final TreeSet<String> entries = new TreeSet<>();
    BigDecimal principal = BigDecimal.ZERO;
    BigDecimal interest = BigDecimal.ZERO;
    @Nullable LocalDate from;
    @Nullable LocalDate to;
    final List<PaymentLine> lines = new ArrayList<>();

    Expected(@Nullable ImporterNumber payee, @Nullable LocalDate liquidation) {
      this.payee = payee;
      this.liquidation = liquidation;
    }

    BigDecimal total() {
      return principal.add(interest);
    }
  }

  static List<Reconciliation> reconcile(Map<EntryNumber, ClaimState> states,
      List<PaymentLine> lines, LocalDate asOf) {
    Map<String, Expected> groups = new TreeMap<>();
    Map<EntryNumber, Expected> byEntry = new HashMap<>();
    for (ClaimState state : states.values()) {
      DeclaredEntry declared = state.lastDeclaration();
      if (declared == null || !state.isAccepted()) {
        continue;
      }
      ImporterNumber payee = declared.importerNumber();
      String key = (payee == null ? "~" : payee.value()) + "|" + declared.expectedLiquidation();
      Expected group = groups.computeIfAbsent(key,
          k -> new Expected(payee, declared.expectedLiquidation()));
      group.entries.add(declared.entryNumber().value());
      group.principal = group.principal.add(orZero(declared.principal()));
      group.interest = group.interest.add(orZero(declared.interest()));
      group.from = earlier(group.from, declared.paymentFrom());
      group.to = later(group.to, declared.paymentTo());
      byEntry.put(declared.entryNumber(), group);
    }
    for (PaymentLine line : lines) {
      EntryNumber entry = line.entryNumber();
      Expected group = entry == null ? null : byEntry.get(entry);
      if (group == null && entry == null) {
        group = byPayee(groups.values(), line);
      }
      if (group != null) {
        group.lines.add(line);
      }
    }
    List<Reconciliation> result = new ArrayList<>();
    for (Expected group : groups.values()) {
      result.add(reconciliation(group, asOf));
    }
    return result;
  }

  private static @Nullable Expected byPayee(Iterable<Expected> groups, PaymentLine line) {
    ImporterNumber payee = line.payee();
    if (payee == null) {
      return null;
    }
    Expected best = null;
    BigDecimal bestGap = null;
    for (Expected group : groups) {
      if (!Objects.equals(payee, group.payee) || !group.lines.isEmpty() || !inWindow(group, line)) {
        continue;
      }
      BigDecimal gap = line.received().subtract(group.total()).abs();
      BigDecimal allowed = group.total().multiply(BigDecimal.valueOf(AMOUNT_TOLERANCE_PERCENT))
          .movePointLeft(2);
      if (gap.compareTo(allowed) <= 0 && (bestGap == null || gap.compareTo(bestGap) < 0)) {
        best = group;
        bestGap = gap;
      }
    }
    return best;
  }

  private static boolean inWindow(Expected group, PaymentLine line) {
    LocalDate paid = line.paidOn();
    if (paid == null) {
      return true;
    }
    LocalDate from = group.from;
    LocalDate to = group.to;
    return (from == null || !paid.isBefore(from.minusDays(WINDOW_SLACK_DAYS)))
        && (to == null || !paid.isAfter(to.plusDays(WINDOW_SLACK_DAYS)));
  }

  private static Reconciliation reconciliation(Expected group, LocalDate asOf) {
    List<String> entries = new ArrayList<>(group.entries);
    TreeSet<String> reports = new TreeSet<>();
    LocalDate paidOn = null;
    BigDecimal rev603 = BigDecimal.ZERO;
    BigDecimal rev615 = BigDecimal.ZERO;
    boolean rejected = false;
    for (PaymentLine line : group.lines) {
      reports.add(line.report().label());
      paidOn = later(paidOn, line.paidOn());
      switch (line.report()) {
        case REV_613 -> rejected = true;
        case REV_603 -> rev603 = rev603.add(line.received());
        case REV_615 -> rev615 = rev615.add(line.received());
      }
    }
    String reportText = String.join(" ", reports);
    if (rejected) {
      return new Reconciliation(group.payee, group.liquidation, entries, group.principal,
          group.interest, null, null, ReconciliationStatus.REJECTED_ACH, reportText, paidOn,
          group.to, achFix());
    }
    if (!group.lines.isEmpty()) {
      BigDecimal received = rev603.max(rev615).setScale(2);
      BigDecimal difference = received.subtract(group.total()).setScale(2);
      ReconciliationStatus status = received.compareTo(group.principal) >= 0
          ? ReconciliationStatus.PAID : ReconciliationStatus.SHORT;
      return new Reconciliation(group.payee, group.liquidation, entries, group.principal,
          group.interest, received, difference, status, reportText, paidOn, group.to,
          status == ReconciliationStatus.SHORT ? "Compare with the ES-022 CAPE Entry Summary"
              + " Report (principal and interest per entry) and the REV-603 \"Funds Diverted\""
              + " status (offset against a debt, 19 CFR 24.72)" : "");
    }
    LocalDate to = group.to;
    ReconciliationStatus status = to != null && asOf.isAfter(to)
        ? ReconciliationStatus.OVERDUE : ReconciliationStatus.NOT_YET_DUE;
    return new Reconciliation(group.payee, group.liquidation, entries, group.principal,
        group.interest, null, null, status, "", null, to,
        status == ReconciliationStatus.OVERDUE ? "Check the payee's ACH refund enrollment"
            + " (cape-rules readiness) and the REV-603 report; ask IEEPARefunds@cbp.dhs.gov"
            : "");
  }

  /** The readiness fix of a refund on the REV-613 report. */
  static String achFix() {
    return "Readiness " + BlockerCode.REFUNDS_REJECTED_REV613.code() + " and "
        + BlockerCode.ACH_ENROLLMENT_MISSING.code() + " (cape-rules readiness): complete the"
        + " payee's ACH refund enrollment in the ACE Portal, then email"
        + " frn-achrefundsupport@cbp.dhs.gov; no interest is paid on the delay";
  }

  private static BigDecimal orZero(@Nullable BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
