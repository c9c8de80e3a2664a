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
package org.caperules.report.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Publishes a page atomically: the text is written to a temporary file beside the target (which
 * Java creates readable and writable by its owner only), forced to disk, then moved over the
 * target, so a reader never sees half a page. Example: {@code AtomicPages.write(dir.resolve(
 * "index.html"), html)}.
 */
public final class AtomicPages {

  private AtomicPages() {}

  /**
   * Writes a page, replacing the target atomically.
   *
   * @param target  the page file; its directory must exist
   * @param text  the page, written as UTF-8
   * @throws UncheckedIOException if it cannot be written; the target is then untouched
   */
  public static void write(Path target, String text) {
    Objects.requireNonNull(text, "text");
    Path directory = Objects.requireNonNull(target.toAbsolutePath().getParent(), "directory");
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, ".page-", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary,
          StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot write the page " + target + ": " + ex.getMessage(),
          ex);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The failure above is what the caller needs to know.
        }
      }
    }
  }
}
