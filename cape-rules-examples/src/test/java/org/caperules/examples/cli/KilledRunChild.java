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

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.caperules.core.ImporterLabels;
import org.caperules.csv.declaration.DeclarationSet;
import org.caperules.screening.ProgressListener;
import org.caperules.screening.ScreeningRun;

/**
 * The child JVM of {@link KilledRunTest}: a forced screening run of {@code screen}'s kind that,
 * at the step named, prints {@value #PAUSED} on stdout and waits to be killed.
 *
 * <p>Arguments: output folder, step ({@code STAGED} or {@code SET_ASIDE}), input file.
 */
final class KilledRunChild {

  static final String PAUSED = "PAUSED";

  private KilledRunChild() {}

  public static void main(String[] args) throws InterruptedException {
    Path out = Path.of(args[0]);
    DeclarationSet.Step pauseAt = DeclarationSet.Step.valueOf(args[1]);
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CountDownLatch never = new CountDownLatch(1);
    ProgressListener pausing = new ProgressListener() {
      @Override
      public void declarations(DeclarationSet.Step step) {
        if (step == pauseAt) {
          stdout.println(PAUSED);
          try {
            never.await();
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
    ScreeningRun.builder().asOf(LocalDate.of(2026, 7, 13)).output(out).force(true)
        .labels(ImporterLabels.keyed(KilledRunTest.key())).progress(pausing).build()
        .run(List.of(Path.of(args[2])));
    stdout.println("FINISHED");
  }
}
