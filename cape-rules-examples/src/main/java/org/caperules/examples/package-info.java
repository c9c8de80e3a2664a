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
