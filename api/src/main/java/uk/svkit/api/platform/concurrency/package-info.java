/**
 * Optimistic concurrency over HTTP: versions as strong ETags, and the {@code If-Match} rules (412,
 * 428).
 */
package uk.svkit.api.platform.concurrency;
