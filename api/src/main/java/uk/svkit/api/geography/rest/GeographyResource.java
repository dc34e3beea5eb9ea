package uk.svkit.api.geography.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.geography.application.PostcodeImport;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.PublicAccess;
import uk.svkit.api.platform.security.Roles;

/**
 * Places, postcode districts and postcodes: public reference data, no token needed. Platform admins
 * load the full postcode directory.
 */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@Tag(name = "Geography")
public class GeographyResource {
  @Inject Geography geography;
  @Inject PostcodeImport postcodeImport;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @Path("places")
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "listPlaces",
      summary = "List places (local authority areas) by ONS code")
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
  @Operation(
      operationId = "getPostcodeDistrict",
      summary = "Get a postcode district's centroid and place")
  public PostcodeDistrictResponse district(@PathParam("outcode") String outcode) {
    return PostcodeDistrictResponse.of(geography.district(outcode));
  }

  @GET
  @Path("postcodes/{postcode}")
  @Extension(name = "x-svkit-public", value = "true")
  @Operation(
      operationId = "getPostcode",
      summary = "Get a full postcode's coordinates and place from the imported postcode directory",
      description =
          "Any spacing or case (CH415AB, ch41 5ab). 404 if the directory has not got it; districts are at /postcode-districts.")
  public PostcodeResponse postcode(@PathParam("postcode") @Size(max = 10) String postcode) {
    return PostcodeResponse.of(geography.postcode(postcode));
  }

  @POST
  @Path("postcodes")
  @Consumes("text/csv")
  @AllowedRoles(Roles.PLATFORM_ADMIN)
  @Operation(
      operationId = "importPostcodes",
      summary = "Load a postcode directory CSV (ONS Postcode Directory layout; platform admins)",
      description =
          "Columns by header name, among any others: pcds (or pcd, pcd2), lat, long, and the local authority as oslaua or a"
              + " ladYYcd column such as lad25cd. Upserts by postcode. Rows without coordinates (ONSPD's lat 99.999999) are skipped and"
              + " counted. A bad row is a 422 naming its line (up to 100 problems listed) and nothing is stored. Streamed: the national"
              + " file (about 2.7 million rows) is fine, up to svkit.http.max-import-body-bytes.")
  @APIResponse(
      responseCode = "200",
      description = "Imported",
      content = @Content(schema = @Schema(implementation = PostcodeImportResponse.class)))
  public PostcodeImportResponse importPostcodes(InputStream csv) {
    return PostcodeImportResponse.of(postcodeImport.importCsv(csv));
  }
}
