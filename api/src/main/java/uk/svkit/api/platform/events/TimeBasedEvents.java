package uk.svkit.api.platform.events;

import java.time.Instant;

/**
 * A source of events that follow from the passing of time rather than from a request (a deadline
 * passed, a period ended). Contexts implement it as a CDI bean; the scheduler calls every one on
 * each run, as the system. An implementation finds what has fallen due by {@code now} (within its
 * own look-back, so a run after downtime catches up) and emits each occurrence through {@link
 * Occurrences#once}, which makes repeated runs and concurrent instances harmless.
 */
public interface TimeBasedEvents {
  void emitDue(Instant now, Occurrences occurrences);
}
