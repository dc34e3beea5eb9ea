package uk.svkit.sdk;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.implementation.HttpRequest;

/**
 * The buyer's OCDS publication (Open Contracting Data Standard 1.1): its contracts as release
 * packages, paged and optionally only those changed since a time, and the record of one ocid.
 * Obtain from {@link SvkitClient#ocds()}; thread-safe. Documents are returned as JSON text, as the
 * service sent them: they are standard documents in their own right, for OCDS tooling to read. A
 * release package's next page is its {@code links.next} URL; pass that URL's {@code cursor} to
 * {@link #listReleases(OffsetDateTime, String, Integer)}.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 *
 * @since 0.2.0
 */
public final class OcdsClient {

  private final Operations ops;

  OcdsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Returns one page of the caller's contracts as an OCDS release package.
   *
   * @param since only releases whose content changed at or after this time, or {@code null} for all
   * @param cursor the cursor of the page to read (from the previous page's {@code links.next}), or
   *     {@code null} for the first page
   * @param limit the page size, or {@code null} for the server's default
   * @return the release package, as JSON text
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public String listReleases(OffsetDateTime since, String cursor, Integer limit) {
    return listReleasesWithResponse(since, cursor, limit, null).getValue();
  }

  /**
   * Returns one page of the caller's contracts as an OCDS release package, with the HTTP details.
   *
   * @param since only releases whose content changed at or after this time, or {@code null} for all
   * @param cursor the page's cursor, or {@code null} for the first page
   * @param limit the page size, or {@code null} for the server's default
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the JSON text
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> listReleasesWithResponse(
      OffsetDateTime since, String cursor, Integer limit, RequestOptions requestOptions) {
    URI url =
        ops.url("ocds", "releases")
            .query(
                "since",
                since == null
                    ? null
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        since.withOffsetSameInstant(ZoneOffset.UTC)))
            .query("cursor", cursor)
            .query("limit", limit)
            .build();
    return ops.sendForText(HttpRequest.get(url).accept("application/json").options(requestOptions));
  }

  /**
   * Returns the OCDS record of one of the caller's contracts: every release published for the ocid
   * and their compiled release, in a record package.
   *
   * @param ocid the open contracting id, as the contract's releases carry it
   * @return the record package, as JSON text
   * @throws NullPointerException if {@code ocid} is {@code null}
   * @throws IllegalArgumentException if {@code ocid} is blank
   * @throws NotFoundException if the caller has no contract with this ocid
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public String getRecord(String ocid) {
    return getRecordWithResponse(ocid, null).getValue();
  }

  /**
   * Returns the OCDS record of one of the caller's contracts, with the HTTP details.
   *
   * @param ocid the open contracting id
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the JSON text
   * @throws NullPointerException if {@code ocid} is {@code null}
   * @throws IllegalArgumentException if {@code ocid} is blank
   * @throws NotFoundException if the caller has no contract with this ocid
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> getRecordWithResponse(String ocid, RequestOptions requestOptions) {
    URI url = ops.url("ocds", "records", Operations.pathSegment(ocid, "ocid")).build();
    return ops.sendForText(HttpRequest.get(url).accept("application/json").options(requestOptions));
  }
}
