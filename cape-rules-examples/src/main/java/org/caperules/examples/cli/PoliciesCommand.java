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
package org.caperules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cape-rules policies [--as-of YYYY-MM-DD]}: lists the built-in CAPE policies ({@link
 * CapePolicies#standard()}) in order of effective date, each with its id, effective date,
 * confirmation level, sources and description. With {@code --as-of}, the policy in force on that
 * date is marked {@code *}.
 *
 * <p>Example: {@code cape-rules policies --as-of 2026-07-13} marks {@code
 * WAREHOUSE_21_22_EXCLUDED} (effective 2026-07-07).
 */
@Command(name = "policies", mixinStandardHelpOptions = true,
    description = "Lists the built-in CAPE policies: id, effective date, confirmation (CBP_PRIMARY:"
        + " a CBP publication; CBP_REPORTED: CBP as reported by others; UNCONFIRMED), sources and"
        + " description.")
final class PoliciesCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Mark the policy in force on this date with '*'.")
  @Nullable LocalDate asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CapePolicies policies = CapePolicies.standard();
    LocalDate date = asOf;
    @Nullable CapePolicy inForce = date == null ? null : policies.inForceOn(date);
    for (CapePolicy policy : policies.all()) {
      out.println((policy.equals(inForce) ? "* " : "  ") + policy.id() + "  effective "
          + policy.effectiveDate() + "  " + policy.confirmation());
      out.println("    " + policy.description());
      out.println("    Sources: " + String.join("; ", policy.sources()));
    }
    if (date != null) {
      out.println("* in force on " + date);
    }
    return CapeRulesCli.EXIT_OK;
  }
}
