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
 * The figures of the pages, computed from the inputs: {@link
 * org.caperules.report.figures.ReportFigures} for all importers, {@link
 * org.caperules.report.figures.ImporterFigures} for one (duty by verdict, money at risk, interest,
 * payments by month, deadline weeks, protests, blockers, claims), with the wordings of reason
 * codes ({@link org.caperules.report.figures.ReasonWords}) and blockers ({@link
 * org.caperules.report.figures.BlockerAdvice}).
 */
@NullMarked
package org.caperules.report.figures;

import org.jspecify.annotations.NullMarked;
