package uk.svkit.sdk.implementation;

import java.time.Duration;

/** Waits between retry attempts; replaced in tests so back-off costs no wall-clock time. */
@FunctionalInterface
public interface Sleeper {

  /** The real thing. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
