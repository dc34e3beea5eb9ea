package uk.svkit.api.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the HTTP headers the platform's mechanisms send and honour, once as shared components,
 * and attaches them where they apply: {@code Idempotency-Key} and {@code Idempotent-Replayed} on
 * operations marked {@value #IDEMPOTENT_EXTENSION} (every {@code @Idempotent} method carries the
 * mark; a unit test keeps the two in step), {@code ETag} where a versioned resource is returned,
 * {@code Location} on every 201, {@code X-Request-Id} on every response and {@code Retry-After} on
 * the 429 of the rate limiter.
 */
final class HttpConventions {
  /** Extension marking an operation that honours {@code Idempotency-Key}. */
  static final String IDEMPOTENT_EXTENSION = "x-svkit-idempotent";

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String IF_MATCH = "If-Match";
  private static final String ETAG = "ETag";
  private static final String LOCATION = "Location";
  private static final String REPLAYED = "Idempotent-Replayed";
  private static final String REQUEST_ID = "X-Request-Id";
  private static final String RETRY_AFTER = "Retry-After";
  private static final String PARAMETERS = "#/components/parameters/";
  private static final String HEADERS = "#/components/headers/";

  private HttpConventions() {}

  static void declareComponents(Components components) {
    Schema key =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.STRING)
            .minLength(1)
            .maxLength(255)
            .pattern("^[\\x21-\\x7E]+$");
    components.addParameter(
        "IdempotencyKey",
        OASFactory.createParameter()
            .name(IDEMPOTENCY_KEY)
            .in(Parameter.In.HEADER)
            .required(false)
            .description(
                "A key of your choosing (1 to 255 visible ASCII characters) that makes a retry safe:"
                    + " the same key with the same request replays the first answer (marked"
                    + " Idempotent-Replayed: true) instead of creating a duplicate; with a different"
                    + " request it is 422 idempotency-key-reused, and while the first is running 409."
                    + " Keys are scoped to your organisation and remembered for svkit.idempotency.ttl.")
            .schema(key));
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    components.addHeader(
        ETAG,
        OASFactory.createHeader()
            .description(
                "The resource's version as a strong entity tag; send it back in If-Match to change"
                    + " the resource")
            .schema(string));
    components.addHeader(
        LOCATION,
        OASFactory.createHeader()
            .description("The URL of the created resource")
            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
    components.addHeader(
        REPLAYED,
        OASFactory.createHeader()
            .description(
                "true when this is the stored answer to an earlier request with the same"
                    + " Idempotency-Key")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .addEnumeration("true")));
    components.addHeader(
        REQUEST_ID,
        OASFactory.createHeader()
            .description(
                "The request's id (a well-formed X-Request-Id sent by the client is echoed); problem"
                    + " details carry it as instance")
            .schema(string));
    components.addHeader(
        RETRY_AFTER,
        OASFactory.createHeader()
            .description("Seconds to wait before the request budget allows another request")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER)
                    .minimum(java.math.BigDecimal.ZERO)));
  }

  /** The names of the response schemas that carry a version, read from If-Match operations. */
  static Set<String> versionedSchemas(OpenAPI openAPI) {
    Set<String> names = new java.util.HashSet<>();
    forEachOperation(
        openAPI,
        (method, path, operation) -> {
          if (hasHeaderParameter(operation, IF_MATCH) && operation.getResponses() != null) {
            for (Map.Entry<String, APIResponse> response :
                operation.getResponses().getAPIResponses().entrySet()) {
              if (response.getKey().startsWith("2")) {
                String ref = jsonRef(response.getValue());
                if (ref != null) {
                  names.add(ref);
                }
              }
            }
          }
        });
    return names;
  }

  /** Adds the request parameters and response headers the platform applies to this operation. */
  static void attach(Operation operation, Set<String> versionedSchemas) {
    boolean idempotent =
        operation.getExtensions() != null
            && operation.getExtensions().containsKey(IDEMPOTENT_EXTENSION);
    if (idempotent && !hasHeaderParameter(operation, IDEMPOTENCY_KEY)) {
      operation.addParameter(OASFactory.createParameter().ref(PARAMETERS + "IdempotencyKey"));
    }
    boolean ifMatch = hasHeaderParameter(operation, IF_MATCH);
    for (Map.Entry<String, APIResponse> entry :
        operation.getResponses().getAPIResponses().entrySet()) {
      String status = entry.getKey();
      APIResponse response = entry.getValue();
      header(response, REQUEST_ID);
      if (status.startsWith("2")) {
        if (status.equals("201")) {
          header(response, LOCATION);
        }
        String ref = jsonRef(response);
        if (ifMatch || (ref != null && versionedSchemas.contains(ref))) {
          header(response, ETAG);
        }
        if (idempotent) {
          header(response, REPLAYED);
        }
      }
      if (status.equals("429")) {
        header(response, RETRY_AFTER);
      }
    }
  }

  static boolean hasHeaderParameter(Operation operation, String name) {
    if (operation.getParameters() == null) {
      return false;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName())) {
        return true;
      }
      if (name.equals(IDEMPOTENCY_KEY)
          && (PARAMETERS + "IdempotencyKey").equals(parameter.getRef())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts JSON first where an operation takes or returns several media types: generators build their
   * typed methods from the first one.
   */
  static void jsonFirst(Content content) {
    if (content == null || content.getMediaTypes() == null || content.getMediaTypes().size() < 2) {
      return;
    }
    Map<String, MediaType> ordered = new LinkedHashMap<>();
    List<String> others = new ArrayList<>();
    for (Map.Entry<String, MediaType> entry : content.getMediaTypes().entrySet()) {
      if (entry.getKey().contains("json")) {
        ordered.put(entry.getKey(), entry.getValue());
      } else {
        others.add(entry.getKey());
      }
    }
    for (String other : others) {
      ordered.put(other, content.getMediaTypes().get(other));
    }
    content.setMediaTypes(ordered);
  }

  /**
   * A text download (CSV) is a file to a client, not JSON text to parse: {@code format: binary}
   * makes generators hand it over as bytes or a file.
   */
  static void textDownloads(APIResponse response) {
    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
      return;
    }
    for (Map.Entry<String, MediaType> entry : response.getContent().getMediaTypes().entrySet()) {
      Schema schema = entry.getValue().getSchema();
      if (entry.getKey().startsWith("text/")
          && schema != null
          && schema.getRef() == null
          && schema.getType() != null
          && schema.getType().contains(Schema.SchemaType.STRING)) {
        schema.setFormat("binary");
      }
    }
  }

  private static void header(APIResponse response, String name) {
    if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
      return;
    }
    Header header = OASFactory.createHeader().ref(HEADERS + name);
    response.addHeader(name, header);
  }

  private static String jsonRef(APIResponse response) {
    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> entry : response.getContent().getMediaTypes().entrySet()) {
      if (entry.getKey().contains("json") && entry.getValue().getSchema() != null) {
        return entry.getValue().getSchema().getRef();
      }
    }
    return null;
  }

  interface OperationVisitor {
    void visit(PathItem.HttpMethod method, String path, Operation operation);
  }

  static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        visitor.visit(entry.getKey(), path.getKey(), entry.getValue());
      }
    }
  }
}
