/**
 * Measurement frameworks (themes or missions, outcomes, award criteria, measures), proxy value sets
 * per edition, and the one valuation engine (quantity x proxy x multiplier x (1 - adjustments),
 * with a trace) that both bid evaluation and delivery tracking call, so a committed pound and a
 * delivered pound are computed by the same code from the same proxy set.
 */
package uk.svkit.api.framework;
