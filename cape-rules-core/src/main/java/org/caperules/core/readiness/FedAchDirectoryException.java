package org.caperules.core.readiness;

/**
 * A {@code FedACHdir.txt} file that cannot be read: the message names the line, for example
 * "FedACHdir.txt line 3: expected 155 characters, found 120". Messages never repeat a whole line,
 * and show routing numbers masked.
 */
public final class FedAchDirectoryException extends RuntimeException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the directory file the problem is on. */
  private final long lineNumber;

  FedAchDirectoryException(long lineNumber, String message) {
    super(message);
    this.lineNumber = lineNumber;
  }

  /**
   * Returns the 1-based number of the line at fault, or 0 for a problem with the whole file.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }
}
