package org.caperules.core.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.caperules.core.Entry;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.date.EntryDeadlines;

/** Chooses the one-sentence next action of an assessment. */
final class NextActions {

  private NextActions() {}

  static NextAction of(Entry entry, LocalDate asOf, Verdict verdict, List<Finding> findings,
      EntryDeadlines deadlines) {
    return switch (verdict) {
      case NEEDS_REVIEW -> needsReview(findings);
      case NOT_ELIGIBLE -> notEligible(entry, findings, deadlines);
      case ELIGIBLE_DEFERRED -> new NextAction("Declare in CAPE now; the refund comes when the"
          + " entry liquidates" + projected(deadlines) + ".",
          deadlines.capeLastDay().orElse(null));
      case ELIGIBLE -> eligible(entry, asOf, deadlines);
    };
  }

  private static NextAction eligible(Entry entry, LocalDate asOf, EntryDeadlines deadlines) {
    Optional<LocalDate> capeLastDay = deadlines.capeLastDay();
    LocalDate liquidated = entry.liquidationDate();
    if (capeLastDay.isPresent() && liquidated != null && asOf.isAfter(capeLastDay.get())) {
      return new NextAction("Declare in CAPE: the policy in force accepts this finally liquidated"
          + " entry because the importer is a plaintiff at the Court of International Trade.",
          null);
    }
    if (capeLastDay.isPresent() && liquidated != null) {
      long day = ChronoUnit.DAYS.between(liquidated, capeLastDay.get());
      return new NextAction("Declare in CAPE by " + capeLastDay.get() + " (day " + day
          + " after liquidation on " + liquidated + ").", capeLastDay.get());
    }
    return new NextAction("Declare in CAPE before the entry liquidates" + projected(deadlines)
        + ".", null);
  }

  private static String projected(EntryDeadlines deadlines) {
    Optional<LocalDate> projected = deadlines.projectedLiquidation();
    Optional<LocalDate> horizon = deadlines.protestHorizon();
    if (projected.isEmpty()) {
      return "";
    }
    return " (projected liquidation " + projected.get() + ", entry date + "
        + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS + " days"
        + horizon.map(h -> "; protest horizon " + h + ", entry date + "
            + CapeDeadlines.PROTEST_HORIZON_DAYS + " days").orElse("")
        + ")";
  }

  private static NextAction needsReview(List<Finding> findings) {
    if (has(findings, ReasonCode.INVALID_ENTRY_NUMBER)) {
      return new NextAction("Correct the entry number from the entry summary (CBP Form 7501)"
          + " and screen again.", null);
    }
    if (has(findings, ReasonCode.UNKNOWN_LIQUIDATION_STATUS)) {
      return new NextAction("Add the liquidation status and date from ACE (ES-003 columns"
          + " Liquidation Status and Liquidation Date) and screen again.", null);
    }
    return new NextAction("Check the protest status in ACE and screen again.", null);
  }

  private static NextAction notEligible(Entry entry, List<Finding> findings,
      EntryDeadlines deadlines) {
    if (has(findings, ReasonCode.NO_IEEPA_DUTY)) {
      return new NextAction("Nothing to refund through CAPE: the entry has no IEEPA Chapter 99"
          + " duty.", null);
    }
    if (has(findings, ReasonCode.LIQUIDATION_FINAL)) {
      return new NextAction("Liquidation is final: wait for a CAPE phase for finally liquidated"
          + " entries or consult counsel about an action at the Court of International Trade.",
          null);
    }
    if (has(findings, ReasonCode.LIQUIDATION_WINDOW_PASSED)) {
      Optional<LocalDate> protest = deadlines.protestLastDay();
      return new NextAction("File a protest by " + protest.map(LocalDate::toString).orElse("?")
          + " to preserve the refund.", protest.orElse(null));
    }
    if (has(findings, ReasonCode.OPEN_PROTEST)) {
      Optional<LocalDate> capeLastDay = deadlines.capeLastDay();
      if (capeLastDay.isPresent() && findings.size() == 1) {
        return new NextAction("CBP suggests withdrawing an IEEPA-only protest and declaring in"
            + " CAPE by " + capeLastDay.get() + ".", capeLastDay.get());
      }
      if (entry.liquidationDate() == null && findings.size() == 1) {
        return new NextAction("CBP suggests withdrawing an IEEPA-only protest and declaring in"
            + " CAPE.", null);
      }
      return new NextAction("Await the protest decision; CAPE rejects entries with an open"
          + " protest.", null);
    }
    if (has(findings, ReasonCode.RECONCILIATION)) {
      return new NextAction("Not in this CAPE phase: reconciliation entries wait for a later"
          + " deployment (CSMS #69035485); recon-flagged 01/02/06 entries qualify only while no"
          + " type 09 is filed.", null);
    }
    if (has(findings, ReasonCode.ADCVD_PENDING_LIQUIDATION)) {
      return new NextAction("Wait for the AD/CVD liquidation under Commerce's instructions, then"
          + " declare within " + CapeDeadlines.CAPE_WINDOW_DAYS + " days of it.", null);
    }
    if (has(findings, ReasonCode.ENTRY_TYPE_NOT_ALLOWED)) {
      return new NextAction("Not declarable in CAPE: the refund of a warehouse entry comes"
          + " through its withdrawals and liquidation.", null);
    }
    return new NextAction("Not declarable in CAPE under the current policy; see the reasons.",
        null);
  }

  private static boolean has(List<Finding> findings, ReasonCode reason) {
    for (Finding finding : findings) {
      if (finding.reason() == reason) {
        return true;
      }
    }
    return false;
  }
}
