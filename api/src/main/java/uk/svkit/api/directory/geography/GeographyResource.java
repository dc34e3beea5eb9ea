package uk.svkit.api.directory.geography;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.PublicAccess;

/** Places and postcode districts: public reference data, no token needed. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "Geography")
public class GeographyResource {
  @Inject Geography geography;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @Path("places")
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(operationId = "listPlaces", summary = "List places (local authority areas) by ONS code")
  public Page<PlaceResponse> places(@Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 1);
    return paging.page(
        geography.places(after == null ? null : after.key(0), limit + 1),
        limit,
        uri,
        p -> Cursor.after(p.code()),
        PlaceResponse::of);
  }

  @GET
  @Path("places/{placeCode}")
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(operationId = "getPlace", summary = "Get a place by ONS code")
  public PlaceResponse place(@PathParam("placeCode") String code) {
    return PlaceResponse.of(geography.place(code));
  }

  @GET
  @Path("postcode-districts/{outcode}")
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(operationId = "getPostcodeDistrict", summary = "Get a postcode district's centroid and place")
  public PostcodeDistrictResponse district(@PathParam("outcode") String outcode) {
    return PostcodeDistrictResponse.of(geography.district(outcode));
  }

  /** A place as the API shows it. */
  @Schema(name = "Place")
  public static class PlaceResponse {
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

  /** A postcode district as the API shows it. */
  @Schema(name = "PostcodeDistrict")
  public static class PostcodeDistrictResponse {
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
}
