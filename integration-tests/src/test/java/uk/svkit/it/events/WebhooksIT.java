package uk.svkit.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.it.support.WebhookReceiver;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.WebhookVerifier;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.exception.WebhookVerificationException;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.ListEventsOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Sector;
import uk.svkit.sdk.models.SignProgrammeOptions;
import uk.svkit.sdk.models.Signature;
import uk.svkit.sdk.models.WebhookDelivery;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;
import uk.svkit.sdk.models.WithdrawSignatureOptions;

/**
 * Webhooks and the event feed end to end: subscriptions through the SDK, deliveries to a real HTTP
 * receiver this test starts, verified with the SDK's WebhookVerifier.
 */
class WebhooksIT extends SvkitServer {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String CHARTER_ID = "6b2d7c1e-0000-4000-8000-000000000001";
  private static final List<String> SIGNATURE_EVENTS =
      List.of("uk.svkit.signature.made", "uk.svkit.signature.withdrawn");

  private SvkitClient admin;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @BeforeEach
  void setUp() {
    admin = Clients.of(endpoint(), Tokens.admin());
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    admin.close();
  }

  @Test
  void aPingIsDeliveredSignedAndLogged() throws Exception {
    SvkitClient org = newOrganisationClient();
    WebhookReceiver receiver = receiver();
    WebhookSubscription created = subscribe(org, receiver, SIGNATURE_EVENTS);
    assertTrue(created.getSecret().startsWith("whsec_"), "the secret is shown at creation");
    assertNull(org.webhooks().getWebhook(created.getId()).getSecret(), "and never again");

    String eventId = org.webhooks().pingWebhook(created.getId());
    WebhookReceiver.Received ping =
        receiver.await(r -> eventId.equals(r.header("webhook-id")), 1, WAIT).get(0);
    Event event = WebhookVerifier.create(created.getSecret()).verify(ping.headers(), ping.body());
    assertEquals("uk.svkit.webhook.ping", event.getType());
    assertEquals("1.0", event.getSpecversion());
    assertEquals(created.getId(), event.getData().get("subscriptionId"));
    assertEquals("application/json", ping.header("Content-Type"));

    WebhookDelivery logged = awaitDelivery(org, created.getId(), eventId, "DELIVERED");
    assertEquals(1, logged.getAttempts());
    assertEquals(204, logged.getLog().get(0).getStatusCode());

    assertThrows(
        WebhookVerificationException.class,
        () ->
            WebhookVerifier.create(created.getSecret())
                .verify(ping.headers(), ping.body().replace("ping", "pong")),
        "a tampered body fails verification");
  }

  @Test
  void signingSecretsAreSealedAtRestWhenTheDeploymentHasAKey() throws Exception {
    String key = System.getenv("SVKIT_WEBHOOKS_SECRET_KEY");
    Assumptions.assumeTrue(
        key != null && "PostgreSQL".equals(System.getProperty("svkit.it.database")),
        "the PostgreSQL run sets a key and can be read over JDBC");
    SvkitClient org = newOrganisationClient();
    WebhookReceiver receiver = receiver();
    WebhookSubscription created = subscribe(org, receiver, SIGNATURE_EVENTS);
    String stored;
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:"
                    + Integer.getInteger("svkit.it.pg.port", 55432)
                    + "/postgres",
                "postgres",
                "postgres");
        PreparedStatement read =
            db.prepareStatement("SELECT secret FROM plt_webhook_subscription WHERE id = ?")) {
      read.setString(1, created.getId());
      try (ResultSet row = read.executeQuery()) {
        assertTrue(row.next());
        stored = row.getString(1);
      }
    }
    assertTrue(stored.startsWith("sealed:v1:"), "stored sealed: " + stored.substring(0, 10));
    assertFalse(stored.contains(created.getSecret().substring("whsec_".length())));
    // ...and deliveries are still signed with the secret shown at creation.
    String eventId = org.webhooks().pingWebhook(created.getId());
    WebhookReceiver.Received ping =
        receiver.await(r -> eventId.equals(r.header("webhook-id")), 1, WAIT).get(0);
    WebhookVerifier.create(created.getSecret()).verify(ping.headers(), ping.body());
  }

  @Test
  void aReceiverThatFailsThreeTimesGetsTheEventOnceMoreAndNoMore() throws Exception {
    SvkitClient org = newOrganisationClient();
    WebhookReceiver receiver = receiver().failFirst(3);
    WebhookSubscription created = subscribe(org, receiver, SIGNATURE_EVENTS);

    String eventId = org.webhooks().pingWebhook(created.getId());
    receiver.await(r -> eventId.equals(r.header("webhook-id")), 4, WAIT);
    WebhookDelivery delivered = awaitDelivery(org, created.getId(), eventId, "DELIVERED");
    assertEquals(4, delivered.getAttempts());
    assertEquals(
        List.of(503, 503, 503, 204),
        delivered.getLog().stream().map(a -> a.getStatusCode()).collect(Collectors.toList()));
    // The IT back-off is at most a second and a half: anything more would have arrived by now.
    Thread.sleep(3000);
    assertEquals(4, receiver.matching(r -> eventId.equals(r.header("webhook-id"))).size());

    WebhookDelivery again = org.webhooks().redeliverWebhook(created.getId(), delivered.getId());
    assertEquals("PENDING", again.getStatus());
    receiver.await(r -> eventId.equals(r.header("webhook-id")), 5, WAIT);
  }

  @Test
  void anEventWaitsBehindAFailedOneAboutTheSameSubject() throws Exception {
    SvkitClient org = as(newOrganisation());
    WebhookReceiver receiver = receiver().failFirst(2);
    WebhookSubscription created = subscribe(org, receiver, SIGNATURE_EVENTS);

    Signature signed =
        org.recognitions()
            .signProgramme(
                CHARTER_ID,
                SignProgrammeOptions.builder("Jo Bloggs", "Chair", Sector.VCFSE).build());
    org.recognitions()
        .withdrawSignature(
            signed.getId(),
            WithdrawSignatureOptions.builder("Re-signing").build(),
            signed.getETag());

    // The signing fails twice and is retried; its withdrawal is not sent before it has arrived.
    WebhookVerifier verifier = WebhookVerifier.create(created.getSecret());
    List<String> arrived =
        receiver.await(r -> true, 4, WAIT).stream()
            .map(r -> verifier.verify(r.headers(), r.body()).getType())
            .toList();
    assertEquals(
        List.of(
            "uk.svkit.signature.made",
            "uk.svkit.signature.made",
            "uk.svkit.signature.made",
            "uk.svkit.signature.withdrawn"),
        arrived);
    Thread.sleep(2000); // nothing more: each delivered once
    assertEquals(4, receiver.received().size());
    Event withdrawn =
        verifier.verify(receiver.received().get(3).headers(), receiver.received().get(3).body());
    assertEquals(
        1, awaitDelivery(org, created.getId(), withdrawn.getId(), "DELIVERED").getAttempts());
  }

  @Test
  void aRotatedSecretSignsBesideTheOldOneDuringTheOverlap() throws Exception {
    SvkitClient org = newOrganisationClient();
    WebhookReceiver receiver = receiver();
    WebhookSubscription created = subscribe(org, receiver, SIGNATURE_EVENTS);
    WebhookSubscription rotated =
        org.webhooks()
            .rotateWebhookSecret(
                created.getId(),
                Duration.ofHours(1),
                org.webhooks().getWebhook(created.getId()).getETag());
    assertFalse(rotated.getSecret().equals(created.getSecret()));
    assertNotNull(rotated.getPreviousSecretExpiresAt());

    String eventId = org.webhooks().pingWebhook(created.getId());
    WebhookReceiver.Received ping =
        receiver.await(r -> eventId.equals(r.header("webhook-id")), 1, WAIT).get(0);
    WebhookVerifier.create(created.getSecret()).verify(ping.headers(), ping.body());
    WebhookVerifier.create(rotated.getSecret()).verify(ping.headers(), ping.body());
  }

  @Test
  void changesAreDeliveredAndListedInTheFeedInCommitOrderToTheirOrganisationOnly()
      throws Exception {
    Organisation vcfse = newOrganisation();
    SvkitClient org = as(vcfse);
    SvkitClient other = newOrganisationClient();
    WebhookReceiver receiver = receiver();
    WebhookSubscription created = subscribe(org, receiver, SIGNATURE_EVENTS);

    List<String> signatureIds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Signature signed =
          org.recognitions()
              .signProgramme(
                  CHARTER_ID,
                  SignProgrammeOptions.builder("Jo Bloggs", "Chair", Sector.VCFSE).build());
      signatureIds.add(signed.getId());
      org.recognitions()
          .withdrawSignature(
              signed.getId(),
              WithdrawSignatureOptions.builder("Re-signing").build(),
              signed.getETag());
    }

    List<WebhookReceiver.Received> deliveries = receiver.await(r -> true, 6, WAIT);
    WebhookVerifier verifier = WebhookVerifier.create(created.getSecret());
    List<Event> delivered =
        deliveries.stream().map(r -> verifier.verify(r.headers(), r.body())).toList();
    // In order per subject: each signature's withdrawal arrives after its signing (different
    // signatures may be delivered concurrently, in any order).
    for (String signatureId : signatureIds) {
      assertEquals(
          List.of("uk.svkit.signature.made", "uk.svkit.signature.withdrawn"),
          delivered.stream()
              .filter(e -> e.getSubject().equals("signatures/" + signatureId))
              .map(Event::getType)
              .toList());
    }
    Event firstSigned =
        delivered.stream()
            .filter(e -> e.getSubject().equals("signatures/" + signatureIds.get(0)))
            .findFirst()
            .orElseThrow();
    assertEquals(vcfse.getId(), firstSigned.getData().get("organisationId"));

    // The feed: the same events in commit order (the order they were made), paged (the IT
    // server's maximum page is 5). Read for the signature types: public noticeboard events
    // (need.posted) are in every organisation's feed, and other tests post needs.
    List<Event> feed =
        org
            .events()
            .listEvents(ListEventsOptions.builder().types(SIGNATURE_EVENTS).limit(2).build())
            .stream()
            .toList();
    assertEquals(
        List.of(
            "uk.svkit.signature.made",
            "uk.svkit.signature.withdrawn",
            "uk.svkit.signature.made",
            "uk.svkit.signature.withdrawn",
            "uk.svkit.signature.made",
            "uk.svkit.signature.withdrawn"),
        feed.stream().map(Event::getType).toList());
    assertEquals(
        signatureIds.stream()
            .flatMap(id -> List.of("signatures/" + id, "signatures/" + id).stream())
            .toList(),
        feed.stream().map(Event::getSubject).toList());
    assertEquals(
        delivered.stream().map(Event::getId).collect(Collectors.toSet()),
        feed.stream().map(Event::getId).collect(Collectors.toSet()));
    for (int i = 1; i < feed.size(); i++) {
      assertTrue(
          Long.parseLong(feed.get(i).getSequence())
              > Long.parseLong(feed.get(i - 1).getSequence()));
    }
    List<Event> resumed =
        org
            .events()
            .listEvents(
                ListEventsOptions.builder()
                    .after(Long.parseLong(feed.get(3).getSequence()))
                    .types(List.of("uk.svkit.signature.withdrawn"))
                    .build())
            .stream()
            .toList();
    assertEquals(List.of(feed.get(5).getId()), resumed.stream().map(Event::getId).toList());

    // Another organisation sees none of it and cannot touch the subscription.
    assertTrue(
        other.events().listEvents().stream()
            .noneMatch(e -> e.getSubject().contains(signatureIds.get(0))));
    assertThrows(NotFoundException.class, () -> other.webhooks().getWebhook(created.getId()));
    assertThrows(
        NotFoundException.class,
        () -> other.webhooks().listWebhookDeliveries(created.getId()).stream().count());
    assertThrows(NotFoundException.class, () -> other.webhooks().pingWebhook(created.getId()));
    assertThrows(
        NotFoundException.class,
        () ->
            other
                .webhooks()
                .updateWebhook(
                    created.getId(),
                    WebhookOptions.builder()
                        .url(receiver.url())
                        .eventTypes(SIGNATURE_EVENTS)
                        .build(),
                    "\"1\""));
    assertThrows(NotFoundException.class, () -> other.webhooks().deleteWebhook(created.getId()));
    assertTrue(
        other.webhooks().listWebhooks().stream().noneMatch(s -> s.getId().equals(created.getId())));
    assertEquals(created.getId(), org.webhooks().getWebhook(created.getId()).getId());
  }

  @Test
  void subscriptionsNameKnownEventTypesAndUpdateAndDelete() throws Exception {
    SvkitClient org = newOrganisationClient();
    WebhookReceiver receiver = receiver();
    assertThrows(
        ValidationException.class,
        () -> subscribe(org, receiver, List.of("uk.svkit.nothing.happened")));
    WebhookSubscription created = subscribe(org, receiver, SIGNATURE_EVENTS);
    // A VCFSE-role caller cannot read contracts, so it cannot have their returns told to it either.
    PermissionDeniedException refused =
        assertThrows(
            PermissionDeniedException.class,
            () ->
                org.webhooks()
                    .updateWebhook(
                        created.getId(),
                        WebhookOptions.builder()
                            .url(receiver.url())
                            .eventTypes(List.of("uk.svkit.need.posted", "uk.svkit.return.overdue"))
                            .build(),
                        created.getETag()));
    assertTrue(refused.getMessage().contains("uk.svkit.return.overdue"), refused.getMessage());
    WebhookSubscription updated =
        org.webhooks()
            .updateWebhook(
                created.getId(),
                WebhookOptions.builder()
                    .url(receiver.url())
                    .eventTypes(List.of("uk.svkit.pledge.made", "uk.svkit.need.posted"))
                    .description("Help offered")
                    .build(),
                created.getETag());
    assertEquals(List.of("uk.svkit.pledge.made", "uk.svkit.need.posted"), updated.getEventTypes());
    assertEquals("ACTIVE", updated.getStatus());
    org.webhooks().deleteWebhook(created.getId());
    assertThrows(NotFoundException.class, () -> org.webhooks().getWebhook(created.getId()));
  }

  private WebhookDelivery awaitDelivery(
      SvkitClient org, String subscriptionId, String eventId, String status)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    WebhookDelivery last = null;
    while (System.nanoTime() < deadline) {
      last =
          org.webhooks().listWebhookDeliveries(subscriptionId).stream()
              .filter(d -> d.getEventId().equals(eventId))
              .findFirst()
              .orElse(null);
      if (last != null && status.equals(last.getStatus())) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("delivery of " + eventId + " is not " + status + ": " + last);
  }

  private WebhookSubscription subscribe(
      SvkitClient org, WebhookReceiver receiver, List<String> types) {
    return org.webhooks()
        .createWebhook(
            WebhookOptions.builder()
                .url(receiver.url())
                .eventTypes(types)
                .description("IT receiver")
                .build());
  }

  private WebhookReceiver receiver() throws Exception {
    WebhookReceiver receiver = new WebhookReceiver();
    closing.add(receiver);
    return receiver;
  }

  private Organisation newOrganisation() {
    return admin
        .organisations()
        .createOrganisation(
            CreateOrganisationOptions.builder()
                .name(unique("Webhook VCFSE"))
                .roles(OrganisationRole.VCFSE)
                .identifier(uniqueCompanyIdentifier())
                .build());
  }

  private SvkitClient newOrganisationClient() {
    return as(newOrganisation());
  }

  private SvkitClient as(Organisation org) {
    SvkitClient client = Clients.of(endpoint(), Tokens.of(org.getIdentifier(), "vcfse"));
    closing.add(client);
    return client;
  }
}
