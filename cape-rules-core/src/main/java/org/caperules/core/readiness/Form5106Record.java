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
package org.caperules.core.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.caperules.core.ImporterNumber;
import org.caperules.core.internal.CapeStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the caller knows of the importer's CBP Form 5106 record (Importer ID Input Record): the
 * importer number, legal name, the Box 2E email of the physical address, the mailing-address
 * email, the broker or filer emails known to the caller, the last update and the country.
 *
 * <p>Box 2E matters because the automated ACE Portal application sends its one-time code there:
 * "it is sent to the email address associated with your company's physical address in the
 * Importer (5106) record (as opposed to the mailing address)" (CBP ACH FAQ); "If that field
 * contains your broker's email address instead of yours, the verification code goes to your
 * broker" (vendor guide). The mailing-address email is therefore recorded but never counts as Box
 * 2E. Blank emails count as missing; emails are compared ignoring case and surrounding spaces.
 *
 * <p>Example:
 * <pre>{@code
 * Form5106Record record = Form5106Record.builder()
 *     .importerNumber(ImporterNumber.of("12-3456789A1"))
 *     .legalName("Acme Imports LLC")
 *     .box2eEmail("customs@acme.example")
 *     .addBrokerEmails("entries@broker.example")
 *     .lastUpdated(LocalDate.of(2026, 1, 15))
 *     .build();                                   // country defaults to "US"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CapeStyle
public abstract class Form5106Record {

  /** The country code of a domestic importer. */
  public static final String UNITED_STATES = "US";

  Form5106Record() {}

  /**
   * Returns the importer number the record is for, suffix included.
   *
   * @return the importer number; its {@code toString} masks an SSN
   */
  public abstract ImporterNumber importerNumber();

  /**
   * Returns the legal name as in the record; the ACE application needs it exactly (broker guide).
   *
   * @return the legal name
   */
  public abstract String legalName();

  /**
   * Returns the email of the physical address, Box 2E, where ACE sends the one-time code.
   *
   * @return the email, or null if there is none on file ("No Email On File", CBP ACH FAQ)
   */
  public abstract @Nullable String box2eEmail();

  /**
   * Returns the email of the mailing address, which does not receive the code (CBP ACH FAQ).
   *
   * @return the email, or null if none
   */
  public abstract @Nullable String mailingAddressEmail();

  /**
   * Returns the emails of the importer's customs brokers or filers known to the caller, used to
   * tell that Box 2E holds the broker's email (vendor guide).
   *
   * @return the emails, possibly empty
   */
  public abstract List<String> brokerEmails();

  /**
   * Returns the date the record was last updated, if known.
   *
   * @return the date, or null if unknown
   */
  public abstract @Nullable LocalDate lastUpdated();

  /**
   * Tells whether the Box 2E email is already tied to an account with existing ACE Portal access
   * (a person's own login for another company, or a broker's): the automated ACE Portal
   * application needs an email "not tied to an account with existing ACE Portal access" (CBP ACH
   * FAQ). Default false.
   *
   * @return true if the Box 2E email already has ACE Portal access
   */
  @Value.Default
  public boolean box2eEmailHasAceAccess() {
    return false;
  }

  /**
   * Returns the ISO 3166 alpha-2 country code of the importer's address. Default
   * {@value #UNITED_STATES}.
   *
   * @return two upper-case letters
   */
  @Value.Default
  public String countryCode() {
    return UNITED_STATES;
  }

  /**
   * Tells whether the importer's address is outside the United States.
   *
   * @return true if {@link #countryCode()} is not {@value #UNITED_STATES}
   */
  public boolean isForeign() {
    return !UNITED_STATES.equals(countryCode());
  }

  /**
   * Tells whether Box 2E holds one of the {@link #brokerEmails()}, ignoring case and
   * surrounding spaces.
   *
   * @return true if Box 2E is the broker's email
   */
  public boolean box2eIsBrokerEmail() {
    String box2e = box2eEmail();
    if (box2e == null) {
      return false;
    }
    String wanted = box2e.strip().toLowerCase(Locale.ROOT);
    return brokerEmails().stream()
        .anyMatch(email -> email.strip().toLowerCase(Locale.ROOT).equals(wanted));
  }

  /**
   * Tells whether Box 2E holds a non-blank email.
   *
   * @return true if there is an email on file
   */
  public boolean hasBox2eEmail() {
    String box2e = box2eEmail();
    return box2e != null && !box2e.isBlank();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the country code.
   *
   * @throws IllegalArgumentException if the country code is not two upper-case letters A-Z
   */
  @Value.Check
  protected void check() {
    String country = countryCode();
    if (country.length() != 2 || !isUpper(country.charAt(0)) || !isUpper(country.charAt(1))) {
      throw new IllegalArgumentException("Country code must be 2 upper-case letters (ISO 3166),"
          + " but was: '" + country + "'");
    }
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Builds a {@link Form5106Record}. */
  public static final class Builder extends ImmutableForm5106Record.Builder {
    Builder() {}
  }
}
