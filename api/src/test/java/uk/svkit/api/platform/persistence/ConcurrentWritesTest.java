package uk.svkit.api.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two transactions that lock two rows in opposite orders: the database aborts one, and what it
 * throws is recognised as a raced write (a 409 to retry), not as an internal error, on both
 * databases; a plain failure is not.
 */
class ConcurrentWritesTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aDeadlockTheDatabaseBrokeIsRecognised(String vendor) throws Exception {
    MigrationDatabase db = MigrationDatabase.fresh(vendor, "deadlock");
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE slot (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
      s.execute("INSERT INTO slot VALUES (1, 0), (2, 0)");
    }
    CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<SQLException>> outcomes = new ArrayList<>();
    try {
      for (int[] order : new int[][] {{1, 2}, {2, 1}}) {
        outcomes.add(
            pool.submit(
                () -> {
                  try (Connection c = db.connect()) {
                    c.setAutoCommit(false);
                    try (Statement s = c.createStatement()) {
                      s.execute("UPDATE slot SET n = n + 1 WHERE id = " + order[0]);
                      bothHoldTheirFirstRow.countDown();
                      bothHoldTheirFirstRow.await(10, TimeUnit.SECONDS);
                      s.execute("UPDATE slot SET n = n + 1 WHERE id = " + order[1]);
                      c.commit();
                      return null;
                    } catch (SQLException e) {
                      c.rollback();
                      return e;
                    }
                  }
                }));
      }
      List<SQLException> failures = new ArrayList<>();
      for (Future<SQLException> outcome : outcomes) {
        SQLException failure = outcome.get(60, TimeUnit.SECONDS);
        if (failure != null) {
          failures.add(failure);
        }
      }
      assertEquals(1, failures.size(), "the database aborts one of the two: " + failures);
      SQLException aborted = failures.get(0);
      assertTrue(
          ConcurrentWrites.abortedTransaction(new IllegalStateException(aborted)),
          aborted.getSQLState() + " " + aborted.getMessage());
      assertFalse(UniqueViolations.isAny(aborted));
    } finally {
      pool.shutdownNow();
    }
    assertFalse(
        ConcurrentWrites.abortedTransaction(
            new IllegalStateException(new SQLException("no such table", "42S02"))));
  }
}
