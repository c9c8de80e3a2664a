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
 * A page per importer from the outputs of a screening: the screening report, the expected
 * payments and the readiness file, read by column name, turned into per-importer figures and
 * written as self-contained HTML pages with inline SVG charts.
 */
module org.caperules.report {
  requires transitive org.caperules.csv;
  requires de.siegmar.fastcsv;
  requires owasp.encoder;
  requires transitive org.jspecify;

  exports org.caperules.report;
  exports org.caperules.report.input;
  exports org.caperules.report.figures;
  exports org.caperules.report.html;
}
