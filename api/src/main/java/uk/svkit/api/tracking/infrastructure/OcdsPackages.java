package uk.svkit.api.tracking.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.platform.json.DateTimes;

/**
 * OCDS 1.1 publication documents built around {@link OcdsRelease}'s releases: a release with a
 * stable id (the ocid and a hash of its content, so the id changes exactly when the content does),
 * release packages and record packages with the extensions the releases use, and a record's
 * compiled release (the OCDS merge of its releases).
 */
public final class OcdsPackages {
  /** The extensions {@link OcdsRelease} uses: metrics (KPIs) and sustainability (goals). */
  public static final List<String> EXTENSIONS =
      List.of(
          "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
          "https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json");

  private static final int HASH_CHARACTERS = 20;

  private OcdsPackages() {}

  /** Who publishes a package: the buyer, identified by its org-id identifier. */
  public record Publisher(String name, String identifier) {}

  public static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  public static String write(JsonObject object) {
    StringWriter out = new StringWriter();
    Json.createWriter(out).write(object);
    return out.toString();
  }

  /**
   * The release id for a release's content: its ocid and a SHA-256 of the release without its id
   * and date, in a canonical form (object keys sorted), so rebuilding unchanged content gives the
   * same id.
   */
  public static String stableId(JsonObject release) {
    JsonObject content = Json.createObjectBuilder(release).remove("id").remove("date").build();
    String canonical = canonical(content);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return release.getString("ocid")
          + "-"
          + HexFormat.of().formatHex(digest).substring(0, HASH_CHARACTERS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The release with its stable id and the date its content was first published. */
  public static JsonObject withIdAndDate(JsonObject release, String id, OffsetDateTime date) {
    return Json.createObjectBuilder(release)
        .add("id", id)
        .add(
            "date",
            DateTimes.format(
                date.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)))
        .build();
  }

  /**
   * An OCDS party for an organisation: its org-id as the party id, split into scheme and id, with
   * the one role it plays in the release.
   */
  public static JsonObjectBuilder party(OrganisationRef organisation, String role) {
    String identifier = organisation.identifier();
    int split = identifier.indexOf('-', identifier.indexOf('-') + 1);
    return Json.createObjectBuilder()
        .add("id", identifier)
        .add("name", organisation.name())
        .add(
            "identifier",
            Json.createObjectBuilder()
                .add("scheme", identifier.substring(0, split))
                .add("id", identifier.substring(split + 1))
                .add("legalName", organisation.name()))
        .add("roles", Json.createArrayBuilder().add(role));
  }

  /** A release package: the releases with their publisher and the extensions they use. */
  public static JsonObject releasePackage(
      String uri,
      OffsetDateTime publishedDate,
      Publisher publisher,
      List<JsonObject> releases,
      String next) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    releases.forEach(items::add);
    JsonObjectBuilder pkg = envelope(uri, publishedDate, publisher).add("releases", items);
    if (next != null) {
      pkg.add("links", Json.createObjectBuilder().add("next", next));
    }
    return pkg.build();
  }

  /** A record package for one ocid: every release published for it and their compiled release. */
  public static JsonObject recordPackage(
      String uri,
      OffsetDateTime publishedDate,
      Publisher publisher,
      String ocid,
      List<JsonObject> releases) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    releases.forEach(items::add);
    JsonObject record =
        Json.createObjectBuilder()
            .add("ocid", ocid)
            .add("releases", items)
            .add("compiledRelease", compile(releases))
            .build();
    return envelope(uri, publishedDate, publisher)
        .add("records", Json.createArrayBuilder().add(record))
        .build();
  }

  private static JsonObjectBuilder envelope(
      String uri, OffsetDateTime publishedDate, Publisher publisher) {
    JsonArrayBuilder extensions = Json.createArrayBuilder();
    EXTENSIONS.forEach(extensions::add);
    String identifier = publisher.identifier();
    int split = identifier.indexOf('-', identifier.indexOf('-') + 1);
    return Json.createObjectBuilder()
        .add("uri", uri)
        .add("version", "1.1")
        .add("extensions", extensions)
        .add(
            "publishedDate",
            DateTimes.format(
                publishedDate
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS)))
        .add(
            "publisher",
            Json.createObjectBuilder()
                .add("name", publisher.name())
                .add("scheme", identifier.substring(0, split))
                .add("uid", identifier.substring(split + 1)));
  }

  /**
   * The compiled release: the releases merged oldest first by the OCDS merge rules (objects merge
   * field by field, arrays of objects with ids merge item by id, anything else is replaced by the
   * later value), tagged {@code compiled}, dated and identified after the latest release.
   */
  public static JsonObject compile(List<JsonObject> releases) {
    Map<String, JsonValue> merged = new LinkedHashMap<>();
    for (JsonObject release : releases) {
      merge(merged, release);
    }
    JsonObject latest = releases.get(releases.size() - 1);
    JsonObjectBuilder compiled = Json.createObjectBuilder();
    merged.forEach(compiled::add);
    return compiled
        .add("id", latest.getString("id") + "-compiled")
        .add("date", latest.getString("date"))
        .add("tag", Json.createArrayBuilder().add("compiled"))
        .build();
  }

  private static void merge(Map<String, JsonValue> target, JsonObject source) {
    for (Map.Entry<String, JsonValue> field : source.entrySet()) {
      JsonValue value = field.getValue();
      JsonValue existing = target.get(field.getKey());
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        target.remove(field.getKey());
      } else if (value instanceof JsonObject object && existing instanceof JsonObject previous) {
        Map<String, JsonValue> inner = new LinkedHashMap<>(previous);
        merge(inner, object);
        target.put(field.getKey(), build(inner));
      } else if (value instanceof JsonArray array
          && existing instanceof JsonArray previous
          && identified(array)
          && identified(previous)) {
        target.put(field.getKey(), mergeById(previous, array));
      } else {
        target.put(field.getKey(), value);
      }
    }
  }

  private static boolean identified(JsonArray array) {
    return !array.isEmpty()
        && array.stream()
            .allMatch(v -> v instanceof JsonObject o && o.get("id") instanceof JsonString);
  }

  private static JsonArray mergeById(JsonArray previous, JsonArray later) {
    Map<String, Map<String, JsonValue>> byId = new LinkedHashMap<>();
    for (JsonValue item : previous) {
      byId.put(((JsonObject) item).getString("id"), new LinkedHashMap<>((JsonObject) item));
    }
    for (JsonValue item : later) {
      JsonObject object = (JsonObject) item;
      merge(byId.computeIfAbsent(object.getString("id"), id -> new LinkedHashMap<>()), object);
    }
    JsonArrayBuilder result = Json.createArrayBuilder();
    byId.values().forEach(fields -> result.add(build(fields)));
    return result.build();
  }

  private static JsonObject build(Map<String, JsonValue> fields) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    fields.forEach(builder::add);
    return builder.build();
  }

  /** JSON with object keys sorted at every level, so equal content has one text. */
  static String canonical(JsonObject value) {
    return write((JsonObject) sortKeys(value));
  }

  private static JsonValue sortKeys(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder sorted = Json.createObjectBuilder();
      new TreeMap<>(object).forEach((k, v) -> sorted.add(k, sortKeys(v)));
      return sorted.build();
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> items = new ArrayList<>();
      array.forEach(v -> items.add(sortKeys(v)));
      JsonArrayBuilder sorted = Json.createArrayBuilder();
      items.forEach(sorted::add);
      return sorted.build();
    }
    return value;
  }
}
