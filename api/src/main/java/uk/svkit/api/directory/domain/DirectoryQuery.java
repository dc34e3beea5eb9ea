package uk.svkit.api.directory.domain;

import java.util.List;

/**
 * The filters of a directory or noticeboard search, already validated: lower-cased free-text
 * terms (all must match), a place (ONS code), a theme, a support type, a legal form, an
 * organisation, and the bounding box of a radius search.
 */
public record DirectoryQuery(
    List<String> terms, String placeCode, String theme, SupportType supportType, LegalForm legalForm,
    String organisationId, Distance.Box box) {
  public DirectoryQuery {
    terms = List.copyOf(terms);
  }
}
