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
package org.caperules.report.html;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name of each importer's page, safe on every file system and never carrying an SSN:
 * a masked SSN label {@code ***-**-6789} becomes {@code ssn-6789.html} (as the CAPE declaration
 * files name it); other labels keep letters, digits, {@code -}, {@code _} and {@code .}, every
 * other run of characters becoming {@code _}, cut to 80 characters; a name that Windows reserves
 * ({@code CON}, {@code NUL}, {@code COM1}, ...) or {@code index} gets {@code -importer} added;
 * names equal but for case get {@code -2}, {@code -3}, ... in page order.
 *
 * <p>Example: {@code 12-3456789A1} gives {@code 12-3456789A1.html}; {@code <script>alert(1)}
 * gives {@code _script_alert_1_.html}.
 */
public final class PageFileNames {

  private static final Pattern MASKED_SSN = Pattern.compile("\\*{3}-\\*{2}-(\\d{4})");
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]|index)(\\..*)?");
  private static final int MAX_LENGTH = 80;

  private PageFileNames() {}

  /**
   * Assigns a file name to each label, in the order given.
   *
   * @param labels  the importer labels, in page order, each once
   * @return the file name of each label, in the same order
   */
  public static Map<String, String> assign(List<String> labels) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String label : labels) {
      String base = base(label);
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      names.put(label, name + ".html");
    }
    return names;
  }

  private static String base(String label) {
    Matcher ssn = MASKED_SSN.matcher(label.strip());
    if (ssn.matches()) {
      return "ssn-" + ssn.group(1);
    }
    String safe = UNSAFE.matcher(label.strip()).replaceAll("_");
    while (safe.startsWith(".")) {
      safe = safe.substring(1);
    }
    if (safe.length() > MAX_LENGTH) {
      safe = safe.substring(0, MAX_LENGTH);
    }
    if (safe.isEmpty() || safe.chars().allMatch(c -> c == '_')) {
      safe = "importer" + safe;
    }
    if (RESERVED.matcher(safe).matches()) {
      safe = safe + "-importer";
    }
    return safe;
  }
}
