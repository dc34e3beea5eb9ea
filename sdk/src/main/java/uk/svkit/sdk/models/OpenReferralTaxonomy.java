package uk.svkit.sdk.models;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** An ORUK {@code taxonomy}: one of svkit's vocabularies (themes, legal forms, income bands). */
public final class OpenReferralTaxonomy {

  private String id;
  private String name;
  private String description;
  private String version;

  @JsonbProperty("taxonomy_terms")
  private List<OpenReferralTaxonomyTerm> taxonomyTerms;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected OpenReferralTaxonomy() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the name, such as {@code svkit-themes}.
   *
   * @return the name, such as {@code svkit-themes}
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
   * Returns the version.
   *
   * @return the version
   */
  public String getVersion() {
    return version;
  }

  /**
   * Returns the terms, when the taxonomy is read by id (otherwise empty).
   *
   * @return the terms, when the taxonomy is read by id (otherwise empty)
   */
  public List<OpenReferralTaxonomyTerm> getTaxonomyTerms() {
    return taxonomyTerms == null ? List.of() : List.copyOf(taxonomyTerms);
  }

  @Override
  public String toString() {
    return "OpenReferralTaxonomy{id=" + id + "}";
  }
}
