package uk.svkit.api.platform.events;

/**
 * Fired when events are written into the outbox; observed after the transaction commits (CDI
 * transactional observer) to number them at once instead of at the next poll.
 */
public record EventsRecorded() {}
