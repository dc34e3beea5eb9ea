/**
 * Events: what happened in svkit, told to the organisations concerned. A service records an event
 * with {@link uk.svkit.api.platform.events.EventRecorder} in the transaction of its change (a
 * transactional outbox, so an event exists if and only if its change committed); the {@link
 * uk.svkit.api.platform.events.EventSequencer} numbers committed events in commit order; the feed
 * ({@code GET /events}) and webhook deliveries read them in that order as CloudEvents 1.0.
 * Time-based events (due, overdue, closed, expiring) come from {@link
 * uk.svkit.api.platform.events.TimeBasedEvents} sources run on a schedule and emitted once per
 * occurrence through {@link uk.svkit.api.platform.events.Occurrences}.
 */
package uk.svkit.api.platform.events;
