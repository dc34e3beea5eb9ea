package uk.svkit.sdk;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import uk.svkit.sdk.exception.SvkitException;
import uk.svkit.sdk.implementation.HttpPipeline;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.implementation.HttpResult;
import uk.svkit.sdk.implementation.JsonMapper;
import uk.svkit.sdk.implementation.OrukPageBody;
import uk.svkit.sdk.implementation.PageBody;
import uk.svkit.sdk.implementation.Urls;

/**
 * What every area client needs from the pipeline: URL building, sending with typed results, and
 * paging. A new API area is a small class that composes this.
 */
final class Operations {

  private final HttpPipeline pipeline;

  Operations(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  Urls.Builder url(String... segments) {
    return Urls.builder(pipeline.apiBase(), segments);
  }

  String toJson(Object body) {
    return pipeline.json().toJson(body);
  }

  /** Sends and binds the body (if any) to {@code type}; the ETag header goes onto the model. */
  <T> Response<T> send(HttpRequest request, Class<T> type) {
    HttpResult r = pipeline.send(request);
    T value = null;
    if (r.statusCode() != 304 && !r.body().isBlank()) {
      value = pipeline.json().fromJson(r.body(), type, r);
      JsonMapper.applyETag(value, r.header("ETag"));
    }
    return new Response<>(r.statusCode(), r.headers(), r.requestId(), value);
  }

  /** Sends and returns the body as text, for media types other than JSON (such as CSV). */
  Response<String> sendForText(HttpRequest request) {
    HttpResult r = pipeline.send(request);
    return new Response<>(
        r.statusCode(), r.headers(), r.requestId(), r.statusCode() == 304 ? null : r.body());
  }

  /** Sends and binds a plain JSON array (an unpaged list) to a list of {@code itemType}. */
  <T> Response<List<T>> sendForList(HttpRequest request, Class<T> itemType) {
    HttpResult r = pipeline.send(request);
    List<T> value = null;
    if (r.statusCode() != 304) {
      List<T> items =
          r.body().isBlank() ? null : pipeline.json().fromJsonList(r.body(), itemType, r);
      value =
          items == null
              ? List.of()
              : items.stream()
                  .filter(Objects::nonNull)
                  .collect(java.util.stream.Collectors.toUnmodifiableList());
    }
    return new Response<>(r.statusCode(), r.headers(), r.requestId(), value);
  }

  /** Sends a call whose success has no body (204); any body is ignored. */
  Response<Void> sendForNoContent(HttpRequest request) {
    HttpResult r = pipeline.send(request);
    return new Response<>(r.statusCode(), r.headers(), r.requestId(), null);
  }

  /** A lazy list starting at {@code firstPage}; nothing is sent until iteration. */
  <T> PagedIterable<T> list(URI firstPage, Class<T> itemType, RequestOptions options) {
    return list(firstPage, itemType, options, "cursor");
  }

  /**
   * A lazy list over an unpaged JSON array: one page, no next link, so every list operation can
   * return a {@link PagedIterable}.
   */
  <T> PagedIterable<T> listOnePage(URI uri, Class<T> itemType, RequestOptions options) {
    return new PagedIterable<>(
        uri,
        cursor -> uri,
        next -> {
          Response<List<T>> r = sendForList(HttpRequest.get(next).options(options), itemType);
          return new Page<>(r.getValue(), null, null, r.getRequestId());
        });
  }

  /**
   * A lazy list over Open Referral UK pages ({@code page}, {@code per_page}, an envelope with
   * {@code contents} and {@code last_page}); a page's cursor is its number.
   */
  <T> PagedIterable<T> listOruk(URI firstPage, Class<T> itemType, RequestOptions options) {
    return new PagedIterable<>(
        firstPage,
        cursor -> Urls.withQueryParam(firstPage, "page", cursor),
        uri -> {
          HttpResult r = pipeline.send(HttpRequest.get(uri).options(options));
          OrukPageBody<T> body = pipeline.json().fromOrukPage(r.body(), itemType, r);
          List<T> items = body.contents == null ? List.of() : body.contents;
          boolean last = body.lastPage == null || body.lastPage || items.isEmpty();
          int number = body.pageNumber == null ? 1 : body.pageNumber;
          String cursor = last ? null : Integer.toString(number + 1);
          return new Page<>(
              items.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toList()),
              cursor == null ? null : Urls.withQueryParam(uri, "page", cursor),
              cursor,
              r.requestId());
        });
  }

  /** A lazy list whose pages continue with the query parameter {@code cursorParam}. */
  <T> PagedIterable<T> list(
      URI firstPage, Class<T> itemType, RequestOptions options, String cursorParam) {
    return new PagedIterable<>(
        firstPage,
        cursor -> Urls.withQueryParam(firstPage, cursorParam, cursor),
        uri -> fetchPage(uri, itemType, options, cursorParam));
  }

  private <T> Page<T> fetchPage(
      URI uri, Class<T> itemType, RequestOptions options, String cursorParam) {
    HttpResult r = pipeline.send(HttpRequest.get(uri).options(options));
    if (r.body().isBlank()) {
      throw new SvkitException(
          "The server returned an empty list response for "
              + uri.getRawPath()
              + " (HTTP "
              + r.statusCode()
              + ", requestId="
              + r.requestId()
              + ")");
    }
    PageBody<T> body = pipeline.json().fromJsonPage(r.body(), itemType, r);
    List<T> items = body.items == null ? List.of() : body.items;
    URI next =
        body.next == null || body.next.isBlank() ? null : pipeline.resolveNextLink(uri, body.next);
    String cursor = next == null ? null : Urls.queryParam(next, cursorParam);
    return new Page<>(
        items.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toList()),
        next,
        cursor,
        r.requestId());
  }

  /**
   * Validates the ETag an operation sends as {@code If-Match}.
   *
   * @param what the resource, named in the message, such as {@code "question set"}
   */
  static String requireETag(String ifMatchETag, String what) {
    Objects.requireNonNull(
        ifMatchETag, "ifMatchETag is required: pass getETag() of the " + what + " as last read");
    if (ifMatchETag.isBlank()) {
      throw new IllegalArgumentException("ifMatchETag must not be blank");
    }
    return ifMatchETag;
  }

  /**
   * Returns the ETag of a model read earlier, for the overloads that take the model itself.
   *
   * @param howToRead the call that returns the model with its ETag, named in the message
   * @throws IllegalArgumentException if the model carries no ETag (it came from a list)
   */
  static String eTagOf(String eTag, String what, String id, String howToRead) {
    if (eTag == null) {
      throw new IllegalArgumentException(
          what
              + " "
              + id
              + " carries no ETag (list results"
              + " do not): read it with "
              + howToRead
              + " first");
    }
    return eTag;
  }

  /** Validates an id or code used as a path segment. */
  static String pathSegment(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }
}
