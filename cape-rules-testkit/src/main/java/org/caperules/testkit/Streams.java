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
package org.caperules.testkit;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Infinite streams that keep their encounter order, unlike {@code Stream.generate}, which is
 * unordered: element {@code i} is always the {@code i}-th value of the supplier.
 */
final class Streams {

  private Streams() {}

  /**
   * Returns an infinite, ordered, sequential stream of the supplier's values.
   *
   * @param supplier  the supplier, called once per element, in order
   * @param <T>  the element type
   * @return the stream
   */
  static <T> Stream<T> generate(Supplier<? extends T> supplier) {
    Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        action.accept(supplier.get());
        return true;
      }
    };
    return StreamSupport.stream(spliterator, false);
  }
}
