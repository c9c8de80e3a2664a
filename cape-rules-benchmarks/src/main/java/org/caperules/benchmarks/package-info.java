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
 * JMH benchmarks of cape-rules and the tools that run them (not published, built with
 * {@code -Pbench} only).
 *
 * <p>{@link org.caperules.benchmarks.Es003Files}: writes synthetic ES-003 exports with a seed.
 * {@link org.caperules.benchmarks.FastCsvBaseline}: the floor, FastCSV reading every field.
 * {@link org.caperules.benchmarks.EvaluateBenchmark}: {@code CapeEngine.evaluate} per entry.
 * {@link org.caperules.benchmarks.Es003Benchmark}: the ES-003 reader and the end-to-end screen
 * beside the floor, on one file.
 * {@link org.caperules.benchmarks.WriteBenchmark}: declaration and screening report writing.
 * {@link org.caperules.benchmarks.Screen}: one end-to-end screen of a file, timed, for the
 * scaling and memory runs.
 */
@NullMarked
package org.caperules.benchmarks;

import org.jspecify.annotations.NullMarked;
