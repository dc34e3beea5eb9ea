package uk.svkit.api.platform.webhooks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Reads a receiver's answer as its bytes arrive, on the client's I/O thread: the status and the
 * first {@link WebhookAttempt#EXCERPT_LENGTH} bytes are kept and the rest is read and dropped, so
 * the connection can be reused and no answer, however long, is held in memory. An answer still
 * arriving when the request's time is up fails the attempt: the socket timeout alone would let a
 * receiver that trickles a byte at a time hold its slot indefinitely.
 */
final class ResponseExcerpt extends AbstractBinResponseConsumer<ResponseExcerpt.Answer> {
  /** What the receiver answered: its status code and the start of its body (null if empty). */
  record Answer(int statusCode, String excerpt) {}

  private final byte[] head = new byte[WebhookAttempt.EXCERPT_LENGTH];
  private final long deadline;
  private final Duration timeout;
  private int length;
  private int statusCode;

  ResponseExcerpt(Duration timeout) {
    this.timeout = timeout;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  @Override
  protected void start(HttpResponse response, ContentType contentType) {
    statusCode = response.getCode();
  }

  @Override
  protected int capacityIncrement() {
    return 64 * 1024;
  }

  @Override
  protected void data(ByteBuffer data, boolean endOfStream) throws IOException {
    int take = Math.min(data.remaining(), head.length - length);
    data.get(head, length, take);
    length += take;
    data.position(data.limit());
    if (!endOfStream && System.nanoTime() - deadline > 0) {
      throw new IOException("The answer was still arriving after " + timeout);
    }
  }

  @Override
  protected Answer buildResult() {
    return new Answer(
        statusCode, length == 0 ? null : new String(head, 0, length, StandardCharsets.UTF_8));
  }

  @Override
  public void releaseResources() {
    // Nothing is held beyond the excerpt's buffer.
  }
}
