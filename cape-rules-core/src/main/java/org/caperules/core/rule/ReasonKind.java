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
package org.caperules.core.rule;

/**
 * What a {@link ReasonCode} says about an entry: a data fault to fix, or a CAPE exclusion.
 * Example: {@code INVALID_ENTRY_NUMBER} is {@link #DATA}, {@code DRAWBACK} is {@link #EXCLUSION}.
 */
public enum ReasonKind {
  /** The data cannot support a decision; the verdict is {@code NEEDS_REVIEW}. */
  DATA,
  /** CAPE excludes the entry; the verdict is {@code NOT_ELIGIBLE} (unless data fails). */
  EXCLUSION
}
