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

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.caperules.core.CapeDeclarationFormat;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterLabels;
import org.caperules.core.ImporterNumber;
import org.caperules.csv.CapeCsv;
import org.caperules.csv.internal.AtomicFiles;
import org.caperules.csv.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Writes CAPE declaration files: the one-column CSV of entry numbers a user uploads in the ACE
 * Portal's CAPE tab (CBP's template {@code ACEP_CapeEntryNumberUploadTemplate}).
 *
 * <p>Each file has the header {@code Entry Number}, then one canonical 11-character upper-case
 * entry number per line, without hyphens or quotes; lines end in CRLF (what Excel's "CSV (Comma
 * delimited)" writes); there is no byte order mark (CBP's acceptance of a BOM is UNCERTAIN) and no
 * blank line. Entry numbers are deduplicated and sorted by importer number, then entry number;
 * entries without an importer come last. By default each importer gets its own files (one
 * importer per declaration, as capeportalguide advises; CBP may accept mixed files);
 * {@link Grouping#NONE} puts all entries in one series. A series is split
 * into files of at most {@link CapeDeclarationFormat#MAX_ENTRIES} (9,999) entries.
 *
 * <p>File names are {@code <base>-<group>-NNN.csv}, numbered from {@code 001} per group, for
 * example {@code cape-declaration-12-3456789A1-001.csv} and {@code ...-002.csv}; without grouping
 * {@code <base>-NNN.csv}. The group is the importer number for IRS and CBP-assigned numbers. An
 * SSN never appears in a file name: it becomes its label ({@link ImporterLabels#fileNamePart}):
 * with a key {@code ssn-6789-3f9a61c2}, distinct for two SSNs that end alike and the same in
 * every run; without one {@code ssn-6789}, with {@code -2}, {@code -3}, ... added, in importer
 * order, when two SSNs share their last 4 digits. Entries without an importer form the group
 * {@value #UNKNOWN_IMPORTER_GROUP}.
 *
 * <p>Example: entries {@code MYK28102637} and {@code ABC12345676} of importer {@code
 * 12-3456789A1} give one file {@code cape-declaration-12-3456789A1-001.csv} whose 40 bytes are
 * {@code "Entry Number\r\nABC12345676\r\nMYK28102637\r\n"}.
 *
 * <p>Each file is written atomically: to a temporary file in the same directory, forced to disk,
 * then moved over the target with {@code ATOMIC_MOVE} (or a plain replacing move where the file
 * system cannot move atomically), so a crash never leaves a half-written declaration under the
 * final name. The same input always gives byte-identical files. Files of an earlier run that this
 * run does not rewrite (for example a {@code -003.csv} when there are now only two) are left
 * alone.
 *
 * <p>Exception handling: {@link #write(Collection)} throws {@link IllegalArgumentException} when
 * one entry number is given for two importers, and {@link UncheckedIOException} when a file
 * cannot be written. Invalid entry numbers cannot reach the writer: {@link EntryNumber} is always
 * valid.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeclarationWriter {

  /** The group of entries whose importer is unknown. */
  public static final String UNKNOWN_IMPORTER_GROUP = "unknown-importer";
  /** The group name reported when entries are not grouped by importer. */
  public static final String ALL_GROUP = "all";
  /** The default base file name. */
  public static final String DEFAULT_BASE_FILE_NAME = "cape-declaration";

  /** Letters, digits, dot, underscore and hyphen; not starting with a dot. */
  private static final Pattern SAFE_BASE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
  private static final Comparator<@Nullable ImporterNumber> IMPORTER_ORDER =
      Comparator.nullsLast(Comparator.naturalOrder());

  /** How entries are split among files. */
  public enum Grouping {
    /** One series of files per importer of record (the default). */
    BY_IMPORTER,
    /** One series of files for all entries, still sorted by importer then entry number. */
    NONE
  }

  private final Path outputDirectory;
  private final String baseFileName;
  private final int maxEntriesPerFile;
  private final Grouping grouping;
  private final ImporterLabels labels;

  private DeclarationWriter(Builder builder) {
    this.outputDirectory = builder.outputDirectory;
    this.baseFileName = builder.baseFileName;
    this.maxEntriesPerFile = builder.maxEntriesPerFile;
    this.grouping = builder.grouping;
    this.labels = builder.labels;
  }

  /**
   * Starts a writer that writes into a directory (created if missing).
   *
   * @param outputDirectory  the directory for the declaration files
   * @return the builder
   */
  public static Builder builder(Path outputDirectory) {
    return new Builder(outputDirectory);
  }

  /**
   * Writes declaration files for entries of known or unknown importers.
   *
   * @param entries  the entries, in any order, duplicates allowed
   * @return the files written, in the order of their names' groups and numbers; empty if there
   *     are no entries
   * @throws IllegalArgumentException if one entry number is given with two different importers
   *     (the message masks SSNs); an entry given once with and once without an importer belongs
   *     to that importer
   * @throws UncheckedIOException if a file cannot be written
   */
  public List<DeclarationFile> write(Collection<DeclarationEntry> entries) {
    List<DeclarationFile> written = new ArrayList<>();
    for (Planned file : plan(entries)) {
      Path target = outputDirectory.resolve(file.name());
      byte[] bytes = file.bytes();
      AtomicFiles.write(target, "declaration file", channel -> {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        return bytes.length;
      });
      written.add(file.at(outputDirectory));
    }
    return List.copyOf(written);
  }

  /**
   * One declaration file as planned, not yet written: its name, its group, the importer as the
   * outputs write it (or the group when the file has no single importer), the entry count and
   * the bytes.
   */
  @SuppressWarnings("ArrayRecordComponent") // package-private; the bytes are never shared out
  record Planned(String name, String group, String importer, int entryCount, byte[] bytes) {

    /** The file as written into a directory. */
    DeclarationFile at(Path directory) {
      return new DeclarationFile(directory.resolve(name), group, entryCount, bytes.length);
    }
  }

  /**
   * Plans the declaration files of the entries: names and bytes, in the order of their groups
   * and numbers, nothing written.
   *
   * @throws IllegalArgumentException as {@link #write(Collection)}
   */
  List<Planned> plan(Collection<DeclarationEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Map<EntryNumber, @Nullable ImporterNumber> importerOf = new HashMap<>();
    for (DeclarationEntry entry : entries) {
      EntryNumber number = entry.entryNumber();
      ImporterNumber importer = entry.importerNumber();
      if (!importerOf.containsKey(number)) {
        importerOf.put(number, importer);
        continue;
      }
      ImporterNumber known = importerOf.get(number);
      if (known == null) {
        importerOf.put(number, importer);
      } else if (importer != null && !importer.equals(known)) {
        ImporterNumber first = IMPORTER_ORDER.compare(known, importer) <= 0 ? known : importer;
        ImporterNumber second = first.equals(known) ? importer : known;
        throw new IllegalArgumentException("Entry number " + number + " is given for two"
            + " importers, " + labels.label(first) + " and " + labels.label(second) + "; an"
            + " entry has one importer of record");
      }
    }
    // importer -> entry numbers, hashed, then sorted once: importers nulls last, each one's
    // entry numbers in order (each number is once in importerOf), so the plan is deterministic.
    // Sorting once, not a sorted map, spares a screen of many importers some 15 comparisons
    // per declarable entry.
    Map<@Nullable ImporterNumber, List<EntryNumber>> byImporter = new HashMap<>();
    importerOf.forEach((number, importer) ->
        byImporter.computeIfAbsent(importer, k -> new ArrayList<>()).add(number));
    List<@Nullable ImporterNumber> importers = new ArrayList<>(byImporter.keySet());
    importers.sort(IMPORTER_ORDER);
    List<Planned> planned = new ArrayList<>();
    if (grouping == Grouping.NONE) {
      List<EntryNumber> all = new ArrayList<>(importerOf.size());
      for (@Nullable ImporterNumber importer : importers) {
        List<EntryNumber> numbers = Objects.requireNonNull(byImporter.get(importer), "numbers");
        numbers.sort(Comparator.naturalOrder());
        all.addAll(numbers);
      }
      planSeries(baseFileName, ALL_GROUP, importers.size() == 1 ? importerText(
          importers.get(0)) : ALL_GROUP, all, planned);
      return planned;
    }
    Map<String, Integer> names = new HashMap<>();
    for (@Nullable ImporterNumber importer : importers) {
      List<EntryNumber> numbers = Objects.requireNonNull(byImporter.get(importer), "numbers");
      numbers.sort(Comparator.naturalOrder());
      String name = groupName(importer, labels, names);
      planSeries(baseFileName + "-" + name, name, importerText(importer), numbers, planned);
    }
    return planned;
  }

  private String importerText(@Nullable ImporterNumber importer) {
    return importer == null ? UNKNOWN_IMPORTER_GROUP : labels.label(importer);
  }

  /**
   * Writes declaration files for entries whose importer is not given: with the default grouping
   * they all form the group {@value #UNKNOWN_IMPORTER_GROUP}.
   *
   * @param entryNumbers  the entry numbers, in any order, duplicates allowed
   * @return the files written
   * @throws UncheckedIOException if a file cannot be written
   */
  public List<DeclarationFile> writeEntryNumbers(Collection<EntryNumber> entryNumbers) {
    Objects.requireNonNull(entryNumbers, "entryNumbers");
    List<DeclarationEntry> entries = new ArrayList<>(entryNumbers.size());
    for (EntryNumber number : entryNumbers) {
      entries.add(DeclarationEntry.of(number));
    }
    return write(entries);
  }

  /**
   * The file-name form of an importer: never the raw SSN; {@code -2}, {@code -3}, ... added, in
   * importer order, when two importers have the same form (unkeyed SSN labels).
   */
  static String groupName(@Nullable ImporterNumber importer, ImporterLabels labels,
      Map<String, Integer> names) {
    if (importer == null) {
      return UNKNOWN_IMPORTER_GROUP;
    }
    String base = labels.fileNamePart(importer);
    int seen = names.merge(base, 1, Integer::sum);
    return seen == 1 ? base : base + "-" + seen;
  }

  private void planSeries(String prefix, String group, String importer, List<EntryNumber> all,
      List<Planned> planned) {
    for (int from = 0, part = 1; from < all.size(); from += maxEntriesPerFile, part++) {
      List<EntryNumber> chunk = all.subList(from, Math.min(all.size(), from + maxEntriesPerFile));
      byte[] bytes = render(chunk);
      if (bytes.length >= CapeDeclarationFormat.MAX_FILE_BYTES) {
        throw new IllegalStateException("Declaration of " + chunk.size() + " entries is "
            + bytes.length + " bytes, not under " + CapeDeclarationFormat.MAX_FILE_BYTES);
      }
      String name = String.format(Locale.ROOT, "%s-%03d", prefix, part)
          + CapeDeclarationFormat.FILE_EXTENSION;
      planned.add(new Planned(name, group, importer, chunk.size(), bytes));
    }
  }

  /**
   * Renders one declaration with FastCSV: the header, then one entry number per line, CRLF, no
   * BOM, US-ASCII.
   */
  static byte[] render(List<EntryNumber> entryNumbers) {
    StringWriter text = new StringWriter(14 + 13 * entryNumbers.size());
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      csv.writeRecord(CapeDeclarationFormat.HEADER);
      for (EntryNumber number : entryNumbers) {
        csv.writeRecord(number.value());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Returns the settings, for example {@code DeclarationWriter[out, cape-declaration, 9999 per
   * file, BY_IMPORTER]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DeclarationWriter[" + outputDirectory + ", " + baseFileName + ", "
        + maxEntriesPerFile + " per file, " + grouping + "]";
  }

  /** Builds a {@link DeclarationWriter}. Not thread-safe. */
  public static final class Builder {
    private final Path outputDirectory;
    private String baseFileName = DEFAULT_BASE_FILE_NAME;
    private int maxEntriesPerFile = CapeDeclarationFormat.MAX_ENTRIES;
    private Grouping grouping = Grouping.BY_IMPORTER;
    private ImporterLabels labels = ImporterLabels.unkeyed();

    private Builder(Path outputDirectory) {
      this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /**
     * Sets the start of every file name; default {@value
     * DeclarationWriter#DEFAULT_BASE_FILE_NAME}.
     *
     * @param baseFileName  letters, digits, {@code .}, {@code _} and {@code -}, not starting with
     *     a dot
     * @return this builder
     * @throws IllegalArgumentException if the name has other characters; the message quotes it
     */
    public Builder baseFileName(String baseFileName) {
      Objects.requireNonNull(baseFileName, "baseFileName");
      if (!SAFE_BASE_NAME.matcher(baseFileName).matches()) {
        throw new IllegalArgumentException("Base file name must be letters, digits, '.', '_' or"
            + " '-', not starting with '.', but was: " + Texts.quote(baseFileName));
      }
      this.baseFileName = baseFileName;
      return this;
    }

    /**
     * Sets the most entry numbers per file; default and maximum 9,999 ({@link
     * CapeDeclarationFormat#MAX_ENTRIES}).
     *
     * @param maxEntriesPerFile  1 to 9,999
     * @return this builder
     * @throws IllegalArgumentException if outside 1 to 9,999
     */
    public Builder maxEntriesPerFile(int maxEntriesPerFile) {
      if (maxEntriesPerFile < 1 || maxEntriesPerFile > CapeDeclarationFormat.MAX_ENTRIES) {
        throw new IllegalArgumentException("Entries per file must be 1 to "
            + CapeDeclarationFormat.MAX_ENTRIES + " (CAPE's limit per declaration), but was: "
            + maxEntriesPerFile);
      }
      this.maxEntriesPerFile = maxEntriesPerFile;
      return this;
    }

    /**
     * Sets how entries are split among files; default {@link Grouping#BY_IMPORTER}.
     *
     * @param grouping  the grouping
     * @return this builder
     */
    public Builder grouping(Grouping grouping) {
      this.grouping = Objects.requireNonNull(grouping, "grouping");
      return this;
    }

    /**
     * Sets how SSN-form importers are named in file names and messages; default {@link
     * ImporterLabels#unkeyed()} ({@code ssn-6789}).
     *
     * @param labels  the labels, for example {@code ImporterLabels.keyed(key)} for {@code
     *     ssn-6789-3f9a61c2}
     * @return this builder
     */
    public Builder labels(ImporterLabels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public DeclarationWriter build() {
      return new DeclarationWriter(this);
    }
  }
}
