/**
 * Geography's model: {@code Place}, {@code PostcodeDistrict} and {@code Postcode} (read-only
 * reference rows) and the {@code PlaceCode} value object every context checks place codes with.
 */
package uk.svkit.api.geography.domain;
