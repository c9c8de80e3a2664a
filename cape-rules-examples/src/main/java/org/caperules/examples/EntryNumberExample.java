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
package org.caperules.examples;

import java.io.PrintStream;
import org.caperules.core.EntryNumber;

/** Shows how an entry number is normalised and its CATAIR check digit validated. */
public final class EntryNumberExample {

  private EntryNumberExample() {}

  /**
   * Runs the example.
   *
   * @param args  entry numbers to check; a built-in sample when empty
   */
  public static void main(String[] args) {
    run(System.out, args.length == 0 ? new String[] {"abc-1234567-6", "ABC12345678"} : args);
  }

  static void run(PrintStream out, String[] inputs) {
    for (String input : inputs) {
      String normalised = EntryNumber.normalize(input);
      out.println(EntryNumber.validate(normalised)
          .map(problem -> input + ": invalid: " + problem)
          .orElseGet(() -> input + ": valid: " + EntryNumber.of(normalised).formatted()));
    }
  }
}
