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

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Draws from a caller's {@link RandomGenerator} using {@link RandomGenerator#nextLong()} only, so
 * that the same generator state gives the same data on any JDK: the bounded draw is computed
 * here, by the rejection method of {@code java.util.Random#nextInt(int)} on 63-bit values, not
 * by the generator's own {@code nextInt(bound)}, whose algorithm an implementation may choose.
 *
 * <p>Worked example: a generator whose {@code nextLong()} returns {@code 10} gives
 * {@code below(3)} = {@code (10 >>> 1) % 3} = {@code 5 % 3} = 2.
 *
 * <p>Not thread-safe: it uses the caller's generator.
 */
final class Draw {

  private Draw() {}

  /**
   * Draws a number from 0 inclusive to {@code bound} exclusive, uniformly.
   *
   * @param random  the generator
   * @param bound  the exclusive upper bound, at least 1
   * @return the number
   * @throws IllegalArgumentException if the bound is less than 1
   */
  static int below(RandomGenerator random, int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be at least 1, but was " + bound);
    }
    long r = random.nextLong() >>> 1;
    long m = r % bound;
    // Reject draws from the incomplete last block of 2^63, which would bias small values.
    while (r - m + (bound - 1) < 0) {
      r = random.nextLong() >>> 1;
      m = r % bound;
    }
    return (int) m;
  }

  /**
   * Draws a number from {@code fromInclusive} to {@code toInclusive}, uniformly.
   *
   * @param random  the generator
   * @param fromInclusive  the smallest value
   * @param toInclusive  the largest value, not less than {@code fromInclusive}
   * @return the number
   * @throws IllegalArgumentException if the range is empty
   */
  static int between(RandomGenerator random, int fromInclusive, int toInclusive) {
    if (toInclusive < fromInclusive) {
      throw new IllegalArgumentException("Empty range: " + fromInclusive + " to " + toInclusive);
    }
    return fromInclusive + below(random, toInclusive - fromInclusive + 1);
  }

  /**
   * Tells whether an event with chance 1 in {@code n} happens.
   *
   * @param random  the generator
   * @param n  one in how many, at least 1
   * @return true with probability 1/n
   */
  static boolean oneIn(RandomGenerator random, int n) {
    return below(random, n) == 0;
  }

  /**
   * Formats a number with leading zeros, faster than {@code String.format("%0nd")}, which
   * matters when a test draws 100,000 entries.
   *
   * @param value  the number, zero or more
   * @param width  the number of digits
   * @return the digits, for example {@code zeroPadded(42, 5)} is {@code 00042}
   */
  static String zeroPadded(int value, int width) {
    String digits = Integer.toString(value);
    StringBuilder out = new StringBuilder(width);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }

  /**
   * Picks an element of a list, uniformly.
   *
   * @param random  the generator
   * @param values  the values, not empty
   * @param <T>  the element type
   * @return the element
   * @throws IllegalArgumentException if the list is empty
   */
  static <T> T pick(RandomGenerator random, List<T> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Cannot pick from an empty list");
    }
    return values.get(below(random, values.size()));
  }
}
