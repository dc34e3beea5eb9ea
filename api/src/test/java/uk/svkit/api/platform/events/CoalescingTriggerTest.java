package uk.svkit.api.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescingTriggerTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void triggersDuringARunMakeItRunOnceMoreNeverAlongside() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    CoalescingTrigger trigger =
        new CoalescingTrigger(
            "test",
            executor,
            () -> {
              if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
              }
              int run = runs.incrementAndGet();
              firstStarted.countDown();
              if (run == 1) {
                await(releaseFirst);
              }
              running.decrementAndGet();
            });

    trigger.trigger();
    assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
    for (int i = 0; i < 50; i++) {
      trigger.trigger(); // while the first run is busy
    }
    releaseFirst.countDown();
    waitUntil(() -> runs.get() >= 2);
    Thread.sleep(100); // a third run would have started by now

    assertEquals(2, runs.get(), "fifty triggers during a run make exactly one more run");
    assertEquals(0, overlaps.get(), "never two runs at once");
  }

  @Test
  void aFailedRunDoesNotStopLaterTriggers() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CoalescingTrigger trigger =
        new CoalescingTrigger(
            "test",
            executor,
            () -> {
              if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
              }
            });

    trigger.trigger();
    waitUntil(() -> runs.get() == 1);
    Thread.sleep(50);
    trigger.trigger();
    waitUntil(() -> runs.get() == 2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out");
      Thread.sleep(5);
    }
  }
}
