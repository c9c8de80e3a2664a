/**
 * The CAPE eligibility engine: versioned policies, explained verdicts, deadlines and next
 * actions.
 *
 * <ul>
 *   <li>{@link org.caperules.core.eligibility.CapeEngine}: evaluates an entry, screens many,
 *       and applies the policy in force on the as-of date.
 *   <li>{@link org.caperules.core.eligibility.CapePolicy} and
 *       {@link org.caperules.core.eligibility.CapePolicies}: dated policies (PHASE_1,
 *       PHASE_1_RECON, WAREHOUSE_21_22_EXCLUDED, PHASE_3_LITIGANTS) with their CBP sources.
 *   <li>{@link org.caperules.core.eligibility.PolicySettings}: the uncertain points as named
 *       settings with defaults.
 *   <li>{@link org.caperules.core.eligibility.StandardRule} and
 *       {@link org.caperules.core.eligibility.EligibilityRule}: the rules, built in or custom.
 *   <li>{@link org.caperules.core.eligibility.Assessment}: verdict, findings, deadlines, next
 *       action; {@link org.caperules.core.eligibility.Verdict},
 *       {@link org.caperules.core.eligibility.ReasonCode},
 *       {@link org.caperules.core.eligibility.Finding}.
 *   <li>{@link org.caperules.core.eligibility.ScreeningSummary},
 *       {@link org.caperules.core.eligibility.ScreeningResult} and
 *       {@link org.caperules.core.eligibility.PolicyComparison}: batch screening and the
 *       comparison of two policies.
 * </ul>
 */
@NullMarked
package org.caperules.core.eligibility;

import org.jspecify.annotations.NullMarked;
