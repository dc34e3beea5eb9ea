package uk.svkit.it.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.it.support.WebhookReceiver;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.WebhookVerifier;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.Bid;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.ScoreAnswerOptions;
import uk.svkit.sdk.models.Tender;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;

/**
 * A tender's events reach the buyer's and the bidder's systems as signed webhooks: a bid arrived
 * (to the buyer, without who or what), the deadline passed (from the scheduler, to both) and the
 * award (to both).
 */
class TenderEventsIT extends SvkitServer {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final List<String> TYPES =
      List.of("uk.svkit.bid.submitted", "uk.svkit.tender.closed", "uk.svkit.tender.awarded");

  @Test
  void buyerAndBidderLearnOfBidsTheDeadlineAndTheAward() throws Exception {
    String evaluator = unique("eval").replace(' ', '-');
    try (SvkitClient buyer = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"));
        SvkitClient panel =
            Clients.of(endpoint(), Tokens.person("GB-LAE-WRL", evaluator, "evaluator"));
        SvkitClient supplier = Clients.of(endpoint(), Tokens.of("GB-COH-09900001", "supplier"));
        WebhookReceiver buyerSystem = new WebhookReceiver();
        WebhookReceiver supplierSystem = new WebhookReceiver()) {
      WebhookSubscription buyerHook = subscribe(buyer, buyerSystem, TYPES);
      // That a bid arrived is the buyer's to know: a supplier may not subscribe to it.
      assertThrows(
          PermissionDeniedException.class, () -> subscribe(supplier, supplierSystem, TYPES));
      WebhookSubscription supplierHook = subscribe(supplier, supplierSystem, TYPES.subList(1, 3));
      try {
        QuestionSet set = ProcurementFixtures.publishedQuestionSet(buyer, unique("Events"));
        Tender tender =
            ProcurementFixtures.tender(
                buyer, set, unique("EVT").replace(' ', '-'), Duration.ofSeconds(5));
        tender = buyer.tenders().assignEvaluators(tender, List.of(evaluator));
        Bid bid =
            supplier
                .tenders()
                .submitBid(tender.getId(), ProcurementFixtures.bid("880000", "5", "27", null));
        String subject = "tenders/" + tender.getId();
        WebhookVerifier toBuyer = WebhookVerifier.create(buyerHook.getSecret());
        WebhookVerifier toSupplier = WebhookVerifier.create(supplierHook.getSecret());

        Event arrived = await(buyerSystem, toBuyer, subject, "uk.svkit.bid.submitted");
        assertEquals(tender.getId(), arrived.getData().get("tenderId"));
        assertFalse(
            arrived.toString().contains(bid.getId())
                || arrived.getData().containsValue(bid.getId()),
            "a sealed bid: the buyer is told one arrived, not which");
        assertFalse(arrived.getData().containsKey("supplierOrganisationId"));

        Event closedForBuyer = await(buyerSystem, toBuyer, subject, "uk.svkit.tender.closed");
        Event closedForSupplier =
            await(supplierSystem, toSupplier, subject, "uk.svkit.tender.closed");
        assertEquals(tender.getBuyerTenderId(), closedForBuyer.getData().get("buyerTenderId"));
        assertEquals(tender.getId(), closedForSupplier.getData().get("tenderId"));

        for (String key : List.of("JOBS", "TRAIN", "HOW", "RLW")) {
          panel
              .tenders()
              .scoreAnswer(
                  tender.getId(), bid.getId(), key, ScoreAnswerOptions.builder(75).build());
        }
        buyer.tenders().awardTender(buyer.tenders().getTender(tender.getId()), bid.getId());
        Event awarded = await(supplierSystem, toSupplier, subject, "uk.svkit.tender.awarded");
        assertEquals(bid.getId(), awarded.getData().get("bidId"));
        await(buyerSystem, toBuyer, subject, "uk.svkit.tender.awarded");

        // Each once: the scheduler ran several times since the deadline.
        Thread.sleep(4000);
        assertEquals(1, count(buyerSystem, toBuyer, subject, "uk.svkit.tender.closed"));
        assertEquals(1, count(supplierSystem, toSupplier, subject, "uk.svkit.tender.closed"));
        assertEquals(0, count(supplierSystem, toSupplier, subject, "uk.svkit.bid.submitted"));
        assertTrue(
            buyer.events().listEvents().stream()
                .anyMatch(
                    e ->
                        e.getId().equals(closedForBuyer.getId()) && subject.equals(e.getSubject())),
            "the feed lists what the webhook delivered");
      } finally {
        buyer.webhooks().deleteWebhook(buyerHook.getId());
        supplier.webhooks().deleteWebhook(supplierHook.getId());
      }
    }
  }

  private static WebhookSubscription subscribe(
      SvkitClient client, WebhookReceiver receiver, List<String> types) {
    return client
        .webhooks()
        .createWebhook(WebhookOptions.builder().url(receiver.url()).eventTypes(types).build());
  }

  private static Event await(
      WebhookReceiver receiver, WebhookVerifier verifier, String subject, String type)
      throws InterruptedException {
    WebhookReceiver.Received r = receiver.await(about(verifier, subject, type), 1, WAIT).get(0);
    return verifier.verify(r.headers(), r.body());
  }

  private static int count(
      WebhookReceiver receiver, WebhookVerifier verifier, String subject, String type) {
    return receiver.matching(about(verifier, subject, type)).size();
  }

  private static Predicate<WebhookReceiver.Received> about(
      WebhookVerifier verifier, String subject, String type) {
    return r -> {
      Event e = verifier.verify(r.headers(), r.body());
      return subject.equals(e.getSubject()) && type.equals(e.getType());
    };
  }
}
