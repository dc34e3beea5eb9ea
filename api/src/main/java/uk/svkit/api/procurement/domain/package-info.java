/**
 * Question sets, tenders, bids and their revisions, scores, and the rules of each (who sees a bid,
 * when a tender closes).
 */
package uk.svkit.api.procurement.domain;
