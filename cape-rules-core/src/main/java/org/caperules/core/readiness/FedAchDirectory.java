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
package org.caperules.core.readiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user-supplied FedACH participant directory: the routing numbers that receive FedACH payments,
 * read from the Federal Reserve's {@code FedACHdir.txt} (Federal Reserve E-Payments Routing
 * Directory; docs/formats.md#ach-values).
 *
 * <p>CBP "will reject bank information if the bank routing number does not process FedACH
 * payments" (CBP ACH FAQ), so {@link ImporterReadiness} checks ACH enrollments against a
 * directory when one is given. The library ships no directory: since 9 December 2018 the full
 * file is available only through FedLine, and its contents "may not be sold, relicensed, or
 * otherwise used for commercial gain" (Federal Reserve E-Payments Routing Directory FAQ).
 *
 * <p>File layout (moov-io/fed {@code ACHDictionary.go}): one 155-character fixed-width line per
 * routing number. Characters are counted from 1:
 * <pre>
 *   1-9   routing number            10      office code (O main, B branch)
 *   11-19 servicing FRB number      20      record type code (0, 1 or 2)
 *   21-26 change date (MMDDYY)      27-35   new routing number (record type 2)
 *   36-71 customer name             72-107  address
 *   108-127 city                    128-129 state
 *   130-134 ZIP   135-138 ZIP+4     139-148 phone
 *   149   status code               150     view code      151-155 filler
 * </pre>
 * Empty lines are skipped; a trailing carriage return is removed.
 *
 * <p>Exception handling:
 * <ul>
 *   <li>{@link FedAchDirectoryException}: a line of the wrong length, an invalid routing number,
 *       office code or record type code, a routing number listed twice, or a file without
 *       routing numbers. The exception carries the line number; the message names it and never
 *       repeats the line.
 *   <li>{@link UncheckedIOException}: the file or reader cannot be read.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FedAchDirectory {

  /** The length of a line of {@code FedACHdir.txt}. */
  public static final int LINE_LENGTH = 155;

  private final Map<AbaRoutingNumber, FedAchParticipant> participants;

  private FedAchDirectory(Map<AbaRoutingNumber, FedAchParticipant> participants) {
    this.participants = Collections.unmodifiableMap(participants);
  }

  /**
   * Obtains a directory of the given participants, for example from a database the caller keeps.
   *
   * @param participants  the participants, each routing number once
   * @return the directory
   * @throws IllegalArgumentException if a routing number appears twice; the message masks it
   */
  public static FedAchDirectory of(Collection<FedAchParticipant> participants) {
    Map<AbaRoutingNumber, FedAchParticipant> map = new LinkedHashMap<>();
    for (FedAchParticipant participant : participants) {
      if (map.putIfAbsent(participant.routingNumber(), participant) != null) {
        throw new IllegalArgumentException(
            "Routing number " + participant.routingNumber() + " is listed twice");
      }
    }
    return new FedAchDirectory(map);
  }

  /**
   * Reads a {@code FedACHdir.txt} file. Bytes are read as ISO-8859-1, one character each, so the
   * fixed-width columns stay in place.
   *
   * @param path  the file
   * @return the directory
   * @throws FedAchDirectoryException if a line is malformed; the message names the line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static FedAchDirectory read(Path path) {
    Objects.requireNonNull(path, "path");
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
      return parse(reader);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read FedACH directory " + path, ex);
    }
  }

  /**
   * Parses {@code FedACHdir.txt} text. The reader is not closed.
   *
   * <p>Example: a file of two lines, the second 120 characters long, fails with
   * "FedACHdir.txt line 2: expected 155 characters, found 120".
   *
   * @param reader  the text
   * @return the directory
   * @throws FedAchDirectoryException if a line is malformed; the message names the line
   * @throws UncheckedIOException if the reader fails
   */
  public static FedAchDirectory parse(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    Map<AbaRoutingNumber, FedAchParticipant> map = new LinkedHashMap<>();
    Map<AbaRoutingNumber, Long> firstLine = new HashMap<>();
    long lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
          continue;
        }
        FedAchParticipant participant = parseLine(lineNumber, line);
        Long previous = firstLine.putIfAbsent(participant.routingNumber(), lineNumber);
        if (previous != null) {
          throw error(lineNumber, "routing number " + participant.routingNumber()
              + " is already listed on line " + previous);
        }
        map.put(participant.routingNumber(), participant);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read FedACH directory at line " + (lineNumber + 1),
          ex);
    }
    if (map.isEmpty()) {
      throw new FedAchDirectoryException(0, "FedACHdir.txt has no routing number lines ("
          + lineNumber + " lines read)");
    }
    return new FedAchDirectory(map);
  }

  private static FedAchParticipant parseLine(long lineNumber, String line) {
    if (line.length() != LINE_LENGTH) {
      throw error(lineNumber, String.format(Locale.ROOT, "expected %d characters, found %d",
          LINE_LENGTH, line.length()));
    }
    Optional<String> problem = AbaRoutingNumber.validate(line.substring(0, 9));
    if (problem.isPresent()) {
      throw error(lineNumber, "routing number (characters 1-9): " + problem.get());
    }
    char office = line.charAt(9);
    if (office != 'O' && office != 'B') {
      throw error(lineNumber, "office code (character 10) must be O or B, but was '" + office
          + "'");
    }
    char recordType = line.charAt(19);
    if (recordType < '0' || recordType > '2') {
      throw error(lineNumber, "record type code (character 20) must be 0, 1 or 2, but was '"
          + recordType + "'");
    }
    AbaRoutingNumber newRoutingNumber = null;
    if (recordType == '2') {
      Optional<String> newProblem = AbaRoutingNumber.validate(line.substring(26, 35));
      if (newProblem.isPresent()) {
        throw error(lineNumber, "new routing number (characters 27-35) of record type 2: "
            + newProblem.get());
      }
      newRoutingNumber = AbaRoutingNumber.of(line.substring(26, 35));
    }
    return new FedAchParticipant(AbaRoutingNumber.of(line.substring(0, 9)),
        line.substring(35, 71).strip(), line.substring(107, 127).strip(),
        line.substring(127, 129).strip(), newRoutingNumber);
  }

  private static FedAchDirectoryException error(long lineNumber, String detail) {
    return new FedAchDirectoryException(lineNumber, "FedACHdir.txt line " + lineNumber + ": "
        + detail);
  }

  /**
   * Tells whether a routing number is in the directory, that is, receives FedACH payments.
   *
   * @param routingNumber  the routing number
   * @return true if listed
   */
  public boolean contains(AbaRoutingNumber routingNumber) {
    return participants.containsKey(Objects.requireNonNull(routingNumber, "routingNumber"));
  }

  /**
   * Looks up a routing number.
   *
   * @param routingNumber  the routing number
   * @return the participant, or empty if the routing number is not listed
   */
  public Optional<FedAchParticipant> lookup(AbaRoutingNumber routingNumber) {
    return Optional.ofNullable(
        participants.get(Objects.requireNonNull(routingNumber, "routingNumber")));
  }

  /**
   * Returns the number of routing numbers listed.
   *
   * @return the size, at least 1 for a parsed file
   */
  public int size() {
    return participants.size();
  }

  /**
   * Returns a summary, for example {@code FedAchDirectory[2 routing numbers]}; routing numbers
   * are not listed.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "FedAchDirectory[" + participants.size() + " routing numbers]";
  }
}
