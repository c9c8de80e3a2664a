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
package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.caperules.core.result.Redaction;
import org.caperules.screening.ProgressListener;

/**
 * Prints a screening run's progress and notes on stderr, a line each, flushed at once so the
 * user sees them while the run goes on: "Reading and screening 1 file (250 MB)...", "  screened
 * 100,000 entries", "Note: the rows of entry ABC12345676 are apart ...".
 */
final class StderrProgress implements ProgressListener {

  private final PrintWriter err;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int files, long bytes) {
    print(String.format(Locale.ROOT, "Reading and screening %d file%s (%,d MB)...", files,
        files == 1 ? "" : "s", bytes / 1_000_000));
  }

  @Override
  public void screened(long entries) {
    print(String.format(Locale.ROOT, "  screened %,d entries", entries));
  }

  @Override
  public void note(String note) {
    print("Note: " + Redaction.mask(note));
  }

  private void print(String line) {
    err.println(line);
    err.flush();
  }
}
