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
package org.caperules.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.caperules.core.ImporterNumber;
import org.caperules.core.forecast.RateClass;
import org.caperules.core.readiness.AceAccount;
import org.caperules.core.readiness.AchEnrollment;
import org.caperules.core.readiness.BankAccountNumber;
import org.caperules.core.readiness.Form5106Record;
import org.caperules.core.readiness.ImporterProfile;
import org.caperules.core.readiness.NotifyParty4811;
import org.caperules.core.result.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link ImporterProfile} from a {@code .properties} file (UTF-8), the input of {@code
 * cape-rules readiness}. Keys (values are trimmed; dates are {@code YYYY-MM-DD}; lists are
 * separated by commas; enumerations are case-insensitive):
 *
 * <pre>
 * # Form 5106 (CBP's importer record). Required: importer.number, importer.legalName, route.
 * importer.number = 12-3456789A1
 * importer.legalName = Example Imports LLC
 * form5106.box2eEmail = refunds@example.com        # email of the physical address (Box 2E)
 * form5106.mailingAddressEmail = mail@example.com
 * form5106.brokerEmails = ops@broker.example        # the broker's addresses, to spot Box 2E = broker
 * form5106.lastUpdated = 2026-01-15
 * form5106.countryCode = US                         # ISO 3166, default US
 * form5106.box2eEmailHasAceAccess = false           # the Box 2E email already has ACE access
 * # Who files in CAPE: IMPORTER_FILES, BROKER_FILES_WITH_4811, BROKER_FILES_REFUND_TO_IMPORTER
 * route = IMPORTER_FILES
 * # ACE Portal account; leave every ace.* key out if there is none. ace.status is then required.
 * ace.status = ACTIVE                               # ACTIVE, INACTIVE, LOCKED, VOIDED
 * ace.kind = IMPORTER                               # IMPORTER (default) or EXPORTER_ONLY
 * ace.ownerKnown = true                             # default true
 * ace.importerSubAccounts = 12-3456789A1
 * ace.lastLogin = 2026-07-01
 * ace.capeTabVisible = true                         # false: no CAPE tab in the sub-account view
 * # ACH refund enrollment; leave every ach.* key out if there is none. All but enrolledDate required.
 * ach.status = ACTIVE                               # PENDING, ACTIVE, REJECTED
 * ach.routingNumber = 011000015
 * ach.accountNumber = 000123456789                  # printed masked: ****6789
 * ach.accountType = CHECKING                        # CHECKING or SAVINGS
 * ach.holderName = Example Imports LLC
 * ach.enrolledDate = 2026-05-01
 * # Form 4811 notify party (route BROKER_FILES_WITH_4811 only). name, number required.
 * notifyParty.name = Example Customs Brokers Inc
 * notifyParty.number = 98-7654321
 * notifyParty.broker = true
 * notifyParty.email = refunds@broker.example
 * notifyParty.listedInBox28 = true
 * notifyParty.ach.status = ACTIVE                   # and the other ach.* keys, for the party
 * # Refunds to this importer on CBP's REV-613 ACH Rejected Refunds report.
 * rev613RejectedRefunds = 0
 * # A paper-check waiver (31 CFR 208.4): NONE (default), REQUESTED, GRANTED.
 * paperCheckWaiver = NONE
 * # The IRC 6621 rate class of the refund interest (screen --roster): CORPORATE, NON_CORPORATE.
 * rateClass = CORPORATE
 * </pre>
 *
 * <p>Every problem is one {@link UnusableInputException} naming the file and the key: an unknown
 * key (a misspelt key would otherwise be ignored silently), a missing required key, a value that
 * cannot be read. What a message repeats of the file passes through {@link
 * Redaction#maskBanking}: an account or routing number is masked wherever it stands (under a
 * wrong key, alone on a line, in a bad value), as is an SSN.
 */
final class ReadinessProfileFile {

  private static final List<String> ACH_KEYS = List.of("status", "routingNumber",
      "accountNumber", "accountType", "holderName", "enrolledDate");

  /** Every key the file may hold. */
  static final Set<String> KEYS;

  static {
    Set<String> keys = new TreeSet<>(List.of("importer.number", "importer.legalName",
        "form5106.box2eEmail", "form5106.mailingAddressEmail", "form5106.brokerEmails",
        "form5106.lastUpdated", "form5106.countryCode", "route", "ace.status", "ace.kind",
        "ace.ownerKnown", "ace.importerSubAccounts", "ace.lastLogin", "notifyParty.name",
        "notifyParty.number", "notifyParty.broker", "notifyParty.email",
        "notifyParty.listedInBox28", "rev613RejectedRefunds", "form5106.box2eEmailHasAceAccess",
        "ace.capeTabVisible", "paperCheckWaiver", "rateClass"));
    for (String key : ACH_KEYS) {
      keys.add("ach." + key);
      keys.add("notifyParty.ach." + key);
    }
    KEYS = Set.copyOf(keys);
  }

  private final String file;
  private final Properties properties;

  private ReadinessProfileFile(String file, Properties properties) {
    this.file = file;
    this.properties = properties;
  }

  /**
   * Reads a profile file.
   *
   * @param path  the {@code .properties} file
   * @return the profile
   * @throws UnusableInputException if the file is missing or unreadable, or a key is unknown,
   *     missing or has a bad value; the message names the file and the key
   */
  static ImporterProfile read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new UnusableInputException("Readiness profile '" + path + "' "
          + (Files.isDirectory(path) ? "is a directory" : "does not exist"));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (CharacterCodingException ex) {
      throw new UnusableInputException("Readiness profile '" + path + "' is not UTF-8 text");
    } catch (IOException ex) {
      throw new UnusableInputException("Readiness profile '" + path + "' cannot be read: "
          + ex.getMessage());
    }
    return parse(path.toString(), text);
  }

  /**
   * Parses profile text.
   *
   * @param file  the file name, for messages
   * @param text  the {@code .properties} text
   * @return the profile
   * @throws UnusableInputException as {@link #read(Path)}
   */
  static ImporterProfile parse(String file, String text) {
    Properties properties = new Properties();
    try (Reader reader = new StringReader(text)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException ex) {
      throw new UnusableInputException("Readiness profile '" + file + "' is not a .properties"
          + " file: " + Redaction.maskBanking(String.valueOf(ex.getMessage())));
    }
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (!KEYS.contains(key)) {
        throw new UnusableInputException("Readiness profile '" + file + "': unknown key '"
            + Redaction.maskBanking(key) + "'; see 'cape-rules readiness --help' for the keys");
      }
    }
    return new ReadinessProfileFile(file, properties).profile();
  }

  /**
   * Reads a profile from one row of a roster: the keys are the column names, a blank cell is an
   * absent key.
   *
   * @param where  the row, for messages, for example {@code importers.csv line 3}
   * @param values  the row's non-blank cells by key, every key one of {@link #KEYS}
   * @return the profile
   * @throws UnusableInputException if a key is missing or has a bad value; the message names the
   *     row and the key
   */
  static ImporterProfile fromValues(String where, Map<String, String> values) {
    Properties properties = new Properties();
    properties.putAll(values);
    return new ReadinessProfileFile(where, properties).profile();
  }

  /**
   * Reads the {@code rateClass} value.
   *
   * @param where  the row or file, for messages
   * @param value  the cell, CORPORATE or NON_CORPORATE, case-insensitive
   * @return the rate class
   * @throws UnusableInputException if the value is neither
   */
  static RateClass rateClass(String where, String value) {
    return new ReadinessProfileFile(where, new Properties()).choice("rateClass", RateClass.class,
        value.strip());
  }

  private ImporterProfile profile() {
    ImporterNumber importer = importer("importer.number", required("importer.number"));
    Form5106Record.Builder form = Form5106Record.builder()
        .importerNumber(importer)
        .legalName(required("importer.legalName"))
        .box2eEmail(optional("form5106.box2eEmail"))
        .mailingAddressEmail(optional("form5106.mailingAddressEmail"))
        .brokerEmails(list("form5106.brokerEmails"))
        .lastUpdated(date("form5106.lastUpdated"));
    String country = optional("form5106.countryCode");
    if (country != null) {
      form.countryCode(country);
    }
    form.box2eEmailHasAceAccess(bool("form5106.box2eEmailHasAceAccess",
        orDefault("form5106.box2eEmailHasAceAccess", "false")));
    ImporterProfile.Builder profile = ImporterProfile.builder()
        .form5106(build("form5106.countryCode", form::build))
        .route(choice("route", ImporterProfile.FilingRoute.class, required("route")))
        .aceAccount(aceAccount())
        .achEnrollment(ach("ach."))
        .notifyParty(notifyParty())
        .paperCheckWaiver(choice("paperCheckWaiver", ImporterProfile.PaperCheckWaiver.class,
            orDefault("paperCheckWaiver", "NONE")));
    String rejected = optional("rev613RejectedRefunds");
    if (rejected != null) {
      try {
        profile.rev613RejectedRefunds(Integer.parseInt(rejected));
      } catch (NumberFormatException ex) {
        throw bad("rev613RejectedRefunds", "'" + rejected + "' is not a whole number");
      }
    }
    return build("route", profile::build);
  }

  private @Nullable AceAccount aceAccount() {
    if (!hasPrefix("ace.")) {
      return null;
    }
    AceAccount.Builder ace = AceAccount.builder()
        .status(choice("ace.status", AceAccount.Status.class, required("ace.status")))
        .lastLogin(date("ace.lastLogin"));
    String kind = optional("ace.kind");
    if (kind != null) {
      ace.kind(choice("ace.kind", AceAccount.Kind.class, kind));
    }
    ace.capeTabVisible(bool("ace.capeTabVisible", orDefault("ace.capeTabVisible", "true")));
    String ownerKnown = optional("ace.ownerKnown");
    if (ownerKnown != null) {
      ace.ownerKnown(bool("ace.ownerKnown", ownerKnown));
    }
    for (String number : list("ace.importerSubAccounts")) {
      ace.addImporterSubAccounts(importer("ace.importerSubAccounts", number));
    }
    return build("ace.status", ace::build);
  }

  private @Nullable AchEnrollment ach(String prefix) {
    if (!hasPrefix(prefix)) {
      return null;
    }
    String accountKey = prefix + "accountNumber";
    BankAccountNumber account;
    try {
      account = BankAccountNumber.parse(required(accountKey));
    } catch (IllegalArgumentException ex) {
      throw bad(accountKey, ex.getMessage());
    }
    AchEnrollment.Builder ach = AchEnrollment.builder()
        .status(choice(prefix + "status", AchEnrollment.Status.class, required(prefix + "status")))
        .routingNumberAsEntered(required(prefix + "routingNumber"))
        .accountNumber(account)
        .accountType(choice(prefix + "accountType", AchEnrollment.AccountType.class,
            required(prefix + "accountType")))
        .holderName(required(prefix + "holderName"))
        .enrolledDate(date(prefix + "enrolledDate"));
    return build(prefix + "status", ach::build);
  }

  private @Nullable NotifyParty4811 notifyParty() {
    if (!hasPrefix("notifyParty.")) {
      return null;
    }
    NotifyParty4811.Builder party = NotifyParty4811.builder()
        .name(required("notifyParty.name"))
        .partyNumber(importer("notifyParty.number", required("notifyParty.number")))
        .broker(bool("notifyParty.broker", orDefault("notifyParty.broker", "false")))
        .email(optional("notifyParty.email"))
        .listedInBox28(bool("notifyParty.listedInBox28",
            orDefault("notifyParty.listedInBox28", "false")))
        .achEnrollment(ach("notifyParty.ach."));
    return build("notifyParty.name", party::build);
  }

  private boolean hasPrefix(String prefix) {
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(prefix) && !(prefix.equals("ach.") && key.startsWith("notifyParty."))) {
        return true;
      }
    }
    return false;
  }

  private String required(String key) {
    String value = optional(key);
    if (value == null) {
      throw bad(key, "the key is missing or blank");
    }
    return value;
  }

  private @Nullable String optional(String key) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String orDefault(String key, String fallback) {
    String value = optional(key);
    return value == null ? fallback : value;
  }

  private List<String> list(String key) {
    String value = optional(key);
    if (value == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private @Nullable LocalDate date(String key) {
    String value = optional(key);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException ex) {
      throw bad(key, "'" + value + "' is not a date YYYY-MM-DD");
    }
  }

  private boolean bool(String key, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y" -> true;
      case "false", "no", "n" -> false;
      default -> throw bad(key, "'" + value + "' is not true or false");
    };
  }

  private <E extends Enum<E>> E choice(String key, Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException ex) {
      throw bad(key, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  private ImporterNumber importer(String key, String value) {
    try {
      return ImporterNumber.parse(value);
    } catch (IllegalArgumentException ex) {
      throw bad(key, ex.getMessage());
    }
  }

  /** Runs a builder's build(), turning its checks into a message naming the file and the key. */
  private <T> T build(String key, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException ex) {
      throw bad(key, ex.getMessage());
    }
  }

  private UnusableInputException bad(String key, @Nullable String message) {
    return new UnusableInputException("Readiness profile '" + file + "', key '" + key + "': "
        + Redaction.maskBanking(String.valueOf(message)));
  }
}
