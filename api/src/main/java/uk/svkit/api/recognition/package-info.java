/**
 * Recognition: the programmes organisations commit to or are recognised by (charters, pledges, the
 * anchor institution framework, award schemes), organisations' signatures of them (withdrawal keeps
 * history), and award applications judged by a scheme's assessors. Answers "what does this
 * organisation hold today, since when, until when, and from which programme?" wherever an
 * organisation is looked up. Also partnerships a business and a VCFSE run outside contracts, with
 * deliveries the VCFSE confirms, valued by the framework's one valuation engine and shown among
 * both organisations' recognitions while both agree. Uses the organisation context, and the
 * framework context for partnership measures and valuation.
 */
package uk.svkit.api.recognition;
