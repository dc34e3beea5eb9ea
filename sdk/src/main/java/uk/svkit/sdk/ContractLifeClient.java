package uk.svkit.sdk;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractKpiNotice;
import uk.svkit.sdk.models.ContractModification;
import uk.svkit.sdk.models.CreateAssessmentOptions;
import uk.svkit.sdk.models.OverdueAssessment;
import uk.svkit.sdk.models.PerformanceAssessment;
import uk.svkit.sdk.models.PerformanceFailure;
import uk.svkit.sdk.models.RecordPerformanceFailureOptions;
import uk.svkit.sdk.models.ReviewAssessmentOptions;
import uk.svkit.sdk.models.VaryContractOptions;

/**
 * A contract's Procurement Act 2023 life after award. Obtain from {@link
 * SvkitClient#contractLife()}; thread-safe.
 *
 * <p>The buyer {@linkplain #varyContract varies} a contract (value, end date, KPIs added, retired
 * or re-targeted) and {@linkplain #terminateContract terminates} it, each a numbered modification
 * in its {@linkplain #listContractModifications history}; {@linkplain #setMaterialKpis marks} the
 * (up to three) most material KPIs that the {@linkplain #getContractKpiNotice Contract Details
 * Notice} publishes; {@linkplain #createAssessment assesses} the contract at least every 12 months
 * and on termination, {@linkplain #reviewAssessment overrides} proposed ratings with reasons and
 * {@linkplain #publishAssessment publishes} the Contract Performance Notice, exported as
 * {@linkplain #exportAssessmentOcds OCDS} or {@linkplain #exportAssessmentCsv CSV} for Find a
 * Tender; and {@linkplain #recordPerformanceFailure records} performance failures, which the notice
 * reports.
 *
 * <p>Every method may throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException} (such as a supplier varying a contract), {@link
 * NotFoundException} (no such contract visible to the caller), {@link BusinessRuleException} (a
 * rule of the Act or of the contract, naming the field), {@link ConflictException} (a terminated
 * contract, a published assessment), {@link PreconditionFailedException} (a stale ETag), {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link uk.svkit.sdk.exception.ConnectionException}.
 */
public final class ContractLifeClient {
  private static final String CONTRACTS = "contracts";
  private static final String ASSESSMENTS = "assessments";
  private static final String FAILURES = "performance-failures";

  private final Operations ops;

  ContractLifeClient(Operations ops) {
    this.ops = ops;
  }

  // ---- Modifications -------------------------------------------------------------------------

  /**
   * Varies a contract, provided it is still at the version the ETag names.
   *
   * @param contractId the contract
   * @param options the variation
   * @param ifMatchETag the contract's ETag from its last read (or from the last modification)
   * @return the modification, carrying the contract's new ETag
   * @throws NullPointerException if an argument is {@code null}
   */
  public ContractModification varyContract(
      String contractId, VaryContractOptions options, String ifMatchETag) {
    Objects.requireNonNull(options, "options");
    Operations.requireETag(ifMatchETag, "contract");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", options.getReason());
    body.put("effectiveOn", options.getEffectiveOn().toString());
    putIfSet(body, "value", options.getValue());
    putIfSet(
        body, "endDate", options.getEndDate() == null ? null : options.getEndDate().toString());
    if (!options.getAddCommitments().isEmpty()) {
      List<Map<String, Object>> added = new ArrayList<>();
      for (ContractCommitmentInput c : options.getAddCommitments()) {
        added.add(ContractsClient.commitmentBody(c));
      }
      body.put("addCommitments", added);
    }
    if (!options.getRetireCommitmentIds().isEmpty()) {
      body.put("retireCommitmentIds", options.getRetireCommitmentIds());
    }
    if (!options.getRetargetCommitments().isEmpty()) {
      List<Map<String, Object>> retargets = new ArrayList<>();
      for (VaryContractOptions.Retarget r : options.getRetargetCommitments()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commitmentId", r.getCommitmentId());
        m.put("targetQuantity", r.getTargetQuantity());
        putIfSet(m, "period", r.getPeriod() == null ? null : r.getPeriod().toString());
        retargets.add(m);
      }
      body.put("retargetCommitments", retargets);
    }
    URI url = ops.url(CONTRACTS, id(contractId, "contractId"), "modifications").build();
    return ops.send(
            HttpRequest.post(url, ops.toJson(body), false).ifMatch(ifMatchETag),
            ContractModification.class)
        .getValue();
  }

  /**
   * Terminates a contract: no returns for periods after the date, no further variations, and a
   * Contract Performance Notice on termination becomes due.
   *
   * @param contractId the contract
   * @param terminatedOn the termination date
   * @param reason why (up to 2,000 characters)
   * @param ifMatchETag the contract's ETag from its last read (or from the last modification)
   * @return the modification
   * @throws NullPointerException if an argument is {@code null}
   */
  public ContractModification terminateContract(
      String contractId, LocalDate terminatedOn, String reason, String ifMatchETag) {
    Objects.requireNonNull(terminatedOn, "terminatedOn");
    Objects.requireNonNull(reason, "reason");
    Operations.requireETag(ifMatchETag, "contract");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("terminatedOn", terminatedOn.toString());
    body.put("reason", reason);
    URI url =
        ops.url(CONTRACTS, id(contractId, "contractId"), "modifications", "termination").build();
    return ops.send(
            HttpRequest.post(url, ops.toJson(body), false).ifMatch(ifMatchETag),
            ContractModification.class)
        .getValue();
  }

  /**
   * Lists a contract's modifications, oldest first.
   *
   * @param contractId the contract
   * @return a lazy list; nothing is sent until iteration
   * @throws NullPointerException if {@code contractId} is {@code null}
   */
  public PagedIterable<ContractModification> listContractModifications(String contractId) {
    return ops.list(
        ops.url(CONTRACTS, id(contractId, "contractId"), "modifications").build(),
        ContractModification.class,
        null);
  }

  // ---- Contract Details Notice ---------------------------------------------------------------

  /**
   * Marks the (up to three) most material KPIs, replacing the earlier choice.
   *
   * @param contractId the contract
   * @param commitmentIds the KPIs
   * @param ifMatchETag the contract's ETag from its last read
   * @return the contract, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   */
  public Contract setMaterialKpis(
      String contractId, List<String> commitmentIds, String ifMatchETag) {
    Objects.requireNonNull(commitmentIds, "commitmentIds");
    Operations.requireETag(ifMatchETag, "contract");
    URI url =
        ops.url(CONTRACTS, id(contractId, "contractId"), "kpi-notice", "material-kpis").build();
    return ops.send(
            HttpRequest.put(url, ops.toJson(Map.of("commitmentIds", commitmentIds)))
                .ifMatch(ifMatchETag),
            Contract.class)
        .getValue();
  }

  /**
   * Returns the Contract Details Notice KPI extract: the most material KPIs with their targets.
   *
   * @param contractId the contract
   * @return the extract
   * @throws NullPointerException if {@code contractId} is {@code null}
   */
  public ContractKpiNotice getContractKpiNotice(String contractId) {
    URI url = ops.url(CONTRACTS, id(contractId, "contractId"), "kpi-notice").build();
    return ops.send(HttpRequest.get(url), ContractKpiNotice.class).getValue();
  }

  /**
   * Returns the Contract Details Notice KPIs as an OCDS 1.1 release (JSON text).
   *
   * @param contractId the contract
   * @return the release
   * @throws NullPointerException if {@code contractId} is {@code null}
   */
  public String exportContractKpiNoticeOcds(String contractId) {
    URI url = ops.url(CONTRACTS, id(contractId, "contractId"), "kpi-notice", "ocds").build();
    return ops.sendForText(HttpRequest.get(url).accept("application/json")).getValue();
  }

  // ---- Contract Performance Notices ----------------------------------------------------------

  /**
   * Creates a draft assessment with each KPI's proposed rating. A random {@code Idempotency-Key} is
   * sent, so the call is retried safely.
   *
   * @param contractId the contract
   * @param options the period, or the termination, or the assessment corrected
   * @return the draft, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   */
  public PerformanceAssessment createAssessment(
      String contractId, CreateAssessmentOptions options) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(
        body,
        "periodStart",
        options.getPeriodStart() == null ? null : options.getPeriodStart().toString());
    putIfSet(
        body,
        "periodEnd",
        options.getPeriodEnd() == null ? null : options.getPeriodEnd().toString());
    if (options.isOnTermination()) {
      body.put("onTermination", true);
    }
    putIfSet(body, "supersedesAssessmentId", options.getSupersedesAssessmentId());
    URI url = ops.url(CONTRACTS, id(contractId, "contractId"), ASSESSMENTS).build();
    return ops.send(HttpRequest.post(url, ops.toJson(body), true), PerformanceAssessment.class)
        .getValue();
  }

  /**
   * Returns an assessment.
   *
   * @param contractId the contract
   * @param assessmentId the assessment
   * @return the assessment, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   */
  public PerformanceAssessment getAssessment(String contractId, String assessmentId) {
    return ops.send(
            HttpRequest.get(assessmentUrl(contractId, assessmentId)), PerformanceAssessment.class)
        .getValue();
  }

  /**
   * Lists a contract's assessments by period end (the supplier sees the published ones).
   *
   * @param contractId the contract
   * @return a lazy list; items carry no ETag
   * @throws NullPointerException if {@code contractId} is {@code null}
   */
  public PagedIterable<PerformanceAssessment> listAssessments(String contractId) {
    return ops.list(
        ops.url(CONTRACTS, id(contractId, "contractId"), ASSESSMENTS).build(),
        PerformanceAssessment.class,
        null);
  }

  /**
   * Sets the narrative and overrides ratings of a draft read earlier.
   *
   * @param current the draft as last read (with its ETag)
   * @param options the narrative and ratings
   * @return the draft, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   */
  public PerformanceAssessment reviewAssessment(
      PerformanceAssessment current, ReviewAssessmentOptions options) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "narrative", options.getNarrative());
    List<Map<String, Object>> ratings = new ArrayList<>();
    for (ReviewAssessmentOptions.RatingOverride r : options.getRatings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("commitmentId", r.getCommitmentId());
      m.put("rating", r.getRating().toString());
      putIfSet(m, "reason", r.getReason());
      ratings.add(m);
    }
    body.put("ratings", ratings);
    return ops.send(
            HttpRequest.put(
                    assessmentUrl(current.getContractId(), current.getId()), ops.toJson(body))
                .ifMatch(etag(current)),
            PerformanceAssessment.class)
        .getValue();
  }

  /**
   * Publishes a draft read earlier: it becomes immutable, with its period's performance failures.
   *
   * @param current the draft as last read (with its ETag)
   * @return the published assessment, with its new ETag
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   */
  public PerformanceAssessment publishAssessment(PerformanceAssessment current) {
    Objects.requireNonNull(current, "current");
    URI url =
        ops.url(
                CONTRACTS,
                id(current.getContractId(), "contractId"),
                ASSESSMENTS,
                id(current.getId(), "assessmentId"),
                "publish")
            .build();
    return ops.send(
            HttpRequest.post(url, null, false).ifMatch(etag(current)), PerformanceAssessment.class)
        .getValue();
  }

  /**
   * Returns a published notice as an OCDS 1.1 release (JSON text) with the UK extension's
   * performance fields.
   *
   * @param contractId the contract
   * @param assessmentId the published assessment
   * @return the release
   * @throws NullPointerException if an argument is {@code null}
   */
  public String exportAssessmentOcds(String contractId, String assessmentId) {
    URI url =
        ops.url(
                CONTRACTS,
                id(contractId, "contractId"),
                ASSESSMENTS,
                id(assessmentId, "assessmentId"),
                "ocds")
            .build();
    return ops.sendForText(HttpRequest.get(url).accept("application/json")).getValue();
  }

  /**
   * Returns a published notice's fields as CSV, for entering on Find a Tender by hand.
   *
   * @param contractId the contract
   * @param assessmentId the published assessment
   * @return the CSV text
   * @throws NullPointerException if an argument is {@code null}
   */
  public String exportAssessmentCsv(String contractId, String assessmentId) {
    URI url =
        ops.url(
                CONTRACTS,
                id(contractId, "contractId"),
                ASSESSMENTS,
                id(assessmentId, "assessmentId"),
                "notice.csv")
            .build();
    return ops.sendForText(HttpRequest.get(url).accept("text/csv")).getValue();
  }

  /**
   * Lists the caller's contracts overdue a Contract Performance Notice, the longest overdue first.
   *
   * @return the contracts
   */
  public List<OverdueAssessment> listOverdueAssessments() {
    return ops.sendForList(
            HttpRequest.get(ops.url(ASSESSMENTS, "overdue").build()), OverdueAssessment.class)
        .getValue();
  }

  // ---- Performance failures ------------------------------------------------------------------

  /**
   * Records a performance failure or breach. A random {@code Idempotency-Key} is sent.
   *
   * @param contractId the contract
   * @param options the failure
   * @return the failure, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   */
  public PerformanceFailure recordPerformanceFailure(
      String contractId, RecordPerformanceFailureOptions options) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "commitmentId", options.getCommitmentId());
    body.put("occurredOn", options.getOccurredOn().toString());
    body.put("description", options.getDescription());
    putIfSet(body, "remedy", options.getRemedy());
    putIfSet(body, "status", options.getStatus());
    URI url = ops.url(CONTRACTS, id(contractId, "contractId"), FAILURES).build();
    return ops.send(HttpRequest.post(url, ops.toJson(body), true), PerformanceFailure.class)
        .getValue();
  }

  /**
   * Lists a contract's performance failures, oldest first.
   *
   * @param contractId the contract
   * @return the failures (items carry no ETag)
   * @throws NullPointerException if {@code contractId} is {@code null}
   */
  public List<PerformanceFailure> listPerformanceFailures(String contractId) {
    URI url = ops.url(CONTRACTS, id(contractId, "contractId"), FAILURES).build();
    return ops.sendForList(HttpRequest.get(url), PerformanceFailure.class).getValue();
  }

  /**
   * Updates the remedy and status of a failure read earlier.
   *
   * @param current the failure as last read (with its ETag)
   * @param remedy the remedy, or {@code null}
   * @param status {@code OPEN}, {@code REMEDIED} or {@code CLOSED}
   * @return the failure, with its new ETag
   * @throws NullPointerException if {@code current} or {@code status} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   */
  public PerformanceFailure followUpPerformanceFailure(
      PerformanceFailure current, String remedy, String status) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(status, "status");
    Map<String, Object> body = new LinkedHashMap<>();
    putIfSet(body, "remedy", remedy);
    body.put("status", status);
    URI url =
        ops.url(
                CONTRACTS,
                id(current.getContractId(), "contractId"),
                FAILURES,
                id(current.getId(), "failureId"))
            .build();
    String eTag =
        Operations.eTagOf(
            current.getETag(), "performance failure", current.getId(), "recordPerformanceFailure");
    return ops.send(HttpRequest.put(url, ops.toJson(body)).ifMatch(eTag), PerformanceFailure.class)
        .getValue();
  }

  // ---- Helpers -------------------------------------------------------------------------------

  private URI assessmentUrl(String contractId, String assessmentId) {
    return ops.url(
            CONTRACTS, id(contractId, "contractId"), ASSESSMENTS, id(assessmentId, "assessmentId"))
        .build();
  }

  private static String etag(PerformanceAssessment a) {
    return Operations.eTagOf(a.getETag(), "assessment", a.getId(), "getAssessment");
  }

  private static String id(String value, String name) {
    return Operations.pathSegment(value, name);
  }

  private static void putIfSet(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
