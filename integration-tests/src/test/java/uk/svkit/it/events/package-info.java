/**
 * End-to-end tests of events and webhooks: signed deliveries to a real receiver the test starts,
 * retries, secret rotation, the feed, tenant isolation, time-based events and two instances on one
 * PostgreSQL.
 */
package uk.svkit.it.events;
