package uk.svkit.sdk.models;

import java.util.List;

/** An organisation found by a directory search; never carries contacts. */
public final class DirectoryOrganisationHit {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private String id;
  private String name;
  private String identifier;
  private String legalForm;
  private String description;
  private String website;
  private List<String> themes;
  private List<String> placesServed;
  private BaseLocation base;
  private String verificationStatus;
  private Double distanceKm;
  private int score;
  private int openNeedCount;
  private List<String> openSupportTypes;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryOrganisationHit() {}

  /**
   * Returns the organisation's id.
   *
   * @return the value, or {@code null}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the name.
   *
   * @return the value, or {@code null}
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the org-id identifier.
   *
   * @return the value, or {@code null}
   */
  public String getIdentifier() {
    return identifier;
  }

  /**
   * Returns the legal form.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public LegalForm getLegalForm() {
    return LegalForm.fromString(legalForm);
  }

  /**
   * Returns the description.
   *
   * @return the value, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the website.
   *
   * @return the value, or {@code null}
   */
  public String getWebsite() {
    return website;
  }

  /**
   * Returns the theme codes.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<String> getThemes() {
    return ModelLists.copy(themes);
  }

  /**
   * Returns the places served.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<String> getPlacesServed() {
    return ModelLists.copy(placesServed);
  }

  /**
   * Returns the base location.
   *
   * @return the value, or {@code null}
   */
  public BaseLocation getBase() {
    return base;
  }

  /**
   * Returns the verification status.
   *
   * @return the value, possibly one unknown to this SDK version, or {@code null}
   */
  public VerificationStatus getVerificationStatus() {
    return VerificationStatus.fromString(verificationStatus);
  }

  /**
   * Returns the distance in km from the search centre (haversine, to the metre), for searches near
   * a point.
   *
   * @return the value, or {@code null}
   */
  public Double getDistanceKm() {
    return distanceKm;
  }

  /**
   * Returns the free-text relevance points (0 without a query).
   *
   * @return the value
   */
  public int getScore() {
    return score;
  }

  /**
   * Returns the number of open, unexpired needs.
   *
   * @return the value
   */
  public int getOpenNeedCount() {
    return openNeedCount;
  }

  /**
   * Returns the support types of its open needs.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<SupportType> getOpenSupportTypes() {
    return ModelLists.map(openSupportTypes, SupportType::fromString);
  }
}
