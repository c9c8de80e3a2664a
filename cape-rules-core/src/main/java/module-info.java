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
/**
 * The cape-rules core: the CAPE domain, CBP date arithmetic, versioned CAPE policies, the
 * eligibility engine, importer refund readiness and refund forecasts.
 *
 * <p>Its one runtime dependency is JSpecify's nullness annotations, which consumers read
 * transitively; the Immutables annotations are needed at compile time only.
 */
@SuppressWarnings("module") // org.caperules.es003, .csv and .examples are built after this module
module org.caperules.core {
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.caperules.core;
  exports org.caperules.core.date;
  exports org.caperules.core.eligibility;
  exports org.caperules.core.forecast;
  exports org.caperules.core.readiness;
  exports org.caperules.core.result;
  exports org.caperules.core.rule;
  exports org.caperules.core.screening;

  // Text helpers shared with the reader, report and command-line modules; not an API.
  exports org.caperules.core.internal to org.caperules.es003, org.caperules.csv,
      org.caperules.xlsx, org.caperules.examples;
}
