/**
 * CBP date arithmetic: pure {@code LocalDate} in, {@code LocalDate} out; nothing here reads a
 * clock.
 */
@NullMarked
package org.caperules.core.date;

import org.jspecify.annotations.NullMarked;
