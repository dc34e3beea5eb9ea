/** Anchor institutions end to end through the SDK: indicators, dashboards, self-assessments. */
package uk.svkit.it.anchor;
