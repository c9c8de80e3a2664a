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
package org.caperules.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.EntryNumber;

/**
 * Reads back the entry numbers of a CAPE declaration file the library wrote (the header {@code
 * Entry Number}, then one canonical entry number per line), to record which file holds which
 * entry. Example: {@code "Entry Number\r\nABC12345676\r\n"} gives {@code [ABC12345676]}.
 */
final class DeclarationFiles {

  private DeclarationFiles() {}

  static List<EntryNumber> entryNumbers(Path file) {
    List<EntryNumber> numbers = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String text = line.strip();
        if (!text.isEmpty()) {
          numbers.add(EntryNumber.parse(text));
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Declaration file '" + file + "' cannot be read back", ex);
    }
    return numbers;
  }
}
