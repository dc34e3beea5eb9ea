package uk.svkit.api.platform.persistence;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds a database failure of a kind anywhere in what reached the caller: in the cause chain, or
 * among the exceptions a JDBC batch chains to each other.
 */
final class SqlFailures {
  private static final int MAX_VISITED = 50;

  private SqlFailures() {}

  static boolean anyMatch(Throwable failure, Predicate<SQLException> kind) {
    Deque<Throwable> pending = new ArrayDeque<>();
    pending.push(failure);
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pending.isEmpty() && seen.size() < MAX_VISITED) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SQLException sql) {
        if (kind.test(sql)) {
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
