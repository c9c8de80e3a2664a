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
package org.caperules.examples;

import static org.caperules.examples.SampleEs003Generator.COLUMNS;
import static org.caperules.examples.SampleEs003Generator.money;
import static org.caperules.examples.SampleEs003Generator.usDate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.caperules.core.EntryNumber;
import org.caperules.core.date.CapeDeadlines;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the synthetic entries that {@link SampleEs003Generator} writes: one
 * {@link Scenario} per entry, which fixes the facts that decide the entry's verdict, and the
 * realistic rest (importer, port, dates, countries, IEEPA and commodity lines) drawn from the
 * generator's pseudo-random sequence. Cells are in {@link SampleEs003Generator#COLUMNS} order and
 * already formatted as ACE writes them.
 *
 * <p>Example: for the scenario {@link Scenario#WINDOW_PASSED} and as-of date Mon 2026-07-13,
 * {@link #entry(SplittableRandom, Scenario, long, List)} appends the one to three lines of an
 * entry with liquidation status "Liquidated" and a liquidation date 81 to 175 days before
 * 2026-07-13, each line an IEEPA Chapter 99 row followed by its commodity row.
 *
 * <p>This class is immutable and thread-safe; the random generator passed in is not.
 */
final class SampleEntryRows {

  /** First day of IEEPA duties (CSMS #63988468). */
  private static final LocalDate IEEPA_FIRST_DAY = LocalDate.of(2025, 2, 4);
  /** Last entry date with IEEPA duty (CSMS #67834313). */
  private static final LocalDate IEEPA_LAST_DAY = LocalDate.of(2026, 2, 23);

  private static final String[] PORTS = {"2704", "1001", "5301", "3901", "1303", "2809"};

  /** A fake importer: number, name and the filer code of its (fake) broker. */
  record Importer(String number, String name, String filerCode) {}

  /** Clearly fake importers; one is an individual with an SSN-form number (900- is never issued). */
  static final List<Importer> IMPORTERS = List.of(
      new Importer("12-3456789A1", "Example Imports LLC", "EXA"),
      new Importer("98-7654321", "Sample Trading Co", "SMP"),
      new Importer("45-1234567B2", "Demo Apparel Inc", "DMO"),
      new Importer("27-7777777", "Test Widgets Corp", "TST"),
      new Importer("33-2468101", "Placeholder Foods LLC", "EXA"),
      new Importer("061234-12345", "Fictional Motors Inc", "FKE"),
      new Importer("56-1357913C3", "Acme Example Housewares, Inc.", "SMP"),
      new Importer("900-00-0001", "Jane Example (sole proprietor)", "DMO"));

  /**
   * What decides an entry's verdict, with the verdict and reason expected under the policy in
   * force on the as-of date when that is {@code WAREHOUSE_21_22_EXCLUDED} (from 2026-07-07).
   */
  enum Scenario {
    /** Type 01, unliquidated: ELIGIBLE. */
    UNLIQUIDATED("ELIGIBLE", "", 30),
    /** Type 01, liquidated 1 to 80 days before the as-of date: ELIGIBLE. */
    LIQUIDATED_IN_WINDOW("ELIGIBLE", "", 14),
    /** Flagged for reconciliation, type 01, no type 09 filed (CSMS #69035485): ELIGIBLE. */
    RECON_FLAGGED_ACCEPTED("ELIGIBLE", "", 3),
    /** Type 23, temporary importation under bond (setting off by default): ELIGIBLE. */
    TEMPORARY_IMPORTATION_BOND("ELIGIBLE", "", 1),
    /** Liquidation suspended, extended or under review: ELIGIBLE_DEFERRED. */
    LIQUIDATION_PENDING("ELIGIBLE_DEFERRED", "", 6),
    /** Warehouse withdrawal type 31, 32, 34 or 38, unliquidated: ELIGIBLE_DEFERRED. */
    WAREHOUSE_WITHDRAWAL("ELIGIBLE_DEFERRED", "", 3),
    /** Liquidated 81 to 175 days before: LIQUIDATION_WINDOW_PASSED. */
    WINDOW_PASSED("NOT_ELIGIBLE", "LIQUIDATION_WINDOW_PASSED", 8),
    /** Liquidated 190 to 400 days before: LIQUIDATION_FINAL. */
    LIQUIDATION_FINAL("NOT_ELIGIBLE", "LIQUIDATION_FINAL", 6),
    /** As LIQUIDATION_FINAL, but the importer is a CIT plaintiff (eligible under Phase 3). */
    FINAL_CIT_PLAINTIFF("NOT_ELIGIBLE", "LIQUIDATION_FINAL", 1),
    /** Only non-IEEPA lines, or an IEEPA line with $0.00: NO_IEEPA_DUTY. */
    NO_IEEPA_DUTY("NOT_ELIGIBLE", "NO_IEEPA_DUTY", 4),
    /** Protest pending, open, filed or suspended: OPEN_PROTEST. */
    OPEN_PROTEST("NOT_ELIGIBLE", "OPEN_PROTEST", 2),
    /** Type 09, or flagged with its type 09 filed: RECONCILIATION. */
    RECONCILIATION("NOT_ELIGIBLE", "RECONCILIATION", 2),
    /** Designated on a drawback claim, or type 47: DRAWBACK. */
    DRAWBACK("NOT_ELIGIBLE", "DRAWBACK", 1),
    /** Type 08: DUTY_DEFERRAL. */
    DUTY_DEFERRAL("NOT_ELIGIBLE", "DUTY_DEFERRAL", 1),
    /** Type 03 with AD/CVD liquidation instructions, unliquidated: ADCVD_PENDING_LIQUIDATION. */
    ADCVD_PENDING("NOT_ELIGIBLE", "ADCVD_PENDING_LIQUIDATION", 1),
    /** Entry summary cancelled or rejected: ENTRY_SUMMARY_NOT_ACCEPTED. */
    SUMMARY_NOT_ACCEPTED("NOT_ELIGIBLE", "ENTRY_SUMMARY_NOT_ACCEPTED", 1),
    /** Warehouse type 21 or 22 (CSMS #69127837, from 2026-07-07): ENTRY_TYPE_NOT_ALLOWED. */
    WAREHOUSE_TYPE("NOT_ELIGIBLE", "ENTRY_TYPE_NOT_ALLOWED", 2),
    /** Not filed in ACE: NOT_IN_ACE. */
    NOT_IN_ACE("NOT_ELIGIBLE", "NOT_IN_ACE", 1),
    /** Entry number with a wrong check digit: NEEDS_REVIEW, INVALID_ENTRY_NUMBER. */
    INVALID_ENTRY_NUMBER("NEEDS_REVIEW", "INVALID_ENTRY_NUMBER", 1),
    /** No liquidation status and no date, or an unrecognised status: UNKNOWN_LIQUIDATION_STATUS. */
    UNKNOWN_LIQUIDATION("NEEDS_REVIEW", "UNKNOWN_LIQUIDATION_STATUS", 2),
    /** An unrecognised protest status: UNKNOWN_PROTEST_STATUS. */
    UNKNOWN_PROTEST("NEEDS_REVIEW", "UNKNOWN_PROTEST_STATUS", 1),
    /**
     * An otherwise eligible entry plus two unreadable rows (a bad amount in a row of the entry,
     * a blank entry number): ROWS_REJECTED.
     */
    ROW_PROBLEM("NEEDS_REVIEW", "ROWS_REJECTED", 1),
    /** Liquidated 1 to 30 days after the as-of date (once per file): DATE_AFTER_AS_OF. */
    LIQUIDATED_AFTER_AS_OF("NEEDS_REVIEW", "DATE_AFTER_AS_OF", 0),
    /**
     * Liquidated 40 to 69 days before the as-of date and entered 1 to 20 days after its
     * liquidation (once per file): LIQUIDATION_BEFORE_ENTRY.
     */
    LIQUIDATED_BEFORE_ENTRY("NEEDS_REVIEW", "LIQUIDATION_BEFORE_ENTRY", 0);

    final String verdict;
    final String reason;
    final int weight;

    Scenario(String verdict, String reason, int weight) {
      this.verdict = verdict;
      this.reason = reason;
      this.weight = weight;
    }
  }

  private static final int TOTAL_WEIGHT;

  static {
    int total = 0;
    for (Scenario scenario : Scenario.values()) {
      total += scenario.weight;
    }
    TOTAL_WEIGHT = total;
  }

  private final LocalDate asOf;

  /**
   * Creates the rows of entries built around an as-of date.
   *
   * @param asOf  the date liquidation dates are counted back from
   */
  SampleEntryRows(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Returns the scenario of entry number {@code index}: the first {@code Scenario.values().length}
   * entries take the scenarios in order (drawing nothing), later ones draw one by weight.
   */
  static Scenario scenario(long index, SplittableRandom random) {
    return index < Scenario.values().length
        ? Scenario.values()[(int) index]
        : pick(random);
  }

  private static Scenario pick(SplittableRandom random) {
    int ticket = random.nextInt(TOTAL_WEIGHT);
    for (Scenario scenario : Scenario.values()) {
      ticket -= scenario.weight;
      if (ticket < 0) {
        return scenario;
      }
    }
    throw new AssertionError("weights");
  }

  /** Appends the rows of entry number {@code index}, following the scenario. */
  void entry(SplittableRandom random, Scenario scenario, long index, List<String[]> rows) {
    Importer importer = IMPORTERS.get(random.nextInt(IMPORTERS.size()));
    String base = importer.filerCode() + String.format(Locale.ROOT, "%07d", 1_000_000 + index);
    int checkDigit = EntryNumber.checkDigit(base);
    if (scenario == Scenario.INVALID_ENTRY_NUMBER) {
      checkDigit = (checkDigit + 1) % 10;
    }
    String entryNumber = base + checkDigit;
    String type = "01";
    String liquidationStatus = "Open";
    LocalDate liquidationDate = null;
    String recon = "N";
    String protestStatus = "";
    String reconFiled = "";
    String drawback = "";
    String adcvd = "";
    String summaryStatus = "";
    String filedInAce = "";
    String citPlaintiff = "";
    boolean ieepaDuty = true;
    switch (scenario) {
      case UNLIQUIDATED, ROW_PROBLEM -> liquidationStatus = random.nextBoolean() ? "Open"
          : "Unliquidated";
      case LIQUIDATED_IN_WINDOW -> {
        liquidationStatus = random.nextBoolean() ? "Liquidated" : "Closed";
        liquidationDate = asOf.minusDays(1 + random.nextInt(CapeDeadlines.CAPE_WINDOW_DAYS));
      }
      case RECON_FLAGGED_ACCEPTED -> recon = "Y";
      case TEMPORARY_IMPORTATION_BOND -> type = "23";
      case LIQUIDATION_PENDING -> liquidationStatus =
          new String[] {"Suspended", "Extended", "Under Review"}[random.nextInt(3)];
      case WAREHOUSE_WITHDRAWAL -> type = new String[] {"31", "32", "34", "38"}[random.nextInt(4)];
      case WINDOW_PASSED -> {
        liquidationStatus = "Liquidated";
        liquidationDate = asOf.minusDays(81 + random.nextInt(95));
      }
      case LIQUIDATION_FINAL, FINAL_CIT_PLAINTIFF -> {
        liquidationStatus = random.nextBoolean() ? "Liquidated" : "Deemed Liquidated";
        liquidationDate = asOf.minusDays(190 + random.nextInt(211));
        citPlaintiff = scenario == Scenario.FINAL_CIT_PLAINTIFF ? "Y" : "N";
      }
      case NO_IEEPA_DUTY -> ieepaDuty = false;
      case OPEN_PROTEST -> {
        liquidationStatus = "Liquidated";
        liquidationDate = asOf.minusDays(10 + random.nextInt(60));
        protestStatus = new String[] {"Pending", "Open", "Filed", "Suspended"}[random.nextInt(4)];
      }
      case RECONCILIATION -> {
        if (random.nextBoolean()) {
          type = "09";
        } else {
          recon = "Y";
          reconFiled = "Y";
        }
      }
      case DRAWBACK -> {
        if (random.nextBoolean()) {
          drawback = "Y";
        } else {
          type = "47";
        }
      }
      case DUTY_DEFERRAL -> type = "08";
      case ADCVD_PENDING -> {
        type = "03";
        adcvd = "Y";
      }
      case SUMMARY_NOT_ACCEPTED -> summaryStatus = random.nextBoolean() ? "CANCELLED" : "REJECTED";
      case WAREHOUSE_TYPE -> type = random.nextBoolean() ? "21" : "22";
      case NOT_IN_ACE -> filedInAce = "N";
      case INVALID_ENTRY_NUMBER -> { }
      case UNKNOWN_LIQUIDATION -> liquidationStatus = random.nextBoolean() ? "" : "Pending Review";
      case UNKNOWN_PROTEST -> protestStatus = "Under Appeal";
      case LIQUIDATED_AFTER_AS_OF -> {
        liquidationStatus = "Liquidated";
        liquidationDate = asOf.plusDays(1 + random.nextInt(30));
      }
      case LIQUIDATED_BEFORE_ENTRY -> {
        liquidationStatus = "Liquidated";
        liquidationDate = asOf.minusDays(40 + random.nextInt(30));
      }
    }
    LocalDate entryDate = scenario == Scenario.LIQUIDATED_BEFORE_ENTRY
        ? Objects.requireNonNull(liquidationDate).plusDays(1 + random.nextInt(20))
        : entryDate(random, liquidationDate);
    String protestNumber = protestStatus.isEmpty() ? ""
        : PORTS[random.nextInt(PORTS.length)] + "26" + String.format(Locale.ROOT, "%06d", 100_000 + index);
    String[] entryCells = new String[COLUMNS.size()];
    entryCells[col(Es003Column.ENTRY_SUMMARY_NUMBER)] = entryNumber;
    entryCells[col(Es003Column.ENTRY_TYPE_CODE)] = type;
    entryCells[col(Es003Column.IMPORTER_NUMBER)] = importer.number();
    entryCells[col(Es003Column.IMPORTER_NAME)] = importer.name();
    entryCells[col(Es003Column.PORT_OF_ENTRY_CODE)] = PORTS[random.nextInt(PORTS.length)];
    entryCells[col(Es003Column.ENTRY_DATE)] = usDate(entryDate);
    entryCells[col(Es003Column.ENTRY_SUMMARY_DATE)] =
        usDate(entryDate.plusDays(random.nextInt(11)));
    entryCells[col(Es003Column.RECONCILIATION_INDICATOR)] = recon;
    entryCells[col(Es003Column.LIQUIDATION_STATUS)] = liquidationStatus;
    entryCells[col(Es003Column.LIQUIDATION_DATE)] =
        liquidationDate == null ? "" : usDate(liquidationDate);
    entryCells[col(Es003Column.PROTEST_NUMBER)] = protestNumber;
    entryCells[col(Es003Column.PROTEST_STATUS)] = protestStatus;
    entryCells[col(Es003Column.RECONCILIATION_ENTRY_FILED)] = reconFiled;
    entryCells[col(Es003Column.DRAWBACK_INDICATOR)] = drawback;
    entryCells[col(Es003Column.ADCVD_LIQUIDATION_INSTRUCTIONS)] = adcvd;
    entryCells[col(Es003Column.ENTRY_SUMMARY_STATUS)] = summaryStatus;
    entryCells[col(Es003Column.FILED_IN_ACE)] = filedInAce;
    entryCells[col(Es003Column.CIT_PLAINTIFF)] = citPlaintiff;

    int lines = 1 + random.nextInt(3);
    for (int line = 1; line <= lines; line++) {
      String country = country(random, entryDate);
      long valueCents = 10_000L + random.nextLong(5_000_000L);
      int ordinal = 1;
      if (ieepaDuty || line > 1 || random.nextBoolean()) {
        // The IEEPA Chapter 99 row comes first, with goods value $0.00 (docs/formats.md#es-003).
        String heading = ieepaDuty ? ieepaHeading(country, entryDate) : "99030125";
        long dutyCents = ieepaDuty ? percent(valueCents, ieepaRate(heading)) : 0;
        rows.add(row(entryCells, line, ordinal++, heading, 0, dutyCents, country));
      }
      if ("CN".equals(country) && random.nextInt(3) == 0) {
        rows.add(row(entryCells, line, ordinal++, "99038815", 0, percent(valueCents, 25),
            country));
      }
      rows.add(row(entryCells, line, ordinal, commodity(random), valueCents,
          percent(valueCents, random.nextInt(7)), country));
    }
    if (scenario == Scenario.ROW_PROBLEM) {
      String[] bad = row(entryCells, lines, 9, "3923900080", 120_000, 0, "VN");
      bad[col(Es003Column.LINE_TARIFF_DUTY_AMOUNT)] = "FREE";
      rows.add(bad);
      String[] blank = row(entryCells, 1, 1, "99030125", 0, 1_000, "VN");
      blank[col(Es003Column.ENTRY_SUMMARY_NUMBER)] = "";
      rows.add(blank);
    }
  }

  private LocalDate entryDate(SplittableRandom random, @Nullable LocalDate liquidationDate) {
    LocalDate latest = IEEPA_LAST_DAY;
    if (liquidationDate != null && liquidationDate.minusDays(30).isBefore(latest)) {
      latest = liquidationDate.minusDays(30);
    }
    LocalDate earliest = liquidationDate == null
        ? LocalDate.of(2025, 9, 1)
        : maxDate(IEEPA_FIRST_DAY,
            liquidationDate.minusDays(CapeDeadlines.TYPICAL_LIQUIDATION_DAYS));
    if (latest.isBefore(earliest)) {
      return earliest;
    }
    long span = latest.toEpochDay() - earliest.toEpochDay();
    return earliest.plusDays(random.nextLong(span + 1));
  }

  private static LocalDate maxDate(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static String country(SplittableRandom random, LocalDate entryDate) {
    String country = new String[] {"CN", "CN", "VN", "MX", "CA", "IN", "DE"}[random.nextInt(7)];
    boolean fromMarch = !entryDate.isBefore(LocalDate.of(2025, 3, 4));
    boolean fromApril = !entryDate.isBefore(LocalDate.of(2025, 4, 5));
    if ((country.equals("MX") || country.equals("CA")) && !fromMarch) {
      return "CN";
    }
    if ((country.equals("VN") || country.equals("IN") || country.equals("DE")) && !fromApril) {
      return "CN";
    }
    return country;
  }

  /** An IEEPA Chapter 99 heading in force for the country on the entry date (IeepaHeadings). */
  private static String ieepaHeading(String country, LocalDate entryDate) {
    boolean beforeAnnex = entryDate.isBefore(LocalDate.of(2025, 8, 7));
    return switch (country) {
      case "CN" -> entryDate.isBefore(LocalDate.of(2025, 3, 4)) ? "99030120" : "99030124";
      case "MX" -> "99030101";
      case "CA" -> "99030110";
      case "IN" -> beforeAnnex ? "99030125" : "99030226";
      default -> beforeAnnex ? "99030125" : "99030247";
    };
  }

  /** The IEEPA rate in percent used for a heading (illustrative, not CBP's rate table). */
  private static int ieepaRate(String heading) {
    return switch (heading) {
      case "99030124", "99030120", "99030125" -> 10;
      case "99030101", "99030110" -> 25;
      default -> 20;
    };
  }

  private static String commodity(SplittableRandom random) {
    return new String[] {"3923900080", "8471300100", "6110202079", "9403200050", "8516604060",
        "6402993165", "7326908688", "8504404000"}[random.nextInt(8)];
  }

  private static long percent(long cents, int percent) {
    return BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
  }

  private static String[] row(String[] entryCells, int line, int ordinal, String hts,
      long valueCents, long dutyCents, String country) {
    String[] row = entryCells.clone();
    row[col(Es003Column.ENTRY_SUMMARY_LINE_NUMBER)] = Integer.toString(line);
    row[col(Es003Column.HTS_NUMBER_FULL)] = hts;
    row[col(Es003Column.TARIFF_ORDINAL_NUMBER)] = Integer.toString(ordinal);
    row[col(Es003Column.LINE_TARIFF_GOODS_VALUE_AMOUNT)] = money(valueCents);
    row[col(Es003Column.LINE_TARIFF_DUTY_AMOUNT)] = money(dutyCents);
    row[col(Es003Column.COUNTRY_OF_ORIGIN_CODE)] = country;
    return row;
  }

  private static int col(Es003Column column) {
    return COLUMNS.indexOf(column);
  }
}
