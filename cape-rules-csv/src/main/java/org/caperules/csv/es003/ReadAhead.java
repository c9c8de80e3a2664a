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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.caperules.core.result.ValueWithProblems;
import org.caperules.csv.CapeCsvException;
import org.caperules.es003.EntriesNotGroupedException;
import org.jspecify.annotations.Nullable;

/**
 * Runs a streaming read on a thread of its own and hands its values to the caller's thread in
 * batches, in order, as an {@link Iterator}: reading (parsing the CSV, building entries) and what
 * the caller does with each value (evaluating, writing a report) overlap on two cores. At most
 * {@link #QUEUED} batches of {@link #BATCH} values wait between the two, so memory stays bounded
 * however long the input.
 *
 * <p>Usage, screening an ES-003 export while it is read:
 *
 * <pre>{@code
 * try (ReadAhead<Entry> entries = ReadAhead.start(
 *     sink -> CapeCsv.es003Reader().streamAll(files, sink))) {
 *   Stream<Assessment> assessments = entries.stream().map(e -> engine.evaluate(e, asOf));
 *   CapeCsv.screeningReportWriter().build().write(report, assessments);
 *   ValueWithProblems<Long> read = entries.result();  // problems and row accounting
 * }
 * }</pre>
 *
 * <p>An exception of the read (an unusable file, {@link EntriesNotGroupedException}, an {@link
 * OutOfMemoryError}) is thrown, the same object, from {@link #hasNext()} on the caller's thread
 * once the values read before it have been taken. {@link #close()} stops the read if the caller
 * gives up early (the reading thread is interrupted and ends at its next hand-over) and waits for
 * the thread to end. The thread is a daemon named {@code cape-rules-read-ahead}.
 *
 * <p>Not thread-safe: one consumer thread.
 *
 * @param <T>  the type of the values, for example {@link org.caperules.core.Entry}
 */
public final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

  /** Values per batch handed between the threads. */
  public static final int BATCH = 1024;
  /** Batches that may wait between the threads. */
  public static final int QUEUED = 16;

  /** The end of the read: a list no one else has. */
  private final List<T> end = new ArrayList<>(0);

  /** Ends the reading thread when the consumer has gone. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped", null, false, false);
    }
  }

  private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private volatile @Nullable ValueWithProblems<Long> result;
  private volatile @Nullable Throwable failure;
  /** The reading thread's batch being filled. */
  private List<T> filling = new ArrayList<>(BATCH);
  /** The consumer's batch being taken. */
  private List<T> taking = List.of();
  private int index;
  private boolean ended;

  private ReadAhead(Function<Consumer<T>, ValueWithProblems<Long>> read) {
    this.thread = new Thread(() -> run(read), "cape-rules-read-ahead");
    thread.setDaemon(true);
  }

  /**
   * Starts a read on its own thread.
   *
   * @param <T>  the type of the values
   * @param read  the streaming read: given a sink, it reads, hands each value to the sink and
   *     returns its result; for example {@code sink -> reader.streamAll(files, sink)}
   * @return the values, as they come
   */
  public static <T> ReadAhead<T> start(
      Function<Consumer<T>, ValueWithProblems<Long>> read) {
    Objects.requireNonNull(read, "read");
    ReadAhead<T> background = new ReadAhead<>(read);
    background.thread.start();
    return background;
  }

  private void run(Function<Consumer<T>, ValueWithProblems<Long>> read) {
    try {
      result = read.apply(this::accept);
    } catch (Stopped ex) {
      return;
    } catch (RuntimeException | Error ex) {
      failure = ex;
    }
    try {
      if (!filling.isEmpty()) {
        put(filling);
      }
      put(end);
    } catch (Stopped ex) {
      // the consumer has gone
    }
  }

  private void accept(T value) {
    filling.add(value);
    if (filling.size() == BATCH) {
      put(filling);
      filling = new ArrayList<>(BATCH);
    }
  }

  private void put(List<T> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  /**
   * Tells whether the read has another value, waiting for it if it is not read yet.
   *
   * @return true if {@link #next()} has a value
   * @throws RuntimeException the read's own exception (for example {@link CapeCsvException}),
   *     the same object, once the values before it have been taken
   * @throws IllegalStateException if the caller's thread is interrupted while waiting
   */
  @Override
  public boolean hasNext() {
    while (index == taking.size()) {
      if (ended) {
        return false;
      }
      List<T> next;
      try {
        next = queue.take();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the read", ex);
      }
      if (next == end) {
        ended = true;
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (failed instanceof Error error) {
          throw error;
        }
        return false;
      }
      taking = next;
      index = 0;
    }
    return true;
  }

  /**
   * Returns the next value, waiting for it if it is not read yet.
   *
   * @return the value
   * @throws java.util.NoSuchElementException if the read has ended
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("The read has no more values");
    }
    return taking.get(index++);
  }

  /**
   * Returns the values still to come as a sequential, ordered stream over this iterator, for
   * example {@code entries.stream().map(e -> engine.evaluate(e, asOf))}. The stream and this
   * iterator share their position; take values from one of them only.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Returns the read's result, once every value was taken ({@link #hasNext()} returned false).
   *
   * @return the number of values, the problems and the row accounting
   * @throws IllegalStateException if the read has not ended, or ended with an exception
   */
  public ValueWithProblems<Long> result() {
    ValueWithProblems<Long> done = result;
    if (!ended || done == null) {
      throw new IllegalStateException("The read has not ended: take every value first");
    }
    return done;
  }

  /** Stops the read if it is still going, and waits for its thread to end. */
  @Override
  public void close() {
    if (thread.isAlive()) {
      thread.interrupt();
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException ex) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
