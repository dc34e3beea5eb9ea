package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.tracking.application.OcdsFeedPageView;
import uk.svkit.api.tracking.application.OcdsPublicationService;
import uk.svkit.api.tracking.application.OcdsRecordView;
import uk.svkit.api.tracking.infrastructure.OcdsPackages;

/**
 * The buyer's OCDS publication: a paged feed of release packages for a publishing pipeline, and the
 * record of one ocid. Documents are OCDS 1.1 as published, not svkit DTOs.
 */
@Path("/ocds")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OCDS")
public class OcdsResource {
  @Inject OcdsPublicationService publication;
  @Inject Paging paging;
  @Inject Clock clock;
  @Context UriInfo uri;

  @GET
  @Path("/releases")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "listOcdsReleases",
      summary =
          "Your contracts as an OCDS release package, paged, optionally only those changed since a time",
      description =
          "One release per contract, its current state; the release id is the ocid and a hash of the"
              + " content, so it changes exactly when the content does, and the date is when that content"
              + " was first published. The package declares the extensions the releases use and names"
              + " you as publisher. The next page's URL is links.next.")
  @APIResponse(
      responseCode = "200",
      description = "An OCDS 1.1 release package",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response releases(
      @QueryParam("since")
          @Size(max = 40)
          @Parameter(
              description =
                  "Only releases whose content changed at or after this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)")
          String since,
      @Valid @BeanParam PageRequest page) {
    OffsetDateTime from = since == null || since.isBlank() ? null : instant(since);
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 1);
    OcdsFeedPageView feed = publication.feed(from, after == null ? null : after.key(0), limit);
    String next =
        feed.lastContractId() == null
            ? null
            : uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", Cursor.after(feed.lastContractId()).encode())
                .replaceQueryParam("limit", limit)
                .build()
                .toString();
    return Response.ok(
            OcdsPackages.write(
                OcdsPackages.releasePackage(
                    uri.getRequestUri().toString(),
                    Timestamps.now(clock),
                    feed.publisher(),
                    feed.releases(),
                    next)),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @GET
  @Path("/records/{ocid}")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "getOcdsRecord",
      summary =
          "The OCDS record of one of your contracts: every release published for it and their compiled release")
  @APIResponse(
      responseCode = "200",
      description = "An OCDS 1.1 record package with one record",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response record(@PathParam("ocid") @Size(max = 100) String ocid) {
    OcdsRecordView record = publication.record(ocid);
    return Response.ok(
            OcdsPackages.write(
                OcdsPackages.recordPackage(
                    uri.getRequestUri().toString(),
                    Timestamps.now(clock),
                    record.publisher(),
                    record.ocid(),
                    record.releases())),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static OffsetDateTime instant(String value) {
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          "since", "must be a date and time such as 2026-01-31T00:00:00Z");
    }
  }
}
