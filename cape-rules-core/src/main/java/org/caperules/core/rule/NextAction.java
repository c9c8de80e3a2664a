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
