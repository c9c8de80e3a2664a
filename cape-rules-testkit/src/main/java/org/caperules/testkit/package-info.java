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
