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
package org.caperules.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  private static int write(java.nio.channels.FileChannel channel, String text)
      throws IOException {
    return channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void write_newFileInNewDirectory_contentAndResultNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a/b/out.csv");
    int written = AtomicFiles.write(target, "test file", channel -> write(channel, "abc\r\n"));
    assertThat(written).isEqualTo(5);
    assertThat(Files.readString(target)).isEqualTo("abc\r\n");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void write_existingFile_replaced() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old content, longer than the new");
    AtomicFiles.write(target, "test file", channel -> write(channel, "new"));
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void write_contentFails_targetUntouchedTemporaryFileDeleted() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> AtomicFiles.write(target, "test file", channel -> {
          write(channel, "half");
          throw new IOException("disk full");
        }))
        .withMessage("Could not write test file '" + target + "': disk full")
        .withCauseInstanceOf(IOException.class);
    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void write_contentFailsUnchecked_messageNamesFileCauseKept() {
    Path target = dir.resolve("out.csv");
    IOException cause = new IOException("pipe closed");
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> AtomicFiles.write(target, "test file", channel -> {
          throw new UncheckedIOException(cause);
        }))
        .withMessageStartingWith("Could not write test file '" + target + "': ")
        .withCause(cause);
    assertThat(target).doesNotExist();
  }

  @Test
  void write_noFileName_illegalArgument() {
    Path root = dir.getRoot();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AtomicFiles.write(root, "test file", channel -> 0))
        .withMessage("Cannot write test file to '" + root + "': not a file path");
  }
}
