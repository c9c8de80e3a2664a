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
package org.caperules.es003.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.result.Problem;
import org.caperules.core.result.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The problems of a read, kept for its result or, once {@link #sendTo(Consumer)} is called,
 * sent on as they are found: then only the notices (whole-file remarks, a few per file) are kept,
 * and memory does not grow with the bad rows. A file of 1,000,000 bad rows is 1,000,000 problems,
 * several hundred megabytes held; sent to a {@code problems.csv} being written, it is none.
 *
 * <p>Example: with a sink, {@code add(blankEntryNumber)} hands the problem to the sink and {@code
 * add(noDataRowsNotice)} keeps the notice; {@link #kept()} is then the notice alone.
 *
 * <p>Not thread-safe: one log per read.
 */
public final class ProblemLog {

  private final List<Problem> kept = new ArrayList<>();
  private @Nullable Consumer<? super Problem> sink;

  /**
   * Sends every later problem but notices to {@code sink} instead of keeping it.
   *
   * @param sink  where the problems go, in the order found
   */
  public void sendTo(Consumer<? super Problem> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Adds a problem: sent on if there is a sink and it is not a notice, else kept.
   *
   * @param problem  the problem
   */
  public void add(Problem problem) {
    Consumer<? super Problem> to = sink;
    if (to != null && problem.severity() != Severity.NOTICE) {
      to.accept(problem);
    } else {
      kept.add(problem);
    }
  }

  /**
   * Adds problems in order, as {@link #add(Problem)}.
   *
   * @param problems  the problems
   */
  public void addAll(List<Problem> problems) {
    for (int i = 0; i < problems.size(); i++) { // no iterator: called for every row, mostly empty
      add(problems.get(i));
    }
  }

  /**
   * Keeps a notice at a place among the problems kept (a file's notice before its rows').
   *
   * @param index  the place, at most {@link #size()}
   * @param notice  the notice
   */
  public void add(int index, Problem notice) {
    kept.add(index, notice);
  }

  /**
   * Returns the number of problems kept.
   *
   * @return the number
   */
  public int size() {
    return kept.size();
  }

  /**
   * Returns the problems kept, in order.
   *
   * @return a copy
   */
  public List<Problem> kept() {
    return List.copyOf(kept);
  }
}
