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

import java.util.Objects;
import org.caperules.core.internal.DisplayTexts;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while reading or checking a file: what kind it is, how much it matters,
 * where it is, the offending value and a sentence saying what is wrong.
 *
 * <p>Example: {@code Problem.of(ProblemCode.BAD_DATE, Position.of("es003.csv", 17, "Entry
 * Date"), "02/30/2026", "Date '02/30/2026' does not exist: month 2 of 2026 has 28 days")} is an
 * {@link Severity#ERROR} (the code's default) and prints as {@code es003.csv:17 [Entry Date]
 * '02/30/2026': Date '02/30/2026' does not exist: month 2 of 2026 has 28 days}.
 *
 * <p>A value longer than {@value #MAX_VALUE_LENGTH} characters is cut to its first {@value
 * #MAX_VALUE_LENGTH} characters followed by {@code "…"} (U+2026), so a 50,000-character field
 * does not flood a report. The value and the message pass through {@link Redaction#mask}: an
 * SSN-shaped number in them (a short row echoed whole, a cell in the wrong column) is kept as
 * {@code ***-**-1234} only; entry numbers are kept as they are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  the kind of problem
 * @param severity  how much it matters; usually the code's {@link ProblemCode#defaultSeverity()}
 * @param position  where it is
 * @param value  the offending value, cut to 200 characters and masked, or {@code null} if there
 *     is none
 * @param message  a sentence saying what is wrong, quoting the value, masked
 */
public record Problem(ProblemCode code, Severity severity, Position position,
    @Nullable String value, String message) {

  /** The most characters of a value kept in a problem: 200. */
  public static final int MAX_VALUE_LENGTH = DisplayTexts.MAX_VALUE_LENGTH;

  /**
   * Checks the components, masks SSN shapes in the value and the message ({@link
   * Redaction#mask}) and cuts the value to 200 characters plus "…".
   *
   * @param code  the kind of problem
   * @param severity  how much it matters
   * @param position  where it is
   * @param value  the offending value, or {@code null} if there is none
   * @param message  a sentence saying what is wrong, quoting the value
   */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    value = value == null ? null : DisplayTexts.abbreviate(Redaction.mask(value));
    message = Redaction.mask(message);
  }

  /**
   * Obtains a problem with its code's default severity.
   *
   * @param code  the kind of problem
   * @param position  where it is
   * @param value  the offending value, or {@code null}
   * @param message  what is wrong
   * @return the problem
   */
  public static Problem of(ProblemCode code, Position position, @Nullable String value,
      String message) {
    Objects.requireNonNull(code, "code");
    return new Problem(code, code.defaultSeverity(), position, value, message);
  }

  /**
   * Obtains a problem about a whole file, with its code's default severity and no value.
   *
   * @param code  the kind of problem
   * @param file  the file name as text
   * @param message  what is wrong
   * @return the problem
   */
  public static Problem ofFile(ProblemCode code, String file, String message) {
    return of(code, Position.ofFile(file), null, message);
  }

  /**
   * Returns this problem with another severity, for a finder to whom the code matters more or
   * less than usual: a declaration with a header but no entry numbers is an {@link
   * Severity#ERROR} ({@link ProblemCode#NO_DATA_ROWS} is a notice for other files).
   *
   * @param severity  the severity
   * @return the problem
   */
  public Problem withSeverity(Severity severity) {
    return new Problem(code, severity, position, value, message);
  }

  /**
   * Returns {@code file:line [column] 'value': message}, leaving out the parts that are absent;
   * control characters in the value are escaped. Example: {@code decl.csv:3 'ABC1234': Entry
   * number ...}; a whole file is line 0: {@code f.csv:0: The file is empty}. The code, the
   * severity and the entry are not shown.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(position.file()).append(':').append(position.line());
    String column = position.column();
    if (column != null) {
      out.append(" [").append(column).append(']');
    }
    if (value != null) {
      out.append(" '").append(DisplayTexts.printable(value)).append('\'');
    }
    return out.append(": ").append(message).toString();
  }
}
