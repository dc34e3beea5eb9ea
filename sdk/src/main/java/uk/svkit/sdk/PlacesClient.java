package uk.svkit.sdk;

import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.ListPlacesOptions;
import uk.svkit.sdk.models.Place;
import uk.svkit.sdk.models.PostcodeDistrict;

/**
 * Geography: places (local authority areas) and postcode districts. Obtain from {@link
 * SvkitClient#places()}; thread-safe.
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
    public PagedIterable<Place> listPlaces(ListPlacesOptions options,
            RequestOptions requestOptions) {
        Objects.requireNonNull(options, "options");
        return ops.list(ops.url("places").query("limit", options.getLimit()).build(), Place.class,
                requestOptions);
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
        return ops.send(HttpRequest.get(ops.url("places", Operations.pathSegment(code, "code"))
                .build()).options(requestOptions), Place.class);
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
    public Response<PostcodeDistrict> getPostcodeDistrictWithResponse(String outcode,
            RequestOptions requestOptions) {
        return ops.send(HttpRequest.get(ops.url("postcode-districts",
                Operations.pathSegment(outcode, "outcode")).build()).options(requestOptions),
                PostcodeDistrict.class);
    }
}
