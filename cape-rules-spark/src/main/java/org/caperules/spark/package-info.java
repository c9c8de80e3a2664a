/**
 * Example: screening a partitioned Apache Spark dataset of entries with the CAPE engine. Not an
 * API; Spark is supplied by the cluster (scope {@code provided}).
 *
 * <p>{@link org.caperules.spark.SparkScreening}: entry rows in, result rows out, one engine per
 * partition built on the executor, and a {@code local[*]} demonstration ({@code main}).
 */
@NullMarked
package org.caperules.spark;

import org.jspecify.annotations.NullMarked;
