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
package org.caperules.core.forecast;

/**
 * The class of importer whose overpayment rate applies: CBP publishes two IRC 6621 overpayment
 * rates each quarter, one for corporations and one for everyone else.
 *
 * <p>Under 26 U.S.C. 6621(a)(1) the overpayment rate is the federal short-term rate plus 3
 * points, or plus 2 points for a corporation; for 2026 Q1 that is 7% non-corporate and 6%
 * corporate (CBP notices under 19 U.S.C. 1505 and T.D. 85-93; docs/interest.md#rates). A
 * non-corporate importer forecast at the corporate rate is understated by about one seventh at
 * those rates: set the class per importer ({@link ForecastSettings#importerRateClasses()}).
 *
 * <p>The same paragraph substitutes "0.5 percentage point" for the 2 points on the part of a
 * corporation's overpayment above $10,000: that part earns the short-term rate plus 0.5 point,
 * <b>1.5 points below</b> the corporate rate (4.5% instead of 6% in 2026 Q1). CBP's quarterly
 * notices publish only the two rates above and no CBP source mentions the rule, so whether CBP
 * applies it to refunds is <b>UNCERTAIN</b> (docs/decisions.md#corporate-half-point). cape-rules
 * documents the rule here and does <b>not</b> apply it; a corporate forecast above $10,000 may
 * therefore overstate the interest.
 */
public enum RateClass {

  /** A corporation: short-term rate + 2 points (26 U.S.C. 6621(a)(1), flush language). */
  CORPORATE,

  /** Anyone who is not a corporation: short-term rate + 3 points (26 U.S.C. 6621(a)(1)). */
  NON_CORPORATE
}
