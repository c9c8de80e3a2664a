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

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An importer of record (IOR) number in one of CBP's three forms (19 CFR 24.5; CBP Form 5106;
 * docs/formats.md#importer-numbers).
 *
 * <ul>
 *   <li>{@link Kind#IRS}: an employer identification number with an optional 2-character
 *       suffix, {@code NN-NNNNNNNXX}, for example {@code 12-3456789A1}. The suffix may not contain
 *       the letters O, I or Z.
 *   <li>{@link Kind#SSN}: a social security number, {@code NNN-NN-NNNN}. It is personal data:
 *       {@link #toString()} masks it as {@code ***-**-1234}.
 *   <li>{@link Kind#CBP_ASSIGNED}: {@code YYDDPP-NNNNN}, year of assignment and district/port
 *       code, for example {@code 061234-12345}.
 * </ul>
 *
 * <p>An IRS number with another suffix is a different importer number: {@code 12-3456789A1} and
 * {@code 12-3456789} are not equal, since CBP keeps a separate importer record, and ACE a
 * separate Importer sub-account, for each.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImporterNumber implements Comparable<ImporterNumber> {

  /** The form of an importer number. */
  public enum Kind {
    /** IRS employer identification number, {@code NN-NNNNNNN} with an optional suffix. */
    IRS,
    /** Social security number, {@code NNN-NN-NNNN}; personal data, masked when printed. */
    SSN,
    /** CBP-assigned number, {@code YYDDPP-NNNNN}. */
    CBP_ASSIGNED
  }

  /*
   * The forms, matched by hand rather than by regular expression (a screening parses one per
   * entry): IRS [0-9]{2}-[0-9]{7}([A-Z0-9]{2})?, SSN [0-9]{3}-[0-9]{2}-[0-9]{4}, CBP-assigned
   * [0-9]{2}[A-Z0-9]{4}-[0-9]{5}, and an unhyphenated IRS number with a suffix
   * [0-9]{9}[A-Z0-9]{2}. A pattern is a string of D (a digit), A (A-Z or 0-9) and '-'.
   */
  private static final String IRS = "DD-DDDDDDD";
  private static final String IRS_WITH_SUFFIX = "DD-DDDDDDDAA";
  private static final String SSN = "DDD-DD-DDDD";
  private static final String CBP = "DDAAAA-DDDDD";
  private static final String IRS_NO_HYPHEN_WITH_LETTER_SUFFIX = "DDDDDDDDDAA";

  private final String value;
  private final Kind kind;

  private ImporterNumber(String value, Kind kind) {
    this.value = value;
    this.kind = kind;
  }

  /**
   * Obtains an importer number from its canonical text, with hyphens as CBP writes it.
   *
   * @param canonical  {@code NN-NNNNNNN[XX]}, {@code NNN-NN-NNNN} or {@code YYDDPP-NNNNN}, upper
   *     case
   * @return the importer number
   * @throws IllegalArgumentException if the text is in none of the three forms, or an IRS suffix
   *     contains O, I or Z; the message quotes the text (masked if it looks like an SSN)
   */
  public static ImporterNumber of(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    if (matches(canonical, IRS) || matches(canonical, IRS_WITH_SUFFIX)) {
      if (canonical.length() == 12) {
        String suffix = canonical.substring(10);
        if (suffix.indexOf('O') >= 0 || suffix.indexOf('I') >= 0 || suffix.indexOf('Z') >= 0) {
          throw new IllegalArgumentException("Importer number suffix may not contain the letters"
              + " O, I or Z (CBP Form 5106), but was '" + suffix + "' in '" + canonical + "'");
        }
      }
      return new ImporterNumber(canonical, Kind.IRS);
    }
    if (matches(canonical, SSN)) {
      return new ImporterNumber(canonical, Kind.SSN);
    }
    if (matches(canonical, CBP)) {
      return new ImporterNumber(canonical, Kind.CBP_ASSIGNED);
    }
    throw new IllegalArgumentException("Importer number must be NN-NNNNNNN with an optional"
        + " 2-character suffix (IRS), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned), but was: '"
        + maskUnparsed(canonical) + "'");
  }

  /**
   * Parses an importer number leniently: trims, removes inner spaces, turns en and em dashes
   * into hyphens and upper-cases letters. Without hyphens, an 11-character IRS number whose
   * suffix contains a letter ({@code 123456789A1}) is recognised; other unhyphenated forms are
   * ambiguous (9 digits may be an EIN or an SSN) and rejected.
   *
   * @param text  the text to parse
   * @return the importer number
   * @throws IllegalArgumentException if the text is not an importer number; the message quotes
   *     it, masked if it could be an SSN
   */
  public static ImporterNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String normalised = isCanonicalText(text) ? text.toString() : normalise(text);
    if (normalised.indexOf('-') < 0
        && matches(normalised, IRS_NO_HYPHEN_WITH_LETTER_SUFFIX)
        && !isAllDigits(normalised)) {
      normalised = normalised.substring(0, 2) + '-' + normalised.substring(2);
    }
    return of(normalised);
  }

  /**
   * Parses an importer number leniently, returning empty instead of throwing.
   *
   * @param text  the text to parse
   * @return the importer number, or empty if the text is not one
   */
  public static Optional<ImporterNumber> tryParse(CharSequence text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  /**
   * Returns the form of this number.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the 2-character suffix of an IRS number, for example {@code A1}.
   *
   * @return the suffix, or empty if there is none or this is not an IRS number
   */
  public Optional<String> suffix() {
    return kind == Kind.IRS && value.length() == 12
        ? Optional.of(value.substring(10))
        : Optional.empty();
  }

  /**
   * Returns the full, unmasked canonical text, for example {@code 12-3456789A1}. For an SSN this
   * is personal data: write it only where the user asked for it (a declaration or report), never
   * to a log or message.
   *
   * @return the canonical text
   */
  public String value() {
    return value;
  }

  /**
   * Returns the text safe to show anywhere: the canonical text, or for an SSN {@code ***-**-}
   * and the last 4 digits.
   *
   * @return the masked text
   */
  public String masked() {
    return kind == Kind.SSN ? "***-**-" + value.substring(7) : value;
  }

  @Override
  public int compareTo(ImporterNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ImporterNumber other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns {@link #masked()}: the canonical text, with an SSN masked as {@code ***-**-1234}.
   *
   * @return the masked text
   */
  @Override
  public String toString() {
    return masked();
  }

  /** Trims, removes inner white space, turns en and em dashes into hyphens, upper-cases. */
  private static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(12);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      out.append(c == '\u2013' || c == '\u2014' ? '-' : c);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** Tells whether the text has only 0-9, A-Z and hyphens: {@link #normalise} would keep it. */
  private static boolean isCanonicalText(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Matches a form: D is a digit, A is A-Z or 0-9, any other character is itself. */
  private static boolean matches(String text, String form) {
    if (text.length() != form.length()) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      char c = text.charAt(i);
      char f = form.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean ok = switch (f) {
        case 'D' -> digit;
        case 'A' -> digit || (c >= 'A' && c <= 'Z');
        default -> c == f;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Masks text that may be an importer number but failed to parse, since it may be a social
   * security number: when it has 9 or more digits, every digit but the last 4 becomes
   * {@code *}; other characters are kept so the shape stays visible. Use it wherever such text is
   * echoed in a message or a problems file.
   *
   * <p>Example: {@code "123456789"} becomes {@code "*****6789"}; {@code "12-345"} is kept.
   *
   * @param text  the text
   * @return the masked text
   */
  public static String maskUnparsed(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    if (digits < 9) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        seen++;
        out.append(seen > digits - 4 ? c : '*');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
