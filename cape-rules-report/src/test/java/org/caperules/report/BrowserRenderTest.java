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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders {@code index.html} and one importer page in headless Chromium (Debian's
 * {@code chromium}, which {@code .ci/run} installs when missing) and checks that the screenshot
 * has the window's size and is not blank. Skipped, with the reason shown, when
 * {@code /usr/bin/chromium} is not installed.
 */
class BrowserRenderTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 1600;

  @TempDir
  @SuppressWarnings("NullAway.Init")
  Path dir;

  @Test
  void indexAndAnImporterPageRenderToAPictureThatIsNotBlank() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
        + " (apt-get install -y chromium; .ci/run installs it): browser rendering not tested");
    ReportOutcome outcome = SmallInputs.writePages(dir);
    for (Path page : List.of(outcome.index(), outcome.pages().get(0))) {
      Path png = dir.resolve(page.getFileName() + ".png");
      screenshot(page, png);
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(WIDTH);
      assertThat(image.getHeight()).isEqualTo(HEIGHT);
      Set<Integer> colours = new HashSet<>();
      long inked = 0;
      for (int y = 0; y < HEIGHT; y += 2) {
        for (int x = 0; x < WIDTH; x += 2) {
          int rgb = image.getRGB(x, y) & 0xFFFFFF;
          colours.add(rgb);
          if (rgb != 0xFFFFFF) {
            inked++;
          }
        }
      }
      // A blank or failed render is one colour; text, table rules, cards and bars give many
      // shades and cover a few percent of the picture at least.
      assertThat(colours.size()).as("distinct colours in " + png).isGreaterThan(20);
      assertThat(inked).as("non-white pixels (of 480,000 sampled) in " + png)
          .isGreaterThan(10_000);
    }
  }

  private void screenshot(Path page, Path png) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "chromium-profile-");
    Path log = dir.resolve(png.getFileName() + ".log");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png,
        page.toUri().toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s; its log: "
          + Files.readString(log));
    }
    assertThat(png).as("screenshot; Chromium's log: " + Files.readString(log)).isRegularFile();
  }
}
