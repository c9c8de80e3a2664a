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
/** Reading ACE ES-003 exports and writing CAPE declaration files and screening reports. */
@SuppressWarnings("module") // org.caperules.es003: the name is the format's, ACE report ES-003;
// org.caperules.ledger is built after this module
module org.caperules.csv {
  requires transitive org.caperules.es003;
  requires de.siegmar.fastcsv;
  requires transitive org.jspecify;

  exports org.caperules.csv;
  exports org.caperules.csv.declaration;
  exports org.caperules.csv.es003;
  exports org.caperules.csv.report;
  exports org.caperules.csv.result;
  // The CSV output and records, for the claim ledger: not an API.
  exports org.caperules.csv.internal to org.caperules.ledger;
}
