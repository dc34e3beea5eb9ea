package uk.svkit.api.tracking.infrastructure;

import java.sql.SQLException;
import uk.svkit.api.platform.persistence.UniqueViolations;

/**
 * The unique index that allows one live return (SUBMITTED or VALIDATED) per commitment and
 * reporting period: a partial index on PostgreSQL, an index over a generated column on H2, of the
 * same name on both (migration V16).
 */
public final class LiveReturnIndex {
  static final String NAME = "trk_return_live_uq";

  private LiveReturnIndex() {}

  /** Whether the failure (or one a batch chained to it) is a violation of this index. */
  public static boolean isViolatedBy(SQLException failure) {
    return UniqueViolations.isOf(failure, NAME);
  }
}
