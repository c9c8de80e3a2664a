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
package org.caperules.core.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntrySummaryStatus;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.jspecify.annotations.Nullable;

/** Builds entries from the columns of {@code cases/eligibility.csv}. */
final class GoldenEntries {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");
  private static final java.util.regex.Pattern COLON = java.util.regex.Pattern.compile(":");

  /** A protest cell {@code #270426100123}: that protest number, with no protest status. */
  private static final String PROTEST_NUMBER_ONLY = "#";

  private GoldenEntries() {}

  static Entry entry(String entry, @Nullable String type, @Nullable String entryDate,
      @Nullable String liqStatus, @Nullable String liqDate, @Nullable String lines,
      @Nullable String flags, @Nullable String protest, @Nullable String esStatus) {
    Entry.Builder builder = Entry.builder().entryNumberText(EntryNumber.normalize(entry));
    if (type != null) {
      builder.entryType(EntryType.of(type));
    }
    if (entryDate != null) {
      builder.entryDate(LocalDate.parse(entryDate));
    }
    if (liqStatus != null) {
      Optional<LiquidationStatus> status = LiquidationStatus.tryParse(liqStatus);
      if (status.isPresent()) {
        builder.liquidationStatus(status.get());
      } else {
        builder.liquidationStatusText(liqStatus);
      }
    }
    if (liqDate != null) {
      builder.liquidationDate(LocalDate.parse(liqDate));
    }
    if (lines != null) {
      for (String line : SPACES.split(lines.trim(), -1)) {
        String[] parts = COLON.split(line, -1);
        builder.addDutyLines(DutyLine.of(HtsNumber.parse(parts[0]), new BigDecimal(parts[1])));
      }
    }
    String allFlags = flags == null ? "" : " " + flags + " ";
    builder.reconciliationFlagged(allFlags.contains(" RECON "))
        .reconciliationEntryFiled(allFlags.contains(" RECON09 "))
        .drawbackDesignated(allFlags.contains(" DRAWBACK "))
        .adCvdLiquidationInstructions(allFlags.contains(" ADCVD "))
        .filedInAce(!allFlags.contains(" NOT_IN_ACE "))
        .citPlaintiff(allFlags.contains(" CIT "));
    if (allFlags.contains(" NO_DRAWBACK_COLUMN ")) {
      builder.addMissingFacts(EntryFact.DRAWBACK_DESIGNATION);
    }
    if (allFlags.contains(" REJECTED ")) {
      builder.addRejectedRows("golden.csv line 7, Line Tariff Duty Amount 'N/A'");
    }
    if (protest != null && protest.startsWith(PROTEST_NUMBER_ONLY)) {
      builder.protestNumber(protest.substring(PROTEST_NUMBER_ONLY.length()));
    } else if (protest != null) {
      builder.protestStatus(ProtestStatus.parse(protest)).protestStatusText(protest);
    }
    if (esStatus != null) {
      builder.entrySummaryStatus(EntrySummaryStatus.parse(esStatus));
    }
    return builder.build();
  }
}
