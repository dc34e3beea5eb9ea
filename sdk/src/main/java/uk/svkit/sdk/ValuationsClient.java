package uk.svkit.sdk;

import java.math.BigDecimal;
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
import uk.svkit.sdk.models.CreateValuationOptions;
import uk.svkit.sdk.models.Valuation;
import uk.svkit.sdk.models.ValuationItem;

/**
 * Valuations: quantities of measures valued in money with a proxy set, recorded with a per-term
 * trace so the figure can be audited later. Obtain from {@link SvkitClient#valuations()};
 * thread-safe.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 */
public final class ValuationsClient {

  private final Operations ops;

  ValuationsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Values quantities with a proxy set and records the result. A random {@code Idempotency-Key} is
   * sent, so the call is retried safely after transient failures.
   *
   * @param options the proxy set and the quantities
   * @return the recorded valuation
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input (such as an adjustment outside 0 to
   *     100)
   * @throws NotFoundException if no such proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Valuation createValuation(CreateValuationOptions options) {
    return createValuationWithResponse(options, null).getValue();
  }

  /**
   * Values quantities with per-call options, such as your own idempotency key.
   *
   * @param options the proxy set and the quantities
   * @param requestOptions per-call options, or {@code null}
   * @return the recorded valuation
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws NotFoundException if no such proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Valuation createValuation(CreateValuationOptions options, RequestOptions requestOptions) {
    return createValuationWithResponse(options, requestOptions).getValue();
  }

  /**
   * Values quantities and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the proxy set and the quantities
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws NotFoundException if no such proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Valuation> createValuationWithResponse(
      CreateValuationOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("proxySetId", options.getProxySetId());
    List<Map<String, Object>> items = new ArrayList<>();
    for (ValuationItem i : options.getItems()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("measureCode", i.getMeasureCode());
      item.put("quantity", i.getQuantity());
      putIfSet(item, "deadweight", i.getDeadweight());
      putIfSet(item, "attribution", i.getAttribution());
      putIfSet(item, "displacement", i.getDisplacement());
      putIfSet(item, "dropOff", i.getDropOff());
      items.add(item);
    }
    body.put("items", items);
    return ops.send(
        HttpRequest.post(ops.url("valuations").build(), ops.toJson(body), true)
            .options(requestOptions),
        Valuation.class);
  }

  /**
   * Returns a recorded valuation exactly as it was first returned.
   *
   * @param id the valuation id
   * @return the valuation
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such valuation is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Valuation getValuation(String id) {
    return getValuationWithResponse(id, null).getValue();
  }

  /**
   * Returns a recorded valuation with the HTTP details.
   *
   * @param id the valuation id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such valuation is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Valuation> getValuationWithResponse(String id, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url("valuations", Operations.pathSegment(id, "id")).build())
            .options(requestOptions),
        Valuation.class);
  }

  private static void putIfSet(Map<String, Object> body, String name, BigDecimal value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
