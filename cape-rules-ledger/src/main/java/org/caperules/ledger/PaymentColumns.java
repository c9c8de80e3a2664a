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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which columns of a refund report (REV-603, REV-613, REV-615) hold what. CBP has not published
 * the headers of these reports, so the default names below are this library's best guess
 * (docs/ledger.md, "Payments"), kept here and nowhere else; {@link #with(Field, String)} and
 * {@link #parse(String)} replace them. Names match trimmed, case-insensitively, with {@code _}
 * read as a space; a field's first name found in the header wins.
 *
 * <p>Example: {@code PaymentColumns.defaults().with(Field.AMOUNT, "Total Refund")} reads the
 * amount from the column {@code Total Refund}; {@code parse("amount=Total Refund,date=Paid
 * On")} does the same for the amount and the date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentColumns {

  /** What a column holds. */
  public enum Field {
    /** The entry number, where the report lists entries (REV-615). */
    ENTRY_NUMBER("Entry Number", "Entry Summary Number", "Entry No"),
    /** The payee: the importer of record or the Form 4811 notify party. */
    PAYEE("Importer Number", "IOR Number", "Importer of Record Number", "Payee Number", "Payee",
        "Notify Party Number"),
    /** The refund amount (principal, or the total where no interest column is given). */
    AMOUNT("Refund Amount", "Amount", "Principal Amount", "Refund Principal"),
    /** The interest, where given apart. */
    INTEREST("Interest Amount", "Interest"),
    /** The day of the payment. */
    DATE("Refund Date", "Payment Date", "Issue Date", "Treasury Issued Date", "Date"),
    /** The payment's reference: ACH trace or refund number. */
    REFERENCE("ACH Trace Number", "Trace Number", "Refund Number", "Reference"),
    /** The refund's status text. */
    STATUS("Refund Secondary Status", "Refund Status", "Status");

    @SuppressWarnings("ImmutableEnumChecker") // List.of(...) is unmodifiable
    private final List<String> defaults;

    Field(String... defaults) {
      this.defaults = List.of(defaults);
    }

    /**
     * Returns the header names read by default, in order of preference.
     *
     * @return the names
     */
    public List<String> defaultNames() {
      return defaults;
    }
  }

  private static final PaymentColumns DEFAULTS = new PaymentColumns(new EnumMap<>(Field.class));

  private final Map<Field, List<String>> names;

  private PaymentColumns(Map<Field, List<String>> overrides) {
    Map<Field, List<String>> all = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      all.put(field, overrides.getOrDefault(field, field.defaults));
    }
    this.names = all;
  }

  /**
   * Returns the default mapping.
   *
   * @return the defaults
   */
  public static PaymentColumns defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this mapping with one field read from a named column only.
   *
   * @param field  the field
   * @param header  the column's header name
   * @return the new mapping
   */
  public PaymentColumns with(Field field, String header) {
    Objects.requireNonNull(field, "field");
    if (Objects.requireNonNull(header, "header").isBlank()) {
      throw new IllegalArgumentException("The column name for " + field + " is blank");
    }
    Map<Field, List<String>> overrides = new EnumMap<>(names);
    overrides.put(field, List.of(header.strip()));
    return new PaymentColumns(overrides);
  }

  /**
   * Reads overrides of the defaults, {@code field=Header Name} pairs separated by commas, field
   * names case-insensitive ({@code amount}, {@code entry_number}, ...).
   *
   * @param text  the overrides, for example {@code amount=Total Refund,date=Paid On}
   * @return the defaults with the overrides
   * @throws IllegalArgumentException if a pair is not {@code field=name} or names no field
   */
  public static PaymentColumns parse(String text) {
    PaymentColumns columns = DEFAULTS;
    for (String pair : text.split(",", -1)) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("Column override '" + pair.strip() + "' is not"
            + " field=Header Name");
      }
      String key = pair.substring(0, equals).strip().toUpperCase(Locale.ROOT).replace(' ', '_');
      Field field = null;
      for (Field candidate : Field.values()) {
        if (candidate.name().equals(key)) {
          field = candidate;
        }
      }
      if (field == null) {
        List<String> known = new ArrayList<>();
        for (Field candidate : Field.values()) {
          known.add(candidate.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("Column override '" + pair.strip() + "' names no"
            + " field; fields: " + String.join(", ", known));
      }
      columns = columns.with(field, pair.substring(equals + 1));
    }
    return columns;
  }

  /**
   * Returns the header names a field is read from, in order of preference.
   *
   * @param field  the field
   * @return the names
   */
  public List<String> names(Field field) {
    return names.getOrDefault(field, field.defaults);
  }

  /**
   * Finds the column of each field in a header row.
   *
   * @param header  the header cells
   * @return the column index of each field found
   */
  Map<Field, Integer> locate(List<String> header) {
    Map<Field, Integer> found = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      for (String name : names(field)) {
        int index = indexOf(header, name);
        if (index >= 0) {
          found.put(field, index);
          break;
        }
      }
    }
    return found;
  }

  private static int indexOf(List<String> header, String name) {
    String wanted = normalize(name);
    for (int i = 0; i < header.size(); i++) {
      if (normalize(header.get(i)).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static String normalize(String text) {
    return text.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the mapping as text, for example {@code PaymentColumns[AMOUNT=[Refund Amount, ...]]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PaymentColumns" + names;
  }
}
