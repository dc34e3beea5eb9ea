package uk.svkit.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

class RequestIdIT extends SvkitServer {
  @Test
  void clientRequestIdIsEchoedAndNamesTheProblem() {
    String id = "vendor-" + UUID.randomUUID();

    Http.Reply reply = http().get("/api/v1/organisations/me").header("X-Request-Id", id).send();

    assertEquals(id, reply.header("X-Request-Id"));
    assertEquals(id, reply.json().getString("instance"));
  }

  @Test
  void requestIdIsGeneratedWhenAbsent() {
    Http.Reply first = http().get("/api/v1/places").send();
    Http.Reply second = http().get("/api/v1/places").send();

    assertNotNull(first.header("X-Request-Id"));
    assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"));
  }

  @Test
  void unsafeRequestIdIsReplaced() {
    Http.Reply reply =
        http().get("/api/v1/places").header("X-Request-Id", "bad id\u00e9<script>").send();

    assertTrue(reply.header("X-Request-Id").matches("[0-9a-f-]{36}"), reply.header("X-Request-Id"));
  }

  @Test
  void requestIdAppearsInTheServerLogLinesOfThatRequest() throws Exception {
    String id = "log-" + UUID.randomUUID();

    http()
        .get("/api/v1/organisations?q=nobody")
        .token(Tokens.admin())
        .header("X-Request-Id", id)
        .send();

    assertTrue(awaitLogLine(id), "messages.log mentions " + id);
  }

  private static boolean awaitLogLine(String id) throws IOException, InterruptedException {
    Path log = Path.of(System.getProperty("svkit.it.log"));
    for (int i = 0; i < 50; i++) {
      if (Files.exists(log) && Files.readString(log).contains("[requestId=" + id + "]")) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
