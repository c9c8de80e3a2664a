package org.caperules.core.rule;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to do next about an entry, in one sentence, and the date it must be done by, if any.
 *
 * <p>Example: {@code Declare in CAPE by 2026-07-13 (day 80 after liquidation on 2026-04-24)}, by
 * 2026-07-13.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text  the sentence
 * @param dueDate  the last day to act, inclusive, or null when there is none
 */
public record NextAction(String text, @Nullable LocalDate dueDate) {

  /**
   * Creates a next action.
   *
   * @param text  the sentence
   * @param dueDate  the last day to act, inclusive, or null when there is none
   * @throws NullPointerException if the text is null
   */
  public NextAction {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the sentence.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }
}
