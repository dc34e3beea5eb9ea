package uk.svkit.api.platform.events;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.svkit.api.platform.request.Loggers;

/**
 * Runs a job on an executor when triggered, never twice at once: triggers that arrive while it runs
 * make it run once more afterwards, however many there were. Background work (numbering events,
 * claiming deliveries, writing outcomes) is triggered by the commit that gives it something to do
 * and by a slow poll that catches what another instance committed, without piling up runs.
 */
public final class CoalescingTrigger {
  private static final Logger LOG = Loggers.of(CoalescingTrigger.class);
  private static final int IDLE = 0;
  private static final int RUNNING = 1;
  private static final int RUN_AGAIN = 2;

  private final String name;
  private final Executor executor;
  private final Runnable job;
  private final AtomicInteger state = new AtomicInteger(IDLE);

  public CoalescingTrigger(String name, Executor executor, Runnable job) {
    this.name = name;
    this.executor = executor;
    this.job = job;
  }

  /** Makes the job run soon; returns at once. */
  public void trigger() {
    while (true) {
      int s = state.get();
      if (s == IDLE && state.compareAndSet(IDLE, RUNNING)) {
        try {
          executor.execute(this::runUntilQuiet);
        } catch (RejectedExecutionException e) {
          // The server is stopping; the next start's poll picks the work up.
          state.set(IDLE);
        }
        return;
      }
      if (s == RUN_AGAIN || (s == RUNNING && state.compareAndSet(RUNNING, RUN_AGAIN))) {
        return;
      }
    }
  }

  private void runUntilQuiet() {
    do {
      state.set(RUNNING);
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, name + " failed; the next trigger tries again", e);
      }
    } while (!state.compareAndSet(RUNNING, IDLE));
  }
}
