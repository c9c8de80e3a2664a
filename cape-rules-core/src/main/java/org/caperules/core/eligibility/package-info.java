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
 * The CAPE eligibility engine: versioned policies, explained verdicts, deadlines and next
 * actions. The rules themselves, with their reason codes and settings, are in
 * {@link org.caperules.core.rule}; this package depends on it, never the reverse.
 *
 * <ul>
 *   <li>{@link org.caperules.core.eligibility.CapeEngine}: evaluates an entry, screens many,
 *       and applies the policy in force on the as-of date.
 *   <li>{@link org.caperules.core.eligibility.CapePolicy} and
 *       {@link org.caperules.core.eligibility.CapePolicies}: dated policies (PHASE_1,
 *       PHASE_1_RECON, WAREHOUSE_21_22_EXCLUDED, PHASE_3_LITIGANTS) with their CBP sources.
 *   <li>{@link org.caperules.core.eligibility.Assessment}: verdict, findings, deadlines, next
 *       action, IEEPA duty; {@link org.caperules.core.eligibility.Verdict}.
 *   <li>{@link org.caperules.core.eligibility.ScreeningSummary},
 *       {@link org.caperules.core.eligibility.ScreeningResult} and
 *       {@link org.caperules.core.eligibility.PolicyComparison}: batch screening and the
 *       comparison of two policies.
 * </ul>
 */
@NullMarked
package org.caperules.core.eligibility;

import org.jspecify.annotations.NullMarked;
