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
package org.caperules.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.owasp.encoder.Encode;

/**
 * HTML text built on a {@link StringBuilder}: every text and attribute value passes through the
 * OWASP Java Encoder ({@link Encode#forHtmlContent}, {@link Encode#forHtmlAttribute}), so a value
 * from the inputs such as {@code <script>alert(1)</script>} or {@code "onmouseover=x} is shown as
 * text and never becomes markup. Markup of our own is appended with {@link #raw(String)}.
 *
 * <p>Example: {@code new Html().open("td", "class", "money").text("<b>").close("td")} gives
 * the cell {@code td} of class {@code money} holding {@code <b>} with its angle brackets escaped.
 */
public final class Html {

  private final StringBuilder out = new StringBuilder(16_384);

  /**
   * Appends markup of our own, unescaped.
   *
   * @param markup  the markup (never input text)
   * @return this
   */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Appends text, escaped for HTML content.
   *
   * @param text  the text, from the inputs or not
   * @return this
   */
  public Html text(String text) {
    out.append(Encode.forHtmlContent(text));
    return this;
  }

  /**
   * Opens an element with attributes given as name, value pairs; values are escaped.
   *
   * @param tag  the element name, ours
   * @param attributes  names (ours) and values (escaped), alternately
   * @return this
   * @throws IllegalArgumentException if the attributes are not in pairs
   */
  public Html open(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes must be name, value pairs");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"")
          .append(Encode.forHtmlAttribute(attributes[i + 1])).append('"');
    }
    out.append('>');
    return this;
  }

  /**
   * Closes an element.
   *
   * @param tag  the element name
   * @return this
   */
  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Appends an element holding escaped text.
   *
   * @param tag  the element name
   * @param text  the text
   * @param attributes  names and values, alternately
   * @return this
   */
  public Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Returns the markup built so far.
   *
   * @return the markup
   */
  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Formats an amount with thousands commas and two decimals, for example {@code 1,234.50};
   * rounding half up when it has more decimals.
   *
   * @param amount  the amount
   * @return the text
   */
  public static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Formats an amount as a plain decimal with two decimals, for data attributes: {@code 1234.50}.
   *
   * @param amount  the amount
   * @return the text
   */
  public static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Formats a date as ISO {@code 2026-07-13}, or a dash when unknown.
   *
   * @param date  the date, or {@code null}
   * @return the text
   */
  public static String date(@Nullable LocalDate date) {
    return date == null ? "\u2014" : date.toString();
  }

  /**
   * Formats a count with thousands commas: {@code 1,200}.
   *
   * @param count  the count
   * @return the text
   */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
