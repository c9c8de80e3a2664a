/**
 * CAPE declaration files: the one-column CSV of entry numbers a user uploads in the ACE Portal's
 * CAPE tab.
 *
 * <p>{@link org.caperules.csv.declaration.DeclarationWriter}: writes declaration files,
 * atomically and byte for byte reproducibly, one series per importer, at most 9,999 entry numbers
 * per file; {@link org.caperules.csv.declaration.DeclarationEntry} is an entry to declare with its
 * importer, {@link org.caperules.csv.declaration.DeclarationFile} a file written with its count.
 *
 * <p>{@link org.caperules.csv.declaration.DeclarationValidator}: the pre-flight check of a
 * declaration file made by hand or edited in Excel, against the file-level rules CBP applies; it
 * returns the {@link org.caperules.csv.declaration.CheckedDeclaration} with every error (CAPE
 * would reject the file) and warning (CBP's handling is uncertain), by line.
 */
@NullMarked
package org.caperules.csv.declaration;

import org.jspecify.annotations.NullMarked;
