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
 * Internals of the core module, not exported: {@link org.caperules.core.internal.CapeStyle}, the
 * shared Immutables style, and {@link org.caperules.core.internal.Separators}, which removes
 * the separators users type inside identifiers; {@link org.caperules.core.internal.DisplayTexts}
 * and {@link org.caperules.core.internal.MoneyTexts}, how values and amounts of money are written
 * in messages and outputs (exported to the reader, report and command-line modules only).
 */
@NullMarked
package org.caperules.core.internal;

import org.jspecify.annotations.NullMarked;
