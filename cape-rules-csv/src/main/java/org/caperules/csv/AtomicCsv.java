package org.caperules.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a CSV file atomically and as a stream: FastCSV, CRLF, UTF-8 without a byte order mark,
 * every cell through {@link SpreadsheetSafe#cell(String)}. The records go to a hidden temporary
 * file in the target's directory, which is forced to disk and then moved over the target
 * ({@code ATOMIC_MOVE}, or a replacing move where the file system cannot), so a crash never
 * leaves a half-written file under the final name.
 */
final class AtomicCsv {

  /** The sink of records. */
  private interface Records {
    /** Writes one record; each cell is made spreadsheet-safe. */
    void write(List<String> cells) throws IOException;
  }

  private AtomicCsv() {}

  /**
   * Writes the header and one record per row to {@code target}, taking the rows one at a time.
   *
   * @return the number of records after the header
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  static <T> long write(Path target, String what, List<String> header, Iterable<T> rows,
      Function<? super T, List<String>> cellsOf) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path name = absolute.getFileName();
    if (directory == null || name == null) {
      throw new IllegalArgumentException("Cannot write " + what + " to '" + target + "': not a"
          + " file path");
    }
    Path temp = null;
    try {
      Files.createDirectories(directory);
      temp = Files.createTempFile(directory, "." + name + "-", ".tmp");
      long count;
      CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
          Writer out = new BufferedWriter(Channels.newWriter(channel, encoder, -1), 65_536);
          CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
        Records records = cells -> {
          String[] safe = new String[cells.size()];
          for (int i = 0; i < safe.length; i++) {
            safe[i] = SpreadsheetSafe.cell(cells.get(i));
          }
          csv.writeRecord(safe);
        };
        records.write(header);
        count = 0;
        for (T row : rows) {
          records.write(cellsOf.apply(row));
          count++;
        }
        csv.flush();
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      return count;
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write " + what + " '" + target + "': "
          + ex.getMessage(), ex);
    } catch (UncheckedIOException ex) {
      throw new UncheckedIOException("Could not write " + what + " '" + target + "': "
          + ex.getMessage(), ex.getCause());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden (leading dot) and does not end in .csv.
        }
      }
    }
  }
}
