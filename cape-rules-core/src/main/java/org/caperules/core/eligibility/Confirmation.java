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
package org.caperules.core.eligibility;

/** How firmly a CAPE policy is established by CBP's own texts. */
public enum Confirmation {
  /** CBP's own bulletin (CSMS on content.govdelivery.com) was read. */
  CBP_PRIMARY,
  /** A CSMS number is cited with its content by third parties, but CBP's text was not read. */
  CBP_REPORTED,
  /** Reported by law firms or vendors only; no CBP bulletin found. In force, but listed as such. */
  UNCONFIRMED;

  /**
   * Tells whether a CBP bulletin supports the policy ({@link #CBP_PRIMARY} or
   * {@link #CBP_REPORTED}).
   *
   * @return false only for {@link #UNCONFIRMED}
   */
  public boolean isConfirmed() {
    return this != UNCONFIRMED;
  }
}
