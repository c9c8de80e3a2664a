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

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while it publishes its declarations (a child JVM, killed with {@code
 * destroyForcibly} at a step where it waits) leaves the previous set valid, and the next run
 * succeeds: after a killed first run without {@code --force}.
 */
class KilledRunTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** The test key, bytes 00..1f, as in the test home and the golden copy. */
  static byte[] key() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    return key;
  }

  @Test
  void killedWhileStagingOrBetweenRenames_previousSetValid_nextRunRestoresAndSucceeds()
      throws Exception {
    Path out = dir.resolve("out");
    CliRun first = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        ScreenCommandTest.SAMPLE.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    Map<String, String> published = set(out);
    assertThat(published).hasSize(9);  // 8 declarations and the manifest

    killAt(out, "STAGED");
    assertThat(out.resolve(".declarations-staging")).isDirectory();
    assertThat(set(out)).isEqualTo(published);
    assertThat(check(out).exitCode()).isZero();

    killAt(out, "SET_ASIDE");
    assertThat(out.resolve("declarations")).doesNotExist();
    assertThat(out.resolve(".declarations-previous")).isDirectory();

    CliRun next = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        "--force", ScreenCommandTest.SAMPLE.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.errLines()).anyMatch(line -> line.startsWith("Note: restored declarations/"))
        .anyMatch(line -> line.startsWith("Note: removed .declarations-staging/"));
    assertThat(set(out)).isEqualTo(published);
    assertThat(names(out)).noneMatch(name -> name.startsWith("."));
    assertThat(check(out).exitCode()).isZero();
  }

  @Test
  void killedFirstRun_nextRunWithoutForceSucceeds() throws Exception {
    Path out = dir.resolve("first");
    killAt(out, "STAGED");
    assertThat(out.resolve("declarations")).doesNotExist();
    CliRun next = CliRun.of("screen", "--as-of", "2026-07-13", "--out", out.toString(),
        ScreenCommandTest.SAMPLE.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.errLines()).anyMatch(line -> line.contains("did not finish"));
    assertThat(check(out).exitCode()).isZero();
    assertThat(set(out)).hasSize(9);
  }

  private static CliRun check(Path out) {
    return CliRun.of("check-declaration", out.toString());
  }

  /** Runs the child JVM into {@code out} and kills it when it waits at the step. */
  private static void killAt(Path out, String step) throws IOException, InterruptedException {
    Set<String> path = new LinkedHashSet<>();
    path.add(Path.of("target/test-classes").toAbsolutePath().toString());
    path.add(Path.of("target/classes").toAbsolutePath().toString());
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        path.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, path),
        KilledRunChild.class.getName(), out.toString(), step,
        ScreenCommandTest.SAMPLE.toAbsolutePath().toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> said = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        said.add(line);
        if (line.equals(KilledRunChild.PAUSED)) {
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(said).as("the child's output").endsWith(KilledRunChild.PAUSED);
  }

  /** The declaration files and the manifest, by name, with their bytes (ASCII text). */
  private static Map<String, String> set(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out.resolve("declarations"))) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put("declarations/" + file.getFileName(),
            Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    files.put("declarations-manifest.csv",
        Files.readString(out.resolve("declarations-manifest.csv"), StandardCharsets.ISO_8859_1));
    return files;
  }

  private static List<String> names(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.map(p -> String.valueOf(p.getFileName())).sorted().toList();
    }
  }
}
