package org.caperules.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Confirmation;
import org.caperules.core.eligibility.PolicyComparison;
import org.caperules.core.eligibility.PolicySettings;

/**
 * Shows how to build a custom policy and compare it with a built-in one: derive "what if CBP also
 * excluded type 23 (temporary importation under bond)?" from {@link
 * CapePolicies#WAREHOUSE_21_22_EXCLUDED} with {@code CapePolicy.builder().from(...)}, then list
 * with {@link PolicyComparison#compare} the entries whose verdict or reasons differ. This is also
 * how a future CBP phase is tried before it is added to {@link CapePolicies}.
 */
public final class CustomPolicyExample {

  private CustomPolicyExample() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    CapePolicy builtIn = CapePolicies.WAREHOUSE_21_22_EXCLUDED;
    CapePolicy custom = CapePolicy.builder().from(builtIn)
        .id("WHAT_IF_TIB_EXCLUDED")
        .description("As WAREHOUSE_21_22_EXCLUDED, and type 23 (TIB) excluded")
        .effectiveDate(LocalDate.of(2026, 8, 1))
        .sources(List.of("Hypothetical, for planning"))
        .confirmation(Confirmation.UNCONFIRMED)
        .settings(PolicySettings.builder().from(builtIn.settings())
            .excludeTemporaryImportationBond(true).build())
        .build();
    List<Entry> entries = List.of(entry("EXA10000015", "23"), entry("MYK28000864", "01"));
    LocalDate asOf = LocalDate.of(2026, 7, 13);
    List<PolicyComparison.Difference> differences =
        PolicyComparison.compare(builtIn, custom, entries, asOf);
    out.println(differences.size() + " of " + entries.size() + " entries differ as of " + asOf
        + ":");
    for (PolicyComparison.Difference difference : differences) {
      out.println("  " + difference);
    }
  }

  private static Entry entry(String entryNumber, String type) {
    return Entry.builder()
        .entryNumber(EntryNumber.of(entryNumber))
        .entryType(EntryType.of(type))
        .entryDate(LocalDate.of(2025, 10, 1))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("250.00")))
        .build();
  }
}
