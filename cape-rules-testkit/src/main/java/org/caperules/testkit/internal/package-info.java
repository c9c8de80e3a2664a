/**
 * Internals of the test kit; not exported.
 *
 * <ul>
 *   <li>{@link org.caperules.testkit.internal.TestkitStyle}: the one Immutables style.
 * </ul>
 */
@NullMarked
package org.caperules.testkit.internal;

import org.jspecify.annotations.NullMarked;
