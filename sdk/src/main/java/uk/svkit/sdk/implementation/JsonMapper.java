package uk.svkit.sdk.implementation;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.List;
import uk.svkit.sdk.exception.SvkitException;

/**
 * JSON binding through the standard JSON-B API, so whichever implementation is present (Yasson in
 * Java SE, the server's own in Jakarta EE) is used.
 *
 * <p>Binding is by field: public models are immutable (getters only, private no-arg constructor),
 * so there are no setters for JSON-B to call. Unknown properties are ignored, which is the JSON-B
 * default and what keeps older SDKs working against newer servers.
 */
public final class JsonMapper implements AutoCloseable {

  private static final PropertyVisibilityStrategy FIELDS_ONLY =
      new PropertyVisibilityStrategy() {
        @Override
        public boolean isVisible(Field field) {
          int m = field.getModifiers();
          return !Modifier.isStatic(m) && !Modifier.isTransient(m);
        }

        @Override
        public boolean isVisible(java.lang.reflect.Method method) {
          return false;
        }
      };

  /** The model field that receives the {@code ETag} response header. */
  private static final ClassValue<Field> ETAG_FIELD =
      new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
          try {
            Field f = type.getDeclaredField("eTag");
            f.setAccessible(true);
            return f;
          } catch (NoSuchFieldException e) {
            return null;
          }
        }
      };

  private final Jsonb jsonb;

  public JsonMapper() {
    JsonbConfig config =
        new JsonbConfig().withPropertyVisibilityStrategy(FIELDS_ONLY).withNullValues(false);
    try {
      this.jsonb = JsonbBuilder.create(config);
    } catch (JsonbException | IllegalStateException e) {
      throw new IllegalStateException(
          "No JSON-B implementation found. In plain Java SE add"
              + " org.glassfish.jersey.media:jersey-media-json-binding (brings Yasson);"
              + " inside a Jakarta EE server enable its JSON-B feature.",
          e);
    }
  }

  public String toJson(Object value) {
    return jsonb.toJson(value);
  }

  /**
   * Parses a response body.
   *
   * @throws SvkitException if the body is not the expected JSON
   */
  /** Parses JSON that did not come from a response (such as a webhook body). */
  public <T> T fromJson(String json, Type type) {
    try {
      return jsonb.fromJson(json, type);
    } catch (JsonbException | ClassCastException e) {
      throw new SvkitException("Could not read the JSON: " + e.getMessage(), e);
    }
  }

  public <T> T fromJson(String json, Type type, HttpResult source) {
    try {
      return jsonb.fromJson(json, type);
    } catch (JsonbException | ClassCastException e) {
      throw new SvkitException(
          "Could not read the response of "
              + source.method()
              + " "
              + source.uri().getRawPath()
              + " (HTTP "
              + source.statusCode()
              + ", requestId="
              + source.requestId()
              + "): "
              + e.getMessage(),
          e);
    }
  }

  /** Parses a list envelope whose items are of {@code itemType}. */
  public <T> PageBody<T> fromJsonPage(String json, Class<T> itemType, HttpResult source) {
    return fromJson(json, new ParameterizedTypeImpl(PageBody.class, itemType), source);
  }

  /** Parses an Open Referral UK page whose contents are of {@code itemType}. */
  public <T> OrukPageBody<T> fromOrukPage(String json, Class<T> itemType, HttpResult source) {
    return fromJson(json, new ParameterizedTypeImpl(OrukPageBody.class, itemType), source);
  }

  /** Parses a plain JSON array whose items are of {@code itemType}. */
  public <T> List<T> fromJsonList(String json, Class<T> itemType, HttpResult source) {
    return fromJson(json, new ParameterizedTypeImpl(List.class, itemType), source);
  }

  /** Parses a problem document; {@code null} if the body is not one (HTML from a proxy, ...). */
  public ProblemBody tryProblem(String body) {
    if (body == null || !body.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      return jsonb.fromJson(body, ProblemBody.class);
    } catch (JsonbException | ClassCastException e) {
      return null;
    }
  }

  /**
   * Copies the {@code ETag} header into a model that has an {@code eTag} field. Reflection, because
   * models are immutable to callers and the ETag is not part of the JSON body; it is the same field
   * access JSON-B uses for the body.
   */
  public static void applyETag(Object model, String eTag) {
    if (model == null || eTag == null) {
      return;
    }
    Field f = ETAG_FIELD.get(model.getClass());
    if (f != null) {
      try {
        f.set(model, eTag);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot set ETag on " + model.getClass(), e);
      }
    }
  }

  @Override
  public void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // Nothing useful to do: the instance is being discarded.
    }
  }

  private static final class ParameterizedTypeImpl implements java.lang.reflect.ParameterizedType {

    private final Class<?> raw;
    private final Type arg;

    ParameterizedTypeImpl(Class<?> raw, Type arg) {
      this.raw = raw;
      this.arg = arg;
    }

    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {arg};
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }
}
