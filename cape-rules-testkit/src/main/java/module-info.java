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
 * The cape-rules test kit: seeded generators of entry numbers, importer numbers, entries and
 * portfolios, and boundary catalogues of the CAPE rules, for users' own test suites.
 *
 * <p>Framework-neutral: the API is plain {@code Supplier}, {@code Stream} and {@code List}, and
 * the module needs no test framework at run time. Use it in test scope.
 */
module org.caperules.testkit {
  requires transitive org.caperules.core;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.caperules.testkit;
}
