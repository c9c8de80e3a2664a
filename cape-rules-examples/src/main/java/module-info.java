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
 * The cape-rules command line ({@code cape-rules}), runnable examples of the library, one class
 * per task, and the synthetic ES-003 sample data. Not an API.
 */
module org.caperules.examples {
  requires org.caperules.csv;
  requires org.caperules.xlsx;
  requires org.caperules.screening;
  requires org.caperules.report;
  requires org.caperules.ledger;
  requires de.siegmar.fastcsv;
  requires info.picocli;
  requires transitive org.jspecify;

  // picocli reads the annotated command classes by reflection.
  opens org.caperules.examples.cli to info.picocli;
}
