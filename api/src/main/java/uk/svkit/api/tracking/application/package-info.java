/**
 * Tracking use cases: contracts, the return life cycle, progress and ratings, value delivered,
 * dashboards and benchmarks.
 */
package uk.svkit.api.tracking.application;
