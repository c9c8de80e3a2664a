package org.caperules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void entryNumberExample_printsValidAndInvalid() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EntryNumberExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new String[] {"abc-1234567-6", "ABC12345678"});
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "abc-1234567-6: valid: ABC-1234567-6",
        "ABC12345678: invalid: Entry number 'ABC12345678' has check digit 8, but the CATAIR check"
            + " digit of 'ABC1234567' is 6");
  }
}
