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
package org.caperules.core.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caperules.core.Entry;
import org.caperules.core.date.EntryDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * A built-in CAPE rule: the reason codes it produces, its check, its next-action advice for an
 * entry it excludes, and the CAPE messages that correspond to it. Each subclass is one CBP rule
 * and cites its CBP source; the public face of the subclasses is {@link StandardRules}.
 *
 * <p>Example: {@code DrawbackRule} produces {@link ReasonCode#DRAWBACK} for entry types 41-47
 * and for entries designated on a drawback claim (CSMS #68340863).
 *
 * <p>Subclasses are immutable and thread-safe.
 */
abstract class CbpRule implements EligibilityRule {

  private final String name;
  private final List<ReasonCode> reasonCodes;

  /**
   * Creates a rule.
   *
   * @param name  the name of its {@link StandardRules} constant, for {@link #toString()}
   * @param reasonCodes  the reason codes it produces
   */
  CbpRule(String name, ReasonCode... reasonCodes) {
    this.name = name;
    this.reasonCodes = List.of(reasonCodes);
  }

  /**
   * Returns the reason codes this rule produces.
   *
   * @return the reason codes, in declaration order
   */
  final List<ReasonCode> reasonCodes() {
    return reasonCodes;
  }

  /**
   * Returns the messages CAPE gives for an entry this rule excludes, each with one of this
   * rule's reason codes as its {@link CapeErrorMessage#reasonCode()}.
   *
   * @return the CAPE messages, empty if none is known
   */
  List<CapeErrorMessage> capeErrorMessages() {
    return List.of();
  }

  /**
   * Checks an entry against this rule.
   *
   * @param entry  the entry
   * @param asOf  the date of the assessment
   * @param policy  the policy being applied
   * @return the finding, or null if the entry passes this rule
   */
  abstract @Nullable Finding find(Entry entry, LocalDate asOf, PolicyContext policy);

  /**
   * {@inheritDoc}
   *
   * <p>The finding of {@link #find(Entry, LocalDate, PolicyContext)}.
   */
  @Override
  public final Optional<Finding> check(Entry entry, LocalDate asOf, PolicyContext policy) {
    return Optional.ofNullable(find(entry, asOf, policy));
  }

  /**
   * Returns what to do about an entry whose findings include one of this rule's reason codes,
   * or null where the rule has no advice of its own (then the general "see the reasons" applies).
   * {@link StandardRules#nextAction(Entry, List, EntryDeadlines)} asks the rules in its order of
   * precedence.
   *
   * @param entry  the entry
   * @param findings  every finding of the entry, sorted by reason code
   * @param deadlines  the entry's deadlines under the policy applied
   * @param asOf  the date of the assessment, or null if unknown: advice is true on it (no past
   *     date given as a future one, no source cited before it was issued)
   * @return the advice, or null
   */
  @Nullable NextAction nextAction(Entry entry, List<Finding> findings, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    return null;
  }

  /**
   * The advice of an entry CAPE does not take: the IEEPA duty can still be recovered by a
   * protest within 180 days after liquidation (19 U.S.C. 1514(c)(3)) while that window is open.
   * Example, liquidated 2026-04-24 and assessed 2026-07-13: "... File a protest by 2026-10-21
   * (180 days after liquidation, 19 U.S.C. 1514(c)(3)) to preserve a refund of the IEEPA duty."
   *
   * @param why  the first sentence, ending with a full stop
   */
  static NextAction withProtestAdvice(String why, Entry entry, EntryDeadlines deadlines,
      @Nullable LocalDate asOf) {
    java.util.Optional<LocalDate> protest = deadlines.protestLastDay();
    if (entry.liquidationDate() == null) {
      return new NextAction(why + " If the entry has IEEPA duty, protest its liquidation within"
          + " 180 days (19 U.S.C. 1514(c)(3)) to preserve a refund.", null);
    }
    if (protest.isEmpty() || (asOf != null && asOf.isAfter(protest.get()))) {
      return new NextAction(why + " The protest window has closed"
          + protest.map(day -> " (" + day + ")").orElse("") + ": nothing more to do through"
          + " CBP.", null);
    }
    return new NextAction(why + " File a protest by " + protest.get() + " (180 days after"
        + " liquidation, 19 U.S.C. 1514(c)(3)) to preserve a refund of the IEEPA duty.",
        protest.get());
  }

  /**
   * Tells whether a finding has one of this rule's reason codes.
   *
   * @param findings  the findings
   * @return true if one of them has a reason code of this rule
   */
  final boolean firedIn(List<Finding> findings) {
    for (int i = 0, n = findings.size(); i < n; i++) {
      if (reasonCodes.contains(findings.get(i).reason())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a finding has a reason code.
   *
   * @param findings  the findings
   * @param reason  the reason code
   * @return true if a finding has it
   */
  static boolean has(List<Finding> findings, ReasonCode reason) {
    for (int i = 0, n = findings.size(); i < n; i++) {
      if (findings.get(i).reason() == reason) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the name of the rule's {@link StandardRules} constant, for example
   * {@code LIQUIDATION_WINDOW}.
   *
   * @return the name
   */
  @Override
  public final String toString() {
    return name;
  }
}
