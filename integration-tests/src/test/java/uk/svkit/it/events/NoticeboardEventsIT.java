package uk.svkit.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.it.support.WebhookReceiver;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.WebhookVerifier;
import uk.svkit.sdk.models.CreateOfferClaimOptions;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreatePledgeOptions;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.Need;
import uk.svkit.sdk.models.NeedOptions;
import uk.svkit.sdk.models.Offer;
import uk.svkit.sdk.models.OfferClaim;
import uk.svkit.sdk.models.OfferOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Pledge;
import uk.svkit.sdk.models.RecordDeliveryOptions;
import uk.svkit.sdk.models.SupportType;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;

/**
 * The noticeboard's events: a need is public, so any organisation may subscribe to needs (here,
 * only those in Wirral); pledges and their delivery reach the VCFSE; a claim reaches the business
 * whose offer it is.
 */
class NoticeboardEventsIT extends SvkitServer {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String VCFSE_ID = "8f1f3c39-0000-4000-8000-000000000006";
  private static final String WIRRAL = "E08000015";
  private static final String LIVERPOOL = "E08000012";

  private final List<AutoCloseable> closing = new ArrayList<>();
  private final List<Runnable> unsubscribe = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    unsubscribe.forEach(Runnable::run);
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  @Test
  void needsPledgesAndClaimsReachTheOrganisationsConcerned() throws Exception {
    SvkitClient admin = client(Tokens.admin());
    Organisation council =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(unique("Needs watcher"))
                    .roles(OrganisationRole.BUYER)
                    .identifier(uniqueCompanyIdentifier())
                    .build());
    SvkitClient watcher = client(Tokens.of(council.getIdentifier(), "buyer"));
    SvkitClient vcfse = client(Tokens.of("GB-CHC-1990001", "vcfse"));
    SvkitClient business = client(Tokens.of("GB-COH-09900001", "supplier"));

    WebhookReceiver watcherSystem = receiver();
    WebhookReceiver vcfseSystem = receiver();
    WebhookReceiver businessSystem = receiver();
    WebhookVerifier toWatcher =
        subscribe(
            watcher,
            watcherSystem,
            WebhookOptions.builder()
                .eventTypes(List.of("uk.svkit.need.posted"))
                .filter("placeCode", List.of(WIRRAL)));
    WebhookVerifier toVcfse =
        subscribe(
            vcfse,
            vcfseSystem,
            WebhookOptions.builder()
                .eventTypes(List.of("uk.svkit.pledge.made", "uk.svkit.pledge.delivered")));
    WebhookVerifier toBusiness =
        subscribe(
            business,
            businessSystem,
            WebhookOptions.builder().eventTypes(List.of("uk.svkit.offer.claimed")));

    LocalDate expires = LocalDate.now(ZoneOffset.UTC).plusDays(30);
    Need inWirral = vcfse.directory().createNeed(need("Hamper packing", WIRRAL, expires));
    Need inLiverpool = vcfse.directory().createNeed(need("Hamper delivery", LIVERPOOL, expires));
    Event posted =
        await(watcherSystem, toWatcher, e -> inWirral.getId().equals(e.getData().get("needId")));
    assertEquals("uk.svkit.need.posted", posted.getType());
    assertEquals(VCFSE_ID, posted.getData().get("organisationId"));
    assertEquals("VOLUNTEERING", posted.getData().get("supportType"));

    Pledge pledge =
        business
            .directory()
            .createPledge(
                inWirral.getId(),
                CreatePledgeOptions.builder().quantity(new BigDecimal("4")).build());
    Event made =
        await(vcfseSystem, toVcfse, e -> pledge.getId().equals(e.getData().get("pledgeId")));
    assertEquals("uk.svkit.pledge.made", made.getType());
    business
        .directory()
        .recordPledgeDelivery(
            business.directory().getPledge(pledge.getId()),
            RecordDeliveryOptions.builder().note("Two volunteers, two hours").build());
    await(
        vcfseSystem,
        toVcfse,
        e ->
            e.getType().equals("uk.svkit.pledge.delivered")
                && pledge.getId().equals(e.getData().get("pledgeId")));

    Offer offer =
        business
            .directory()
            .createOffer(
                OfferOptions.builder()
                    .supportType(SupportType.MENTORING)
                    .title(unique("Finance mentoring"))
                    .quantity(new BigDecimal("20"))
                    .unit("hours")
                    .expiresOn(expires)
                    .build());
    OfferClaim claim =
        vcfse
            .directory()
            .createOfferClaim(
                offer.getId(),
                CreateOfferClaimOptions.builder().quantity(new BigDecimal("5")).build());
    Event claimed =
        await(businessSystem, toBusiness, e -> claim.getId().equals(e.getData().get("claimId")));
    assertEquals(offer.getId(), claimed.getData().get("offerId"));
    assertEquals(VCFSE_ID, claimed.getData().get("vcfseOrganisationId"));

    // The filter held back the Liverpool need; the watcher's own feed still lists it (public).
    Thread.sleep(2000);
    assertTrue(
        watcherSystem.matching(r -> r.body().contains(inLiverpool.getId())).isEmpty(),
        "a need outside the subscription's places is not delivered");
    assertTrue(
        watcher.events().listEvents().stream()
            .anyMatch(e -> inLiverpool.getId().equals(e.getData().get("needId"))));
  }

  private static NeedOptions need(String title, String place, LocalDate expires) {
    return NeedOptions.builder()
        .supportType(SupportType.VOLUNTEERING)
        .title(title)
        .quantity(new BigDecimal("8"))
        .unit("hours")
        .placeCode(place)
        .expiresOn(expires)
        .build();
  }

  private WebhookVerifier subscribe(
      SvkitClient client, WebhookReceiver receiver, WebhookOptions.Builder options) {
    WebhookSubscription s = client.webhooks().createWebhook(options.url(receiver.url()).build());
    unsubscribe.add(() -> client.webhooks().deleteWebhook(s.getId()));
    return WebhookVerifier.create(s.getSecret());
  }

  private static Event await(
      WebhookReceiver receiver, WebhookVerifier verifier, Predicate<Event> test)
      throws InterruptedException {
    WebhookReceiver.Received r =
        receiver.await(x -> test.test(verifier.verify(x.headers(), x.body())), 1, WAIT).get(0);
    return verifier.verify(r.headers(), r.body());
  }

  private WebhookReceiver receiver() throws Exception {
    WebhookReceiver receiver = new WebhookReceiver();
    closing.add(receiver);
    return receiver;
  }

  private SvkitClient client(String token) {
    SvkitClient client = Clients.of(endpoint(), token);
    closing.add(client);
    return client;
  }
}
