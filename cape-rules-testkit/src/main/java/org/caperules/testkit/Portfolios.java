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

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.caperules.core.Entry;

/**
 * A mix of {@link Scenario}s with a weight each, from which whole portfolios of entries are
 * drawn: the book of entries a compliance team screens before trusting a policy change.
 *
 * <p>Each entry first draws its scenario with probability weight / total weight, then its facts
 * from {@link Entries}. The {@linkplain #standard() standard mix} gives every scenario a
 * positive weight, so a portfolio of 10,000 entries as of a date under {@code
 * PHASE_3_LITIGANTS} meets every {@code Verdict} and every {@code ReasonCode}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Portfolios mix = Portfolios.builder()
 *     .weight(Scenario.UNLIQUIDATED, 6)
 *     .weight(Scenario.WAREHOUSE_ENTRY, 1)
 *     .build();
 * List<Entry> book = mix.generate(20260707L, LocalDate.of(2026, 7, 7), 10_000);
 * // about 8,571 unliquidated entries and 1,429 warehouse entries
 * }</pre>
 *
 * <p>Same seed, same as-of date and same weights give the same entries on any JDK.
 *
 * <p>This class is immutable and thread-safe; the generators passed to it are not, and belong to
 * the caller.
 */
public final class Portfolios {

  private static final Portfolios STANDARD = standardMix();

  /** Weights in scenario order; EnumMap iteration order is the declaration order. */
  private final Map<Scenario, Integer> weights;
  /** Scenarios in declaration order with their cumulative weights, for drawing. */
  private final List<Scenario> scenarios;
  private final int[] cumulative;
  private final int total;

  private Portfolios(Map<Scenario, Integer> weights) {
    EnumMap<Scenario, Integer> copy = new EnumMap<>(Scenario.class);
    weights.forEach((scenario, weight) -> {
      if (weight > 0) {
        copy.put(scenario, weight);
      }
    });
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(
          "A portfolio needs at least one scenario with a weight above zero, but the weights were "
              + weights);
    }
    this.weights = Collections.unmodifiableMap(copy);
    this.scenarios = List.copyOf(copy.keySet());
    List<Integer> values = List.copyOf(copy.values());
    this.cumulative = new int[scenarios.size()];
    long sum = 0;
    for (int i = 0; i < scenarios.size(); i++) {
      sum += values.get(i);
      if (sum > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "The total weight must not exceed " + Integer.MAX_VALUE + ", but the weights were "
                + weights);
      }
      cumulative[i] = (int) sum;
    }
    this.total = (int) sum;
  }

  /**
   * Returns the standard mix, a book in which most entries are clean and every scenario occurs:
   *
   * <table>
   *   <caption>Standard weights</caption>
   *   <tr><th>scenario</th><th>weight</th></tr>
   *   <tr><td>UNLIQUIDATED</td><td>30</td></tr>
   *   <tr><td>LIQUIDATED_IN_WINDOW</td><td>15</td></tr>
   *   <tr><td>LIQUIDATED_WINDOW_PASSED</td><td>10</td></tr>
   *   <tr><td>LIQUIDATED_FINAL</td><td>8</td></tr>
   *   <tr><td>ANY</td><td>10</td></tr>
   *   <tr><td>PENDING_LIQUIDATION</td><td>5</td></tr>
   *   <tr><td>every other scenario</td><td>2</td></tr>
   * </table>
   *
   * <p>The total is 118 (30 + 15 + 10 + 8 + 10 + 5 = 78, plus 20 other scenarios &times; 2 =
   * 40), so a scenario of weight 2 is drawn for about 169 of 10,000 entries.
   *
   * @return the standard mix
   */
  public static Portfolios standard() {
    return STANDARD;
  }

  /**
   * Returns a builder with no weights.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the weights above zero, in scenario declaration order.
   *
   * @return the weights, unmodifiable
   */
  public Map<Scenario, Integer> weights() {
    return weights;
  }

  /**
   * Returns the weight of a scenario.
   *
   * @param scenario  the scenario
   * @return the weight, zero if the mix does not draw it
   */
  public int weight(Scenario scenario) {
    return weights.getOrDefault(Objects.requireNonNull(scenario, "scenario"), 0);
  }

  /**
   * Draws a scenario with probability weight / total weight.
   *
   * @param random  the generator
   * @return the scenario
   */
  public Scenario nextScenario(RandomGenerator random) {
    int draw = Draw.below(random, total);
    int i = 0;
    while (draw >= cumulative[i]) {
      i++;
    }
    return scenarios.get(i);
  }

  /**
   * Draws one entry: its scenario, then its facts.
   *
   * @param random  the generator
   * @param asOf  the as-of date the entries are relative to
   * @return the entry
   * @throws IllegalArgumentException if the as-of date puts a final liquidation outside the
   *     holiday calendar's range (see {@link Entries})
   */
  public Entry next(RandomGenerator random, LocalDate asOf) {
    return Entries.asOf(asOf).next(random, nextScenario(random));
  }

  /**
   * Returns a supplier of entries of this mix drawn from the generator.
   *
   * @param random  the generator; the supplier uses it on every call
   * @param asOf  the as-of date the entries are relative to
   * @return the supplier
   */
  public Supplier<Entry> supplier(RandomGenerator random, LocalDate asOf) {
    Objects.requireNonNull(random, "random");
    Entries entries = Entries.asOf(asOf);
    return () -> entries.next(random, nextScenario(random));
  }

  /**
   * Returns an infinite, ordered, sequential stream of entries of this mix; limit it.
   *
   * @param random  the generator
   * @param asOf  the as-of date the entries are relative to
   * @return the stream
   */
  public Stream<Entry> stream(RandomGenerator random, LocalDate asOf) {
    return Streams.generate(supplier(random, asOf));
  }

  /**
   * Generates a portfolio: {@code size} entries drawn from {@code new SplittableRandom(seed)}.
   *
   * @param seed  the seed; print it in assertion messages so a failure can be replayed
   * @param asOf  the as-of date the entries are relative to
   * @param size  the number of entries, zero or more
   * @return the entries, in drawing order, unmodifiable
   * @throws IllegalArgumentException if the size is negative; the message quotes it
   */
  public List<Entry> generate(long seed, LocalDate asOf, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("Portfolio size must be zero or more, but was " + size);
    }
    return stream(new SplittableRandom(seed), asOf).limit(size).toList();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Portfolios other && other.weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /**
   * Returns the weights, for example {@code Portfolios{UNLIQUIDATED=6, WAREHOUSE_ENTRY=1}}.
   *
   * @return the weights in words
   */
  @Override
  public String toString() {
    return "Portfolios" + weights;
  }

  private static Portfolios standardMix() {
    Builder b = builder();
    for (Scenario scenario : Scenario.values()) {
      b.weight(scenario, 2);
    }
    return b.weight(Scenario.UNLIQUIDATED, 30)
        .weight(Scenario.LIQUIDATED_IN_WINDOW, 15)
        .weight(Scenario.LIQUIDATED_WINDOW_PASSED, 10)
        .weight(Scenario.LIQUIDATED_FINAL, 8)
        .weight(Scenario.ANY, 10)
        .weight(Scenario.PENDING_LIQUIDATION, 5)
        .build();
  }

  /**
   * Builds a {@link Portfolios} mix. Weights are relative: {@code 3} and {@code 1} draw the
   * first scenario three times as often as the second. A scenario with no weight, or weight 0,
   * is never drawn.
   */
  public static final class Builder {

    private final EnumMap<Scenario, Integer> weights = new EnumMap<>(Scenario.class);

    private Builder() {}

    /**
     * Copies the weights of a mix, to change some of them.
     *
     * @param mix  the mix to start from
     * @return this builder
     */
    public Builder from(Portfolios mix) {
      weights.putAll(mix.weights);
      return this;
    }

    /**
     * Sets the weight of a scenario, replacing any earlier weight.
     *
     * @param scenario  the scenario
     * @param weight  the relative weight, zero or more
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative; the message quotes it
     */
    public Builder weight(Scenario scenario, int weight) {
      Objects.requireNonNull(scenario, "scenario");
      if (weight < 0) {
        throw new IllegalArgumentException("Weight of " + scenario
            + " must be zero or more, but was " + weight);
      }
      weights.put(scenario, weight);
      return this;
    }

    /**
     * Builds the mix.
     *
     * @return the mix
     * @throws IllegalArgumentException if no weight is above zero, or the total exceeds
     *     {@link Integer#MAX_VALUE}
     */
    public Portfolios build() {
      return new Portfolios(weights);
    }
  }
}
