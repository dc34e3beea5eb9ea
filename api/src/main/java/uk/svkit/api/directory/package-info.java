/**
 * The VCFSE partner directory and its noticeboard: VCFSE profiles (themes, places, base location,
 * contacts), needs posted by VCFSEs, pledges by businesses, and lookups over both. Reference
 * geography (places and postcode districts) lives in {@code geography}.
 */
package uk.svkit.api.directory;
