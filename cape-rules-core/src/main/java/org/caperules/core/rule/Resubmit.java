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
package org.caperules.core.rule;

/**
 * Whether and when an entry CAPE failed can be declared again, by the error CBP gave ({@link
 * CapeErrorAdvice}). Example: {@code UNABLE TO CALCULATE DUTY} is often transient, so {@link
 * #AGAIN}; {@code INVALID HTS} needs a post summary correction first, so {@link #AFTER_FIX}.
 */
public enum Resubmit {
  /** Nothing to fix on the entry (a transient error, or a validation CBP removed): declare now. */
  AGAIN,
  /** Fix the entry in ACE first (for example a post summary correction), then declare it. */
  AFTER_FIX,
  /** Wait: CBP's processing is not complete (for example the statement); declare later. */
  LATER,
  /** Final for this phase of CAPE: declaring again gives the same answer. */
  NO
}
