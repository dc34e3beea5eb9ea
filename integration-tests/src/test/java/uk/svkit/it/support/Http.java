package uk.svkit.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain HTTP for the checks that are about the wire itself (headers, status codes, problem
 * documents), where going through the SDK would hide what is being tested.
 */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI root;

  Http(URI root) {
    this.root = root;
  }

  /** Calls to a server other than the suite's (the packaged server, an identity provider). */
  public static Http at(URI root) {
    return new Http(root);
  }

  public Call get(String path) {
    return new Call("GET", path, null);
  }

  public Call post(String path, String json) {
    return new Call("POST", path, json).header("Content-Type", "application/json");
  }

  public Call put(String path, String json) {
    return new Call("PUT", path, json).header("Content-Type", "application/json");
  }

  public Call method(String method, String path, String body) {
    return new Call(method, path, body);
  }

  /** One request being built. */
  public final class Call {
    private final String method;
    private final String path;
    private final String body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Call(String method, String path, String body) {
      this.method = method;
      this.path = path;
      this.body = body;
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call token(String token) {
      return header("Authorization", "Bearer " + token);
    }

    public Reply send() {
      URI uri = path.startsWith("http") ? URI.create(path) : URI.create(root + path);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      try {
        return new Reply(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A response with convenient access to headers and a JSON body. */
  public static final class Reply {
    private final HttpResponse<String> response;

    Reply(HttpResponse<String> response) {
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return response.body();
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
