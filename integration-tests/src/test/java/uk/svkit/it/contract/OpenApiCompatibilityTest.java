package uk.svkit.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiCompatibilityTest {
  private static final String BASE =
      """
      {"paths": {
        "/api/v1/things": {
          "get": {"parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                  "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
          "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}},
                   "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}
        }},
       "components": {"schemas": {
        "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}},
        "NewThing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
                     "colour": {"type": "string", "enum": ["RED", "BLUE"]}}}}}}
      """;

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static List<String> breaks(String current) {
    return OpenApiCompatibility.breakingChanges(json(BASE), json(current));
  }

  @Test
  void identicalDocumentsAreCompatible() {
    assertEquals(List.of(), breaks(BASE));
  }

  @Test
  void addingOptionalInputsAndResponseFieldsIsCompatible() {
    String current =
        BASE.replace(
                "\"size\": {\"type\": \"integer\"}",
                "\"size\": {\"type\": \"integer\"}, \"extra\": {\"type\": \"string\"}")
            .replace("\"enum\": [\"RED\", \"BLUE\"]", "\"enum\": [\"RED\", \"BLUE\", \"GREEN\"]")
            .replace(
                "[{\"name\": \"limit\"",
                "[{\"name\": \"q\", \"in\": \"query\"}, {\"name\": \"limit\"");
    assertEquals(List.of(), breaks(current));
  }

  @Test
  void removedOperationIsBreaking() {
    String current = BASE.replace("\"post\":", "\"x-retired-post\":");
    assertTrue(
        breaks(current).stream().anyMatch(b -> b.startsWith("operation removed: POST")),
        breaks(current).toString());
  }

  @Test
  void removedResponseFieldIsBreaking() {
    List<String> found = breaks(BASE.replace(", \"size\": {\"type\": \"integer\"}", ""));
    assertTrue(found.stream().anyMatch(b -> b.contains("property size removed")), found.toString());
  }

  @Test
  void changedTypeIsBreaking() {
    List<String> found =
        breaks(
            BASE.replace("\"size\": {\"type\": \"integer\"}", "\"size\": {\"type\": \"string\"}"));
    assertTrue(found.stream().anyMatch(b -> b.contains("type changed")), found.toString());
  }

  @Test
  void newRequiredInputIsBreaking() {
    List<String> property =
        breaks(BASE.replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"colour\"]"));
    List<String> parameter =
        breaks(
            BASE.replace(
                "{\"name\": \"limit\", \"in\": \"query\",",
                "{\"name\": \"limit\", \"in\": \"query\", \"required\": true,"));
    assertTrue(
        property.stream().anyMatch(b -> b.contains("colour is newly required")),
        property.toString());
    assertTrue(
        parameter.stream().anyMatch(b -> b.contains("became required")), parameter.toString());
  }

  @Test
  void recursiveSchemasTerminate() {
    String recursive =
        BASE.replace(
            "\"size\": {\"type\": \"integer\"}",
            "\"size\": {\"type\": \"integer\"}, \"children\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Thing\"}}");
    assertEquals(List.of(), OpenApiCompatibility.breakingChanges(json(recursive), json(recursive)));
    List<String> found =
        OpenApiCompatibility.breakingChanges(
            json(recursive), json(recursive.replace(", \"size\": {\"type\": \"integer\"}", "")));
    assertTrue(found.stream().anyMatch(b -> b.contains("property size removed")), found.toString());
  }

  @Test
  void narrowedInputValuesAreBreaking() {
    List<String> found =
        breaks(BASE.replace("\"enum\": [\"RED\", \"BLUE\"]", "\"enum\": [\"RED\"]"));
    assertTrue(found.stream().anyMatch(b -> b.contains("narrowed")), found.toString());
  }
}
