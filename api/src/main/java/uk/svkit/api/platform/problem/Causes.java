package uk.svkit.api.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import uk.svkit.api.platform.input.UnreadableBodyException;
import uk.svkit.api.platform.request.HttpEntryFilter;

/** Recognises well-known failures wherever they sit in a cause chain. */
final class Causes {
  private Causes() {}

  static boolean isMalformedJson(Throwable throwable) {
    return find(throwable, JsonbException.class) != null
        || find(throwable, JsonParsingException.class) != null
        || find(throwable, jakarta.json.JsonException.class) != null;
  }

  static boolean isUnreadableBody(Throwable throwable) {
    return find(throwable, UnreadableBodyException.class) != null;
  }

  static boolean isTooLarge(Throwable throwable) {
    return find(throwable, HttpEntryFilter.PayloadTooLargeException.class) != null;
  }

  static boolean isOptimisticLock(Throwable throwable) {
    return find(throwable, OptimisticLockException.class) != null;
  }

  /**
   * Whether the failure is a unique-key violation (SQLState 23505 on H2 and PostgreSQL): a
   * concurrent or repeated write the client can resolve. Other integrity violations (NOT NULL,
   * foreign keys) mean the server wrote something it should not have, and stay internal errors.
   */
  static boolean isDuplicateKey(Throwable throwable) {
    return uk.svkit.api.platform.persistence.UniqueViolations.isAny(throwable);
  }

  static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
    int depth = 0;
    for (Throwable t = throwable; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
