package uk.svkit.api.directory.domain;

import java.util.List;

/**
 * The filters of a directory or noticeboard search, already validated: the free text as typed and
 * its lower-cased terms (all must match), a place (ONS code), a theme, a support type, a legal
 * form, an organisation, and the circle of a radius search.
 */
public record DirectoryQuery(
    String text,
    List<String> terms,
    String placeCode,
    String theme,
    SupportType supportType,
    LegalForm legalForm,
    String organisationId,
    Distance.Circle near) {
  public DirectoryQuery {
    terms = List.copyOf(terms);
  }
}
