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
package org.caperules.es003.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caperules.core.internal.ScratchFiles;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.Severity;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * The temporary partition files of a read whose rows of an entry are apart (rows of one entry
 * far from each other in a file, or the same entry in two overlapping exports): the first pass
 * writes each data row, as the table logic left it (texts, damaged-cell notes, the index of its
 * table and its line), to one of N files chosen by a hash of its normalised entry number; the
 * second pass ({@link #replay}) loads one file at a time, orders its rows so that each entry's
 * rows are together and in read order, and hands them back to the assembly. Memory then holds
 * one partition, never the whole input.
 *
 * <p>Example: with 4 partitions, the rows {@code A} (line 2), {@code B} (line 3) and {@code A}
 * (line 4) go to, say, partitions 1, 3 and 1; the replay gives {@code A 2}, {@code A 4} from
 * partition 1, then {@code B 3} from partition 3. Within a partition the entries come in the
 * order of their first row; across partitions, partition by partition.
 *
 * <p>The files hold importer numbers and every other cell of the rows, so they live in a
 * directory of their own that only the owner may open ({@code rwx------} where the file system
 * has POSIX permissions; each file {@code rw-------}), and {@link #close()} (called by the
 * replay, or by a read that fails) deletes them and the directory. A partition file larger
 * than {@value #LOAD_LIMIT} bytes, or than a sixteenth of the heap (an input much larger than
 * its estimate, or a small heap), is split again, by another hash, before it is loaded.
 *
 * <p>Record format: kind byte (0 data row, 1 row of the wrong width), table index, line, entry
 * text, cell count and cells, damage count and (column name, note) pairs; a row of the wrong
 * width adds its problem (code and severity by name). Each record follows its length; numbers
 * are written in 7-bit groups (one byte below 128), texts as a length and UTF-8 bytes, so a
 * record takes about the bytes of its CSV line.
 *
 * <p>Not thread-safe: part of one read.
 */
public final class RowSpill implements AutoCloseable {

  /** The largest partition file loaded whole; a larger one is split into {@value #SPLIT}. */
  static final int LOAD_LIMIT = 64 << 20;
  /** How many files a partition too large to load is split into. */
  static final int SPLIT = 16;
  /** The most partitions a read opens at once. */
  static final int MAX_PARTITIONS = 256;
  /** The spill bytes one partition is sized for: 24 MiB. */
  static final long PARTITION_BYTES = 24L << 20;

  private static final byte DATA = 0;
  private static final byte SHAPE = 1;

  /** Hands a spilled row back: the assembly's replay. */
  @FunctionalInterface
  interface Replay {
    /** Takes one row; {@code shapeProblem} is non-null for a row of the wrong width. */
    void row(int table, long line, String entryText, List<String> cells,
        Map<Es003Column, String> damage, @Nullable Problem shapeProblem);
  }

  private final Path directory;
  private final long loadLimit;
  private final @Nullable DataOutputStream[] outs;
  private final Path[] files;
  private final ByteArrayOutputStream recordBytes = new ByteArrayOutputStream(512);
  private final DataOutputStream record = new DataOutputStream(recordBytes);
  private long bytes;
  private boolean closed;

  private RowSpill(Path directory, int partitions, long loadLimit) {
    this.directory = directory;
    this.loadLimit = loadLimit;
    this.outs = new DataOutputStream[partitions];
    this.files = new Path[partitions];
  }

  /**
   * Creates the spill in a new owner-only directory under {@code parent} (the system's temporary
   * directory if null), with as many partitions as {@code estimatedBytes} of rows need.
   *
   * @param parent  where the spill directory is made, or null for {@code java.io.tmpdir}
   * @param estimatedBytes  about how many bytes the rows hold (a CSV file's size)
   * @return the spill, with no file written yet
   * @throws UncheckedIOException if the directory cannot be made
   */
  public static RowSpill create(@Nullable Path parent, long estimatedBytes) {
    // one loaded partition takes about twice its bytes: keep it within an eighth of the heap
    long loadLimit = Math.min(LOAD_LIMIT, Math.max(4L << 20,
        Runtime.getRuntime().maxMemory() / 16));
    return create(parent, (int) Math.max(1, Math.min(MAX_PARTITIONS,
        estimatedBytes / PARTITION_BYTES + 1)), loadLimit);
  }

  /** Creates a spill of {@code partitions} files, split again when larger than loadLimit. */
  static RowSpill create(@Nullable Path parent, int partitions, long loadLimit) {
    try {
      return new RowSpill(ownerOnlyDirectory(parent), partitions, loadLimit);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot make a directory for the rows sorted by entry"
          + (parent == null ? "" : " in " + parent) + ": " + ex.getMessage(), ex);
    }
  }

  /**
   * The directory of the spill files.
   *
   * @return the directory; deleted by {@link #close()}
   */
  public Path directory() {
    return directory;
  }

  /**
   * The bytes written to the spill files so far, splits included.
   *
   * @return the bytes
   */
  public long bytesWritten() {
    return bytes;
  }

  /** Writes a data row that has its entry number: it joins its entry at the replay. */
  void dataRow(int table, long line, String entryText, List<String> cells,
      Map<Es003Column, String> damage) {
    try {
      writeHead(DATA, table, line, entryText, cells, damage);
      flush(entryText);
    } catch (IOException ex) {
      throw failed(ex);
    }
  }

  /** Writes a row of the wrong width with its problem: it tells its entry at the replay. */
  void shapeRow(int table, long line, String entryText, List<String> cells, Problem problem) {
    try {
      writeHead(SHAPE, table, line, entryText, cells, Map.of());
      SpillRecords.writeText(record, problem.code().name());
      SpillRecords.writeText(record, problem.severity().name());
      Position at = problem.position();
      SpillRecords.writeText(record, at.file());
      SpillRecords.writeNullable(record, at.column());
      SpillRecords.writeNullable(record, at.entryNumber());
      SpillRecords.writeNullable(record, problem.value());
      SpillRecords.writeText(record, problem.message());
      flush(entryText);
    } catch (IOException ex) {
      throw failed(ex);
    }
  }

  /**
   * Hands every row back, partition by partition, each entry's rows together and in read
   * order, then deletes the files.
   */
  void replay(Replay to) {
    try {
      for (int i = 0; i < outs.length; i++) {
        DataOutputStream out = outs[i];
        if (out != null) {
          out.close();
          outs[i] = null;
          replayFile(files[i], 1, to);
        }
      }
    } catch (IOException ex) {
      throw failed(ex);
    } finally {
      close();
    }
  }

  /** Closes and deletes every spill file and the directory; safe to call again. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (int i = 0; i < outs.length; i++) {
      DataOutputStream out = outs[i];
      outs[i] = null;
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException ex) {
        // the file is deleted below whatever its last buffer held
      }
    }
    try (Stream<Path> left = Files.list(directory)) {
      for (Path file : (Iterable<Path>) left::iterator) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot delete the rows sorted by entry in " + directory
          + ": " + ex.getMessage(), ex);
    }
  }

  private void replayFile(Path file, int depth, Replay to) throws IOException {
    long size = Files.size(file);
    if (size > loadLimit && depth <= 3) {
      split(file, depth, to);
      return;
    }
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException("a partition of " + size + " bytes is too large to load");
    }
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
    Files.delete(file);
    // Each row's sort key: the index of its entry's first row, then its own (read order).
    Map<String, Integer> firstRow = new HashMap<>();
    long[] order = new long[1024];
    int[] offsets = new int[1024];
    int count = 0;
    while (in.hasRemaining()) {
      int length = (int) SpillRecords.readNumber(in);
      int offset = in.position();
      String entry = readHead(in).entryText();
      in.position(offset + length);
      Integer first = firstRow.putIfAbsent(entry, count);
      if (count == order.length) {
        order = Arrays.copyOf(order, count * 2);
        offsets = Arrays.copyOf(offsets, count * 2);
      }
      order[count] = (long) (first == null ? count : first) << 32 | count;
      offsets[count] = offset;
      count++;
    }
    firstRow.clear();
    Arrays.sort(order, 0, count);
    List<String> cells = new ArrayList<>();
    Map<Es003Column, String> damage = new EnumMap<>(Es003Column.class);
    for (int i = 0; i < count; i++) {
      in.position(offsets[(int) order[i]]);
      RowHead head = readHead(in);
      cells.clear();
      damage.clear();
      int cellCount = (int) SpillRecords.readNumber(in);
      for (int c = 0; c < cellCount; c++) {
        cells.add(SpillRecords.readText(in));
      }
      int damaged = (int) SpillRecords.readNumber(in);
      for (int d = 0; d < damaged; d++) {
        damage.put(Es003Column.valueOf(SpillRecords.readText(in)), SpillRecords.readText(in));
      }
      Problem problem = head.kind() == SHAPE ? readProblem(in, head.line()) : null;
      to.row(head.table(), head.line(), head.entryText(), cells, damage, problem);
    }
  }

  /** Splits a partition too large to load by another hash of the entry, then replays each. */
  private void split(Path file, int depth, Replay to) throws IOException {
    Path[] parts = new Path[SPLIT];
    @Nullable DataOutputStream[] splitOuts = new DataOutputStream[SPLIT];
    long size = Files.size(file);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file), 1 << 16))) {
      long read = 0;
      while (read < size) {
        int length = (int) SpillRecords.readNumber(in);
        byte[] body = new byte[length];
        in.readFully(body);
        int part = partition(readHead(ByteBuffer.wrap(body)).entryText(), depth, SPLIT);
        DataOutputStream out = splitOuts[part];
        if (out == null) {
          parts[part] = directory.resolve(file.getFileName() + "-" + part);
          out = open(parts[part]);
          splitOuts[part] = out;
        }
        int head = SpillRecords.writeNumber(out, length);
        out.write(body);
        read += head + length;
        bytes += head + length;
      }
    } finally {
      for (DataOutputStream out : splitOuts) {
        if (out != null) {
          out.close();
        }
      }
    }
    Files.delete(file);
    for (Path part : parts) {
      if (part != null) {
        replayFile(part, depth + 1, to);
      }
    }
  }

  private DataOutputStream out(int partition) {
    if (closed) {
      throw new IllegalStateException("The spill was closed");
    }
    DataOutputStream out = outs[partition];
    if (out == null) {
      files[partition] = directory.resolve("partition-" + partition);
      try {
        out = open(files[partition]);
      } catch (IOException ex) {
        throw failed(ex);
      }
      outs[partition] = out;
    }
    return out;
  }

  private static DataOutputStream open(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException ex) {
      Files.createFile(file);  // no POSIX permissions here: the directory is the user's own
    }
    return new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 14));
  }

  private static Path ownerOnlyDirectory(@Nullable Path parent) throws IOException {
    // owner-only, named after this process, and those of killed runs swept (ScratchFiles)
    return ScratchFiles.createDirectory(parent, "rows");
  }

  /** The partition of an entry text: a mixed hash, another one at each split depth. */
  static int partition(String entryText, int depth, int count) {
    long h = entryText.hashCode() * 0x9E3779B97F4A7C15L + depth * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return (int) Math.floorMod(h, (long) count);
  }

  /** Starts a record in the buffer: kind, table, line, entry, cells and damage. */
  private void writeHead(byte kind, int table, long line, String entryText, List<String> cells,
      Map<Es003Column, String> damage) throws IOException {
    recordBytes.reset();
    record.writeByte(kind);
    SpillRecords.writeNumber(record, table);
    SpillRecords.writeNumber(record, line);
    SpillRecords.writeText(record, entryText);
    SpillRecords.writeNumber(record, cells.size());
    for (int i = 0; i < cells.size(); i++) {
      SpillRecords.writeText(record, cells.get(i));
    }
    SpillRecords.writeNumber(record, damage.size());
    for (Map.Entry<Es003Column, String> note : damage.entrySet()) {
      SpillRecords.writeText(record, note.getKey().name());
      SpillRecords.writeText(record, note.getValue());
    }
  }

  /** Writes the buffered record, after its length, to its entry's partition. */
  private void flush(String entryText) throws IOException {
    DataOutputStream out = out(partition(entryText, 0, outs.length));
    bytes += SpillRecords.writeNumber(out, recordBytes.size()) + recordBytes.size();
    recordBytes.writeTo(out);
  }

  private static RowHead readHead(ByteBuffer in) {
    byte kind = in.get();
    int table = (int) SpillRecords.readNumber(in);
    long line = SpillRecords.readNumber(in);
    return new RowHead(kind, table, line, SpillRecords.readText(in));
  }

  private static Problem readProblem(ByteBuffer in, long line) {
    ProblemCode code = ProblemCode.valueOf(SpillRecords.readText(in));
    Severity severity = Severity.valueOf(SpillRecords.readText(in));
    String file = SpillRecords.readText(in);
    String column = SpillRecords.readNullable(in);
    String entryNumber = SpillRecords.readNullable(in);
    String value = SpillRecords.readNullable(in);
    return new Problem(code, severity, new Position(file, line, column, entryNumber), value,
        SpillRecords.readText(in));
  }

  /** The head of a spilled record. */
  private record RowHead(byte kind, int table, long line, String entryText) {}

  private UncheckedIOException failed(IOException ex) {
    return new UncheckedIOException("Cannot sort the rows by entry in " + directory + ": "
        + ex.getMessage(), ex);
  }
}
