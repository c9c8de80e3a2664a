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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.caperules.examples.SampleEs003Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules generate-es003 --rows N --seed S --out FILE [--as-of YYYY-MM-DD]}: writes a
 * synthetic ES-003 export with {@link SampleEs003Generator}, for benchmarks and demos. The same
 * arguments give the same bytes. The shipped sample is {@code --rows 1200 --seed 20260713
 * --as-of 2026-07-13}.
 */
@Command(name = "generate-es003", mixinStandardHelpOptions = true,
    description = "Writes a synthetic ACE ES-003 export (fake importers, valid check digits,"
        + " every verdict and reason code) for benchmarks and demos. Same arguments, same bytes.")
final class GenerateEs003Command implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--rows", required = true, paramLabel = "N",
      description = "The number of data rows (tariff ordinals).")
  long rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "20260713",
      description = "The seed (default: ${DEFAULT-VALUE}, the shipped sample's).")
  long seed;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "2026-07-13",
      description = "The date the liquidation dates are counted back from (default:"
          + " ${DEFAULT-VALUE}).")
  @SuppressWarnings("NullAway.Init")
  LocalDate asOf;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to"
      + " write (replaced if it exists).")
  @SuppressWarnings("NullAway.Init")
  Path out;

  @Override
  public Integer call() {
    if (rows < 0) {
      throw new ParameterException(spec.commandLine(), "--rows must be 0 or more, but was "
          + rows);
    }
    if (Files.isDirectory(out)) {
      throw new UnusableInputException("Output file '" + out + "' is a directory");
    }
    Path directory = out.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new UnusableInputException("Output directory '" + directory + "' of '" + out
          + "' does not exist");
    }
    long entries = SampleEs003Generator.of(seed, asOf).write(out, rows);
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "Wrote %s: %,d rows, %,d entries (seed %d, as of %s)", out, rows, entries, seed, asOf));
    return CapeRulesCli.EXIT_OK;
  }
}
