/**
 * Internals of the core module, not exported: {@link org.caperules.core.internal.CapeStyle}, the
 * shared Immutables style.
 */
@NullMarked
package org.caperules.core.internal;

import org.jspecify.annotations.NullMarked;
