package uk.svkit.api.directory.domain;

/** The legal form of a VCFSE organisation. */
public enum LegalForm {
  REGISTERED_CHARITY,
  /** Charitable incorporated organisation. */
  CIO,
  /** Community interest company. */
  CIC,
  COMMUNITY_BENEFIT_SOCIETY,
  COMPANY_LIMITED_BY_GUARANTEE,
  FAITH_GROUP,
  UNINCORPORATED_GROUP,
  OTHER
}
