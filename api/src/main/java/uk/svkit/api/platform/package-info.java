/**
 * Mechanisms every context shares: problem details, request ids, paging, optimistic concurrency,
 * idempotency, security and tenancy, audit, persistence base types, health and OpenAPI. Features
 * add domain code and use these; they never re-implement them.
 */
package uk.svkit.api.platform;
