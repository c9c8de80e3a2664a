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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.csv.result.ResultOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One importer's claims in the ledger: entries declared, accepted, failed (and failed on or
 * after a day: new), in paid and in ACH-rejected payments, and the open entry (declared, not
 * accepted) whose CAPE or protest window closes soonest on or after the as-of date.
 *
 * <p>Example: importer {@code 12-3456789A1}, 2 declared, 1 accepted, 1 failed (1 new), 1 paid,
 * 0 rejected; soonest {@code BII05992862}, CAPE window closing 2026-09-30, 72 days left.
 *
 * @param importerNumber  the importer, or {@code null} for entries declared without one
 * @param declared  entries declared
 * @param accepted  entries CAPE accepted
 * @param failed  entries whose current answer is a failure
 * @param newFailures  of those, failures read on or after the "since" day
 * @param paid  entries in expected payments reconciled PAID
 * @param rejected  entries in expected payments reconciled REJECTED_ACH
 * @param soonestEntry  the open entry whose window closes soonest, or {@code null}
 * @param soonestWindow  {@code CAPE} or {@code PROTEST}, or {@code ""}
 * @param soonestLastDay  that window's last day (inclusive), or {@code null}
 * @param daysLeft  days from the as-of date to that day, or {@code null}
 */
public record ImporterStatus(@Nullable ImporterNumber importerNumber, long declared,
    long accepted, long failed, long newFailures, long paid, long rejected,
    @Nullable EntryNumber soonestEntry, String soonestWindow, @Nullable LocalDate soonestLastDay,
    @Nullable Long daysLeft) {

  /**
   * Checks the components.
   *
   * @param importerNumber  the importer, or {@code null}
   * @param declared  entries declared
   * @param accepted  entries accepted
   * @param failed  entries failed
   * @param newFailures  failures read on or after the "since" day
   * @param paid  entries paid
   * @param rejected  entries rejected by ACH
   * @param soonestEntry  the open entry closing soonest, or {@code null}
   * @param soonestWindow  {@code CAPE} or {@code PROTEST}, or {@code ""}
   * @param soonestLastDay  that window's last day, or {@code null}
   * @param daysLeft  days left, or {@code null}
   */
  public ImporterStatus {
    Objects.requireNonNull(soonestWindow, "soonestWindow");
  }

  /** Counts per importer while going through the entries. */
  private static final class Counts {
    final @Nullable ImporterNumber importer;
    long declared;
    long accepted;
    long failed;
    long newFailures;
    long paid;
    long rejected;
    @Nullable EntryNumber soonestEntry;
    String soonestWindow = "";
    @Nullable LocalDate soonestLastDay;

    Counts(@Nullable ImporterNumber importer) {
      this.importer = importer;
    }

    void window(EntryNumber entry, String window, @Nullable LocalDate lastDay, LocalDate asOf) {
      LocalDate soonest = soonestLastDay;
      if (lastDay != null && !lastDay.isBefore(asOf)
          && (soonest == null || lastDay.isBefore(soonest))) {
        soonestEntry = entry;
        soonestWindow = window;
        soonestLastDay = lastDay;
      }
    }
  }

  static List<ImporterStatus> of(Map<EntryNumber, ClaimState> states,
      List<Reconciliation> reconciliations, LocalDate asOf, LocalDate since) {
    Map<String, Counts> byImporter = new TreeMap<>();
    Map<String, ReconciliationStatus> paymentOf = new TreeMap<>();
    for (Reconciliation reconciliation : reconciliations) {
      for (String entry : reconciliation.entryNumbers()) {
        paymentOf.put(entry, reconciliation.status());
      }
    }
    for (ClaimState state : states.values()) {
      DeclaredEntry declared = state.lastDeclaration();
      if (declared == null) {
        continue;
      }
      ImporterNumber importer = declared.importerNumber();
      Counts counts = byImporter.computeIfAbsent(importer == null ? "~" : importer.value(),
          k -> new Counts(importer));
      counts.declared++;
      RecordedResult result = state.currentResult();
      if (state.isAccepted()) {
        counts.accepted++;
      } else {
        if (result != null && result.outcome() == ResultOutcome.FAILED) {
          counts.failed++;
          if (!result.readOn().isBefore(since)) {
            counts.newFailures++;
          }
        }
        counts.window(state.entryNumber(), "CAPE", declared.capeLastDay(), asOf);
        counts.window(state.entryNumber(), "PROTEST", declared.protestLastDay(), asOf);
      }
      ReconciliationStatus payment = paymentOf.get(state.entryNumber().value());
      if (payment == ReconciliationStatus.PAID) {
        counts.paid++;
      } else if (payment == ReconciliationStatus.REJECTED_ACH) {
        counts.rejected++;
      }
    }
    List<ImporterStatus> result = new ArrayList<>();
    for (Counts counts : byImporter.values()) {
      LocalDate last = counts.soonestLastDay;
      result.add(new ImporterStatus(counts.importer, counts.declared, counts.accepted,
          counts.failed, counts.newFailures, counts.paid, counts.rejected, counts.soonestEntry,
          counts.soonestWindow, last, last == null ? null : ChronoUnit.DAYS.between(asOf, last)));
    }
    result.sort(Comparator.comparing((ImporterStatus s) -> s.soonestLastDay(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return result;
  }
}
