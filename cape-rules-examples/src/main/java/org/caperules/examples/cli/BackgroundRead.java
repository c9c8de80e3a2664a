package org.caperules.examples.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.caperules.core.Entry;
import org.caperules.csv.StreamResult;
import org.jspecify.annotations.Nullable;

/**
 * Runs a streaming ES-003 read on a thread of its own and hands its entries to the caller's
 * thread in batches, in order, so that reading (parsing the CSV, building entries) and screening
 * (evaluating, forecasting, writing the report) overlap on two cores. At most {@link #QUEUED}
 * batches of {@link #BATCH} entries wait between the two, so memory stays bounded.
 *
 * <p>An exception of the read (an unusable file, {@link
 * org.caperules.csv.EntriesNotGroupedException}, an {@link OutOfMemoryError}) is thrown, the same
 * object, from {@link #hasNext()} on the caller's thread once the entries read before it have
 * been taken. {@link #close()} stops the read if the caller gives up early and waits for the
 * thread to end.
 *
 * <p>Not thread-safe: one consumer.
 */
final class BackgroundRead implements Iterator<Entry>, AutoCloseable {

  /** Entries per batch handed between the threads. */
  static final int BATCH = 1024;
  /** Batches that may wait between the threads. */
  static final int QUEUED = 16;

  /** The end of the read: a list no one else has. */
  private static final List<Entry> END = new ArrayList<>(0);

  /** Ends the reading thread when the consumer has gone. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped", null, false, false);
    }
  }

  private final BlockingQueue<List<Entry>> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private volatile @Nullable StreamResult result;
  private volatile @Nullable Throwable failure;
  /** The reading thread's batch being filled. */
  private List<Entry> filling = new ArrayList<>(BATCH);
  /** The consumer's batch being taken. */
  private List<Entry> taking = List.of();
  private int index;
  private boolean ended;

  private BackgroundRead(Function<Consumer<Entry>, StreamResult> read) {
    this.thread = new Thread(() -> run(read), "cape-rules-reader");
    thread.setDaemon(true);
  }

  /**
   * Starts a read on its own thread.
   *
   * @param read  the streaming read: given a sink, it reads and returns its result
   * @return the entries, as they come
   */
  static BackgroundRead start(Function<Consumer<Entry>, StreamResult> read) {
    BackgroundRead background = new BackgroundRead(read);
    background.thread.start();
    return background;
  }

  private void run(Function<Consumer<Entry>, StreamResult> read) {
    try {
      StreamResult done = read.apply(this::accept);
      put(filling);
      result = done;
    } catch (Stopped ex) {
      return;
    } catch (RuntimeException | Error ex) {
      failure = ex;
    }
    try {
      put(END);
    } catch (Stopped ex) {
      // the consumer has gone
    }
  }

  private void accept(Entry entry) {
    filling.add(entry);
    if (filling.size() == BATCH) {
      put(filling);
      filling = new ArrayList<>(BATCH);
    }
  }

  private void put(List<Entry> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  @Override
  public boolean hasNext() {
    while (index == taking.size()) {
      if (ended) {
        return false;
      }
      List<Entry> next;
      try {
        next = queue.take();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the ES-003 read", ex);
      }
      if (next == END) {
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

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("The ES-003 read has no more entries");
    }
    return taking.get(index++);
  }

  /**
   * Returns the read's result, once every entry was taken.
   *
   * @return the number of entries, the problems and the row accounting
   * @throws IllegalStateException if the read has not ended, or ended with an exception
   */
  StreamResult result() {
    StreamResult done = result;
    if (!ended || done == null) {
      throw new IllegalStateException("The ES-003 read has not ended");
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
