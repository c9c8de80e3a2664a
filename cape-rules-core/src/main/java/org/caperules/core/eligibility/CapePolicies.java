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
package org.caperules.core.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.core.rule.PolicySettings;
import org.jspecify.annotations.Nullable;

/**
 * The built-in CAPE policies, dated, and a set of policies that picks the one in force on a date.
 *
 * <table>
 *   <caption>Built-in policies</caption>
 *   <tr><th>id</th><th>in force from</th><th>source</th><th>change</th></tr>
 *   <tr><td>PHASE_1</td><td>2026-04-20</td><td>CSMS #68315804, #68340863</td>
 *       <td>unliquidated and liquidated within 80 days</td></tr>
 *   <tr><td>PHASE_1_RECON</td><td>2026-06-29</td><td>CSMS #69035485</td>
 *       <td>recon-flagged 01/02/06 with no 09 filed accepted</td></tr>
 *   <tr><td>WAREHOUSE_21_22_EXCLUDED</td><td>2026-07-07</td><td>CSMS #69127837 (reported)</td>
 *       <td>types 21 and 22 rejected</td></tr>
 *   <tr><td>PHASE_3_LITIGANTS</td><td>2026-10-06</td><td>none (UNCONFIRMED)</td>
 *       <td>finally liquidated entries of CIT plaintiffs accepted</td></tr>
 * </table>
 *
 * <p>Each policy includes the changes of the ones before it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapePolicies {

  /**
   * CAPE Phase 1, live 2026-04-20: unliquidated entries, entries liquidated within 80 days, and
   * suspended, extended or under-review entries; excludes reconciliation, drawback, duty
   * deferral, open protests, AD/CVD pending liquidation and finally liquidated entries (CSMS
   * #68315804 of 10 Apr 2026, superseded by CSMS #68340863 of 13 Apr 2026).
   */
  public static final CapePolicy PHASE_1 = CapePolicy.builder()
      .id("PHASE_1")
      .description("CAPE Phase 1: unliquidated entries and entries liquidated within "
          + CapeDeadlines.CAPE_WINDOW_DAYS + " days")
      .effectiveDate(LocalDate.of(2026, 4, 20))
      .addSources("CSMS #68315804", "CSMS #68340863")
      .confirmation(Confirmation.CBP_PRIMARY)
      .build();

  /**
   * From 2026-06-29, CAPE accepts entries of types 01, 02 and 06 flagged for reconciliation when
   * no type 09 has been filed, within the same 80-day rule (CSMS #69035485 of 23 Jun 2026; a
   * second number, #69066837, is also cited for the go-live message).
   */
  public static final CapePolicy PHASE_1_RECON = CapePolicy.builder().from(PHASE_1)
      .id("PHASE_1_RECON")
      .description("Reconciliation-flagged entries of types 01, 02 and 06 with no type 09 filed"
          + " accepted")
      .effectiveDate(LocalDate.of(2026, 6, 29))
      .sources(List.of("CSMS #69035485"))
      .confirmation(Confirmation.CBP_PRIMARY)
      .settings(PolicySettings.builder().from(PHASE_1.settings())
          .reconciliationFlaggedAccepted(true).build())
      .build();

  /**
   * From 2026-07-07, warehouse entry types 21 and 22 are rejected with "ENTRY TYPE NOT ALLOWED";
   * warehouse withdrawals 31, 32, 34 and 38 stay accepted, refunded at liquidation (CSMS
   * #69127837, CBP-reported: reported by two independent sources, CBP's text not read;
   * docs/decisions.md#warehouse-21-22).
   */
  public static final CapePolicy WAREHOUSE_21_22_EXCLUDED = CapePolicy.builder()
      .from(PHASE_1_RECON)
      .id("WAREHOUSE_21_22_EXCLUDED")
      .description("Warehouse entry types 21 and 22 rejected (ENTRY TYPE NOT ALLOWED)")
      .effectiveDate(LocalDate.of(2026, 7, 7))
      .sources(List.of("CSMS #69127837"))
      .confirmation(Confirmation.CBP_REPORTED)
      .settings(PolicySettings.builder().from(PHASE_1_RECON.settings())
          .warehouseEntriesExcluded(true).build())
      .build();

  /**
   * Reported live from 2026-10-06 after the CIT order of 2026-07-17: finally liquidated entries
   * are accepted only for an importer that is a plaintiff at the CIT. UNCONFIRMED: no CBP
   * bulletin found, only law-firm reports of the order (docs/decisions.md#phase-3-litigants). In
   * force by default, and listed as unconfirmed.
   */
  public static final CapePolicy PHASE_3_LITIGANTS = CapePolicy.builder()
      .from(WAREHOUSE_21_22_EXCLUDED)
      .id("PHASE_3_LITIGANTS")
      .description("Finally liquidated entries accepted for importers that are CIT plaintiffs")
      .effectiveDate(LocalDate.of(2026, 10, 6))
      .sources(List.of("CIT order of 2026-07-17 (as reported by law firms); no CSMS found"))
      .confirmation(Confirmation.UNCONFIRMED)
      .settings(PolicySettings.builder().from(WAREHOUSE_21_22_EXCLUDED.settings())
          .finallyLiquidatedAcceptedForCitPlaintiffs(true).build())
      .build();

  private static final CapePolicies STANDARD =
      of(List.of(PHASE_1, PHASE_1_RECON, WAREHOUSE_21_22_EXCLUDED, PHASE_3_LITIGANTS));

  private final List<CapePolicy> policies;

  private CapePolicies(List<CapePolicy> policies) {
    this.policies = policies;
  }

  /**
   * Returns the built-in policies.
   *
   * @return the built-in set
   */
  public static CapePolicies standard() {
    return STANDARD;
  }

  /**
   * Creates a set of policies.
   *
   * @param policies  the policies, in any order; ids and effective dates must be unique
   * @return the set, sorted by effective date
   * @throws IllegalArgumentException if the list is empty or ids or dates repeat
   */
  public static CapePolicies of(List<CapePolicy> policies) {
    List<CapePolicy> sorted = new ArrayList<>(policies);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("A set of CAPE policies must not be empty");
    }
    sorted.sort(Comparator.comparing(CapePolicy::effectiveDate));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveDate().equals(sorted.get(i - 1).effectiveDate())) {
        throw new IllegalArgumentException("Policies " + sorted.get(i - 1).id() + " and "
            + sorted.get(i).id() + " take effect on the same date " + sorted.get(i).effectiveDate());
      }
    }
    long ids = sorted.stream().map(CapePolicy::id).distinct().count();
    if (ids != sorted.size()) {
      throw new IllegalArgumentException("Policy ids must be unique, but were: " + sorted);
    }
    return new CapePolicies(List.copyOf(sorted));
  }

  /**
   * Returns the policies, sorted by effective date.
   *
   * @return the policies
   */
  public List<CapePolicy> all() {
    return policies;
  }

  /**
   * Returns the policy in force on a date: the last one whose effective date is on or before
   * the date, or the first policy for dates before it (so a what-if screening before
   * 2026-04-20 uses {@code PHASE_1}).
   *
   * <p>Example: 2026-06-28 &rarr; PHASE_1; 2026-06-29 &rarr; PHASE_1_RECON; 2026-07-07 &rarr;
   * WAREHOUSE_21_22_EXCLUDED.
   *
   * @param date  the date
   * @return the policy in force
   */
  public CapePolicy inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    CapePolicy inForce = policies.get(0);
    for (int i = 0, n = policies.size(); i < n; i++) {
      CapePolicy policy = policies.get(i);
      if (policy.effectiveDate().isAfter(date)) {
        break;
      }
      inForce = policy;
    }
    return inForce;
  }

  /**
   * Returns the last policy of this set that a CBP bulletin supports ({@link
   * Confirmation#isConfirmed()}) and that took effect before a date: the confirmed policy that an
   * unconfirmed policy taking effect on that date supersedes.
   *
   * <p>Example: for 2026-10-06, the effective date of the unconfirmed {@link #PHASE_3_LITIGANTS},
   * the built-in set gives {@link #WAREHOUSE_21_22_EXCLUDED} (CBP-reported, from 2026-07-07); for
   * 2026-04-20 it gives none.
   *
   * @param date  the date, exclusive
   * @return the policy, or empty if no confirmed policy took effect before the date
   */
  public Optional<CapePolicy> lastConfirmedBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    @Nullable CapePolicy found = null;
    for (CapePolicy policy : policies) {
      if (!policy.effectiveDate().isBefore(date)) {
        break;
      }
      if (policy.confirmation().isConfirmed()) {
        found = policy;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the built-in policies whose confirmation passes a test, in date order; for example
   * {@code all(Confirmation::isConfirmed)} leaves out the unconfirmed ones.
   *
   * @param test  the test on the confirmation
   * @return the matching built-in policies
   */
  public static List<CapePolicy> all(java.util.function.Predicate<Confirmation> test) {
    return STANDARD.policies.stream().filter(p -> test.test(p.confirmation())).toList();
  }

  /**
   * Finds a policy by id, ignoring case.
   *
   * @param id  the id, for example {@code phase_1}
   * @return the policy
   * @throws IllegalArgumentException if no policy has that id; the message lists the known ids
   */
  public CapePolicy byId(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown CAPE policy '" + id
        + "'; known policies: " + policies.stream().map(CapePolicy::id)
            .collect(Collectors.joining(", "))));
  }

  /**
   * Finds a policy by id, ignoring case.
   *
   * @param id  the id
   * @return the policy, or empty
   */
  public Optional<CapePolicy> find(String id) {
    String wanted = id.strip().toUpperCase(Locale.ROOT);
    return policies.stream().filter(p -> p.id().equalsIgnoreCase(wanted)).findFirst();
  }

  @Override
  public String toString() {
    return policies.stream().map(p -> p.id() + "@" + p.effectiveDate())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
