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
package org.caperules.csv.result;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.rule.CapeErrorMessage;
import org.caperules.core.rule.ReasonCode;
import org.caperules.csv.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Compares what CAPE said about uploaded entries ({@link CapeResultRow}s from {@link
 * CapeResultReader}) with what the screening predicted ({@link Assessment}s), so a user sees
 * which rejections the screening foresaw and where it was wrong.
 *
 * <p>Each result row gets one {@link Outcome}. A row is a rejection when it has an error
 * description, or its status is {@code Failed} or {@code Rejected} (trimmed, any case); CBP's
 * error text is mapped to a library reason code through {@link
 * CapeErrorMessage#reasonCode()}:
 *
 * <ul>
 *   <li>{@link Outcome#PREDICTED}: rejected, and the screening found that reason ("PROTEST ON
 *       ENTRY" and the assessment has {@code OPEN_PROTEST}). "ENTRY SUMMARY IS IN FINAL
 *       LIQUIDATION STATUS" is also predicted by {@code LIQUIDATION_FINAL}, since CBP gives that
 *       message for both;
 *   <li>{@link Outcome#PREDICTED_OTHER_REASON}: rejected for a reason the library knows, and the
 *       screening did not find it but did not call the entry declarable either;
 *   <li>{@link Outcome#MISSED}: rejected for a reason the library knows, and the screening said
 *       {@code ELIGIBLE} or {@code ELIGIBLE_DEFERRED};
 *   <li>{@link Outcome#NO_CORRESPONDING_RULE}: rejected with a message no screening rule can
 *       predict ("UNABLE TO CALCULATE DUTY"), with an unknown message, or with none;
 *   <li>{@link Outcome#ACCEPTED_AS_PREDICTED}: not rejected, and the screening said declarable;
 *   <li>{@link Outcome#ACCEPTED_DESPITE_SCREENING}: not rejected, but the screening said {@code
 *       NOT_ELIGIBLE} or {@code NEEDS_REVIEW};
 *   <li>{@link Outcome#NOT_SCREENED}: no assessment has the row's entry number.
 * </ul>
 *
 * <p>Example: a row {@code BII05999206, Failed, PROTEST ON ENTRY} and an assessment of {@code
 * BII05999206} that is {@code NOT_ELIGIBLE [OPEN_PROTEST]} give one match, {@code PREDICTED},
 * expected reason {@code OPEN_PROTEST}.
 *
 * <p>Assessments are matched by {@link Assessment#entryNumberText()}; where two have the same
 * entry number, the first is used.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CapeResultComparison {

  /** How one CAPE result compares with the screening. */
  public enum Outcome {
    /** Rejected for a reason the screening found. */
    PREDICTED,
    /** Rejected for a known reason the screening did not find; not declarable for others. */
    PREDICTED_OTHER_REASON,
    /** Rejected for a known reason; the screening said declarable. */
    MISSED,
    /** Rejected with a message no screening rule corresponds to, an unknown one, or none. */
    NO_CORRESPONDING_RULE,
    /** Accepted, and the screening said declarable. */
    ACCEPTED_AS_PREDICTED,
    /** Accepted, though the screening said NOT_ELIGIBLE or NEEDS_REVIEW. */
    ACCEPTED_DESPITE_SCREENING,
    /** The entry was not screened. */
    NOT_SCREENED
  }

  /**
   * One CAPE result row and what the screening said about its entry.
   *
   * @param result  the CAPE result row
   * @param assessment  the screening of the entry, or {@code null} if it was not screened
   * @param message  CBP's known error message, or {@code null} if there is none or it is unknown
   * @param expectedReason  the reason code that predicts the message, or {@code null} if none
   *     corresponds
   * @param outcome  the outcome
   */
  public record Match(CapeResultRow result, @Nullable Assessment assessment,
      @Nullable CapeErrorMessage message, @Nullable ReasonCode expectedReason, Outcome outcome) {

    /**
     * Checks the components.
     *
     * @param result  the CAPE result row
     * @param assessment  the screening of the entry, or {@code null} if it was not screened
     * @param message  CBP's known error message, or {@code null}
     * @param expectedReason  the reason code that predicts the message, or {@code null}
     * @param outcome  the outcome
     */
    public Match {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Returns the entry number, the outcome and the message, for example {@code BII05999206
     * PREDICTED: PROTEST ON ENTRY (OPEN_PROTEST)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return result.entryNumber() + " " + outcome
          + (result.hasError() ? ": " + Texts.printable(Texts.abbreviate(
              result.errorDescription())) : "")
          + (expectedReason == null ? "" : " (" + expectedReason + ")");
    }
  }

  private final List<Match> matches;

  private CapeResultComparison(List<Match> matches) {
    this.matches = List.copyOf(matches);
  }

  /**
   * Compares CAPE result rows with screening assessments.
   *
   * @param results  the CAPE result rows, for example {@code CapeResultReader.read(file).rows()}
   * @param assessments  the assessments of the screening
   * @return the comparison, one match per result row in the order given
   */
  public static CapeResultComparison of(Iterable<CapeResultRow> results,
      Iterable<Assessment> assessments) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(assessments, "assessments");
    Map<String, Assessment> byEntry = new HashMap<>();
    for (Assessment assessment : assessments) {
      byEntry.putIfAbsent(assessment.entryNumberText(), assessment);
    }
    List<Match> matches = new ArrayList<>();
    for (CapeResultRow row : results) {
      matches.add(match(row, byEntry.get(row.entryNumber().value())));
    }
    return new CapeResultComparison(matches);
  }

  private static Match match(CapeResultRow row, @Nullable Assessment assessment) {
    CapeErrorMessage message = row.errorMessage().orElse(null);
    ReasonCode expected = message == null ? null : message.reasonCode();
    Outcome outcome;
    if (assessment == null) {
      outcome = Outcome.NOT_SCREENED;
    } else if (!isRejection(row)) {
      outcome = assessment.verdict().isDeclarable() ? Outcome.ACCEPTED_AS_PREDICTED
          : Outcome.ACCEPTED_DESPITE_SCREENING;
    } else if (expected == null) {
      outcome = Outcome.NO_CORRESPONDING_RULE;
    } else if (assessment.hasReason(expected)
        || (expected == ReasonCode.LIQUIDATION_WINDOW_PASSED
            && assessment.hasReason(ReasonCode.LIQUIDATION_FINAL))) {
      outcome = Outcome.PREDICTED;
    } else {
      outcome = assessment.verdict().isDeclarable() ? Outcome.MISSED
          : Outcome.PREDICTED_OTHER_REASON;
    }
    return new Match(row, assessment, message, expected, outcome);
  }

  /**
   * Tells whether CAPE rejected a result row: it has an error description, or its status is
   * {@code Failed} or {@code Rejected} (trimmed, any case).
   *
   * @param row  the result row
   * @return true for a rejection
   */
  public static boolean isRejection(CapeResultRow row) {
    Objects.requireNonNull(row, "row");
    String status = row.status().toUpperCase(Locale.ROOT);
    return row.hasError() || status.equals("FAILED") || status.equals("REJECTED");
  }

  /**
   * Returns every match, one per result row, in the order of the rows.
   *
   * @return the matches
   */
  public List<Match> matches() {
    return matches;
  }

  /**
   * Returns the matches with one outcome, in order.
   *
   * @param outcome  the outcome
   * @return the matches, possibly empty
   */
  public List<Match> matches(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    List<Match> found = new ArrayList<>();
    for (Match match : matches) {
      if (match.outcome() == outcome) {
        found.add(match);
      }
    }
    return found;
  }

  /**
   * Returns how many rows have each outcome; every outcome is a key, zero where none.
   *
   * @return the counts, in {@link Outcome} order
   */
  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome, 0);
    }
    for (Match match : matches) {
      counts.merge(match.outcome(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Returns the counts as a sentence, for example {@code "3 results: 1 PREDICTED, 1 MISSED, 1
   * ACCEPTED_AS_PREDICTED"} (outcomes with no rows left out).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append(matches.size())
        .append(matches.size() == 1 ? " result" : " results");
    String separator = ": ";
    for (Map.Entry<Outcome, Integer> count : counts().entrySet()) {
      if (count.getValue() > 0) {
        out.append(separator).append(count.getValue()).append(' ').append(count.getKey());
        separator = ", ";
      }
    }
    return out.toString();
  }
}
