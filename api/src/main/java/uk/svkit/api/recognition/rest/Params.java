package uk.svkit.api.recognition.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.problem.ProblemException;

/** Query parameters the recognition lists share. */
final class Params {
  private Params() {}

  /** A date parameter, {@code null} when absent; a malformed one is a 400 naming the parameter. */
  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "must be a date such as 2029-02-28");
    }
  }

  /** The date key of a cursor; one that holds no date is not a cursor this API issued. */
  static LocalDate cursorDate(Cursor cursor, int index) {
    return cursor.date(index);
  }
}
