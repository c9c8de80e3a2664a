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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes a file atomically, so that a crash or a failed write never leaves a half-written file
 * under the final name: the content goes to a hidden temporary file beside the target ({@code
 * .name-123.tmp}, in the same directory, so on the same file system), which is forced to disk and
 * then moved over the target with {@code ATOMIC_MOVE} (or a plain replacing move where the file
 * system cannot move atomically). On failure the temporary file is deleted and the target is left
 * as it was. The target's directory is created if missing.
 *
 * <p>Example: {@code AtomicFiles.write(Path.of("out/problems.csv"), "problems file", channel ->
 * channel.write(ByteBuffer.wrap(bytes)))} creates {@code out}, writes {@code
 * out/.problems.csv-123.tmp} and renames it {@code out/problems.csv}; if the write fails, the
 * message is {@code Could not write problems file 'out/problems.csv': ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtomicFiles {

  /**
   * Writes the content of a file to an open channel.
   *
   * @param <R>  what the writing returns, for example a count of records
   */
  @FunctionalInterface
  public interface Content<R> {
    /**
     * Writes the content; the channel is forced and closed afterwards.
     *
     * @param channel  the temporary file, open for writing, empty
     * @return what the caller of {@link AtomicFiles#write(Path, String, Content)} gets
     * @throws IOException if writing fails
     */
    R writeTo(FileChannel channel) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} atomically.
   *
   * @param <R>  what the content's writing returns
   * @param target  the file to write or replace
   * @param what  what the file is, for the message of a failure, for example {@code "declaration
   *     file"}
   * @param content  writes the content
   * @return what the content's writing returned
   * @throws IllegalArgumentException if {@code target} has no file name
   * @throws UncheckedIOException if the file cannot be written, naming {@code what} and the
   *     target; the target is then untouched
   */
  public static <R> R write(Path target, String what, Content<R> content) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path name = absolute.getFileName();
    if (directory == null || name == null) {
      throw new IllegalArgumentException("Cannot write " + what + " to '" + target + "': not a"
          + " file path");
    }
    Path temp = null;
    try {
      Files.createDirectories(directory);
      temp = Files.createTempFile(directory, "." + name + "-", ".tmp");
      R written;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        written = content.writeTo(channel);
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      return written;
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write " + what + " '" + target + "': "
          + ex.getMessage(), ex);
    } catch (UncheckedIOException ex) {
      throw new UncheckedIOException("Could not write " + what + " '" + target + "': "
          + ex.getMessage(), ex.getCause());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden (leading dot) and does not end in .csv.
        }
      }
    }
  }
}
