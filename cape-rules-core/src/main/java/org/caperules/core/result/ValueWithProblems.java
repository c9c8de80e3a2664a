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
package org.caperules.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value with the problems found while making it, and, where the value came from the rows of
 * files, an account of every row (named after OpenGamma Strata's {@code ValueWithFailures}).
 *
 * <p>What a reader gives: an ES-003 read gives the entries ({@code ValueWithProblems<List<Entry>>}),
 * a streaming read the number of entries it handed on ({@code ValueWithProblems<Long>}), a
 * declaration check a description of the file checked. A problem does not always reject a row:
 * a problem about the file as a whole, or a warning about a used row, leaves the row counts
 * unchanged. Values and row counts can differ: an ES-003 reader groups several rows into one
 * entry.
 *
 * <p>Example: a claim-status file with 10 data rows, one of them with a blank entry number,
 * gives 9 result rows, {@code rowAccounting()} {@code 10 rows read: 9 used, 1 rejected} and one
 * {@link Severity#ERROR} problem naming that row's line; {@link #summary()} is {@code "10 rows
 * read: 9 used, 1 rejected; 1 problem"}.
 *
 * <p>This class is immutable and thread-safe if {@code T} is.
 *
 * @param <T>  the type of the value
 * @param value  the value
 * @param problems  every problem, in the order the finder gives (readers: file order, each
 *     file's whole-file problems first)
 * @param rowAccounting  the account of the rows the value came from, or {@code null} if it did
 *     not come from rows
 */
public record ValueWithProblems<T>(
    T value, List<Problem> problems, @Nullable RowAccounting rowAccounting) {

  /**
   * Checks the value and copies the problems.
   *
   * @param value  the value
   * @param problems  every problem, in order
   * @param rowAccounting  the account of the rows, or {@code null}
   */
  public ValueWithProblems {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
  }

  /**
   * Obtains a value that did not come from rows.
   *
   * @param <T>  the type of the value
   * @param value  the value
   * @param problems  the problems, in order
   * @return the value with its problems and no row accounting
   */
  public static <T> ValueWithProblems<T> of(T value, List<Problem> problems) {
    return new ValueWithProblems<>(value, problems, null);
  }

  /**
   * Obtains a value made from rows.
   *
   * @param <T>  the type of the value
   * @param value  the value
   * @param problems  the problems, in order
   * @param rowAccounting  the account of the rows
   * @return the value with its problems and row accounting
   */
  public static <T> ValueWithProblems<T> of(T value, List<Problem> problems,
      RowAccounting rowAccounting) {
    return new ValueWithProblems<>(value, problems,
        Objects.requireNonNull(rowAccounting, "rowAccounting"));
  }

  /**
   * Tells whether any problem was found.
   *
   * @return true if {@link #problems()} is not empty
   */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * Tells whether any problem is an {@link Severity#ERROR}: for a declaration check, CAPE would
   * reject the file; for a read, some row or file was not used.
   *
   * @return true if an error was found
   */
  public boolean hasErrors() {
    for (Problem problem : problems) {
      if (problem.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the problems of one severity, in order.
   *
   * @param severity  the severity
   * @return the problems, possibly empty
   */
  public List<Problem> problems(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<Problem> found = new ArrayList<>();
    for (Problem problem : problems) {
      if (problem.severity() == severity) {
        found.add(problem);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the value turned into another, with the same problems and row accounting: for
   * example {@code read.map(entries -> (long) entries.size())}.
   *
   * @param <R>  the type of the new value
   * @param mapper  turns the value into the new one
   * @return the new value with this one's problems and row accounting
   */
  public <R> ValueWithProblems<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new ValueWithProblems<>(mapper.apply(value), problems, rowAccounting);
  }

  /**
   * Returns the row accounting and the number of problems as a sentence: {@code "10 rows read:
   * 9 used, 1 rejected; 1 problem"}, or {@code "2 problems"} without row accounting.
   *
   * @return the summary
   */
  public String summary() {
    String count = problems.size() + (problems.size() == 1 ? " problem" : " problems");
    return rowAccounting == null ? count : rowAccounting + "; " + count;
  }

  /**
   * Returns the summary, without the value or the problems themselves (a read's value may be
   * millions of entries): {@code ValueWithProblems[10 rows read: 9 used, 1 rejected; 1
   * problem]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ValueWithProblems[" + summary() + "]";
  }
}
