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
package org.caperules.core.readiness;

/**
 * Masks account and routing numbers for {@code toString} and messages: four stars and the last
 * 4 characters, for example {@code ****6789}; text of 4 characters or fewer becomes {@code ****}.
 */
final class Masking {

  private Masking() {}

  /**
   * Masks all but the last 4 characters.
   *
   * <p>Example: {@code lastFour("123456789012")} is {@code ****9012}; {@code lastFour("123")} is
   * {@code ****}.
   *
   * @param text  the text to mask
   * @return four stars and the last 4 characters, or four stars alone
   */
  static String lastFour(CharSequence text) {
    int length = text.length();
    return length <= 4 ? "****" : "****" + text.subSequence(length - 4, length);
  }
}
