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
package org.caperules.examples.cli;

/**
 * An input the command line cannot use at all: a missing file, a bad readiness profile, an
 * output directory that is not empty. {@link CapeRulesCli} prints its message as one line on
 * stderr, with no stack trace, and exits with {@link CapeRulesCli#EXIT_INPUT}. The message names
 * the file (and the column or key).
 */
final class UnusableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message  one sentence naming the file, for example "Profile 'p.properties' does not
   *     exist"
   */
  UnusableInputException(String message) {
    super(message);
  }
}
