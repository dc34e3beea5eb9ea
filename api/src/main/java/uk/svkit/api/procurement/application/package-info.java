/**
 * Procurement use cases: question sets, tenders, sealed bids, evaluation and moderation, award;
 * {@link uk.svkit.api.procurement.application.AwardedBids} is what tracking may read of an award.
 */
package uk.svkit.api.procurement.application;
