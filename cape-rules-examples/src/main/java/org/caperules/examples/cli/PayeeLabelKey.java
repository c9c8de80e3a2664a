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
package org.caperules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.caperules.core.ImporterLabels;
import org.jspecify.annotations.Nullable;

/**
 * The key of the payee labels of SSN-form importers ({@link ImporterLabels#keyed(byte[])}), kept
 * in the user's configuration so that every run names an importer the same way: by default
 * {@code ~/.config/cape-rules/payee-label.key} (the {@code user.home} of the JVM), or the file
 * given with {@code --label-key FILE}. The file holds 64 hexadecimal digits (32 random bytes from
 * {@link SecureRandom}) and a line end; it is created once, readable by its owner only where the
 * file system has POSIX permissions, and a note on stderr says where. Losing it changes every
 * SSN-form importer's label in later runs; sharing it lets others test which SSN a label is.
 *
 * <p>Example: a first {@code cape-rules screen} creates the key and prints "Note: created the
 * payee label key ~/.config/cape-rules/payee-label.key ..."; later runs read it.
 */
final class PayeeLabelKey {

  /** The key file's path under the home folder. */
  static final String DEFAULT_PATH = ".config/cape-rules/payee-label.key";
  private static final int KEY_BYTES = 32;

  private PayeeLabelKey() {}

  /**
   * Returns the labels under the key in {@code file}, or in the default file; a missing file is
   * created with a new random key.
   *
   * @param file  the key file given with {@code --label-key}, or null for the default
   * @param err  where the note about a created key goes
   * @return the keyed labels
   * @throws UnusableInputException if the file cannot be read, created or is not a key
   */
  static ImporterLabels labels(@Nullable Path file, PrintWriter err) {
    Path path = file != null ? file : Path.of(System.getProperty("user.home"), DEFAULT_PATH);
    if (!Files.exists(path)) {
      create(path, err);
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.US_ASCII).strip();
    } catch (IOException ex) {
      throw new UnusableInputException("Payee label key '" + path + "' cannot be read: "
          + ex.getMessage());
    }
    if (!text.matches("[0-9a-fA-F]{32,}") || text.length() % 2 != 0) {
      throw new UnusableInputException("Payee label key '" + path + "' is not a key: it must hold"
          + " an even number (at least 32) of hexadecimal digits; delete it to have a new one"
          + " made, which changes the labels of SSN-form importers");
    }
    return ImporterLabels.keyed(HexFormat.of().parseHex(text));
  }

  private static void create(Path path, PrintWriter err) {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    String text = HexFormat.of().formatHex(key) + "\n";
    Path temp = null;
    try {
      Path folder = path.toAbsolutePath().getParent();
      if (folder == null) {
        throw new IOException("no parent folder");
      }
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, ".payee-label-", ".tmp");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ex) {
        // Not a POSIX file system: the folder's permissions apply.
      }
      Files.writeString(temp, text, StandardCharsets.US_ASCII);
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(temp, path);
      }
      temp = null;
      err.println("Note: created the payee label key " + path + " (labels of SSN-form importers,"
          + " ssn-NNNN-xxxxxxxx, depend on it: keep it, and keep it private)");
    } catch (FileAlreadyExistsException ex) {
      // Another run created it first: read that one.
    } catch (IOException ex) {
      throw new UnusableInputException("Payee label key '" + path + "' cannot be created: "
          + ex.getMessage() + "; give one with --label-key FILE");
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a hidden temporary file
        }
      }
    }
  }
}
