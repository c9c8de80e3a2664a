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
package org.caperules.report.figures;

import java.util.Objects;

/**
 * A CAPE claim that failed: the entry, CAPE's error as recorded, and what to do about it.
 * Example: {@code ABC12345676}, error "PROTEST ON ENTRY", fix "Not declarable while an open,
 * pending or suspended protest covers the entry (CSMS #68340863) ...".
 *
 * @param entryNumber  the entry number
 * @param error  CAPE's error text as recorded, possibly empty
 * @param fix  what to do, in words
 */
public record FailedClaim(String entryNumber, String error, String fix) {

  /**
   * Checks the components.
   *
   * @param entryNumber  the entry number
   * @param error  the error
   * @param fix  the fix
   */
  public FailedClaim {
    Objects.requireNonNull(entryNumber, "entryNumber");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(fix, "fix");
  }
}
