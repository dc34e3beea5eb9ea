package uk.svkit.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.PackagedServer;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.it.support.WebhookReceiver;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.WebhookVerifier;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Sector;
import uk.svkit.sdk.models.SignProgrammeOptions;
import uk.svkit.sdk.models.Signature;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;
import uk.svkit.sdk.models.WithdrawSignatureOptions;

/**
 * Two server instances on one PostgreSQL (the suite's server and the packaged server beside it, on
 * the same database) record, number and deliver events between them: each event reaches the
 * receiver once in normal operation, and none is lost when one instance is killed with SIGKILL
 * while it has deliveries in flight. PostgreSQL run only (H2 is for a single instance).
 */
class TwoInstancesIT extends SvkitServer {
  private static final String CHARTER_ID = "6b2d7c1e-0000-4000-8000-000000000001";
  private static final Duration WAIT = Duration.ofSeconds(60);

  private PackagedServer second;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @BeforeEach
  void startSecondInstance() throws Exception {
    Assumptions.assumeTrue(
        "PostgreSQL".equals(System.getProperty("svkit.it.database")),
        "two instances share a PostgreSQL database");
    Path home = PackagedServer.newHome("two-instances");
    Map<String, String> env = new HashMap<>();
    env.put("SVKIT_DEMO", "true");
    env.put("SVKIT_DATA_DIR", home.resolve("data").toAbsolutePath().toString());
    env.put(
        "SVKIT_DB_URL",
        "jdbc:postgresql://localhost:"
            + Integer.getInteger("svkit.it.pg.port", 55432)
            + "/postgres");
    env.put("SVKIT_DB_USER", "postgres");
    env.put("SVKIT_DB_PASSWORD", "postgres");
    env.put("SVKIT_WEBHOOKS_ALLOW_HTTP", "true");
    env.put("SVKIT_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
    env.put("SVKIT_WEBHOOKS_RETRY_INITIAL", "PT0.5S");
    env.put("SVKIT_WEBHOOKS_RETRY_MAX", "PT1S");
    env.put("SVKIT_WEBHOOKS_LEASE", "PT10S");
    env.put("SVKIT_WEBHOOKS_REQUEST_TIMEOUT", "PT5S");
    // Both instances open the signing secrets the other sealed.
    if (System.getenv("SVKIT_WEBHOOKS_SECRET_KEY") != null) {
      env.put("SVKIT_WEBHOOKS_SECRET_KEY", System.getenv("SVKIT_WEBHOOKS_SECRET_KEY"));
    }
    second = new PackagedServer(home, env).start();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void eachEventIsDeliveredOnceByTwoInstancesAndNoneIsLostWhenOneIsKilled() throws Exception {
    Organisation vcfse;
    try (SvkitClient admin = Clients.of(endpoint(), Tokens.admin())) {
      vcfse =
          admin
              .organisations()
              .createOrganisation(
                  CreateOrganisationOptions.builder()
                      .name(unique("Two instances VCFSE"))
                      .roles(OrganisationRole.VCFSE)
                      .identifier(uniqueCompanyIdentifier())
                      .build());
    }
    String token = Tokens.of(vcfse.getIdentifier(), "vcfse");
    SvkitClient first = client(endpoint(), token);
    SvkitClient other = client(URI.create("http://localhost:" + PackagedServer.HTTP_PORT), token);
    WebhookReceiver receiver = new WebhookReceiver();
    closing.add(receiver);
    WebhookSubscription hook =
        first
            .webhooks()
            .createWebhook(
                WebhookOptions.builder()
                    .url(receiver.url())
                    .eventTypes(List.of("uk.svkit.signature.made", "uk.svkit.signature.withdrawn"))
                    .build());
    WebhookVerifier verifier = WebhookVerifier.create(hook.getSecret());

    // Normal operation: changes made through both instances, delivered by both.
    int events = signAndWithdraw(List.of(first, other), 10);
    receiver.await(r -> true, events, WAIT);
    Thread.sleep(3000); // a duplicate would have arrived by now
    Map<String, Long> perEvent = countPerEvent(receiver, verifier);
    assertEquals(events, perEvent.size());
    assertTrue(
        perEvent.values().stream().allMatch(n -> n == 1),
        "each event delivered once by the two instances: " + perEvent);

    // A slow receiver, so deliveries are in flight when the second instance is killed.
    receiver.answerAfter(Duration.ofSeconds(2));
    int before = receiver.received().size();
    int more = signAndWithdraw(List.of(first), 10);
    receiver.await(r -> true, before + 2, WAIT);
    second.kill();
    second = null;
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (countPerEvent(receiver, verifier).size() < events + more
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(
        events + more,
        countPerEvent(receiver, verifier).size(),
        "every event delivered at least once after the kill");
    assertEquals(
        events + more,
        first.events().listEvents().stream()
            .filter(e -> e.getType().startsWith("uk.svkit.signature."))
            .count(),
        "the feed holds each event once");
  }

  private int signAndWithdraw(List<SvkitClient> through, int times) {
    int recorded = 0;
    for (int i = 0; i < times; i++) {
      SvkitClient client = through.get(i % through.size());
      Signature signed =
          client
              .recognitions()
              .signProgramme(
                  CHARTER_ID,
                  SignProgrammeOptions.builder("Jo Bloggs", "Chair", Sector.VCFSE).build());
      client
          .recognitions()
          .withdrawSignature(
              signed.getId(), WithdrawSignatureOptions.builder("Again").build(), signed.getETag());
      recorded += 2;
    }
    return recorded;
  }

  private static Map<String, Long> countPerEvent(
      WebhookReceiver receiver, WebhookVerifier verifier) {
    return receiver.received().stream()
        .map(r -> verifier.verify(r.headers(), r.body()))
        .map(Event::getId)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private SvkitClient client(URI endpoint, String token) {
    SvkitClient client = Clients.of(endpoint, token);
    closing.add(client);
    return client;
  }
}
