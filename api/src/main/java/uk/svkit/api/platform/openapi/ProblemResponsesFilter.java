package uk.svkit.api.platform.openapi;

import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import uk.svkit.api.platform.problem.Problem;

/**
 * Documents, on every operation, the problem responses the platform's shared mechanisms can produce
 * there, so resources declare only their own success responses. Registered through {@code
 * mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  /** Extension marking an operation that needs no token (see {@code PublicAccess}). */
  public static final String PUBLIC_EXTENSION = "x-svkit-public";

  @Override
  public Schema filterSchema(Schema schema) {
    return SchemaTidying.tidy(schema);
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ensureProblemSchema(openAPI);
    HttpConventions.declareComponents(openAPI.getComponents());
    if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
      // The SPDX id lets tools (and openapi-generator's validation) recognise the licence.
      openAPI.getInfo().getLicense().setIdentifier(openAPI.getInfo().getLicense().getName());
    }
    Set<String> versioned = HttpConventions.versionedSchemas(openAPI);
    HttpConventions.forEachOperation(
        openAPI,
        (method, path, operation) -> {
          document(method, operation, path.contains("{"));
          HttpConventions.attach(operation, versioned);
          if (operation.getRequestBody() != null) {
            HttpConventions.jsonFirst(operation.getRequestBody().getContent());
          }
          for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            HttpConventions.jsonFirst(response.getContent());
            HttpConventions.textDownloads(response);
          }
        });
  }

  private static void ensureProblemSchema(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    if (openAPI.getComponents().getSchemas() != null
        && openAPI.getComponents().getSchemas().containsKey("Problem")) {
      return;
    }
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", string)
            .addProperty("message", string);
    openAPI
        .getComponents()
        .addSchema(
            "Problem",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string)
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty(
                    "errors",
                    OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
  }

  private static void document(
      PathItem.HttpMethod method, Operation operation, boolean hasPathParameter) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    add(responses, "400", "Invalid input (validation-failed, malformed-request, invalid-cursor)");
    boolean isPublic =
        operation.getExtensions() != null
            && operation.getExtensions().containsKey(PUBLIC_EXTENSION);
    if (isPublic) {
      operation.setSecurity(new java.util.ArrayList<>());
    }
    if (!isPublic) {
      add(responses, "401", "Missing, invalid or expired bearer token");
      add(responses, "403", "The caller's role or organisation may not do this");
    }
    if (hasPathParameter) {
      add(responses, "404", "No such resource visible to the caller");
    }
    if (method == PathItem.HttpMethod.POST
        || method == PathItem.HttpMethod.PUT
        || method == PathItem.HttpMethod.PATCH) {
      add(responses, "413", "Request body larger than the configured limit");
      add(responses, "415", "Body is not application/json");
      add(
          responses,
          "422",
          "A business rule rejected the request, or an Idempotency-Key was reused");
    }
    if (method == PathItem.HttpMethod.POST) {
      add(
          responses,
          "409",
          "Conflicts with existing data, or the same Idempotency-Key is in progress");
    }
    if (method == PathItem.HttpMethod.PUT
        || method == PathItem.HttpMethod.PATCH
        || method == PathItem.HttpMethod.DELETE) {
      add(responses, "409", "Conflicts with existing data");
    }
    if (HttpConventions.hasHeaderParameter(operation, HttpConventions.IF_MATCH)) {
      add(responses, "412", "If-Match does not name the current version");
      add(responses, "428", "If-Match is missing");
    }
    add(responses, "429", "Too many requests: the caller's request budget is spent");
    add(responses, "500", "Unexpected server error");
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    Content content =
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
    responses.addAPIResponse(status, response);
  }
}
