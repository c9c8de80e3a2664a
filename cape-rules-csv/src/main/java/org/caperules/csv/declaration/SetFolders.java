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
package org.caperules.csv.declaration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The folder operations of a declaration set that must never lose a user's file: moves that
 * are renames, deletions that never follow a symbolic link and delete only what the tool wrote,
 * files a user put among the declarations moved to {@value DeclarationSet#KEPT_DIRECTORY}, and
 * the recognised leftovers of a run that was killed.
 *
 * <p>Example: {@code declarations/} holding {@code cape-declaration-12-3456789A1-001.csv}
 * (listed in the manifest) and {@code mine.csv} (not listed): {@link #keepUserFiles} moves {@code
 * mine.csv} to {@code declarations-kept/mine.csv} and returns the warning saying so.
 */
final class SetFolders {

  /** A file name the declaration writer makes: {@code <base>[-<group>]-NNN.csv}. */
  static final Pattern DECLARATION_NAME =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*-[0-9]{3}\\.csv");
  /** A temporary file of an atomic write ({@code .problems.csv-123.tmp}), left by a kill. */
  static final Pattern ATOMIC_TEMP = Pattern.compile("\\.[A-Za-z0-9._-]+-[0-9]+\\.tmp");

  /** Threads that write, force or delete files at once: the disk waits, not the processors. */
  static final int THREADS = 16;

  /** An action on one item that may fail with an {@link IOException}. */
  @FunctionalInterface
  interface IoAction<T> {
    void apply(T item) throws IOException;
  }

  private SetFolders() {}

  /**
   * Applies an action to every item on a small pool of threads, each taking every {@value
   * #THREADS}th item; few items are done on the calling thread.
   *
   * @throws IOException the first failure; the other threads stop at their next item
   */
  static <T> void inParallel(List<T> items, IoAction<T> action) throws IOException {
    if (items.size() < 2 * THREADS) {
      for (T item : items) {
        action.apply(item);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "cape-rules-declarations");
      thread.setDaemon(true);
      return thread;
    });
    AtomicBoolean failed = new AtomicBoolean();
    try {
      List<Future<?>> parts = new ArrayList<>(THREADS);
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < items.size() && !failed.get(); i += THREADS) {
            try {
              action.apply(items.get(i));
            } catch (IOException | RuntimeException ex) {
              failed.set(true);
              throw ex;
            }
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", ex);
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(String.valueOf(cause), cause);
    } finally {
      pool.shutdownNow();
    }
  }

  static boolean exists(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  /** Entries of a folder, not following links; empty if it is not a real folder. */
  static List<Path> list(Path folder) throws IOException {
    List<Path> entries = new ArrayList<>();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return entries;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    return entries;
  }

  /** Renames, atomically where the file system can; never replaces. */
  static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException ex) {
      Files.move(from, to);
    }
  }

  /** Forces a folder's entries to disk where the platform allows opening a folder. */
  static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException ex) {
      // Some platforms cannot open a folder; the renames are then as durable as they allow.
    }
  }

  /**
   * Moves every entry of {@code declarations/} that the tool did not write to {@code
   * declarations-kept/}: with a manifest, what it does not list; without one (a set of an
   * earlier version), what is not a regular file named like a declaration. Temporary files of
   * an interrupted atomic write are deleted.
   *
   * @return one warning per moved file
   */
  static List<String> keepUserFiles(Path declarations, @Nullable DeclarationManifest manifest)
      throws IOException {
    List<String> warnings = new ArrayList<>();
    Path output = parentOf(declarations);
    for (Path entry : list(declarations)) {
      String name = String.valueOf(entry.getFileName());
      if (manifest != null && manifest.lists(name)) {
        continue;  // the tool's; if a user swapped it for a link, deleting removes the link only
      }
      boolean regular = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
      if (regular && ATOMIC_TEMP.matcher(name).matches()) {
        Files.delete(entry);
        continue;
      }
      boolean ours = regular && (manifest != null ? manifest.lists(name)
          : DECLARATION_NAME.matcher(name).matches());
      if (!ours) {
        warnings.add(moveToKept(output, entry, manifest != null
            ? "not in " + DeclarationManifest.FILE_NAME : "not named like a declaration"));
      }
    }
    return warnings;
  }

  /**
   * Deletes a set left aside: its regular declaration files, then the folder; a symbolic link
   * is removed as a link (its target is not touched); anything else is moved to {@code
   * declarations-kept/}.
   *
   * @return the warnings about moved entries
   */
  static List<String> removeSet(Path folder) throws IOException {
    List<String> warnings = new ArrayList<>();
    if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(folder);
      return warnings;
    }
    Path output = parentOf(folder);
    List<Path> others = Collections.synchronizedList(new ArrayList<>());
    inParallel(list(folder), entry -> {
      String name = String.valueOf(entry.getFileName());
      if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
          && (DECLARATION_NAME.matcher(name).matches() || ATOMIC_TEMP.matcher(name).matches())) {
        Files.delete(entry);
      } else {
        others.add(entry);
      }
    });
    for (Path entry : new TreeSet<>(others)) {
      warnings.add(moveToKept(output, entry, "found in a declaration folder being removed"));
    }
    Files.delete(folder);
    return warnings;
  }

  /** Moves an entry to {@code declarations-kept/} under a free name and says so. */
  static String moveToKept(Path output, Path entry, String why) throws IOException {
    Path kept = output.resolve(DeclarationSet.KEPT_DIRECTORY);
    if (Files.isSymbolicLink(kept) || (exists(kept)
        && !Files.isDirectory(kept, LinkOption.NOFOLLOW_LINKS))) {
      throw new IOException("'" + kept + "' is not a folder; cannot keep '" + entry + "' there");
    }
    Files.createDirectories(kept);
    String name = String.valueOf(entry.getFileName());
    Path target = kept.resolve(name);
    for (int n = 2; exists(target); n++) {
      int dot = name.lastIndexOf('.');
      target = kept.resolve(dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot)
          : name + "-" + n);
    }
    rename(entry, target);
    return "moved '" + entry.getFileName() + "' from " + DeclarationSet.DIRECTORY + "/ to "
        + DeclarationSet.KEPT_DIRECTORY + "/" + target.getFileName() + ": cape-rules did not"
        + " write it (" + why + "), so it is neither deleted nor left among the files to upload";
  }

  /** Deletes the temporary files of interrupted atomic writes in a folder. */
  static int deleteAtomicTemps(Path folder) throws IOException {
    int deleted = 0;
    for (Path entry : list(folder)) {
      if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
          && ATOMIC_TEMP.matcher(String.valueOf(entry.getFileName())).matches()) {
        Files.delete(entry);
        deleted++;
      }
    }
    return deleted;
  }

  static Path parentOf(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    if (parent == null) {
      throw new UncheckedIOException(new IOException("'" + path + "' has no parent folder"));
    }
    return parent;
  }
}
