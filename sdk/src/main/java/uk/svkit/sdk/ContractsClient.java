package uk.svkit.sdk;

import java.net.URI;
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
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.BulkResult;
import uk.svkit.sdk.models.BulkReturnItem;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractProgress;
import uk.svkit.sdk.models.ContractReturn;
import uk.svkit.sdk.models.CorrectReturnOptions;
import uk.svkit.sdk.models.CreateContractFromBidOptions;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.EvidenceRef;
import uk.svkit.sdk.models.ListContractsOptions;
import uk.svkit.sdk.models.ListReturnsOptions;
import uk.svkit.sdk.models.PerformanceSummary;
import uk.svkit.sdk.models.PledgeEvidence;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.ValueBasis;
import uk.svkit.sdk.models.ValueTrace;

/**
 * Contracts, with their KPI returns, progress and value. Obtain from {@link
 * SvkitClient#contracts()}; thread-safe.
 *
 * <p>A buyer {@linkplain #createContract(CreateContractOptions) creates} a contract with its social
 * value KPIs, or {@linkplain #createContractFromBid(CreateContractFromBidOptions) creates it from
 * the winning bid} of an awarded tender. For each KPI and reporting period, the supplier
 * {@linkplain #submitReturn(String, String, SubmitReturnOptions) submits} a return (or many at once
 * with {@link #submitReturns(List)}); the buyer {@linkplain #validateReturn(ContractReturn)
 * validates} or {@linkplain #rejectReturn(ContractReturn, String) rejects} it, and a wrong return
 * is {@linkplain #correctReturn(ContractReturn, CorrectReturnOptions) corrected} by a new one that
 * supersedes it. From the returns the service computes the contract's {@linkplain
 * #getContractProgress(String) progress} against its targets, its {@linkplain
 * #getContractValue(String, ValueBasis) money value}, and the {@linkplain
 * #getPerformanceSummary(String) performance summary} a buyer publishes.
 *
 * <p>Returns belong to this client rather than an area of their own because, like every area, it
 * covers one collection of the API and everything below it: returns live under {@code
 * /contracts/{contractId}}. The bulk submission ({@code /returns/bulk}) is here too, as it only
 * creates returns of contracts.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException} (such as a supplier validating a return, or a
 * caller who is neither party to the contract), {@link uk.svkit.sdk.exception.RateLimitException},
 * {@link uk.svkit.sdk.exception.ServerException} and {@link ConnectionException}.
 */
public final class ContractsClient {

  private static final String CONTRACTS = "contracts";
  private static final String RETURNS = "returns";

  private final Operations ops;

  ContractsClient(Operations ops) {
    this.ops = ops;
  }

  // ---- Contracts ----------------------------------------------------------------------------

  /**
   * Creates a contract with its KPIs. A random {@code Idempotency-Key} is sent, so the call is
   * retried safely after transient failures.
   *
   * @param options the new contract
   * @return the created contract, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input (such as a title over 300
   *     characters or a malformed OCID)
   * @throws BusinessRuleException if a business rule rejects the contract: more than £5m with fewer
   *     than three KPIs (Procurement Act 2023 s.52), or a measure not in the edition; {@link
   *     BusinessRuleException#getErrors()} names the field
   * @throws ConflictException if the buyer already has a contract with this {@code buyerContractId}
   * @throws NotFoundException if no such supplier or proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Contract createContract(CreateContractOptions options) {
    return createContractWithResponse(options, null).getValue();
  }

  /**
   * Creates a contract with per-call options, such as your own idempotency key.
   *
   * @param options the new contract
   * @param requestOptions per-call options, or {@code null}
   * @return the created contract, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if a business rule rejects the contract, or the idempotency key
   *     was used before with a different body
   * @throws ConflictException if the buyer already has a contract with this {@code buyerContractId}
   * @throws NotFoundException if no such supplier or proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Contract createContract(CreateContractOptions options, RequestOptions requestOptions) {
    return createContractWithResponse(options, requestOptions).getValue();
  }

  /**
   * Creates a contract and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the new contract
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if a business rule rejects the contract, or the idempotency key
   *     was used before with a different body
   * @throws ConflictException if the buyer already has a contract with this {@code buyerContractId}
   * @throws NotFoundException if no such supplier or proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Contract> createContractWithResponse(
      CreateContractOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("buyerContractId", options.getBuyerContractId());
    putIfSet(body, "ocid", options.getOcid());
    body.put("title", options.getTitle());
    body.put("supplierOrganisationId", options.getSupplierOrganisationId());
    body.put("value", options.getValue());
    putIfSet(body, "currency", options.getCurrency());
    body.put("startDate", date(options.getStartDate()));
    body.put("endDate", date(options.getEndDate()));
    putIfSet(body, "placesServed", options.getPlacesServed());
    putIfSet(body, "frameworkCode", options.getFrameworkCode());
    putIfSet(body, "edition", options.getEdition());
    putIfSet(body, "proxySetId", options.getProxySetId());
    List<Map<String, Object>> commitments = new ArrayList<>();
    for (ContractCommitmentInput c : options.getCommitments()) {
      commitments.add(commitmentBody(c));
    }
    body.put("commitments", commitments);
    return ops.send(
        HttpRequest.post(ops.url(CONTRACTS).build(), ops.toJson(body), true)
            .options(requestOptions),
        Contract.class);
  }

  /**
   * Creates a contract from the winning bid of one of the caller's awarded tenders: the bid's
   * commitments become the KPIs. A random {@code Idempotency-Key} is sent, so the call is retried
   * safely after transient failures.
   *
   * @param options the bid and the contract's own details
   * @return the created contract, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws ConflictException if the bid is not the winning bid of an awarded tender of the caller,
   *     or the buyer already has a contract with this {@code buyerContractId}
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Contract createContractFromBid(CreateContractFromBidOptions options) {
    return createContractFromBidWithResponse(options, null).getValue();
  }

  /**
   * Creates a contract from a winning bid with per-call options, such as your own idempotency key.
   *
   * @param options the bid and the contract's own details
   * @param requestOptions per-call options, or {@code null}
   * @return the created contract, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws ConflictException if the bid is not the winning bid of an awarded tender of the caller,
   *     or the buyer already has a contract with this {@code buyerContractId}
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Contract createContractFromBid(
      CreateContractFromBidOptions options, RequestOptions requestOptions) {
    return createContractFromBidWithResponse(options, requestOptions).getValue();
  }

  /**
   * Creates a contract from a winning bid and returns the HTTP details ({@code Location}, and
   * {@code Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the bid and the contract's own details
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws ConflictException if the bid is not the winning bid of an awarded tender of the caller,
   *     or the buyer already has a contract with this {@code buyerContractId}
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Contract> createContractFromBidWithResponse(
      CreateContractFromBidOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("bidId", options.getBidId());
    body.put("buyerContractId", options.getBuyerContractId());
    putIfSet(body, "title", options.getTitle());
    putIfSet(body, "value", options.getValue());
    body.put("startDate", date(options.getStartDate()));
    body.put("endDate", date(options.getEndDate()));
    putIfSet(body, "placesServed", options.getPlacesServed());
    putIfSet(
        body,
        "reportingFrequency",
        options.getReportingFrequency() == null
            ? null
            : options.getReportingFrequency().toString());
    return ops.send(
        HttpRequest.post(ops.url(CONTRACTS, "from-bid").build(), ops.toJson(body), true)
            .options(requestOptions),
        Contract.class);
  }

  /**
   * Lists all contracts visible to the caller, by title: a buyer's own, or for a supplier those
   * awarded to it.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Contract> listContracts() {
    return listContracts(ListContractsOptions.builder().build(), null);
  }

  /**
   * Lists the contracts visible to the caller, filtered by supplier.
   *
   * @param options supplier filter and page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Contract> listContracts(ListContractsOptions options) {
    return listContracts(options, null);
  }

  /**
   * Lists the contracts visible to the caller, with per-call options applied to every page. Items
   * carry no ETag.
   *
   * @param options supplier filter and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Contract> listContracts(
      ListContractsOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(CONTRACTS)
            .query("supplierOrganisationId", options.getSupplierOrganisationId())
            .query("limit", options.getLimit())
            .build(),
        Contract.class,
        requestOptions);
  }

  /**
   * Returns one contract with its KPIs.
   *
   * @param contractId the contract id
   * @return the contract, with its ETag
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Contract getContract(String contractId) {
    return getContractWithResponse(contractId, null).getValue();
  }

  /**
   * Returns one contract with the HTTP details.
   *
   * @param contractId the contract id
   * @param requestOptions per-call options, or {@code null}; {@code ifNoneMatch} makes the read
   *     conditional
   * @return the response; its value is {@code null} on 304
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Contract> getContractWithResponse(
      String contractId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(contractUrl(contractId)).options(requestOptions), Contract.class);
  }

  // ---- Returns ------------------------------------------------------------------------------

  /**
   * Submits a return: what was delivered on one KPI in one of its reporting periods. The supplier
   * of the contract submits, or the buyer on its behalf. A random {@code Idempotency-Key} is sent,
   * so the call is retried safely after transient failures.
   *
   * @param contractId the contract id
   * @param commitmentId the KPI reported on
   * @param options the period, quantity, narrative and evidence
   * @return the submitted return, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code contractId} or {@code commitmentId} is blank
   * @throws ValidationException if the server rejects the input (such as a negative quantity, or a
   *     document without its digest)
   * @throws BusinessRuleException if the period is not one of the KPI's reporting periods; {@link
   *     BusinessRuleException#getErrors()} names the field
   * @throws ConflictException if the period already has a return that counts
   * @throws NotFoundException if no such contract or KPI is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn submitReturn(
      String contractId, String commitmentId, SubmitReturnOptions options) {
    return submitReturnWithResponse(contractId, commitmentId, options, null).getValue();
  }

  /**
   * Submits a return with per-call options, such as your own idempotency key.
   *
   * @param contractId the contract id
   * @param commitmentId the KPI reported on
   * @param options the period, quantity, narrative and evidence
   * @param requestOptions per-call options, or {@code null}
   * @return the submitted return, with its ETag
   * @throws NullPointerException if {@code contractId}, {@code commitmentId} or {@code options} is
   *     {@code null}
   * @throws IllegalArgumentException if {@code contractId} or {@code commitmentId} is blank
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the period is not one of the KPI's reporting periods, or the
   *     idempotency key was used before with a different body
   * @throws ConflictException if the period already has a return that counts
   * @throws NotFoundException if no such contract or KPI is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn submitReturn(
      String contractId,
      String commitmentId,
      SubmitReturnOptions options,
      RequestOptions requestOptions) {
    return submitReturnWithResponse(contractId, commitmentId, options, requestOptions).getValue();
  }

  /**
   * Submits a return and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param contractId the contract id
   * @param commitmentId the KPI reported on
   * @param options the period, quantity, narrative and evidence
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code contractId}, {@code commitmentId} or {@code options} is
   *     {@code null}
   * @throws IllegalArgumentException if {@code contractId} or {@code commitmentId} is blank
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the period is not one of the KPI's reporting periods, or the
   *     idempotency key was used before with a different body
   * @throws ConflictException if the period already has a return that counts
   * @throws NotFoundException if no such contract or KPI is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ContractReturn> submitReturnWithResponse(
      String contractId,
      String commitmentId,
      SubmitReturnOptions options,
      RequestOptions requestOptions) {
    URI url =
        ops.url(
                CONTRACTS,
                Operations.pathSegment(contractId, "contractId"),
                "commitments",
                Operations.pathSegment(commitmentId, "commitmentId"),
                RETURNS)
            .build();
    Objects.requireNonNull(options, "options");
    return ops.send(
        HttpRequest.post(url, ops.toJson(returnBody(options)), true).options(requestOptions),
        ContractReturn.class);
  }

  /**
   * Submits many returns at once, for any contracts and KPIs the caller may report on, such as a
   * quarter's returns from a supplier's own system. All or nothing: if any return is rejected, none
   * is recorded. A random {@code Idempotency-Key} is sent, so the call is retried safely after
   * transient failures.
   *
   * @param returns 1 to 5000 returns
   * @return the ids of the created returns, in the order of {@code returns}
   * @throws NullPointerException if {@code returns} or an item is {@code null}
   * @throws ValidationException if the server rejects the input, such as an empty list or more than
   *     5000
   * @throws BusinessRuleException if any return is rejected; {@link
   *     BusinessRuleException#getErrors()} names each problem as {@code returns[i].field}
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public BulkResult submitReturns(List<BulkReturnItem> returns) {
    return submitReturnsWithResponse(returns, null).getValue();
  }

  /**
   * Submits many returns at once with per-call options. Pass your own idempotency key, derived from
   * your batch, to resend the same batch safely after a crash of your own process: the call is
   * all-or-nothing, so a batch sent again with the same key either returns the original result or
   * is recorded once.
   *
   * @param returns 1 to 5000 returns
   * @param requestOptions per-call options, or {@code null}
   * @return the ids of the created returns, in the order of {@code returns}
   * @throws NullPointerException if {@code returns} or an item is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if any return is rejected, or the idempotency key was used before
   *     with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public BulkResult submitReturns(List<BulkReturnItem> returns, RequestOptions requestOptions) {
    return submitReturnsWithResponse(returns, requestOptions).getValue();
  }

  /**
   * Submits many returns at once and returns the HTTP details ({@code Idempotent-Replayed: true}
   * when the server answered from an earlier identical call).
   *
   * @param returns 1 to 5000 returns
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code returns} or an item is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if any return is rejected, or the idempotency key was used before
   *     with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<BulkResult> submitReturnsWithResponse(
      List<BulkReturnItem> returns, RequestOptions requestOptions) {
    Objects.requireNonNull(returns, "returns");
    List<Map<String, Object>> items = new ArrayList<>();
    for (BulkReturnItem item : returns) {
      Objects.requireNonNull(item, "returns must not contain null");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("contractId", item.getContractId());
      body.put("commitmentId", item.getCommitmentId());
      body.putAll(returnBody(item.getOptions()));
      items.add(body);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("returns", items);
    return ops.send(
        HttpRequest.post(ops.url(RETURNS, "bulk").build(), ops.toJson(body), true)
            .options(requestOptions),
        BulkResult.class);
  }

  /**
   * Lists all returns of a contract, by submission time.
   *
   * @param contractId the contract id
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException during iteration if no such contract is visible to the caller
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<ContractReturn> listReturns(String contractId) {
    return listReturns(contractId, ListReturnsOptions.builder().build(), null);
  }

  /**
   * Lists the returns of a contract, filtered by KPI and status.
   *
   * @param contractId the contract id
   * @param options filters and page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException during iteration if no such contract is visible to the caller
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<ContractReturn> listReturns(String contractId, ListReturnsOptions options) {
    return listReturns(contractId, options, null);
  }

  /**
   * Lists the returns of a contract, with per-call options applied to every page. Items carry no
   * ETag.
   *
   * @param contractId the contract id
   * @param options filters and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code contractId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException during iteration if no such contract is visible to the caller
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<ContractReturn> listReturns(
      String contractId, ListReturnsOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(contractId, "contractId");
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(CONTRACTS, contractId, RETURNS)
            .query("commitmentId", options.getCommitmentId())
            .query("status", options.getStatus())
            .query("limit", options.getLimit())
            .build(),
        ContractReturn.class,
        requestOptions);
  }

  /**
   * Returns one return.
   *
   * @param contractId the contract id
   * @param returnId the return id
   * @return the return, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn getReturn(String contractId, String returnId) {
    return getReturnWithResponse(contractId, returnId, null).getValue();
  }

  /**
   * Returns one return with the HTTP details.
   *
   * @param contractId the contract id
   * @param returnId the return id
   * @param requestOptions per-call options, or {@code null}; {@code ifNoneMatch} makes the read
   *     conditional
   * @return the response; its value is {@code null} on 304
   * @throws NullPointerException if {@code contractId} or {@code returnId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} or {@code returnId} is blank
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ContractReturn> getReturnWithResponse(
      String contractId, String returnId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(returnUrl(contractId, returnId)).options(requestOptions),
        ContractReturn.class);
  }

  /**
   * Validates a submitted return, provided it is still at the version the ETag names: its quantity
   * then counts as delivered.
   *
   * @param contractId the contract id
   * @param returnId the return id
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the validated return, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is not {@code SUBMITTED}
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn validateReturn(String contractId, String returnId, String ifMatchETag) {
    return validateReturnWithResponse(contractId, returnId, ifMatchETag, null).getValue();
  }

  /**
   * Validates a return read earlier, using its ids and ETag.
   *
   * @param current the return as returned by get, submit or correct (not by a list)
   * @return the validated return, with its new ETag
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is not {@code SUBMITTED}
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn validateReturn(ContractReturn current) {
    Objects.requireNonNull(current, "current");
    return validateReturn(current.getContractId(), current.getId(), eTagOf(current));
  }

  /**
   * Validates a return and returns the HTTP details.
   *
   * @param contractId the contract id
   * @param returnId the return id
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code contractId}, {@code returnId} or {@code ifMatchETag} is
   *     {@code null}
   * @throws IllegalArgumentException if {@code contractId}, {@code returnId} or {@code ifMatchETag}
   *     is blank, or {@code requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is not {@code SUBMITTED}
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ContractReturn> validateReturnWithResponse(
      String contractId, String returnId, String ifMatchETag, RequestOptions requestOptions) {
    URI url = returnActionUrl(contractId, returnId, "validate");
    Operations.requireETag(ifMatchETag, "return");
    // Not creating: no automatic Idempotency-Key. A lost response is not retried; repeating
    // it by hand is safe, as the If-Match then fails rather than acting twice.
    return ops.send(
        HttpRequest.post(url, null, false).options(requestOptions).ifMatch(ifMatchETag),
        ContractReturn.class);
  }

  /**
   * Rejects a submitted return with a reason for the supplier, provided it is still at the version
   * the ETag names. The supplier can then correct it.
   *
   * @param contractId the contract id
   * @param returnId the return id
   * @param reason why the return is rejected, up to 2000 characters
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the rejected return, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code contractId}, {@code returnId} or {@code ifMatchETag}
   *     is blank
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is not {@code SUBMITTED}
   * @throws ValidationException if the server rejects the reason (such as a blank one)
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn rejectReturn(
      String contractId, String returnId, String reason, String ifMatchETag) {
    return rejectReturnWithResponse(contractId, returnId, reason, ifMatchETag, null).getValue();
  }

  /**
   * Rejects a return read earlier, using its ids and ETag.
   *
   * @param current the return as returned by get, submit or correct (not by a list)
   * @param reason why the return is rejected, up to 2000 characters
   * @return the rejected return, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is not {@code SUBMITTED}
   * @throws ValidationException if the server rejects the reason
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn rejectReturn(ContractReturn current, String reason) {
    Objects.requireNonNull(current, "current");
    return rejectReturn(current.getContractId(), current.getId(), reason, eTagOf(current));
  }

  /**
   * Rejects a return and returns the HTTP details.
   *
   * @param contractId the contract id
   * @param returnId the return id
   * @param reason why the return is rejected, up to 2000 characters
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code contractId}, {@code returnId}, {@code reason} or {@code
   *     ifMatchETag} is {@code null}
   * @throws IllegalArgumentException if {@code contractId}, {@code returnId} or {@code ifMatchETag}
   *     is blank, or {@code requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is not {@code SUBMITTED}
   * @throws ValidationException if the server rejects the reason
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ContractReturn> rejectReturnWithResponse(
      String contractId,
      String returnId,
      String reason,
      String ifMatchETag,
      RequestOptions requestOptions) {
    URI url = returnActionUrl(contractId, returnId, "reject");
    Objects.requireNonNull(reason, "reason");
    Operations.requireETag(ifMatchETag, "return");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", reason);
    // Not creating, as for validateReturn: the If-Match makes a repeat fail, not act twice.
    return ops.send(
        HttpRequest.post(url, ops.toJson(body), false).options(requestOptions).ifMatch(ifMatchETag),
        ContractReturn.class);
  }

  /**
   * Corrects a return, provided it is still at the version the ETag names: the service records the
   * correction as a new return for the same period and marks this one {@code SUPERSEDED}. A random
   * {@code Idempotency-Key} is sent, as the correction creates a return, so the call is retried
   * safely after transient failures.
   *
   * @param contractId the contract id
   * @param returnId the id of the return to correct
   * @param options the corrected quantity, narrative and evidence
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the new return, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code contractId}, {@code returnId} or {@code ifMatchETag}
   *     is blank
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is already superseded
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn correctReturn(
      String contractId, String returnId, CorrectReturnOptions options, String ifMatchETag) {
    return correctReturnWithResponse(contractId, returnId, options, ifMatchETag, null).getValue();
  }

  /**
   * Corrects a return read earlier, using its ids and ETag.
   *
   * @param current the return as returned by get, submit, validate or reject (not by a list)
   * @param options the corrected content; see {@link CorrectReturnOptions#builder(ContractReturn)}
   * @return the new return, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is already superseded
   * @throws ValidationException if the server rejects the input
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractReturn correctReturn(ContractReturn current, CorrectReturnOptions options) {
    Objects.requireNonNull(current, "current");
    return correctReturn(current.getContractId(), current.getId(), options, eTagOf(current));
  }

  /**
   * Corrects a return and returns the HTTP details ({@code Location} of the new return, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param contractId the contract id
   * @param returnId the id of the return to correct
   * @param options the corrected quantity, narrative and evidence
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code contractId}, {@code returnId}, {@code options} or {@code
   *     ifMatchETag} is {@code null}
   * @throws IllegalArgumentException if {@code contractId}, {@code returnId} or {@code ifMatchETag}
   *     is blank, or {@code requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the return changed since it was read (412)
   * @throws ConflictException if the return is already superseded
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws NotFoundException if no such return is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ContractReturn> correctReturnWithResponse(
      String contractId,
      String returnId,
      CorrectReturnOptions options,
      String ifMatchETag,
      RequestOptions requestOptions) {
    URI url = returnActionUrl(contractId, returnId, "corrections");
    Objects.requireNonNull(options, "options");
    Operations.requireETag(ifMatchETag, "return");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("quantity", options.getQuantity());
    putIfSet(body, "narrative", options.getNarrative());
    body.put("evidence", evidenceBody(options.getEvidence()));
    return ops.send(
        HttpRequest.post(url, ops.toJson(body), true).options(requestOptions).ifMatch(ifMatchETag),
        ContractReturn.class);
  }

  /**
   * Exports the returns of a contract as CSV, one row per return, for a spreadsheet.
   *
   * @param contractId the contract id
   * @return the CSV text, exactly as sent by the service
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public String exportReturnsCsv(String contractId) {
    return exportReturnsCsvWithResponse(contractId, null).getValue();
  }

  /**
   * Exports the returns of a contract as CSV and returns the HTTP details.
   *
   * @param contractId the contract id
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the CSV text
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> exportReturnsCsvWithResponse(
      String contractId, RequestOptions requestOptions) {
    URI url =
        ops.url(CONTRACTS, Operations.pathSegment(contractId, "contractId"), "returns.csv").build();
    return ops.sendForText(HttpRequest.get(url).accept("text/csv").options(requestOptions));
  }

  /**
   * Returns the support the contract's supplier delivered to VCFSEs through directory pledges that
   * name one of the contract's KPIs: evidence beside the supplier's own returns.
   *
   * @param contractId the contract id
   * @return an unmodifiable list, oldest delivery first
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @deprecated use {@link #listPledgeEvidence(String, RequestOptions)}, which returns a {@link
   *     PagedIterable} like every other list operation
   */
  @Deprecated(since = "0.2.0")
  public List<PledgeEvidence> listPledgeEvidence(String contractId) {
    return listPledgeEvidenceWithResponse(contractId, null).getValue();
  }

  /**
   * Lists the pledge evidence of a contract as a {@link PagedIterable} like every other list
   * operation (the server returns it in one page).
   *
   * @param contractId the contract id
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy list; nothing is sent until iteration
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   */
  public PagedIterable<PledgeEvidence> listPledgeEvidence(
      String contractId, RequestOptions requestOptions) {
    return ops.listOnePage(
        ops.url(CONTRACTS, Operations.pathSegment(contractId, "contractId"), "pledge-evidence")
            .build(),
        PledgeEvidence.class,
        requestOptions);
  }

  /**
   * Returns the pledge evidence of a contract with the HTTP details.
   *
   * @param contractId the contract id
   * @param requestOptions per-call options, or {@code null}
   * @return the response, whose value is an unmodifiable list, oldest delivery first
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<List<PledgeEvidence>> listPledgeEvidenceWithResponse(
      String contractId, RequestOptions requestOptions) {
    return ops.sendForList(
        HttpRequest.get(
                ops.url(
                        CONTRACTS,
                        Operations.pathSegment(contractId, "contractId"),
                        "pledge-evidence")
                    .build())
            .options(requestOptions),
        PledgeEvidence.class);
  }

  // ---- Progress and value -------------------------------------------------------------------

  /**
   * Returns the progress of a contract's KPIs today.
   *
   * @param contractId the contract id
   * @return the progress, with each KPI's rating and overdue periods
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractProgress getContractProgress(String contractId) {
    return getContractProgressWithResponse(contractId, null, null).getValue();
  }

  /**
   * Returns the progress of a contract's KPIs as it stood at a date: what was expected by then, and
   * the returns submitted by then.
   *
   * @param contractId the contract id
   * @param asOf the date to compute the progress at
   * @return the progress, with each KPI's rating and overdue periods
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws ValidationException if the server rejects the date
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ContractProgress getContractProgress(String contractId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return getContractProgressWithResponse(contractId, asOf, null).getValue();
  }

  /**
   * Returns the progress of a contract's KPIs with the HTTP details.
   *
   * @param contractId the contract id
   * @param asOf the date to compute the progress at, or {@code null} for today
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws ValidationException if the server rejects the date
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ContractProgress> getContractProgressWithResponse(
      String contractId, LocalDate asOf, RequestOptions requestOptions) {
    URI url =
        ops.url(CONTRACTS, Operations.pathSegment(contractId, "contractId"), "progress")
            .query("asOf", asOf == null ? null : date(asOf))
            .build();
    return ops.send(HttpRequest.get(url).options(requestOptions), ContractProgress.class);
  }

  /**
   * Returns the money value of a contract's delivered social value, with a trace of one term per
   * KPI.
   *
   * @param contractId the contract id
   * @param basis which returns count: {@link ValueBasis#VALIDATED} or {@link ValueBasis#CLAIMED}
   * @return the value trace
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws ValidationException if the server does not know the basis
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ValueTrace getContractValue(String contractId, ValueBasis basis) {
    return getContractValueWithResponse(contractId, basis, null).getValue();
  }

  /**
   * Returns the money value of a contract's delivered social value with the HTTP details.
   *
   * @param contractId the contract id
   * @param basis which returns count
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code contractId} or {@code basis} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws ValidationException if the server does not know the basis
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ValueTrace> getContractValueWithResponse(
      String contractId, ValueBasis basis, RequestOptions requestOptions) {
    Operations.pathSegment(contractId, "contractId");
    Objects.requireNonNull(basis, "basis");
    URI url = ops.url(CONTRACTS, contractId, "value").query("basis", basis).build();
    return ops.send(HttpRequest.get(url).options(requestOptions), ValueTrace.class);
  }

  /**
   * Returns the performance summary of a contract for a Contract Performance Notice, up to the
   * latest reporting period.
   *
   * @param contractId the contract id
   * @return the summary
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public PerformanceSummary getPerformanceSummary(String contractId) {
    return getPerformanceSummaryWithResponse(contractId, null, null).getValue();
  }

  /**
   * Returns the performance summary of a contract for the period ending on a date.
   *
   * @param contractId the contract id
   * @param periodEnd the last day of the period summarised
   * @return the summary
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws ValidationException if the server rejects the date
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public PerformanceSummary getPerformanceSummary(String contractId, LocalDate periodEnd) {
    Objects.requireNonNull(periodEnd, "periodEnd");
    return getPerformanceSummaryWithResponse(contractId, periodEnd, null).getValue();
  }

  /**
   * Returns the performance summary of a contract with the HTTP details.
   *
   * @param contractId the contract id
   * @param periodEnd the last day of the period summarised, or {@code null} for the service's
   *     default
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws ValidationException if the server rejects the date
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<PerformanceSummary> getPerformanceSummaryWithResponse(
      String contractId, LocalDate periodEnd, RequestOptions requestOptions) {
    URI url =
        ops.url(CONTRACTS, Operations.pathSegment(contractId, "contractId"), "performance-summary")
            .query("periodEnd", periodEnd == null ? null : date(periodEnd))
            .build();
    return ops.send(HttpRequest.get(url).options(requestOptions), PerformanceSummary.class);
  }

  /**
   * Exports a contract as an Open Contracting (OCDS) release, to publish it or pass it to systems
   * that read OCDS. The document is returned as the service sent it, not bound to models, because
   * it is a standard document in its own right: parse it with the OCDS tooling of your choice.
   *
   * @param contractId the contract id
   * @return the OCDS release, as JSON text
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public String exportContractOcds(String contractId) {
    return exportContractOcdsWithResponse(contractId, null).getValue();
  }

  /**
   * Exports a contract as an OCDS release and returns the HTTP details.
   *
   * @param contractId the contract id
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the JSON text
   * @throws NullPointerException if {@code contractId} is {@code null}
   * @throws IllegalArgumentException if {@code contractId} is blank
   * @throws NotFoundException if no such contract is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> exportContractOcdsWithResponse(
      String contractId, RequestOptions requestOptions) {
    URI url = ops.url(CONTRACTS, Operations.pathSegment(contractId, "contractId"), "ocds").build();
    return ops.sendForText(HttpRequest.get(url).accept("application/json").options(requestOptions));
  }

  // ---- Helpers ------------------------------------------------------------------------------

  private URI contractUrl(String contractId) {
    return ops.url(CONTRACTS, Operations.pathSegment(contractId, "contractId")).build();
  }

  private URI returnUrl(String contractId, String returnId) {
    return ops.url(
            CONTRACTS,
            Operations.pathSegment(contractId, "contractId"),
            RETURNS,
            Operations.pathSegment(returnId, "returnId"))
        .build();
  }

  private URI returnActionUrl(String contractId, String returnId, String action) {
    return ops.url(
            CONTRACTS,
            Operations.pathSegment(contractId, "contractId"),
            RETURNS,
            Operations.pathSegment(returnId, "returnId"),
            action)
        .build();
  }

  private static String eTagOf(ContractReturn current) {
    return Operations.eTagOf(
        current.getETag(), "ContractReturn", current.getId(), "getReturn(contractId, returnId)");
  }

  /**
   * Formats a date as ISO {@code yyyy-MM-dd}, so the body does not depend on the JSON-B
   * implementation's date handling.
   */
  private static String date(LocalDate value) {
    return value.toString();
  }

  /** The body of one KPI: only the fields set, so the service applies its defaults. */
  static Map<String, Object> commitmentBody(ContractCommitmentInput c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("measureCode", c.getMeasureCode());
    body.put("targetQuantity", c.getTargetQuantity());
    putIfSet(body, "period", c.getPeriod() == null ? null : c.getPeriod().toString());
    putIfSet(
        body,
        "reportingFrequency",
        c.getReportingFrequency() == null ? null : c.getReportingFrequency().toString());
    putIfSet(body, "placeCode", c.getPlaceCode());
    putIfSet(body, "vcfsePartnerOrganisationId", c.getVcfsePartnerOrganisationId());
    putIfSet(body, "proxySetId", c.getProxySetId());
    putIfSet(body, "deadweight", c.getDeadweight());
    putIfSet(body, "attribution", c.getAttribution());
    putIfSet(body, "displacement", c.getDisplacement());
    putIfSet(body, "dropOff", c.getDropOff());
    putIfSet(body, "title", c.getTitle());
    return body;
  }

  /** The body of a return, shared by submit and the bulk items. */
  private static Map<String, Object> returnBody(SubmitReturnOptions options) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("periodStart", date(options.getPeriodStart()));
    body.put("periodEnd", date(options.getPeriodEnd()));
    body.put("quantity", options.getQuantity());
    putIfSet(body, "narrative", options.getNarrative());
    body.put("evidence", evidenceBody(options.getEvidence()));
    return body;
  }

  private static List<Map<String, Object>> evidenceBody(List<EvidenceRef> evidence) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (EvidenceRef e : evidence) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", e.getKind() == null ? null : e.getKind().toString());
      item.put("reference", e.getReference());
      putIfSet(item, "sha256", e.getSha256());
      putIfSet(item, "description", e.getDescription());
      list.add(item);
    }
    return list;
  }

  private static void putIfSet(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
