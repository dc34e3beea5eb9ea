/**
 * Recognition: the programmes organisations commit to or are recognised by (charters, pledges, the
 * anchor institution framework, award schemes), organisations' signatures of them (withdrawal keeps
 * history), and award applications judged by a scheme's assessors. Answers "what does this
 * organisation hold today, since when, until when, and from which programme?" wherever an
 * organisation is looked up. Uses the organisation context only.
 */
package uk.svkit.api.recognition;
