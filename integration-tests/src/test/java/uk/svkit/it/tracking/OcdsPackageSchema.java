package uk.svkit.it.tracking;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/**
 * The OCDS 1.1.5 release-package and record-package schemas, with the release schema they refer to
 * extended by the metrics, sustainability and UK extensions (each extension's release-schema.json
 * applied as a JSON Merge Patch, as OCDS builds extended schemas). The package schemas refer to the
 * release schema by its published URL; here that reference points at the extended release schema,
 * placed in the package schema's definitions, so no schema is fetched over the network.
 */
final class OcdsPackageSchema {
  private static final String RELEASE_URL =
      "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

  private OcdsPackageSchema() {}

  static List<Error> validateReleasePackage(String json) throws IOException {
    return compile("release-package-schema.json").validate(json, InputFormat.JSON);
  }

  static List<Error> validateRecordPackage(String json) throws IOException {
    return compile("record-package-schema.json").validate(json, InputFormat.JSON);
  }

  private static Schema compile(String packageSchema) throws IOException {
    JsonObject release = (JsonObject) read("ocds/release-schema.json");
    for (String extension :
        List.of(
            "ocds-metrics/release-schema.json",
            "ocds-sustainability/release-schema.json",
            "ocds-uk/release-schema.json")) {
      release = (JsonObject) Json.createMergePatch(read(extension)).apply(release);
    }
    JsonObject releaseBody =
        Json.createObjectBuilder(release)
            .remove("id")
            .remove("$schema")
            .remove("definitions")
            .build();
    JsonObject pkg = (JsonObject) read("ocds/" + packageSchema);
    String text = write(pkg).replace("\"" + RELEASE_URL + "\"", "\"#/definitions/Release\"");
    JsonObject patched = parse(text);
    var definitions = Json.createObjectBuilder(release.getJsonObject("definitions"));
    if (patched.containsKey("definitions")) {
      patched.getJsonObject("definitions").forEach(definitions::add);
    }
    definitions.add("Release", releaseBody);
    JsonObject combined =
        Json.createObjectBuilder(patched).remove("id").add("definitions", definitions).build();
    // svkit embeds whole releases and publishes no versioned release, whose schema is not vendored.
    var withoutVersioned = Json.createObjectBuilder();
    combined
        .getJsonObject("definitions")
        .forEach(
            (name, definition) -> {
              JsonObject d = (JsonObject) definition;
              if (d.containsKey("properties")
                  && d.getJsonObject("properties").containsKey("versionedRelease")) {
                d =
                    Json.createObjectBuilder(d)
                        .add(
                            "properties",
                            Json.createObjectBuilder(d.getJsonObject("properties"))
                                .remove("versionedRelease"))
                        .build();
              }
              withoutVersioned.add(name, d);
            });
    combined = Json.createObjectBuilder(combined).add("definitions", withoutVersioned).build();
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
            .build();
    return SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4, registry -> registry.schemaRegistryConfig(config))
        .getSchema(write(combined), InputFormat.JSON);
  }

  private static JsonValue read(String path) throws IOException {
    try (java.io.InputStream in =
            OcdsPackageSchema.class.getResourceAsStream("/standards/" + path);
        JsonReader reader = Json.createReader(in)) {
      return reader.readValue();
    }
  }

  private static JsonObject parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static String write(JsonObject object) {
    StringWriter text = new StringWriter();
    Json.createWriter(text).write(object);
    return text.toString();
  }
}
