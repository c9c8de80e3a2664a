/** Runnable examples of cape-rules, one class per task, and the command line. Not an API. */
@NullMarked
package org.caperules.examples;

import org.jspecify.annotations.NullMarked;
