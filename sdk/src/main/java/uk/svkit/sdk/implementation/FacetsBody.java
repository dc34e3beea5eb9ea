package uk.svkit.sdk.implementation;

import uk.svkit.sdk.models.DirectoryFacets;

/** The facets of a directory search response; the items are read by the pager. */
public final class FacetsBody {
  /** The facet counts. */
  public DirectoryFacets facets;

  /** For JSON-B. */
  public FacetsBody() {}
}
