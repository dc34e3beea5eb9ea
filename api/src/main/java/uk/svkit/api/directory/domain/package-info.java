/**
 * Directory entities, rules and repositories: VCFSE profiles; the noticeboard's one fulfilment
 * model ({@code Listing}, taken up by an {@code Uptake}: a {@code Need} is pledged, an {@code
 * Offer} claimed) and the {@code SupportDelivered} event; distance, relevance, matching, facets and
 * keyset cursors. Repositories are named {@code <Aggregate>Repository}, one per file.
 */
package uk.svkit.api.directory.domain;
