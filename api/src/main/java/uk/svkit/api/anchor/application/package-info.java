/**
 * Transactional services for anchor indicators, their returns and kept totals, pillar dashboards
 * and benchmarks, and maturity self-assessments.
 */
package uk.svkit.api.anchor.application;
