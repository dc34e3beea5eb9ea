package uk.svkit.api.platform.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.platform.events.CoalescingTrigger;
import uk.svkit.api.platform.events.EventsSequenced;
import uk.svkit.api.platform.persistence.DatabaseMigrator;
import uk.svkit.api.platform.request.ApiActivity;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.platform.request.RequestContext;

/**
 * Sends claimed deliveries. Requests are asynchronous ({@link WebhookClient}): a slow or dead
 * receiver holds a slot, not a thread, and at most {@code
 * svkit.webhooks.max-in-flight-per-subscription} requests are open to one subscription at a time,
 * so it never delays the others. Timeouts are short and redirects are not followed; only an excerpt
 * of the answer is kept.
 *
 * <p>Claiming runs when numbered events commit, when a subscription's requests or the instance's
 * slots free up, and every {@code svkit.events.poll-interval} (retries that fell due, other
 * instances' expired leases, deliveries that waited for an earlier one about the same subject);
 * never twice at once, and not while the last claim showed there is nothing more to take. Each
 * claim takes up to {@code svkit.webhooks.claim-batch} deliveries: new events first, read from
 * subscriptions' streams ({@link DeliveryStreams}; a stream read is sent subject by subject and
 * recorded as a whole, {@link StreamRun}), then queued ones ({@link DeliveryClaims}: retries,
 * redeliveries and what waits behind them); those beyond a subscription's free requests wait here
 * in its lane. A delivery holds one of the {@code svkit.webhooks.max-in-flight} slots from its
 * claim until its outcome is written (outcomes are queued and written up to {@code
 * svkit.webhooks.outcome-batch} to a transaction), so a backlog never outruns the database; its
 * subscription's request slot is freed as soon as the answer arrives. Leases are renewed while
 * deliveries are held, so a lease never runs out on a delivery this instance still has.
 */
@ApplicationScoped
public class WebhookDispatcher {
  private static final Logger LOG = Loggers.of(WebhookDispatcher.class);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject DeliveryStreams streams;
  @Inject DeliveryClaims claims;
  @Inject DeliveryOutcomes outcomes;
  @Inject ReceiverGuard guard;
  @Inject WebhookClient client;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "svkit.events.poll-interval", defaultValue = "PT0.2S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.max-in-flight", defaultValue = "512")
  int maxInFlight;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.max-in-flight-per-subscription", defaultValue = "32")
  int maxInFlightPerSubscription;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.claim-batch", defaultValue = "256")
  int claimBatch;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.outcome-batch", defaultValue = "500")
  int outcomeBatch;

  /**
   * How long the outcome writer waits for more outcomes when fewer than a batch are queued. Answers
   * arrive one by one; written as they come, each batch held a handful (a transaction and a commit
   * for every three or four deliveries in bench/events.sh). The wait delays only the bookkeeping:
   * the receiver has its delivery already.
   */
  @Inject
  @ConfigProperty(name = "svkit.webhooks.outcome-linger", defaultValue = "PT0.01S")
  Duration outcomeLinger;

  /**
   * Deliveries a second this instance claims while it is serving API requests ({@link
   * ApiActivity}); 0 for no limit. Delivering costs CPU (a request to the receiver, reading and
   * recording it): about 0.2 ms of a 2-core machine's time each in bench/events.sh, so a backlog
   * sent at full speed (9,000 to 11,000 a second there) would take the cores from the requests
   * beside it. Requests come first; the backlog is caught up at full speed as soon as the API is
   * quiet. What is delivered while busy stays below this rate, as a subscription's stream is read
   * again only once its last read has been sent and recorded: 1,137 and 1,588 a second in
   * bench/events.sh at 2,000, while bulk ingest ran 7 to 9 % slower than without subscriptions.
   */
  @Inject
  @ConfigProperty(name = "svkit.webhooks.rate-while-busy", defaultValue = "2000")
  int rateWhileBusy;

  @Inject ApiActivity api;

  /** Claims allowed now while the API is busy (a token bucket holding a second's worth). */
  private double allowance;

  private long allowanceAt = System.nanoTime();

  /** Whether the last claim while the API was busy got all it asked for: more is waiting. */
  private boolean behind;

  /** Outcomes queued in {@link #finished} (a concurrent queue counts its elements one by one). */
  private final AtomicInteger queuedOutcomes = new AtomicInteger();

  /** Deliveries claimed whose outcome is not written yet. */
  private final AtomicInteger inFlight = new AtomicInteger();

  /** Per subscription: requests open and claimed deliveries waiting for one of its slots. */
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

  /**
   * Whether a claim may find something: cleared by a claim that came back with less than it asked
   * for, set by whatever may have made more claimable (new deliveries, a subscription's slot freed,
   * the poll). Saves the claim statements that could only come back empty.
   */
  private final AtomicBoolean claimable = new AtomicBoolean(true);

  /** Deliveries this instance holds, by when their lease was last taken or renewed (nanoTime). */
  private final Map<String, Long> leasedAt = new ConcurrentHashMap<>();

  private final Queue<DeliveryOutcomes.Outcome> finished = new ConcurrentLinkedQueue<>();

  /** Stream reads being sent, by the deliveries of theirs not answered yet. */
  private final Map<String, StreamRun> streamDeliveries = new ConcurrentHashMap<>();

  /** Stream reads this instance holds the lease of. */
  private final Set<StreamRun> streamRuns = ConcurrentHashMap.newKeySet();

  /** Stream reads whose every attempt has ended, for the writer. */
  private final Queue<StreamRun> finishedRuns = new ConcurrentLinkedQueue<>();

  private volatile CoalescingTrigger dispatching;
  private volatile CoalescingTrigger recording;

  private final java.util.List<java.util.concurrent.ScheduledFuture<?>> scheduled =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  void start(@Observes DatabaseMigrator.SchemaReady ready) {
    // Leases held longer than half a lease are renewed at the next claim run (every poll at least).
    if (claims.lease().compareTo(pollInterval.multipliedBy(4)) < 0) {
      LOG.log(
          Level.WARNING,
          "svkit.webhooks.lease {0} is shorter than four poll intervals: a lease may run out before"
              + " it is renewed and its delivery be sent twice",
          claims.lease());
    }
    recording =
        new CoalescingTrigger(
            "webhooks.outcomes",
            executor,
            () -> RequestContext.asSystem("webhooks.outcome", this::recordFinished));
    CoalescingTrigger trigger =
        new CoalescingTrigger(
            "webhooks.dispatch",
            executor,
            () -> RequestContext.asSystem("webhooks.dispatch", this::dispatchDue));
    dispatching = trigger;
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            this::poll, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS));
  }

  /**
   * Newly numbered events committed with their deliveries: claim them now, not at the next poll.
   */
  void onSequenced(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsSequenced sequenced) {
    wake();
  }

  /** Retries fall due and other instances' leases run out without telling anyone: look. */
  private void poll() {
    wake();
  }

  private void wake() {
    claimable.set(true);
    CoalescingTrigger trigger = dispatching;
    if (trigger != null) {
      trigger.trigger();
    }
  }

  void dispatchDue() {
    renewLeases();
    int room;
    while ((room = Math.min(maxInFlight - inFlight.get(), allowed())) > 0
        && claimable.getAndSet(false)) {
      // A subscription with all its requests open, or deliveries still waiting here, gets no more.
      Set<String> busy = new java.util.HashSet<>();
      lanes.forEach(
          (id, lane) -> {
            synchronized (lane) {
              if (lane.busy(maxInFlightPerSubscription)) {
                busy.add(id);
              }
            }
          });
      int asked = Math.min(room, claimBatch);
      // Streams first: new events, read from the feed. The queue has retries, redeliveries and
      // events parked behind them.
      List<DeliveryStreams.Claimed> reads = streams.claim(asked, busy);
      int streamed = reads.stream().mapToInt(r -> r.toSend().size()).sum();
      List<DeliveryJob> jobs = streamed < asked ? claims.claim(asked - streamed, busy) : List.of();
      claimed(streamed + jobs.size(), asked);
      if (!reads.isEmpty() || jobs.size() == asked - streamed) {
        claimable.set(true); // there may be more
      }
      reads.forEach(this::startRun);
      jobs.forEach(this::start);
    }
  }

  private void startRun(DeliveryStreams.Claimed read) {
    StreamRun run = new StreamRun(read);
    inFlight.addAndGet(run.size());
    streamRuns.add(run);
    read.toSend().forEach(d -> streamDeliveries.put(d.job().deliveryId(), run));
    run.first().forEach(this::enqueue);
  }

  /**
   * How many deliveries may be claimed now: any number while the API is quiet; while it is busy,
   * what {@code svkit.webhooks.rate-while-busy} has allowed since, up to a second's worth (at least
   * two poll intervals'). Only {@link #dispatchDue} calls it, never twice at once.
   */
  int allowed() {
    long now = System.nanoTime();
    // A second's worth: a subscription's stream is read again only once its last read is sent and
    // recorded, and while both of bench/events.sh's subscriptions were being sent, an allowance
    // capped at two poll intervals (400) lost what the rate added: 612 a second delivered while
    // busy, in reads of 10 to 100 events. Kept, it makes the next reads larger instead.
    double burst = Math.max(1, rateWhileBusy * Math.max(1, 2 * pollInterval.toNanos() / 1e9));
    if (rateWhileBusy <= 0 || !api.busy()) {
      allowance = burst;
      allowanceAt = now;
      behind = false;
      return Integer.MAX_VALUE;
    }
    allowance = Math.min(burst, allowance + (now - allowanceAt) / 1e9 * rateWhileBusy);
    allowanceAt = now;
    if (behind && allowance < Math.min(claimBatch, rateWhileBusy * pollInterval.toNanos() / 1e9)) {
      // Behind a backlog, claim a poll interval's worth at a time (or a claim batch): claimed as
      // soon as the rate let a few more through, reads of a handful of events each cost a claim
      // and a recording transaction apiece (bench/events.sh: thousands of reads of 1 to 20).
      return 0;
    }
    return (int) allowance;
  }

  /**
   * Takes {@code deliveries} just claimed (of {@code asked}) off the allowance. A claim that got
   * all it asked for while the API is busy leaves more behind.
   */
  void claimed(int deliveries, int asked) {
    allowance -= deliveries;
    behind = deliveries >= asked && rateWhileBusy > 0 && api.busy();
  }

  /**
   * The requests open to one subscription from this instance, and the claimed deliveries waiting
   * for one of them (in claim order, which keeps a subject's deliveries in order). Changed inside
   * the lanes map's compute calls (which drop a lane once it is idle), under its own monitor so
   * that claims can read it.
   */
  private static final class Lane {
    private int open;
    private final ArrayDeque<DeliveryJob> waiting = new ArrayDeque<>();

    boolean busy(int max) {
      return open >= max || !waiting.isEmpty();
    }

    boolean idle() {
      return open == 0 && waiting.isEmpty();
    }
  }

  private void start(DeliveryJob job) {
    inFlight.incrementAndGet();
    leasedAt.put(job.deliveryId(), System.nanoTime());
    enqueue(job);
  }

  /** Sends the job now if its subscription has a request slot free, or queues it in its lane. */
  private void enqueue(DeliveryJob job) {
    boolean[] sendNow = {false};
    lanes.compute(
        job.subscriptionId(),
        (id, lane) -> {
          Lane l = lane == null ? new Lane() : lane;
          synchronized (l) {
            if (l.open < maxInFlightPerSubscription && l.waiting.isEmpty()) {
              l.open++;
              sendNow[0] = true;
            } else {
              l.waiting.add(job);
            }
          }
          return l;
        });
    if (sendNow[0]) {
      send(job);
    }
  }

  /** The subscription's request ended: its next waiting delivery takes the slot, or it is freed. */
  private void requestEnded(DeliveryJob job) {
    DeliveryJob[] next = {null};
    boolean[] wasFull = {false};
    lanes.computeIfPresent(
        job.subscriptionId(),
        (id, lane) -> {
          synchronized (lane) {
            next[0] = lane.waiting.poll();
            if (next[0] == null) {
              wasFull[0] = lane.open >= maxInFlightPerSubscription;
              lane.open--;
            }
            return lane.idle() ? null : lane;
          }
        });
    if (next[0] != null) {
      send(next[0]);
    } else if (wasFull[0]) {
      // Claims left the subscription out while it was busy; it may have more waiting.
      wake();
    }
  }

  /** Renews the leases of deliveries held for more than half a lease (their outcome is late). */
  private void renewLeases() {
    long now = System.nanoTime();
    long renewBefore = now - claims.lease().toNanos() / 2;
    List<String> due = new ArrayList<>();
    leasedAt.forEach(
        (id, at) -> {
          if (at < renewBefore) {
            due.add(id);
          }
        });
    if (!due.isEmpty()) {
      claims.renew(due);
      due.forEach(id -> leasedAt.computeIfPresent(id, (k, at) -> now));
    }
    Map<String, String> dueStreams = new java.util.HashMap<>();
    List<StreamRun> renewed = new ArrayList<>();
    for (StreamRun run : streamRuns) {
      if (run.leasedAt < renewBefore) {
        dueStreams.put(run.read.subscriptionId(), run.read.lease());
        renewed.add(run);
      }
    }
    if (!dueStreams.isEmpty()) {
      streams.renew(dueStreams);
      renewed.forEach(run -> run.leasedAt = now);
    }
  }

  private void send(DeliveryJob job) {
    OffsetDateTime attemptedAt = now();
    long started = System.nanoTime();
    String refusal = guard.formRefusal(job.url());
    if (refusal != null) {
      finish(job, attemptedAt, null, started, "Receiver refused: URL " + refusal, null);
      return;
    }
    long timestamp = clock.instant().getEpochSecond();
    try {
      client.post(
          URI.create(job.url()),
          Map.of(
              "webhook-id",
              job.eventId(),
              "webhook-timestamp",
              Long.toString(timestamp),
              "webhook-signature",
              WebhookSignatures.header(job.secrets(), job.eventId(), timestamp, job.body())),
          job.body().getBytes(StandardCharsets.UTF_8),
          // On the client's I/O thread: the answer is read already, and finishing only queues the
          // outcome (and may start the subscription's next request, which does not block either).
          (answer, failure) -> {
            if (failure != null) {
              if (!(failure instanceof IOException)) {
                // Not the receiver's doing (that is an I/O failure or a status code): say so.
                LOG.log(
                    Level.WARNING, "Delivery " + job.deliveryId() + " could not be sent", failure);
              }
              finish(job, attemptedAt, null, started, describe(failure), null);
            } else {
              finish(job, attemptedAt, answer.statusCode(), started, null, answer.excerpt());
            }
          });
    } catch (IllegalArgumentException e) {
      finish(job, attemptedAt, null, started, "Invalid request: " + e.getMessage(), null);
    } catch (RuntimeException | LinkageError e) {
      // The client could not take the request at all: the slot must still be freed and the
      // attempt recorded (and retried), or the delivery would sit leased until the lease ran out.
      LOG.log(Level.WARNING, "Delivery " + job.deliveryId() + " could not be sent", e);
      finish(job, attemptedAt, null, started, describe(e), null);
    }
  }

  /**
   * Queues the outcome for the writer and frees the subscription's request slot; the instance's
   * slot is held until the outcome is written.
   */
  private void finish(
      DeliveryJob job,
      OffsetDateTime attemptedAt,
      Integer status,
      long started,
      String error,
      String excerpt) {
    long latencyMs = (System.nanoTime() - started) / 1_000_000;
    var outcome = new DeliveryOutcomes.Outcome(job, attemptedAt, status, latencyMs, error, excerpt);
    StreamRun run = streamDeliveries.remove(job.deliveryId());
    if (run != null) {
      StreamRun.Step step = run.ended(outcome);
      requestEnded(job);
      if (step.next() != null) {
        enqueue(step.next());
      } else if (step.done()) {
        finishedRuns.add(run);
        recording.trigger();
      }
      return;
    }
    finished.add(outcome);
    queuedOutcomes.incrementAndGet();
    recording.trigger();
    requestEnded(job);
  }

  /** Writes queued outcomes, many to a transaction, then frees their slots for more claims. */
  void recordFinished() {
    StreamRun run;
    while ((run = finishedRuns.poll()) != null) {
      record(run);
    }
    List<DeliveryOutcomes.Outcome> batch;
    while (!(batch = nextOutcomes()).isEmpty()) {
      try {
        outcomes.recordAll(batch);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Could not record " + batch.size() + " delivery outcomes together; one by one",
            e);
        for (DeliveryOutcomes.Outcome outcome : batch) {
          try {
            outcomes.recordAll(List.of(outcome));
          } catch (RuntimeException single) {
            // The lease runs out and the delivery is tried again: at least once, never lost.
            LOG.log(
                Level.WARNING,
                "Could not record the outcome of delivery " + outcome.job().deliveryId(),
                single);
          }
        }
      } finally {
        batch.forEach(outcome -> release(outcome.job()));
      }
      // Slots are free again: claim if the last claim left deliveries behind.
      if (claimable.get()) {
        dispatching.trigger();
      }
    }
  }

  /** Writes a stream read's outcome, then frees its slots and looks for more. */
  private void record(StreamRun run) {
    try {
      if (!outcomes.recordStream(run.read, run.outcomes(), run.parked())) {
        LOG.log(
            Level.WARNING,
            "Deliveries to subscription {0} were not recorded: it was deleted, or its lease ran"
                + " out and another instance reads its stream again (and sends them again)",
            run.read.subscriptionId());
      }
    } catch (RuntimeException e) {
      // The lease runs out and the stream is read again from the same position: at least once.
      LOG.log(
          Level.WARNING,
          "Could not record the deliveries of subscription " + run.read.subscriptionId(),
          e);
    } finally {
      streamRuns.remove(run);
      inFlight.addAndGet(-run.size());
    }
    claimable.set(true);
    dispatching.trigger();
  }

  private List<DeliveryOutcomes.Outcome> nextOutcomes() {
    int queued = queuedOutcomes.get();
    if (queued > 0 && queued < outcomeBatch && !outcomeLinger.isZero()) {
      try {
        Thread.sleep(outcomeLinger.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    List<DeliveryOutcomes.Outcome> batch = new ArrayList<>();
    DeliveryOutcomes.Outcome next;
    while (batch.size() < outcomeBatch && (next = finished.poll()) != null) {
      batch.add(next);
    }
    queuedOutcomes.addAndGet(-batch.size());
    return batch;
  }

  private void release(DeliveryJob job) {
    leasedAt.remove(job.deliveryId());
    inFlight.decrementAndGet();
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof ReceiverGuard.PrivateAddressException) {
      return cause.getMessage();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }

  /** The application is stopping: its tasks stop with it rather than fail on the executor. */
  @jakarta.annotation.PreDestroy
  void stop() {
    scheduled.forEach(task -> task.cancel(false));
  }
}
