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
