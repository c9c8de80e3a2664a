package org.caperules.core.eligibility;

import static org.caperules.core.internal.IsoDates.dayPrefix;
import static org.caperules.core.internal.IsoDates.monthPrefix;
import static org.caperules.core.internal.IsoDates.yearDigits;
import static org.caperules.core.internal.IsoDates.yearPrefix;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.caperules.core.Entry;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.date.CapeDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * The built-in CAPE rules, one constant per rule. Each produces at most one finding; the
 * {@link ReasonCode} it can produce, and that code's CBP source, are named in its doc.
 *
 * <p>Rules are independent: their order in a policy does not change the findings.
 */
public enum StandardRule implements EligibilityRule {

  /** {@link ReasonCode#INVALID_ENTRY_NUMBER}: format or check digit wrong. */
  ENTRY_NUMBER {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      String problem = entry.entryNumberProblem();
      return problem == null ? null : Finding.of(ReasonCode.INVALID_ENTRY_NUMBER, problem + ".");
    }
  },

  /**
   * {@link ReasonCode#UNKNOWN_LIQUIDATION_STATUS}: status missing or unrecognised, or
   * LIQUIDATED without a date.
   */
  LIQUIDATION_STATUS {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      LiquidationStatus status = entry.liquidationStatus();
      if (status == null) {
        String text = entry.liquidationStatusText();
        String message = text != null && !text.isBlank()
            ? "Liquidation status '" + text + "' is not recognised; CAPE needs an open or closed"
                + " liquidation status in ACE."
            : "No liquidation status: add Liquidation Status and Liquidation Date from ACE; an"
                + " entry without a liquidation status in ACE is excluded.";
        return Finding.of(ReasonCode.UNKNOWN_LIQUIDATION_STATUS, message);
      }
      if (status == LiquidationStatus.LIQUIDATED && entry.liquidationDate() == null) {
        return Finding.of(ReasonCode.UNKNOWN_LIQUIDATION_STATUS,
            "Liquidated, but no liquidation date is given, so the "
                + CapeDeadlines.CAPE_WINDOW_DAYS + "-day window cannot be judged.");
      }
      return null;
    }
  },

  /** {@link ReasonCode#UNKNOWN_PROTEST_STATUS}: protest status not recognised. */
  PROTEST_STATUS {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      if (entry.protestStatus() != ProtestStatus.UNKNOWN) {
        return null;
      }
      String text = entry.protestStatusText();
      if (text == null) {
        text = "";
      }
      return Finding.of(ReasonCode.UNKNOWN_PROTEST_STATUS,
          "Protest status '" + text + "' is not recognised, so an open protest cannot be ruled"
              + " out.");
    }
  },

  /** {@link ReasonCode#NO_IEEPA_DUTY}: no 9903.01/9903.02 line with duty above zero. */
  IEEPA_DUTY {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      IeepaHeadings headings = policy.ieepaHeadings();
      if (headings.hasDutiableIeepaLine(entry.dutyLines())) {
        return null;
      }
      int lines = entry.dutyLines().size();
      return Finding.of(ReasonCode.NO_IEEPA_DUTY,
          "None of the " + lines + " tariff line" + (lines == 1 ? "" : "s") + " is an IEEPA"
              + " Chapter 99 heading (9903.01.xx or 9903.02.xx) with duty above zero; IEEPA duty"
              + " on the entry is " + headings.ieepaDuty(entry.dutyLines()).toPlainString() + ".");
    }
  },

  /** {@link ReasonCode#NOT_IN_ACE}: the entry was not filed in ACE. */
  FILED_IN_ACE {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      return entry.filedInAce()
          ? null
          : Finding.of(ReasonCode.NOT_IN_ACE,
              "The entry was not filed in ACE; CAPE processes ACE entries only.");
    }
  },

  /** {@link ReasonCode#ENTRY_SUMMARY_NOT_ACCEPTED}: entry summary cancelled or rejected. */
  ENTRY_SUMMARY_STATUS {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      EntrySummaryStatus status = entry.entrySummaryStatus();
      return status == EntrySummaryStatus.ACCEPTED
          ? null
          : Finding.of(ReasonCode.ENTRY_SUMMARY_NOT_ACCEPTED,
              "The entry summary is " + status + "; CAPE needs an accepted entry summary.");
    }
  },

  /**
   * {@link ReasonCode#RECONCILIATION}: type 09, or flagged for reconciliation unless the policy
   * accepts flagged entries of types 01, 02 and 06 with no type 09 filed.
   */
  RECONCILIATION {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      EntryType type = entry.entryType();
      if (type != null && type.isReconciliation()) {
        return Finding.of(ReasonCode.RECONCILIATION,
            "Entry type 09 (reconciliation summary) is excluded from CAPE.");
      }
      if (!entry.reconciliationFlagged()) {
        return null;
      }
      boolean acceptedType = type != null && RECON_ACCEPTED_TYPES.contains(type);
      if (policy.settings().reconciliationFlaggedAccepted() && acceptedType
          && !entry.reconciliationEntryFiled()) {
        return null;
      }
      String why;
      if (!policy.settings().reconciliationFlaggedAccepted()) {
        why = "policy " + policy.id() + " does not accept entries flagged for reconciliation";
      } else if (!acceptedType) {
        why = "only types 01, 02 and 06 flagged for reconciliation are accepted, and this entry's"
            + " type is " + (type == null ? "unknown" : type.code());
      } else {
        why = "its type 09 reconciliation entry has been filed";
      }
      return Finding.of(ReasonCode.RECONCILIATION,
          "The entry is flagged for reconciliation and " + why + ".");
    }
  },

  /** {@link ReasonCode#DRAWBACK}: types 41-47, or designated on a drawback claim. */
  DRAWBACK {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      EntryType type = entry.entryType();
      if (type != null && type.isDrawback()) {
        return Finding.of(ReasonCode.DRAWBACK,
            "Entry type " + type.code() + " is a drawback entry.");
      }
      return entry.drawbackDesignated()
          ? Finding.of(ReasonCode.DRAWBACK,
              "The entry is designated on a drawback claim.")
          : null;
    }
  },

  /** {@link ReasonCode#DUTY_DEFERRAL}: type 08. */
  DUTY_DEFERRAL {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      EntryType type = entry.entryType();
      return type != null && type.isDutyDeferral()
          ? Finding.of(ReasonCode.DUTY_DEFERRAL,
              "Entry type 08 (duty deferral) is excluded from CAPE.")
          : null;
    }
  },

  /** {@link ReasonCode#OPEN_PROTEST}: an open, pending or suspended protest. */
  OPEN_PROTEST {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      ProtestStatus status = entry.protestStatus();
      return status.isOpen()
          ? Finding.of(ReasonCode.OPEN_PROTEST,
              "A protest covering the entry is " + status + "; CAPE rejects entries with an open"
                  + " or suspended protest.")
          : null;
    }
  },

  /**
   * {@link ReasonCode#ADCVD_PENDING_LIQUIDATION}: Commerce liquidation instructions issued and a
   * liquidation status other than LIQUIDATED, whatever the entry type.
   */
  ADCVD_PENDING_LIQUIDATION {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      LiquidationStatus status = entry.liquidationStatus();
      if (!entry.adCvdLiquidationInstructions() || status == LiquidationStatus.LIQUIDATED) {
        return null;
      }
      return Finding.of(ReasonCode.ADCVD_PENDING_LIQUIDATION,
          "Commerce has issued AD/CVD liquidation instructions and the entry is "
              + (status == null ? "not liquidated" : status.toString())
              + ", pending liquidation under 19 U.S.C. 1504(d).");
    }
  },

  /**
   * {@link ReasonCode#LIQUIDATION_WINDOW_PASSED} (day 81 to the protest last day) and
   * {@link ReasonCode#LIQUIDATION_FINAL} (after the protest last day, unless the policy accepts
   * finally liquidated entries of a CIT plaintiff).
   */
  LIQUIDATION_WINDOW {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      LocalDate liquidated = entry.liquidationDate();
      if (entry.liquidationStatus() != LiquidationStatus.LIQUIDATED || liquidated == null) {
        return null;
      }
      CapeDeadlines deadlines = policy.deadlines();
      // Day numbers, not LocalDate objects, on the path where the window is still open: the same
      // test as !asOf.isAfter(deadlines.capeLastDayInclusive(liquidated)).
      long day = asOf.toEpochDay() - liquidated.toEpochDay();
      if (day <= deadlines.capeWindowEnd().lastDayOffset()) {
        return null;
      }
      LocalDate capeLastDay = deadlines.capeLastDayInclusive(liquidated);
      LocalDate protestLastDay = deadlines.protestLastDayInclusive(liquidated);
      // Dates spelled out with IsoDates: the same text as LocalDate.toString, and the message is
      // the only allocation.
      if (!asOf.isAfter(protestLastDay)) {
        return Finding.of(ReasonCode.LIQUIDATION_WINDOW_PASSED, "Liquidated "
            + yearPrefix(liquidated) + yearDigits(liquidated) + monthPrefix(liquidated)
            + liquidated.getMonthValue() + dayPrefix(liquidated) + liquidated.getDayOfMonth()
            + "; the CAPE window closed on "
            + yearPrefix(capeLastDay) + yearDigits(capeLastDay) + monthPrefix(capeLastDay)
            + capeLastDay.getMonthValue() + dayPrefix(capeLastDay) + capeLastDay.getDayOfMonth()
            + " (day " + deadlines.capeWindowEnd().lastDayOffset() + "); as of "
            + yearPrefix(asOf) + yearDigits(asOf) + monthPrefix(asOf)
            + asOf.getMonthValue() + dayPrefix(asOf) + asOf.getDayOfMonth()
            + " it is day " + day + ". A protest can be filed until "
            + yearPrefix(protestLastDay) + yearDigits(protestLastDay) + monthPrefix(protestLastDay)
            + protestLastDay.getMonthValue() + dayPrefix(protestLastDay)
            + protestLastDay.getDayOfMonth()
            + ".");
      }
      if (policy.settings().finallyLiquidatedAcceptedForCitPlaintiffs() && entry.citPlaintiff()) {
        return null;
      }
      return Finding.of(ReasonCode.LIQUIDATION_FINAL, "Liquidated "
          + yearPrefix(liquidated) + yearDigits(liquidated) + monthPrefix(liquidated)
          + liquidated.getMonthValue() + dayPrefix(liquidated) + liquidated.getDayOfMonth()
          + "; liquidation became final after the protest last day "
          + yearPrefix(protestLastDay) + yearDigits(protestLastDay) + monthPrefix(protestLastDay)
          + protestLastDay.getMonthValue() + dayPrefix(protestLastDay)
          + protestLastDay.getDayOfMonth()
          + "; as of "
          + yearPrefix(asOf) + yearDigits(asOf) + monthPrefix(asOf)
          + asOf.getMonthValue() + dayPrefix(asOf) + asOf.getDayOfMonth()
          + " it is day " + day + ".");
    }
  },

  /**
   * {@link ReasonCode#ENTRY_TYPE_NOT_ALLOWED}: types 21 and 22 when the policy excludes warehouse
   * entries; type 23 when the policy excludes TIB entries.
   */
  ENTRY_TYPE_ALLOWED {
    @Override
    @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy) {
      EntryType type = entry.entryType();
      if (type == null) {
        return null;
      }
      PolicySettings settings = policy.settings();
      if (settings.warehouseEntriesExcluded() && type.isWarehouse()) {
        return Finding.of(ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
            "Entry type " + type.code() + " (" + type.description() + ") is not"
                + " allowed under policy " + policy.id() + "; the refund comes when the"
                + " warehouse entry liquidates.");
      }
      if (settings.excludeTemporaryImportationBond() && type.isTemporaryImportationBond()) {
        return Finding.of(ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
            "Entry type 23 (temporary importation under bond) is excluded by policy "
                + policy.id() + ".");
      }
      return null;
    }
  };

  /**
   * {@inheritDoc}
   *
   * <p>The same as {@link #find(Entry, LocalDate, CapePolicy)} wrapped in an {@code Optional}.
   */
  @Override
  public final Optional<Finding> check(Entry entry, LocalDate asOf, CapePolicy policy) {
    return Optional.ofNullable(find(entry, asOf, policy));
  }

  /**
   * Checks an entry against this rule without wrapping the finding in an {@code Optional}: the
   * engine's hot path calls this directly, so a rule that fires allocates only its finding.
   *
   * @param entry  the entry
   * @param asOf  the date of the assessment
   * @param policy  the policy being applied
   * @return the finding, or null if the entry passes this rule
   */
  abstract @Nullable Finding find(Entry entry, LocalDate asOf, CapePolicy policy);

  /**
   * Entry types whose reconciliation-flagged entries CAPE accepts from 2026-06-29 when no type 09
   * has been filed (CSMS #69035485).
   */
  public static final Set<EntryType> RECON_ACCEPTED_TYPES = Set.copyOf(EnumSet.of(
      EntryType.of("01"), EntryType.of("02"), EntryType.of("06")));
}
