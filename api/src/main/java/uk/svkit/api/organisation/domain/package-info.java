/** Organisations, their org-id identifiers and roles (buyer, supplier, VCFSE). */
package uk.svkit.api.organisation.domain;
