package uk.svkit.api.directory.domain;

/** What a VCFSE asks business for (Cheshire East's Connected Communities Noticeboard pattern). */
public enum SupportType {
  MENTORING,
  VOLUNTEERING,
  EQUIPMENT,
  SPACE,
  PROJECT_DELIVERY,
  FUNDING
}
