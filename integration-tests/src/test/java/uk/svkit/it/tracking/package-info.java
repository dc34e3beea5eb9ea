/** End-to-end tests of contracts, KPIs, returns, progress, dashboards, benchmarks and OCDS. */
package uk.svkit.it.tracking;
