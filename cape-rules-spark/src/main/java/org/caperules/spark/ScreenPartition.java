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
package org.caperules.spark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;

/**
 * The function that {@link SparkScreening#screen(org.apache.spark.sql.Dataset, LocalDate, String)}
 * runs on each partition, on the executor: it looks the policy up by id, builds one
 * {@link CapeEngine} for the partition and maps each entry row to a result row as the iterator
 * is consumed, so a partition is never held in memory.
 *
 * <p>Spark serialises this object to ship it to the executors. Its only state is the as-of date
 * and the policy id, both serialisable values; the engine and the policy are never serialised.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScreenPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final LocalDate asOf;
  private final String policyId;

  ScreenPartition(LocalDate asOf, String policyId) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.policyId = Objects.requireNonNull(policyId, "policyId");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> entries) {
    // Built here, on the executor, once per partition: nothing but two values crossed the wire.
    CapeEngine engine = CapeEngine.of(CapePolicies.standard().byId(policyId));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public Row next() {
        Row row = entries.next();
        return SparkScreening.resultRow(engine.evaluate(SparkScreening.toEntry(row), asOf));
      }
    };
  }

  @Override
  public String toString() {
    return "screen as of " + asOf + " under " + policyId;
  }
}
