/**
 * JDBC for returns at volume: the returns, the kept totals per commitment and period, benchmark
 * opt-ins, pledge evidence; the OCDS release and CSV formats.
 */
package uk.svkit.api.tracking.infrastructure;
