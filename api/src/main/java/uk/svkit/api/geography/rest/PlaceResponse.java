package uk.svkit.api.geography.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.geography.domain.Place;

/** A place as the API shows it. */
@Schema(name = "Place")
public class PlaceResponse {
  public String code;
  public String name;
  public String kind;

  static PlaceResponse of(Place place) {
    PlaceResponse response = new PlaceResponse();
    response.code = place.code();
    response.name = place.name();
    response.kind = place.kind();
    return response;
  }
}
