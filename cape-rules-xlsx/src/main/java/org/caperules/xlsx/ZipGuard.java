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
package org.caperules.xlsx;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.jspecify.annotations.Nullable;

/**
 * Inflates every part of a workbook once, as fastexcel-reader will read it (with the same zip
 * library, Apache Commons Compress, so both see the same parts), and says which {@link ZipLimits}
 * it breaks, if any, and what each XML part holds ({@link PartScan}). Package-private: used by
 * {@link Es003WorkbookReader}.
 *
 * <p>The sizes an archive declares are never trusted: a part's ratio is the bytes it really
 * inflated to over the compressed bytes the inflater really consumed, checked as it inflates, so a
 * 19 MB archive that declares its sheet 4 GB compressed is stopped once the sheet passes 100
 * times the bytes read of it (after the first 1 MiB), not at 4 GiB.
 *
 * <p>Example: a part of 50 MiB of spaces, deflated to about 50 KB, stops just past its first MiB
 * with "part 'xl/worksheets/sheet1.xml' inflated to 1,057,932 bytes from 1,536 bytes read, more
 * than 100 times; the limits are ratio 100 (after the first 1 MiB), 4,294,967,296 bytes per
 * part, 1,000 parts (see ZipLimits)".
 */
final class ZipGuard {

  private ZipGuard() {}

  /** A workbook part's 1904 date system flag, as Excel writes it ({@code "1"}) or {@code "true"}. */
  private static final Pattern DATE_1904 =
      Pattern.compile("date1904\\s*=\\s*[\"'](?:1|true)[\"']");

  /** How much of {@code xl/workbook.xml} is searched for the date system: 1 MiB. */
  private static final int WORKBOOK_PART_SCAN = 1 << 20;

  /**
   * What the check found.
   *
   * @param broken  null if the zip keeps the limits, else why not, with the limits
   * @param date1904  whether {@code xl/workbook.xml} sets the 1904 date system; fastexcel-reader
   *     0.19.0 reads only {@code "true"}, not Excel's {@code "1"}
   * @param parts  per part name, what it holds; only parts with cells or a shared-strings table
   */
  record Result(@Nullable String broken, boolean date1904, Map<String, PartScan> parts) {

    Result {
      parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * The strings of the shared-strings table: the smallest count of any part whose root is
     * {@code sst} (a workbook has one), or 0 if there is none.
     *
     * @return the number of strings
     */
    long tableStrings() {
      long strings = -1;
      for (PartScan part : parts.values()) {
        if (part.table()) {
          strings = strings < 0 ? part.strings() : Math.min(strings, part.strings());
        }
      }
      return Math.max(0, strings);
    }

    /**
     * The parts fastexcel-reader must read sanitized ({@link WorkbookRewrite}).
     *
     * @return their names, in archive order; empty for an ordinary workbook
     */
    List<String> toRewrite() {
      long strings = tableStrings();
      List<String> names = new ArrayList<>();
      parts.forEach((name, part) -> {
        if (part.needsRewrite(strings)) {
          names.add(name);
        }
      });
      return names;
    }
  }

  /** A limit broken while inflating. */
  private static final class Broken extends IOException {
    private static final long serialVersionUID = 1L;

    Broken(String message) {
      super(message, null);
    }
  }

  /**
   * Opens a zip with the library fastexcel-reader uses.
   *
   * @param file  the zip
   * @return the open zip
   * @throws IOException if it is not a zip or is corrupt
   */
  static ZipFile open(Path file) throws IOException {
    return ZipFile.builder().setPath(file).get();
  }

  /**
   * A factory for the scans: Aalto, the parser fastexcel-reader reads with (and about twice as
   * fast as the JDK's); namespace-aware, no DTD, no external entity.
   *
   * @return the factory
   */
  static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = new InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /**
   * Checks a zip against the limits and scans its XML parts.
   *
   * @param file  the workbook
   * @param limits  the limits
   * @return the result
   * @throws IOException if the zip cannot be read (corrupt, truncated, a method fastexcel-reader
   *     cannot inflate), or a part with cells is not well-formed XML
   */
  static Result check(Path file, ZipLimits limits) throws IOException {
    XMLInputFactory factory = xmlFactory();
    boolean date1904 = false;
    Map<String, PartScan> parts = new LinkedHashMap<>();
    try (ZipFile zip = open(file)) {
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
      if (entries.size() > limits.maxParts()) {
        return new Result("it has " + entries.size() + " parts, more than the limit of "
            + limits.maxParts() + "; the limits are " + describe(limits), false, Map.of());
      }
      for (ZipArchiveEntry entry : entries) {
        if (entry.isDirectory()) {
          continue;
        }
        boolean workbookPart = entry.getName().equals("xl/workbook.xml");
        ByteArrayOutputStream workbookXml = new ByteArrayOutputStream();
        Counted in = new Counted(zip.getInputStream(entry), entry.getName(), limits,
            workbookPart ? workbookXml : null);
        try (in) {
          // the XML parser closes what it reads at the end of the document: the rest is drained
          PartScan scan = PartScan.scan(factory, new FilterInputStream(in) {
            @Override
            public void close() {
              // left open for the drain below
            }
          });
          in.transferTo(OutputStream.nullOutputStream());  // the rest: every byte is inflated once
          if (!scan.equals(PartScan.NONE)) {
            parts.put(entry.getName(), scan);
          }
        } catch (Broken ex) {
          return new Result(ex.getMessage() + "; the limits are " + describe(limits), false,
              Map.of());
        } catch (XMLStreamException ex) {
          Broken broken = in.broken;
          if (broken != null) {  // a limit broken while the parser read (it wraps the cause)
            return new Result(broken.getMessage() + "; the limits are " + describe(limits),
                false, Map.of());
          }
          throw new IOException("part '" + entry.getName() + "' is not well-formed XML: "
              + ex.getMessage(), ex);
        }
        if (workbookPart) {
          date1904 = DATE_1904.matcher(workbookXml.toString(StandardCharsets.UTF_8)).find();
        }
      }
    }
    return new Result(null, date1904, parts);
  }

  /** The limits as the messages state them. */
  static String describe(ZipLimits limits) {
    return String.format(Locale.ROOT, "ratio %,d (after the first 1 MiB), %,d bytes per part,"
        + " %,d parts (see ZipLimits)", limits.maxCompressionRatio(), limits.maxPartBytes(),
        limits.maxParts());
  }

  /**
   * A part's inflated bytes, counted as they are read and checked against the limits with the
   * compressed bytes the inflater really consumed.
   */
  private static final class Counted extends FilterInputStream {
    private final String name;
    private final ZipLimits limits;
    private final @Nullable ByteArrayOutputStream copy;
    private long inflated;
    /** The limit broken, once one is. */
    @Nullable Broken broken;

    Counted(InputStream in, String name, ZipLimits limits, @Nullable ByteArrayOutputStream copy) {
      super(in);
      this.name = name;
      this.limits = limits;
      this.copy = copy;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        inflated += n;
        ByteArrayOutputStream workbookXml = copy;
        if (workbookXml != null && workbookXml.size() < WORKBOOK_PART_SCAN) {
          workbookXml.write(b, off, n);
        }
        check();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      int read = read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }

    private void check() throws Broken {
      if (inflated > limits.maxPartBytes()) {
        broken = new Broken(String.format(Locale.ROOT, "part '%s' inflates to more than %,d"
            + " bytes", name, limits.maxPartBytes()));
        throw broken;
      }
      if (inflated > ZipLimits.RATIO_GRACE_BYTES) {
        long read = in instanceof InputStreamStatistics statistics
            ? statistics.getCompressedCount() : inflated;
        if (inflated / Math.max(1, read) > limits.maxCompressionRatio()) {
          broken = new Broken(String.format(Locale.ROOT, "part '%s' inflated to %,d bytes from"
              + " %,d bytes read, more than %,d times", name, inflated, read,
              limits.maxCompressionRatio()));
          throw broken;
        }
      }
    }
  }
}
