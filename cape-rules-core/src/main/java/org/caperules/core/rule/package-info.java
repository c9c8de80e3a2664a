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
