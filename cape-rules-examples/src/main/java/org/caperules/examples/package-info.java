/**
 * Runnable examples of cape-rules, one class per task, and the synthetic sample data. Not an API.
 *
 * <p>{@link org.caperules.examples.EntryNumberExample}: normalise and validate entry numbers.
 * {@link org.caperules.examples.EvaluateEntryExample}: evaluate one entry.
 * {@link org.caperules.examples.ScreenFileExample}: screen an ES-003 file and write declarations.
 * {@link org.caperules.examples.StreamingScreenExample}: screen an export of any length in
 * constant memory, reading it as a stream on its own thread.
 * {@link org.caperules.examples.ScreeningRunExample}: what {@code cape-rules screen} does, from
 * an application. {@link org.caperules.examples.ErpScreeningExample}: screen entries from a
 * database, no file, with the run's sinks.
 * {@link org.caperules.examples.DeadlinesExample}: compute an entry's deadlines.
 * {@link org.caperules.examples.ReadinessExample}: check an importer's refund readiness.
 * {@link org.caperules.examples.CustomPolicyExample}: build a custom policy and compare it with a
 * built-in one. {@link org.caperules.examples.ParallelScreeningExample}: the engine on parallel
 * streams. {@link org.caperules.examples.SampleEs003Generator}: seeded synthetic ES-003 exports,
 * and the shipped sample.
 */
@NullMarked
package org.caperules.examples;

import org.jspecify.annotations.NullMarked;
