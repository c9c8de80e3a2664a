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
 * CBP date arithmetic: pure {@code LocalDate} in, {@code LocalDate} out; nothing here reads a
 * clock.
 *
 * <ul>
 *   <li>{@link org.caperules.core.date.HolidayCalendar}: a calendar of non-business days, with
 *       rolling and counting as default methods.
 *   <li>{@link org.caperules.core.date.UsFederalHolidays}: the US federal holidays of
 *       5 U.S.C. 6103 on their observed dates, 2020 to 2040, with optional Inauguration Day and
 *       extra closures.
 *   <li>{@link org.caperules.core.date.CapeDeadlines}: the calculator of CAPE, reliquidation,
 *       protest and liquidation deadlines, with the day counts as constants.
 *   <li>{@link org.caperules.core.date.CapeWindowEnd}: whether day 80 after liquidation is still
 *       inside the CAPE window (UNCERTAIN; default inclusive).
 *   <li>{@link org.caperules.core.date.Deadline}: the deadlines of an entry, each with a
 *       description and legal source.
 *   <li>{@link org.caperules.core.date.EntryDeadlines}: the deadlines of one entry, with days
 *       remaining as of a date.
 * </ul>
 */
@NullMarked
package org.caperules.core.date;

import org.jspecify.annotations.NullMarked;
