package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResponseExcerptTest {
  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepsTheFirstCharactersOfALongAnswerAndReadsItToTheEnd() throws Exception {
    ResponseExcerpt body = new ResponseExcerpt();
    AtomicLong requested = new AtomicLong();
    body.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {
            requested.addAndGet(n);
          }

          @Override
          public void cancel() {}
        });
    body.onNext(List.of(bytes("a".repeat(300)), bytes("b".repeat(300))));
    body.onNext(List.of(bytes("c".repeat(10_000))));
    body.onComplete();
    String excerpt = body.getBody().toCompletableFuture().get();
    assertEquals("a".repeat(300) + "b".repeat(200), excerpt);
    assertEquals(WebhookAttempt.EXCERPT_LENGTH, excerpt.length());
    assertEquals(Long.MAX_VALUE, requested.get(), "the whole answer is read, then dropped");
  }

  @Test
  void anEmptyAnswerHasNoExcerptAndAFailedOneFails() {
    ResponseExcerpt empty = new ResponseExcerpt();
    empty.onComplete();
    assertNull(empty.getBody().toCompletableFuture().join());

    ResponseExcerpt failed = new ResponseExcerpt();
    failed.onNext(List.of(bytes("partial")));
    failed.onError(new IOException("connection reset"));
    assertThrows(ExecutionException.class, () -> failed.getBody().toCompletableFuture().get());
  }
}
