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
package org.caperules.csv.es003;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caperules.core.result.RowAccounting;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private static ValueWithProblems<Long> counted(long values) {
    return ValueWithProblems.of(values, List.of(), RowAccounting.of(values, values, 0));
  }

  /** 10 batches and a part (10,500 values): every value once, in order, then the result. */
  @Test
  void iterate_manyBatches_everyValueInOrderThenTheResult() {
    int count = 10 * ReadAhead.BATCH + 260;
    List<Integer> taken = new ArrayList<>();
    try (ReadAhead<Integer> values = ReadAhead.start(sink -> {
      for (int i = 0; i < count; i++) {
        sink.accept(i);
      }
      return counted(count);
    })) {
      assertThatIllegalStateException().isThrownBy(values::result)
          .withMessage("The read has not ended: take every value first");
      values.forEachRemaining(taken::add);
      assertThat(values.result().value()).isEqualTo(count);
      assertThatThrownBy(values::next).isInstanceOf(NoSuchElementException.class)
          .hasMessage("The read has no more values");
    }
    assertThat(taken).hasSize(count);
    for (int i = 0; i < count; i++) {
      assertThat(taken.get(i)).as("value %d", i).isEqualTo(i);
    }
  }

  /** The stream view gives the same values in order. */
  @Test
  void stream_threeBatches_sameValuesInOrder() {
    int count = 3 * ReadAhead.BATCH;
    try (ReadAhead<Integer> values = ReadAhead.start(sink -> {
      for (int i = 0; i < count; i++) {
        sink.accept(i);
      }
      return counted(count);
    })) {
      // The sum of 0..n-1 is n(n-1)/2 = 3072 * 3071 / 2 = 4,717,056.
      assertThat(values.stream().mapToLong(Integer::longValue).sum()).isEqualTo(4_717_056L);
      assertThat(values.result().value()).isEqualTo(count);
    }
  }

  /** The read's exception comes after the values before it, the same object. */
  @Test
  void iterate_readFails_valuesBeforeThenTheSameException() {
    CapeCsvException failure = new CapeCsvException("b.csv", "ES-003 file 'b.csv' is empty");
    List<String> taken = new ArrayList<>();
    try (ReadAhead<String> values = ReadAhead.start(sink -> {
      sink.accept("a");
      sink.accept("b");
      throw failure;
    })) {
      assertThatThrownBy(() -> values.forEachRemaining(taken::add)).isSameAs(failure);
      assertThat(values.hasNext()).as("ended").isFalse();
      assertThatIllegalStateException().isThrownBy(values::result);
    }
    assertThat(taken).containsExactly("a", "b");
  }

  /** A consumer that stops early: close ends the reading thread, blocked on a full queue. */
  @Test
  void close_consumerGivesUp_readingThreadEnds() throws InterruptedException {
    AtomicBoolean stoppedEarly = new AtomicBoolean(true);
    CountDownLatch ended = new CountDownLatch(1);
    ReadAhead<Integer> values = ReadAhead.start(sink -> {
      try {
        for (int i = 0; i < 1_000_000; i++) {
          sink.accept(i);
        }
        stoppedEarly.set(false);
        return counted(1_000_000);
      } finally {
        ended.countDown();
      }
    });
    assertThat(values.next()).isZero();
    values.close();
    assertThat(ended.await(10, TimeUnit.SECONDS)).as("the read ended").isTrue();
    assertThat(stoppedEarly).as("it did not read to the end").isTrue();
  }
}
