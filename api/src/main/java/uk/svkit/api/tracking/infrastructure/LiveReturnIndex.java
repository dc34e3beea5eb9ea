package uk.svkit.api.tracking.infrastructure;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The unique index that allows one live return (SUBMITTED or VALIDATED) per commitment and
 * reporting period: a partial index on PostgreSQL, an index over a generated column on H2, of the
 * same name on both (migration V16).
 */
public final class LiveReturnIndex {
  static final String NAME = "trk_return_live_uq";

  private LiveReturnIndex() {}

  /**
   * Whether the failure, or one chained to it (a batch chains its statements' failures), is a
   * unique violation (SQLState 23505) of this index. Both databases name the index in the message.
   */
  public static boolean isViolatedBy(SQLException failure) {
    Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pending.isEmpty() && seen.size() < 50) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SQLException sql) {
        if ("23505".equals(sql.getSQLState()) && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(NAME)) {
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
