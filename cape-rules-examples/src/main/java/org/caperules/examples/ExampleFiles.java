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
package org.caperules.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files of the runnable examples: the shipped sample export copied where an example reads
 * it, and the directory an example writes into. An example run with no argument works in a new
 * temporary directory {@code cape-example...} and deletes it when it ends; given a directory, it
 * writes there and leaves the files for the reader to look at. For example, {@code
 * ExampleFiles.inDirectory(args, dir -> run(System.out, dir))}. Self-contained (the JDK only), so
 * the consumer tests compile it beside the examples that use it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ExampleFiles {

  /** The shipped synthetic ES-003 export, a class-path resource (a CSV file). */
  static final String SAMPLE = "sample-data/es003-sample.csv";

  private ExampleFiles() {}

  /**
   * Runs an example in the directory named by {@code args[0]}, or in a new temporary directory
   * deleted afterwards (so that no {@code cape-example*} directory is left behind).
   *
   * @param args  the example's arguments: the output directory, or none
   * @param example  what to run in the directory
   * @throws IOException if the temporary directory cannot be created or deleted
   */
  static void inDirectory(String[] args, Consumer<Path> example) throws IOException {
    if (args.length > 0) {
      example.accept(Path.of(args[0]));
      return;
    }
    Path directory = Files.createTempDirectory("cape-example");
    try {
      example.accept(directory);
    } finally {
      deleteTree(directory);
    }
  }

  /**
   * Copies the shipped sample into a directory, creating it if missing.
   *
   * @param directory  where to copy it
   * @param name  the file name to give the copy
   * @return the copy
   */
  static Path copySample(Path directory, String name) {
    Path file = directory.resolve(name);
    try (InputStream in = Objects.requireNonNull(
        ExampleFiles.class.getResourceAsStream("/" + SAMPLE), SAMPLE)) {
      Files.createDirectories(directory);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return file;
  }

  /** Deletes a directory and everything in it, the deepest paths first. */
  static void deleteTree(Path directory) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(directory)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }
}
