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
import org.caperules.core.EntryNumber;

/**
 * Seeded generators of CBP entry numbers: valid ones in each of the eight filer-code patterns of
 * CATAIR Appendix E (docs/formats.md#entry-numbers), with the CATAIR check digit of
 * {@link EntryNumber#checkDigit(CharSequence)}, and invalid ones with one chosen fault.
 *
 * <p>Example: {@code EntryNumbers.next(new SplittableRandom(7), FilerCodePattern.ANA)} gives an
 * entry number whose filer code is a letter, a digit and a letter, such as {@code K4Q-1234567-c}
 * where {@code c} is the check digit of {@code K4Q1234567}. Every value is drawn with
 * {@link RandomGenerator#nextLong()} only, so one seed gives the same numbers on any JDK.
 *
 * <p>This class is immutable and thread-safe; the generators passed to it are not, and belong to
 * the caller.
 */
public final class EntryNumbers {

  /**
   * The filer-code patterns of CATAIR Appendix E, "Valid Entry Numbers":
   * {@code N} is a digit, {@code A} a letter. The NNN range is 001-999: {@code 000} is not a
   * filer code (derived from the appendix table; a minor UNCERTAIN point).
   */
  public enum FilerCodePattern {
    /** Three digits, 001-999. */
    NNN,
    /** A letter and two digits, A00-Z99. */
    ANN,
    /** Two letters and a digit, AA0-ZZ9. */
    AAN,
    /** Three letters, AAA-ZZZ. */
    AAA,
    /** Letter, digit, letter, A0A-Z9Z. */
    ANA,
    /** Digit, letter, digit, 0A0-9Z9. */
    NAN,
    /** Two digits and a letter, 00A-99Z. */
    NNA,
    /** A digit and two letters, 0AA-9ZZ. */
    NAA;

    /**
     * Tells whether a filer code has this pattern, for example {@code "MYK"} has {@link #AAA}.
     * For {@link #NNN}, {@code "000"} does not match.
     *
     * @param filerCode  the filer code to test
     * @return true if it is 3 characters of this pattern
     */
    public boolean matches(String filerCode) {
      Objects.requireNonNull(filerCode, "filerCode");
      if (filerCode.length() != 3) {
        return false;
      }
      for (int i = 0; i < 3; i++) {
        char c = filerCode.charAt(i);
        boolean ok = name().charAt(i) == 'N' ? c >= '0' && c <= '9' : c >= 'A' && c <= 'Z';
        if (!ok) {
          return false;
        }
      }
      return this != NNN || !filerCode.equals("000");
    }
  }

  /** What is wrong with an invalid entry number from {@link #nextInvalid(RandomGenerator, Fault)}. */
  public enum Fault {
    /** A valid filer code and serial with any check digit but the CATAIR one. */
    WRONG_CHECK_DIGIT,
    /** 10 characters (the check digit dropped) or 12 (a digit added). */
    WRONG_LENGTH,
    /**
     * 11 characters, one of which is not allowed where it is: a special character in the filer
     * code, or a letter in the serial or check digit.
     */
    BAD_CHARACTER
  }

  private static final List<FilerCodePattern> PATTERNS = List.of(FilerCodePattern.values());
  private static final List<Fault> FAULTS = List.of(Fault.values());
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  /** Characters that survive {@link EntryNumber#normalize(CharSequence)} but are never valid. */
  private static final String SPECIALS = "#*/.&_+";
  private static final int SERIAL_DIGITS = 7;
  private static final int FILER_CODE_LENGTH = 3;
  private static final int DIGITS = 10;

  private EntryNumbers() {}

  /**
   * Draws a valid entry number, its filer-code pattern chosen uniformly among the eight.
   *
   * @param random  the generator, for example {@code new SplittableRandom(seed)}
   * @return a valid entry number
   */
  public static EntryNumber next(RandomGenerator random) {
    return next(random, Draw.pick(random, PATTERNS));
  }

  /**
   * Draws a valid entry number with a filer code of the given pattern, a uniform 7-digit serial
   * and the CATAIR check digit.
   *
   * @param random  the generator
   * @param pattern  the filer-code pattern
   * @return a valid entry number whose {@link EntryNumber#filerCode()} matches the pattern
   */
  public static EntryNumber next(RandomGenerator random, FilerCodePattern pattern) {
    String base = filerCode(random, pattern) + serial(random);
    return EntryNumber.of(base + EntryNumber.checkDigit(base));
  }

  /**
   * Draws the normalised text of an invalid entry number, the fault chosen uniformly.
   *
   * @param random  the generator
   * @return text that {@link EntryNumber#validate(CharSequence)} rejects
   */
  public static String nextInvalid(RandomGenerator random) {
    return nextInvalid(random, Draw.pick(random, FAULTS));
  }

  /**
   * Draws the normalised text of an invalid entry number with the given fault. The text is
   * already normalised ({@link EntryNumber#normalize(CharSequence)} leaves it unchanged), so it
   * can be given to {@code Entry.Builder.entryNumberText}.
   *
   * <p>Example: for {@link Fault#WRONG_CHECK_DIGIT} and base {@code ABC1234567}, whose check
   * digit is 6, any of {@code ABC12345670} to {@code ABC12345679} except {@code ABC12345676}.
   *
   * @param random  the generator
   * @param fault  what is to be wrong
   * @return text that {@link EntryNumber#validate(CharSequence)} rejects for that fault
   */
  public static String nextInvalid(RandomGenerator random, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    String base = filerCode(random, Draw.pick(random, PATTERNS)) + serial(random);
    int check = EntryNumber.checkDigit(base);
    return switch (fault) {
      case WRONG_CHECK_DIGIT -> base + (check + 1 + Draw.below(random, DIGITS - 1)) % DIGITS;
      case WRONG_LENGTH -> Draw.oneIn(random, 2)
          ? base
          : base + check + Draw.below(random, DIGITS);
      case BAD_CHARACTER -> {
        StringBuilder text = new StringBuilder(base).append(check);
        int position = Draw.below(random, text.length());
        char bad = position < FILER_CODE_LENGTH
            ? SPECIALS.charAt(Draw.below(random, SPECIALS.length()))
            : LETTERS.charAt(Draw.below(random, LETTERS.length()));
        text.setCharAt(position, bad);
        yield text.toString();
      }
    };
  }

  /**
   * Returns a supplier of valid entry numbers drawn from the generator, for frameworks that take
   * a {@code Supplier}.
   *
   * @param random  the generator; the supplier uses it on every call
   * @return the supplier
   */
  public static Supplier<EntryNumber> supplier(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return () -> next(random);
  }

  /**
   * Returns an infinite, ordered, sequential stream of valid entry numbers drawn from the
   * generator; limit it, for example {@code stream(new SplittableRandom(1)).limit(100)}.
   *
   * @param random  the generator
   * @return the stream
   */
  public static Stream<EntryNumber> stream(RandomGenerator random) {
    return Streams.generate(supplier(random));
  }

  private static String filerCode(RandomGenerator random, FilerCodePattern pattern) {
    if (pattern == FilerCodePattern.NNN) {
      return Draw.zeroPadded(Draw.between(random, 1, 999), FILER_CODE_LENGTH);
    }
    StringBuilder code = new StringBuilder(FILER_CODE_LENGTH);
    for (int i = 0; i < FILER_CODE_LENGTH; i++) {
      code.append(pattern.name().charAt(i) == 'N'
          ? (char) ('0' + Draw.below(random, DIGITS))
          : LETTERS.charAt(Draw.below(random, LETTERS.length())));
    }
    return code.toString();
  }

  private static String serial(RandomGenerator random) {
    StringBuilder serial = new StringBuilder(SERIAL_DIGITS);
    for (int i = 0; i < SERIAL_DIGITS; i++) {
      serial.append((char) ('0' + Draw.below(random, DIGITS)));
    }
    return serial.toString();
  }
}
