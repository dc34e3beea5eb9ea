/**
 * End-to-end tests of the geography context: places, postcode districts, postcode lookups and the
 * admin's postcode-directory import (and a profile's base postcode resolved through it).
 */
package uk.svkit.it.geography;
