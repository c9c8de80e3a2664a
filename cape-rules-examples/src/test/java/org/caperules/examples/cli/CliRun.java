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
