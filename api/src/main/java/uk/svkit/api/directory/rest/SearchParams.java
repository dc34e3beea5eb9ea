package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.svkit.api.directory.application.DirectorySearch;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.directory.domain.SupportType;

/** The query parameters shared by the directory and noticeboard searches. */
public class SearchParams {
  @QueryParam("q")
  @Size(max = 200)
  @Parameter(
      description = "Free text: every word must appear in the name, description or an open need")
  String q;

  @QueryParam("placeCode")
  @Size(max = 9)
  @Parameter(
      description = "ONS local authority code the organisation works in (or the need is in)",
      example = "E08000015")
  String placeCode;

  @QueryParam("near")
  @Size(max = 10)
  @Parameter(
      description = "A postcode or postcode district to search around; unknown is a 422",
      example = "CH41")
  String near;

  @QueryParam("lat")
  @Parameter(description = "Latitude to search around (with lon), instead of near")
  Double lat;

  @QueryParam("lon")
  @Parameter(description = "Longitude to search around (with lat)")
  Double lon;

  @QueryParam("radiusKm")
  @Parameter(description = "Search radius in km around near or lat/lon; default 10, at most 200")
  Double radiusKm;

  @QueryParam("theme")
  @Size(max = 40)
  @Parameter(description = "A theme code from GET /directory/themes", example = "mental-health")
  String theme;

  @QueryParam("supportType")
  @Parameter(
      description = "Only organisations with an open need of this type (or needs of this type)")
  SupportType supportType;

  @QueryParam("legalForm")
  LegalForm legalForm;

  @QueryParam("sort")
  @Size(max = 20)
  String sort;

  @QueryParam("facets")
  @DefaultValue("true")
  @Parameter(
      description =
          "false leaves out the facet counts: a caller that only reads the page saves counting every"
              + " result, which on a broad search of a national directory costs more than the page itself")
  boolean facets = true;

  DirectorySearch.Criteria criteria(String organisationId) {
    return new DirectorySearch.Criteria(
        blank(q),
        blank(placeCode),
        blank(near),
        lat,
        lon,
        radiusKm,
        blank(theme),
        supportType,
        legalForm,
        organisationId);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
