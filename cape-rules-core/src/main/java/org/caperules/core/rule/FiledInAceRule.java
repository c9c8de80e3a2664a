package org.caperules.core.rule;

import java.time.LocalDate;
import org.caperules.core.Entry;
import org.jspecify.annotations.Nullable;

/**
 * CAPE processes entries filed in ACE only: "Entries not filed in ACE" are excluded (CBP
 * guidance of 10 Apr 2026; CSMS #68340863). An entry not filed in ACE gets
 * {@link ReasonCode#NOT_IN_ACE}.
 *
 * <p>Example: an entry with {@code filedInAce(false)} gives "The entry was not filed in ACE;
 * CAPE processes ACE entries only.", and the general advice to see the reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FiledInAceRule extends CbpRule {

  static final FiledInAceRule INSTANCE = new FiledInAceRule();

  private FiledInAceRule() {
    super("FILED_IN_ACE", ReasonCode.NOT_IN_ACE);
  }

  @Override
  @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy) {
    return entry.filedInAce()
        ? null
        : Finding.of(ReasonCode.NOT_IN_ACE,
            "The entry was not filed in ACE; CAPE processes ACE entries only.");
  }
}
