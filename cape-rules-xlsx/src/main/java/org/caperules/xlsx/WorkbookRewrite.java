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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.caperules.core.internal.ScratchFiles;
import org.jspecify.annotations.Nullable;

/**
 * Writes a sanitized copy of a workbook for fastexcel-reader to read, when {@link ZipGuard} found
 * cells it must not see: in the parts named, every cell that points past the shared-strings
 * table, holds more than {@link CellLimits#MAX_CELL_CHARACTERS} characters, or whose row breaks
 * a cap becomes an error cell carrying the problem ({@link CellLimits#MARKER}); a shared string
 * over the cap becomes the marker and its problem. Every other part is copied as it is,
 * compressed bytes and all. Package-private: used by {@link Es003WorkbookReader}.
 *
 * <p>Example: {@code <row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7"
 * t="s"><v>2000000000</v></c></row>} in a workbook of 3 shared strings is copied as {@code <row
 * r="7"><c r="A7" t="s"><v>0</v></c><c r="B7" t="e"><v>(marker)The cell refers to shared string
 * 2,000,000,000, ...</v></c></row>}.
 *
 * <p>Memory: one row's events at a time, a row being at most {@link
 * CellLimits#MAX_ROW_CHARACTERS} characters; a cell over its cap is dropped as soon as it is.
 * The copy is a temporary file readable by its owner only; the caller deletes it.
 */
final class WorkbookRewrite {

  private static final XMLEventFactory EVENTS = XMLEventFactory.newDefaultFactory();

  private WorkbookRewrite() {}

  /**
   * Writes the sanitized copy.
   *
   * @param file  the workbook, checked by {@link ZipGuard}
   * @param checked  what the check found; {@link ZipGuard.Result#toRewrite()} is not empty
   * @return the copy, a temporary file
   * @throws IOException if the workbook cannot be read or the copy written
   */
  static Path copy(Path file, ZipGuard.Result checked) throws IOException {
    Set<String> rewrite = new HashSet<>(checked.toRewrite());
    long strings = checked.tableStrings();
    Path copy = ScratchFiles.createFile("workbook", ".xlsx");
    boolean done = false;
    try (ZipFile zip = ZipGuard.open(file);
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(copy))) {
      zip.copyRawEntries(out, entry -> !rewrite.contains(entry.getName()));
      for (String name : rewrite) {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
          continue;
        }
        ZipArchiveEntry fresh = new ZipArchiveEntry(name);
        fresh.setMethod(ZipArchiveOutputStream.DEFLATED);
        out.putArchiveEntry(fresh);
        try (InputStream in = zip.getInputStream(entry)) {
          rewrite(in, out, strings, checked.parts().get(name));
        } catch (XMLStreamException ex) {
          throw new IOException("part '" + name + "' is not well-formed XML: " + ex.getMessage(),
              ex);
        }
        out.closeArchiveEntry();
      }
      out.finish();
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(copy);
      }
    }
    return copy;
  }

  private static void rewrite(InputStream in, OutputStream out, long strings,
      @Nullable PartScan scan) throws XMLStreamException {
    XMLEventReader reader = ZipGuard.xmlFactory().createXMLEventReader(in);
    XMLEventWriter writer = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out,
        "UTF-8");
    boolean table = scan != null && scan.table();
    while (reader.hasNext()) {
      XMLEvent event = reader.nextEvent();
      if (table && isStart(event, "si")) {
        copyString(reader, event.asStartElement(), writer);
      } else if (!table && isStart(event, "row")) {
        copyRow(reader, event.asStartElement(), writer, strings);
      } else {
        writer.add(event);
      }
    }
    writer.flush();
    writer.close();
    reader.close();
  }

  /** Copies one shared string, or the marker with its problem if it is over the cap. */
  private static void copyString(XMLEventReader reader, StartElement start,
      XMLEventWriter writer) throws XMLStreamException {
    List<XMLEvent> events = new ArrayList<>();
    events.add(start);
    long chars = 0;
    boolean over = false;
    for (int depth = 1; depth > 0; ) {
      XMLEvent event = reader.nextEvent();
      depth += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
      if (event.isCharacters()) {
        chars += event.asCharacters().getData().length();
        if (chars > CellLimits.MAX_CELL_CHARACTERS && !over) {
          over = true;
          events.clear();
        }
      }
      if (!over) {
        events.add(event);
      }
    }
    if (over) {
      QName si = start.getName();
      QName t = new QName(si.getNamespaceURI(), "t", si.getPrefix());
      events.add(EVENTS.createStartElement(si, null, start.getNamespaces()));
      events.add(EVENTS.createStartElement(t, null, null));
      events.add(EVENTS.createCharacters(CellLimits.MARKER + CellLimits.longCellProblem()));
      events.add(EVENTS.createEndElement(t, null));
      events.add(EVENTS.createEndElement(si, null));
    }
    for (XMLEvent event : events) {
      writer.add(event);
    }
  }

  /** Copies one row, its hostile cells replaced, or one marker cell if the row breaks a cap. */
  private static void copyRow(XMLEventReader reader, StartElement start, XMLEventWriter writer,
      long strings) throws XMLStreamException {
    List<XMLEvent> events = new ArrayList<>();
    events.add(start);
    long rowChars = 0;
    String rowProblem = null;
    for (int depth = 1; depth > 0; ) {
      XMLEvent event = reader.nextEvent();
      if (depth == 1 && isStart(event, "c")) {
        Cell cell = readCell(reader, event.asStartElement(), strings);
        rowChars += cell.chars;
        if (rowProblem == null) {
          if (cell.pastLastColumn || rowChars > CellLimits.MAX_ROW_CHARACTERS) {
            rowProblem = CellLimits.rowProblemText(cell.pastLastColumn);
            events.clear();
          } else {
            events.addAll(cell.events);
          }
        }
        continue;
      }
      depth += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
      if (rowProblem == null) {
        events.add(event);
      }
    }
    if (rowProblem != null) {
      QName row = start.getName();
      QName c = new QName(row.getNamespaceURI(), "c", row.getPrefix());
      Attribute number = start.getAttributeByName(new QName("r"));
      events.add(EVENTS.createStartElement(row, number == null ? null
          : List.of(number).iterator(), start.getNamespaces()));
      events.addAll(errorCell(c, number == null ? null : "A" + number.getValue(),
          CellLimits.ROW_MARKER + rowProblem));
      events.add(EVENTS.createEndElement(row, null));
    }
    for (XMLEvent event : events) {
      writer.add(event);
    }
  }

  /** One cell read: its events (the marker's if hostile), characters and reference. */
  private static final class Cell {
    final List<XMLEvent> events = new ArrayList<>();
    long chars;
    boolean pastLastColumn;
  }

  private static Cell readCell(XMLEventReader reader, StartElement start, long strings)
      throws XMLStreamException {
    Cell cell = new Cell();
    Attribute type = start.getAttributeByName(new QName("t"));
    Attribute reference = start.getAttributeByName(new QName("r"));
    boolean shared = type != null && type.getValue().equals("s");
    cell.pastLastColumn = reference != null
        && CellLimits.column(reference.getValue()) > CellLimits.MAX_COLUMNS;
    StringBuilder index = new StringBuilder();
    boolean inValue = false;
    boolean over = false;
    cell.events.add(start);
    for (int depth = 1; depth > 0; ) {
      XMLEvent event = reader.nextEvent();
      if (event.isStartElement()) {
        depth++;
        inValue = event.asStartElement().getName().getLocalPart().equals("v");
      } else if (event.isEndElement()) {
        depth--;
        inValue = false;
      } else if (event.isCharacters()) {
        String data = event.asCharacters().getData();
        cell.chars += data.length();
        if (shared && inValue && index.length() <= 20) {
          index.append(data, 0, Math.min(data.length(), 21));
        }
        if (cell.chars > CellLimits.MAX_CELL_CHARACTERS && !over) {
          over = true;
          cell.events.clear();
        }
      }
      if (!over) {
        cell.events.add(event);
      }
    }
    String problem = null;
    if (over) {
      problem = CellLimits.longCellProblem();
    } else if (shared) {
      long value = PartScan.sharedIndex(index);
      if (value < 0 || value >= strings) {
        problem = CellLimits.sharedStringProblem(index.toString(), strings);
      }
    }
    if (problem != null) {
      QName c = start.getName();
      cell.events.clear();
      cell.events.addAll(errorCell(c, reference == null ? null : reference.getValue(),
          CellLimits.MARKER + problem));
    }
    return cell;
  }

  /** An error cell {@code <c r="B7" t="e"><v>value</v></c>}. */
  private static List<XMLEvent> errorCell(QName c, @Nullable String reference, String value) {
    QName v = new QName(c.getNamespaceURI(), "v", c.getPrefix());
    List<Attribute> attributes = new ArrayList<>(2);
    if (reference != null) {
      attributes.add(EVENTS.createAttribute("r", reference));
    }
    attributes.add(EVENTS.createAttribute("t", "e"));
    return List.of(EVENTS.createStartElement(c, attributes.iterator(), null),
        EVENTS.createStartElement(v, null, null), EVENTS.createCharacters(value),
        EVENTS.createEndElement(v, null), EVENTS.createEndElement(c, null));
  }

  private static boolean isStart(XMLEvent event, String localName) {
    return event.isStartElement()
        && event.asStartElement().getName().getLocalPart().equals(localName);
  }
}
