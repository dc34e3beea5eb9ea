package uk.svkit.sdk.exception;

import java.io.Serializable;
import java.util.Objects;

/** One rejected input field, from the {@code errors} array of a validation problem. */
public final class FieldError implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String message;

  /**
   * Creates a field error.
   *
   * @param field the property path the server names, such as {@code name}; may be {@code null}
   * @param message the server's explanation, such as {@code must not be blank}
   */
  public FieldError(String field, String message) {
    this.field = field;
    this.message = message;
  }

  /**
   * Returns the rejected property path.
   *
   * @return the field, or {@code null} when the error concerns the whole request
   */
  public String getField() {
    return field;
  }

  /**
   * Returns the server's explanation.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldError
        && Objects.equals(field, ((FieldError) o).field)
        && Objects.equals(message, ((FieldError) o).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message);
  }

  @Override
  public String toString() {
    return field == null ? String.valueOf(message) : field + ": " + message;
  }
}
