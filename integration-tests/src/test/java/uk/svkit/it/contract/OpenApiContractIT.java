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

  private static String pretty(JsonObject document) {
    JsonWriterFactory factory =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    StringWriter out = new StringWriter();
    factory.createWriter(out).writeObject(document);
    return out.toString().strip() + "\n";
  }
}
