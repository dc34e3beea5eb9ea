package uk.svkit.api.recognition.application;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Today's date as the recognition rules read it (UTC, as the rest of the API does). */
final class Today {
  private Today() {}

  static LocalDate date() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
