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
