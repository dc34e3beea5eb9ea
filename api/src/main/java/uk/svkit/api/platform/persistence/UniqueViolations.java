package uk.svkit.api.platform.persistence;

import java.util.Locale;

/**
 * Recognises a unique-key violation (SQLState 23505 on H2 and PostgreSQL) anywhere in a failure: in
 * its cause chain, or among the exceptions a JDBC batch chains to each other.
 */
public final class UniqueViolations {
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
    return SqlFailures.anyMatch(
        failure,
        sql ->
            "23505".equals(sql.getSQLState())
                && (constraintName == null
                    || String.valueOf(sql.getMessage())
                        .toLowerCase(Locale.ROOT)
                        .contains(constraintName)));
  }
}
