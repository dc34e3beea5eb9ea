/**
 * The VCFSE partner directory and its noticeboard: VCFSE profiles (themes, places, base location,
 * contacts), needs posted by VCFSEs, pledges by businesses, and lookups over both. Needs and offers
 * share one fulfilment model ({@code domain.Listing}, {@code domain.Uptake}). Reference geography
 * is its own context, {@code uk.svkit.api.geography}.
 */
package uk.svkit.api.directory;
