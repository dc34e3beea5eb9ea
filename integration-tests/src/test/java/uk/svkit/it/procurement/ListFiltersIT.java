package uk.svkit.it.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.models.Bid;
import uk.svkit.sdk.models.ListQuestionSetsOptions;
import uk.svkit.sdk.models.ListTendersOptions;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.QuestionSetStatus;
import uk.svkit.sdk.models.Tender;
import uk.svkit.sdk.models.TenderStatus;

/**
 * Procurement's lists: records just created are found through each filter, and a filter that does
 * not fit leaves them out.
 */
class ListFiltersIT extends SvkitServer {
  private static final String LIVERPOOL_ID = "8f1f3c39-0000-4000-8000-000000000002";
  private SvkitClient wirral;
  private SvkitClient liverpool;

  @BeforeEach
  void connect() {
    wirral = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"));
    liverpool = Clients.of(endpoint(), Tokens.of("GB-LAE-LIV", "buyer"));
  }

  @AfterEach
  void close() {
    wirral.close();
    liverpool.close();
  }

  private static Set<String> questionSets(SvkitClient client, QuestionSetStatus status) {
    ListQuestionSetsOptions.Builder options = ListQuestionSetsOptions.builder();
    if (status != null) {
      options.status(status);
    }
    return client.questionSets().listQuestionSets(options.build()).stream()
        .map(QuestionSet::getId)
        .collect(Collectors.toSet());
  }

  @Test
  void questionSetsByOwnerSharingAndStatus() {
    QuestionSet draft =
        wirral
            .questionSets()
            .createQuestionSet(
                ProcurementFixtures.oneWirralQuestions(unique("Listed draft")).build());
    QuestionSet published =
        ProcurementFixtures.publishedQuestionSet(wirral, unique("Listed published"));

    // The owner's own sets, drafts included, shared with nobody (this list used to be empty).
    Set<String> all = questionSets(wirral, null);
    assertTrue(all.containsAll(Set.of(draft.getId(), published.getId())), all.toString());
    Set<String> drafts = questionSets(wirral, QuestionSetStatus.DRAFT);
    assertTrue(
        drafts.contains(draft.getId()) && !drafts.contains(published.getId()), drafts.toString());
    Set<String> live = questionSets(wirral, QuestionSetStatus.PUBLISHED);
    assertTrue(live.contains(published.getId()) && !live.contains(draft.getId()), live.toString());
    Set<String> retired = questionSets(wirral, QuestionSetStatus.RETIRED);
    assertFalse(
        retired.contains(draft.getId()) || retired.contains(published.getId()), retired.toString());

    // Another buyer sees neither until the published one is shared with it; never the draft.
    assertFalse(questionSets(liverpool, null).contains(published.getId()));
    wirral.questionSets().shareQuestionSet(published.getId(), LIVERPOOL_ID);
    Set<String> shared = questionSets(liverpool, null);
    assertTrue(
        shared.contains(published.getId()) && !shared.contains(draft.getId()), shared.toString());
    assertTrue(questionSets(liverpool, QuestionSetStatus.PUBLISHED).contains(published.getId()));
    assertFalse(questionSets(liverpool, QuestionSetStatus.DRAFT).contains(published.getId()));

    try (SvkitClient admin = Clients.of(endpoint(), Tokens.admin())) {
      assertTrue(
          questionSets(admin, QuestionSetStatus.DRAFT).contains(draft.getId()),
          "admins see every set");
    }
  }

  private static Set<String> tenders(SvkitClient client, TenderStatus status) {
    ListTendersOptions.Builder options = ListTendersOptions.builder();
    if (status != null) {
      options.status(status);
    }
    return client.tenders().listTenders(options.build()).stream()
        .map(Tender::getId)
        .collect(Collectors.toSet());
  }

  @Test
  void tendersByStatusForBuyersEvaluatorsAndSuppliersAndTheirBids() throws Exception {
    QuestionSet set = ProcurementFixtures.publishedQuestionSet(wirral, unique("Tender lists"));
    Tender open =
        ProcurementFixtures.tender(
            wirral, set, unique("OPEN").replace(' ', '-'), Duration.ofDays(30));
    Tender closing =
        ProcurementFixtures.tender(
            wirral, set, unique("CLOSING").replace(' ', '-'), Duration.ofSeconds(4));
    String evaluatorSubject = unique("eva").replace(' ', '-');
    closing = wirral.tenders().assignEvaluators(closing, List.of(evaluatorSubject));
    try (SvkitClient supplier = Clients.of(endpoint(), Tokens.of("GB-COH-09900001", "supplier"));
        SvkitClient evaluator =
            Clients.of(endpoint(), Tokens.person("GB-LAE-WRL", evaluatorSubject, "evaluator"));
        SvkitClient buyerAndEvaluator =
            Clients.of(
                endpoint(),
                Tokens.person(
                    "GB-LAE-WRL", unique("both").replace(' ', '-'), "buyer", "evaluator"))) {
      Bid bid =
          supplier
              .tenders()
              .submitBid(closing.getId(), ProcurementFixtures.bid("900000", "5", "20", null));
      try (SvkitClient otherSupplier =
          Clients.of(endpoint(), Tokens.of("GB-COH-09900002", "supplier"))) {
        assertEquals(
            List.of(),
            otherSupplier.tenders().listBids(closing.getId()).stream().map(Bid::getId).toList(),
            "not another supplier's bid");
      }
      ProcurementFixtures.waitForDeadline(closing);

      Set<String> mine = tenders(wirral, null);
      assertTrue(mine.containsAll(Set.of(open.getId(), closing.getId())), mine.toString());
      Set<String> openOnes = tenders(wirral, TenderStatus.OPEN);
      assertTrue(
          openOnes.contains(open.getId()) && !openOnes.contains(closing.getId()),
          openOnes.toString());
      Set<String> closed = tenders(wirral, TenderStatus.CLOSED);
      assertTrue(
          closed.contains(closing.getId()) && !closed.contains(open.getId()), closed.toString());
      Set<String> awarded = tenders(wirral, TenderStatus.AWARDED);
      assertFalse(
          awarded.contains(open.getId()) || awarded.contains(closing.getId()), awarded.toString());
      assertFalse(
          tenders(liverpool, null).contains(open.getId()),
          "another buyer's tenders are not listed");

      // An evaluator lists the tenders assigned to them only; one who is also a buyer lists the
      // buyer's too, assigned or not.
      Set<String> assigned = tenders(evaluator, null);
      assertTrue(
          assigned.contains(closing.getId()) && !assigned.contains(open.getId()),
          assigned.toString());
      assertTrue(tenders(evaluator, TenderStatus.CLOSED).contains(closing.getId()));
      assertFalse(tenders(evaluator, TenderStatus.OPEN).contains(closing.getId()));
      assertTrue(
          tenders(buyerAndEvaluator, null).containsAll(Set.of(open.getId(), closing.getId())));
      // The assignment names a person of Wirral: the same user name at another organisation is
      // someone else.
      String assignedTender = closing.getId();
      try (SvkitClient namesake =
          Clients.of(endpoint(), Tokens.person("GB-LAE-LIV", evaluatorSubject, "evaluator"))) {
        assertFalse(
            tenders(namesake, null).contains(assignedTender),
            "a namesake evaluator of another organisation");
        assertThrows(NotFoundException.class, () -> namesake.tenders().getTender(assignedTender));
        assertThrows(
            NotFoundException.class,
            () -> namesake.tenders().listBids(assignedTender).stream().findAny());
      }

      // A supplier lists open tenders and those it bid in.
      Set<String> supplierOpen = tenders(supplier, TenderStatus.OPEN);
      assertTrue(
          supplierOpen.contains(open.getId()) && !supplierOpen.contains(closing.getId()),
          supplierOpen.toString());
      assertTrue(
          tenders(supplier, TenderStatus.CLOSED).contains(closing.getId()), "it bid in this one");

      // Bids: the supplier's own, and every bid for the buyer once the deadline has passed.
      assertEquals(
          List.of(bid.getId()),
          supplier.tenders().listBids(closing.getId()).stream().map(Bid::getId).toList());
      assertEquals(
          List.of(bid.getId()),
          wirral.tenders().listBids(closing.getId()).stream().map(Bid::getId).toList());
    }
  }
}
