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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins every output of {@code screen} on the shipped sample against a golden copy in {@code
 * src/test/resources/golden/sample-2026-07-13}: the screening report (verdicts, reasons, deadlines,
 * amounts, forecasts), the problems, the expected payments, every declaration file and the
 * summary printed on stdout.
 *
 * <p>A change that is meant to change an output updates the golden copy in the same commit: run
 * this test with {@code -Dgolden.update=true}, then read the diff of the golden files. A change
 * that is not meant to change any output (a restructuring) must leave this test green as it is.
 */
class SampleGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/sample-2026-07-13");
  /** The payee label key of the golden outputs: the 32 bytes 00 01 02 ... 1f, in hex. */
  static final Path LABEL_KEY = Path.of("src/test/resources/payee-label-test.key");

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void screen_sample_everyOutputEqualsGoldenCopy() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        "--label-key", LABEL_KEY.toString(), ScreenCommandTest.SAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String stdout = run.out().replace(out.toString(), "OUT").replace('\\', '/');
    Files.writeString(out.resolve("stdout.txt"), stdout, StandardCharsets.UTF_8);

    List<Path> produced = files(out);
    if (Boolean.getBoolean("golden.update")) {
      update(out, produced);
    }
    assertThat(names(out, produced)).as("files written").isEqualTo(names(GOLDEN, files(GOLDEN)));
    for (Path file : produced) {
      Path golden = GOLDEN.resolve(out.relativize(file).toString());
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s (update with -Dgolden.update=true only for an intended change)",
              out.relativize(file))
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
  }

  private static void update(Path out, List<Path> produced) throws IOException {
    for (Path old : files(GOLDEN)) {
      Files.delete(old);
    }
    for (Path file : produced) {
      Path golden = GOLDEN.resolve(out.relativize(file).toString());
      Files.createDirectories(golden.getParent());
      Files.copy(file, golden);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<String> names(Path root, List<Path> files) {
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      names.add(root.relativize(file).toString().replace('\\', '/'));
    }
    return names;
  }
}
