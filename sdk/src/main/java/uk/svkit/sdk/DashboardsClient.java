package uk.svkit.sdk;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.Benchmark;
import uk.svkit.sdk.models.Dashboard;
import uk.svkit.sdk.models.SupplierDashboardContract;

/**
 * Dashboards: a buyer's social value across its contracts, and how it compares with other buyers';
 * a supplier's own view of its contracts with every buyer. Obtain from {@link
 * SvkitClient#dashboards()}; thread-safe.
 *
 * <p>Each dashboard is of the caller's own organisation. Benchmarking is opt-in: a buyer sees the
 * {@linkplain #getBenchmark() benchmark} only after {@linkplain #setBenchmarkOptIn(boolean) opting
 * in}, which also lets its figures count for its peers.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException} (such as a supplier reading a buyer dashboard),
 * {@link uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException}
 * and {@link ConnectionException}.
 */
public final class DashboardsClient {

  private static final String DASHBOARDS = "dashboards";

  private final Operations ops;

  DashboardsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Returns the dashboard of the caller's organisation, a buyer: totals, breakdowns by theme, place
   * and period, its top contracts and those at risk.
   *
   * @return the dashboard
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public Dashboard getBuyerDashboard() {
    return getBuyerDashboardWithResponse(null).getValue();
  }

  /**
   * Returns the dashboard of the caller's organisation with the HTTP details.
   *
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public Response<Dashboard> getBuyerDashboardWithResponse(RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url(DASHBOARDS, "buyer").build()).options(requestOptions),
        Dashboard.class);
  }

  /**
   * Lists the caller's contracts as supplier, with every buyer, by title; pages are fetched lazily
   * as you iterate. Each carries its KPIs' commitments and delivery (deliveries the VCFSEs
   * confirmed count once confirmed) and the committed, claimed and validated value, each traced
   * term by term to its KPI and proxy set.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<SupplierDashboardContract> listSupplierContracts() {
    return listSupplierContracts(null);
  }

  /**
   * Lists the caller's contracts as supplier, as {@link #listSupplierContracts()}, with a page
   * size.
   *
   * @param limit items per page, or {@code null} for the server default
   * @return a lazy iterable; no request is sent until iteration
   * @throws IllegalArgumentException if {@code limit} is not positive
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<SupplierDashboardContract> listSupplierContracts(Integer limit) {
    return ops.list(
        ops.url(DASHBOARDS, "supplier").query("limit", checkedLimit(limit)).build(),
        SupplierDashboardContract.class,
        null);
  }

  /**
   * Returns how the caller's organisation compares with the other buyers who opted in.
   *
   * @return the benchmark
   * @throws ConflictException if the caller's organisation has not opted in
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Benchmark getBenchmark() {
    return getBenchmarkWithResponse(null).getValue();
  }

  /**
   * Returns the benchmark of the caller's organisation with the HTTP details.
   *
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws ConflictException if the caller's organisation has not opted in
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Benchmark> getBenchmarkWithResponse(RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url(DASHBOARDS, "benchmark").build()).options(requestOptions),
        Benchmark.class);
  }

  /**
   * Opts the caller's organisation in to benchmarking, or out of it. Setting the current choice
   * again is harmless.
   *
   * @param optIn {@code true} to take part, {@code false} to stop
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public void setBenchmarkOptIn(boolean optIn) {
    setBenchmarkOptInWithResponse(optIn, null);
  }

  /**
   * Opts the caller's organisation in to benchmarking, or out of it, and returns the HTTP details.
   *
   * @param optIn {@code true} to take part, {@code false} to stop
   * @param requestOptions per-call options, or {@code null}
   * @return the 204 response, with a {@code null} value
   * @throws ApiException if the server answers with an error
   * @throws ConnectionException if no response arrived
   */
  public Response<Void> setBenchmarkOptInWithResponse(
      boolean optIn, RequestOptions requestOptions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("optIn", optIn);
    return ops.sendForNoContent(
        HttpRequest.put(ops.url(DASHBOARDS, "benchmark", "opt-in").build(), ops.toJson(body))
            .options(requestOptions));
  }

  private static Integer checkedLimit(Integer limit) {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return limit;
  }
}
