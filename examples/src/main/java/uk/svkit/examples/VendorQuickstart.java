package uk.svkit.examples;

import uk.svkit.sdk.OrganisationsClient;
import uk.svkit.sdk.PagedIterable;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.AuthenticationException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.AuditEvent;
import uk.svkit.sdk.models.ListAuditEventsOptions;
import uk.svkit.sdk.models.ListOrganisationsOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Place;
import uk.svkit.sdk.models.PostcodeDistrict;
import uk.svkit.sdk.models.UpdateOrganisationOptions;

/**
 * A vendor's first program against svkit, meant to be read from top to bottom: who am I, list VCFSE
 * organisations, look up geography, handle errors, update safely with an ETag, and read the audit
 * trail.
 *
 * <p>Configuration comes from the environment: {@code SVKIT_ENDPOINT} (default {@code
 * http://localhost:9080}) and {@code SVKIT_TOKEN}, a bearer token of a user who works for an
 * organisation (platform admins have none). Against the demo server:
 *
 * <pre>
 * SVKIT_TOKEN=$(java liberty-server/demo/MintDemoToken.java --org GB-LAE-WRL --role buyer) \
 *   ./mvnw -q -pl examples exec:java
 * </pre>
 *
 * <p>It writes only to the caller's own organisation: it renames it and renames it back, which
 * leaves two {@code UPDATED} events in that organisation's audit trail.
 */
public final class VendorQuickstart {

  private static final String DEFAULT_ENDPOINT = "http://localhost:9080";

  /** Well-formed like every organisation id, but no organisation has it. */
  private static final String UNKNOWN_ORGANISATION_ID = "8f1f3c39-0000-4000-8000-000000000999";

  private VendorQuickstart() {}

  public static void main(String[] args) {
    String endpoint = envOrDefault("SVKIT_ENDPOINT", DEFAULT_ENDPOINT);
    String token = System.getenv("SVKIT_TOKEN");
    if (token == null || token.isBlank()) {
      System.err.println(
          "Set SVKIT_TOKEN to a bearer token. For the demo server (SVKIT_DEMO=true):");
      System.err.println(
          "  export SVKIT_TOKEN=$(java liberty-server/demo/MintDemoToken.java"
              + " --org GB-LAE-WRL --role buyer)");
      System.exit(2);
    }

    // One client per endpoint and credential. It is immutable and thread-safe, so share it;
    // it owns HTTP connections, so close it when done.
    try (SvkitClient client =
        SvkitClient.builder()
            .endpoint(endpoint)
            .credential(token) // a fixed token; a long-running service passes a TokenCredential
            .applicationId("svkit-quickstart") // tells the operator which integration calls
            .build()) {

      Organisation me;
      try {
        me = client.organisations().getMyOrganisation();
      } catch (NotFoundException e) {
        fail(
            "The token names no organisation (platform admins have none): mint one with"
                + " --org, such as --org GB-LAE-WRL --role buyer");
        return;
      }
      System.out.printf(
          "Signed in for %s (%s), roles %s, id %s%n",
          me.getName(), me.getIdentifier(), me.getRoles(), me.getId());

      listVcfseOrganisations(client);
      showGeography(client);
      showErrorHandling(client, me);
      renameAndRenameBack(client.organisations(), me.getId());
      showAuditTrail(client, me.getId());

      // Later capabilities (question sets, directory search, contracts, returns) will be
      // added to this example as they land.

    } catch (AuthenticationException e) {
      fail(
          "The server rejected the token (expired, or minted for another server?): "
              + e.getMessage());
    } catch (PermissionDeniedException e) {
      fail("The token's role or organisation may not do this: " + e.getMessage());
    } catch (ConnectionException e) {
      fail("No answer from " + endpoint + ". Is the server running? " + e.getMessage());
    } catch (ApiException e) {
      // Every SDK error names the request id: quote it to the service operator.
      fail(
          "svkit refused a call (HTTP "
              + e.getStatusCode()
              + ", request "
              + e.getRequestId()
              + "): "
              + e.getMessage());
    }
  }

  /**
   * Lists are lazy: nothing is requested until the stream runs, and the SDK follows the server's
   * {@code next} links itself. With a page size of 2, the demo's VCFSEs take two requests; {@code
   * limit(20)} stops fetching once 20 items have been seen.
   */
  private static void listVcfseOrganisations(SvkitClient client) {
    PagedIterable<Organisation> vcfses =
        client
            .organisations()
            .listOrganisations(
                ListOrganisationsOptions.builder().role(OrganisationRole.VCFSE).limit(2).build());
    System.out.println("VCFSE organisations:");
    vcfses.stream()
        .limit(20)
        .forEach(o -> System.out.printf("  %s (%s)%n", o.getName(), o.getIdentifier()));
  }

  /** Reference geography: a postcode district's centroid and the place it lies in. */
  private static void showGeography(SvkitClient client) {
    PostcodeDistrict ch41 = client.places().getPostcodeDistrict("CH41");
    Place place = client.places().getPlace(ch41.getPlaceCode());
    System.out.printf(
        "Postcode district %s is at %s,%s in %s (%s, %s)%n",
        ch41.getOutcode(),
        ch41.getLatitude(),
        ch41.getLongitude(),
        place.getName(),
        place.getCode(),
        place.getKind());
  }

  /**
   * Errors are unchecked exceptions, one type per kind of failure, all extending {@link
   * ApiException}. Catch the ones you can act on; let the rest reach your general handler.
   */
  private static void showErrorHandling(SvkitClient client, Organisation me) {
    try {
      client.organisations().getOrganisation(UNKNOWN_ORGANISATION_ID);
    } catch (NotFoundException e) {
      // 404 also answers for another organisation's private records: svkit never says which.
      System.out.printf(
          "No organisation %s: HTTP %d, %s (request %s)%n",
          UNKNOWN_ORGANISATION_ID, e.getStatusCode(), e.getType(), e.getRequestId());
    }

    try {
      // The server validates input; a blank name is refused and nothing changes.
      client
          .organisations()
          .updateOrganisation(me, UpdateOrganisationOptions.builder(me).name(" ").build());
    } catch (ValidationException e) {
      System.out.printf("Rejected input: HTTP %d, %s%n", e.getStatusCode(), e.getType());
      for (FieldError error : e.getErrors()) {
        System.out.printf("  %s: %s%n", error.getField(), error.getMessage());
      }
    }
  }

  /**
   * Optimistic concurrency: an update names the version it was based on (the ETag of the last
   * read), so a change made by someone else in between is never overwritten silently.
   */
  private static void renameAndRenameBack(OrganisationsClient organisations, String id) {
    Organisation current = organisations.getOrganisation(id); // re-read: fresh ETag
    String originalName = current.getName();
    System.out.printf(
        "'%s' is at version %d (ETag %s)%n", originalName, current.getVersion(), current.getETag());

    Organisation renamed =
        organisations.updateOrganisation(
            current,
            UpdateOrganisationOptions.builder(current)
                .name(originalName + " (quickstart)")
                .build());
    try {
      System.out.printf("Renamed to '%s' (ETag %s)%n", renamed.getName(), renamed.getETag());

      // 'current' is stale now: a write based on it is refused instead of undoing ours.
      try {
        organisations.updateOrganisation(
            current, UpdateOrganisationOptions.builder(current).name("Lost update").build());
      } catch (PreconditionFailedException e) {
        System.out.printf(
            "A write with the old ETag was refused (HTTP %d): re-read,"
                + " re-apply the change, try again%n",
            e.getStatusCode());
      }
    } finally {
      // Re-read before writing, as any update should.
      Organisation latest = organisations.getOrganisation(id);
      Organisation restored =
          organisations.updateOrganisation(
              latest, UpdateOrganisationOptions.builder(latest).name(originalName).build());
      System.out.printf("Renamed back to '%s' (ETag %s)%n", restored.getName(), restored.getETag());
    }
  }

  /** Every write is audited: who, for which organisation, when, and which fields changed. */
  private static void showAuditTrail(SvkitClient client, String organisationId) {
    System.out.println("Audit trail of the organisation, oldest first:");
    for (AuditEvent event :
        client
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder()
                    .entityType("organisation")
                    .entityId(organisationId)
                    .build())) {
      System.out.printf(
          "  %s %s %s by %s (request %s)%n",
          event.getOccurredAt(),
          event.getAction(),
          event.getChangedFields(),
          event.getSubject(),
          event.getRequestId());
    }
  }

  private static String envOrDefault(String name, String defaultValue) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}
