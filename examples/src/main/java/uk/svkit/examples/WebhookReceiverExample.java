package uk.svkit.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.WebhookVerifier;
import uk.svkit.sdk.exception.WebhookVerificationException;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;

/**
 * A webhook receiver in plain Java SE: subscribes itself to the events a contract-management system
 * needs to chase late returns, then verifies and prints every delivery. Answer 2xx quickly and
 * process afterwards; svkit retries anything else with back-off for up to 3 days, so deduplicate on
 * the event id.
 *
 * <p>The demo server refuses http:// and private addresses as receivers unless it runs with
 * SVKIT_WEBHOOKS_ALLOW_HTTP=true and SVKIT_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true (as this example
 * needs on one machine).
 */
public final class WebhookReceiverExample {
  private WebhookReceiverExample() {}

  public static void main(String[] args) throws IOException {
    String endpoint = System.getenv().getOrDefault("SVKIT_ENDPOINT", "http://localhost:9080");
    int port = Integer.parseInt(System.getenv().getOrDefault("SVKIT_RECEIVER_PORT", "8088"));
    String receiverUrl =
        System.getenv().getOrDefault("SVKIT_RECEIVER_URL", "http://127.0.0.1:" + port + "/svkit");

    WebhookSubscription subscription;
    try (SvkitClient client =
        SvkitClient.builder().endpoint(endpoint).credential(System.getenv("SVKIT_TOKEN")).build()) {
      subscription =
          client
              .webhooks()
              .createWebhook(
                  WebhookOptions.builder()
                      .url(receiverUrl)
                      .eventTypes(
                          List.of(
                              "uk.svkit.return.submitted",
                              "uk.svkit.return.due",
                              "uk.svkit.return.overdue",
                              "uk.svkit.kpi.rating_changed"))
                      .description("Example receiver")
                      .build());
      System.out.println("Subscribed " + subscription.getId() + "; pinging it");
      client.webhooks().pingWebhook(subscription.getId());
    }

    WebhookVerifier verifier = WebhookVerifier.create(subscription.getSecret());
    Set<String> seen = ConcurrentHashMap.newKeySet();
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext(
        "/svkit",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          try {
            Event event = verifier.verify(exchange.getRequestHeaders(), body);
            if (seen.add(event.getId())) {
              System.out.println(
                  event.getType() + " " + event.getSubject() + " " + event.getData());
            }
            exchange.sendResponseHeaders(204, -1);
          } catch (WebhookVerificationException e) {
            System.out.println("Rejected: " + e.getMessage());
            exchange.sendResponseHeaders(400, -1);
          }
          exchange.close();
        });
    server.start();
    System.out.println("Receiving on " + receiverUrl + " (Ctrl-C to stop)");
  }
}
