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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/** Builds test workbooks: with the fastexcel writer, or by hand as Excel saves them. */
final class TestWorkbooks {

  private TestWorkbooks() {}

  /** One sheet's rows, each a list of cells: String, Number, LocalDate, Boolean or null. */
  static Map<String, List<List<@Nullable Object>>> sheets() {
    return new LinkedHashMap<>();
  }

  /**
   * Writes a workbook with the fastexcel writer. A LocalDate is written as a date serial with
   * the number format {@code mm/dd/yyyy}; null leaves the cell empty.
   */
  static Path write(Path file, Map<String, List<List<@Nullable Object>>> sheets)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "cape-rules-test", "1.0");
      for (Map.Entry<String, List<List<@Nullable Object>>> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        List<List<@Nullable Object>> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          List<@Nullable Object> row = rows.get(r);
          for (int c = 0; c < row.size(); c++) {
            set(ws, r, c, row.get(c));
          }
        }
      }
      workbook.finish();
    }
    return file;
  }

  static void set(Worksheet ws, int r, int c, @Nullable Object value) {
    if (value instanceof String text) {
      ws.value(r, c, text);
    } else if (value instanceof Number number) {
      ws.value(r, c, number);
    } else if (value instanceof LocalDate date) {
      ws.value(r, c, date);
      ws.style(r, c).format("mm/dd/yyyy").set();
    } else if (value instanceof Boolean flag) {
      ws.value(r, c, flag);
    }
  }

  /** Writes a zip with the given parts (name to content), deflated. */
  static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /**
   * Writes, by hand, a minimal workbook laid out the way Excel saves one, so that no binary
   * fixture needs explaining: the parts Excel writes ({@code [Content_Types].xml}, relationships,
   * {@code xl/workbook.xml}, {@code xl/styles.xml}, {@code xl/sharedStrings.xml}, one XML file per
   * sheet), every text in the shared strings table ({@code t="s"}), numbers as {@code <v>} raw
   * text, dates as serials with a style: style 1 is Excel's built-in date format 14 ({@code
   * m/d/yyyy}), style 2 the custom format 164 {@code mm/dd/yyyy}, style 3 built-in 8 (currency
   * with red negatives), as Excel numbers custom formats from 164. Excel writes every cell's
   * reference ({@code r="B3"}); so does this.
   *
   * <p>The workbook has a sheet {@code Notes} first and {@code Main Report} second; Main Report
   * has a title row 1, an empty row 2, the header on row 3 and the data rows after it.
   *
   * @param date1904  whether the workbook uses the 1904 date system ({@code <workbookPr
   *     date1904="1"/>})
   * @param rows  Main Report's rows from row 1; a cell is a String (shared string), a {@code
   *     Num} (raw number text and style), or null
   */
  static Path excelSaved(Path file, boolean date1904, List<List<@Nullable Object>> rows)
      throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
        + "\"><sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      List<@Nullable Object> row = rows.get(r);
      if (row.isEmpty()) {
        continue;  // Excel writes no <row> for an empty row
      }
      sheet.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < row.size(); c++) {
        Object value = row.get(c);
        String ref = (char) ('A' + c) + Integer.toString(r + 1);
        if (value instanceof String text) {
          int index = strings.computeIfAbsent(text, t -> strings.size());
          sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index)
              .append("</v></c>");
        } else if (value instanceof Num num) {
          sheet.append("<c r=\"").append(ref).append('"')
              .append(num.style() == 0 ? "" : " s=\"" + num.style() + "\"")
              .append("><v>").append(num.raw()).append("</v></c>");
        }
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<sst xmlns=\"" + MAIN + "\" count=\"" + strings.size()
        + "\" uniqueCount=\"" + strings.size() + "\">");
    for (String text : strings.keySet()) {
      sst.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>");
    }
    sst.append("</sst>");
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
        + " ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main"
        + "+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
        + " PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
        + " PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override"
        + " PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
    parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<Relationships xmlns=\"" + PKG_REL + "\"><Relationship"
        + " Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"));
    parts.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
        + "<workbookPr" + (date1904 ? " date1904=\"1\"" : "") + " defaultThemeVersion=\"166925\"/>"
        + "<sheets><sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/>"
        + "<sheet name=\"Main Report\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"));
    parts.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<Relationships xmlns=\"" + PKG_REL + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\""
        + " Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/worksheet\""
        + " Target=\"worksheets/sheet2.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId4\" Type=\"" + REL + "/sharedStrings\""
        + " Target=\"sharedStrings.xml\"/></Relationships>"));
    parts.put("xl/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<styleSheet xmlns=\"" + MAIN + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"mm/dd/yyyy\"/></numFmts>"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
        + "<borders count=\"1\"><border/></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
        + " borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\""
        + " xfId=\"0\"/><xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
        + " applyNumberFormat=\"1\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\""
        + " borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"8\" fontId=\"0\""
        + " fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "</styleSheet>"));
    parts.put("xl/sharedStrings.xml", utf8(sst.toString()));
    parts.put("xl/worksheets/sheet1.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\r\n<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>"));
    parts.put("xl/worksheets/sheet2.xml", utf8(sheet.toString()));
    return zip(file, parts);
  }

  /** A number cell of {@link #excelSaved}: its raw text and style (0 General, 1 date 14, 2 mm/dd/yyyy, 3 currency). */
  record Num(String raw, int style) {
    static Num of(String raw) {
      return new Num(raw, 0);
    }

    static Num date(String serial) {
      return new Num(serial, 1);
    }

    static Num customDate(String serial) {
      return new Num(serial, 2);
    }

    static Num money(String raw) {
      return new Num(raw, 3);
    }
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
