package uk.svkit.sdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.ListOrganisationsOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.UpdateOrganisationOptions;

/**
 * Organisations: buyers, suppliers and VCFSEs. Obtain from {@link SvkitClient#organisations()};
 * thread-safe.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException} (401),
 * {@link uk.svkit.sdk.exception.PermissionDeniedException} (403), {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 */
public final class OrganisationsClient {

  private final Operations ops;

  OrganisationsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Returns the organisation the caller's token belongs to.
   *
   * @return the caller's organisation, with its ETag
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public Organisation getMyOrganisation() {
    return getMyOrganisationWithResponse(null).getValue();
  }

  /**
   * Returns the caller's organisation with the HTTP details.
   *
   * @param requestOptions per-call options, or {@code null}
   * @return the response; its value is {@code null} on 304 (see {@link
   *     RequestOptions.Builder#ifNoneMatch(String)})
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public Response<Organisation> getMyOrganisationWithResponse(RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url("organisations", "me").build()).options(requestOptions),
        Organisation.class);
  }

  /**
   * Lists all organisations visible to the caller.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Organisation> listOrganisations() {
    return listOrganisations(ListOrganisationsOptions.builder().build(), null);
  }

  /**
   * Lists organisations matching the filters.
   *
   * @param options filters and page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Organisation> listOrganisations(ListOrganisationsOptions options) {
    return listOrganisations(options, null);
  }

  /**
   * Lists organisations matching the filters, with per-call options applied to every page.
   *
   * @param options filters and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Organisation> listOrganisations(
      ListOrganisationsOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url("organisations")
            .query("limit", options.getLimit())
            .query("q", options.getQuery())
            .query("role", options.getRole())
            .build(),
        Organisation.class,
        requestOptions);
  }

  /**
   * Returns one organisation.
   *
   * @param id the organisation id
   * @return the organisation, with its ETag
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such organisation is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Organisation getOrganisation(String id) {
    return getOrganisationWithResponse(id, null).getValue();
  }

  /**
   * Returns one organisation with the HTTP details.
   *
   * @param id the organisation id
   * @param requestOptions per-call options, or {@code null}; {@code ifNoneMatch} makes the read
   *     conditional
   * @return the response; its value is {@code null} on 304
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such organisation is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Organisation> getOrganisationWithResponse(
      String id, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url("organisations", Operations.pathSegment(id, "id")).build())
            .options(requestOptions),
        Organisation.class);
  }

  /**
   * Creates an organisation. A random {@code Idempotency-Key} is sent, so the call is retried
   * safely after transient failures.
   *
   * @param options the new organisation
   * @return the created organisation, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Organisation createOrganisation(CreateOrganisationOptions options) {
    return createOrganisationWithResponse(options, null).getValue();
  }

  /**
   * Creates an organisation with per-call options, such as your own idempotency key.
   *
   * @param options the new organisation
   * @param requestOptions per-call options, or {@code null}
   * @return the created organisation, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws uk.svkit.sdk.exception.BusinessRuleException if the idempotency key was used before
   *     with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Organisation createOrganisation(
      CreateOrganisationOptions options, RequestOptions requestOptions) {
    return createOrganisationWithResponse(options, requestOptions).getValue();
  }

  /**
   * Creates an organisation and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the new organisation
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws uk.svkit.sdk.exception.BusinessRuleException if the idempotency key was used before
   *     with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Organisation> createOrganisationWithResponse(
      CreateOrganisationOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", options.getName());
    if (options.getRoles() != null) {
      body.put(
          "roles",
          options.getRoles().stream().map(OrganisationRole::toString).collect(Collectors.toList()));
    }
    if (options.getIdentifier() != null) {
      body.put("identifier", options.getIdentifier());
    }
    if (options.getOtherIdentifiers() != null) {
      body.put("otherIdentifiers", options.getOtherIdentifiers());
    }
    return ops.send(
        HttpRequest.post(ops.url("organisations").build(), ops.toJson(body), true)
            .options(requestOptions),
        Organisation.class);
  }

  /**
   * Replaces the updatable fields of an organisation, provided it is still at the version the ETag
   * names (optimistic concurrency).
   *
   * @param id the organisation id
   * @param options the new state
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the updated organisation, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank
   * @throws PreconditionFailedException if the organisation changed since it was read (412)
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such organisation is visible to the caller
   * @throws uk.svkit.sdk.exception.PermissionDeniedException if the caller is not the organisation
   *     or a platform admin, or changes the other identifiers without being a platform admin
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Organisation updateOrganisation(
      String id, UpdateOrganisationOptions options, String ifMatchETag) {
    return updateOrganisationWithResponse(id, options, ifMatchETag, null).getValue();
  }

  /**
   * Replaces the updatable fields of an organisation read earlier, using its id and ETag.
   *
   * @param current the organisation as returned by get, create or update (not by a list)
   * @param options the new state
   * @return the updated organisation, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the organisation changed since it was read (412)
   * @throws ValidationException if the server rejects the input
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Organisation updateOrganisation(Organisation current, UpdateOrganisationOptions options) {
    Objects.requireNonNull(current, "current");
    if (current.getETag() == null) {
      throw new IllegalArgumentException(
          "Organisation "
              + current.getId()
              + " carries no"
              + " ETag (list results do not): read it with getOrganisation(id) first");
    }
    return updateOrganisation(current.getId(), options, current.getETag());
  }

  /**
   * Replaces the updatable fields of an organisation and returns the HTTP details.
   *
   * @param id the organisation id
   * @param options the new state
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code id}, {@code options} or {@code ifMatchETag} is {@code
   *     null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank, or {@code
   *     requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the organisation changed since it was read (412)
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such organisation is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Organisation> updateOrganisationWithResponse(
      String id,
      UpdateOrganisationOptions options,
      String ifMatchETag,
      RequestOptions requestOptions) {
    Operations.pathSegment(id, "id");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(
        ifMatchETag,
        "ifMatchETag is required: pass getETag() of the" + " organisation as last read");
    if (ifMatchETag.isBlank()) {
      throw new IllegalArgumentException("ifMatchETag must not be blank");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", options.getName());
    if (options.getOtherIdentifiers() != null) {
      body.put("otherIdentifiers", options.getOtherIdentifiers());
    }
    return ops.send(
        HttpRequest.put(ops.url("organisations", id).build(), ops.toJson(body))
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Organisation.class);
  }
}
