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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.caperules.core.ImporterLabels;
import org.caperules.csv.internal.AtomicFiles;
import org.jspecify.annotations.Nullable;

/**
 * A set of CAPE declaration files published all or nothing into {@code OUT/declarations/}, with
 * its manifest {@code OUT/declarations-manifest.csv} ({@link DeclarationManifest}) beside it.
 *
 * <p>{@link #stage(Collection)} writes every file into the staging folder {@code
 * OUT/.declarations-staging/} and forces them to disk in one pass on a small pool of threads
 * (not one blocking round per file, {@link SetFolders#THREADS} at a time), then the folder, and writes the manifest aside ({@code
 * OUT/.declarations-manifest.csv.pending}). {@link Staged#publish()} then moves the files a
 * user put into {@code declarations/} to {@code declarations-kept/}, renames the old {@code
 * declarations/} to {@code .declarations-previous/}, renames the staging folder to {@code
 * declarations/}, renames the manifest into place, and only then deletes the old set. A run that
 * fails before the swap leaves the old set and its manifest as they were and removes its staging
 * folder; a run that is killed leaves recognisable folders that {@link #recover()} puts right
 * at the start of the next run:
 *
 * <ul>
 *   <li>a staging folder: removed (with its pending manifest), the set it held was never
 *       published;
 *   <li>a pending manifest without a staging folder: the swap was done, the manifest is moved
 *       into place;
 *   <li>{@code .declarations-previous/} and no {@code declarations/}: killed between the two
 *       renames; the previous set is restored;
 *   <li>{@code .declarations-previous/} beside {@code declarations/}: killed before the old set
 *       was deleted; it is deleted now;
 *   <li>temporary files of an atomic write ({@code .screening-report.csv-123.tmp}): deleted.
 * </ul>
 *
 * <p>Deleting never follows a symbolic link, and deletes only declaration files the tool wrote:
 * a {@code declarations} that is a symbolic link is replaced by a real folder, the link itself
 * is removed and nothing in its target is touched (with a warning).
 *
 * <p>Example: {@code DeclarationSet.builder(Path.of("cape-out")).build().stage(entries)
 * .publish()} on entries of two importers leaves {@code cape-out/declarations/} with their two
 * files and {@code cape-out/declarations-manifest.csv} listing them with their SHA-256.
 *
 * <p>One run at a time per output folder. This class is immutable and thread-safe.
 */
public final class DeclarationSet {

  /** The folder of the published set, in the output folder. */
  public static final String DIRECTORY = "declarations";
  /** Where files a user put among the declarations are moved, in the output folder. */
  public static final String KEPT_DIRECTORY = "declarations-kept";
  static final String STAGING = ".declarations-staging";
  static final String PREVIOUS = ".declarations-previous";
  static final String PENDING_MANIFEST = "." + DeclarationManifest.FILE_NAME + ".pending";

  /** The steps of a publication, reported as they are done. */
  public enum Step {
    /** Every file is in the staging folder, on disk, with its pending manifest. */
    STAGED,
    /** The old set is renamed aside (only when there was one). */
    SET_ASIDE,
    /** The staged set is {@code declarations/}. */
    SWAPPED,
    /** The manifest is in place and the old set deleted. */
    PUBLISHED
  }

  /** Writes one staged file and forces it to disk; a seam for failures such as a full disk. */
  @FunctionalInterface
  interface FileSink {
    void write(Path file, byte[] bytes) throws IOException;
  }

  /** Creates the file, writes it whole and forces it to disk, through one open channel. */
  private static final FileSink PLAIN = (file, bytes) -> {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  };

  private final Path output;
  private final DeclarationWriter.Grouping grouping;
  private final ImporterLabels labels;
  private final Consumer<String> notes;
  private final Consumer<Step> steps;
  private final FileSink sink;

  private DeclarationSet(Builder builder) {
    this.output = builder.output;
    this.grouping = builder.grouping;
    this.labels = builder.labels;
    this.notes = builder.notes;
    this.steps = builder.steps;
    this.sink = builder.sink;
  }

  /**
   * Starts a set published into an output folder.
   *
   * @param output  the output folder; {@code declarations/} and the manifest go into it
   * @return the builder
   */
  public static Builder builder(Path output) {
    return new Builder(output);
  }

  /**
   * Puts right what a killed run left (see the class description) and tells each repair to the
   * notes listener.
   *
   * @return the notes, one per repair; empty if nothing was left
   * @throws UncheckedIOException if a leftover cannot be repaired
   */
  public List<String> recover() {
    List<String> said = new ArrayList<>();
    try {
      Path staging = output.resolve(STAGING);
      Path pending = output.resolve(PENDING_MANIFEST);
      if (SetFolders.exists(staging)) {
        said.addAll(SetFolders.removeSet(staging));
        Files.deleteIfExists(pending);
        said.add("removed " + STAGING + "/, the unpublished declarations of a run that did not"
            + " finish");
      } else if (SetFolders.exists(pending)) {
        Files.move(pending, output.resolve(DeclarationManifest.FILE_NAME),
            StandardCopyOption.REPLACE_EXISTING);
        said.add("moved the manifest of the declarations published by a run that did not"
            + " finish into place");
      }
      Path previous = output.resolve(PREVIOUS);
      Path target = output.resolve(DIRECTORY);
      if (SetFolders.exists(previous)) {
        if (SetFolders.exists(target)) {
          said.addAll(SetFolders.removeSet(previous));
          said.add("deleted " + PREVIOUS + "/, the replaced declarations of a run that did not"
              + " finish");
        } else {
          SetFolders.rename(previous, target);
          said.add("restored " + DIRECTORY + "/ from " + PREVIOUS + "/: a run was stopped while"
              + " replacing it");
        }
      }
      int temps = SetFolders.deleteAtomicTemps(output) + SetFolders.deleteAtomicTemps(target);
      if (temps > 0) {
        said.add("deleted " + temps + " temporary file" + (temps == 1 ? "" : "s") + " (.*.tmp)"
            + " of a run that did not finish");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot repair what an earlier run left in '" + output
          + "': " + ex.getMessage(), ex);
    }
    said.forEach(notes);
    return List.copyOf(said);
  }

  /**
   * Writes the set into the staging folder and forces it to disk; nothing visible changes.
   *
   * @param entries  the declarable entries, duplicates allowed
   * @return the staged set, to publish or discard
   * @throws IllegalArgumentException if one entry number is given for two importers
   * @throws UncheckedIOException if a file cannot be written; the staging folder is removed and
   *     the published set is untouched
   */
  public Staged stage(Collection<DeclarationEntry> entries) {
    Path staging = output.resolve(STAGING);
    List<DeclarationWriter.Planned> planned = DeclarationWriter.builder(staging)
        .grouping(grouping).labels(labels).build().plan(entries);
    String current = staging.toString();
    try {
      if (SetFolders.exists(staging)) {
        SetFolders.removeSet(staging);
      }
      Files.createDirectories(output);
      Files.createDirectory(staging);
      SetFolders.inParallel(planned, file -> {
        Path path = staging.resolve(file.name());
        try {
          sink.write(path, file.bytes());
        } catch (IOException ex) {
          throw new IOException(path + ": " + ex.getMessage(), ex);
        }
      });
      SetFolders.syncFolder(staging);
      byte[] manifest = DeclarationManifest.of(planned).render();
      current = output.resolve(PENDING_MANIFEST).toString();
      AtomicFiles.write(output.resolve(PENDING_MANIFEST), "declaration manifest", channel -> {
        ByteBuffer buffer = ByteBuffer.wrap(manifest);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        return manifest.length;
      });
    } catch (IOException | UncheckedIOException ex) {
      discardQuietly();
      throw new UncheckedIOException("Could not write the declarations in '" + current + "': "
          + ex.getMessage() + "; the declarations already published are unchanged",
          ex instanceof IOException io ? io : ((UncheckedIOException) ex).getCause());
    }
    steps.accept(Step.STAGED);
    List<DeclarationFile> files = new ArrayList<>(planned.size());
    for (DeclarationWriter.Planned file : planned) {
      files.add(file.at(output.resolve(DIRECTORY)));
    }
    return new Staged(List.copyOf(files));
  }

  private void discardQuietly() {
    try {
      SetFolders.removeSet(output.resolve(STAGING));
      Files.deleteIfExists(output.resolve(PENDING_MANIFEST));
    } catch (IOException ex) {
      // Left for the next run's recover(), which recognises the staging folder.
    }
  }

  /** A set written to the staging folder, not yet visible. Use once. */
  public final class Staged {
    private final List<DeclarationFile> files;

    private Staged(List<DeclarationFile> files) {
      this.files = files;
    }

    /**
     * Returns the files as they will be after {@link #publish()}.
     *
     * @return the files, in {@code declarations/}, in order
     */
    public List<DeclarationFile> files() {
      return files;
    }

    /**
     * Swaps the staged set into {@code declarations/}, puts its manifest in place and deletes
     * the old set (see the class description); warnings go to the notes listener.
     *
     * @return the warnings: user files moved to {@code declarations-kept/}, a symbolic link
     *     replaced
     * @throws UncheckedIOException if a rename fails; the next run's {@link #recover()} puts
     *     the folders right
     */
    public List<String> publish() {
      List<String> said = new ArrayList<>();
      Path target = output.resolve(DIRECTORY);
      Path previous = output.resolve(PREVIOUS);
      Path manifestFile = output.resolve(DeclarationManifest.FILE_NAME);
      try {
        boolean hadSet = SetFolders.exists(target);
        if (hadSet) {
          if (Files.isSymbolicLink(target)) {
            said.add(DIRECTORY + " was a symbolic link to '" + Files.readSymbolicLink(target)
                + "': the link is replaced by a folder, and nothing where it pointed is changed"
                + " or deleted");
          } else if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            said.add(SetFolders.moveToKept(output, target, "a file where the folder belongs"));
            hadSet = false;
          } else {
            said.addAll(SetFolders.keepUserFiles(target, oldManifest(manifestFile, said)));
          }
        }
        if (hadSet) {
          SetFolders.rename(target, previous);
          steps.accept(Step.SET_ASIDE);
        }
        SetFolders.rename(output.resolve(STAGING), target);
        SetFolders.syncFolder(output);
        steps.accept(Step.SWAPPED);
        Files.move(output.resolve(PENDING_MANIFEST), manifestFile,
            StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        SetFolders.syncFolder(output);
        if (hadSet) {
          said.addAll(SetFolders.removeSet(previous));
        }
      } catch (IOException ex) {
        throw new UncheckedIOException("Could not publish the declarations in '" + target
            + "': " + ex.getMessage(), ex);
      }
      steps.accept(Step.PUBLISHED);
      said.forEach(notes);
      return List.copyOf(said);
    }

    /** Removes the staged set; the published one stays as it is. */
    public void discard() {
      discardQuietly();
    }
  }

  private static @Nullable DeclarationManifest oldManifest(Path file, List<String> said) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return DeclarationManifest.read(file);
    } catch (IllegalArgumentException | UncheckedIOException ex) {
      said.add("the old " + DeclarationManifest.FILE_NAME + " cannot be read (" + ex.getMessage()
          + "); files not named like declarations are kept");
      return null;
    }
  }

  /**
   * Returns the set as text, for example {@code DeclarationSet[cape-out, BY_IMPORTER]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DeclarationSet[" + output + ", " + grouping + "]";
  }

  /** Builds a {@link DeclarationSet}. Not thread-safe. */
  public static final class Builder {
    private final Path output;
    private DeclarationWriter.Grouping grouping = DeclarationWriter.Grouping.BY_IMPORTER;
    private ImporterLabels labels = ImporterLabels.unkeyed();
    private Consumer<String> notes = note -> { };
    private Consumer<Step> steps = step -> { };
    private FileSink sink = PLAIN;

    private Builder(Path output) {
      this.output = Objects.requireNonNull(output, "output");
    }

    /**
     * Sets how entries are split among files; default {@link
     * DeclarationWriter.Grouping#BY_IMPORTER}.
     *
     * @param grouping  the grouping
     * @return this builder
     */
    public Builder grouping(DeclarationWriter.Grouping grouping) {
      this.grouping = Objects.requireNonNull(grouping, "grouping");
      return this;
    }

    /**
     * Sets how importers are named in file names and the manifest; default {@link
     * ImporterLabels#unkeyed()}.
     *
     * @param labels  the labels
     * @return this builder
     */
    public Builder labels(ImporterLabels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Sets who hears the notes and warnings (repairs, kept files, a replaced link); default
     * nobody.
     *
     * @param notes  the listener, called on the publishing thread
     * @return this builder
     */
    public Builder notes(Consumer<String> notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    /**
     * Sets who hears each step as it is done; default nobody.
     *
     * @param steps  the listener, called on the publishing thread
     * @return this builder
     */
    public Builder steps(Consumer<Step> steps) {
      this.steps = Objects.requireNonNull(steps, "steps");
      return this;
    }

    /** Sets how staged files are written; tests inject a failing one. */
    Builder sink(FileSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     */
    public DeclarationSet build() {
      return new DeclarationSet(this);
    }
  }
}
