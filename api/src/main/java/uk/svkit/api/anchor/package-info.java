/**
 * Anchor institutions: what signatories of an anchor framework measure as institutions (indicators
 * per pillar, baselines, targets and validated returns), how contract KPIs count towards a pillar,
 * the pillar dashboards, collective views and peer benchmarks, and the commissioning-cycle maturity
 * self-assessment. Programmes and signatures belong to recognition; contract KPIs to tracking.
 */
package uk.svkit.api.anchor;
