/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * CAPE declaration files: the one-column CSV of entry numbers a user uploads in the ACE Portal's
 * CAPE tab.
 *
 * <p>{@link org.caperules.csv.declaration.DeclarationWriter}: writes declaration files,
 * atomically and byte for byte reproducibly, one series per importer, at most 9,999 entry numbers
 * per file; {@link org.caperules.csv.declaration.DeclarationEntry} is an entry to declare with its
 * importer, {@link org.caperules.csv.declaration.DeclarationFile} a file written with its count.
 *
 * <p>{@link org.caperules.csv.declaration.DeclarationSet}: publishes a whole set into {@code
 * declarations/} all or nothing (staged, forced to disk, swapped in), repairs what a killed run
 * left, never deletes through a link nor a file the tool did not write; {@link
 * org.caperules.csv.declaration.DeclarationManifest}: the set's {@code declarations-manifest.csv}
 * (file, importer, entries, SHA-256) beside the folder, and the check of a folder against it.
 *
 * <p>{@link org.caperules.csv.declaration.DeclarationValidator}: the pre-flight check of a
 * declaration file made by hand or edited in Excel, against the file-level rules CBP applies; it
 * returns the {@link org.caperules.csv.declaration.CheckedDeclaration} with every error (CAPE
 * would reject the file) and warning (CBP's handling is uncertain), by line.
 */
@NullMarked
package org.caperules.csv.declaration;

import org.jspecify.annotations.NullMarked;
