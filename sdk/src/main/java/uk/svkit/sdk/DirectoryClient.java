package uk.svkit.sdk;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.implementation.FacetsBody;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.implementation.MatchListBody;
import uk.svkit.sdk.implementation.Urls;
import uk.svkit.sdk.models.AnswerDeliveryOptions;
import uk.svkit.sdk.models.CreateOfferClaimOptions;
import uk.svkit.sdk.models.CreatePledgeOptions;
import uk.svkit.sdk.models.Delivery;
import uk.svkit.sdk.models.DeliveryStatus;
import uk.svkit.sdk.models.DirectoryFacets;
import uk.svkit.sdk.models.DirectoryOrganisation;
import uk.svkit.sdk.models.DirectoryOrganisationHit;
import uk.svkit.sdk.models.DirectoryTheme;
import uk.svkit.sdk.models.ListDeliveriesOptions;
import uk.svkit.sdk.models.MatchVcfsesOptions;
import uk.svkit.sdk.models.Need;
import uk.svkit.sdk.models.NeedOptions;
import uk.svkit.sdk.models.Offer;
import uk.svkit.sdk.models.OfferClaim;
import uk.svkit.sdk.models.OfferOptions;
import uk.svkit.sdk.models.Pledge;
import uk.svkit.sdk.models.RecordDeliveryOptions;
import uk.svkit.sdk.models.RecordOfferDeliveryOptions;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.SearchDirectoryOptions;
import uk.svkit.sdk.models.SearchNeedsOptions;
import uk.svkit.sdk.models.SearchOffersOptions;
import uk.svkit.sdk.models.VcfseContactInput;
import uk.svkit.sdk.models.VcfseMatch;

/**
 * The VCFSE partner directory and its noticeboard. Obtain from {@link SvkitClient#directory()};
 * thread-safe.
 *
 * <p>A VCFSE {@linkplain #saveProfile(String, SaveVcfseProfileOptions) writes its profile} and
 * {@linkplain #createNeed(NeedOptions) posts needs}; a business {@linkplain #searchOrganisations
 * finds} VCFSEs (by text, place, distance, theme, support type, legal form), {@linkplain
 * #createPledge(String, CreatePledgeOptions) pledges} to meet a need and later {@linkplain
 * #recordPledgeDelivery(Pledge, RecordDeliveryOptions) records the delivery}. Platform admins
 * {@linkplain #verifyProfile(DirectoryOrganisation) verify} profiles. In the other direction, a
 * business {@linkplain #createOffer(OfferOptions) offers} support, VCFSEs {@linkplain #searchOffers
 * find} and {@linkplain #createOfferClaim(String, CreateOfferClaimOptions) claim} it, and the
 * business {@linkplain #recordOfferClaimDelivery(OfferClaim, RecordOfferDeliveryOptions) records
 * the delivery}. Reads need no token on the server (a client built with one still sends it, and
 * then sees contacts).
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * PermissionDeniedException}, {@link uk.svkit.sdk.exception.RateLimitException}, {@link
 * uk.svkit.sdk.exception.ServerException} and {@link ConnectionException}.
 */
public final class DirectoryClient {

  private static final String DIRECTORY = "directory";
  private static final String ORGANISATIONS = "organisations";
  private static final String NEEDS = "needs";
  private static final String PLEDGES = "pledges";
  private static final String OFFERS = "offers";
  private static final String CLAIMS = "claims";
  private static final String DELIVERIES = "deliveries";

  private final Operations ops;

  DirectoryClient(Operations ops) {
    this.ops = ops;
  }

  // ---- themes and profiles ------------------------------------------------------------------

  /**
   * Lists the managed theme taxonomy.
   *
   * @return the themes, in the taxonomy's order
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public PagedIterable<DirectoryTheme> listThemes() {
    return ops.list(ops.url(DIRECTORY, "themes").build(), DirectoryTheme.class, null);
  }

  /**
   * Searches VCFSE organisations; pages are fetched lazily as you iterate.
   *
   * @param options filters, order and page size
   * @return the matching organisations
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a filter is malformed (such as a radius without a centre)
   * @throws BusinessRuleException if {@code near} is not a known postcode
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public PagedIterable<DirectoryOrganisationHit> searchOrganisations(
      SearchDirectoryOptions options) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        organisationSearchUrl(options, options.getLimit(), false),
        DirectoryOrganisationHit.class,
        null);
  }

  /**
   * Shortlists VCFSE organisations with open needs for what a business offers, best first, each
   * with its score out of 100 explained factor by factor (theme fit 35, place 25, support type 20,
   * need size 10, recency 10). Deterministic: the same directory gives the same list.
   *
   * @param options what is offered
   * @return the matches, best first (at most the limit)
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a criterion is malformed (an unknown theme, a radius without a
   *     centre)
   * @throws BusinessRuleException if {@code near} is not a known postcode
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public List<VcfseMatch> matchVcfses(MatchVcfsesOptions options) {
    Objects.requireNonNull(options, "options");
    Urls.Builder url = ops.url(DIRECTORY, "matches");
    options.getMeasureCodes().forEach(code -> url.query("measureCode", code));
    options.getThemes().forEach(theme -> url.query("theme", theme));
    options.getSupportTypes().forEach(type -> url.query("supportType", type));
    url.query("placeCode", options.getPlaceCode())
        .query("near", options.getNear())
        .query("radiusKm", options.getRadiusKm())
        .query(
            "quantity",
            options.getQuantity() == null ? null : options.getQuantity().toPlainString())
        .query("limit", options.getLimit());
    return ops.send(HttpRequest.get(url.build()), MatchListBody.class).getValue().items();
  }

  /**
   * Returns the facet counts (places, themes, support types) over every result of a search.
   *
   * @param options filters, as for {@link #searchOrganisations(SearchDirectoryOptions)}
   * @return the facet counts
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a filter is malformed
   * @throws BusinessRuleException if {@code near} is not a known postcode
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryFacets getOrganisationFacets(SearchDirectoryOptions options) {
    Objects.requireNonNull(options, "options");
    return ops.send(HttpRequest.get(organisationSearchUrl(options, 1, true)), FacetsBody.class)
        .getValue()
        .facets;
  }

  /**
   * Gets a VCFSE's profile, with its ETag; contacts are included for authenticated callers.
   *
   * @param organisationId the organisation's id
   * @return the profile
   * @throws NullPointerException if {@code organisationId} is {@code null}
   * @throws NotFoundException if the organisation has no profile
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryOrganisation getOrganisation(String organisationId) {
    return ops.send(HttpRequest.get(profileUrl(organisationId)), DirectoryOrganisation.class)
        .getValue();
  }

  /**
   * Creates a VCFSE's profile (the VCFSE itself, or a platform admin).
   *
   * @param organisationId the VCFSE organisation's id
   * @param options the whole profile
   * @return the created profile, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the postcode or a theme is unknown, or the organisation is not
   *     a VCFSE
   * @throws PreconditionFailedException never for a creation
   * @throws uk.svkit.sdk.exception.PreconditionRequiredException if the profile already exists
   *     (replace it with {@link #saveProfile(DirectoryOrganisation, SaveVcfseProfileOptions)})
   * @throws PermissionDeniedException if the caller is another organisation
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryOrganisation saveProfile(String organisationId, SaveVcfseProfileOptions options) {
    Objects.requireNonNull(options, "options");
    return ops.send(
            HttpRequest.put(profileUrl(organisationId), ops.toJson(profileBody(options))),
            DirectoryOrganisation.class)
        .getValue();
  }

  /**
   * Replaces a VCFSE's profile read earlier, if it has not changed since.
   *
   * @param current the profile as last read (carrying its ETag)
   * @param options the whole new profile
   * @return the replaced profile, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the postcode or a theme is unknown
   * @throws PreconditionFailedException if the profile changed since it was read
   * @throws PermissionDeniedException if the caller is another organisation
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryOrganisation saveProfile(
      DirectoryOrganisation current, SaveVcfseProfileOptions options) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(options, "options");
    String eTag =
        Operations.eTagOf(current.getETag(), "Profile", current.getId(), "getOrganisation");
    return ops.send(
            HttpRequest.put(profileUrl(current.getId()), ops.toJson(profileBody(options)))
                .ifMatch(eTag),
            DirectoryOrganisation.class)
        .getValue();
  }

  /**
   * Verifies a profile as it stands (platform admins).
   *
   * @param current the profile as last read (carrying its ETag)
   * @return the verified profile
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the profile changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryOrganisation verifyProfile(DirectoryOrganisation current) {
    Objects.requireNonNull(current, "current");
    String eTag =
        Operations.eTagOf(current.getETag(), "Profile", current.getId(), "getOrganisation");
    URI url =
        ops.url(
                DIRECTORY,
                ORGANISATIONS,
                Operations.pathSegment(current.getId(), "id"),
                "verification")
            .build();
    return ops.send(HttpRequest.post(url, null, false).ifMatch(eTag), DirectoryOrganisation.class)
        .getValue();
  }

  // ---- needs --------------------------------------------------------------------------------

  /**
   * Searches open, unexpired needs; pages are fetched lazily as you iterate.
   *
   * @param options filters, order and page size
   * @return the matching needs
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a filter is malformed
   * @throws BusinessRuleException if {@code near} is not a known postcode
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public PagedIterable<Need> searchNeeds(SearchNeedsOptions options) {
    Objects.requireNonNull(options, "options");
    return ops.list(needSearchUrl(options, options.getLimit(), false), Need.class, null);
  }

  /**
   * Returns the facet counts over every result of a need search.
   *
   * @param options filters, as for {@link #searchNeeds(SearchNeedsOptions)}
   * @return the facet counts
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a filter is malformed
   * @throws BusinessRuleException if {@code near} is not a known postcode
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public DirectoryFacets getNeedFacets(SearchNeedsOptions options) {
    Objects.requireNonNull(options, "options");
    return ops.send(HttpRequest.get(needSearchUrl(options, 1, true)), FacetsBody.class)
        .getValue()
        .facets;
  }

  /**
   * Posts a need (a VCFSE with a profile). A random {@code Idempotency-Key} is sent.
   *
   * @param options the need
   * @return the posted need, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the caller has no profile or the expiry is past
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Need createNeed(NeedOptions options) {
    return createNeedWithResponse(options, null).getValue();
  }

  /**
   * Posts a need, as {@link #createNeed(NeedOptions)} does, with per-call options: give your own
   * {@code Idempotency-Key} so that a retry, even from another process, cannot post it twice.
   *
   * @param options as for {@link #createNeed(NeedOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the created need, with its ETag
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createNeed(NeedOptions)} lists, or another error
   * @throws ConnectionException if no response arrived
   */
  public Need createNeed(NeedOptions options, RequestOptions requestOptions) {
    return createNeedWithResponse(options, requestOptions).getValue();
  }

  /**
   * Posts a need and returns the HTTP details ({@code Location}, and {@code Idempotent-Replayed:
   * true} when the server answered from an earlier call with the same key).
   *
   * @param options as for {@link #createNeed(NeedOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createNeed(NeedOptions)} lists, or another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Need> createNeedWithResponse(NeedOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.send(
        HttpRequest.post(ops.url(DIRECTORY, NEEDS).build(), ops.toJson(needBody(options)), true)
            .options(requestOptions),
        Need.class);
  }

  /**
   * Gets a need, whatever its status, with its ETag.
   *
   * @param needId the need's id
   * @return the need
   * @throws NullPointerException if {@code needId} is {@code null}
   * @throws NotFoundException if there is no such need
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Need getNeed(String needId) {
    return ops.send(HttpRequest.get(needUrl(needId)), Need.class).getValue();
  }

  /**
   * Changes an open need (its VCFSE), if it has not changed since it was read.
   *
   * @param current the need as last read (carrying its ETag)
   * @param options the whole new need
   * @return the changed need
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if the need is no longer open
   * @throws PreconditionFailedException if the need changed since it was read
   * @throws PermissionDeniedException if the caller did not post the need
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Need updateNeed(Need current, NeedOptions options) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(options, "options");
    String eTag = Operations.eTagOf(current.getETag(), "Need", current.getId(), "getNeed");
    return ops.send(
            HttpRequest.put(needUrl(current.getId()), ops.toJson(needBody(options))).ifMatch(eTag),
            Need.class)
        .getValue();
  }

  /**
   * Closes a need (its VCFSE), whatever stage it reached.
   *
   * @param current the need as last read (carrying its ETag)
   * @return the closed need
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if it is already closed
   * @throws PreconditionFailedException if the need changed since it was read
   * @throws PermissionDeniedException if the caller did not post the need
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Need closeNeed(Need current) {
    Objects.requireNonNull(current, "current");
    String eTag = Operations.eTagOf(current.getETag(), "Need", current.getId(), "getNeed");
    URI url =
        ops.url(DIRECTORY, NEEDS, Operations.pathSegment(current.getId(), "needId"), "close")
            .build();
    return ops.send(HttpRequest.post(url, null, false).ifMatch(eTag), Need.class).getValue();
  }

  // ---- pledges ------------------------------------------------------------------------------

  /**
   * Pledges to meet a need in whole or part (a business with the supplier role). A random {@code
   * Idempotency-Key} is sent.
   *
   * @param needId the need's id
   * @param options the pledge
   * @return the pledge, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws BusinessRuleException if the need expired or the quantity exceeds what remains
   * @throws ConflictException if the need takes no more pledges
   * @throws NotFoundException if there is no such need
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Pledge createPledge(String needId, CreatePledgeOptions options) {
    return createPledgeWithResponse(needId, options, null).getValue();
  }

  /**
   * Pledges to meet a need, as {@link #createPledge(String, CreatePledgeOptions)} does, with
   * per-call options: give your own {@code Idempotency-Key} so that a retry, even from another
   * process, cannot post it twice.
   *
   * @param needId as for {@link #createPledge(String, CreatePledgeOptions)}
   * @param options as for {@link #createPledge(String, CreatePledgeOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the created pledge, with its ETag
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createPledge(String, CreatePledgeOptions)} lists,
   *     or another error
   * @throws ConnectionException if no response arrived
   */
  public Pledge createPledge(
      String needId, CreatePledgeOptions options, RequestOptions requestOptions) {
    return createPledgeWithResponse(needId, options, requestOptions).getValue();
  }

  /**
   * Pledges to meet a need and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier call with the same key).
   *
   * @param needId as for {@link #createPledge(String, CreatePledgeOptions)}
   * @param options as for {@link #createPledge(String, CreatePledgeOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createPledge(String, CreatePledgeOptions)} lists,
   *     or another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Pledge> createPledgeWithResponse(
      String needId, CreatePledgeOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "quantity", options.getQuantity());
    putIfSet(body, "note", options.getNote());
    putIfSet(body, "commitmentId", options.getCommitmentId());
    URI url = ops.url(DIRECTORY, NEEDS, Operations.pathSegment(needId, "needId"), PLEDGES).build();
    return ops.send(
        HttpRequest.post(url, ops.toJson(body), true).options(requestOptions), Pledge.class);
  }

  /**
   * Lists a need's pledges the caller may see (the need's VCFSE sees all; a business its own).
   *
   * @param needId the need's id
   * @return the pledges, oldest first
   * @throws NullPointerException if {@code needId} is {@code null}
   * @throws NotFoundException if there is no such need
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public PagedIterable<Pledge> listPledges(String needId) {
    return ops.list(
        ops.url(DIRECTORY, NEEDS, Operations.pathSegment(needId, "needId"), PLEDGES).build(),
        Pledge.class,
        null);
  }

  /**
   * Gets a pledge with its ETag.
   *
   * @param pledgeId the pledge's id
   * @return the pledge
   * @throws NullPointerException if {@code pledgeId} is {@code null}
   * @throws NotFoundException if there is no such pledge visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Pledge getPledge(String pledgeId) {
    return ops.send(
            HttpRequest.get(
                ops.url(DIRECTORY, PLEDGES, Operations.pathSegment(pledgeId, "pledgeId")).build()),
            Pledge.class)
        .getValue();
  }

  /**
   * Records what a pledge delivered (its business); the need is met when deliveries cover it.
   *
   * @param current the pledge as last read (carrying its ETag)
   * @param options the delivery
   * @return the pledge, now delivered
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if the delivery was already recorded
   * @throws PreconditionFailedException if the pledge changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Pledge recordPledgeDelivery(Pledge current, RecordDeliveryOptions options) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(options, "options");
    String eTag = Operations.eTagOf(current.getETag(), "Pledge", current.getId(), "getPledge");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "deliveredQuantity", options.getDeliveredQuantity());
    putIfSet(body, "note", options.getNote());
    URI url =
        ops.url(DIRECTORY, PLEDGES, Operations.pathSegment(current.getId(), "pledgeId"), "delivery")
            .build();
    return ops.send(HttpRequest.post(url, ops.toJson(body), false).ifMatch(eTag), Pledge.class)
        .getValue();
  }

  // ---- deliveries and the VCFSE's answer ----------------------------------------------------

  /**
   * Lists the caller's organisation's recorded deliveries (through pledges and offer claims alike),
   * oldest first; pages are fetched lazily as you iterate. With {@link
   * ListDeliveriesOptions.Side#VCFSE} and {@link DeliveryStatus#AWAITING_CONFIRMATION}: the
   * deliveries a VCFSE has to confirm; with {@link ListDeliveriesOptions.Side#BUSINESS}: those a
   * business awaits confirmation of.
   *
   * @param options side, status and page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Delivery> listDeliveries(ListDeliveriesOptions options) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(DIRECTORY, DELIVERIES)
            .query("side", options.getSide())
            .query("status", options.getStatus())
            .query("limit", options.getLimit())
            .build(),
        Delivery.class,
        null);
  }

  /**
   * Gets a recorded delivery with its ETag (its VCFSE, its business, admins).
   *
   * @param deliveryId the delivery's id (the pledge's or offer claim's id)
   * @return the delivery
   * @throws NullPointerException if {@code deliveryId} is {@code null}
   * @throws NotFoundException if there is no such delivery visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Delivery getDelivery(String deliveryId) {
    return ops.send(
            HttpRequest.get(
                ops.url(DIRECTORY, DELIVERIES, Operations.pathSegment(deliveryId, "deliveryId"))
                    .build()),
            Delivery.class)
        .getValue();
  }

  /**
   * Confirms, adjusts or disputes a delivery (the VCFSE that received it), or changes an earlier
   * answer. A delivery naming a contract KPI then counts towards that KPI's claimed figure at the
   * quantity accepted (as a return the buyer validates), never twice. Repeating the current answer
   * changes nothing.
   *
   * @param current the delivery as last read (its ETag guards the change)
   * @param answer {@link AnswerDeliveryOptions#confirm()}, {@code adjust} or {@code dispute}
   * @return the delivery with the answer
   * @throws NullPointerException if an argument is {@code null}
   * @throws PermissionDeniedException if the caller is not the receiving VCFSE
   * @throws ValidationException if the answer does not fit the delivery
   * @throws BusinessRuleException if the accepted quantity exceeds the delivered one
   * @throws PreconditionFailedException if the delivery changed since {@code current} was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Delivery answerDelivery(Delivery current, AnswerDeliveryOptions answer) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(answer, "answer");
    String eTag = Operations.eTagOf(current.getETag(), "Delivery", current.getId(), "getDelivery");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "status", answer.getStatus().toString());
    putIfSet(body, "quantity", answer.getQuantity());
    putIfSet(body, "reason", answer.getReason());
    URI url =
        ops.url(
                DIRECTORY,
                DELIVERIES,
                Operations.pathSegment(current.getId(), "deliveryId"),
                "answer")
            .build();
    return ops.send(HttpRequest.put(url, ops.toJson(body)).ifMatch(eTag), Delivery.class)
        .getValue();
  }

  // ---- offers -------------------------------------------------------------------------------

  /**
   * Searches offers open to claims (open or partly taken, unexpired); pages are fetched lazily as
   * you iterate.
   *
   * @param options filters, order and page size
   * @return the matching offers
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if a filter is malformed (such as a radius without a centre)
   * @throws BusinessRuleException if {@code near} is not a known postcode
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public PagedIterable<Offer> searchOffers(SearchOffersOptions options) {
    Objects.requireNonNull(options, "options");
    URI url =
        ops.url(DIRECTORY, OFFERS)
            .query("q", options.getQuery())
            .query("supportType", options.getSupportType())
            .query("placeCode", options.getPlaceCode())
            .query("near", options.getNear())
            .query("lat", options.getLatitude())
            .query("lon", options.getLongitude())
            .query("radiusKm", options.getRadiusKm())
            .query("organisationId", options.getOrganisationId())
            .query("sort", options.getSort())
            .query("limit", options.getLimit())
            .build();
    return ops.list(url, Offer.class, null);
  }

  /**
   * Posts an offer (a business with the supplier role). A random {@code Idempotency-Key} is sent.
   *
   * @param options the offer
   * @return the posted offer, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the postcode is unknown or the expiry is past
   * @throws PermissionDeniedException if the caller is not a business with the supplier role
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Offer createOffer(OfferOptions options) {
    return createOfferWithResponse(options, null).getValue();
  }

  /**
   * Posts an offer, as {@link #createOffer(OfferOptions)} does, with per-call options: give your
   * own {@code Idempotency-Key} so that a retry, even from another process, cannot post it twice.
   *
   * @param options as for {@link #createOffer(OfferOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the created offer, with its ETag
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createOffer(OfferOptions)} lists, or another error
   * @throws ConnectionException if no response arrived
   */
  public Offer createOffer(OfferOptions options, RequestOptions requestOptions) {
    return createOfferWithResponse(options, requestOptions).getValue();
  }

  /**
   * Posts an offer and returns the HTTP details ({@code Location}, and {@code Idempotent-Replayed:
   * true} when the server answered from an earlier call with the same key).
   *
   * @param options as for {@link #createOffer(OfferOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createOffer(OfferOptions)} lists, or another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Offer> createOfferWithResponse(
      OfferOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.send(
        HttpRequest.post(ops.url(DIRECTORY, OFFERS).build(), ops.toJson(offerBody(options)), true)
            .options(requestOptions),
        Offer.class);
  }

  /**
   * Gets an offer, whatever its status, with its ETag.
   *
   * @param offerId the offer's id
   * @return the offer
   * @throws NullPointerException if {@code offerId} is {@code null}
   * @throws NotFoundException if there is no such offer
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Offer getOffer(String offerId) {
    return ops.send(HttpRequest.get(offerUrl(offerId)), Offer.class).getValue();
  }

  /**
   * Changes an open or partly taken offer (its business), if it has not changed since it was read.
   *
   * @param current the offer as last read (carrying its ETag)
   * @param options the whole new offer
   * @return the changed offer
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if the offer is taken, delivered or closed
   * @throws BusinessRuleException if the quantity drops below what is claimed
   * @throws PreconditionFailedException if the offer changed since it was read
   * @throws PermissionDeniedException if the caller did not post the offer
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Offer updateOffer(Offer current, OfferOptions options) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(options, "options");
    String eTag = Operations.eTagOf(current.getETag(), "Offer", current.getId(), "getOffer");
    return ops.send(
            HttpRequest.put(offerUrl(current.getId()), ops.toJson(offerBody(options)))
                .ifMatch(eTag),
            Offer.class)
        .getValue();
  }

  /**
   * Closes an offer (its business), whatever stage it reached; claims already made stay
   * deliverable.
   *
   * @param current the offer as last read (carrying its ETag)
   * @return the closed offer
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if it is already closed
   * @throws PreconditionFailedException if the offer changed since it was read
   * @throws PermissionDeniedException if the caller did not post the offer
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Offer closeOffer(Offer current) {
    Objects.requireNonNull(current, "current");
    String eTag = Operations.eTagOf(current.getETag(), "Offer", current.getId(), "getOffer");
    URI url =
        ops.url(DIRECTORY, OFFERS, Operations.pathSegment(current.getId(), "offerId"), "close")
            .build();
    return ops.send(HttpRequest.post(url, null, false).ifMatch(eTag), Offer.class).getValue();
  }

  /**
   * Claims an offer in whole or part (a VCFSE with a directory profile). A random {@code
   * Idempotency-Key} is sent.
   *
   * @param offerId the offer's id
   * @param options the claim
   * @return the claim, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws BusinessRuleException if the offer expired, the quantity exceeds what remains, or the
   *     caller has no profile
   * @throws ConflictException if the offer takes no more claims
   * @throws NotFoundException if there is no such offer
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public OfferClaim createOfferClaim(String offerId, CreateOfferClaimOptions options) {
    return createOfferClaimWithResponse(offerId, options, null).getValue();
  }

  /**
   * Claims an offer, as {@link #createOfferClaim(String, CreateOfferClaimOptions)} does, with
   * per-call options: give your own {@code Idempotency-Key} so that a retry, even from another
   * process, cannot post it twice.
   *
   * @param offerId as for {@link #createOfferClaim(String, CreateOfferClaimOptions)}
   * @param options as for {@link #createOfferClaim(String, CreateOfferClaimOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the created claim, with its ETag
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createOfferClaim(String, CreateOfferClaimOptions)}
   *     lists, or another error
   * @throws ConnectionException if no response arrived
   */
  public OfferClaim createOfferClaim(
      String offerId, CreateOfferClaimOptions options, RequestOptions requestOptions) {
    return createOfferClaimWithResponse(offerId, options, requestOptions).getValue();
  }

  /**
   * Claims an offer and returns the HTTP details ({@code Location}, and {@code Idempotent-Replayed:
   * true} when the server answered from an earlier call with the same key).
   *
   * @param offerId as for {@link #createOfferClaim(String, CreateOfferClaimOptions)}
   * @param options as for {@link #createOfferClaim(String, CreateOfferClaimOptions)}
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws ApiException for the errors {@link #createOfferClaim(String, CreateOfferClaimOptions)}
   *     lists, or another error
   * @throws ConnectionException if no response arrived
   */
  public Response<OfferClaim> createOfferClaimWithResponse(
      String offerId, CreateOfferClaimOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "quantity", options.getQuantity());
    putIfSet(body, "note", options.getNote());
    putIfSet(body, "commitmentId", options.getCommitmentId());
    URI url =
        ops.url(DIRECTORY, OFFERS, Operations.pathSegment(offerId, "offerId"), CLAIMS).build();
    return ops.send(
        HttpRequest.post(url, ops.toJson(body), true).options(requestOptions), OfferClaim.class);
  }

  /**
   * Lists an offer's claims the caller may see (the offering business sees all; a VCFSE its own).
   *
   * @param offerId the offer's id
   * @return the claims, oldest first
   * @throws NullPointerException if {@code offerId} is {@code null}
   * @throws NotFoundException if there is no such offer
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public PagedIterable<OfferClaim> listOfferClaims(String offerId) {
    return ops.list(
        ops.url(DIRECTORY, OFFERS, Operations.pathSegment(offerId, "offerId"), CLAIMS).build(),
        OfferClaim.class,
        null);
  }

  /**
   * Gets a claim with its ETag.
   *
   * @param offerId the offer's id
   * @param claimId the claim's id
   * @return the claim
   * @throws NullPointerException if an argument is {@code null}
   * @throws NotFoundException if there is no such claim on the offer visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public OfferClaim getOfferClaim(String offerId, String claimId) {
    return ops.send(HttpRequest.get(claimUrl(offerId, claimId)), OfferClaim.class).getValue();
  }

  /**
   * Records what was delivered against a claim (the offering business), once. With a contract
   * commitment of the business named by the claim or here, the delivery becomes evidence of that
   * KPI.
   *
   * @param current the claim as last read (carrying its ETag)
   * @param options the delivery
   * @return the claim, now delivered
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if the delivery was already recorded
   * @throws PreconditionFailedException if the claim changed since it was read
   * @throws PermissionDeniedException if the caller is not the offering business
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public OfferClaim recordOfferClaimDelivery(
      OfferClaim current, RecordOfferDeliveryOptions options) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(options, "options");
    String eTag =
        Operations.eTagOf(current.getETag(), "Offer claim", current.getId(), "getOfferClaim");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "deliveredQuantity", options.getDeliveredQuantity());
    putIfSet(body, "note", options.getNote());
    putIfSet(body, "commitmentId", options.getCommitmentId());
    URI url =
        ops.url(
                DIRECTORY,
                OFFERS,
                Operations.pathSegment(current.getOfferId(), "offerId"),
                CLAIMS,
                Operations.pathSegment(current.getId(), "claimId"),
                "delivery")
            .build();
    return ops.send(HttpRequest.post(url, ops.toJson(body), false).ifMatch(eTag), OfferClaim.class)
        .getValue();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private URI profileUrl(String organisationId) {
    return ops.url(
            DIRECTORY, ORGANISATIONS, Operations.pathSegment(organisationId, "organisationId"))
        .build();
  }

  private URI offerUrl(String offerId) {
    return ops.url(DIRECTORY, OFFERS, Operations.pathSegment(offerId, "offerId")).build();
  }

  private URI claimUrl(String offerId, String claimId) {
    return ops.url(
            DIRECTORY,
            OFFERS,
            Operations.pathSegment(offerId, "offerId"),
            CLAIMS,
            Operations.pathSegment(claimId, "claimId"))
        .build();
  }

  private static Map<String, Object> offerBody(OfferOptions o) {
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(
        body, "supportType", o.getSupportType() == null ? null : o.getSupportType().toString());
    putIfSet(body, "title", o.getTitle());
    putIfSet(body, "description", o.getDescription());
    putIfSet(body, "quantity", o.getQuantity());
    putIfSet(body, "unit", o.getUnit());
    putIfSet(body, "placeCode", o.getPlaceCode());
    putIfSet(body, "postcode", o.getPostcode());
    putIfSet(body, "expiresOn", o.getExpiresOn() == null ? null : o.getExpiresOn().toString());
    return body;
  }

  private URI needUrl(String needId) {
    return ops.url(DIRECTORY, NEEDS, Operations.pathSegment(needId, "needId")).build();
  }

  // Pages are read without facet counts (facets=false): counting every result is the costly part of
  // a
  // broad search, and the facet methods ask for the counts when a caller wants them.
  private URI organisationSearchUrl(SearchDirectoryOptions o, Integer limit, boolean facets) {
    return common(
            ops.url(DIRECTORY, ORGANISATIONS),
            o.getQuery(),
            o.getPlaceCode(),
            o.getNear(),
            o.getLatitude(),
            o.getLongitude(),
            o.getRadiusKm(),
            o.getTheme(),
            o.getSupportType(),
            o.getLegalForm())
        .query("sort", o.getSort())
        .query("limit", limit)
        .query("facets", facets ? null : "false")
        .build();
  }

  private URI needSearchUrl(SearchNeedsOptions o, Integer limit, boolean facets) {
    return common(
            ops.url(DIRECTORY, NEEDS),
            o.getQuery(),
            o.getPlaceCode(),
            o.getNear(),
            o.getLatitude(),
            o.getLongitude(),
            o.getRadiusKm(),
            o.getTheme(),
            o.getSupportType(),
            o.getLegalForm())
        .query("organisationId", o.getOrganisationId())
        .query("sort", o.getSort())
        .query("limit", limit)
        .query("facets", facets ? null : "false")
        .build();
  }

  private static Urls.Builder common(
      Urls.Builder url,
      String q,
      String place,
      String near,
      Double lat,
      Double lon,
      Double radius,
      String theme,
      Object supportType,
      Object legalForm) {
    return url.query("q", q)
        .query("placeCode", place)
        .query("near", near)
        .query("lat", lat)
        .query("lon", lon)
        .query("radiusKm", radius)
        .query("theme", theme)
        .query("supportType", supportType)
        .query("legalForm", legalForm);
  }

  private static Map<String, Object> profileBody(SaveVcfseProfileOptions o) {
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "legalForm", o.getLegalForm() == null ? null : o.getLegalForm().toString());
    putIfSet(body, "description", o.getDescription());
    putIfSet(body, "website", o.getWebsite());
    putIfSet(body, "incomeBand", o.getIncomeBand() == null ? null : o.getIncomeBand().toString());
    putIfSet(body, "themes", o.getThemes());
    putIfSet(body, "beneficiaryGroups", o.getBeneficiaryGroups());
    putIfSet(body, "placesServed", o.getPlacesServed());
    putIfSet(body, "basePostcode", o.getBasePostcode());
    if (o.isExactLocationPublic()) {
      body.put("exactLocationPublic", true);
    }
    if (o.getContacts() != null) {
      List<Map<String, Object>> contacts = new ArrayList<>();
      for (VcfseContactInput c : o.getContacts()) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", c.getName());
        putIfSet(contact, "role", c.getRole());
        putIfSet(contact, "email", c.getEmail());
        putIfSet(contact, "phone", c.getPhone());
        contacts.add(contact);
      }
      body.put("contacts", contacts);
    }
    return body;
  }

  private static Map<String, Object> needBody(NeedOptions o) {
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(
        body, "supportType", o.getSupportType() == null ? null : o.getSupportType().toString());
    putIfSet(body, "title", o.getTitle());
    putIfSet(body, "description", o.getDescription());
    BigDecimal quantity = o.getQuantity();
    putIfSet(body, "quantity", quantity);
    putIfSet(body, "unit", o.getUnit());
    putIfSet(body, "placeCode", o.getPlaceCode());
    putIfSet(body, "expiresOn", o.getExpiresOn() == null ? null : o.getExpiresOn().toString());
    return body;
  }

  private static void putIfSet(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
