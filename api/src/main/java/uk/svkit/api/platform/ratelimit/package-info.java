/** Per-client request budgets (token buckets, Bucket4j) answering 429 with {@code Retry-After}. */
package uk.svkit.api.platform.ratelimit;
