package uk.svkit.sdk;

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
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.Framework;
import uk.svkit.sdk.models.FrameworkEdition;
import uk.svkit.sdk.models.ImportFrameworkEditionOptions;

/**
 * The framework library: social value frameworks, their editions, and each edition's tree of
 * elements and measures. The frameworks shipped with svkit are visible to every caller; buyers can
 * import editions of their own frameworks, which only their organisation sees. No edition can be
 * changed once shipped or imported. Obtain from {@link SvkitClient#frameworks()}; thread-safe.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 */
public final class FrameworksClient {

  private final Operations ops;

  FrameworksClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Lists all frameworks with their editions (without the editions' trees).
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Framework> listFrameworks() {
    return listFrameworks(null);
  }

  /**
   * Lists all frameworks with their editions, with per-call options applied to every page.
   *
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Framework> listFrameworks(RequestOptions requestOptions) {
    return ops.list(ops.url("frameworks").build(), Framework.class, requestOptions);
  }

  /**
   * Returns one edition of a framework with its full tree of elements and measures.
   *
   * @param frameworkCode the framework code, such as {@code PPN0620}
   * @param edition the edition, such as {@code 2020-12}
   * @return the edition
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws NotFoundException if there is no such framework or edition
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public FrameworkEdition getFrameworkEdition(String frameworkCode, String edition) {
    return getFrameworkEditionWithResponse(frameworkCode, edition, null).getValue();
  }

  /**
   * Returns one edition of a framework with the HTTP details.
   *
   * @param frameworkCode the framework code, such as {@code PPN0620}
   * @param edition the edition, such as {@code 2020-12}
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code frameworkCode} or {@code edition} is {@code null}
   * @throws IllegalArgumentException if {@code frameworkCode} or {@code edition} is blank
   * @throws NotFoundException if there is no such framework or edition
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<FrameworkEdition> getFrameworkEditionWithResponse(
      String frameworkCode, String edition, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url(
                        "frameworks",
                        Operations.pathSegment(frameworkCode, "frameworkCode"),
                        "editions",
                        Operations.pathSegment(edition, "edition"))
                    .build())
            .options(requestOptions),
        FrameworkEdition.class);
  }

  /**
   * Imports and publishes an edition of one of your organisation's frameworks, creating the
   * framework when its code is new. A random {@code Idempotency-Key} is sent, so the call is
   * retried safely after transient failures.
   *
   * @param options the edition and its tree
   * @return the published edition with its tree
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the input is invalid; {@link ValidationException#getErrors()}
   *     names each problem, such as {@code elements[3].parentCode} for a parent that does not exist
   *     or a cycle
   * @throws ConflictException if the edition exists already, the framework is shipped with svkit,
   *     or its code is used by another organisation
   * @throws BusinessRuleException if the caller acts for no organisation
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public FrameworkEdition importFrameworkEdition(ImportFrameworkEditionOptions options) {
    return importFrameworkEditionWithResponse(options, null).getValue();
  }

  /**
   * Imports and publishes an edition with per-call options, such as your own idempotency key; see
   * {@link #importFrameworkEdition(ImportFrameworkEditionOptions)}.
   *
   * @param options the edition and its tree
   * @param requestOptions per-call options, or {@code null}
   * @return the published edition with its tree
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the input is invalid
   * @throws ConflictException if the edition exists already or the framework is not yours
   * @throws BusinessRuleException if the caller acts for no organisation, or the idempotency key
   *     was used before with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public FrameworkEdition importFrameworkEdition(
      ImportFrameworkEditionOptions options, RequestOptions requestOptions) {
    return importFrameworkEditionWithResponse(options, requestOptions).getValue();
  }

  /**
   * Imports and publishes an edition and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the edition and its tree
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the input is invalid
   * @throws ConflictException if the edition exists already or the framework is not yours
   * @throws BusinessRuleException if the caller acts for no organisation, or the idempotency key
   *     was used before with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Response<FrameworkEdition> importFrameworkEditionWithResponse(
      ImportFrameworkEditionOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("frameworkCode", options.getFrameworkCode());
    body.put("frameworkName", options.getFrameworkName());
    putIfPresent(body, "publisher", options.getPublisher());
    putIfPresent(body, "description", options.getDescription());
    putIfPresent(body, "licenceNote", options.getLicenceNote());
    body.put("edition", options.getEdition());
    if (options.getValidFrom() != null) {
      body.put("validFrom", options.getValidFrom().toString());
    }
    body.put("source", options.getSource());
    List<Map<String, Object>> elements = new ArrayList<>();
    for (ImportFrameworkEditionOptions.ElementInput e : options.getElements()) {
      Map<String, Object> element = new LinkedHashMap<>();
      element.put("code", e.getCode());
      element.put("kind", e.getKind().toString());
      element.put("title", e.getTitle());
      putIfPresent(element, "parentCode", e.getParentCode());
      elements.add(element);
    }
    body.put("elements", elements);
    List<Map<String, Object>> measures = new ArrayList<>();
    for (ImportFrameworkEditionOptions.MeasureInput m : options.getMeasures()) {
      Map<String, Object> measure = new LinkedHashMap<>();
      measure.put("code", m.getCode());
      measure.put("title", m.getTitle());
      measure.put("unitType", m.getUnitType().toString());
      measure.put("unitLabel", m.getUnitLabel());
      measure.put("monetised", m.isMonetised());
      putIfPresent(measure, "elementCode", m.getElementCode());
      measures.add(measure);
    }
    body.put("measures", measures);
    return ops.send(
        HttpRequest.post(ops.url("frameworks", "editions").build(), ops.toJson(body), true)
            .options(requestOptions),
        FrameworkEdition.class);
  }

  /**
   * Imports and publishes an edition from CSV, as kept in a spreadsheet: one row per element or
   * measure, with columns {@code frameworkCode, frameworkName, edition, source, type} ({@code
   * element} or {@code measure}), {@code code, title, kind, parentCode, unitType, unitLabel,
   * monetised} and optionally {@code publisher, description, licenceNote, validFrom}; the edition's
   * details are repeated on every row, and a measure's {@code parentCode} names its element.
   * Nothing is imported unless the whole file is valid; problems are reported by line.
   *
   * @param csv the file's text
   * @return the published edition with its tree
   * @throws NullPointerException if {@code csv} is {@code null}
   * @throws BusinessRuleException with one field error per problem, named {@code line N.column}
   * @throws ValidationException if the file cannot be read as CSV
   * @throws ConflictException if the edition exists already or the framework is not yours
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public FrameworkEdition importFrameworkEditionFromCsv(String csv) {
    return importFrameworkEditionFromCsvWithResponse(csv, null).getValue();
  }

  /**
   * Imports and publishes an edition from CSV, with per-call options; see {@link
   * #importFrameworkEditionFromCsv(String)}.
   *
   * @param csv the file's text
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code csv} is {@code null}
   * @throws BusinessRuleException with one field error per problem, named {@code line N.column}
   * @throws ValidationException if the file cannot be read as CSV
   * @throws ConflictException if the edition exists already or the framework is not yours
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @since 0.1.0
   */
  public Response<FrameworkEdition> importFrameworkEditionFromCsvWithResponse(
      String csv, RequestOptions requestOptions) {
    Objects.requireNonNull(csv, "csv");
    return ops.send(
        HttpRequest.post(ops.url("frameworks", "editions").build(), csv, true)
            .bodyType("text/csv")
            .options(requestOptions),
        FrameworkEdition.class);
  }

  private static void putIfPresent(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
