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
package org.caperules.core.forecast;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * Who CBP pays a consolidated refund to: the importer of record, or the party designated on CBP
 * Form 4811 (the notify party), or, when the data has no importer number, an unknown payee.
 *
 * <p>Source: "Refunds will be consolidated by IOR or the party designated via CBP Form 4811 and
 * liquidation date" (CSMS #68315804; CSMS #68340863; docs/interest.md#consolidation).
 *
 * <p>Example: {@code Payee.importerOfRecord(ImporterNumber.of("12-3456789"))} prints as
 * {@code IOR 12-3456789}; a notify party with an SSN-form number prints as
 * {@code 4811 ***-**-6789}: the number always prints through {@link ImporterNumber#toString()},
 * which masks an SSN. {@link #UNKNOWN} prints as {@code unknown payee}.
 *
 * <p>Order ({@link #compareTo(Payee)}): by number, then IOR before notify party; the unknown
 * payee last.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role  whose number it is
 * @param number  the importer (IR) number, null exactly for {@link Role#UNKNOWN}
 */
public record Payee(Role role, @Nullable ImporterNumber number) implements Comparable<Payee> {

  /** The bucket for entries without an importer number: never dropped. */
  public static final Payee UNKNOWN = new Payee(Role.UNKNOWN, null);

  private static final Comparator<Payee> ORDER = Comparator
      .comparing(Payee::number, Comparator.nullsLast(Comparator.<ImporterNumber>naturalOrder()))
      .thenComparing(Payee::role);

  /** Whose number a payee is. */
  public enum Role {
    /** The importer of record of the entry. */
    IMPORTER_OF_RECORD,
    /** The party designated on CBP Form 4811 to receive the importer's refunds. */
    NOTIFY_PARTY_4811,
    /** No importer number is known. */
    UNKNOWN
  }

  /**
   * Checks that the number is given exactly when the role is not {@link Role#UNKNOWN}.
   *
   * @param role  whose number it is
   * @param number  the number, null for {@link Role#UNKNOWN}
   * @throws IllegalArgumentException if the number is missing for a known role or given for
   *     {@link Role#UNKNOWN}
   */
  public Payee {
    Objects.requireNonNull(role, "role");
    if ((role == Role.UNKNOWN) != (number == null)) {
      throw new IllegalArgumentException("A payee has a number exactly when its role is not"
          + " UNKNOWN, but role was " + role + " and number " + number);
    }
  }

  /**
   * Obtains the importer of record as payee.
   *
   * @param number  the importer number
   * @return the payee
   */
  public static Payee importerOfRecord(ImporterNumber number) {
    return new Payee(Role.IMPORTER_OF_RECORD, Objects.requireNonNull(number, "number"));
  }

  /**
   * Obtains a Form 4811 notify party as payee.
   *
   * @param number  the notify party's importer (IR) number
   * @return the payee
   */
  public static Payee notifyParty(ImporterNumber number) {
    return new Payee(Role.NOTIFY_PARTY_4811, Objects.requireNonNull(number, "number"));
  }

  /**
   * Returns the default payee of an entry: its importer of record, or {@link #UNKNOWN} if the
   * entry has no importer number.
   *
   * @param entry  the entry
   * @return the payee
   */
  public static Payee importerOfRecordOf(Entry entry) {
    ImporterNumber importer = entry.importerNumber();
    return importer == null ? UNKNOWN : importerOfRecord(importer);
  }

  /**
   * Returns a payee function for importers with a Form 4811 notify party: an entry whose
   * importer is a key of the map is paid to the mapped notify party, any other entry to its
   * importer of record, and an entry without importer number to {@link #UNKNOWN}.
   *
   * <p>Example: with {@code 12-3456789 -> 98-7654321}, entries of 12-3456789 go to
   * {@code 4811 98-7654321}. Whether CBP pays the notify party also depends on box 28 of the
   * 7501 (CSMS #67648307, CBP-reported; UNCERTAIN, docs/decisions.md#box-28); the caller decides
   * which importers to map.
   *
   * @param notifyPartyByImporter  the notify party of each importer that has one; copied
   * @return the payee function
   */
  public static Function<Entry, Payee> withNotifyParties(
      Map<ImporterNumber, ImporterNumber> notifyPartyByImporter) {
    Map<ImporterNumber, ImporterNumber> copy = Map.copyOf(notifyPartyByImporter);
    return entry -> {
      ImporterNumber importer = entry.importerNumber();
      if (importer == null) {
        return UNKNOWN;
      }
      ImporterNumber notify = copy.get(importer);
      return notify != null ? notifyParty(notify) : importerOfRecord(importer);
    };
  }

  /**
   * Returns the number.
   *
   * @return the number, or empty for {@link #UNKNOWN}
   */
  public Optional<ImporterNumber> importerNumber() {
    return Optional.ofNullable(number);
  }

  @Override
  public int compareTo(Payee other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the payee as text, with an SSN masked: {@code IOR 12-3456789},
   * {@code 4811 ***-**-6789} or {@code unknown payee}.
   *
   * @return the payee as text
   */
  @Override
  public String toString() {
    if (number == null) {
      return "unknown payee";
    }
    return (role == Role.IMPORTER_OF_RECORD ? "IOR " : "4811 ") + number;
  }
}
