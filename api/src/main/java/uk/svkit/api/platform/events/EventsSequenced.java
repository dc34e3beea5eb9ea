package uk.svkit.api.platform.events;

import java.util.List;

/**
 * Fired (synchronously, in the sequencer's transaction) with events just numbered, so fan-out to
 * webhook subscriptions commits together with the numbering: nothing is numbered and not fanned
 * out, or fanned out twice.
 */
public record EventsSequenced(List<StoredEvent> events) {}
