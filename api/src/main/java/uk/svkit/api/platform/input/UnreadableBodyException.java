package uk.svkit.api.platform.input;

import java.io.IOException;

/**
 * A request body refused while it is read: not UTF-8, a NUL character, JSON nested too deep. An
 * IOException so it passes through every reader unchanged; its message is the problem's detail.
 */
public final class UnreadableBodyException extends IOException {
  private static final long serialVersionUID = 1L;

  public UnreadableBodyException(String message) {
    super(message);
  }
}
