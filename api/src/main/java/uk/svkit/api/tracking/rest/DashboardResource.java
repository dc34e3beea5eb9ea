package uk.svkit.api.tracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.svkit.api.platform.paging.Cursor;
import uk.svkit.api.platform.paging.Page;
import uk.svkit.api.platform.paging.PageRequest;
import uk.svkit.api.platform.paging.Paging;
import uk.svkit.api.platform.security.AllowedRoles;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.tracking.application.BenchmarkService;
import uk.svkit.api.tracking.application.DashboardService;
import uk.svkit.api.tracking.application.SupplierDashboardService;

/**
 * A buyer's dashboard, a supplier's own view of its contracts, and benchmarks against anonymous
 * peers for buyers that opt in.
 */
@Path("/dashboards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class DashboardResource {
  @Inject DashboardService dashboards;
  @Inject BenchmarkService benchmarks;
  @Inject SupplierDashboardService suppliers;
  @Inject Paging paging;
  @Context UriInfo uri;

  @GET
  @Path("/buyer")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "getBuyerDashboard",
      summary =
          "Committed, claimed and validated £ by theme, place and quarter; top and at-risk contracts")
  public DashboardResponse buyer() {
    return TrackingMapper.dashboard(dashboards.buyerDashboard());
  }

  @GET
  @Path("/supplier")
  @AllowedRoles(Roles.SUPPLIER)
  @Operation(
      operationId = "getSupplierDashboard",
      summary =
          "Your contracts as supplier, with every buyer, by title: KPIs, delivery and £ value with its trace",
      description =
          "Each contract's commitments, claimed and validated delivery (deliveries confirmed by the VCFSEs that"
              + " received them count once the VCFSE confirms) and committed, claimed and validated £, each term traced"
              + " to its KPI and proxy set. Read from the kept totals, never by scanning returns.")
  public Page<SupplierDashboardContract> supplier(@Valid @BeanParam PageRequest page) {
    int limit = paging.limit(page);
    Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
    return paging.page(
        suppliers.contracts(
            after == null ? null : after.key(0), after == null ? null : after.key(1), limit + 1),
        limit,
        uri,
        c -> Cursor.after(c.progress().contract().title(), c.progress().contract().id()),
        TrackingMapper::supplierContract);
  }

  @GET
  @Path("/benchmark")
  @AllowedRoles({Roles.BUYER, Roles.CONTRACT_MANAGER})
  @Operation(
      operationId = "getBenchmark",
      summary = "Your indicators beside the median and quartiles of the buyers that share theirs",
      description =
          "Available once your organisation has opted in (409 before). Peers are never named, and your own figures are"
              + " never among theirs. An indicator's median and quartiles are absent while fewer than minPeers other buyers have a figure"
              + " for it (svkit.tracking.benchmark.min-peers, default 5, never below 3).")
  public BenchmarkResponse benchmark() {
    return TrackingMapper.benchmark(benchmarks.benchmark());
  }

  @PUT
  @Path("/benchmark/opt-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles({Roles.BUYER})
  @Operation(
      operationId = "setBenchmarkOptIn",
      summary = "Share (or stop sharing) your organisation's figures for anonymous benchmarking")
  @APIResponse(responseCode = "204", description = "Saved")
  public Response optIn(@NotNull @Valid BenchmarkOptInRequest body) {
    benchmarks.optIn(body.optIn);
    return Response.noContent().build();
  }
}
