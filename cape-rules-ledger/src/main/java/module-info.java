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
 * The claim ledger: what was declared to CAPE, what CBP answered and what it paid, over JDBC
 * (an embedded SQLite file or a PostgreSQL database), and the reports made from it.
 */
module org.caperules.ledger {
  requires transitive org.caperules.screening;
  requires transitive org.caperules.csv;
  requires transitive java.sql;
  requires transitive org.jspecify;

  exports org.caperules.ledger;
}
