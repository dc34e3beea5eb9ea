package uk.svkit.api.tracking.domain;

/**
 * A pointer to the evidence behind a return: a URL, or a document in the caller's document store
 * named by its id and SHA-256, so a later change to the document is detectable.
 */
public record EvidenceRef(Kind kind, String reference, String sha256, String description) {
  public enum Kind {
    URL,
    DOCUMENT
  }
}
