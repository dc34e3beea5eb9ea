/** Contracts and their commitments (KPIs), returns with their life cycle, progress and ratings. */
package uk.svkit.api.tracking.domain;
