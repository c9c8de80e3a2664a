/** CSV input and output for CAPE: ES-003 exports in, declarations and reports out. */
@NullMarked
package org.caperules.csv;

import org.jspecify.annotations.NullMarked;
