/**
 * The CAPE domain: identifiers, entries and their facts.
 *
 * <ul>
 *   <li>{@link org.caperules.core.EntryNumber}: a CBP entry number with its CATAIR check digit.
 *   <li>{@link org.caperules.core.ImporterNumber}: an importer of record number (IRS, SSN or
 *       CBP-assigned); an SSN is masked whenever it is printed.
 * </ul>
 */
@NullMarked
package org.caperules.core;

import org.jspecify.annotations.NullMarked;
