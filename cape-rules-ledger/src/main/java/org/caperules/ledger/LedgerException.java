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
package org.caperules.ledger;

/**
 * A claim ledger cannot be opened, read or written: the database is missing or unreachable, its
 * schema is newer than this library, or a statement failed. The message names the ledger (a
 * PostgreSQL password in its URL masked) and what was being done; nothing of a failed write is
 * kept. Example: {@code Claim ledger 'jdbc:postgresql://db/cape?password=***' cannot be opened:
 * Connection refused}.
 */
public final class LedgerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message  what failed, naming the ledger
   * @param cause  the database's exception
   */
  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
