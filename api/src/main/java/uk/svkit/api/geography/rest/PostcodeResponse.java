package uk.svkit.api.geography.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.geography.domain.Postcode;

/** A full postcode as the API shows it. */
@Schema(name = "Postcode")
public class PostcodeResponse {
  @Schema(example = "CH41 5AB")
  public String postcode;

  public double latitude;
  public double longitude;

  @Schema(description = "ONS local authority code, as the postcode directory gives it")
  public String placeCode;

  public java.time.OffsetDateTime importedAt;

  static PostcodeResponse of(Postcode p) {
    PostcodeResponse response = new PostcodeResponse();
    response.postcode = p.postcode();
    response.latitude = p.latitude();
    response.longitude = p.longitude();
    response.placeCode = p.placeCode();
    response.importedAt = p.importedAt();
    return response;
  }
}
