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

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What one XML part of a workbook holds that fastexcel-reader would trust too far, found by
 * streaming it once in constant memory (the text of a cell is counted, not kept). Package-private:
 * made by {@link ZipGuard} for every part, read by {@link WorkbookRewrite}.
 *
 * <p>fastexcel-reader 0.19.0 resolves a shared-string cell ({@code t="s"}) by reading the table
 * up to its index and, past the table's end, adding empty strings until it gets there: an index
 * out of range reads as an empty cell, and an index of 2,000,000,000 fills any heap. So a sheet's
 * highest index is found here, and the table's size, before fastexcel-reader sees either.
 *
 * <p>Example: a sheet holding {@code <c r="B7" t="s"><v>2000000000</v></c>} gives {@code
 * maxSharedIndex} 2,000,000,000; the table {@code <sst><si><t>a</t></si></sst>} gives {@code
 * strings} 1: the sheet must be rewritten ({@link #needsRewrite(long)}).
 *
 * @param table  true if the part's root element is a shared-strings table {@code sst}
 * @param strings  the strings of the table ({@code si} elements not inside another); 0 for a
 *     sheet
 * @param longString  whether a string of the table is over {@link CellLimits#MAX_CELL_CHARACTERS}
 * @param maxSharedIndex  the highest shared-string index of the part's cells; -1 if none
 * @param hostileCell  whether a cell or row breaks a cap ({@link CellLimits}) or a shared-string
 *     index is not a number
 */
record PartScan(boolean table, long strings, boolean longString, long maxSharedIndex,
    boolean hostileCell) {

  /** A part that is not XML, or holds no cells and no table. */
  static final PartScan NONE = new PartScan(false, 0, false, -1, false);

  /**
   * Tells whether fastexcel-reader must read a sanitized copy of this part.
   *
   * @param tableStrings  the strings of the workbook's shared-strings table
   * @return true if a cell points past the table or breaks a cap, or the part is a table with a
   *     string over the cap
   */
  boolean needsRewrite(long tableStrings) {
    return longString || hostileCell || maxSharedIndex >= tableStrings;
  }

  /**
   * Scans a part.
   *
   * @param factory  a factory that reads no DTD and no external entity
   * @param in  the part's inflated bytes; read up to the end of the root element
   * @return what the part holds; {@link #NONE} for a part that is not XML
   * @throws XMLStreamException if a part whose root element was read turns out not to be
   *     well-formed XML (its cells cannot be vouched for)
   */
  static PartScan scan(XMLInputFactory factory, InputStream in) throws XMLStreamException {
    XMLStreamReader reader;
    try {
      reader = factory.createXMLStreamReader(in);
      if (reader.nextTag() != XMLStreamConstants.START_ELEMENT) {
        return NONE;
      }
    } catch (XMLStreamException ex) {
      return NONE;  // not XML: an image, a binary part
    }
    try {
      return reader.getLocalName().equals("sst") ? table(reader) : cells(reader);
    } finally {
      reader.close();
    }
  }

  private static PartScan table(XMLStreamReader reader) throws XMLStreamException {
    long strings = 0;
    boolean longString = false;
    int siDepth = 0;
    long chars = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("si")) {
        if (siDepth++ == 0) {
          strings++;
          chars = 0;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && siDepth > 0
          && reader.getLocalName().equals("si")) {
        siDepth--;
      } else if (siDepth > 0 && isText(event)) {
        chars += reader.getTextLength();
        longString |= chars > CellLimits.MAX_CELL_CHARACTERS;
      }
    }
    return new PartScan(true, strings, longString, -1, false);
  }

  private static PartScan cells(XMLStreamReader reader) throws XMLStreamException {
    long maxIndex = -1;
    boolean hostile = false;
    boolean inCell = false;
    boolean shared = false;
    boolean inValue = false;
    long cellChars = 0;
    long rowChars = 0;
    StringBuilder index = new StringBuilder();
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = reader.getLocalName();
        if (name.equals("row")) {
          rowChars = 0;
        } else if (name.equals("c")) {
          inCell = true;
          cellChars = 0;
          shared = "s".equals(reader.getAttributeValue(null, "t"));
          index.setLength(0);
          String reference = reader.getAttributeValue(null, "r");
          hostile |= reference != null
              && CellLimits.column(reference) > CellLimits.MAX_COLUMNS;
        } else if (inCell && name.equals("v")) {
          inValue = true;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = reader.getLocalName();
        if (name.equals("c") && inCell) {
          inCell = false;
          if (shared) {
            long value = sharedIndex(index);
            hostile |= value < 0;
            maxIndex = Math.max(maxIndex, value);
          }
        } else if (name.equals("v")) {
          inValue = false;
        }
      } else if (inCell && isText(event)) {
        int length = reader.getTextLength();
        cellChars += length;
        rowChars += length;
        hostile |= cellChars > CellLimits.MAX_CELL_CHARACTERS
            || rowChars > CellLimits.MAX_ROW_CHARACTERS;
        if (shared && inValue && index.length() <= 20) {
          index.append(reader.getTextCharacters(), reader.getTextStart(),
              Math.min(length, 21));
        }
      }
    }
    return maxIndex < 0 && !hostile ? NONE : new PartScan(false, 0, false, maxIndex, hostile);
  }

  /**
   * The index of a shared-string cell, or -1 if it is not a whole number that an {@code int}
   * holds (fastexcel-reader reads it with {@code Integer.parseInt}).
   */
  static long sharedIndex(CharSequence text) {
    String digits = text.toString().strip();
    if (digits.isEmpty() || digits.length() > 10) {
      return -1;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return -1;
      }
    }
    long value = Long.parseLong(digits);
    return value > Integer.MAX_VALUE ? -1 : value;
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }
}
