package uk.svkit.api.servicetest;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server's JTA transaction manager does for the services, on one resource-local
 * EntityManager per transaction: {@link #entityManager()} is the container-managed, transaction-
 * scoped persistence context that {@code @PersistenceContext} injects, and {@link #connection()} is
 * that transaction's JDBC connection, so the services' JDBC repositories write in the same
 * transaction as their JPA ones, as they do on the server's transactional data source. The
 * transaction is the calling thread's; {@link TransactionalInterceptor} begins and ends it.
 */
final class Transactions {
  private static final ThreadLocal<Tx> CURRENT = new ThreadLocal<>();

  /** Outside a transaction a persistence context lives until the next transaction boundary. */
  private static final ThreadLocal<EntityManager> UNSYNCHRONISED = new ThreadLocal<>();

  private Transactions() {}

  /** One resource-local transaction. */
  static final class Tx {
    final EntityManager em = TestDatabase.entityManagers().createEntityManager();
    final Map<Object, Object> resources = new HashMap<>();
    final List<Synchronization> synchronizations = new ArrayList<>();
    boolean rollbackOnly;

    Tx() {
      em.getTransaction().begin();
    }
  }

  static Tx current() {
    return CURRENT.get();
  }

  static Tx begin() {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("A transaction is already active on this thread");
    }
    closeUnsynchronised();
    Tx tx = new Tx();
    CURRENT.set(tx);
    return tx;
  }

  /** Commits, or rolls back if the transaction was marked for rollback, and ends it. */
  static void commit(Tx tx) {
    if (tx.rollbackOnly) {
      rollback(tx);
      throw new IllegalStateException("The transaction was marked for rollback and rolled back");
    }
    boolean committed = false;
    try {
      tx.synchronizations.forEach(Synchronization::beforeCompletion);
      tx.em.getTransaction().commit();
      committed = true;
    } finally {
      end(tx, committed ? Status.STATUS_COMMITTED : Status.STATUS_ROLLEDBACK);
    }
  }

  static void rollback(Tx tx) {
    try {
      if (tx.em.getTransaction().isActive()) {
        tx.em.getTransaction().rollback();
      }
    } finally {
      end(tx, Status.STATUS_ROLLEDBACK);
    }
  }

  private static void end(Tx tx, int status) {
    CURRENT.remove();
    try {
      tx.synchronizations.forEach(s -> s.afterCompletion(status));
    } finally {
      tx.em.close();
    }
  }

  /** Takes the thread's transaction off it (REQUIRES_NEW, NOT_SUPPORTED); see {@link #resume}. */
  static Tx suspend() {
    Tx tx = CURRENT.get();
    CURRENT.remove();
    closeUnsynchronised();
    return tx;
  }

  static void resume(Tx tx) {
    closeUnsynchronised();
    if (tx != null) {
      CURRENT.set(tx);
    }
  }

  /** Ends the persistence context used outside transactions (at the end of a test's request). */
  static void closeUnsynchronised() {
    EntityManager em = UNSYNCHRONISED.get();
    if (em != null) {
      UNSYNCHRONISED.remove();
      em.close();
    }
  }

  private static EntityManager target() {
    Tx tx = CURRENT.get();
    if (tx != null) {
      return tx.em;
    }
    EntityManager em = UNSYNCHRONISED.get();
    if (em == null) {
      em = TestDatabase.entityManagers().createEntityManager();
      UNSYNCHRONISED.set(em);
    }
    return em;
  }

  /** The container-managed EntityManager: every call goes to the thread's current one. */
  static EntityManager entityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            Transactions.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            forwardingTo(Transactions::target, "close"));
  }

  /**
   * The current transaction's JDBC connection (the one its EntityManager writes with), which the
   * caller may close as it would a pooled one; outside a transaction, a connection of its own.
   */
  static Connection connection() throws SQLException {
    Tx tx = CURRENT.get();
    if (tx == null) {
      return TestDatabase.dataSource().getConnection();
    }
    Connection connection = tx.em.unwrap(Connection.class);
    return (Connection)
        Proxy.newProxyInstance(
            Transactions.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            forwardingTo(() -> connection, "close"));
  }

  /** Forwards every call to the target, except the ignored ones (the container's to make). */
  private static InvocationHandler forwardingTo(
      java.util.function.Supplier<Object> target, String ignored) {
    return (proxy, method, args) -> {
      if (method.getName().equals(ignored) && method.getParameterCount() == 0) {
        return null;
      }
      return invoke(target.get(), method, args);
    };
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The registry the server binds at java:comp/TransactionSynchronizationRegistry. */
  static final TransactionSynchronizationRegistry REGISTRY =
      new TransactionSynchronizationRegistry() {
        @Override
        public Object getTransactionKey() {
          return CURRENT.get();
        }

        @Override
        public void putResource(Object key, Object value) {
          active().resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
          return active().resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
          active().synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
          Tx tx = CURRENT.get();
          if (tx == null) {
            return Status.STATUS_NO_TRANSACTION;
          }
          return tx.rollbackOnly ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
          active().rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
          return active().rollbackOnly;
        }

        private Tx active() {
          Tx tx = CURRENT.get();
          if (tx == null) {
            throw new IllegalStateException("No transaction is active on this thread");
          }
          return tx;
        }
      };
}
