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
 * The result files CAPE gives back after an upload, and what they say about the screening.
 *
 * <p>{@link org.caperules.csv.result.CapeResultReader}: reads CAPE's validation result or claim
 * details file, columns found by any of their known names, into {@link
 * org.caperules.csv.result.CapeResultRow}s (entry, claim number, status, CBP's error
 * description), with a problem for each row it cannot use.
 *
 * <p>{@link org.caperules.csv.result.CapeResultComparison}: which CAPE rejections the screening
 * predicted, which it missed and which it contradicted, one outcome per result row.
 */
@NullMarked
package org.caperules.csv.result;

import org.jspecify.annotations.NullMarked;
