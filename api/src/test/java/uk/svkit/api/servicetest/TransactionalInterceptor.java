package uk.svkit.api.servicetest;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.Arrays;

/**
 * {@code @Transactional} as JTA defines it (every {@link Transactional.TxType}, rollback on
 * unchecked exceptions unless {@code dontRollbackOn}, on checked ones only if {@code rollbackOn}),
 * mapped onto the resource-local transactions of {@link Transactions}. {@link
 * TransactionalBindings} makes the annotation's {@code value} non-binding, so this one interceptor
 * serves every type.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionalInterceptor {

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    Transactional settings = settingsOf(invocation);
    Transactions.Tx current = Transactions.current();
    switch (settings.value()) {
      case REQUIRED:
        return current == null
            ? inNewTransaction(invocation, settings)
            : joined(invocation, settings, current);
      case REQUIRES_NEW:
        return suspending(() -> inNewTransaction(invocation, settings));
      case MANDATORY:
        if (current == null) {
          throw new TransactionalException(
              "MANDATORY needs a transaction",
              new TransactionRequiredException(invocation.getMethod().toString()));
        }
        return joined(invocation, settings, current);
      case NOT_SUPPORTED:
        return suspending(invocation::proceed);
      case NEVER:
        if (current != null) {
          throw new TransactionalException(
              "NEVER runs outside a transaction",
              new InvalidTransactionException(invocation.getMethod().toString()));
        }
        return invocation.proceed();
      case SUPPORTS:
      default:
        return invocation.proceed();
    }
  }

  private static Object inNewTransaction(InvocationContext invocation, Transactional settings)
      throws Exception {
    Transactions.Tx tx = Transactions.begin();
    Object result;
    try {
      result = invocation.proceed();
    } catch (Exception e) {
      if (rollsBack(settings, e)) {
        Transactions.rollback(tx);
      } else {
        Transactions.commit(tx);
      }
      throw e;
    } catch (Error e) {
      Transactions.rollback(tx);
      throw e;
    }
    Transactions.commit(tx);
    return result;
  }

  private static Object joined(
      InvocationContext invocation, Transactional settings, Transactions.Tx tx) throws Exception {
    try {
      return invocation.proceed();
    } catch (Exception e) {
      if (rollsBack(settings, e)) {
        tx.rollbackOnly = true;
      }
      throw e;
    }
  }

  @FunctionalInterface
  private interface Work {
    Object run() throws Exception;
  }

  private static Object suspending(Work work) throws Exception {
    Transactions.Tx suspended = Transactions.suspend();
    try {
      return work.run();
    } finally {
      Transactions.resume(suspended);
    }
  }

  private static boolean rollsBack(Transactional settings, Exception e) {
    if (Arrays.stream(settings.dontRollbackOn()).anyMatch(t -> t.isInstance(e))) {
      return false;
    }
    return e instanceof RuntimeException
        || Arrays.stream(settings.rollbackOn()).anyMatch(t -> t.isInstance(e));
  }

  /** The method's annotation, else its class's (JTA: the method's wins). */
  private static Transactional settingsOf(InvocationContext invocation) {
    Transactional onMethod = invocation.getMethod().getAnnotation(Transactional.class);
    if (onMethod != null) {
      return onMethod;
    }
    Class<?> type = invocation.getMethod().getDeclaringClass();
    while (type != null) {
      Transactional onType = type.getAnnotation(Transactional.class);
      if (onType != null) {
        return onType;
      }
      type = type.getSuperclass();
    }
    throw new IllegalStateException("No @Transactional on " + invocation.getMethod());
  }
}
