/**
 * Procurement: the buyer's social value question sets (versioned; a published version never
 * changes), tenders that bind one published version, suppliers' sealed bids with their revision
 * history, and evaluation (scores, moderation, weighted scores, £ value of commitments, ranking and
 * flags). Commitments are valued by the framework context's valuation engine, so a committed £ here
 * and a delivered £ in tracking come from the same code.
 */
package uk.svkit.api.procurement;
