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
package org.caperules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scratch files of killed processes are deleted; nothing else is. */
class ScratchFilesTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** The PID of a process that has ended: a child that ran and exited. */
  private static long deadPid() throws IOException, InterruptedException {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-version").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    process.waitFor();
    return process.pid();
  }

  @Test
  void sweep_deadProcessesFilesAndDirectories_deleted_othersKept() throws Exception {
    long dead = deadPid();
    long alive = ProcessHandle.current().pid();
    Path deadFile = Files.writeString(dir.resolve("cape-rules-problems-" + dead + "-1.csv"),
        "File,Line\r\n");
    Path deadDir = Files.createDirectories(dir.resolve("cape-rules-problems-" + dead + "-2"));
    Files.writeString(deadDir.resolve("part-0.bin"), "12-3456789A1");
    Path liveFile = Files.writeString(dir.resolve("cape-rules-problems-" + alive + "-3.csv"), "");
    Path otherKind = Files.writeString(dir.resolve("cape-rules-rows-" + dead + "-4"), "");
    Path otherShape = Files.writeString(dir.resolve("cape-rules-problems-x" + dead + "-5"), "");
    Path user = Files.writeString(dir.resolve("problems.csv"), "");

    assertThat(ScratchFiles.sweep(dir, "problems")).isEqualTo(2);

    assertThat(deadFile).doesNotExist();
    assertThat(deadDir).doesNotExist();
    assertThat(liveFile).exists();
    assertThat(otherKind).exists();
    assertThat(otherShape).exists();
    assertThat(user).exists();
  }

  @Test
  void sweep_linkNamedLikeAScratchFile_leftAlone_targetKept() throws Exception {
    Path target = Files.writeString(dir.resolve("precious.csv"), "keep");
    Path link = Files.createSymbolicLink(dir.resolve("cape-rules-problems-" + deadPid() + "-6"),
        target);
    assertThat(ScratchFiles.sweep(dir, "problems")).isZero();
    assertThat(link).exists();
    assertThat(target).hasContent("keep");
  }

  @Test
  void createDirectory_namedAfterThisProcess_ownerOnly() throws IOException {
    Path made = ScratchFiles.createDirectory(dir, "rows");
    assertThat(made.getFileName().toString())
        .startsWith("cape-rules-rows-" + ProcessHandle.current().pid() + "-");
    assertThat(Files.getPosixFilePermissions(made))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
  }
}
