package org.safeguarding.review.cli;

/**
 * A problem with what the user gave srm, such as a missing file: reported as one line on standard
 * error, with exit status 2 and no stack trace.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
