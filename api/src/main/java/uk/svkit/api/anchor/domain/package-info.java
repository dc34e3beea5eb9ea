/**
 * The anchor model: the indicator catalogue, signatories' declarations and their returns (whose
 * life cycle and evidence rules are tracking's contract-return rules), the measure-to-pillar
 * mapping, maturity models and self-assessments, and who may see and do what.
 */
package uk.svkit.api.anchor.domain;
