package uk.svkit.sdk;

import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.ListPlacesOptions;
import uk.svkit.sdk.models.Place;
import uk.svkit.sdk.models.Postcode;
import uk.svkit.sdk.models.PostcodeDistrict;
import uk.svkit.sdk.models.PostcodeImportResult;

/**
 * Geography: places (local authority areas), postcode districts and full postcodes. Obtain from
 * {@link SvkitClient#places()}; thread-safe. Wherever the API takes a postcode, a full postcode
 * resolves through the imported postcode directory when it has it, and through its district
 * otherwise.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 */
public final class PlacesClient {

  private final Operations ops;

  PlacesClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Lists all places.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Place> listPlaces() {
    return listPlaces(ListPlacesOptions.builder().build(), null);
  }

  /**
   * Lists places with the given page size.
   *
   * @param options page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Place> listPlaces(ListPlacesOptions options) {
    return listPlaces(options, null);
  }

  /**
   * Lists places, with per-call options applied to every page.
   *
   * @param options page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Place> listPlaces(ListPlacesOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url("places").query("limit", options.getLimit()).build(), Place.class, requestOptions);
  }

  /**
   * Returns one place.
   *
   * @param code the ONS code, such as {@code E08000015}
   * @return the place
   * @throws NullPointerException if {@code code} is {@code null}
   * @throws IllegalArgumentException if {@code code} is blank
   * @throws NotFoundException if there is no such place
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Place getPlace(String code) {
    return getPlaceWithResponse(code, null).getValue();
  }

  /**
   * Returns one place with the HTTP details.
   *
   * @param code the ONS code
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code code} is {@code null}
   * @throws IllegalArgumentException if {@code code} is blank
   * @throws NotFoundException if there is no such place
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Place> getPlaceWithResponse(String code, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url("places", Operations.pathSegment(code, "code")).build())
            .options(requestOptions),
        Place.class);
  }

  /**
   * Returns a postcode district with its centroid and place.
   *
   * @param outcode the outward code, such as {@code CH41}
   * @return the district
   * @throws NullPointerException if {@code outcode} is {@code null}
   * @throws IllegalArgumentException if {@code outcode} is blank
   * @throws NotFoundException if the district is unknown
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public PostcodeDistrict getPostcodeDistrict(String outcode) {
    return getPostcodeDistrictWithResponse(outcode, null).getValue();
  }

  /**
   * Returns a postcode district with the HTTP details.
   *
   * @param outcode the outward code, such as {@code CH41}
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code outcode} is {@code null}
   * @throws IllegalArgumentException if {@code outcode} is blank
   * @throws NotFoundException if the district is unknown
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<PostcodeDistrict> getPostcodeDistrictWithResponse(
      String outcode, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url("postcode-districts", Operations.pathSegment(outcode, "outcode")).build())
            .options(requestOptions),
        PostcodeDistrict.class);
  }

  /**
   * Returns a full postcode from the imported postcode directory.
   *
   * @param postcode the postcode, in any case or spacing, such as {@code CH41 5AB}
   * @return the postcode with its coordinates and place
   * @throws NullPointerException if {@code postcode} is {@code null}
   * @throws IllegalArgumentException if {@code postcode} is blank
   * @throws NotFoundException if the directory has not got it
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Postcode getPostcode(String postcode) {
    return getPostcodeWithResponse(postcode, null).getValue();
  }

  /**
   * Returns a full postcode with the HTTP details; see {@link #getPostcode(String)}.
   *
   * @param postcode the postcode, such as {@code CH41 5AB}
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code postcode} is {@code null}
   * @throws IllegalArgumentException if {@code postcode} is blank
   * @throws NotFoundException if the directory has not got it
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Response<Postcode> getPostcodeWithResponse(
      String postcode, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url("postcodes", Operations.pathSegment(postcode, "postcode")).build())
            .options(requestOptions),
        Postcode.class);
  }

  /**
   * Loads a postcode directory CSV in the ONS Postcode Directory layout (platform admins): columns
   * found by header name among any others, {@code pcds} (or {@code pcd}), {@code lat}, {@code long}
   * and the local authority as {@code oslaua} or a {@code ladYYcd} column. Postcodes are upserted;
   * rows without coordinates (ONSPD's latitude 99.999999) are skipped and counted. Nothing is
   * stored unless every row is valid. This overload holds the file in memory: fine for a region;
   * stream the national file (over 1 GB) with any HTTP client as {@code POST /api/v1/postcodes},
   * {@code Content-Type: text/csv}.
   *
   * @param csv the file's text, header first
   * @return the counts of postcodes inserted, updated and skipped
   * @throws NullPointerException if {@code csv} is {@code null}
   * @throws uk.svkit.sdk.exception.BusinessRuleException with a field error per problem, named
   *     {@code line N.column} (such as {@code line 7.lat}), or {@code header} for a missing column
   * @throws PermissionDeniedException if the caller is not a platform admin
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public PostcodeImportResult importPostcodes(String csv) {
    return importPostcodesWithResponse(csv, null).getValue();
  }

  /**
   * Loads a postcode directory CSV, with per-request options; see {@link #importPostcodes(String)}.
   *
   * @param csv the file's text, header first
   * @param requestOptions per-call options, or {@code null}
   * @return the response with the counts
   * @throws NullPointerException if {@code csv} is {@code null}
   * @throws uk.svkit.sdk.exception.BusinessRuleException if a row or the header is invalid
   * @throws PermissionDeniedException if the caller is not a platform admin
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Response<PostcodeImportResult> importPostcodesWithResponse(
      String csv, RequestOptions requestOptions) {
    Objects.requireNonNull(csv, "csv");
    return ops.send(
        HttpRequest.post(ops.url("postcodes").build(), csv, false)
            .bodyType("text/csv")
            .options(requestOptions),
        PostcodeImportResult.class);
  }
}
