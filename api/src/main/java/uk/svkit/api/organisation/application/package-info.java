/**
 * Organisation use cases, the demo organisations, and {@link
 * uk.svkit.api.organisation.application.OrganisationRef}, the read-only view other contexts get.
 */
package uk.svkit.api.organisation.application;
