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
import java.io.StringWriter;
import java.util.List;

/**
 * The OCDS 1.1 release schema with the metrics and sustainability extensions applied, built the way
 * OCDS builds extended schemas: each extension's release-schema.json is a JSON Merge Patch (RFC
 * 7386) on the core schema. The files are the published ones, copied into test resources.
 */
final class OcdsSchema {
  private OcdsSchema() {}

  static List<Error> validate(String release) throws IOException {
    return validate(release, List.of("ocds-metrics", "ocds-sustainability"));
  }

  /**
   * Validates against the core schema with the metrics, performance failures and UK extensions: the
   * Procurement Act notices.
   */
  static List<Error> validateUk(String release) throws IOException {
    return validate(release, List.of("ocds-metrics", "ocds-performance-failures", "ocds-uk"));
  }

  private static List<Error> validate(String release, List<String> extensions) throws IOException {
    JsonValue schema = read("ocds");
    for (String extension : extensions) {
      schema = Json.createMergePatch(read(extension)).apply(schema);
    }
    StringWriter text = new StringWriter();
    Json.createWriter(text).write((JsonObject) schema);
    // OCDS patterns are ECMA-262 regular expressions, which java.util.regex cannot always read.
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
            .build();
    Schema compiled =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4, registry -> registry.schemaRegistryConfig(config))
            .getSchema(text.toString(), InputFormat.JSON);
    return compiled.validate(release, InputFormat.JSON);
  }

  private static JsonValue read(String standard) throws IOException {
    try (java.io.InputStream in =
            OcdsSchema.class.getResourceAsStream(
                "/standards/" + standard + "/release-schema.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readValue();
    }
  }
}
