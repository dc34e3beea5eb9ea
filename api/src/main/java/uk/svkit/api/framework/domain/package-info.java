/**
 * Frameworks, their editions (elements and measures), proxy value sets and the valuation engine:
 * quantity × proxy × multiplier × adjustments, with a trace.
 */
package uk.svkit.api.framework.domain;
