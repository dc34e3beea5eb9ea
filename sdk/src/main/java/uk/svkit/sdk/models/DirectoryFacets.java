package uk.svkit.sdk.models;

import java.util.List;

/** Facet counts over every result of a search (not just one page), highest count first. */
public final class DirectoryFacets {

  // Fields mirror the JSON property names; the SDK binds them by field, so no setters exist.
  private List<FacetCount> places;
  private List<FacetCount> themes;
  private List<FacetCount> supportTypes;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected DirectoryFacets() {}

  /**
   * Returns counts per ONS place code.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<FacetCount> getPlaces() {
    return ModelLists.copy(places);
  }

  /**
   * Returns counts per theme code.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<FacetCount> getThemes() {
    return ModelLists.copy(themes);
  }

  /**
   * Returns counts per support type of open needs.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<FacetCount> getSupportTypes() {
    return ModelLists.copy(supportTypes);
  }
}
