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
 * What a screening run does to each entry, without files: evaluate it once, forecast its refund
 * once, and hand the pair to sinks that keep what the run needs. Usable wherever the entries come
 * from: an ES-003 file, an ERP's database, a Spark partition.
 *
 * <ul>
 *   <li>{@link org.caperules.core.screening.Screener}: evaluates an entry under one policy as of
 *       one date ({@link org.caperules.core.eligibility.CapeEngine#evaluate(
 *       org.caperules.core.Entry, java.time.LocalDate,
 *       org.caperules.core.eligibility.CapePolicy)}), forecasts it with a pluggable forecaster
 *       and hands the {@link org.caperules.core.screening.ScreenedEntry} to a sink.
 *   <li>{@link org.caperules.core.screening.ScreeningSink}: receives each screened entry;
 *       {@link org.caperules.core.screening.ScreeningSink#of(ScreeningSink...)} combines sinks.
 *   <li>The in-memory sinks a run needs, each keeping only totals or small values, never the
 *       assessments: {@link org.caperules.core.screening.SummarySink} (entries, IEEPA duty and
 *       at-risk entries per verdict, as a
 *       {@link org.caperules.core.eligibility.ScreeningSummary}),
 *       {@link org.caperules.core.screening.DeclarableSink} (the
 *       {@link org.caperules.core.screening.DeclarableEntry} of every ELIGIBLE and
 *       ELIGIBLE_DEFERRED entry, to declare in CAPE) and
 *       {@link org.caperules.core.screening.PaymentSink} (the expected refund payments of the
 *       declarable entries, consolidated as CBP pays them, CSMS #68340863).
 * </ul>
 */
@NullMarked
package org.caperules.core.screening;

import org.jspecify.annotations.NullMarked;
