package uk.svkit.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;

/**
 * The published contract: the running server's OpenAPI document is exported to
 * target/openapi/svkit-v1.json and compared with the committed baseline api/openapi/svkit-v1.json.
 * A breaking change fails the build. After a compatible change, or a deliberate break in a new
 * major version, accept the new contract with {@code ./mvnw verify -Dsvkit.openapi.accept=true} and
 * commit the baseline.
 */
class OpenApiContractIT extends SvkitServer {
  @Test
  void publishedContractHasNoBreakingChangeAgainstTheBaseline() throws Exception {
    Http.Reply reply = server().get("/openapi").header("Accept", "application/json").send();
    assertEquals(200, reply.status());
    // The server URL depends on where the server runs, so it is not part of the contract.
    JsonObject current =
        Json.createObjectBuilder(Json.createReader(new StringReader(reply.body())).readObject())
            .remove("servers")
            .build();
    String pretty = pretty(current);
    Path exported =
        Path.of(System.getProperty("svkit.openapi.export", "target/openapi/svkit-v1.json"));
    Files.createDirectories(exported.getParent());
    Files.writeString(exported, pretty);

    Path baseline =
        Path.of(System.getProperty("svkit.openapi.baseline", "../api/openapi/svkit-v1.json"));
    if (Boolean.getBoolean("svkit.openapi.accept")) {
      Files.createDirectories(baseline.getParent());
      Files.writeString(baseline, pretty);
    }
    assertTrue(
        Files.exists(baseline),
        "No baseline at " + baseline + "; run with -Dsvkit.openapi.accept=true and commit it.");
    JsonObject accepted =
        Json.createReader(new StringReader(Files.readString(baseline))).readObject();

    List<String> breaks = OpenApiCompatibility.breakingChanges(accepted, current);

    assertEquals(
        List.of(),
        breaks,
        "Breaking changes to /api/v1 (see "
            + exported
            + "). Restore compatibility, or for a deliberate new major"
            + " version accept with -Dsvkit.openapi.accept=true.");
  }

  /**
   * What generators and validators rely on: unique operationIds, the SPDX licence, decimal limits
   * clients enforce (no {@code pattern} on a number), no {@code type} beside {@code $ref}, and the
   * platform's headers and statuses declared from shared components where the server uses them.
   */
  @Test
  void documentDeclaresTheHeadersAndStatusesTheServerUses() {
    JsonObject doc =
        Json.createReader(
                new StringReader(
                    server().get("/openapi").header("Accept", "application/json").send().body()))
            .readObject();
    assertEquals(
        "Apache-2.0", doc.getJsonObject("info").getJsonObject("license").getString("identifier"));
    JsonObject components = doc.getJsonObject("components");
    for (String header :
        List.of("ETag", "Location", "Idempotent-Replayed", "X-Request-Id", "Retry-After")) {
      assertTrue(components.getJsonObject("headers").containsKey(header), header);
    }
    assertTrue(components.getJsonObject("parameters").containsKey("IdempotencyKey"));

    java.util.Set<String> operationIds = new java.util.HashSet<>();
    List<String> problems = new java.util.ArrayList<>();
    int idempotent = 0;
    int ifMatch = 0;
    for (var path : doc.getJsonObject("paths").entrySet()) {
      for (var method : path.getValue().asJsonObject().entrySet()) {
        JsonObject op = method.getValue().asJsonObject();
        String where = method.getKey() + " " + path.getKey();
        if (!operationIds.add(op.getString("operationId"))) {
          problems.add("duplicate operationId " + op.getString("operationId"));
        }
        String parameters = String.valueOf(op.get("parameters"));
        JsonObject responses = op.getJsonObject("responses");
        if (op.containsKey("x-svkit-idempotent")) {
          idempotent++;
          if (!parameters.contains("#/components/parameters/IdempotencyKey")) {
            problems.add(where + ": no Idempotency-Key");
          }
          for (String status : responses.keySet()) {
            if (status.startsWith("2")
                && !responses
                    .getJsonObject(status)
                    .getJsonObject("headers")
                    .containsKey("Idempotent-Replayed")) {
              problems.add(where + " " + status + ": no Idempotent-Replayed");
            }
          }
        }
        if (parameters.contains("\"If-Match\"")) {
          ifMatch++;
          if (!responses.containsKey("412") || !responses.containsKey("428")) {
            problems.add(where + ": If-Match without 412 and 428");
          }
          for (String status : responses.keySet()) {
            if (status.startsWith("2")
                && !responses.getJsonObject(status).getJsonObject("headers").containsKey("ETag")) {
              problems.add(where + " " + status + ": no ETag");
            }
          }
        }
        if (responses.containsKey("201")
            && !responses.getJsonObject("201").getJsonObject("headers").containsKey("Location")) {
          problems.add(where + " 201: no Location");
        }
        if (!responses.getJsonObject("429").getJsonObject("headers").containsKey("Retry-After")) {
          problems.add(where + " 429: no Retry-After");
        }
        for (String status : responses.keySet()) {
          if (!responses
              .getJsonObject(status)
              .getJsonObject("headers")
              .containsKey("X-Request-Id")) {
            problems.add(where + " " + status + ": no X-Request-Id");
          }
        }
      }
    }
    schemaProblems(doc, "", problems);
    assertEquals(List.of(), problems);
    assertTrue(idempotent >= 20, "idempotent operations: " + idempotent);
    assertTrue(ifMatch >= 24, "If-Match operations: " + ifMatch);
  }

  private static void schemaProblems(
      jakarta.json.JsonValue value, String at, List<String> problems) {
    if (value instanceof JsonObject object) {
      if (object.containsKey("$ref") && object.containsKey("type")) {
        problems.add(at + ": type beside $ref");
      }
      if (String.valueOf(object.get("type")).contains("number") && object.containsKey("pattern")) {
        problems.add(at + ": pattern on a number");
      }
      for (var entry : object.entrySet()) {
        schemaProblems(entry.getValue(), at + "/" + entry.getKey(), problems);
      }
    } else if (value instanceof jakarta.json.JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        schemaProblems(array.get(i), at + "/" + i, problems);
      }
    }
  }

  private static String pretty(JsonObject document) {
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    StringWriter out = new StringWriter();
    factory.createWriter(out).writeObject(document);
    return out.toString().strip() + "\n";
  }
}
