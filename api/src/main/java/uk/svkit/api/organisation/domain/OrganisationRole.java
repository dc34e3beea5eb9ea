package uk.svkit.api.organisation.domain;

/**
 * What an organisation is to svkit; one organisation may be several (a CIC can be VCFSE and
 * supplier).
 */
public enum OrganisationRole {
  BUYER,
  SUPPLIER,
  VCFSE
}
