/**
 * SQL the anchor context owns: the kept indicator totals and latest figures, and the read of
 * contract KPI totals (tracking's kept totals) grouped by measure for the pillar dashboard.
 */
package uk.svkit.api.anchor.infrastructure;
