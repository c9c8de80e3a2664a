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
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.caperules.core.ImporterNumber;
import org.caperules.core.ImporterNumber.Kind;

/**
 * Seeded generators of importer of record numbers of each {@link Kind} (19 CFR 24.5; CBP Form
 * 5106; docs/formats.md#importer-numbers):
 *
 * <ul>
 *   <li>{@link Kind#IRS}: {@code NN-NNNNNNN}, half of them with a 2-character suffix drawn from
 *       digits and the letters other than O, I and Z, for example {@code 12-3456789A1};
 *   <li>{@link Kind#SSN}: {@code NNN-NN-NNNN} with area 001-899 except 666, group 01-99 and
 *       serial 0001-9999 (the shapes the SSA issues), always masked when printed;
 *   <li>{@link Kind#CBP_ASSIGNED}: {@code YYDDPP-NNNNN}, a 2-digit year, a 4-digit district/port
 *       code and a 5-digit number, for example {@code 061234-12345}.
 * </ul>
 *
 * <p>Example: {@code ImporterNumbers.next(new SplittableRandom(7), Kind.SSN).toString()} is
 * {@code ***-**-} and four digits. Every value is drawn with {@link RandomGenerator#nextLong()}
 * only, so one seed gives the same numbers on any JDK.
 *
 * <p>This class is immutable and thread-safe; the generators passed to it are not, and belong to
 * the caller.
 */
public final class ImporterNumbers {

  private static final List<Kind> KINDS = List.of(Kind.values());
  /** IRS suffix characters: digits and letters, without O, I and Z (CBP Form 5106). */
  private static final String SUFFIX_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXY";
  /** The SSA never issues area 666 (nor 000 or 900-999). */
  private static final int SSN_AREA_NEVER_ISSUED = 666;
  private static final int SSN_AREA_MAX = 899;
  private static final int SSN_GROUP_MAX = 99;
  private static final int SSN_SERIAL_MAX = 9999;
  private static final int YEARS = 100;
  private static final int PORT_CODES = 10_000;
  private static final int CBP_SERIALS = 100_000;
  private static final int EIN_PREFIXES = 100;
  private static final int EIN_SERIALS = 10_000_000;

  private ImporterNumbers() {}

  /**
   * Draws an importer number, its kind chosen uniformly among the three.
   *
   * @param random  the generator, for example {@code new SplittableRandom(seed)}
   * @return the importer number
   */
  public static ImporterNumber next(RandomGenerator random) {
    return next(random, Draw.pick(random, KINDS));
  }

  /**
   * Draws an importer number of the given kind, in the shapes the class documentation lists.
   *
   * @param random  the generator
   * @param kind  the kind
   * @return an importer number whose {@link ImporterNumber#kind()} is {@code kind}
   */
  public static ImporterNumber next(RandomGenerator random, Kind kind) {
    Objects.requireNonNull(kind, "kind");
    String text = switch (kind) {
      case IRS -> {
        String ein = Draw.zeroPadded(Draw.below(random, EIN_PREFIXES), 2) + '-'
            + Draw.zeroPadded(Draw.below(random, EIN_SERIALS), 7);
        yield Draw.oneIn(random, 2) ? ein : ein + suffixCharacter(random)
            + suffixCharacter(random);
      }
      case SSN -> {
        int area = Draw.between(random, 1, SSN_AREA_MAX - 1);
        if (area >= SSN_AREA_NEVER_ISSUED) {
          area++;   // skip 666: 1-898 maps onto 1-665 and 667-899
        }
        yield Draw.zeroPadded(area, 3) + '-'
            + Draw.zeroPadded(Draw.between(random, 1, SSN_GROUP_MAX), 2) + '-'
            + Draw.zeroPadded(Draw.between(random, 1, SSN_SERIAL_MAX), 4);
      }
      case CBP_ASSIGNED -> Draw.zeroPadded(Draw.below(random, YEARS), 2)
          + Draw.zeroPadded(Draw.below(random, PORT_CODES), 4) + '-'
          + Draw.zeroPadded(Draw.below(random, CBP_SERIALS), 5);
    };
    return ImporterNumber.of(text);
  }

  /**
   * Returns a supplier of importer numbers of every kind drawn from the generator.
   *
   * @param random  the generator; the supplier uses it on every call
   * @return the supplier
   */
  public static Supplier<ImporterNumber> supplier(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return () -> next(random);
  }

  /**
   * Returns an infinite, ordered, sequential stream of importer numbers of every kind.
   *
   * @param random  the generator
   * @return the stream
   */
  public static Stream<ImporterNumber> stream(RandomGenerator random) {
    return Streams.generate(supplier(random));
  }

  private static char suffixCharacter(RandomGenerator random) {
    return SUFFIX_CHARACTERS.charAt(Draw.below(random, SUFFIX_CHARACTERS.length()));
  }
}
