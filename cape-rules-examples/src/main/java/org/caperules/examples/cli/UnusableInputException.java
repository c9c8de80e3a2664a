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
