package uk.svkit.api.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import uk.svkit.api.platform.request.HttpEntryFilter;

/** Recognises well-known failures wherever they sit in a cause chain. */
final class Causes {
  private Causes() {}

  static boolean isMalformedJson(Throwable throwable) {
    return find(throwable, JsonbException.class) != null
        || find(throwable, JsonParsingException.class) != null
        || find(throwable, jakarta.json.JsonException.class) != null;
  }

  static boolean isTooLarge(Throwable throwable) {
    return find(throwable, HttpEntryFilter.PayloadTooLargeException.class) != null;
  }

  static boolean isOptimisticLock(Throwable throwable) {
    return find(throwable, OptimisticLockException.class) != null;
  }

  static boolean isConstraintViolation(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
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
