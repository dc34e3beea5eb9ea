package uk.svkit.api.platform.persistence;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a unique-key violation (SQLState 23505 on H2 and PostgreSQL) anywhere in a failure: in
 * its cause chain, or among the exceptions a JDBC batch chains to each other.
 */
public final class UniqueViolations {
  private static final int MAX_VISITED = 50;

  private UniqueViolations() {}

  /** Whether the failure is a unique-key violation of any constraint. */
  public static boolean isAny(Throwable failure) {
    return find(failure, null);
  }

  /**
   * Whether it violates the named unique index or constraint (both databases name it in the
   * message).
   */
  public static boolean isOf(Throwable failure, String constraintName) {
    return find(failure, constraintName.toLowerCase(Locale.ROOT));
  }

  private static boolean find(Throwable failure, String constraintName) {
    Deque<Throwable> pending = new ArrayDeque<>();
    pending.push(failure);
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pending.isEmpty() && seen.size() < MAX_VISITED) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SQLException sql) {
        if ("23505".equals(sql.getSQLState())
            && (constraintName == null
                || String.valueOf(sql.getMessage())
                    .toLowerCase(Locale.ROOT)
                    .contains(constraintName))) {
          return true;
        }
        if (sql.getNextException() != null) {
          pending.push(sql.getNextException());
        }
      }
      if (t.getCause() != null) {
        pending.push(t.getCause());
      }
    }
    return false;
  }
}
