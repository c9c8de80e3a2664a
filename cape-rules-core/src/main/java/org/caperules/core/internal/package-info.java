/**
 * Internals of the core module, not exported: {@link org.caperules.core.internal.CapeStyle}, the
 * shared Immutables style, and {@link org.caperules.core.internal.Separators}, which removes
 * the separators users type inside identifiers.
 */
@NullMarked
package org.caperules.core.internal;

import org.jspecify.annotations.NullMarked;
