/** Contracts, KPIs, returns, dashboards, benchmarks and OCDS over HTTP. */
package uk.svkit.api.tracking.rest;
