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
