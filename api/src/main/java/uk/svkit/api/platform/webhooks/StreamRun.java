package uk.svkit.api.platform.webhooks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stream read being sent ({@link DeliveryStreams.Claimed}): a subject's events go one after
 * another, subjects side by side; when one fails, the rest of its subject's are parked behind it
 * (they go to the queue with it, in order). Done when every subject's last attempt has ended; then
 * the whole read is recorded at once.
 */
final class StreamRun {
  /** What an attempt's end leads to: the subject's next delivery to send, and whether all ended. */
  record Step(DeliveryJob next, boolean done) {}

  final DeliveryStreams.Claimed read;

  /** When this instance last took or renewed the stream's lease (nanoTime). */
  volatile long leasedAt = System.nanoTime();

  private final Map<String, DeliveryStreams.StreamDelivery> byDeliveryId = new HashMap<>();
  private final Map<String, ArrayDeque<DeliveryStreams.StreamDelivery>> after = new HashMap<>();
  private final List<DeliveryJob> first = new ArrayList<>();
  private final List<DeliveryOutcomes.Outcome> outcomes = new ArrayList<>();
  private final List<DeliveryStreams.StreamDelivery> parked;
  private int sending;

  StreamRun(DeliveryStreams.Claimed read) {
    this.read = read;
    this.parked = new ArrayList<>(read.parked());
    Map<String, ArrayDeque<DeliveryStreams.StreamDelivery>> bySubject = new LinkedHashMap<>();
    for (DeliveryStreams.StreamDelivery d : read.toSend()) {
      byDeliveryId.put(d.job().deliveryId(), d);
      bySubject.computeIfAbsent(d.subject(), s -> new ArrayDeque<>()).add(d);
    }
    bySubject.forEach(
        (subject, events) -> {
          first.add(events.poll().job());
          after.put(subject, events);
        });
    sending = first.size();
  }

  /** Each subject's first delivery: these may be sent at once. */
  List<DeliveryJob> first() {
    return first;
  }

  /** Deliveries to send, each of which holds one of the instance's slots until recorded. */
  int size() {
    return read.toSend().size();
  }

  synchronized Step ended(DeliveryOutcomes.Outcome outcome) {
    outcomes.add(outcome);
    ArrayDeque<DeliveryStreams.StreamDelivery> rest =
        after.get(byDeliveryId.get(outcome.job().deliveryId()).subject());
    if (outcome.delivered() && !rest.isEmpty()) {
      return new Step(rest.poll().job(), false);
    }
    parked.addAll(rest);
    rest.clear();
    sending--;
    return new Step(null, sending == 0);
  }

  synchronized List<DeliveryOutcomes.Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  synchronized List<DeliveryStreams.StreamDelivery> parked() {
    return List.copyOf(parked);
  }
}
