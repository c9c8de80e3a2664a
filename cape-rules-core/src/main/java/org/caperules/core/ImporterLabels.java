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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * How an importer of record is named in the outputs a user shares (payments, declaration file
 * names, the declaration manifest, the screening report, readiness): an IRS or CBP-assigned
 * number as it is, and a social security number, which is personal data, by a label.
 *
 * <p>{@linkplain #keyed(byte[]) Keyed} labels are {@code ssn-}, the last 4 digits, a hyphen and
 * the first 8 hexadecimal digits of HMAC-SHA-256 of the full canonical number ({@code
 * NNN-NN-NNNN}) under a key the user keeps: two SSNs that end alike get different labels, the
 * same SSN gets the same label in every output and every run with the same key, and without the
 * key the label cannot be turned back into the number by trying the 100,000 possible first five
 * digits. Labels are safe in a file name (letters, digits and hyphens).
 *
 * <p>{@linkplain #unkeyed() Unkeyed} labels are the masked number {@code ***-**-6789}, and in
 * file names {@code ssn-6789}; two SSNs that end alike then share a label (a declaration writer
 * numbers the second series {@code ssn-6789-2} in importer order). A caller that writes for a
 * user should pass a key; the {@code cape-rules} command line always does.
 *
 * <p>Example: with the 32-byte key {@code 00 01 02 ... 1f}, the SSN {@code 900-00-0001} is
 * labelled {@code ssn-0001-} followed by 8 hex digits, the first 4 bytes of HMAC-SHA-256(key,
 * "900-00-0001"); {@code 12-3456789A1} is labelled {@code 12-3456789A1} with any key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImporterLabels {

  /** The fewest key bytes accepted: 16 (128 bits). */
  public static final int MIN_KEY_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final ImporterLabels UNKEYED = new ImporterLabels(null);

  private final @Nullable SecretKeySpec key;

  private ImporterLabels(byte @Nullable [] key) {
    this.key = key == null ? null : new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * Returns labels under a key.
   *
   * @param key  the key, at least {@value #MIN_KEY_BYTES} bytes; copied
   * @return the labels
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static ImporterLabels keyed(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("A payee label key needs at least " + MIN_KEY_BYTES
          + " bytes, but had " + key.length);
    }
    return new ImporterLabels(Arrays.copyOf(key, key.length));
  }

  /**
   * Returns the labels without a key: the masked number, {@code ***-**-6789}.
   *
   * @return the unkeyed labels
   */
  public static ImporterLabels unkeyed() {
    return UNKEYED;
  }

  /**
   * Tells whether SSN labels are keyed (distinct and stable) rather than masked numbers.
   *
   * @return true if a key was given
   */
  public boolean isKeyed() {
    return key != null;
  }

  /**
   * Returns the label of an importer for reports and joins.
   *
   * @param importer  the importer number
   * @return the canonical number, or for an SSN {@code ssn-6789-3f9a61c2} (keyed) or {@code
   *     ***-**-6789} (unkeyed)
   */
  public String label(ImporterNumber importer) {
    Objects.requireNonNull(importer, "importer");
    if (importer.kind() != ImporterNumber.Kind.SSN) {
      return importer.value();
    }
    return key == null ? importer.masked() : keyedLabel(importer, key);
  }

  /**
   * Returns the form of an importer that may stand in a file name.
   *
   * @param importer  the importer number
   * @return the canonical number, or for an SSN {@code ssn-6789-3f9a61c2} (keyed) or {@code
   *     ssn-6789} (unkeyed)
   */
  public String fileNamePart(ImporterNumber importer) {
    Objects.requireNonNull(importer, "importer");
    if (importer.kind() != ImporterNumber.Kind.SSN) {
      return importer.value();
    }
    return key == null ? "ssn-" + lastFour(importer) : keyedLabel(importer, key);
  }

  private static String keyedLabel(ImporterNumber importer, SecretKeySpec key) {
    byte[] digest;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      digest = mac.doFinal(importer.value().getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException ex) {
      // HmacSHA256 is a JDK algorithm every Java platform must provide.
      throw new IllegalStateException("HmacSHA256 is not available: " + ex.getMessage(), ex);
    }
    return "ssn-" + lastFour(importer) + "-" + HexFormat.of().formatHex(digest, 0, 4);
  }

  private static String lastFour(ImporterNumber importer) {
    return importer.value().substring(7);
  }

  /**
   * Returns {@code ImporterLabels[keyed]} or {@code ImporterLabels[unkeyed]}; never the key.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ImporterLabels[" + (key == null ? "unkeyed" : "keyed") + "]";
  }
}
