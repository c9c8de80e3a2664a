/**
 * Internals of the core module, not exported: {@link org.caperules.core.internal.CapeStyle}, the
 * shared Immutables style.
 *
 * <p>{@link org.caperules.core.internal.IsoDates}: ISO dates as string-concatenation operands,
 * for messages built on the engine's hot path without a {@code LocalDate.toString()} per date.
 */
@NullMarked
package org.caperules.core.internal;

import org.jspecify.annotations.NullMarked;
