package uk.svkit.it.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.svkit.it.procurement.ProcurementFixtures.bid;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.Answer;
import uk.svkit.sdk.models.Commitment;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.CreateTenderOptions;
import uk.svkit.sdk.models.ListTendersOptions;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.SubmitBidOptions;
import uk.svkit.sdk.models.Tender;
import uk.svkit.sdk.models.TenderStatus;

/**
 * The rules of tenders and bids, each answered as problem details the SDK maps to its exceptions.
 */
class TendersIT extends SvkitServer {
  private SvkitClient buyer;
  private SvkitClient supplier;

  @BeforeEach
  void connect() {
    buyer = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"));
    supplier = Clients.of(endpoint(), Tokens.of("GB-COH-09900001", "supplier"));
  }

  @AfterEach
  void close() {
    buyer.close();
    supplier.close();
  }

  private static CreateTenderOptions.Builder tenderOn(QuestionSet set) {
    return CreateTenderOptions.builder()
        .buyerTenderId(unique("WRL").replace(' ', '-'))
        .title("Grounds maintenance")
        .questionSetId(set.getId())
        .socialValueWeighting(new BigDecimal("15"))
        .contractValue(new BigDecimal("250000"))
        .deadline(OffsetDateTime.now(ZoneOffset.UTC).plusDays(30));
  }

  @Test
  void dateTimesOnTheMinuteKeepTheirSeconds() {
    QuestionSet set =
        buyer
            .questionSets()
            .publishQuestionSet(
                buyer
                    .questionSets()
                    .createQuestionSet(
                        ProcurementFixtures.oneWirralQuestions(unique("On the minute")).build()));
    OffsetDateTime deadline =
        OffsetDateTime.now(ZoneOffset.UTC)
            .plusDays(30)
            .withHour(12)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    Tender tender = buyer.tenders().createTender(tenderOn(set).deadline(deadline).build());
    Http.Reply reply =
        http()
            .get("/api/v1/tenders/" + tender.getId())
            .token(Tokens.of("GB-LAE-WRL", "buyer"))
            .send();
    assertEquals(200, reply.status(), reply.toString());
    // RFC 3339 needs the seconds: 12:00:00Z, never 12:00Z.
    assertEquals(
        deadline.toLocalDate() + "T12:00:00Z", reply.json().getString("deadline"), reply.body());
    assertTrue(
        reply
            .json()
            .getString("createdAt")
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"),
        reply.body());
  }

  @Test
  void aTenderNeedsAPublishedSetEnoughWeightingAndAFutureDeadline() {
    QuestionSet draft =
        buyer
            .questionSets()
            .createQuestionSet(
                ProcurementFixtures.oneWirralQuestions(unique("Draft only")).build());
    BusinessRuleException problem =
        assertThrows(
            BusinessRuleException.class,
            () ->
                buyer
                    .tenders()
                    .createTender(
                        tenderOn(draft)
                            .socialValueWeighting(new BigDecimal("9.99"))
                            .deadline(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                            .build()));
    List<String> fields = problem.getErrors().stream().map(FieldError::getField).toList();
    assertEquals(List.of("socialValueWeighting", "deadline", "questionSetId"), fields);
    assertTrue(
        problem.getErrors().get(0).getMessage().contains("at least 10 %"),
        problem.getErrors().toString());

    QuestionSet published = buyer.questionSets().publishQuestionSet(draft);
    Tender tender =
        buyer
            .tenders()
            .createTender(tenderOn(published).socialValueWeighting(new BigDecimal("10")).build());
    assertEquals("GBP", tender.getCurrency());
    assertThrows(
        ConflictException.class,
        () ->
            buyer
                .tenders()
                .createTender(tenderOn(published).buyerTenderId(tender.getBuyerTenderId()).build()),
        "the buyer's own tender id is unique");

    BusinessRuleException proxies =
        assertThrows(
            BusinessRuleException.class,
            () ->
                buyer
                    .tenders()
                    .createTender(
                        tenderOn(published)
                            .proxySetId(ProcurementFixtures.ILLUSTRATIVE_PROXY_SET)
                            .currency("EUR")
                            .build()));
    assertEquals(
        List.of("proxySetId"), proxies.getErrors().stream().map(FieldError::getField).toList());

    ValidationException ocid =
        assertThrows(
            ValidationException.class,
            () -> buyer.tenders().createTender(tenderOn(published).ocid("not-an-ocid").build()));
    assertEquals("ocid", ocid.getErrors().get(0).getField());

    QuestionSet retired =
        buyer
            .questionSets()
            .retireQuestionSet(buyer.questionSets().getQuestionSet(published.getId()));
    assertThrows(
        BusinessRuleException.class, () -> buyer.tenders().createTender(tenderOn(retired).build()));
  }

  @Test
  void bidsMustAnswerEveryQuestionAsAsked() {
    QuestionSet set = ProcurementFixtures.publishedQuestionSet(buyer, unique("Bid rules"));
    Tender tender = buyer.tenders().createTender(tenderOn(set).build());

    BusinessRuleException problem =
        assertThrows(
            BusinessRuleException.class,
            () ->
                supplier
                    .tenders()
                    .submitBid(
                        tender.getId(),
                        SubmitBidOptions.builder()
                            .price(new BigDecimal("1000"))
                            .addAnswer(
                                Answer.ofCommitment(
                                    "JOBS",
                                    Commitment.builder(
                                            new BigDecimal("2"), CommitmentPeriod.PER_YEAR)
                                        .placeCode("Wirral")
                                        .build()))
                            .addAnswer(Answer.ofText("HOW", "word ".repeat(61)))
                            .addAnswer(Answer.ofYesNo("NOPE", true))
                            .build()));
    List<String> fields = problem.getErrors().stream().map(FieldError::getField).toList();
    assertTrue(
        fields.containsAll(
            List.of(
                "answers[0].commitment.placeCode",
                "answers[1].text",
                "answers[2].questionKey",
                "answers")),
        fields.toString());
    assertTrue(
        problem.getErrors().stream()
            .anyMatch(e -> e.getMessage().contains("'RLW' is not answered")),
        problem.getErrors().toString());

    BusinessRuleException partner =
        assertThrows(
            BusinessRuleException.class,
            () ->
                supplier
                    .tenders()
                    .submitBid(
                        tender.getId(),
                        bid("1000", "2", "3", "8f1f3c39-0000-4000-8000-000000000004")));
    assertEquals(
        "answers[0].commitment.vcfsePartnerOrganisationId",
        partner.getErrors().get(0).getField(),
        "a supplier is not a VCFSE partner");

    supplier.tenders().submitBid(tender.getId(), bid("1000", "2", "3", null));
    assertThrows(
        ConflictException.class,
        () -> supplier.tenders().submitBid(tender.getId(), bid("900", "2", "3", null)),
        "one bid per supplier");
    assertThrows(
        PermissionDeniedException.class,
        () -> buyer.tenders().submitBid(tender.getId(), bid("900", "2", "3", null)));
  }

  @Test
  void nobodyButTheBidderReadsABidBeforeTheDeadlineNotEvenAPlatformAdmin() throws Exception {
    QuestionSet set = ProcurementFixtures.publishedQuestionSet(buyer, unique("Sealed"));
    Tender tender =
        ProcurementFixtures.tender(
            buyer, set, unique("SEAL").replace(' ', '-'), Duration.ofSeconds(4));
    var bid = supplier.tenders().submitBid(tender.getId(), bid("1000", "2", "3", null));
    try (SvkitClient admin = Clients.of(endpoint(), Tokens.admin())) {
      // Issue 13, finding 7: the list said 409, but an admin read the bid itself by its id.
      assertThrows(
          ConflictException.class, () -> admin.tenders().listBids(tender.getId()).stream().count());
      assertThrows(
          ConflictException.class, () -> admin.tenders().getBid(tender.getId(), bid.getId()));
      assertThrows(
          ConflictException.class,
          () -> admin.tenders().listBidRevisions(tender.getId(), bid.getId()));
      assertEquals(
          bid.getId(),
          supplier.tenders().getBid(tender.getId(), bid.getId()).getId(),
          "the bidder reads its own");

      ProcurementFixtures.waitForDeadline(tender);
      assertEquals(
          bid.getId(),
          admin.tenders().getBid(tender.getId(), bid.getId()).getId(),
          "after the deadline the seal is off");
    }
  }

  @Test
  void suppliersSeeOpenTendersAndTheDeadlineCanOnlyMoveForward() throws Exception {
    QuestionSet set = ProcurementFixtures.publishedQuestionSet(buyer, unique("Deadlines"));
    Tender soon =
        ProcurementFixtures.tender(
            buyer, set, unique("SOON").replace(' ', '-'), Duration.ofSeconds(3));
    assertTrue(
        supplier
            .tenders()
            .listTenders(ListTendersOptions.builder().status(TenderStatus.OPEN).build())
            .stream()
            .anyMatch(t -> t.getId().equals(soon.getId())));
    assertThrows(
        ValidationException.class,
        () ->
            buyer
                .tenders()
                .changeTenderDeadline(soon, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)));

    ProcurementFixtures.waitForDeadline(soon);
    assertTrue(
        supplier
            .tenders()
            .listTenders(ListTendersOptions.builder().status(TenderStatus.OPEN).build())
            .stream()
            .noneMatch(t -> t.getId().equals(soon.getId())),
        "closed tenders leave the suppliers' list");
    assertThrows(
        uk.svkit.sdk.exception.NotFoundException.class,
        () -> supplier.tenders().getTender(soon.getId()),
        "and are not theirs to read");
    assertThrows(
        uk.svkit.sdk.exception.NotFoundException.class,
        () -> supplier.tenders().submitBid(soon.getId(), bid("1000", "2", "3", null)));
    Tender closed = buyer.tenders().getTender(soon.getId());
    assertThrows(
        ConflictException.class,
        () ->
            buyer
                .tenders()
                .changeTenderDeadline(closed, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)));
  }

  @Test
  void malformedBodiesAreProblemDetails() {
    Http.Reply response =
        http()
            .post("/api/v1/tenders", "{\"title\": 42, \"deadline\": \"tomorrow\"}")
            .token(Tokens.of("GB-LAE-WRL", "buyer"))
            .send();
    assertEquals(400, response.status());
    assertTrue(
        response.header("Content-Type").startsWith("application/problem+json"),
        response.header("Content-Type"));
  }
}
