/** The anchor operations: indicators, returns, dashboards, benchmarks and self-assessments. */
package uk.svkit.api.anchor.rest;
