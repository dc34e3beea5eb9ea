/** The public geography endpoints (places, postcode districts, postcodes) and the admin import. */
package uk.svkit.api.geography.rest;
