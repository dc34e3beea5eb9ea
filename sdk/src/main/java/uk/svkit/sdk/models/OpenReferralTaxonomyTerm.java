package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;

/** An ORUK {@code taxonomy_term}: a theme, legal form or income band. */
public final class OpenReferralTaxonomyTerm {

  private String id;
  private String term;
  private String name;
  private String description;
  private String taxonomy;

  @JsonbProperty("taxonomy_id")
  private String taxonomyId;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralTaxonomyTerm() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns svkit's code for it, such as {@code mental-health}.
   *
   * @return svkit's code for it, such as {@code mental-health}
   */
  public String getTerm() {
    return term;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the description.
   *
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the taxonomy's name, such as {@code svkit-themes}.
   *
   * @return the taxonomy's name, such as {@code svkit-themes}
   */
  public String getTaxonomy() {
    return taxonomy;
  }

  /**
   * Returns the taxonomy's id.
   *
   * @return the taxonomy's id
   */
  public String getTaxonomyId() {
    return taxonomyId;
  }

  @Override
  public String toString() {
    return "OpenReferralTaxonomyTerm{id=" + id + "}";
  }
}
