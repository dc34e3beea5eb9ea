package uk.svkit.api.platform.persistence;

import java.util.Set;

/**
 * Recognises a transaction the database aborted because it raced another one: a deadlock (SQLState
 * 40P01 on PostgreSQL) or a serialisation failure (40001; H2 reports its deadlocks so). Nothing of
 * the aborted transaction was stored, and the same request sent again normally succeeds or meets
 * the other request's outcome (a 409 or 412 of its own).
 */
public final class ConcurrentWrites {
  private static final Set<String> STATES = Set.of("40P01", "40001");

  private ConcurrentWrites() {}

  /** Whether the failure, or one chained to it, is such an abort. */
  public static boolean abortedTransaction(Throwable failure) {
    return SqlFailures.anyMatch(failure, sql -> STATES.contains(sql.getSQLState()));
  }
}
