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
 * The {@code cape-rules} command line, built with picocli into {@code target/cape-rules.jar}.
 *
 * <p>{@link org.caperules.examples.cli.CapeRulesCli}: the top command, exit codes and error
 * handling. {@link org.caperules.examples.cli.ScreenCommand}: screens ES-003 exports and writes
 * declarations, report and problems (a {@link org.caperules.screening.ScreeningRun}, its progress
 * on stderr through {@link org.caperules.examples.cli.StderrProgress}). {@link org.caperules.examples.cli.CompareCommand}: two
 * policies on the same entries, as CSV. {@link org.caperules.examples.cli.DeadlinesCommand}: the
 * deadlines of one entry. {@link org.caperules.examples.cli.CheckDeclarationCommand}: the
 * pre-flight check of declaration files. {@link org.caperules.examples.cli.ReadinessCommand} and
 * {@link org.caperules.examples.cli.ReadinessProfileFile}: refund readiness from a
 * {@code .properties} profile. {@link org.caperules.examples.cli.PoliciesCommand}: the built-in
 * policies. {@link org.caperules.examples.cli.GenerateEs003Command}: synthetic ES-003 files.
 * {@link org.caperules.examples.cli.UnusableInputException}: an input that cannot be used (exit
 * code 1).
 */
@NullMarked
package org.caperules.examples.cli;

import org.jspecify.annotations.NullMarked;
