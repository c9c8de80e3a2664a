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

import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.result.Redaction;
import org.caperules.es003.CapeInputException;
import org.caperules.ledger.LedgerException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code cape-rules} command: screens ACE ES-003 exports for CAPE, checks declaration files,
 * computes deadlines and importer readiness, and lists and compares the CAPE policies.
 *
 * <p>Exit codes (the same for every subcommand):
 *
 * <ul>
 *   <li>{@value #EXIT_OK}: the run completed. Ineligible entries, rows with problems and
 *       importers that are not ready are results, not failures; a header-only ES-003 file is a
 *       run with no entries.
 *   <li>{@value #EXIT_INPUT}: an input cannot be used at all (a missing file, a file without a
 *       header, a missing required column, a bad readiness profile, an output directory that is
 *       not empty), or {@code check-declaration} found a file CBP would reject. One line on
 *       stderr names the file (and the column or key); never a stack trace.
 *   <li>{@value #EXIT_USAGE}: a usage error (unknown option, missing or malformed argument); the
 *       message and a pointer to {@code --help} go to stderr.
 * </ul>
 *
 * <p>Example: {@code cape-rules deadlines --liquidated 2026-04-24 --as-of 2026-07-13} prints the
 * CAPE last day Mon 2026-07-13 with 0 days left.
 *
 * <p>Tests and embedders call {@link #execute(PrintWriter, PrintWriter, String...)}, which
 * returns the exit code instead of exiting.
 */
@Command(name = "cape-rules", mixinStandardHelpOptions = true,
    versionProvider = CapeRulesCli.Version.class,
    description = "Screens ACE ES-003 exports for CBP's CAPE tool (IEEPA duty refunds), checks"
        + " CAPE declaration files, and computes deadlines and importer readiness. Dates are"
        + " always given (--as-of): the tool never reads the clock.",
    subcommands = {ScreenCommand.class, CompareCommand.class, DeadlinesCommand.class,
        CheckDeclarationCommand.class, ReadinessCommand.class, PoliciesCommand.class,
        GenerateEs003Command.class, ReportCommand.class, ResultsCommand.class,
        PaymentsCommand.class, StatusCommand.class},
    footer = {"", "Exit codes: 0 run completed; 1 an input cannot be used (or check-declaration"
        + " found a file CBP would reject); 2 usage error."})
public final class CapeRulesCli implements Callable<Integer> {

  /** The run completed. */
  public static final int EXIT_OK = 0;
  /** An input cannot be used, or a declaration would be rejected. */
  public static final int EXIT_INPUT = 1;
  /** A usage error. */
  public static final int EXIT_USAGE = 2;

  /**
   * A full stop inside a name, between letters, digits or {@code *}, as in {@code problems.csv},
   * {@code declarations/*.csv} or {@code importer.legalName}.
   */
  private static final Pattern DOT_IN_NAME =
      Pattern.compile("(?<=[\\p{Alnum}*])\\.(?=[\\p{Alnum}*])");

  /** U+FEFF, the zero width no-break space: forbids a line break where it stands. */
  static final char NO_BREAK = '\uFEFF';

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args  the command-line arguments, for example {@code screen --as-of 2026-07-13 a.csv}
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs the command line, writing to the given streams, and returns the exit code. Never throws
   * and never prints a stack trace.
   *
   * @param out  standard output: results
   * @param err  standard error: messages, progress and usage errors
   * @param args  the command-line arguments
   * @return {@value #EXIT_OK}, {@value #EXIT_INPUT} or {@value #EXIT_USAGE} (see the class doc)
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new CapeRulesCli());
    keepDottedNamesWhole(commandLine);
    PrintWriter shownOut = new PrintWriter(new WithoutNoBreaks(out), true);
    commandLine.setOut(shownOut);
    commandLine.setErr(err);
    commandLine.registerConverter(LocalDate.class, CapeRulesCli::parseDate);
    commandLine.registerConverter(Long.class, CapeRulesCli::parseLong);
    commandLine.registerConverter(Long.TYPE, CapeRulesCli::parseLong);
    commandLine.setParameterExceptionHandler(CapeRulesCli::usageError);
    commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(ex, cmd));
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError ex) {
      // An Error passes picocli's execution exception handler; still no stack trace.
      err.println(outOfMemoryMessage(ex.getMessage(), Runtime.getRuntime().maxMemory()));
      return EXIT_INPUT;
    } finally {
      shownOut.flush();
      out.flush();
      err.flush();
    }
  }

  /**
   * The message for an out-of-memory error: it names the heap that failed and advises one at
   * least twice as large, in whole gibibytes, never less than 2 GiB: a heap of 6 GiB advises
   * {@code -Xmx12g}, one of 256 MiB {@code -Xmx2g}.
   *
   * @param detail  the error's message, or null
   * @param maxHeapBytes  the heap that failed, {@code Runtime.maxMemory()}
   * @return "cape-rules: out of memory (Java heap space) with a Java heap of 256 MiB: the input
   *     needs a larger one; run again with, for example, CAPE_RULES_JAVA_OPTS=-Xmx2g"
   */
  static String outOfMemoryMessage(@Nullable String detail, long maxHeapBytes) {
    long mib = maxHeapBytes >> 20;
    long gib = Math.max(2, ((maxHeapBytes * 2) + (1L << 30) - 1) >> 30);
    String heap = mib >= 1024 && mib % 1024 == 0
        ? (mib >> 10) + " GiB" : String.format(Locale.ROOT, "%,d MiB", mib);
    return "cape-rules: out of memory (" + oneLine(detail) + ") with a Java heap of " + heap
        + ": the input needs a larger one; run again with, for example,"
        + " CAPE_RULES_JAVA_OPTS=-Xmx" + gib + "g";
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /**
   * Parses an ISO date {@code YYYY-MM-DD}, strictly.
   *
   * @throws CommandLine.TypeConversionException if the text is not such a date; picocli turns it
   *     into a usage error naming the option
   */
  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException ex) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
    }
  }

  /**
   * Parses a whole number option ({@code --rows}, {@code --seed}).
   *
   * @param text  the option's value
   * @return the number
   * @throws CommandLine.TypeConversionException if the text is not a whole number
   */
  static long parseLong(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException ex) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
    }
  }

  /**
   * Keeps file names and profile keys whole when picocli wraps a command's description. Picocli
   * wraps help text with the JDK's {@code BreakIterator.getLineInstance()}, whose rules allow a
   * break after a full stop followed by a letter (the end of a sentence without its space), so
   * "problems.csv" came out as "problems." and "csv" on two lines. A zero width no-break space
   * after such a full stop forbids the break; {@link WithoutNoBreaks} removes it on output.
   */
  private static void keepDottedNamesWhole(CommandLine commandLine) {
    CommandSpec spec = commandLine.getCommandSpec();
    String[] description = spec.usageMessage().description();
    for (int i = 0; i < description.length; i++) {
      description[i] = DOT_IN_NAME.matcher(description[i]).replaceAll("." + NO_BREAK);
    }
    spec.usageMessage().description(description);
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      keepDottedNamesWhole(sub);
    }
  }

  /** Writes what picocli prints, less the no-break marks of {@link #keepDottedNamesWhole}. */
  static final class WithoutNoBreaks extends FilterWriter {

    WithoutNoBreaks(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (c != NO_BREAK) {
        super.write(c);
      }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      String part = text.substring(offset, offset + length);
      String kept = part.indexOf(NO_BREAK) < 0 ? part
          : part.replace(String.valueOf(NO_BREAK), "");
      out.write(kept, 0, kept.length());
    }
  }

  /**
   * The policy named, or the one in force on the as-of date.
   *
   * @throws ParameterException if no built-in policy has the id (a usage error)
   */
  static CapePolicy policy(CommandSpec spec, @Nullable String id, LocalDate asOf) {
    CapePolicies policies = CapePolicies.standard();
    if (id == null) {
      return policies.inForceOn(asOf);
    }
    try {
      return policies.byId(id);
    } catch (IllegalArgumentException ex) {
      throw new ParameterException(spec.commandLine(), ex.getMessage());
    }
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("cape-rules: " + oneLine(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more"
        + " information.");
    return EXIT_USAGE;
  }

  private static int failure(Exception ex, CommandLine cmd) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof UnusableInputException || ex instanceof CapeInputException
        || ex instanceof LedgerException) {
      err.println("cape-rules: " + oneLine(ex.getMessage()));
    } else if (ex instanceof UncheckedIOException) {
      err.println("cape-rules: " + oneLine(ex.getMessage()));
    } else {
      err.println("cape-rules: unexpected error (" + ex.getClass().getSimpleName() + "): "
          + oneLine(ex.getMessage()) + "; please report it with the command you ran");
    }
    return EXIT_INPUT;
  }

  /**
   * Joins the lines of a message into one line, masking SSN shapes ({@link Redaction#mask});
   * {@code null} becomes "no details". Every message the command line prints on stderr passes
   * here.
   */
  static String oneLine(@Nullable String message) {
    return message == null ? "no details"
        : Redaction.mask(message.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  /** Reads the version from the resource {@code cape-rules-version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = CapeRulesCli.class.getResourceAsStream(
          "/cape-rules-version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"cape-rules " + properties.getProperty("version", "unknown")};
    }
  }
}
