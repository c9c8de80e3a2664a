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
package org.caperules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README is code that compiles: its imports are imports of an example
 * source file, and the rest is, line for line, the region of that file between {@code //
 * README: name} and {@code // README: end} (indented as in the file, shown without the common
 * indentation). Every such region is shown in the README. A README edit that is not made in the
 * example (or the other way round) fails here.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\R(.*?)^```$");
  private static final Pattern REGION = Pattern.compile(
      "(?ms)^[ \\t]*// README: ([\\w-]+)\\R(.*?)^[ \\t]*// README: end$");

  /** A marked region of an example source: its name, file, text (dedented) and imports. */
  record Region(String name, Path file, String text, List<String> imports) {}

  @Test
  void everyJavaBlock_isAnExampleRegion_withItsImports() throws IOException {
    List<String> blocks = javaBlocks();
    Map<String, Region> regions = regions();
    assertThat(blocks).as("Java blocks in README.md").isNotEmpty();
    Map<String, String> shown = new HashMap<>();
    for (String block : blocks) {
      List<String> imports = block.lines().filter(l -> l.startsWith("import ")).toList();
      String code = block.lines().filter(l -> !l.startsWith("import "))
          .dropWhile(String::isBlank).reduce("", (a, b) -> a + b + "\n");
      assertThat(imports).as("imports shown in the README block:%n%s", block).isNotEmpty();
      List<Region> matching = regions.values().stream().filter(r -> r.text().equals(code))
          .toList();
      assertThat(matching).as("no example region (// README: name ... // README: end) is this"
          + " README block, line for line:%n%s%nregions:%n%s", code, regions.values()).hasSize(1);
      Region region = matching.get(0);
      assertThat(region.imports()).as("imports of %s", region.file()).containsAll(imports);
      shown.put(region.name(), code);
    }
    assertThat(shown.keySet()).as("example regions shown in the README")
        .containsExactlyInAnyOrderElementsOf(regions.keySet());
  }

  @Test
  void regions_areFound_inTheExamples() throws IOException {
    assertThat(regions()).containsKeys("quick-start", "one-by-one", "streaming", "testkit");
  }

  static List<String> javaBlocks() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  static Map<String, Region> regions() throws IOException {
    Map<String, Region> regions = new LinkedHashMap<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<String> imports = source.lines().filter(l -> l.startsWith("import ")).toList();
        Matcher m = REGION.matcher(source);
        while (m.find()) {
          Region previous = regions.put(m.group(1),
              new Region(m.group(1), file, dedent(m.group(2)), imports));
          assertThat(previous).as("region %s twice", m.group(1)).isNull();
        }
      }
    }
    return regions;
  }

  private static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
