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

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The temporary files a read or a run keeps its scratch data in (problems spilled as found, a
 * sanitised copy of a workbook, rows partitioned by entry): owner-only, in the system's
 * temporary directory, named {@code cape-rules-KIND-PID-...} after the process that made them.
 * Their users delete them when done, also on failure; a process that is killed cannot, and its
 * files would stay, holding importer numbers. So the first time a process makes scratch files of
 * a kind, it deletes those of that kind whose process no longer runs (the name's PID is not a
 * live process). Files of live processes, links, and names of another shape are left alone, and a
 * file that cannot be deleted (another user's) is skipped.
 *
 * <p>Example: a {@code screen} killed during its read leaves {@code
 * /tmp/cape-rules-problems-48213-5120837.csv}; the next run's {@code createFile("problems",
 * ".csv")} deletes it (process 48213 is gone) and makes {@code
 * /tmp/cape-rules-problems-48377-9923411.csv}.
 *
 * <p>Not an API: shared with the reader and writer modules. Thread-safe.
 */
public final class ScratchFiles {

  private static final String PREFIX = "cape-rules-";
  /** The kinds already swept by this process, by directory and kind. */
  private static final Set<String> SWEPT = ConcurrentHashMap.newKeySet();

  private ScratchFiles() {}

  /**
   * Creates an empty owner-only scratch file in the system's temporary directory, after deleting
   * the files of the same kind that dead processes left.
   *
   * @param kind  what the file holds, in its name: {@code problems}, {@code workbook}
   * @param suffix  the file's suffix, for example {@code .csv}
   * @return the file
   * @throws IOException if it cannot be created
   */
  public static Path createFile(String kind, String suffix) throws IOException {
    Path directory = Path.of(System.getProperty("java.io.tmpdir"));
    sweepOnce(directory, kind);
    return Files.createTempFile(directory, prefix(kind), suffix);
  }

  /**
   * Creates an empty owner-only scratch directory, in {@code parent} or the system's temporary
   * directory, after deleting the directories of the same kind that dead processes left there.
   *
   * @param parent  where to create it, or null for the system's temporary directory
   * @param kind  what it holds, in its name: {@code rows}
   * @return the directory
   * @throws IOException if it cannot be created
   */
  public static Path createDirectory(@Nullable Path parent, String kind) throws IOException {
    Path directory = parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"));
    sweepOnce(directory, kind);
    return Files.createTempDirectory(directory, prefix(kind));
  }

  private static String prefix(String kind) {
    return PREFIX + kind + "-" + ProcessHandle.current().pid() + "-";
  }

  private static void sweepOnce(Path directory, String kind) {
    if (SWEPT.add(directory.toAbsolutePath() + "\u0000" + kind)) {
      sweep(directory, kind);
    }
  }

  /**
   * Deletes the scratch files and directories of {@code kind} in {@code directory} whose process
   * no longer runs.
   *
   * @param directory  the directory to look in
   * @param kind  the kind
   * @return how many were deleted
   */
  static int sweep(Path directory, String kind) {
    Pattern name = Pattern.compile(Pattern.quote(PREFIX + kind + "-") + "(\\d{1,18})-.*");
    int deleted = 0;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, PREFIX + kind + "-*")) {
      for (Path path : found) {
        Path fileName = path.getFileName();
        Matcher matcher = name.matcher(fileName == null ? "" : fileName.toString());
        if (!matcher.matches() || Files.isSymbolicLink(path)
            || ProcessHandle.of(Long.parseLong(matcher.group(1))).isPresent()) {
          continue;
        }
        if (deleteTree(path)) {
          deleted++;
        }
      }
    } catch (IOException | RuntimeException ex) {
      // best effort: a directory that cannot be listed keeps its files, and the run goes on
    }
    return deleted;
  }

  /** Deletes a file or a directory and what it holds, never following links. */
  private static boolean deleteTree(Path path) {
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
            throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException failure)
            throws IOException {
          if (failure != null) {
            throw failure;
          }
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
      return true;
    } catch (IOException ex) {
      return false;  // another user's file, or one in use: left where it is
    }
  }
}
