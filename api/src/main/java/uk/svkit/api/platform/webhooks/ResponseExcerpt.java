package uk.svkit.api.platform.webhooks;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a receiver's answer as the client's bytes arrive, without blocking: the first {@link
 * WebhookAttempt#EXCERPT_LENGTH} bytes are kept and the rest is read and dropped, so the connection
 * can be reused and no answer, however long, is held in memory. The outcome is ready on the
 * client's own thread; a blocking stream would need a thread of the server's executor per delivery
 * to read it.
 */
final class ResponseExcerpt implements HttpResponse.BodySubscriber<String> {
  private final CompletableFuture<String> excerpt = new CompletableFuture<>();
  private final byte[] head = new byte[WebhookAttempt.EXCERPT_LENGTH];
  private int length;

  static HttpResponse.BodyHandler<String> handler() {
    return info -> new ResponseExcerpt();
  }

  @Override
  public CompletionStage<String> getBody() {
    return excerpt;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int take = Math.min(buffer.remaining(), head.length - length);
      buffer.get(head, length, take);
      length += take;
    }
  }

  @Override
  public void onError(Throwable failure) {
    excerpt.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    excerpt.complete(length == 0 ? null : new String(head, 0, length, StandardCharsets.UTF_8));
  }
}
