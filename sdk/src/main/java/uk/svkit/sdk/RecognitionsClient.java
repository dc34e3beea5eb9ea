package uk.svkit.sdk;

import java.time.LocalDate;
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
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.ApplyForAwardOptions;
import uk.svkit.sdk.models.Award;
import uk.svkit.sdk.models.AwardApplication;
import uk.svkit.sdk.models.CreateProgrammeOptions;
import uk.svkit.sdk.models.DecideAwardApplicationOptions;
import uk.svkit.sdk.models.ListAwardApplicationsOptions;
import uk.svkit.sdk.models.ListAwardsOptions;
import uk.svkit.sdk.models.ListProgrammesOptions;
import uk.svkit.sdk.models.ListSignaturesOptions;
import uk.svkit.sdk.models.Programme;
import uk.svkit.sdk.models.ProgrammeElementInput;
import uk.svkit.sdk.models.Recognitions;
import uk.svkit.sdk.models.SignProgrammeOptions;
import uk.svkit.sdk.models.Signature;
import uk.svkit.sdk.models.SignatureCommitmentInput;
import uk.svkit.sdk.models.ThemeEvidenceInput;
import uk.svkit.sdk.models.UpdateProgrammeOptions;
import uk.svkit.sdk.models.WithdrawSignatureOptions;

/**
 * Recognitions: charters, pledges, the anchor institution framework and award schemes (programmes),
 * organisations' signatures of them, award applications and the assessors' decisions, and what an
 * organisation holds on a day. Obtain from {@link SvkitClient#recognitions()}; thread-safe.
 *
 * <p>Programmes, signatures, awards and {@link #getRecognitions(String) recognitions} are public: a
 * client built with any token may read them, and the API serves them without one. Applications,
 * their evidence and the reasons for a decision are private to the applicant, the scheme's
 * administrators and its assessors.
 *
 * <p>Award dates: an award runs from its decision date for the scheme's validity period (60 months
 * by default); {@code expiresOn} is the decision date plus that many months, on the last day of the
 * month where the day does not exist (29 February 2024 gives 28 February 2029), and the award is
 * current up to and including the day before {@code expiresOn}.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * PermissionDeniedException}, {@link uk.svkit.sdk.exception.RateLimitException}, {@link
 * uk.svkit.sdk.exception.ServerException} and {@link ConnectionException}.
 *
 * @since 0.1.0
 */
public final class RecognitionsClient {

  private static final String PROGRAMMES = "programmes";

  private final Operations ops;

  RecognitionsClient(Operations ops) {
    this.ops = ops;
  }

  // ---- programmes -----------------------------------------------------------------------

  /**
   * Lists every programme, by code.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Programme> listProgrammes() {
    return listProgrammes(ListProgrammesOptions.builder().build(), null);
  }

  /**
   * Lists programmes, optionally of one kind, with per-call options applied to every page.
   *
   * @param options kind and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Programme> listProgrammes(
      ListProgrammesOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(PROGRAMMES)
            .query("kind", options.getKind())
            .query("limit", options.getLimit())
            .build(),
        Programme.class,
        requestOptions);
  }

  /**
   * Returns a programme with its themes, pillars and principles, and its ETag.
   *
   * @param programmeId the programme id
   * @return the programme
   * @throws NullPointerException if {@code programmeId} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException if there is no such programme
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Programme getProgramme(String programmeId) {
    return getProgrammeWithResponse(programmeId, null).getValue();
  }

  /**
   * Returns a programme with the HTTP details.
   *
   * @param programmeId the programme id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code programmeId} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException if there is no such programme
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Programme> getProgrammeWithResponse(
      String programmeId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url(PROGRAMMES, Operations.pathSegment(programmeId, "programmeId")).build())
            .options(requestOptions),
        Programme.class);
  }

  /**
   * Defines a programme (platform admins only), administered by the organisation it names or by the
   * platform. A random {@code Idempotency-Key} is sent, so the call is retried safely.
   *
   * @param options the programme
   * @return the created programme, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the elements do not fit the kind (award schemes have themes
   *     only, and at least one)
   * @throws ConflictException if the code is taken
   * @throws PermissionDeniedException unless the caller is a platform admin (only they define
   *     programmes)
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Programme createProgramme(CreateProgrammeOptions options) {
    return createProgrammeWithResponse(options, null).getValue();
  }

  /**
   * Defines a programme and returns the HTTP details.
   *
   * @param options the programme
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the elements do not fit the kind
   * @throws ConflictException if the code is taken
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Programme> createProgrammeWithResponse(
      CreateProgrammeOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", options.getCode());
    body.put("kind", options.getKind().toString());
    body.put("name", options.getName());
    putIfSet(body, "administeredBy", options.getAdministeredBy());
    putIfSet(body, "administeringOrganisationId", options.getAdministeringOrganisationId());
    putIfSet(body, "summary", options.getSummary());
    putIfSet(body, "textUrl", options.getTextUrl());
    body.put("programmeVersion", options.getProgrammeVersion());
    putIfSet(body, "launchedOn", options.getLaunchedOn());
    putIfSet(body, "validityMonths", options.getValidityMonths());
    List<Map<String, Object>> elements = new ArrayList<>();
    for (ProgrammeElementInput e : options.getElements()) {
      Map<String, Object> element = new LinkedHashMap<>();
      element.put("code", e.getCode());
      element.put("kind", e.getKind().toString());
      element.put("title", e.getTitle());
      putIfSet(element, "guidance", e.getGuidance());
      elements.add(element);
    }
    body.put("elements", elements);
    return ops.send(
        HttpRequest.post(ops.url(PROGRAMMES).build(), ops.toJson(body), true)
            .options(requestOptions),
        Programme.class);
  }

  /**
   * Revises a programme's description and the version of its text; its administrators only.
   * Signatures and awards keep the version they were made under, and a new validity period applies
   * to awards decided from now on.
   *
   * @param programmeId the programme
   * @param options the revised description; it replaces the current one
   * @param ifMatchETag the ETag of the programme as last read
   * @return the revised programme, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} or {@code ifMatchETag} is blank
   * @throws ValidationException if the input is malformed, or a validity period is given for a
   *     programme that is not an award scheme
   * @throws PermissionDeniedException if you do not administer the programme
   * @throws PreconditionFailedException if the programme changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Programme updateProgramme(
      String programmeId, UpdateProgrammeOptions options, String ifMatchETag) {
    return updateProgrammeWithResponse(programmeId, options, ifMatchETag, null).getValue();
  }

  /**
   * Revises a programme and returns the HTTP details.
   *
   * @param programmeId the programme
   * @param options the revised description
   * @param ifMatchETag the ETag of the programme as last read
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} or {@code ifMatchETag} is blank
   * @throws PermissionDeniedException if you do not administer the programme
   * @throws PreconditionFailedException if the programme changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Programme> updateProgrammeWithResponse(
      String programmeId,
      UpdateProgrammeOptions options,
      String ifMatchETag,
      RequestOptions requestOptions) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    Operations.requireETag(ifMatchETag, "programme");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", options.getName());
    putIfSet(body, "administeredBy", options.getAdministeredBy());
    putIfSet(body, "summary", options.getSummary());
    putIfSet(body, "textUrl", options.getTextUrl());
    body.put("programmeVersion", options.getProgrammeVersion());
    putIfSet(body, "launchedOn", options.getLaunchedOn());
    putIfSet(body, "validityMonths", options.getValidityMonths());
    return ops.send(
        HttpRequest.put(ops.url(PROGRAMMES, programmeId).build(), ops.toJson(body))
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Programme.class);
  }

  /**
   * Sets who decides an award scheme's applications: the token subjects of its assessors. Only the
   * scheme's administrators may.
   *
   * @param programmeId the award scheme
   * @param assessors the assessors' subjects; replaces the current set
   * @param ifMatchETag the ETag of the programme as last read
   * @return the programme
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} or {@code ifMatchETag} is blank
   * @throws PermissionDeniedException if you do not administer the scheme
   * @throws BusinessRuleException if the programme is not an award scheme
   * @throws PreconditionFailedException if the programme changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Programme assignAssessors(String programmeId, List<String> assessors, String ifMatchETag) {
    return assignAssessorsWithResponse(programmeId, assessors, ifMatchETag, null).getValue();
  }

  /**
   * Sets an award scheme's assessors and returns the HTTP details.
   *
   * @param programmeId the award scheme
   * @param assessors the assessors' subjects
   * @param ifMatchETag the ETag of the programme as last read
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} or {@code ifMatchETag} is blank
   * @throws PermissionDeniedException if you do not administer the scheme
   * @throws PreconditionFailedException if the programme changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Programme> assignAssessorsWithResponse(
      String programmeId,
      List<String> assessors,
      String ifMatchETag,
      RequestOptions requestOptions) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(assessors, "assessors");
    List<String> subjects = new ArrayList<>();
    for (String a : assessors) {
      subjects.add(Objects.requireNonNull(a, "assessors must not contain null"));
    }
    Operations.requireETag(ifMatchETag, "programme");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("assessors", subjects);
    return ops.send(
        HttpRequest.put(ops.url(PROGRAMMES, programmeId, "assessors").build(), ops.toJson(body))
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Programme.class);
  }

  // ---- signatures -----------------------------------------------------------------------

  /**
   * Signs a charter, pledge or framework for your organisation (or, as one of the programme's
   * administrators, records a signature for {@link SignProgrammeOptions#getOrganisationId()
   * another}: it is then {@link uk.svkit.sdk.models.SignatureStatus#PENDING PENDING}, public
   * nowhere, until that organisation {@linkplain #confirmSignature(Signature) confirms} it). {@code
   * signedOn} may be earlier than today but not before the programme existed. A random {@code
   * Idempotency-Key} is sent.
   *
   * @param programmeId the programme
   * @param options the signature
   * @return the signature, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException if there is no such programme
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the programme is an award scheme, a commitment names no pillar
   *     or principle of it, or {@code signedOn} is before the programme existed
   * @throws ConflictException if the organisation's earlier signature still stands
   * @throws PermissionDeniedException if you sign for another organisation without administering
   *     the programme
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Signature signProgramme(String programmeId, SignProgrammeOptions options) {
    return signProgrammeWithResponse(programmeId, options, null).getValue();
  }

  /**
   * Signs a programme and returns the HTTP details.
   *
   * @param programmeId the programme
   * @param options the signature
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code programmeId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException if there is no such programme
   * @throws BusinessRuleException if the signature does not fit the programme
   * @throws ConflictException if the organisation's earlier signature still stands
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Signature> signProgrammeWithResponse(
      String programmeId, SignProgrammeOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "organisationId", options.getOrganisationId());
    putIfSet(body, "signedOn", options.getSignedOn());
    body.put("signatoryName", options.getSignatoryName());
    body.put("signatoryRole", options.getSignatoryRole());
    putIfSet(body, "statement", options.getStatement());
    putIfSet(body, "placeCode", options.getPlaceCode());
    body.put("sector", options.getSector().toString());
    if (!options.getCommitments().isEmpty()) {
      List<Map<String, Object>> commitments = new ArrayList<>();
      for (SignatureCommitmentInput c : options.getCommitments()) {
        Map<String, Object> commitment = new LinkedHashMap<>();
        commitment.put("elementCode", c.getElementCode());
        commitment.put("commitment", c.getCommitment());
        putIfSet(commitment, "indicatorCode", c.getIndicatorCode());
        commitments.add(commitment);
      }
      body.put("commitments", commitments);
    }
    return ops.send(
        HttpRequest.post(
                ops.url(PROGRAMMES, programmeId, "signatures").build(), ops.toJson(body), true)
            .options(requestOptions),
        Signature.class);
  }

  /**
   * Lists a programme's signatories standing today, by signing date.
   *
   * @param programmeId the programme
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code programmeId} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException during iteration if there is no such programme
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Signature> listSignatures(String programmeId) {
    return listSignatures(programmeId, ListSignaturesOptions.builder().build(), null);
  }

  /**
   * Lists a programme's signatures, filtered by organisation, place and sector, on a day or (with
   * {@code includeWithdrawn}) every signature ever recorded.
   *
   * @param programmeId the programme
   * @param options filters and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code programmeId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException during iteration if there is no such programme
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Signature> listSignatures(
      String programmeId, ListSignaturesOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(PROGRAMMES, programmeId, "signatures")
            .query("organisationId", options.getOrganisationId())
            .query("placeCode", options.getPlaceCode())
            .query("sector", options.getSector())
            .query("includeWithdrawn", options.isIncludeWithdrawn() ? Boolean.TRUE : null)
            .query("asOf", options.getAsOf())
            .query("limit", options.getLimit())
            .build(),
        Signature.class,
        requestOptions);
  }

  /**
   * Returns a signature, withdrawn or not, with its ETag.
   *
   * @param signatureId the signature id
   * @return the signature
   * @throws NullPointerException if {@code signatureId} is {@code null}
   * @throws IllegalArgumentException if {@code signatureId} is blank
   * @throws NotFoundException if there is no such signature
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Signature getSignature(String signatureId) {
    return getSignatureWithResponse(signatureId, null).getValue();
  }

  /**
   * Returns a signature with the HTTP details.
   *
   * @param signatureId the signature id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code signatureId} is {@code null}
   * @throws IllegalArgumentException if {@code signatureId} is blank
   * @throws NotFoundException if there is no such signature
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Signature> getSignatureWithResponse(
      String signatureId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url("signatures", Operations.pathSegment(signatureId, "signatureId")).build())
            .options(requestOptions),
        Signature.class);
  }

  /**
   * Withdraws a signature; it stays on record with the date and reason. The signing organisation or
   * the programme's administrators may.
   *
   * @param signatureId the signature
   * @param options the reason and day
   * @param ifMatchETag the ETag of the signature as last read
   * @return the withdrawn signature
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code signatureId} or {@code ifMatchETag} is blank
   * @throws PermissionDeniedException if you neither signed it nor administer the programme
   * @throws ConflictException if it was already withdrawn
   * @throws PreconditionFailedException if it changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Signature withdrawSignature(
      String signatureId, WithdrawSignatureOptions options, String ifMatchETag) {
    return withdrawSignatureWithResponse(signatureId, options, ifMatchETag, null).getValue();
  }

  /**
   * Withdraws a signature and returns the HTTP details.
   *
   * @param signatureId the signature
   * @param options the reason and day
   * @param ifMatchETag the ETag of the signature as last read
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws IllegalArgumentException if {@code signatureId} or {@code ifMatchETag} is blank
   * @throws ConflictException if it was already withdrawn
   * @throws PreconditionFailedException if it changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Signature> withdrawSignatureWithResponse(
      String signatureId,
      WithdrawSignatureOptions options,
      String ifMatchETag,
      RequestOptions requestOptions) {
    Operations.pathSegment(signatureId, "signatureId");
    Objects.requireNonNull(options, "options");
    Operations.requireETag(ifMatchETag, "signature");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "withdrawnOn", options.getWithdrawnOn());
    body.put("reason", options.getReason());
    return ops.send(
        HttpRequest.post(
                ops.url("signatures", signatureId, "withdrawal").build(), ops.toJson(body), false)
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Signature.class);
  }

  /**
   * Confirms a signature the programme's administrators recorded on your organisation's behalf;
   * from then on it stands and is public. Uses {@code current.getETag()}.
   *
   * @param current the pending signature as last read
   * @return the confirmed signature, with its new ETag
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if it carries no ETag
   * @throws PermissionDeniedException if you do not act for the signing organisation
   * @throws ConflictException if it is not pending (already confirmed, or withdrawn)
   * @throws PreconditionFailedException if it changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Signature confirmSignature(Signature current) {
    Objects.requireNonNull(current, "current");
    return confirmSignatureWithResponse(current.getId(), current.getETag(), null).getValue();
  }

  /**
   * Confirms a signature recorded on your organisation's behalf and returns the HTTP details.
   *
   * @param signatureId the signature
   * @param ifMatchETag the ETag of the signature as last read
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws IllegalArgumentException if {@code signatureId} or {@code ifMatchETag} is blank
   * @throws PermissionDeniedException if you do not act for the signing organisation
   * @throws ConflictException if it is not pending
   * @throws PreconditionFailedException if it changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Signature> confirmSignatureWithResponse(
      String signatureId, String ifMatchETag, RequestOptions requestOptions) {
    Operations.pathSegment(signatureId, "signatureId");
    Operations.requireETag(ifMatchETag, "signature");
    return ops.send(
        HttpRequest.post(ops.url("signatures", signatureId, "confirmation").build(), "{}", false)
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Signature.class);
  }

  // ---- award applications and awards ----------------------------------------------------

  /**
   * Applies for an award for your organisation, with evidence for every theme of the scheme; a
   * renewal names the award it renews. A random {@code Idempotency-Key} is sent.
   *
   * @param programmeId the award scheme
   * @param options the application
   * @return the submitted application, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException if there is no such programme
   * @throws ValidationException if the input is malformed
   * @throws BusinessRuleException if the programme is not an award scheme, a theme lacks evidence,
   *     or {@code renewalOf} is not an award of yours
   * @throws ConflictException if your organisation's earlier application awaits a decision
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public AwardApplication applyForAward(String programmeId, ApplyForAwardOptions options) {
    return applyForAwardWithResponse(programmeId, options, null).getValue();
  }

  /**
   * Applies for an award and returns the HTTP details.
   *
   * @param programmeId the award scheme
   * @param options the application
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code programmeId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws BusinessRuleException if the application does not fit the scheme
   * @throws ConflictException if an earlier application awaits a decision
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<AwardApplication> applyForAwardWithResponse(
      String programmeId, ApplyForAwardOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "placeCode", options.getPlaceCode());
    body.put("sector", options.getSector().toString());
    body.put("contactName", options.getContactName());
    putIfSet(body, "renewalOf", options.getRenewalOf());
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (ThemeEvidenceInput e : options.getEvidence()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("themeCode", e.getThemeCode());
      item.put("change", e.getChange());
      item.put("stakeholders", e.getStakeholders());
      item.put("location", e.getLocation());
      item.put("period", e.getPeriod());
      evidence.add(item);
    }
    body.put("evidence", evidence);
    return ops.send(
        HttpRequest.post(
                ops.url(PROGRAMMES, programmeId, "applications").build(), ops.toJson(body), true)
            .options(requestOptions),
        AwardApplication.class);
  }

  /**
   * Lists an award scheme's applications, oldest first; for its administrators and assessors.
   *
   * @param programmeId the award scheme
   * @param options status and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code programmeId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws PermissionDeniedException during iteration if you neither administer nor assess the
   *     scheme
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<AwardApplication> listAwardApplications(
      String programmeId, ListAwardApplicationsOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(PROGRAMMES, programmeId, "applications")
            .query("status", options.getStatus())
            .query("limit", options.getLimit())
            .build(),
        AwardApplication.class,
        requestOptions);
  }

  /**
   * Returns an application with its evidence and decision, and its ETag.
   *
   * @param applicationId the application id
   * @return the application
   * @throws NullPointerException if {@code applicationId} is {@code null}
   * @throws IllegalArgumentException if {@code applicationId} is blank
   * @throws NotFoundException if there is no such application you may read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public AwardApplication getAwardApplication(String applicationId) {
    return getAwardApplicationWithResponse(applicationId, null).getValue();
  }

  /**
   * Returns an application with the HTTP details.
   *
   * @param applicationId the application id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code applicationId} is {@code null}
   * @throws IllegalArgumentException if {@code applicationId} is blank
   * @throws NotFoundException if there is no such application you may read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<AwardApplication> getAwardApplicationWithResponse(
      String applicationId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url(
                        "award-applications",
                        Operations.pathSegment(applicationId, "applicationId"))
                    .build())
            .options(requestOptions),
        AwardApplication.class);
  }

  /**
   * Records an assessor's decision: awarded or not, with reasons. Only the scheme's assigned
   * assessors may. Awarded, the award runs from the decision date.
   *
   * @param applicationId the application
   * @param options the decision
   * @param ifMatchETag the ETag of the application as last read
   * @return the decided application, with {@code expiresOn} if awarded
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code applicationId} or {@code ifMatchETag} is blank
   * @throws PermissionDeniedException if you are not an assessor of the scheme
   * @throws ValidationException if the decision date is in the future or the reasons are missing
   * @throws ConflictException if the application was already decided
   * @throws PreconditionFailedException if it changed since it was read
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public AwardApplication decideAwardApplication(
      String applicationId, DecideAwardApplicationOptions options, String ifMatchETag) {
    return decideAwardApplicationWithResponse(applicationId, options, ifMatchETag, null).getValue();
  }

  /**
   * Records an assessor's decision and returns the HTTP details.
   *
   * @param applicationId the application
   * @param options the decision
   * @param ifMatchETag the ETag of the application as last read
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if an argument other than {@code requestOptions} is {@code null}
   * @throws IllegalArgumentException if {@code applicationId} or {@code ifMatchETag} is blank
   * @throws PermissionDeniedException if you are not an assessor of the scheme
   * @throws ConflictException if the application was already decided
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<AwardApplication> decideAwardApplicationWithResponse(
      String applicationId,
      DecideAwardApplicationOptions options,
      String ifMatchETag,
      RequestOptions requestOptions) {
    Operations.pathSegment(applicationId, "applicationId");
    Objects.requireNonNull(options, "options");
    Operations.requireETag(ifMatchETag, "award application");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("awarded", options.getAwarded());
    putIfSet(body, "decidedOn", options.getDecidedOn());
    body.put("reasons", options.getReasons());
    return ops.send(
        HttpRequest.post(
                ops.url("award-applications", applicationId, "decision").build(),
                ops.toJson(body),
                false)
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        AwardApplication.class);
  }

  /**
   * Lists a scheme's award holders current today, soonest expiry first.
   *
   * @param programmeId the award scheme
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code programmeId} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException during iteration if there is no such programme
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Award> listAwards(String programmeId) {
    return listAwards(programmeId, ListAwardsOptions.builder().build(), null);
  }

  /**
   * Lists a scheme's awards: current on a day, filtered by holder, place and sector, optionally
   * with expired ones or only those expiring within some days.
   *
   * @param programmeId the award scheme
   * @param options filters and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code programmeId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code programmeId} is blank
   * @throws NotFoundException during iteration if there is no such programme
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Award> listAwards(
      String programmeId, ListAwardsOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(programmeId, "programmeId");
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(PROGRAMMES, programmeId, "awards")
            .query("organisationId", options.getOrganisationId())
            .query("placeCode", options.getPlaceCode())
            .query("sector", options.getSector())
            .query("includeExpired", options.isIncludeExpired() ? Boolean.TRUE : null)
            .query("expiringWithinDays", options.getExpiringWithinDays())
            .query("asOf", options.getAsOf())
            .query("limit", options.getLimit())
            .build(),
        Award.class,
        requestOptions);
  }

  /**
   * Returns an award and whether it is current today.
   *
   * @param awardId the award id (the awarded application's)
   * @return the award
   * @throws NullPointerException if {@code awardId} is {@code null}
   * @throws IllegalArgumentException if {@code awardId} is blank
   * @throws NotFoundException if there is no such award
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Award getAward(String awardId) {
    return getAwardWithResponse(awardId, null, null).getValue();
  }

  /**
   * Returns an award, judged current or expired on a given day, with the HTTP details.
   *
   * @param awardId the award id
   * @param asOf the day, or {@code null} for today
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code awardId} is {@code null}
   * @throws IllegalArgumentException if {@code awardId} is blank
   * @throws NotFoundException if there is no such award
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Award> getAwardWithResponse(
      String awardId, LocalDate asOf, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url("awards", Operations.pathSegment(awardId, "awardId"))
                    .query("asOf", asOf)
                    .build())
            .options(requestOptions),
        Award.class);
  }

  // ---- recognitions ---------------------------------------------------------------------

  /**
   * Returns what an organisation holds today: the charters, pledges and frameworks it has signed
   * (and not withdrawn from) and its current awards, each dated and with the link to its record.
   * Answers "is this supplier a charter signatory, and does it hold a current Social Value Award?".
   *
   * @param organisationId the organisation
   * @return the recognitions
   * @throws NullPointerException if {@code organisationId} is {@code null}
   * @throws IllegalArgumentException if {@code organisationId} is blank
   * @throws NotFoundException if there is no such organisation
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Recognitions getRecognitions(String organisationId) {
    return getRecognitionsWithResponse(organisationId, null, null).getValue();
  }

  /**
   * Returns what an organisation holds on a given day.
   *
   * @param organisationId the organisation
   * @param asOf the day
   * @return the recognitions
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code organisationId} is blank
   * @throws NotFoundException if there is no such organisation
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Recognitions getRecognitions(String organisationId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return getRecognitionsWithResponse(organisationId, asOf, null).getValue();
  }

  /**
   * Returns what an organisation holds on a day, with the HTTP details.
   *
   * @param organisationId the organisation
   * @param asOf the day, or {@code null} for today
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code organisationId} is {@code null}
   * @throws IllegalArgumentException if {@code organisationId} is blank
   * @throws NotFoundException if there is no such organisation
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Recognitions> getRecognitionsWithResponse(
      String organisationId, LocalDate asOf, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url(
                        "organisations",
                        Operations.pathSegment(organisationId, "organisationId"),
                        "recognitions")
                    .query("asOf", asOf)
                    .build())
            .options(requestOptions),
        Recognitions.class);
  }

  private static void putIfSet(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value instanceof LocalDate ? value.toString() : value);
    }
  }
}
