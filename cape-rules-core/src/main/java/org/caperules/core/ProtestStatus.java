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

import java.util.Map;

/**
 * The protest status of an entry (19 U.S.C. 1514), as CAPE's exclusions need it.
 *
 * <p>CAPE Phase 1 excludes "entries covered by an open protest"; CSMS #68340863 says "open or
 * suspended protest" (CBP guidance of 10 Apr 2026; docs/rules.md#open-protest-rule), hence
 * {@link #isOpen()}. A protest status in an export that is not recognised is {@link #UNKNOWN},
 * for the engine to report for review rather than guess.
 *
 * <p>Example: {@code ProtestStatus.parse("Pending")} is {@link #OPEN}; {@code parse("Denied")}
 * is {@link #CLOSED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ProtestStatus {
  /** No protest filed. */
  NONE,
  /** A protest is filed and not yet decided. */
  OPEN,
  /** A protest is suspended; blocks CAPE like an open one (CSMS #68340863). */
  SUSPENDED,
  /** A protest was decided (allowed, denied) or withdrawn. */
  CLOSED,
  /** The status text was not recognised. */
  UNKNOWN;

  private static final Map<String, ProtestStatus> SPELLINGS = Map.ofEntries(
      Map.entry("", NONE),
      Map.entry("NONE", NONE),
      Map.entry("OPEN", OPEN),
      Map.entry("PENDING", OPEN),
      Map.entry("FILED", OPEN),
      Map.entry("SUSPENDED", SUSPENDED),
      Map.entry("CLOSED", CLOSED),
      Map.entry("DENIED", CLOSED),
      Map.entry("ALLOWED", CLOSED),
      Map.entry("APPROVED", CLOSED),
      Map.entry("WITHDRAWN", CLOSED));

  /**
   * Parses a protest status leniently; never throws for unrecognised text. Case is ignored,
   * {@code _} and {@code -} count as spaces and white space is trimmed.
   *
   * <ul>
   *   <li>blank, {@code NONE} &rarr; {@link #NONE};
   *   <li>{@code OPEN}, {@code PENDING}, {@code FILED} &rarr; {@link #OPEN};
   *   <li>{@code SUSPENDED} &rarr; {@link #SUSPENDED};
   *   <li>{@code CLOSED}, {@code DENIED}, {@code ALLOWED}, {@code APPROVED}, {@code WITHDRAWN}
   *       &rarr; {@link #CLOSED};
   *   <li>anything else &rarr; {@link #UNKNOWN}.
   * </ul>
   *
   * @param text  the text to parse
   * @return the status, {@code UNKNOWN} if not recognised
   */
  public static ProtestStatus parse(CharSequence text) {
    return SPELLINGS.getOrDefault(StatusTexts.normalize(text), UNKNOWN);
  }

  /**
   * Tells whether the protest blocks CAPE: {@link #OPEN} or {@link #SUSPENDED} (CSMS #68340863:
   * "open or suspended protest").
   *
   * @return true for open and suspended
   */
  public boolean isOpen() {
    return this == OPEN || this == SUSPENDED;
  }
}
