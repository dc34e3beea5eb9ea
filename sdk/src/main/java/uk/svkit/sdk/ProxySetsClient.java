package uk.svkit.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.CreateProxySetOptions;
import uk.svkit.sdk.models.ListProxySetsOptions;
import uk.svkit.sdk.models.ProxySet;
import uk.svkit.sdk.models.ProxyValue;

/**
 * Proxy value sets: money values per unit of a framework edition's measures, used to value
 * quantities. Sets a buyer loads are private to it; the illustrative set shipped with svkit is
 * visible to all. Obtain from {@link SvkitClient#proxySets()}; thread-safe.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 */
public final class ProxySetsClient {

  private final Operations ops;

  ProxySetsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Loads a proxy set. A random {@code Idempotency-Key} is sent, so the call is retried safely
   * after transient failures.
   *
   * @param options the new proxy set
   * @return the created proxy set
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if values do not fit the edition (a measure unknown to it,
   *     record-only, or given twice); {@link BusinessRuleException#getErrors()} names them, such as
   *     {@code values[0].measureCode}
   * @throws NotFoundException if there is no such framework edition
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ProxySet createProxySet(CreateProxySetOptions options) {
    return createProxySetWithResponse(options, null).getValue();
  }

  /**
   * Loads a proxy set with per-call options, such as your own idempotency key.
   *
   * @param options the new proxy set
   * @param requestOptions per-call options, or {@code null}
   * @return the created proxy set
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if values do not fit the edition, or the idempotency key was used
   *     before with a different body
   * @throws NotFoundException if there is no such framework edition
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ProxySet createProxySet(CreateProxySetOptions options, RequestOptions requestOptions) {
    return createProxySetWithResponse(options, requestOptions).getValue();
  }

  /**
   * Loads a proxy set from CSV, as exported from a spreadsheet: columns {@code frameworkCode,
   * edition, name, currency, priceYear, source, licenceNote, measureCode, valuePerUnit} and
   * optionally {@code multiplier}, one row per measure, the set's details repeated on every row.
   * Nothing is loaded unless the whole file is valid; problems are reported by line.
   *
   * @param csv the file's text
   * @return the loaded set
   * @throws uk.svkit.sdk.exception.BusinessRuleException with one field error per problem, named
   *     {@code line N.column}
   * @throws uk.svkit.sdk.exception.ValidationException if the file cannot be read as CSV
   * @throws uk.svkit.sdk.exception.SvkitException for other failures
   * @since 0.1.0
   */
  public ProxySet createProxySetFromCsv(String csv) {
    return createProxySetFromCsvWithResponse(csv, null).getValue();
  }

  /**
   * Loads a proxy set from CSV, with per-request options; see {@link
   * #createProxySetFromCsv(String)}.
   *
   * @param csv the file's text
   * @param requestOptions per-request options; may be {@code null}
   * @return the response with the loaded set
   * @throws uk.svkit.sdk.exception.SvkitException on failure
   * @since 0.1.0
   */
  public Response<ProxySet> createProxySetFromCsvWithResponse(
      String csv, RequestOptions requestOptions) {
    Objects.requireNonNull(csv, "csv");
    return ops.send(
        HttpRequest.post(ops.url("proxy-sets").build(), csv, true)
            .bodyType("text/csv")
            .options(requestOptions),
        ProxySet.class);
  }

  /**
   * Loads a proxy set and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the new proxy set
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if values do not fit the edition, or the idempotency key was used
   *     before with a different body
   * @throws NotFoundException if there is no such framework edition
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ProxySet> createProxySetWithResponse(
      CreateProxySetOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("frameworkCode", options.getFrameworkCode());
    body.put("edition", options.getEdition());
    body.put("name", options.getName());
    body.put("currency", options.getCurrency());
    body.put("priceYear", options.getPriceYear());
    body.put("source", options.getSource());
    body.put("licenceNote", options.getLicenceNote());
    List<Map<String, Object>> values = new ArrayList<>();
    for (ProxyValue v : options.getValues()) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("measureCode", v.getMeasureCode());
      value.put("valuePerUnit", v.getValuePerUnit());
      if (v.getMultiplier() != null) {
        value.put("multiplier", v.getMultiplier());
      }
      values.add(value);
    }
    body.put("values", values);
    return ops.send(
        HttpRequest.post(ops.url("proxy-sets").build(), ops.toJson(body), true)
            .options(requestOptions),
        ProxySet.class);
  }

  /**
   * Lists all proxy sets the caller may use, by name.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<ProxySet> listProxySets() {
    return listProxySets(ListProxySetsOptions.builder().build(), null);
  }

  /**
   * Lists the proxy sets the caller may use, with the given page size.
   *
   * @param options page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<ProxySet> listProxySets(ListProxySetsOptions options) {
    return listProxySets(options, null);
  }

  /**
   * Lists the proxy sets the caller may use, with per-call options applied to every page.
   *
   * @param options page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<ProxySet> listProxySets(
      ListProxySetsOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url("proxy-sets").query("limit", options.getLimit()).build(),
        ProxySet.class,
        requestOptions);
  }

  /**
   * Returns one proxy set with its values.
   *
   * @param id the proxy set id
   * @return the proxy set
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public ProxySet getProxySet(String id) {
    return getProxySetWithResponse(id, null).getValue();
  }

  /**
   * Returns one proxy set with the HTTP details.
   *
   * @param id the proxy set id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<ProxySet> getProxySetWithResponse(String id, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url("proxy-sets", Operations.pathSegment(id, "id")).build())
            .options(requestOptions),
        ProxySet.class);
  }
}
