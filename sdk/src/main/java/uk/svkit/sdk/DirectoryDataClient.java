package uk.svkit.sdk;

import java.net.URI;
import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.implementation.Urls;
import uk.svkit.sdk.models.DirectoryImportResult;
import uk.svkit.sdk.models.ListOpenReferralServicesOptions;
import uk.svkit.sdk.models.OpenReferralOrganization;
import uk.svkit.sdk.models.OpenReferralService;
import uk.svkit.sdk.models.OpenReferralServiceAtLocation;
import uk.svkit.sdk.models.OpenReferralTaxonomy;
import uk.svkit.sdk.models.OpenReferralTaxonomyTerm;

/**
 * Open data in and out of the VCFSE directory: its Open Referral UK 3.0 API and dataset, and bulk
 * imports (Open Referral UK JSON, the Charity Commission register extract). Obtain from {@link
 * SvkitClient#directoryData()}; thread-safe.
 *
 * <p>Open Referral UK documents are returned as the service sent them, as JSON text, not bound to
 * models: they are standard documents in their own right, for ORUK tooling to read. Reads need no
 * token on the server; a client built with one still sends it, and then sees contacts.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * PermissionDeniedException}, {@link uk.svkit.sdk.exception.RateLimitException}, {@link
 * uk.svkit.sdk.exception.ServerException} and {@link ConnectionException}.
 */
public final class DirectoryDataClient {

  private static final String ORUK = "oruk";

  private final Operations ops;

  DirectoryDataClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Lists one page of VCFSE services, the Open Referral UK way: an object with {@code total_items,
   * total_pages, page_number, size, first_page, last_page, empty} and {@code contents} (each
   * service with its organization), ordered by name.
   *
   * @param options filters and page
   * @return the ORUK page, as JSON text
   * @deprecated use {@link #listOrukServices(ListOpenReferralServicesOptions)}, which returns typed
   *     services and pages through them
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a parameter is out of range
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  @Deprecated(since = "0.2.0")
  public String listOpenReferralServices(ListOpenReferralServicesOptions options) {
    return listOpenReferralServicesWithResponse(options, null).getValue();
  }

  /**
   * Lists one page of VCFSE services as ORUK and returns the HTTP details; see {@link
   * #listOpenReferralServices(ListOpenReferralServicesOptions)}.
   *
   * @param options filters and page
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the JSON text
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a parameter is out of range
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> listOpenReferralServicesWithResponse(
      ListOpenReferralServicesOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Urls.Builder url =
        ops.url(ORUK, "services")
            .query("search", options.getSearch())
            .query("taxonomy_term_id", options.getTaxonomyTermId())
            .query("page", options.getPage())
            .query("per_page", options.getPerPage());
    return ops.sendForText(HttpRequest.get(url.build()).options(requestOptions));
  }

  /**
   * Gets a fully nested ORUK service: its organization, service areas, location and themes (and
   * contacts, for an authenticated caller).
   *
   * @param serviceId the service id (a VCFSE's service has its organisation's id)
   * @return the ORUK service, as JSON text
   * @deprecated use {@link #getOrukService(String)}, which returns a typed service
   * @throws NullPointerException if {@code serviceId} is {@code null}
   * @throws IllegalArgumentException if {@code serviceId} is blank
   * @throws NotFoundException if there is no such service
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  @Deprecated(since = "0.2.0")
  public String getOpenReferralService(String serviceId) {
    return getOpenReferralServiceWithResponse(serviceId, null).getValue();
  }

  /**
   * Gets a fully nested ORUK service and returns the HTTP details.
   *
   * @param serviceId the service id
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the JSON text
   * @throws NullPointerException if {@code serviceId} is {@code null}
   * @throws IllegalArgumentException if {@code serviceId} is blank
   * @throws NotFoundException if there is no such service
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> getOpenReferralServiceWithResponse(
      String serviceId, RequestOptions requestOptions) {
    URI url = ops.url(ORUK, "services", Operations.pathSegment(serviceId, "serviceId")).build();
    return ops.sendForText(HttpRequest.get(url).options(requestOptions));
  }

  /**
   * Gets an ORUK organization.
   *
   * @param organizationId the organisation's id
   * @return the ORUK organization, as JSON text
   * @deprecated use {@link #getOrukOrganization(String, boolean)}, which returns a typed
   *     organization
   * @throws NullPointerException if {@code organizationId} is {@code null}
   * @throws IllegalArgumentException if {@code organizationId} is blank
   * @throws NotFoundException if there is no such VCFSE in the directory
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  @Deprecated(since = "0.2.0")
  public String getOpenReferralOrganization(String organizationId) {
    URI url =
        ops.url(ORUK, "organizations", Operations.pathSegment(organizationId, "organizationId"))
            .build();
    return ops.sendForText(HttpRequest.get(url)).getValue();
  }

  /**
   * Exports the whole directory as one Open Referral UK 3.0 document: {@code taxonomies} (with
   * their terms), {@code organizations} and fully nested {@code services}. It is the document
   * {@link #importOpenReferral(String)} reads back.
   *
   * @return the dataset, as JSON text
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public String exportOpenReferralDataset() {
    return exportOpenReferralDatasetWithResponse(null).getValue();
  }

  /**
   * Exports the directory as ORUK and returns the HTTP details.
   *
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the JSON text
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> exportOpenReferralDatasetWithResponse(RequestOptions requestOptions) {
    return ops.sendForText(
        HttpRequest.get(ops.url(ORUK, "dataset").build()).options(requestOptions));
  }

  /**
   * Imports VCFSE organisations from an Open Referral UK document (platform admins): svkit's
   * dataset, or a page of nested services from another ORUK API. Organisations are matched by their
   * org-id {@code organization_identifier}: new ones are registered (role VCFSE) with a profile,
   * known ones updated. All or nothing: any problem rejects the whole document.
   *
   * @param json the ORUK document, up to 5 MB and 5000 organizations
   * @return what was imported
   * @throws NullPointerException if {@code json} is {@code null}
   * @throws ValidationException if the body is not JSON
   * @throws BusinessRuleException listing every problem by JSON pointer, when nothing was imported
   * @throws PermissionDeniedException if the caller is not a platform admin
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryImportResult importOpenReferral(String json) {
    return importOpenReferralWithResponse(json, null).getValue();
  }

  /**
   * Imports an Open Referral UK document, with per-call options; see {@link
   * #importOpenReferral(String)}.
   *
   * @param json the ORUK document
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code json} is {@code null}
   * @throws ValidationException if the body is not JSON
   * @throws BusinessRuleException listing every problem by JSON pointer, when nothing was imported
   * @throws PermissionDeniedException if the caller is not a platform admin
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<DirectoryImportResult> importOpenReferralWithResponse(
      String json, RequestOptions requestOptions) {
    Objects.requireNonNull(json, "json");
    return ops.send(
        HttpRequest.post(importsUrl(), json, true).options(requestOptions),
        DirectoryImportResult.class);
  }

  /**
   * Imports charities from a Charity Commission register extract saved as CSV (platform admins):
   * columns {@code registered_charity_number} and {@code charity_name} required, {@code
   * linked_charity_number, charity_registration_status, latest_income, charity_contact_postcode,
   * charity_contact_web, charity_is_cio, charity_activities} used. Upserts by {@code
   * GB-CHC-<number>}; linked and removed charities are skipped. All or nothing: any problem rejects
   * the whole file.
   *
   * @param csv the file's text, up to 5 MB and 5000 rows
   * @return what was imported, and the rows skipped
   * @throws NullPointerException if {@code csv} is {@code null}
   * @throws ValidationException if the file cannot be read as CSV
   * @throws BusinessRuleException listing every problem by line, when nothing was imported
   * @throws PermissionDeniedException if the caller is not a platform admin
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryImportResult importCharityRegister(String csv) {
    return importCharityRegisterWithResponse(csv, null).getValue();
  }

  /**
   * Imports a Charity Commission register extract, with per-call options; see {@link
   * #importCharityRegister(String)}.
   *
   * @param csv the file's text
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code csv} is {@code null}
   * @throws ValidationException if the file cannot be read as CSV
   * @throws BusinessRuleException listing every problem by line, when nothing was imported
   * @throws PermissionDeniedException if the caller is not a platform admin
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<DirectoryImportResult> importCharityRegisterWithResponse(
      String csv, RequestOptions requestOptions) {
    Objects.requireNonNull(csv, "csv");
    return ops.send(
        HttpRequest.post(importsUrl(), csv, true).bodyType("text/csv").options(requestOptions),
        DirectoryImportResult.class);
  }

  private URI importsUrl() {
    return ops.url("directory", "imports").build();
  }

  // ---- Open Referral UK, typed ----------------------------------------------------------------

  /**
   * Lists VCFSEs' services the Open Referral UK way, typed, fetching ORUK pages as the iteration
   * needs them (ordered by name, or nearest first with a postcode and proximity). Public: works on
   * a client without a credential.
   *
   * @param options filters and page size ({@code page} sets the first page read)
   * @return a lazy list of services, each with its organization
   * @throws NullPointerException if {@code options} is {@code null}
   */
  public PagedIterable<OpenReferralService> listOrukServices(
      ListOpenReferralServicesOptions options) {
    return ops.listOruk(
        orukQuery(ops.url(ORUK, "services"), options).build(), OpenReferralService.class, null);
  }

  /**
   * Lists services at their base locations ({@code /oruk/service_at_locations}), typed.
   *
   * @param options filters and page size
   * @return a lazy list of service_at_locations, each with its location and service
   * @throws NullPointerException if {@code options} is {@code null}
   */
  public PagedIterable<OpenReferralServiceAtLocation> listOrukServiceAtLocations(
      ListOpenReferralServicesOptions options) {
    return ops.listOruk(
        orukQuery(ops.url(ORUK, "service_at_locations"), options).build(),
        OpenReferralServiceAtLocation.class,
        null);
  }

  private static Urls.Builder orukQuery(Urls.Builder url, ListOpenReferralServicesOptions options) {
    Objects.requireNonNull(options, "options");
    return url.query("search", options.getSearch())
        .query("taxonomy_term_id", options.getTaxonomyTermId())
        .query("organization_id", options.getOrganizationId())
        .query(
            "modified_after",
            options.getModifiedAfter() == null ? null : options.getModifiedAfter().toString())
        .query("postcode", options.getPostcode())
        .query("proximity", options.getProximityMetres())
        .query("page", options.getPage())
        .query("per_page", options.getPerPage());
  }

  /**
   * Gets a fully nested ORUK service, typed: its organization, areas, location and themes (and
   * contacts, for callers that may read them).
   *
   * @param serviceId the service id (a VCFSE's service has its organisation's id)
   * @return the service
   * @throws NullPointerException if {@code serviceId} is {@code null}
   * @throws IllegalArgumentException if {@code serviceId} is blank
   * @throws NotFoundException if there is no such service
   */
  public OpenReferralService getOrukService(String serviceId) {
    URI url = ops.url(ORUK, "services", Operations.pathSegment(serviceId, "serviceId")).build();
    return ops.send(HttpRequest.get(url), OpenReferralService.class).getValue();
  }

  /**
   * Gets a service at its location with the fully nested service, typed.
   *
   * @param id the service_at_location's id (a profile's has its organisation's id)
   * @return the service_at_location
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if there is no such service_at_location
   */
  public OpenReferralServiceAtLocation getOrukServiceAtLocation(String id) {
    URI url = ops.url(ORUK, "service_at_locations", Operations.pathSegment(id, "id")).build();
    return ops.send(HttpRequest.get(url), OpenReferralServiceAtLocation.class).getValue();
  }

  /**
   * Lists VCFSE organizations the ORUK way, typed, ordered by name.
   *
   * @param search words that must all match, or {@code null} for every organization
   * @return a lazy list of organizations
   */
  public PagedIterable<OpenReferralOrganization> listOrukOrganizations(String search) {
    return ops.listOruk(
        ops.url(ORUK, "organizations").query("search", search).build(),
        OpenReferralOrganization.class,
        null);
  }

  /**
   * Gets an ORUK organization, typed.
   *
   * @param organizationId the organisation's id
   * @param withServices whether to include its fully nested services ({@code full_service})
   * @return the organization
   * @throws NullPointerException if {@code organizationId} is {@code null}
   * @throws IllegalArgumentException if {@code organizationId} is blank
   * @throws NotFoundException if there is no such VCFSE in the directory
   */
  public OpenReferralOrganization getOrukOrganization(String organizationId, boolean withServices) {
    URI url =
        ops.url(ORUK, "organizations", Operations.pathSegment(organizationId, "organizationId"))
            .query("full_service", withServices ? "true" : null)
            .build();
    return ops.send(HttpRequest.get(url), OpenReferralOrganization.class).getValue();
  }

  /**
   * Lists svkit's ORUK taxonomies (themes, legal forms, income bands), without their terms.
   *
   * @return a lazy list of taxonomies
   */
  public PagedIterable<OpenReferralTaxonomy> listOrukTaxonomies() {
    return ops.listOruk(ops.url(ORUK, "taxonomies").build(), OpenReferralTaxonomy.class, null);
  }

  /**
   * Gets a taxonomy with its terms.
   *
   * @param idOrName the taxonomy's ORUK id or name, such as {@code svkit-themes}
   * @return the taxonomy
   * @throws NullPointerException if {@code idOrName} is {@code null}
   * @throws IllegalArgumentException if {@code idOrName} is blank
   * @throws NotFoundException if there is no such taxonomy
   */
  public OpenReferralTaxonomy getOrukTaxonomy(String idOrName) {
    URI url = ops.url(ORUK, "taxonomies", Operations.pathSegment(idOrName, "idOrName")).build();
    return ops.send(HttpRequest.get(url), OpenReferralTaxonomy.class).getValue();
  }

  /**
   * Lists taxonomy terms, typed.
   *
   * @param taxonomyId only this taxonomy's terms (ORUK id or name), or {@code null} for all
   * @return a lazy list of terms
   */
  public PagedIterable<OpenReferralTaxonomyTerm> listOrukTaxonomyTerms(String taxonomyId) {
    return ops.listOruk(
        ops.url(ORUK, "taxonomy_terms").query("taxonomy_id", taxonomyId).build(),
        OpenReferralTaxonomyTerm.class,
        null);
  }

  /**
   * Gets a taxonomy term.
   *
   * @param idOrCode the term's ORUK id or svkit code, such as {@code mental-health}
   * @return the term
   * @throws NullPointerException if {@code idOrCode} is {@code null}
   * @throws IllegalArgumentException if {@code idOrCode} is blank
   * @throws NotFoundException if there is no such term
   */
  public OpenReferralTaxonomyTerm getOrukTaxonomyTerm(String idOrCode) {
    URI url = ops.url(ORUK, "taxonomy_terms", Operations.pathSegment(idOrCode, "idOrCode")).build();
    return ops.send(HttpRequest.get(url), OpenReferralTaxonomyTerm.class).getValue();
  }
}
