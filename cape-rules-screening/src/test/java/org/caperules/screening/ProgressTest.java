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
package org.caperules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.EntryNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress reports: only for inputs of 10 MB or more, every 100,000 entries. */
class ProgressTest {

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  /** Records what it hears. */
  private static final class Recorder implements ProgressListener {
    final List<String> heard = new ArrayList<>();

    @Override
    public void started(int files, long bytes) {
      heard.add("started " + files + " " + (bytes >= ScreeningRun.PROGRESS_BYTES));
    }

    @Override
    public void screened(long entries) {
      heard.add("screened " + entries);
    }
  }

  @Test
  void largeInput_startedThenEvery100000Entries() throws IOException {
    // 210,000 one-row entries of 60 bytes: 12.6 MB.
    Path input = dir.resolve("large.csv");
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      out.write("Entry Summary Number,HTS Number - Full,Line Tariff Duty Amount,"
          + "Entry Type Code,Importer Number,Liquidation Status\r\n");
      for (int i = 1; i <= 210_000; i++) {
        String base = String.format(java.util.Locale.ROOT, "EXA%07d", i);
        out.write(base + EntryNumber.checkDigit(base) + ",9903.01.25,100.00,01,12-3456789A1,"
            + "Unliquidated\r\n");
      }
    }
    assertThat(Files.size(input)).isGreaterThanOrEqualTo(ScreeningRun.PROGRESS_BYTES);
    Recorder recorder = new Recorder();
    ScreeningOutcome outcome = ScreeningRun.builder().asOf(ScreeningRunTest.AS_OF)
        .output(dir.resolve("out")).progress(recorder).build().run(List.of(input));
    assertThat(outcome.summary().total()).isEqualTo(210_000);
    assertThat(recorder.heard).containsExactly("started 1 true", "screened 100000",
        "screened 200000");
  }

  @Test
  void smallInput_noProgress() {
    Recorder recorder = new Recorder();
    ScreeningRun.builder().asOf(ScreeningRunTest.AS_OF).output(dir.resolve("out"))
        .progress(recorder).build().run(List.of(ScreeningRunTest.SAMPLE));
    assertThat(recorder.heard).isEmpty();
  }
}
