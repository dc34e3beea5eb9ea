package uk.svkit.api.procurement.domain;

/** Draft (editable) → published (immutable, can be bound to tenders) → retired (no new tenders). */
public enum QuestionSetStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
