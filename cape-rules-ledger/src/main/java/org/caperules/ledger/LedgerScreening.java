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
package org.caperules.ledger;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.forecast.RefundForecast;
import org.caperules.core.screening.ScreenedEntry;
import org.caperules.csv.declaration.DeclarationEntry;
import org.caperules.csv.declaration.DeclarationFile;
import org.caperules.screening.DeclarationHistory;
import org.jspecify.annotations.Nullable;

/**
 * A claim ledger as a screening run sees it ({@code ScreeningRun.builder().history(...)}):
 * entries CAPE accepted are left out of the new declaration files; an entry declared before
 * with no result yet is declared again (writing a file is not uploading it) and shown {@code
 * DECLARED <date>}, unless declared entries are skipped; the report's {@code Claim Status} cell
 * comes from {@link ClaimState#claimStatus()}; and the declarations the run writes are recorded,
 * with what the screening expected of each entry (deadlines, principal, interest, payment
 * window).
 *
 * <p>Example: with {@code BII05992854} accepted in the ledger, a run that finds it ELIGIBLE
 * reports {@code ACCEPTED} and does not declare it; {@link #leftOutAccepted()} is 1.
 *
 * <p>Not thread-safe: one per run.
 */
public final class LedgerScreening implements DeclarationHistory {

  private final ClaimLedger ledger;
  private final Map<EntryNumber, ClaimState> states;
  private final LocalDate writtenOn;
  private final boolean skipDeclared;
  private final Map<String, ScreenedEntry> declarable = new HashMap<>();
  private long leftOutAccepted;
  private long leftOutDeclared;
  private long recorded;

  LedgerScreening(ClaimLedger ledger, Map<EntryNumber, ClaimState> states, LocalDate writtenOn,
      boolean skipDeclared) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.states = Map.copyOf(states);
    this.writtenOn = Objects.requireNonNull(writtenOn, "writtenOn");
    this.skipDeclared = skipDeclared;
  }

  @Override
  public void accept(ScreenedEntry screened) {
    if (screened.isDeclarable()) {
      declarable.put(screened.assessment().entryNumberText(), screened);
    }
  }

  @Override
  public String claimStatus(Assessment assessment) {
    EntryNumber number = EntryNumber.tryParse(assessment.entryNumberText()).orElse(null);
    ClaimState state = number == null ? null : states.get(number);
    return state == null ? "" : state.claimStatus();
  }

  @Override
  public boolean leaveOut(EntryNumber entryNumber) {
    ClaimState state = states.get(entryNumber);
    if (state == null) {
      return false;
    }
    if (state.isAccepted()) {
      leftOutAccepted++;
      return true;
    }
    if (skipDeclared && state.currentResult() == null && state.lastDeclaration() != null) {
      leftOutDeclared++;
      return true;
    }
    return false;
  }

  @Override
  public void declared(List<DeclarationFile> files, List<DeclarationEntry> entries) {
    List<DeclaredEntry> records = new ArrayList<>(entries.size());
    for (DeclarationFile file : files) {
      Path name = file.file().getFileName();
      String fileName = name == null ? file.file().toString() : name.toString();
      for (EntryNumber number : DeclarationFiles.entryNumbers(file.file())) {
        ScreenedEntry screened = declarable.get(number.value());
        records.add(screened == null ? DeclaredEntry.of(number, null, fileName, writtenOn, "")
            : declared(screened, fileName));
      }
    }
    recorded = ledger.recordDeclarations(records);
  }

  private DeclaredEntry declared(ScreenedEntry screened, String fileName) {
    Assessment assessment = screened.assessment();
    RefundForecast forecast = screened.forecast();
    BigDecimal interest = forecast.estimatedInterest().orElse(null);
    return new DeclaredEntry(EntryNumber.of(assessment.entryNumberText()),
        assessment.entry().importerNumber(), fileName, writtenOn, assessment.asOf(),
        assessment.policyId(), assessment.deadlines().capeLastDay().orElse(null),
        assessment.deadlines().protestLastDay().orElse(null), assessment.ieepaDuty(), interest,
        forecast.expectedLiquidation().orElse(null), forecast.expectedPaymentFrom().orElse(null),
        forecast.expectedPaymentTo().orElse(null));
  }

  /**
   * Returns the number of declarable entries left out because CAPE accepted them.
   *
   * @return the count
   */
  public long leftOutAccepted() {
    return leftOutAccepted;
  }

  /**
   * Returns the number of declarable entries left out because they were declared before with no
   * result yet (only when skipping declared entries).
   *
   * @return the count
   */
  public long leftOutDeclared() {
    return leftOutDeclared;
  }

  /**
   * Returns the number of declared entries newly recorded in the ledger.
   *
   * @return the count
   */
  public long recorded() {
    return recorded;
  }

  /**
   * Returns the ledger's state of an entry as the run started.
   *
   * @param entryNumber  the entry
   * @return the state, or {@code null} if the ledger does not know the entry
   */
  public @Nullable ClaimState state(EntryNumber entryNumber) {
    return states.get(entryNumber);
  }
}
