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
package org.caperules.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The checks and preparation of a run's output directory: it must be a directory, empty unless
 * the run is forced; a forced run deletes the declaration files of an earlier run, so no stale
 * declaration is left next to the new ones, and leaves every other file alone.
 */
final class OutputDirectory {

  private OutputDirectory() {}

  /**
   * Refuses an output path that is a file, or a directory that is not empty unless forced.
   *
   * @throws OutputDirectoryException if the directory is refused
   * @throws UncheckedIOException if the directory cannot be listed
   */
  static void check(Path out, boolean force) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputDirectoryException(out, OutputDirectoryException.Reason.IS_A_FILE);
    }
    if (!Files.isDirectory(out) || force) {
      return;
    }
    try (Stream<Path> children = Files.list(out)) {
      if (children.findAny().isPresent()) {
        throw new OutputDirectoryException(out, OutputDirectoryException.Reason.NOT_EMPTY);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read output directory '" + out + "': "
          + ex.getMessage(), ex);
    }
  }

  /**
   * Removes the output directory made for a run that failed, if nothing is in it (the report is
   * written to a temporary file that is deleted on failure), so a failed run leaves nothing.
   */
  static void removeIfEmpty(Path out) {
    try {
      Files.deleteIfExists(out);
    } catch (IOException ex) {
      // not empty, or not ours to remove: left as it is
    }
  }

  /**
   * Creates the declarations directory and deletes the {@code .csv} files of an earlier run in
   * it.
   *
   * @throws UncheckedIOException if the directory cannot be prepared
   */
  static void prepare(Path out, Path declarations) {
    try {
      if (Files.isDirectory(declarations)) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(declarations, "*.csv")) {
          for (Path file : old) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(declarations);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot prepare output directory '" + out + "': "
          + ex.getMessage(), ex);
    }
  }
}
