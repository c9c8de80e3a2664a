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
 * The cape-rules test kit: seeded, reproducible data and boundary cases for users' own test
 * suites, framework-neutral ({@code Supplier}, {@code Stream}, {@code List}).
 *
 * <ul>
 *   <li>{@link org.caperules.testkit.EntryNumbers}: valid entry numbers in each filer-code
 *       pattern, and invalid ones with a chosen fault.
 *   <li>{@link org.caperules.testkit.ImporterNumbers}: importer numbers of each kind.
 *   <li>{@link org.caperules.testkit.Scenario}: the kinds of entry the kit generates.
 *   <li>{@link org.caperules.testkit.Entries}: realistic entries of a scenario relative to an
 *       as-of date, with liquidation dates at chosen day distances.
 *   <li>{@link org.caperules.testkit.Portfolios}: weighted mixes of scenarios that generate
 *       whole portfolios.
 *   <li>{@link org.caperules.testkit.BoundaryCatalogue}: for a policy and an as-of date, the
 *       {@link org.caperules.testkit.BoundaryCase}s one day before, on and after each
 *       {@link org.caperules.testkit.Boundary}, with the expected verdicts.
 * </ul>
 *
 * <p>Every generator draws from a caller's {@link java.util.random.RandomGenerator} with
 * {@code nextLong()} only, so a seeded {@link java.util.SplittableRandom} gives the same data on
 * any JDK.
 */
@NullMarked
package org.caperules.testkit;

import org.jspecify.annotations.NullMarked;
