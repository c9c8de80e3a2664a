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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The checks of a run's output directory: it must be a directory, empty unless the run is forced
 * or the directory holds only the reports of a run that did not finish. The declarations are
 * replaced as a set by {@link org.caperules.csv.declaration.DeclarationSet}.
 */
final class OutputDirectory {

  private OutputDirectory() {}

  /** The files a run writes beside its declarations, which a killed run may leave. */
  private static final Set<String> REPORTS = Set.of(ScreeningRun.REPORT_FILE,
      ScreeningRun.PROBLEMS_FILE, ScreeningRun.NOTICES_FILE, ScreeningRun.PAYMENTS_FILE);

  /**
   * Refuses an output path that is a file, or a directory that is not empty unless forced. A
   * directory holding only reports and no manifest nor declarations is what a killed first run
   * leaves: it is taken without force.
   *
   * @return true if the directory holds the reports of a run that did not finish
   * @throws OutputDirectoryException if the directory is refused
   * @throws UncheckedIOException if the directory cannot be listed
   */
  static boolean check(Path out, boolean force) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputDirectoryException(out, OutputDirectoryException.Reason.IS_A_FILE);
    }
    if (!Files.isDirectory(out)) {
      return false;
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> children = Files.list(out)) {
      children.forEach(child -> names.add(String.valueOf(child.getFileName())));
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read output directory '" + out + "': "
          + ex.getMessage(), ex);
    }
    if (names.isEmpty()) {
      return false;
    }
    boolean unfinished = REPORTS.containsAll(names);
    if (!force && !unfinished) {
      throw new OutputDirectoryException(out, OutputDirectoryException.Reason.NOT_EMPTY);
    }
    return unfinished;
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
}
