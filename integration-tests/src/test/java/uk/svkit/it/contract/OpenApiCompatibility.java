package uk.svkit.it.contract;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the changes between two OpenAPI documents that would break an existing client of {@code
 * /api/v1}: a removed path or operation, a removed response property, a property or parameter whose
 * type changed, a removed enum value on input, and a new required input (a new required parameter
 * or request property, or an optional one made required). Additions of optional inputs and of
 * response properties are compatible (clients are tolerant readers).
 */
public final class OpenApiCompatibility {
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

  private final JsonObject baseline;
  private final JsonObject current;
  private final List<String> breaks = new ArrayList<>();

  private OpenApiCompatibility(JsonObject baseline, JsonObject current) {
    this.baseline = baseline;
    this.current = current;
  }

  /**
   * Every breaking change, described for a human; empty when the current document is compatible.
   */
  public static List<String> breakingChanges(JsonObject baseline, JsonObject current) {
    OpenApiCompatibility check = new OpenApiCompatibility(baseline, current);
    check.comparePaths();
    return List.copyOf(check.breaks);
  }

  private void comparePaths() {
    JsonObject oldPaths = objectOrEmpty(baseline, "paths");
    JsonObject newPaths = objectOrEmpty(current, "paths");
    for (Map.Entry<String, JsonValue> path : oldPaths.entrySet()) {
      if (!newPaths.containsKey(path.getKey())) {
        breaks.add("path removed: " + path.getKey());
        continue;
      }
      JsonObject oldItem = path.getValue().asJsonObject();
      JsonObject newItem = newPaths.getJsonObject(path.getKey());
      for (String method : METHODS) {
        if (!oldItem.containsKey(method)) {
          continue;
        }
        String where = method.toUpperCase() + " " + path.getKey();
        if (!newItem.containsKey(method)) {
          breaks.add("operation removed: " + where);
          continue;
        }
        compareOperation(where, oldItem.getJsonObject(method), newItem.getJsonObject(method));
      }
    }
  }

  private void compareOperation(String where, JsonObject oldOp, JsonObject newOp) {
    compareParameters(where, parameters(oldOp), parameters(newOp));
    JsonObject oldBody = requestSchema(oldOp);
    JsonObject newBody = requestSchema(newOp);
    if (newBody != null) {
      compareInput(
          where + " request body",
          oldBody == null ? null : resolve(baseline, oldBody),
          resolve(current, newBody),
          refs(Set.of(), newBody));
    }
    JsonObject oldResponses = objectOrEmpty(oldOp, "responses");
    JsonObject newResponses = objectOrEmpty(newOp, "responses");
    for (String status : oldResponses.keySet()) {
      if (!status.startsWith("2")) {
        continue;
      }
      if (!newResponses.containsKey(status)) {
        breaks.add(where + ": success response " + status + " removed");
        continue;
      }
      JsonObject oldSchema = contentSchema(oldResponses.getJsonObject(status));
      JsonObject newSchema = contentSchema(newResponses.getJsonObject(status));
      if (oldSchema != null) {
        if (newSchema == null) {
          breaks.add(where + ": response " + status + " no longer has a body");
        } else {
          compareOutput(
              where + " response " + status,
              resolve(baseline, oldSchema),
              resolve(current, newSchema),
              refs(Set.of(), newSchema));
        }
      }
    }
  }

  private void compareParameters(
      String where, Map<String, JsonObject> oldParams, Map<String, JsonObject> newParams) {
    for (Map.Entry<String, JsonObject> entry : newParams.entrySet()) {
      JsonObject newParam = entry.getValue();
      JsonObject oldParam = oldParams.get(entry.getKey());
      boolean required = newParam.getBoolean("required", false);
      if (oldParam == null) {
        if (required) {
          breaks.add(where + ": new required parameter " + entry.getKey());
        }
        continue;
      }
      if (required && !oldParam.getBoolean("required", false)) {
        breaks.add(where + ": parameter " + entry.getKey() + " became required");
      }
      compareTypes(
          where + " parameter " + entry.getKey(),
          schemaOf(baseline, oldParam),
          schemaOf(current, newParam));
    }
  }

  /** Request bodies: clients send what they sent before; nothing new may be demanded of them. */
  private void compareInput(
      String where, JsonObject oldSchema, JsonObject newSchema, Set<String> refsOnPath) {
    Set<String> oldRequired =
        strings(oldSchema == null ? null : oldSchema.getJsonArray("required"));
    for (String required : strings(newSchema.getJsonArray("required"))) {
      if (oldSchema == null || !oldRequired.contains(required)) {
        breaks.add(where + ": property " + required + " is newly required");
      }
    }
    if (oldSchema == null) {
      return;
    }
    compareTypes(where, oldSchema, newSchema);
    JsonObject oldProperties = objectOrEmpty(oldSchema, "properties");
    JsonObject newProperties = objectOrEmpty(newSchema, "properties");
    for (String name : oldProperties.keySet()) {
      if (!newProperties.containsKey(name)) {
        breaks.add(where + ": property " + name + " no longer accepted");
        continue;
      }
      JsonObject property = newProperties.getJsonObject(name);
      if (!isCycle(refsOnPath, property)) {
        compareInput(
            where + "." + name,
            resolve(baseline, oldProperties.getJsonObject(name)),
            resolve(current, property),
            refs(refsOnPath, property));
      }
    }
    Set<String> oldEnum = strings(oldSchema.getJsonArray("enum"));
    Set<String> newEnum = strings(newSchema.getJsonArray("enum"));
    if (!newEnum.isEmpty() && !newEnum.containsAll(oldEnum)) {
      breaks.add(where + ": accepted values narrowed from " + oldEnum + " to " + newEnum);
    }
    if (oldSchema.containsKey("items") && newSchema.containsKey("items")) {
      JsonObject items = newSchema.getJsonObject("items");
      if (!isCycle(refsOnPath, items)) {
        compareInput(
            where + "[]",
            resolve(baseline, oldSchema.getJsonObject("items")),
            resolve(current, items),
            refs(refsOnPath, items));
      }
    }
  }

  /** Response bodies: everything clients read before must still be there, with the same type. */
  private void compareOutput(
      String where, JsonObject oldSchema, JsonObject newSchema, Set<String> refsOnPath) {
    compareTypes(where, oldSchema, newSchema);
    JsonObject oldProperties = objectOrEmpty(oldSchema, "properties");
    JsonObject newProperties = objectOrEmpty(newSchema, "properties");
    for (String name : oldProperties.keySet()) {
      if (!newProperties.containsKey(name)) {
        breaks.add(where + ": property " + name + " removed");
        continue;
      }
      JsonObject property = newProperties.getJsonObject(name);
      if (!isCycle(refsOnPath, property)) {
        compareOutput(
            where + "." + name,
            resolve(baseline, oldProperties.getJsonObject(name)),
            resolve(current, property),
            refs(refsOnPath, property));
      }
    }
    if (oldSchema.containsKey("items") && newSchema.containsKey("items")) {
      JsonObject items = newSchema.getJsonObject("items");
      if (!isCycle(refsOnPath, items)) {
        compareOutput(
            where + "[]",
            resolve(baseline, oldSchema.getJsonObject("items")),
            resolve(current, items),
            refs(refsOnPath, items));
      }
    }
  }

  /** Recursive schemas (an element's children are elements) are compared once per path. */
  private static boolean isCycle(Set<String> refsOnPath, JsonObject schema) {
    String ref = refOf(schema);
    return ref != null && refsOnPath.contains(ref);
  }

  private static Set<String> refs(Set<String> refsOnPath, JsonObject schema) {
    String ref = refOf(schema);
    if (ref == null) {
      return refsOnPath;
    }
    Set<String> extended = new HashSet<>(refsOnPath);
    extended.add(ref);
    return extended;
  }

  private static String refOf(JsonObject schema) {
    if (schema == null) {
      return null;
    }
    if (schema.containsKey("$ref")) {
      return schema.getString("$ref");
    }
    JsonArray allOf = schema.getJsonArray("allOf");
    return allOf != null && allOf.size() == 1 ? refOf(allOf.getJsonObject(0)) : null;
  }

  private void compareTypes(String where, JsonObject oldSchema, JsonObject newSchema) {
    if (oldSchema == null || newSchema == null) {
      return;
    }
    Set<String> oldTypes = types(oldSchema);
    Set<String> newTypes = types(newSchema);
    if (!oldTypes.isEmpty() && !newTypes.isEmpty() && !newTypes.containsAll(oldTypes)) {
      breaks.add(where + ": type changed from " + oldTypes + " to " + newTypes);
    }
    String oldFormat = oldSchema.getString("format", null);
    String newFormat = newSchema.getString("format", null);
    if (oldFormat != null && newFormat != null && !oldFormat.equals(newFormat)) {
      breaks.add(where + ": format changed from " + oldFormat + " to " + newFormat);
    }
  }

  private static Set<String> types(JsonObject schema) {
    JsonValue type = schema.get("type");
    Set<String> types = new HashSet<>();
    if (type instanceof JsonString single) {
      types.add(single.getString());
    } else if (type instanceof JsonArray many) {
      types.addAll(strings(many));
    }
    types.remove("null");
    return types;
  }

  private static Map<String, JsonObject> parameters(JsonObject operation) {
    Map<String, JsonObject> byName = new java.util.LinkedHashMap<>();
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters != null) {
      for (JsonObject parameter : parameters.getValuesAs(JsonObject.class)) {
        byName.put(
            parameter.getString("in", "") + ":" + parameter.getString("name", ""), parameter);
      }
    }
    return byName;
  }

  private static JsonObject requestSchema(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    return body == null ? null : contentSchema(body);
  }

  private static JsonObject contentSchema(JsonObject holder) {
    JsonObject content = holder.getJsonObject("content");
    if (content == null) {
      return null;
    }
    for (String mediaType : content.keySet()) {
      if (mediaType.contains("json")) {
        return content.getJsonObject(mediaType).getJsonObject("schema");
      }
    }
    return null;
  }

  private static JsonObject schemaOf(JsonObject document, JsonObject parameter) {
    JsonObject schema = parameter.getJsonObject("schema");
    return schema == null ? null : resolve(document, schema);
  }

  /** Follows {@code $ref} (and a single-entry allOf wrapper) to the schema it names. */
  static JsonObject resolve(JsonObject document, JsonObject schema) {
    JsonObject resolved = schema;
    for (int depth = 0; depth < 10 && resolved != null; depth++) {
      if (resolved.containsKey("$ref")) {
        String ref = resolved.getString("$ref");
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        resolved =
            objectOrEmpty(objectOrEmpty(document, "components"), "schemas").getJsonObject(name);
      } else if (resolved.containsKey("allOf") && resolved.getJsonArray("allOf").size() == 1) {
        resolved = resolved.getJsonArray("allOf").getJsonObject(0);
      } else {
        return resolved;
      }
    }
    return resolved;
  }

  private static JsonObject objectOrEmpty(JsonObject parent, String key) {
    JsonObject child = parent == null ? null : parent.getJsonObject(key);
    return child == null ? JsonValue.EMPTY_JSON_OBJECT : child;
  }

  private static Set<String> strings(JsonArray array) {
    Set<String> values = new HashSet<>();
    if (array != null) {
      for (JsonValue value : array) {
        values.add(value instanceof JsonString s ? s.getString() : value.toString());
      }
    }
    return values;
  }
}
