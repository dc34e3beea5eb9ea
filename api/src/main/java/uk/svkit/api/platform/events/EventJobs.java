package uk.svkit.api.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.persistence.DatabaseMigrator;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.platform.request.RequestContext;

/**
 * The scheduled work behind events, on the server's managed scheduler once the schema is ready:
 * numbering committed events (as soon as a transaction that recorded some commits, and every {@code
 * svkit.events.poll-interval} for those another instance left), running the time-based sources
 * (every {@code svkit.events.schedule-interval}) and dropping events older than {@code
 * svkit.events.retention}. Every instance runs all of it; the database makes that safe.
 */
@ApplicationScoped
public class EventJobs {
  private static final Logger LOG = Loggers.of(EventJobs.class);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  @Inject EventSequencer sequencer;
  @Inject Occurrences occurrences;
  @Inject @Any Instance<TimeBasedEvents> timeBasedSources;
  @Inject Clock clock;
  @Inject EventJobs self;

  @Inject
  @ConfigProperty(name = "svkit.events.poll-interval", defaultValue = "PT0.2S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "svkit.events.sequence-batch", defaultValue = "1000")
  int sequenceBatch;

  @Inject
  @ConfigProperty(name = "svkit.events.schedule-interval", defaultValue = "PT5M")
  Duration scheduleInterval;

  @Inject
  @ConfigProperty(name = "svkit.events.retention", defaultValue = "P30D")
  Duration retention;

  @Inject
  @ConfigProperty(name = "svkit.events.lookback", defaultValue = "P30D")
  Duration lookback;

  private final java.util.List<java.util.concurrent.ScheduledFuture<?>> scheduled =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private volatile CoalescingTrigger sequencing;

  void start(@Observes DatabaseMigrator.SchemaReady ready) {
    CoalescingTrigger trigger =
        new CoalescingTrigger(
            "events.sequence", executor, () -> guarded("events.sequence", this::sequenceAll));
    sequencing = trigger;
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            trigger::trigger,
            pollInterval.toMillis(),
            pollInterval.toMillis(),
            TimeUnit.MILLISECONDS));
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            () -> guarded("events.schedule", this::runScheduled),
            scheduleInterval.toMillis() / 10,
            scheduleInterval.toMillis(),
            TimeUnit.MILLISECONDS));
  }

  /** A transaction that recorded events committed: number them now rather than at the next poll. */
  void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsRecorded recorded) {
    CoalescingTrigger trigger = sequencing;
    if (trigger != null) {
      trigger.trigger();
    }
  }

  /** Numbers every committed event waiting; a burst is worked off in batches. */
  void sequenceAll() {
    while (sequencer.sequenceBatch(sequenceBatch) == sequenceBatch) {
      // keep going
    }
  }

  void runScheduled() {
    var now = clock.instant();
    for (TimeBasedEvents source : timeBasedSources) {
      try {
        source.emitDue(now, occurrences);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "Time-based events of " + source.getClass().getName() + " failed", e);
      }
    }
    OffsetDateTime at = OffsetDateTime.now(clock);
    // An occurrence key is needed while the occurrence is inside the sources' look-back; it left
    // it at most one look-back after it was recorded.
    int dropped =
        self.dropExpired(at.minus(retention), at.minus(lookback).minus(Duration.ofDays(1)));
    if (dropped > 0) {
      LOG.log(Level.INFO, "Dropped {0} events older than the retention period", dropped);
    }
  }

  /**
   * Deletes events (and, by cascade, their deliveries) recorded before {@code eventsBefore}, and
   * occurrence keys recorded before {@code occurrencesBefore}.
   */
  @Transactional
  public int dropExpired(OffsetDateTime eventsBefore, OffsetDateTime occurrencesBefore) {
    em.createNativeQuery("DELETE FROM plt_event_occurrence WHERE recorded_at < ?1")
        .setParameter(1, occurrencesBefore.withOffsetSameInstant(ZoneOffset.UTC))
        .executeUpdate();
    return em.createNativeQuery(
            "DELETE FROM plt_event WHERE occurred_at < ?1 AND sequence IS NOT NULL")
        .setParameter(1, eventsBefore.withOffsetSameInstant(ZoneOffset.UTC))
        .executeUpdate();
  }

  private static void guarded(String what, Runnable work) {
    try {
      RequestContext.asSystem(what, work);
    } catch (RuntimeException e) {
      // A failed run must not cancel the schedule; the next run tries again.
      LOG.log(Level.WARNING, what + " failed", e);
    }
  }

  /** The application is stopping: its tasks stop with it rather than fail on the executor. */
  @jakarta.annotation.PreDestroy
  void stop() {
    scheduled.forEach(task -> task.cancel(false));
  }
}
