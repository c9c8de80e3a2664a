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
package org.caperules.core.readiness;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One routing number in a FedACH directory ({@code FedACHdir.txt}): a depository institution that
 * receives FedACH payments (docs/formats.md#ach-values).
 *
 * <p>Example: {@code new FedAchParticipant(AbaRoutingNumber.of("021000021"), "EXAMPLE BANK",
 * "NEW YORK", "NY", null)} prints as {@code ****0021 EXAMPLE BANK, NEW YORK NY}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param routingNumber  the routing number (characters 1-9 of the line)
 * @param customerName  the institution's name, trimmed (characters 36-71)
 * @param city  the city, trimmed (characters 108-127)
 * @param state  the state code, trimmed (characters 128-129)
 * @param newRoutingNumber  for record type code 2, the routing number to send items to
 *     instead (characters 27-35); otherwise null
 */
public record FedAchParticipant(
    AbaRoutingNumber routingNumber,
    String customerName,
    String city,
    String state,
    @Nullable AbaRoutingNumber newRoutingNumber) {

  /**
   * Creates a participant.
   *
   * @param routingNumber  the routing number
   * @param customerName  the name
   * @param city  the city
   * @param state  the state code
   * @param newRoutingNumber  the new routing number, or null
   * @throws NullPointerException if a non-nullable component is null
   */
  public FedAchParticipant {
    Objects.requireNonNull(routingNumber, "routingNumber");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
  }

  /**
   * Returns the masked routing number, the name and the place, for example
   * {@code ****0021 EXAMPLE BANK, NEW YORK NY}, with {@code , send to ****0034} appended when
   * there is a new routing number.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String text = routingNumber + " " + customerName + ", " + city + " " + state;
    return newRoutingNumber == null ? text : text + ", send to " + newRoutingNumber;
  }
}
