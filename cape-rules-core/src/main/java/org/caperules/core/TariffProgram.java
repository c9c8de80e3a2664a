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

/**
 * The legal program behind a Chapter 99 heading. Only {@link #IEEPA} duties are refunded
 * through CAPE; the other programs are not (docs/rules.md#not-ieepa).
 *
 * <p>Example: {@code IeepaHeadings.standard().program(HtsNumber.parse("9903.88.15"))} is
 * {@link #SECTION_301}.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum TariffProgram {
  /** International Emergency Economic Powers Act duties: 9903.01.xx and 9903.02.xx. */
  IEEPA,
  /** Section 122 balance-of-payments surcharge, 9903.03.01-.11 (24 Feb - 24 Jul 2026). */
  SECTION_122,
  /** Section 201 safeguards, 9903.45.xx. */
  SECTION_201,
  /** Section 232 national security: 9903.80/.81 (steel, aluminium), .85, .94, .78. */
  SECTION_232,
  /** Section 301: 9903.88.xx (China) and 9903.05.xx (Brazil, forced labour, from Jul 2026). */
  SECTION_301,
  /** Section 338 (Canada, from 22 Aug 2026): 9903.03.12-.16 (UNCERTAIN). */
  SECTION_338,
  /** A Chapter 99 number that the heading table does not classify. */
  OTHER_CHAPTER_99,
  /** Not a Chapter 99 number: an ordinary commodity classification. */
  NOT_CHAPTER_99;

  /**
   * Tells whether duties under this program are refunded through CAPE: true only for
   * {@link #IEEPA}.
   *
   * @return true for IEEPA
   */
  public boolean isIeepa() {
    return this == IEEPA;
  }
}
