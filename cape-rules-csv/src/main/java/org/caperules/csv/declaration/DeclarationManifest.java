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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.caperules.csv.internal.Texts;

/**
 * The list of the files of a published declaration set, {@value #FILE_NAME}, kept beside the
 * {@code declarations/} folder (never inside it: every file inside is one a user may upload to
 * CAPE as it is). It says which files the tool wrote (only those are ever deleted by a later
 * run) and lets {@link #verify(Path, Path)} tell a set that is whole from one that lost, gained
 * or changed a file.
 *
 * <p>Columns, {@link #HEADER}: {@code File} (the name inside {@code declarations/}), {@code
 * Importer} (as the other outputs write it: the importer number, the label of an SSN-form
 * importer, {@code unknown-importer}, or {@code all} for a file of several importers), {@code
 * Entries} and {@code SHA-256} (lower-case hexadecimal of the file's bytes). UTF-8, CRLF, one
 * row per file in the set's order; a set of no files is the header alone.
 *
 * <p>Example row: {@code cape-declaration-12-3456789A1-001.csv,12-3456789A1,2,} followed by the
 * 64 hex digits of SHA-256 of the 40 bytes {@code "Entry Number\r\nABC12345676\r\n
 * MYK28102637\r\n"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeclarationManifest {

  /** The manifest's file name, beside {@code declarations/}. */
  public static final String FILE_NAME = "declarations-manifest.csv";
  /** The header. */
  public static final List<String> HEADER = List.of("File", "Importer", "Entries", "SHA-256");

  /**
   * One file of a set.
   *
   * @param file  the file name inside {@code declarations/}
   * @param importer  the importer as the outputs write it
   * @param entries  the number of entry numbers in the file
   * @param sha256  lower-case hexadecimal SHA-256 of the file's bytes
   */
  public record Row(String file, String importer, int entries, String sha256) {

    /**
     * Checks the components.
     *
     * @param file  the file name
     * @param importer  the importer
     * @param entries  the number of entry numbers
     * @param sha256  the digest
     * @throws NullPointerException if a component is null
     */
    public Row {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(importer, "importer");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  private final List<Row> rows;
  private final Set<String> fileNames;

  private DeclarationManifest(List<Row> rows) {
    this.rows = List.copyOf(rows);
    Set<String> names = new HashSet<>();
    for (Row row : rows) {
      names.add(row.file());
    }
    this.fileNames = Set.copyOf(names);
  }

  /**
   * Returns the files of the set, in order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Tells whether the manifest lists a file name.
   *
   * @param fileName  a name inside {@code declarations/}
   * @return true if it is one of the set's files
   */
  public boolean lists(String fileName) {
    return fileNames.contains(fileName);
  }

  /** The manifest of planned files. */
  static DeclarationManifest of(List<DeclarationWriter.Planned> planned) {
    List<Row> rows = new ArrayList<>(planned.size());
    for (DeclarationWriter.Planned file : planned) {
      rows.add(new Row(file.name(), file.importer(), file.entryCount(), sha256(file.bytes())));
    }
    return new DeclarationManifest(rows);
  }

  /** The manifest's bytes: UTF-8, CRLF. The cells are the tool's own names and numbers. */
  byte[] render() {
    StringBuilder text = new StringBuilder(64 + rows.size() * 128);
    text.append(String.join(",", HEADER)).append("\r\n");
    for (Row row : rows) {
      text.append(row.file()).append(',').append(row.importer()).append(',')
          .append(row.entries()).append(',').append(row.sha256()).append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a manifest.
   *
   * @param file  the {@value #FILE_NAME} file
   * @return the manifest
   * @throws IllegalArgumentException if the file is not a manifest (header, four cells, a
   *     count, a digest); the message names the file and the line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DeclarationManifest read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read declaration manifest '" + file + "': "
          + ex.getMessage(), ex);
    }
    if (lines.isEmpty() || !lines.get(0).strip().equals(String.join(",", HEADER))) {
      throw new IllegalArgumentException("Declaration manifest '" + file + "' line 1: the"
          + " header must be " + String.join(",", HEADER));
    }
    List<Row> rows = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != HEADER.size() || !cells[2].matches("[0-9]{1,9}")
          || !cells[3].matches("[0-9a-f]{64}") || cells[0].isEmpty()) {
        throw new IllegalArgumentException("Declaration manifest '" + file + "' line " + (i + 1)
            + ": expected File,Importer,Entries,SHA-256 but was " + Texts.quote(line));
      }
      rows.add(new Row(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]));
    }
    return new DeclarationManifest(rows);
  }

  /**
   * Checks a declaration folder against its manifest: every listed file present with its
   * digest, no other file.
   *
   * @param declarations  the {@code declarations/} folder
   * @param manifest  its manifest file
   * @return one sentence per difference, in file order ({@code missing}, {@code changed}, {@code
   *     not in the manifest}); empty if the folder is exactly the set
   * @throws IllegalArgumentException if the manifest is malformed
   * @throws UncheckedIOException if the manifest or the folder cannot be read
   */
  public static List<String> verify(Path declarations, Path manifest) {
    DeclarationManifest expected = read(manifest);
    Map<String, Row> listed = new LinkedHashMap<>();
    for (Row row : expected.rows()) {
      listed.put(row.file(), row);
    }
    TreeSet<String> present = new TreeSet<>();
    if (Files.isDirectory(declarations, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(declarations)) {
        for (Path path : files) {
          present.add(String.valueOf(path.getFileName()));
        }
      } catch (IOException ex) {
        throw new UncheckedIOException("Cannot list '" + declarations + "': " + ex.getMessage(),
            ex);
      }
    }
    List<String> differences = new ArrayList<>();
    for (Row row : listed.values()) {
      Path file = declarations.resolve(row.file());
      if (!present.contains(row.file())
          || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        differences.add(row.file() + ": missing (listed in " + FILE_NAME + ")");
        continue;
      }
      String actual = sha256(file);
      if (!actual.equals(row.sha256())) {
        differences.add(row.file() + ": changed (SHA-256 " + actual + ", "
            + FILE_NAME + " lists " + row.sha256() + ")");
      }
    }
    for (String name : present) {
      if (!listed.containsKey(name)) {
        differences.add(name + ": not in " + FILE_NAME + " (a file the set does not have)");
      }
    }
    return List.copyOf(differences);
  }

  /** Lower-case hexadecimal SHA-256 of bytes. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** Lower-case hexadecimal SHA-256 of a file's bytes, read in blocks. */
  static String sha256(Path file) {
    MessageDigest digest = digest();
    byte[] buffer = new byte[65_536];
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read '" + file + "': " + ex.getMessage(), ex);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException ex) {
      // SHA-256 is an algorithm every Java platform must provide.
      throw new IllegalStateException("SHA-256 is not available", ex);
    }
  }

  /**
   * Returns the manifest as text, for example {@code DeclarationManifest[8 files]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DeclarationManifest[%d file%s]", rows.size(),
        rows.size() == 1 ? "" : "s");
  }
}
