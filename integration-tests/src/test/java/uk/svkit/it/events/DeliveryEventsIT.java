package uk.svkit.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.it.support.WebhookReceiver;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.WebhookVerifier;
import uk.svkit.sdk.models.AnswerDeliveryOptions;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreatePledgeOptions;
import uk.svkit.sdk.models.Delivery;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.Need;
import uk.svkit.sdk.models.NeedOptions;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Pledge;
import uk.svkit.sdk.models.RecordDeliveryOptions;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.SupportType;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;

/**
 * The delivery-confirmation events through the SDK: a business records delivery on a pledge and the
 * receiving VCFSE adjusts, then disputes it; each step reaches both parties' webhooks (signed,
 * verified with the SDK's verifier) with the figures each side relies on, and no other
 * organisation's feed.
 */
class DeliveryEventsIT extends SvkitServer {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final List<AutoCloseable> closing = new ArrayList<>();
  private final List<Runnable> unsubscribe = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    unsubscribe.forEach(Runnable::run);
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  record Org(String id, SvkitClient client) {}

  @Test
  void eachStepOfADeliveryReachesTheVcfseAndTheBusiness() throws Exception {
    Org business = organisation("Delivery events Ltd", OrganisationRole.SUPPLIER, "supplier");
    Org vcfse = organisation("Delivery events pantry", OrganisationRole.VCFSE, "vcfse");
    Org stranger = organisation("Delivery events onlooker", OrganisationRole.SUPPLIER, "supplier");
    vcfse
        .client()
        .directory()
        .saveProfile(
            vcfse.id(),
            SaveVcfseProfileOptions.builder()
                .legalForm(LegalForm.CIO)
                .basePostcode("CH41")
                .build());
    List<String> types =
        List.of(
            "uk.svkit.delivery.recorded",
            "uk.svkit.delivery.confirmed",
            "uk.svkit.delivery.disputed");
    WebhookReceiver vcfseSystem = receiver();
    WebhookReceiver businessSystem = receiver();
    WebhookVerifier toVcfse = subscribe(vcfse.client(), vcfseSystem, types);
    WebhookVerifier toBusiness = subscribe(business.client(), businessSystem, types);

    Need need =
        vcfse
            .client()
            .directory()
            .createNeed(
                NeedOptions.builder()
                    .supportType(SupportType.VOLUNTEERING)
                    .title(unique("Warm space volunteers"))
                    .quantity(new BigDecimal("12"))
                    .unit("hours")
                    .expiresOn(LocalDate.now(ZoneOffset.UTC).plusDays(30))
                    .build());
    Pledge pledge =
        business
            .client()
            .directory()
            .createPledge(
                need.getId(), CreatePledgeOptions.builder().quantity(new BigDecimal("10")).build());
    business
        .client()
        .directory()
        .recordPledgeDelivery(
            business.client().directory().getPledge(pledge.getId()),
            RecordDeliveryOptions.builder().note("Two evenings").build());

    // Recorded: the VCFSE has it to confirm; the business hears the same.
    for (Event recorded :
        List.of(
            await(vcfseSystem, toVcfse, "uk.svkit.delivery.recorded", pledge.getId()),
            await(businessSystem, toBusiness, "uk.svkit.delivery.recorded", pledge.getId()))) {
      assertEquals("directory/deliveries/" + pledge.getId(), recorded.getSubject());
      assertEquals("PLEDGE", recorded.getData().get("through"));
      assertEquals(need.getId(), recorded.getData().get("listingId"));
      assertEquals(vcfse.id(), recorded.getData().get("vcfseOrganisationId"));
      assertEquals(business.id(), recorded.getData().get("supplierOrganisationId"));
      assertAmount("10", recorded.getData().get("deliveredQuantity"));
      assertEquals("AWAITING_CONFIRMATION", recorded.getData().get("status"));
    }

    // Adjusted: a confirmation event carrying what counts and why.
    Delivery delivery = vcfse.client().directory().getDelivery(pledge.getId());
    vcfse
        .client()
        .directory()
        .answerDelivery(
            delivery, AnswerDeliveryOptions.adjust(new BigDecimal("8"), "One evening was short"));
    for (Event adjusted :
        List.of(
            await(vcfseSystem, toVcfse, "uk.svkit.delivery.confirmed", pledge.getId()),
            await(businessSystem, toBusiness, "uk.svkit.delivery.confirmed", pledge.getId()))) {
      assertEquals("ADJUSTED", adjusted.getData().get("status"));
      assertAmount("8", adjusted.getData().get("acceptedQuantity"));
      assertEquals("One evening was short", adjusted.getData().get("reason"));
    }

    // Disputed: the business learns the VCFSE no longer vouches for it.
    vcfse
        .client()
        .directory()
        .answerDelivery(
            vcfse.client().directory().getDelivery(pledge.getId()),
            AnswerDeliveryOptions.dispute("Nobody came on the second evening"));
    Event disputed =
        await(businessSystem, toBusiness, "uk.svkit.delivery.disputed", pledge.getId());
    assertEquals("DISPUTED", disputed.getData().get("status"));
    assertEquals("Nobody came on the second evening", disputed.getData().get("reason"));
    assertNull(disputed.getData().get("acceptedQuantity"));
    await(vcfseSystem, toVcfse, "uk.svkit.delivery.disputed", pledge.getId());

    // Both parties' feeds list the three steps; another organisation's lists none of them.
    for (Org party : List.of(vcfse, business)) {
      Set<String> seen =
          Set.copyOf(
              party.client().events().listEvents().stream()
                  .filter(e -> e.getType().startsWith("uk.svkit.delivery."))
                  .filter(e -> pledge.getId().equals(e.getData().get("deliveryId")))
                  .map(Event::getType)
                  .toList());
      assertEquals(Set.copyOf(types), seen);
    }
    assertFalse(
        stranger.client().events().listEvents().stream()
            .anyMatch(e -> pledge.getId().equals(e.getData().get("deliveryId"))));
  }

  private Org organisation(String name, OrganisationRole role, String tokenRole) {
    SvkitClient admin = client(Tokens.admin());
    String identifier = uniqueCompanyIdentifier();
    String id =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(unique(name))
                    .roles(Set.of(role))
                    .identifier(identifier)
                    .build())
            .getId();
    return new Org(id, client(Tokens.of(identifier, tokenRole)));
  }

  private WebhookVerifier subscribe(
      SvkitClient client, WebhookReceiver receiver, List<String> types) {
    WebhookSubscription s =
        client
            .webhooks()
            .createWebhook(WebhookOptions.builder().eventTypes(types).url(receiver.url()).build());
    unsubscribe.add(() -> client.webhooks().deleteWebhook(s.getId()));
    return WebhookVerifier.create(s.getSecret());
  }

  /** The verified event of this type about this delivery, waiting for its webhook call. */
  private static Event await(
      WebhookReceiver receiver, WebhookVerifier verifier, String type, String deliveryId)
      throws InterruptedException {
    Predicate<Event> about =
        e -> e.getType().equals(type) && deliveryId.equals(e.getData().get("deliveryId"));
    WebhookReceiver.Received r =
        receiver.await(x -> about.test(verifier.verify(x.headers(), x.body())), 1, WAIT).get(0);
    Event event = verifier.verify(r.headers(), r.body());
    assertTrue(about.test(event));
    return event;
  }

  private static void assertAmount(String expected, Object actual) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
        () -> "expected " + expected + " but was " + actual);
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
