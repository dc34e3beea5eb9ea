package uk.svkit.it.directory;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The published Open Referral UK 3.0 schemas (copied into test resources with their licence). The
 * table schemas refer to each other by relative file name, so they are loaded from the classpath
 * where those names resolve. Formats (uuid, uri, date-time, email) are asserted, not just
 * annotated: ORUK consumers rely on them.
 */
final class OrukSchema {
  private static final String BASE = "classpath:standards/open-referral-uk/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          registry ->
              registry.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final ConcurrentMap<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private OrukSchema() {}

  /** Problems of {@code json} against a table schema, e.g. {@code service}; empty when valid. */
  static List<String> validate(String table, String json) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            table, t -> REGISTRY.getSchema(SchemaLocation.of(BASE + t + ".json")));
    return messages(schema.validate(json, InputFormat.JSON));
  }

  /** Problems of a page envelope against the {@code Page} schema of ORUK's OpenAPI document. */
  static List<String> validatePage(String json) throws IOException {
    JsonObject page;
    try (InputStream in =
            OrukSchema.class.getResourceAsStream(
                "/standards/open-referral-uk/schema/openapi.json");
        JsonReader reader = Json.createReader(in)) {
      page =
          reader
              .readObject()
              .getJsonObject("components")
              .getJsonObject("schemas")
              .getJsonObject("Page");
    }
    return messages(
        REGISTRY.getSchema(page.toString(), InputFormat.JSON).validate(json, InputFormat.JSON));
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
