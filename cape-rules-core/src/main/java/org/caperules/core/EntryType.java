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
package org.caperules.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CBP entry type code, two digits, for example {@code 01} (Consumption - Free and Dutiable)
 * or {@code 47} (Drawback Entry).
 *
 * <p>The codes and names are those of CATAIR Appendix B "Entry Type Codes"
 * (docs/formats.md#entry-types). Codes 00, 10, 20, 30, 40, 50 and 60 are category headers, not
 * entry types, and are rejected like any other unknown code. Code 13 is listed although it is
 * UNCERTAIN whether ACE still uses it; codes 69 and 70 are UNCERTAIN (their names are not from a
 * retrieved source) and their {@link #description()} says so.
 *
 * <p>The predicates group the codes the CAPE rules talk about: {@link #isWarehouse()} (21, 22;
 * rejected by CAPE from 2026-07-07, CSMS #69127837), {@link #isWarehouseWithdrawal()} (31, 32,
 * 34, 38), {@link #isDrawback()} (41-47), {@link #isAdCvd()} (03, 07, 34, 38),
 * {@link #isReconciliation()} (09), {@link #isDutyDeferral()} (08), {@link #isInformal()}
 * (11, 12) and {@link #isTemporaryImportationBond()} (23).
 *
 * <p>Example: {@code EntryType.parse(" 1 ")} is {@link #TYPE_01}, whose {@code toString()} is
 * {@code 01}.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum EntryType {
  /** 01 Consumption - Free and Dutiable. */
  TYPE_01("01", "Consumption - Free and Dutiable"),
  /** 02 Consumption - Quota/Visa. */
  TYPE_02("02", "Consumption - Quota/Visa"),
  /** 03 Consumption - Antidumping/Countervailing Duty (AD/CVD). */
  TYPE_03("03", "Consumption - Antidumping/Countervailing Duty"),
  /** 04 Appraisement. */
  TYPE_04("04", "Appraisement"),
  /** 05 Vessel - Repair. */
  TYPE_05("05", "Vessel - Repair"),
  /** 06 Consumption - Foreign Trade Zone (FTZ). */
  TYPE_06("06", "Consumption - Foreign Trade Zone (FTZ)"),
  /** 07 Consumption - AD/CVD and Quota/Visa Combination. */
  TYPE_07("07", "Consumption - AD/CVD and Quota/Visa Combination"),
  /** 08 NAFTA Duty Deferral; CBP's CAPE texts call it USMCA duty deferral (excluded). */
  TYPE_08("08", "NAFTA Duty Deferral (USMCA duty deferral in CBP's CAPE texts)"),
  /** 09 Reconciliation Summary (excluded from CAPE, CSMS #68340863). */
  TYPE_09("09", "Reconciliation Summary"),
  /** 11 Informal - Free and Dutiable. */
  TYPE_11("11", "Informal - Free and Dutiable"),
  /** 12 Informal - Quota/Visa (other than textiles). */
  TYPE_12("12", "Informal - Quota/Visa (other than textiles)"),
  /** 13 International Mail Shipment; UNCERTAIN whether current in ACE. */
  TYPE_13("13", "International Mail Shipment (UNCERTAIN whether current in ACE)"),
  /** 21 Warehouse. */
  TYPE_21("21", "Warehouse"),
  /** 22 Re-Warehouse. */
  TYPE_22("22", "Re-Warehouse"),
  /** 23 Temporary Importation Bond (TIB). */
  TYPE_23("23", "Temporary Importation Bond (TIB)"),
  /** 24 Trade Fair. */
  TYPE_24("24", "Trade Fair"),
  /** 25 Permanent Exhibition. */
  TYPE_25("25", "Permanent Exhibition"),
  /** 26 Warehouse - Foreign Trade Zone (FTZ) (Admission). */
  TYPE_26("26", "Warehouse - Foreign Trade Zone (FTZ) (Admission)"),
  /** 31 Warehouse Withdrawal - Consumption. */
  TYPE_31("31", "Warehouse Withdrawal - Consumption"),
  /** 32 Warehouse Withdrawal - Quota. */
  TYPE_32("32", "Warehouse Withdrawal - Quota"),
  /** 33 Aircraft and Vessel Supply (For Immediate Exportation). */
  TYPE_33("33", "Aircraft and Vessel Supply (For Immediate Exportation)"),
  /** 34 Warehouse Withdrawal - Antidumping/Countervailing Duty. */
  TYPE_34("34", "Warehouse Withdrawal - Antidumping/Countervailing Duty"),
  /** 38 Warehouse Withdrawal - AD/CVD and Quota/Visa Combination. */
  TYPE_38("38", "Warehouse Withdrawal - AD/CVD and Quota/Visa Combination"),
  /** 41 Direct Identification Manufacturing Drawback. */
  TYPE_41("41", "Direct Identification Manufacturing Drawback"),
  /** 42 Direct Identification Unused Merchandise Drawback. */
  TYPE_42("42", "Direct Identification Unused Merchandise Drawback"),
  /** 43 Rejected Merchandise Drawback. */
  TYPE_43("43", "Rejected Merchandise Drawback"),
  /** 44 Substitution Manufacturer Drawback. */
  TYPE_44("44", "Substitution Manufacturer Drawback"),
  /** 45 Substitution Unused Merchandise Drawback. */
  TYPE_45("45", "Substitution Unused Merchandise Drawback"),
  /** 46 Other Drawback. */
  TYPE_46("46", "Other Drawback"),
  /** 47 Drawback Entry, the TFTEA drawback type (excluded from CAPE, CSMS #68340863). */
  TYPE_47("47", "Drawback Entry (TFTEA)"),
  /** 51 Defense Contract Administration Service Region (DCASR). */
  TYPE_51("51", "Defense Contract Administration Service Region (DCASR)"),
  /** 52 Government - Dutiable. */
  TYPE_52("52", "Government - Dutiable"),
  /** 61 Immediate Transportation. */
  TYPE_61("61", "Immediate Transportation"),
  /** 62 Transportation and Exportation. */
  TYPE_62("62", "Transportation and Exportation"),
  /** 63 Immediate Exportation. */
  TYPE_63("63", "Immediate Exportation"),
  /** 64 Barge Movement. */
  TYPE_64("64", "Barge Movement"),
  /** 65 Permit to Proceed. */
  TYPE_65("65", "Permit to Proceed"),
  /** 66 Baggage. */
  TYPE_66("66", "Baggage"),
  /** 69 UNCERTAIN: possibly Transit (Rail Only); not in the extracted CATAIR table. */
  TYPE_69("69", "UNCERTAIN: possibly Transit (Rail Only); not in the extracted CATAIR table"),
  /** 70 UNCERTAIN: possibly Multi-Transportation Category; not in the extracted CATAIR table. */
  TYPE_70("70",
      "UNCERTAIN: possibly Multi-Transportation Category; not in the extracted CATAIR table"),
  /** 86 Section 321 (de minimis, CBP's "Type 86"). */
  TYPE_86("86", "Section 321");

  private static final Map<String, EntryType> BY_CODE = new HashMap<>();

  static {
    for (EntryType type : values()) {
      BY_CODE.put(type.code, type);
    }
  }

  private final String code;
  private final String description;

  EntryType(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Obtains an entry type from its two-digit code, for example {@code "01"}.
   *
   * @param code  exactly two digits
   * @return the entry type
   * @throws IllegalArgumentException if the code is not two digits, or is not a code of CATAIR
   *     Appendix B; the message quotes the code
   */
  public static EntryType of(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() != 2 || !isDigit(code.charAt(0)) || !isDigit(code.charAt(1))) {
      throw new IllegalArgumentException(
          "CBP entry type code must be 2 digits, but was: '" + code + "'");
    }
    EntryType type = BY_CODE.get(code);
    if (type == null) {
      throw new IllegalArgumentException(
          "Unknown CBP entry type code: '" + code + "' (not in CATAIR Appendix B)");
    }
    return type;
  }

  /**
   * Parses an entry type leniently: surrounding white space is removed and a single digit is
   * read with a leading zero, so {@code " 1 "} gives {@link #TYPE_01}.
   *
   * @param text  the text to parse
   * @return the entry type
   * @throws IllegalArgumentException if the trimmed text is not a known code; the message quotes
   *     the trimmed text
   */
  public static EntryType parse(CharSequence text) {
    return of(normalize(text));
  }

  /**
   * Parses an entry type leniently, as {@link #parse(CharSequence)}, returning empty instead of
   * throwing.
   *
   * @param text  the text to parse
   * @return the entry type, or empty if the text is not a known code
   */
  public static Optional<EntryType> tryParse(CharSequence text) {
    return Optional.ofNullable(BY_CODE.get(normalize(text)));
  }

  private static String normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.toString().strip();
    return trimmed.length() == 1 && isDigit(trimmed.charAt(0)) ? "0" + trimmed : trimmed;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the two-digit code, for example {@code "01"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the CATAIR Appendix B name, for example {@code "Consumption - Free and Dutiable"};
   * for codes 13, 69 and 70 the text starts or ends with a note that the code is UNCERTAIN.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether this is a warehouse entry, type 21 (Warehouse) or 22 (Re-Warehouse). CAPE
   * rejects these from 2026-07-07 with "ENTRY TYPE NOT ALLOWED" (CSMS #69127837). Type 26 (FTZ
   * admission) is not included.
   *
   * @return true for 21 and 22
   */
  public boolean isWarehouse() {
    return this == TYPE_21 || this == TYPE_22;
  }

  /**
   * Tells whether this is a warehouse withdrawal: 31, 32, 34 or 38. CAPE still accepts these
   * after 2026-07-07 (CSMS #69127837).
   *
   * @return true for 31, 32, 34 and 38
   */
  public boolean isWarehouseWithdrawal() {
    return this == TYPE_31 || this == TYPE_32 || this == TYPE_34 || this == TYPE_38;
  }

  /**
   * Tells whether this is a drawback entry type, 41 to 47. Only 47 is named in CAPE's exclusions
   * (CSMS #68340863); entries designated on any drawback claim are excluded separately.
   *
   * @return true for 41, 42, 43, 44, 45, 46 and 47
   */
  public boolean isDrawback() {
    return code.charAt(0) == '4';
  }

  /**
   * Tells whether the entry type is an antidumping/countervailing duty type: 03, 07, 34 or 38
   * (CATAIR Appendix B; docs/formats.md#entry-types).
   *
   * @return true for 03, 07, 34 and 38
   */
  public boolean isAdCvd() {
    return this == TYPE_03 || this == TYPE_07 || this == TYPE_34 || this == TYPE_38;
  }

  /**
   * Tells whether this is type 09, Reconciliation Summary (excluded from CAPE).
   *
   * @return true for 09
   */
  public boolean isReconciliation() {
    return this == TYPE_09;
  }

  /**
   * Tells whether this is type 08, NAFTA/USMCA duty deferral (excluded from CAPE).
   *
   * @return true for 08
   */
  public boolean isDutyDeferral() {
    return this == TYPE_08;
  }

  /**
   * Tells whether this is an informal entry, type 11 or 12.
   *
   * @return true for 11 and 12
   */
  public boolean isInformal() {
    return this == TYPE_11 || this == TYPE_12;
  }

  /**
   * Tells whether this is type 23, Temporary Importation Bond. Its exclusion from CAPE is
   * UNCERTAIN: CBP's texts seen do not name it (docs/decisions.md#type-23-tib).
   *
   * @return true for 23
   */
  public boolean isTemporaryImportationBond() {
    return this == TYPE_23;
  }

  /**
   * Returns the two-digit code, for example {@code 01}: the form used in ACE and in messages.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
