package uk.svkit.api.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;

class ResponseExcerptTest {
  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the client's callback would get the answer. */
  private static final class Outcome implements FutureCallback<ResponseExcerpt.Answer> {
    final CompletableFuture<ResponseExcerpt.Answer> answer = new CompletableFuture<>();

    @Override
    public void completed(ResponseExcerpt.Answer result) {
      answer.complete(result);
    }

    @Override
    public void failed(Exception ex) {
      answer.completeExceptionally(ex);
    }

    @Override
    public void cancelled() {
      answer.cancel(false);
    }
  }

  @Test
  void keepsTheStatusAndTheFirstCharactersOfALongAnswerAndReadsItToTheEnd() throws Exception {
    ResponseExcerpt body = new ResponseExcerpt(Duration.ofSeconds(10));
    Outcome outcome = new Outcome();
    body.consumeResponse(
        new BasicHttpResponse(500),
        new BasicEntityDetails(-1, ContentType.TEXT_PLAIN),
        null,
        outcome);
    ByteBuffer first = bytes("a".repeat(300));
    body.consume(first);
    body.consume(bytes("b".repeat(300)));
    ByteBuffer last = bytes("c".repeat(10_000));
    body.consume(last);
    body.streamEnd(null);
    ResponseExcerpt.Answer answer = outcome.answer.get();
    assertEquals(500, answer.statusCode());
    assertEquals("a".repeat(300) + "b".repeat(200), answer.excerpt());
    assertEquals(WebhookAttempt.EXCERPT_LENGTH, answer.excerpt().length());
    assertEquals(0, last.remaining(), "the whole answer is read, then dropped");
  }

  @Test
  void anEmptyAnswerHasNoExcerpt() throws Exception {
    ResponseExcerpt empty = new ResponseExcerpt(Duration.ofSeconds(10));
    Outcome outcome = new Outcome();
    empty.consumeResponse(new BasicHttpResponse(204), null, null, outcome);
    assertEquals(204, outcome.answer.get().statusCode());
    assertNull(outcome.answer.get().excerpt());
  }

  @Test
  void anAnswerStillArrivingWhenTheTimeIsUpFails() throws Exception {
    ResponseExcerpt slow = new ResponseExcerpt(Duration.ZERO);
    slow.consumeResponse(
        new BasicHttpResponse(200),
        new BasicEntityDetails(-1, ContentType.TEXT_PLAIN),
        null,
        new Outcome());
    assertThrows(IOException.class, () -> slow.consume(bytes("a byte at a time")));
  }
}
