package uk.svkit.api.geography.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.geography.domain.PostcodeDistrict;

/** A postcode district as the API shows it. */
@Schema(name = "PostcodeDistrict")
public class PostcodeDistrictResponse {
  public String outcode;
  public double latitude;
  public double longitude;
  public String placeCode;

  static PostcodeDistrictResponse of(PostcodeDistrict district) {
    PostcodeDistrictResponse response = new PostcodeDistrictResponse();
    response.outcode = district.outcode();
    response.latitude = district.latitude();
    response.longitude = district.longitude();
    response.placeCode = district.placeCode();
    return response;
  }
}
