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
package org.caperules.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the sheets of {@link MessyRows} as an {@code .xlsx} workbook laid out as Excel saves
 * one: every text in the shared-strings table ({@code t="s"}), numbers as their raw {@code <v>}
 * text, dates as serials of the 1900 date system with the format {@code mm/dd/yyyy}, amounts
 * with {@code $#,##0.00}, each cell with its reference ({@code r="B3"}). Package-private: used
 * by {@link MessyExport}. Written by hand with {@code java.util.zip}, so the bytes depend on the
 * rows alone (every zip entry is dated 1 January 2026; no writer stamps the time of writing).
 *
 * <p>Example: the amount 850.10 is {@code <c r="J4" s="2"><v>850.1</v></c>}, the entry date 8
 * April 2025 {@code <c r="F4" s="1"><v>45755</v></c>}.
 */
final class MessyXlsx {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\""
      + " standalone=\"yes\"?>\r\n";
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  private MessyXlsx() {}

  static void write(OutputStream out, List<MessyRows.Sheet> sheets) throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder(XML + "<Types xmlns=\"http://schemas.openxmlformats"
        + ".org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application"
        + "/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
        + " ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main"
        + "+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override"
        + " PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    StringBuilder workbook = new StringBuilder(XML + "<workbook xmlns=\"" + MAIN
        + "\" xmlns:r=\"" + REL + "\"><sheets>");
    StringBuilder rels = new StringBuilder(XML + "<Relationships xmlns=\"" + PKG_REL + "\">");
    for (int i = 0; i < sheets.size(); i++) {
      int n = i + 1;
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
          + ".worksheet+xml\"/>");
      workbook.append("<sheet name=\"").append(escape(sheets.get(i).name()))
          .append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
      parts.put("xl/worksheets/sheet" + n + ".xml", sheet(sheets.get(i), strings));
    }
    int next = sheets.size() + 1;
    rels.append("<Relationship Id=\"rId").append(next).append("\" Type=\"").append(REL)
        .append("/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId").append(next + 1)
        .append("\" Type=\"").append(REL)
        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    StringBuilder sst = new StringBuilder(XML + "<sst xmlns=\"" + MAIN + "\" count=\""
        + strings.size() + "\" uniqueCount=\"" + strings.size() + "\">");
    for (String text : strings.keySet()) {
      sst.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>");
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put("[Content_Types].xml", types.append("</Types>").toString());
    all.put("_rels/.rels", XML + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship"
        + " Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    all.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
    all.put("xl/_rels/workbook.xml.rels", rels.toString());
    all.put("xl/styles.xml", STYLES);
    all.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
    all.putAll(parts);
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Map.Entry<String, String> part : all.entrySet()) {
      ZipEntry entry = new ZipEntry(part.getKey());
      entry.setTimeLocal(ZIP_TIME);
      zip.putNextEntry(entry);
      zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }

  private static String sheet(MessyRows.Sheet sheet, Map<String, Integer> strings) {
    StringBuilder xml = new StringBuilder(XML + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
        + REL + "\"><sheetData>");
    List<List<MessyRows.Cell>> rows = sheet.rows();
    for (int r = 0; r < rows.size(); r++) {
      List<MessyRows.Cell> row = rows.get(r);
      if (row.stream().allMatch(c -> c.kind() == MessyRows.Cell.Kind.TEXT
          && c.text().isEmpty())) {
        continue;  // Excel writes no <row> for an empty row
      }
      xml.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < row.size(); c++) {
        MessyRows.Cell cell = row.get(c);
        if (cell.kind() == MessyRows.Cell.Kind.TEXT && cell.text().isEmpty()) {
          continue;
        }
        String ref = column(c) + (r + 1);
        switch (cell.kind()) {
          case TEXT -> xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>")
              .append(strings.computeIfAbsent(cell.text(), t -> strings.size()))
              .append("</v></c>");
          case NUMBER -> xml.append("<c r=\"").append(ref).append("\"><v>").append(cell.text())
              .append("</v></c>");
          case DATE -> xml.append("<c r=\"").append(ref).append("\" s=\"1\"><v>")
              .append(cell.text()).append("</v></c>");
          case MONEY -> xml.append("<c r=\"").append(ref).append("\" s=\"2\"><v>")
              .append(cell.text()).append("</v></c>");
        }
      }
      xml.append("</row>");
    }
    return xml.append("</sheetData></worksheet>").toString();
  }

  /** The letters of a 0-based column: 0 is A, 25 Z, 26 AA. */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Style 0 General, 1 the date format mm/dd/yyyy (164), 2 the amount format $#,##0.00 (165). */
  private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
      + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"mm/dd/yyyy\"/>"
      + "<numFmt numFmtId=\"165\" formatCode=\"&quot;$&quot;#,##0.00\"/></numFmts>"
      + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
      + "<borders count=\"1\"><border/></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
      + "</cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
      + " borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\""
      + " borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" fontId=\"0\""
      + " fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
      + "</styleSheet>";
}
