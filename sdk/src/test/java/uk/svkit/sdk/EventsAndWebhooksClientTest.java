package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.ListEventsOptions;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;

class EventsAndWebhooksClientTest {
  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    client = TestSupport.clientFor(stub, new TestSupport.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    stub.close();
    client.close();
  }

  private static String event(String id, long sequence) {
    return "{\"specversion\":\"1.0\",\"id\":\""
        + id
        + "\",\"source\":\"urn:svkit\",\"type\":\"uk.svkit.return.overdue\",\"subject\":\"contracts/c1\","
        + "\"time\":\"2026-12-04T15:00:00Z\",\"sequence\":\""
        + sequence
        + "\",\"data\":{\"contractId\":\"c1\"}}";
  }

  @Test
  void theFeedFollowsNextLinksThatResumeAfterASequence() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":["
                + event("e1", 41)
                + ","
                + event("e2", 42)
                + "],\"next\":\"/api/v1/events?after=42&limit=2&type=uk.svkit.return.overdue\"}"));
    stub.enqueue(Reply.json(200, "{\"items\":[" + event("e3", 57) + "]}"));

    List<Event> events =
        client
            .events()
            .listEvents(
                ListEventsOptions.builder()
                    .after(40)
                    .limit(2)
                    .types(List.of("uk.svkit.return.overdue"))
                    .build())
            .stream()
            .toList();

    assertEquals(List.of("e1", "e2", "e3"), events.stream().map(Event::getId).toList());
    assertEquals("57", events.get(2).getSequence());
    assertEquals("c1", events.get(0).getData().get("contractId"));
    assertEquals("after=40&limit=2&type=uk.svkit.return.overdue", stub.requests().get(0).query());
    assertEquals("after=42&limit=2&type=uk.svkit.return.overdue", stub.requests().get(1).query());
  }

  @Test
  void createSendsUrlTypesAndFiltersAndKeepsTheSecret() {
    stub.enqueue(
        Reply.json(
            201,
            "{\"id\":\"w1\",\"url\":\"https://cms.example/hook\",\"eventTypes\":[\"uk.svkit.need.posted\"],"
                + "\"filters\":{\"placeCode\":[\"E08000015\"]},\"status\":\"ACTIVE\",\"secret\":\"whsec_abc\"}"));

    WebhookSubscription created =
        client
            .webhooks()
            .createWebhook(
                WebhookOptions.builder()
                    .url("https://cms.example/hook")
                    .eventTypes(List.of("uk.svkit.need.posted"))
                    .filter("placeCode", List.of("E08000015"))
                    .build());

    assertEquals("whsec_abc", created.getSecret());
    assertEquals(List.of("E08000015"), created.getFilters().get("placeCode"));
    assertEquals("POST", stub.lastRequest().method);
    assertEquals("/api/v1/webhooks", stub.lastRequest().path());
    assertEquals(
        "{\"url\":\"https://cms.example/hook\",\"eventTypes\":[\"uk.svkit.need.posted\"],"
            + "\"filters\":{\"placeCode\":[\"E08000015\"]}}",
        stub.lastRequest().body);
    assertNotNull(stub.lastRequest().header("Idempotency-Key"));
  }

  @Test
  void rotationSendsTheOverlapInHoursWithIfMatch() {
    stub.enqueue(Reply.json(200, "{\"id\":\"w1\",\"secret\":\"whsec_new\"}"));

    client.webhooks().rotateWebhookSecret("w1", Duration.ofHours(6), "\"3\"");

    assertEquals("/api/v1/webhooks/w1/secret", stub.lastRequest().path());
    assertEquals("\"3\"", stub.lastRequest().header("If-Match"));
    assertEquals("{\"overlapHours\":6}", stub.lastRequest().body);
  }
}
