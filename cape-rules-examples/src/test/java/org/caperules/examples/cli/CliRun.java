package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the real command line: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@link CapeRulesCli#execute} with captured streams; line ends normalised to LF. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CapeRulesCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString().replace("\r\n", "\n"),
        err.toString().replace("\r\n", "\n"));
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
