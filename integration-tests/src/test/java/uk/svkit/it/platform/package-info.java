/**
 * End-to-end tests of the platform mechanisms every operation shares: problems, paging, ETags,
 * idempotency, input limits, security, rate limits, start-up checks.
 */
package uk.svkit.it.platform;
