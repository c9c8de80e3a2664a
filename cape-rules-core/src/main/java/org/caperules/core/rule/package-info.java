/**
 * The CAPE eligibility rules: one class per CBP rule, and the rule SPI they share with custom
 * rules.
 *
 * <ul>
 *   <li>{@link org.caperules.core.rule.StandardRules}: the built-in rules as constants, in
 *       policy order, and the precedence of their next actions. Each rule is a package-private
 *       class named after the CBP rule (for example {@code DrawbackRule}) that owns the reason
 *       codes it produces, their CBP source, its check, its next-action advice and the CAPE
 *       messages it predicts.
 *   <li>{@link org.caperules.core.rule.EligibilityRule}: the rule interface, built in or custom;
 *       {@link org.caperules.core.rule.PolicyContext}: what a rule reads of the policy, with
 *       {@link org.caperules.core.rule.PolicySettings}.
 *   <li>{@link org.caperules.core.rule.Finding}, {@link org.caperules.core.rule.ReasonCode},
 *       {@link org.caperules.core.rule.ReasonKind} and
 *       {@link org.caperules.core.rule.NextAction}: what a rule says about an entry.
 * </ul>
 *
 * <p>This package depends on the domain ({@code org.caperules.core}) and the deadlines
 * ({@code org.caperules.core.date}) only; the engine ({@code org.caperules.core.eligibility})
 * depends on it.
 */
@NullMarked
package org.caperules.core.rule;

import org.jspecify.annotations.NullMarked;
