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
package org.caperules.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.caperules.core.result.Problem;
import org.caperules.report.figures.ReportFigures;

/**
 * What {@link ImporterReport#write()} wrote: the index, the importer pages in index order, the
 * figures they show and the input rows left out. Example: the shipped sample screened as of
 * 2026-07-13 gives {@code index.html} and 8 importer pages, no problems.
 *
 * @param index  the index page
 * @param pages  the importer pages, in index order
 * @param figures  the figures shown
 * @param problems  the input rows left out, each naming file, line, column, value and entry
 */
public record ReportOutcome(Path index, List<Path> pages, ReportFigures figures,
    List<Problem> problems) {

  /**
   * Checks and copies the components.
   *
   * @param index  the index
   * @param pages  the pages
   * @param figures  the figures
   * @param problems  the problems
   */
  public ReportOutcome {
    Objects.requireNonNull(index, "index");
    pages = List.copyOf(pages);
    Objects.requireNonNull(figures, "figures");
    problems = List.copyOf(problems);
  }
}
