package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;

/** An ORUK {@code attribute}: a taxonomy term attached to a service or organization. */
public final class OpenReferralAttribute {

  private String id;

  @JsonbProperty("link_id")
  private String linkId;

  @JsonbProperty("link_type")
  private String linkType;

  @JsonbProperty("taxonomy_term_id")
  private String taxonomyTermId;

  @JsonbProperty("taxonomy_term")
  private OpenReferralTaxonomyTerm taxonomyTerm;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralAttribute() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the id of the record it is attached to.
   *
   * @return the id of the record it is attached to
   */
  public String getLinkId() {
    return linkId;
  }

  /**
   * Returns what it says about the record, such as {@code theme}.
   *
   * @return what it says about the record, such as {@code theme}
   */
  public String getLinkType() {
    return linkType;
  }

  /**
   * Returns the term's id.
   *
   * @return the term's id
   */
  public String getTaxonomyTermId() {
    return taxonomyTermId;
  }

  /**
   * Returns the term.
   *
   * @return the term
   */
  public OpenReferralTaxonomyTerm getTaxonomyTerm() {
    return taxonomyTerm;
  }

  @Override
  public String toString() {
    return "OpenReferralAttribute{id=" + id + "}";
  }
}
