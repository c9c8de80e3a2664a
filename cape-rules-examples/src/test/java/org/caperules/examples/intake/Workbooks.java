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
package org.caperules.examples.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes test workbooks with the fastexcel writer, typed as Excel types them: a String is a text
 * cell, a Number a number cell, a LocalDate a date serial formatted {@code mm/dd/yyyy}, a Boolean
 * a TRUE/FALSE cell, null an empty cell.
 */
public final class Workbooks {

  private Workbooks() {}

  /**
   * An empty, ordered map of sheets, by name.
   *
   * @return the map
   */
  public static Map<String, List<List<@Nullable Object>>> sheets() {
    return new LinkedHashMap<>();
  }

  /**
   * One row of cells.
   *
   * @param cells  the cells
   * @return the row, modifiable
   */
  public static List<@Nullable Object> row(@Nullable Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /**
   * Writes the sheets, in order, to {@code file}.
   *
   * @param file  the workbook to write
   * @param sheets  the sheets by name
   * @return the file
   * @throws IOException if it cannot be written
   */
  public static Path write(Path file, Map<String, List<List<@Nullable Object>>> sheets)
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

  private static void set(Worksheet ws, int r, int c, @Nullable Object value) {
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
}
