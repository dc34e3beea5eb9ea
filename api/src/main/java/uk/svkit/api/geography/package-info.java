/**
 * Reference geography, a context of its own that others read: ONS places (local authorities),
 * postcode districts with approximate centroids, and the full postcode directory a deployment
 * loads. It depends on the platform only; the directory, tracking and procurement use its {@code
 * PlaceCode} and its postcode resolution.
 */
package uk.svkit.api.geography;
