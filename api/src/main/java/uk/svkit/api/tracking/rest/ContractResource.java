package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.concurrency.ETags;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.idempotency.Idempotent;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.tracking.application.ContractProgressView;
import uk.svkit.api.tracking.application.ContractService;
import uk.svkit.api.tracking.application.ContractValueService;
import uk.svkit.api.tracking.application.ContractView;
import uk.svkit.api.tracking.application.OcdsPublicationService;
import uk.svkit.api.tracking.application.PerformanceView;
import uk.svkit.api.tracking.application.ProgressService;
import uk.svkit.api.tracking.application.ReturnService;
import uk.svkit.api.tracking.application.ReturnsExportView;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.infrastructure.OcdsPackages;
import uk.svkit.api.tracking.infrastructure.ReturnsCsv;

/** Contracts with their KPIs, their returns, progress, value, performance summary and exports. */
@Path("/contracts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractResource {
  private static final String IF_MATCH_DOC = "ETag of the return being reviewed or corrected";
  private static final String BUYERS = Roles.BUYER;

  @Inject ContractService contracts;
  @Inject ReturnService returns;
  @Inject ProgressService progress;
  @Inject ContractValueService values;
  @Inject Clock clock;
  @Inject OcdsPublicationService publication;
  @Inject Paging paging;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "createContract",
      summary = "Record a contract with its KPIs (commitments)",
      description =
          "A contract worth more than £5m needs at least 3 KPIs (Procurement Act 2023, s.52); fewer is a 422.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ContractResponse.class)))
  public Response create(@NotNull @Valid CreateContractRequest body) {
    return created(contracts.create(TrackingMapper.contract(body)));
  }

  @POST
  @Path("/from-bid")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "createContractFromBid",
      summary = "Record the contract won by an awarded bid: its commitments become the KPIs")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ContractResponse.class)))
  public Response createFromBid(@NotNull @Valid CreateContractFromBidRequest body) {
    return created(
        contracts.createFromBid(
            body.bidId,
            body.buyerContractId,
            body.title,
            body.value,
            body.startDate,
            body.endDate,
            body.placesServed == null ? java.util.Set.of() : new LinkedHashSet<>(body.placesServed),
            body.reportingFrequency == null
                ? ReportingFrequency.QUARTERLY
                : body.reportingFrequency));
  }

  @GET
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listContracts",
      summary = "List your contracts (as buyer or as supplier), by title")
  public Page<ContractResponse> list(
      @QueryParam("supplierOrganisationId") @Size(max = 36) String supplier,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        contracts.list(
            supplier,
            after == null ? null : after.key(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        v -> Cursor.after(v.contract().title(), v.contract().id()),
        ContractResource::dto);
  }

  @GET
  @Path("/{contractId}")
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(operationId = "getContract", summary = "Get a contract with its KPIs")
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content = @Content(schema = @Schema(implementation = ContractResponse.class)))
  public Response get(@PathParam("contractId") String id) {
    ContractView view = contracts.get(id);
    return ETags.ok(dto(view), view.contract().version());
  }

  // ---- returns -------------------------------------------------------------------------------

  @POST
  @Path("/{contractId}/commitments/{commitmentId}/returns")
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Extension(name = "x-svkit-idempotent", value = "true")
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "submitReturn",
      summary = "Submit a return for one KPI and reporting period",
      description =
          "A KPI has one live (submitted or validated) return per reporting period: if it already has one, the answer is 409"
              + " naming that return; correct it instead (POST .../returns/{returnId}/corrections). A rejected return is not live.")
  @APIResponse(
      responseCode = "201",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response submitReturn(
      @PathParam("contractId") String contractId,
      @PathParam("commitmentId") String commitmentId,
      @NotNull @Valid SubmitReturnRequest body) {
    KpiReturn r =
        returns
            .submitAll(List.of(TrackingMapper.newReturn(contractId, commitmentId, body)), null)
            .get(0);
    return ETags.created(
        uri.getBaseUriBuilder()
            .path("contracts")
            .path(contractId)
            .path("returns")
            .path(r.id())
            .build(),
        TrackingMapper.kpiReturn(r),
        r.version());
  }

  @GET
  @Path("/{contractId}/returns")
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listReturns",
      summary = "A contract's returns by submission time, every status (the full history)")
  public Page<ReturnResponse> listReturns(
      @PathParam("contractId") String contractId,
      @QueryParam("commitmentId") @Size(max = 36) String commitmentId,
      @QueryParam("status") ReturnStatus status,
      @Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        returns.list(
            contractId,
            commitmentId,
            status,
            after == null ? null : after.timestamp(0),
            after == null ? null : after.key(1),
            limit + 1),
        limit,
        uri,
        r -> Cursor.after(r.submittedAt().toString(), r.id()),
        TrackingMapper::kpiReturn);
  }

  @GET
  @Path("/{contractId}/returns.csv")
  @Produces("text/csv")
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "exportReturnsCsv",
      summary = "Every return of the contract as CSV, with each KPI's progress columns")
  @APIResponse(
      responseCode = "200",
      description = "CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response exportReturns(@PathParam("contractId") String contractId) {
    ReturnsExportView export = returns.export(contractId);
    Contract contract = export.progress().contract();
    return Response.ok(
            ReturnsCsv.write(contract, export.returns(), export.progress()),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"returns-" + contract.id() + ".csv\"")
        .build();
  }

  @GET
  @Path("/{contractId}/returns/{returnId}")
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(operationId = "getReturn", summary = "Get a return")
  @APIResponse(
      responseCode = "200",
      description = "The return",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response getReturn(
      @PathParam("contractId") String contractId, @PathParam("returnId") String returnId) {
    KpiReturn r = returns.get(contractId, returnId);
    return ETags.ok(TrackingMapper.kpiReturn(r), r.version());
  }

  @POST
  @Path("/{contractId}/returns/{returnId}/validate")
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "validateReturn",
      summary = "Accept a submitted return as evidenced delivery")
  @APIResponse(
      responseCode = "200",
      description = "Validated",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response validate(
      @PathParam("contractId") String contractId,
      @PathParam("returnId") String returnId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(returns.validate(contractId, returnId, Versions.expectedVersion(headers)));
  }

  @POST
  @Path("/{contractId}/returns/{returnId}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER})
  @Operation(operationId = "rejectReturn", summary = "Reject a submitted return, with the reason")
  @APIResponse(
      responseCode = "200",
      description = "Rejected",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response reject(
      @PathParam("contractId") String contractId,
      @PathParam("returnId") String returnId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid RejectReturnRequest body) {
    return ok(returns.reject(contractId, returnId, Versions.expectedVersion(headers), body.reason));
  }

  @POST
  @Path("/{contractId}/returns/{returnId}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "correctReturn",
      summary = "Correct a return: a new return supersedes it, and both stay in the history")
  @APIResponse(
      responseCode = "201",
      description = "The correcting return",
      content = @Content(schema = @Schema(implementation = ReturnResponse.class)))
  public Response correct(
      @PathParam("contractId") String contractId,
      @PathParam("returnId") String returnId,
      @Parameter(
              name = "If-Match",
              in = ParameterIn.HEADER,
              required = true,
              description = IF_MATCH_DOC)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid CorrectReturnRequest body) {
    KpiReturn r =
        returns.correct(
            contractId,
            returnId,
            Versions.expectedVersion(headers),
            body.quantity,
            body.narrative,
            TrackingMapper.evidence(body.evidence));
    return ETags.created(
        uri.getBaseUriBuilder()
            .path("contracts")
            .path(contractId)
            .path("returns")
            .path(r.id())
            .build(),
        TrackingMapper.kpiReturn(r),
        r.version());
  }

  @GET
  @Path("/{contractId}/pledge-evidence")
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "listPledgeEvidence",
      summary =
          "Support delivered to VCFSEs through directory pledges that name this contract's KPIs",
      description =
          "Evidence beside the supplier's returns: recorded when the supplier records delivery of a pledge naming one of"
              + " the contract's commitments. Oldest first.")
  public List<PledgeEvidenceResponse> pledgeEvidence(@PathParam("contractId") String contractId) {
    return returns.pledgeEvidence(contractId).stream()
        .map(
            e -> {
              PledgeEvidenceResponse dto = new PledgeEvidenceResponse();
              dto.pledgeId = e.pledgeId();
              dto.commitmentId = e.commitmentId();
              dto.needId = e.needId();
              dto.needTitle = e.needTitle();
              dto.supportType = e.supportType();
              dto.unit = e.unit();
              dto.vcfseOrganisationId = e.vcfseOrganisationId();
              dto.businessOrganisationId = e.businessOrganisationId();
              dto.deliveredQuantity = e.deliveredQuantity();
              dto.note = e.note();
              dto.deliveredAt = e.deliveredAt();
              return dto;
            })
        .toList();
  }

  // ---- progress, value, exports -----------------------------------------------------------

  @GET
  @Path("/{contractId}/progress")
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getContractProgress",
      summary =
          "Delivered against target per KPI, pro-rated to the date, with ratings and overdue returns")
  public ContractProgressResponse progress(
      @PathParam("contractId") String contractId,
      @Parameter(description = "The date to assess at (default today, UTC)")
          @QueryParam("asOf")
          @Size(max = 10)
          String asOf) {
    return TrackingMapper.progress(progress.progress(contractId, date("asOf", asOf)));
  }

  @GET
  @Path("/{contractId}/value")
  @AllowedRoles({Roles.SUPPLIER, BUYERS, Roles.CONTRACT_MANAGER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getContractValue",
      summary = "The contract's £ social value with a term-by-term trace",
      description = "basis: VALIDATED (default), CLAIMED or COMMITTED.")
  public ValueTraceResponse value(
      @PathParam("contractId") String contractId,
      @QueryParam("basis") @Size(max = 20) String basis) {
    ContractValueService.Basis b;
    try {
      b =
          basis == null
              ? ContractValueService.Basis.VALIDATED
              : ContractValueService.Basis.valueOf(basis.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("basis", "must be VALIDATED, CLAIMED or COMMITTED");
    }
    return TrackingMapper.valueTrace(values.value(contractId, b));
  }

  @GET
  @Path("/{contractId}/performance-summary")
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "getPerformanceSummary",
      summary =
          "What a Contract Performance Notice reports: each KPI's target, delivery and rating")
  public PerformanceSummaryResponse performance(
      @PathParam("contractId") String contractId,
      @Parameter(description = "The end of the assessed period (default today, UTC)")
          @QueryParam("periodEnd")
          @Size(max = 10)
          String periodEnd) {
    LocalDate end = date("periodEnd", periodEnd);
    PerformanceView performance = progress.performance(contractId, end);
    ContractProgressView view = performance.progress();
    LocalDate start = end.minusYears(1).plusDays(1);
    PerformanceSummaryResponse summary =
        TrackingMapper.performance(
            view,
            start.isBefore(view.contract().startDate()) ? view.contract().startDate() : start);
    summary.buyer = TrackingMapper.party(performance.buyer());
    summary.supplier = TrackingMapper.party(performance.supplier());
    return summary;
  }

  @GET
  @Path("/{contractId}/ocds")
  @AllowedRoles({BUYERS, Roles.CONTRACT_MANAGER, Roles.SUPPLIER, Roles.PLATFORM_ADMIN})
  @Operation(
      operationId = "exportContractOcds",
      summary =
          "An OCDS release of the contract: KPI targets and observed values (metrics extension) and social value goals (sustainability extension)")
  @APIResponse(
      responseCode = "200",
      description = "An OCDS 1.1 release",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response ocds(@PathParam("contractId") String contractId) {
    // The published release: its id names its content and its date is when that content last
    // changed, so exporting twice gives the same release (an id stamped with "now" did not).
    return Response.ok(
            OcdsPackages.write(publication.releaseOf(contractId)), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return Timestamps.today(clock);
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw ProblemException.invalid(field, "must be a date such as 2026-03-31");
    }
  }

  private Response created(ContractView view) {
    return ETags.created(
        uri.getBaseUriBuilder().path("contracts").path(view.contract().id()).build(),
        dto(view),
        view.contract().version());
  }

  private Response ok(KpiReturn r) {
    return ETags.ok(TrackingMapper.kpiReturn(r), r.version());
  }

  private static ContractResponse dto(ContractView view) {
    return TrackingMapper.contract(view.contract(), view.edition(), view.measures());
  }
}
