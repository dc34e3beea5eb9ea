package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/**
 * The project's own hostile-input suite. It reads the running server's OpenAPI document and, for
 * every operation in it, sends a catalogue of malformed inputs derived from the operation's
 * parameters and request body schemas: unconvertible and out-of-range numbers, NaN and infinities,
 * unknown enum values, non-booleans, over-long strings, bad percent-encoding, NUL characters,
 * malformed and too-deep JSON, invalid UTF-8, and JSON fields of the wrong type. A new operation is
 * covered without editing this test.
 *
 * <p>Every answer must be a 4xx {@code application/problem+json} without stack traces, SQL or class
 * names, naming the parameter or field under test where there is one; 404 is accepted only when the
 * path id itself is under test (the suite uses ids that do not exist). Nothing may be written: the
 * audit trail is the same length afterwards. Requests go over a raw socket, because a well-behaved
 * client (java.net.URI) refuses to send most of them.
 */
class HostileInputIT extends SvkitServer {
  /** No real record has this id, so no request of the catalogue can reach one. */
  private static final String UNKNOWN_ID = "00000000-0000-4000-8000-00000000f00d";

  private static final String LONG_TEXT = "x".repeat(5001);
  private static final Pattern LEAKS =
      Pattern.compile(
          "Exception|\\tat |at uk\\.|org\\.[a-z]|java\\.[a-z]|jakarta\\.[a-z]|SELECT |INSERT |UPDATE |DELETE FROM|SQL");

  /**
   * Callers tried in turn until one passes authorisation; their organisations come from the demo
   * data.
   */
  private final List<String> tokens =
      List.of(
          Tokens.of("GB-LAE-WRL", "buyer", "contract-manager", "evaluator"),
          Tokens.of("GB-COH-09900001", "supplier"),
          Tokens.of("GB-CHC-1990001", "vcfse"),
          Tokens.admin());

  /**
   * Liberty's web container decodes the path before it picks an application, and answers a path it
   * cannot decode (a bad or NUL escape) itself, in its own format, with no hook for the application
   * (see README, "Input rules"). Those answers are accepted, and only those.
   */
  private static final String CONTAINER_PATH_REFUSAL = "CWWWC0005I";

  /** One malformed request. {@code mustName} is the parameter or field the problem must name. */
  record Case(
      String operation,
      String method,
      String target,
      Map<String, String> headers,
      String contentType,
      byte[] body,
      String about,
      String mustName,
      boolean pathIdUnderTest) {
    @Override
    public String toString() {
      return operation + " " + method + " " + abbreviate(target) + ": " + about;
    }
  }

  record Reply(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void everyOperationAnswersMalformedInputWithAPrecise4xxProblemAndWritesNothing()
      throws IOException {
    JsonObject openapi = read(send("GET", "/openapi?format=JSON", Map.of(), null, null).body());
    List<List<Case>> catalogue = catalogue(openapi);
    int size = catalogue.stream().mapToInt(List::size).sum();
    long auditBefore = auditCount();
    long started = System.nanoTime();

    List<String> failures = new ArrayList<>();
    int unauthorisedOperations = 0;
    for (List<Case> operation : catalogue) {
      String token = null;
      for (Case c : operation) {
        Reply reply;
        if (token == null) {
          // The first caller whose role and organisation may call the operation, so that the
          // input and not the authorisation is what gets refused.
          reply = null;
          for (String candidate : tokens) {
            reply = send(c, candidate);
            token = candidate;
            if (reply.status() != 401 && reply.status() != 403) {
              break;
            }
          }
          if (reply.status() == 403) {
            unauthorisedOperations++;
          }
        } else {
          reply = send(c, token);
        }
        String failure = judge(c, reply);
        if (failure != null) {
          failures.add(c + " -> " + failure);
        }
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000;
    System.out.printf(
        "Hostile-input catalogue: %d requests over %d operations in %d s (%d operations refused every caller)%n",
        size, catalogue.size(), seconds, unauthorisedOperations);

    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "hostile-input-failures.txt"), failures);
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + size
            + " hostile requests were not answered properly:\n"
            + String.join("\n", failures.subList(0, Math.min(80, failures.size()))));
    assertEquals(auditBefore, auditCount(), "the hostile requests wrote audit events");
    assertTrue(
        catalogue.size() >= 100, "the OpenAPI document lists every operation: " + catalogue.size());
  }

  @Test
  void overLongRequestLinesAndHeadersAreProblemsUpToTheContainersOwnLimit() throws IOException {
    String admin = Tokens.admin();
    List<Case> cases =
        List.of(
            new Case(
                "server",
                "GET",
                "/api/v1/organisations?q=" + "a".repeat(9_000),
                Map.of(),
                null,
                null,
                "a 9 KB query string",
                null,
                false),
            new Case(
                "server",
                "GET",
                "/api/v1/organisations?limit=5&q=" + "%C3%A9".repeat(3_000),
                Map.of(),
                null,
                null,
                "an 18 KB query string",
                null,
                false),
            new Case(
                "server",
                "GET",
                "/api/v1/organisations",
                Map.of("X-Padding", "p".repeat(12_000)),
                null,
                null,
                "a 12 KB header",
                null,
                false),
            new Case(
                "server",
                "GET",
                "/api/v1/organisations?q=%zz",
                Map.of(),
                null,
                null,
                "a bad escape in the query",
                "query",
                false),
            new Case(
                "server",
                "GET",
                "/api/v1/organisations?limit=%00",
                Map.of(),
                null,
                null,
                "NUL in the query",
                "query",
                false));
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      String failure = judge(c, send(c, admin));
      if (failure != null) {
        failures.add(c + " -> " + failure);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));

    // Past Liberty's own limit (httpOptions limitFieldSize, 32 KB) the HTTP channel refuses the
    // request before any application code runs, with a bare 400: refused, if not as a problem.
    Reply tooLong =
        send(
            new Case(
                "server",
                "GET",
                "/api/v1/organisations?q=" + "a".repeat(40_000),
                Map.of(),
                null,
                null,
                "a 40 KB query string",
                null,
                false),
            admin);
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(tooLong.body().isEmpty(), tooLong.body());
  }

  /** Why the reply is not the precise refusal the case asks for, or null when it is. */
  private static String judge(Case c, Reply reply) {
    int status = reply.status();
    if (status < 400 || status >= 500) {
      return "status " + status + " " + abbreviate(reply.body());
    }
    if (status == 404 && !c.pathIdUnderTest()) {
      return "404, but the path is not what is under test: " + abbreviate(reply.body());
    }
    String type = reply.header("Content-Type");
    if (c.about().startsWith("path ")
        && status == 400
        && reply.body().contains(CONTAINER_PATH_REFUSAL)
        && !LEAKS.matcher(reply.body()).find()) {
      return null;
    }
    if (type == null || !type.startsWith("application/problem+json")) {
      return status + " with Content-Type " + type + ": " + abbreviate(reply.body());
    }
    JsonObject problem;
    try {
      problem = read(reply.body());
    } catch (RuntimeException e) {
      return "not a JSON problem: " + abbreviate(reply.body());
    }
    if (problem.getInt("status", -1) != status
        || !problem.containsKey("type")
        || !problem.containsKey("detail")) {
      return "incomplete problem: " + abbreviate(reply.body());
    }
    if (LEAKS.matcher(reply.body()).find()) {
      return "leaks internals: " + abbreviate(reply.body());
    }
    if (c.mustName() != null && status == 400 && !reply.body().contains(c.mustName())) {
      return "does not name " + c.mustName() + ": " + abbreviate(reply.body());
    }
    return null;
  }

  // ---- the catalogue -------------------------------------------------------------------------

  private List<List<Case>> catalogue(JsonObject openapi) {
    JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
    List<List<Case>> catalogue = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
        String method = entry.getKey().toUpperCase(Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        catalogue.add(
            new Operation(path.getKey(), method, entry.getValue().asJsonObject(), schemas).cases());
      }
    }
    return catalogue;
  }

  /** One operation of the document and the cases derived from it. */
  private static final class Operation {
    private final String path;
    private final String method;
    private final JsonObject op;
    private final JsonObject schemas;
    private final String id;
    private final List<Case> cases = new ArrayList<>();

    Operation(String path, String method, JsonObject op, JsonObject schemas) {
      this.path = path;
      this.method = method;
      this.op = op;
      this.schemas = schemas;
      this.id = op.getString("operationId", method + " " + path);
    }

    List<Case> cases() {
      // Body and typed-parameter cases first: they reach the operation, so the first of them
      // also finds a caller who may call it.
      JsonObject body = op.getJsonObject("requestBody");
      if (body != null) {
        for (Map.Entry<String, JsonValue> content : body.getJsonObject("content").entrySet()) {
          JsonObject schema = content.getValue().asJsonObject().getJsonObject("schema");
          if (content.getKey().contains("json")) {
            jsonBodyCases(schema == null ? JsonValue.EMPTY_JSON_OBJECT : resolve(schema));
          } else if (content.getKey().startsWith("text/")) {
            textBodyCases(content.getKey());
          }
        }
      }
      for (JsonObject parameter : parameters()) {
        String name = parameter.getString("name");
        JsonObject schema = resolve(parameter.getJsonObject("schema"));
        switch (parameter.getString("in")) {
          case "query" -> queryCases(name, schema);
          case "path" -> pathCases(name);
          case "header" ->
              add(
                  "header " + name + " over-long",
                  target(Map.of()),
                  Map.of(name, LONG_TEXT),
                  null,
                  null,
                  null,
                  false);
          default -> {}
        }
      }
      return cases;
    }

    /**
     * The operation's own parameters. Shared ones ({@code $ref} to components, such as the
     * Idempotency-Key header) are headers the platform handles alike everywhere, not inputs of this
     * operation.
     */
    private List<JsonObject> parameters() {
      JsonArray parameters = op.getJsonArray("parameters");
      return parameters == null
          ? List.of()
          : parameters.getValuesAs(JsonObject.class).stream()
              .filter(p -> !p.containsKey("$ref"))
              .toList();
    }

    /** The path with every path parameter set to an unknown id, or to {@code pathValues}. */
    private String target(Map<String, String> pathValues) {
      String target = path;
      for (JsonObject parameter : parameters()) {
        if (parameter.getString("in").equals("path")) {
          String name = parameter.getString("name");
          target = target.replace("{" + name + "}", pathValues.getOrDefault(name, UNKNOWN_ID));
        }
      }
      return target;
    }

    private void queryCases(String name, JsonObject schema) {
      String type = schema.getString("type", schema.containsKey("enum") ? "string" : "object");
      if (type.equals("array")) {
        schema = resolve(schema.getJsonObject("items"));
        type = schema.getString("type", "string");
      }
      List<String> values = new ArrayList<>();
      switch (type) {
        case "integer" ->
            values.addAll(List.of("abc", "75.9", "9223372036854775808", "1e3", "NaN", "Infinity"));
        case "number" ->
            values.addAll(List.of("abc", "NaN", "Infinity", "-Infinity", "1e309", "0x10"));
        case "boolean" -> values.addAll(List.of("maybe", "1", "yes"));
        case "string" -> {
          if (schema.containsKey("enum")) {
            values.add("NOT_A_VALUE");
          } else if (!schema.getString("format", "").equals("date")
              && !schema.getString("format", "").equals("date-time")) {
            int max = schema.getInt("maxLength", 5000);
            values.add("y".repeat(max + 1));
          }
        }
        default -> {}
      }
      for (String value : values) {
        add(
            "query " + name + "=" + abbreviate(value),
            target(Map.of()) + "?" + name + "=" + value,
            Map.of(),
            null,
            null,
            name,
            false);
      }
      if (schema.containsKey("enum")) {
        // The refusal lists the allowed values.
        String allowed = schema.getJsonArray("enum").getString(0);
        add(
            "query " + name + " unknown value lists " + allowed,
            target(Map.of()) + "?" + name + "=nope",
            Map.of(),
            null,
            null,
            allowed,
            false);
      }
      for (String raw : List.of("%00", "a%zz", "%FF%FE", "%")) {
        add(
            "query " + name + "=" + raw,
            target(Map.of()) + "?" + name + "=" + raw,
            Map.of(),
            null,
            null,
            null,
            false);
      }
    }

    private void pathCases(String name) {
      for (String raw : List.of("%00", "a%zz", "%C3%28", LONG_TEXT)) {
        add(
            "path " + name + "=" + abbreviate(raw),
            target(Map.of(name, raw)),
            Map.of(),
            null,
            null,
            null,
            true);
      }
    }

    private void textBodyCases(String contentType) {
      byte[] invalid = {'a', ',', 'b', '\r', '\n', 'x', (byte) 0xC3, '(', ',', 'y', '\r', '\n'};
      byte[] nul = {'a', ',', 'b', '\r', '\n', 'x', 0, 'z', ',', 'y', '\r', '\n'};
      add(
          "CSV body with invalid UTF-8",
          target(Map.of()),
          Map.of(),
          contentType,
          invalid,
          null,
          false);
      add("CSV body with a NUL", target(Map.of()), Map.of(), contentType, nul, null, false);
    }

    private void jsonBodyCases(JsonObject schema) {
      String json = "application/json";
      String top = schema.getString("type", schema.containsKey("properties") ? "object" : "");
      add(
          "malformed JSON",
          target(Map.of()),
          Map.of(),
          json,
          utf8("{\"name\": \"unclosed"),
          null,
          false);
      add(
          "JSON nested 1500 deep",
          target(Map.of()),
          Map.of(),
          json,
          utf8("[".repeat(1500) + "]".repeat(1500)),
          null,
          false);
      add(
          "JSON with a \\u0000 escape",
          target(Map.of()),
          Map.of(),
          json,
          utf8("{\"name\":\"a\\u0000b\"}"),
          null,
          false);
      add(
          "JSON with a raw NUL",
          target(Map.of()),
          Map.of(),
          json,
          new byte[] {'{', '"', 'n', '"', ':', '"', 0, '"', '}'},
          null,
          false);
      add(
          "JSON with invalid UTF-8",
          target(Map.of()),
          Map.of(),
          json,
          new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xFF, (byte) 0xC3, '"', '}'},
          null,
          false);
      if (top.equals("object")) {
        add("JSON array for an object", target(Map.of()), Map.of(), json, utf8("[]"), null, false);
        add(
            "JSON string for an object",
            target(Map.of()),
            Map.of(),
            json,
            utf8("\"text\""),
            null,
            false);
        fieldCases(schema, "", 0);
      } else if (top.equals("array")) {
        add("JSON object for an array", target(Map.of()), Map.of(), json, utf8("{}"), null, false);
        JsonObject items = resolve(schema.getJsonObject("items"));
        if (items.containsKey("properties")) {
          fieldCases(items, "[", 0);
        }
      }
    }

    /**
     * Wrong values for every property, placed in an otherwise empty object ({@code prefix} nests
     * it: "[" for an array's item, "name." for an object property). JSON-B binds before anything is
     * validated, so the refusal must name this property.
     */
    private void fieldCases(JsonObject schema, String prefix, int depth) {
      JsonObject properties = schema.getJsonObject("properties");
      if (properties == null) {
        return;
      }
      for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
        String name = property.getKey();
        JsonObject raw = property.getValue().asJsonObject();
        if (raw.getBoolean("readOnly", false)) {
          continue;
        }
        JsonObject p = resolve(raw);
        String type =
            p.getString(
                "type",
                p.containsKey("enum") ? "string" : p.containsKey("properties") ? "object" : "");
        List<String> values = new ArrayList<>();
        switch (type) {
          case "integer" -> values.addAll(List.of("\"75\"", "1e309", "4294967371", "75.9", "true"));
          case "number" ->
              values.addAll(List.of("\"NaN\"", "\"Infinity\"", "\"12\"", "1e309", "true"));
          case "boolean" -> values.addAll(List.of("\"abc\"", "\"true\"", "1", "null"));
          case "string" -> {
            if (p.containsKey("enum")) {
              values.add("\"NOT_A_VALUE\"");
            } else if (p.containsKey("maxLength")) {
              values.add("\"" + "z".repeat(p.getInt("maxLength") + 1) + "\"");
            }
            values.add("{}");
          }
          case "array" -> {
            values.add("\"not an array\"");
            JsonObject items = resolve(p.getJsonObject("items"));
            if (depth < 1 && items.containsKey("properties")) {
              fieldCases(items, prefix + name + "[", depth + 1);
            }
          }
          case "object" -> {
            values.add("\"not an object\"");
            if (depth < 1) {
              fieldCases(p, prefix + name + ".", depth + 1);
            }
          }
          default -> {}
        }
        if (type.equals("boolean") && !isRequired(schema, name)) {
          values.remove("null");
        }
        for (String value : values) {
          add(
              "field " + prefix + name + " = " + abbreviate(value),
              target(Map.of()),
              Map.of(),
              "application/json",
              utf8(nest(prefix, "{\"" + name + "\":" + value + "}")),
              name,
              false);
        }
      }
    }

    private static boolean isRequired(JsonObject schema, String name) {
      JsonArray required = schema.getJsonArray("required");
      return required != null
          && required.getValuesAs(jakarta.json.JsonString.class).stream()
              .anyMatch(s -> s.getString().equals(name));
    }

    /** Wraps the innermost object in the containers {@code prefix} names, outermost first. */
    private static String nest(String prefix, String inner) {
      String json = inner;
      List<String> parts = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (char ch : prefix.toCharArray()) {
        if (ch == '.' || ch == '[') {
          parts.add(current + String.valueOf(ch));
          current.setLength(0);
        } else {
          current.append(ch);
        }
      }
      for (int i = parts.size() - 1; i >= 0; i--) {
        String part = parts.get(i);
        String key = part.substring(0, part.length() - 1);
        boolean array = part.endsWith("[");
        String wrapped = array ? "[" + json + "]" : json;
        json = key.isEmpty() ? wrapped : "{\"" + key + "\":" + wrapped + "}";
      }
      return json;
    }

    private JsonObject resolve(JsonObject schema) {
      if (schema == null) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      if (schema.containsKey("$ref")) {
        String ref = schema.getString("$ref");
        return resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)));
      }
      for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
        if (schema.containsKey(combinator)) {
          return resolve(schema.getJsonArray(combinator).getJsonObject(0));
        }
      }
      return schema;
    }

    private void add(
        String about,
        String target,
        Map<String, String> headers,
        String contentType,
        byte[] body,
        String mustName,
        boolean pathIdUnderTest) {
      cases.add(
          new Case(
              id, method, target, headers, contentType, body, about, mustName, pathIdUnderTest));
    }
  }

  // ---- the audit trail ------------------------------------------------------------------------

  /** Every audit event there is, as the platform admin sees them. */
  private long auditCount() throws IOException {
    String admin = Tokens.admin();
    long count = 0;
    String next = "/api/v1/audit-events?limit=200";
    while (next != null) {
      Reply reply = send("GET", next, Map.of("Authorization", "Bearer " + admin), null, null);
      assertEquals(200, reply.status(), reply.body());
      JsonObject page = read(reply.body());
      count += page.getJsonArray("items").size();
      String link = page.getString("next", null);
      next = link == null ? null : link.substring(link.indexOf("/api/v1/"));
    }
    return count;
  }

  // ---- raw HTTP -------------------------------------------------------------------------------

  private Reply send(Case c, String token) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>(c.headers());
    headers.putIfAbsent("Authorization", "Bearer " + token);
    if (!c.method().equals("GET") && !c.method().equals("POST")) {
      headers.putIfAbsent("If-Match", "\"1\"");
    }
    return send(c.method(), c.target(), headers, c.contentType(), c.body());
  }

  /**
   * One HTTP/1.1 exchange on a fresh connection, the request line sent exactly as given. Paths
   * under /api/v1 are the application's, below the context root the test server deploys it at.
   */
  private Reply send(
      String method, String target, Map<String, String> headers, String contentType, byte[] body)
      throws IOException {
    if (target.startsWith("/api/")) {
      String root =
          base.getPath().endsWith("/")
              ? base.getPath().substring(0, base.getPath().length() - 1)
              : base.getPath();
      target = root + target;
    }
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
      head.append("Host: ")
          .append(base.getHost())
          .append(':')
          .append(base.getPort())
          .append("\r\n");
      head.append("Accept: application/json\r\nConnection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      if (contentType != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
      }
      if (body != null || !method.equals("GET")) {
        head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n");
      }
      head.append("\r\n");
      request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        request.writeBytes(body);
      }
      OutputStream out = socket.getOutputStream();
      out.write(request.toByteArray());
      out.flush();
      return parse(socket.getInputStream());
    }
  }

  private static Reply parse(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Reply(0, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int lineEnd = i;
      while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String sizeText =
          new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
      if (size == 0) {
        break;
      }
      out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
      i = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() <= 160
        ? oneLine
        : oneLine.substring(0, 120) + "…(" + oneLine.length() + " chars)";
  }
}
