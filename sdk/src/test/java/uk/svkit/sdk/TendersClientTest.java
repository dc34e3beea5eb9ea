package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.models.Answer;
import uk.svkit.sdk.models.Bid;
import uk.svkit.sdk.models.BidEvaluation;
import uk.svkit.sdk.models.BidFlagCode;
import uk.svkit.sdk.models.BidRevision;
import uk.svkit.sdk.models.Commitment;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.CreateTenderOptions;
import uk.svkit.sdk.models.Evaluation;
import uk.svkit.sdk.models.ListBidsOptions;
import uk.svkit.sdk.models.ModerateAnswerOptions;
import uk.svkit.sdk.models.QuestionScoreStatus;
import uk.svkit.sdk.models.ScoreAnswerOptions;
import uk.svkit.sdk.models.SubmitBidOptions;
import uk.svkit.sdk.models.Tender;
import uk.svkit.sdk.models.TenderStatus;

class TendersClientTest {

  static String tenderJson(String id, String status) {
    return "{\"id\":\""
        + id
        + "\",\"buyerOrganisationId\":\"o-1\",\"buyerTenderId\":"
        + "\"WRL-17\",\"title\":\"Highways\",\"questionSetId\":\"qs-1\","
        + "\"questionSetVersionNumber\":2,\"socialValueWeighting\":20,"
        + "\"contractValue\":4500000.00,\"currency\":\"GBP\",\"deadline\":"
        + "\"2025-09-30T12:00:00+01:00\",\"status\":\""
        + status
        + "\",\"evaluators\":"
        + "[\"eva\",\"evb\"],\"version\":4}";
  }

  static String bidJson(String id, int revision) {
    return "{\"id\":\""
        + id
        + "\",\"tenderId\":\"t-1\",\"supplierOrganisationId\":\"o-9\","
        + "\"revision\":"
        + revision
        + ",\"price\":4125000.00,\"currency\":\"GBP\","
        + "\"answers\":[{\"questionKey\":\"Q1\",\"text\":\"We will...\"},"
        + "{\"questionKey\":\"Q2\",\"commitment\":{\"measureCode\":\"LM-EMP-01\","
        + "\"unitLabel\":\"FTE\",\"quantity\":6.5,\"period\":\"PER_YEAR\"}}],"
        + "\"submittedAt\":\"2025-09-01T10:00:00Z\",\"version\":"
        + revision
        + "}";
  }

  private static SubmitBidOptions bidOptions() {
    return SubmitBidOptions.builder()
        .price(new BigDecimal("4125000.00"))
        .addAnswer(Answer.ofText("Q1", "We will..."))
        .addAnswer(
            Answer.ofCommitment(
                "Q2",
                Commitment.builder(new BigDecimal("6.5"), CommitmentPeriod.PER_YEAR)
                    .placeCode("E08000015")
                    .build()))
        .addAnswer(Answer.ofYesNo("Q3", true))
        .addAnswer(Answer.ofNumber("Q4", new BigDecimal("12")))
        .addAnswer(Answer.ofChoice("Q5", "Leader"))
        .build();
  }

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

  @Test
  void createTenderSendsTheContractShapeWithAnIdempotencyKey() {
    stub.enqueue(Reply.json(201, tenderJson("t-1", "OPEN")).header("ETag", "\"1\""));

    Tender tender =
        client
            .tenders()
            .createTender(
                CreateTenderOptions.builder()
                    .buyerTenderId("WRL-17")
                    .title("Highways")
                    .questionSetId("qs-1")
                    .socialValueWeighting(new BigDecimal("20"))
                    .contractValue(new BigDecimal("4500000.00"))
                    .deadline(OffsetDateTime.parse("2025-09-30T12:00+01:00"))
                    .build());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/tenders", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"buyerTenderId\":\"WRL-17\",\"title\":\"Highways\",\"questionSetId\":"
            + "\"qs-1\",\"socialValueWeighting\":20,\"contractValue\":4500000.00,"
            + "\"deadline\":\"2025-09-30T12:00:00+01:00\"}",
        req.body);
    assertEquals(TenderStatus.OPEN, tender.getStatus());
    assertEquals(OffsetDateTime.parse("2025-09-30T12:00:00+01:00"), tender.getDeadline());
    assertEquals(List.of("eva", "evb"), tender.getEvaluators());
    assertEquals(2, tender.getQuestionSetVersionNumber());
    assertNull(tender.getProxySetId());
    assertEquals("\"1\"", tender.getETag());
  }

  @Test
  void submitBidSendsAnswersAndAnIdempotencyKey() {
    stub.enqueue(Reply.json(201, bidJson("b-1", 1)).header("ETag", "\"1\""));

    Bid bid = client.tenders().submitBid("t-1", bidOptions());

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/tenders/t-1/bids", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"price\":4125000.00,\"answers\":["
            + "{\"questionKey\":\"Q1\",\"text\":\"We will...\"},"
            + "{\"questionKey\":\"Q2\",\"commitment\":{\"quantity\":6.5,\"period\":"
            + "\"PER_YEAR\",\"placeCode\":\"E08000015\"}},"
            + "{\"questionKey\":\"Q3\",\"yes\":true},"
            + "{\"questionKey\":\"Q4\",\"number\":12},"
            + "{\"questionKey\":\"Q5\",\"text\":\"Leader\"}]}",
        req.body);
    assertEquals(1, bid.getRevision());
    assertEquals("LM-EMP-01", bid.getAnswers().get(1).getCommitment().getMeasureCode());
    assertEquals(CommitmentPeriod.PER_YEAR, bid.getAnswers().get(1).getCommitment().getPeriod());
    assertEquals("\"1\"", bid.getETag());
  }

  @Test
  void submitBidRetriesWithTheSameIdempotencyKey() {
    stub.enqueue(
        Reply.problem(503, "/problems/unavailable", "Unavailable", "busy"),
        Reply.json(201, bidJson("b-1", 1)));

    client.tenders().submitBid("t-1", bidOptions());

    List<StubServer.Recorded> reqs = stub.requests();
    assertEquals(2, reqs.size());
    assertEquals(reqs.get(0).header("Idempotency-Key"), reqs.get(1).header("Idempotency-Key"));
  }

  @Test
  void reviseBidAfterTheDeadlineIsAConflict() {
    stub.enqueue(
        Reply.json(200, bidJson("b-1", 2)).header("ETag", "\"2\""),
        Reply.problem(409, "/problems/conflict", "Conflict", "The deadline has passed"));
    Bid current = client.tenders().getBid("t-1", "b-1");

    ConflictException e =
        assertThrows(
            ConflictException.class,
            () ->
                client
                    .tenders()
                    .reviseBid(
                        current,
                        SubmitBidOptions.builder(current)
                            .price(new BigDecimal("4000000"))
                            .build()));

    assertEquals(409, e.getStatusCode());
    assertEquals("The deadline has passed", e.getDetail());
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/tenders/t-1/bids/b-1", req.path());
    assertEquals("\"2\"", req.header("If-Match"));
    assertNull(req.header("Idempotency-Key"));
    // Out-only fields of the answers read are not sent back.
    assertTrue(
        req.body.contains(
            "{\"questionKey\":\"Q2\",\"commitment\":{\"quantity\":6.5,"
                + "\"period\":\"PER_YEAR\"}}"),
        req.body);
    assertEquals(2, stub.requests().size(), "409 is not retried");
  }

  @Test
  void listBidsFollowsTheCursor() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":["
                + bidJson("b-1", 1)
                + ","
                + bidJson("b-2", 3)
                + "],\"next\":\""
                + stub.endpoint()
                + "/api/v1/tenders/t-1/bids?limit=2&cursor=b2\"}"),
        Reply.json(200, "{\"items\":[" + bidJson("b-3", 1) + "],\"next\":null}"));

    List<String> ids =
        client.tenders().listBids("t-1", ListBidsOptions.builder().limit(2).build()).stream()
            .map(Bid::getId)
            .collect(Collectors.toList());

    assertEquals(List.of("b-1", "b-2", "b-3"), ids);
    List<StubServer.Recorded> reqs = stub.requests();
    assertEquals("/api/v1/tenders/t-1/bids", reqs.get(0).path());
    assertEquals("limit=2", reqs.get(0).query());
    assertEquals("/api/v1/tenders/t-1/bids", reqs.get(1).path());
    assertEquals("limit=2&cursor=b2", reqs.get(1).query());
  }

  @Test
  void sealedBidsSurfaceAsAConflictDuringIteration() {
    stub.enqueue(Reply.problem(409, "/problems/conflict", "Conflict", "Bids are sealed"));

    PagedIterable<Bid> bids = client.tenders().listBids("t-1");

    assertTrue(stub.requests().isEmpty(), "nothing is sent before iteration");
    assertThrows(ConflictException.class, () -> bids.iterator().hasNext());
  }

  @Test
  void getEvaluationParsesRanksFlagsAndValuationTerms() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"tenderId\":\"t-1\",\"socialValueWeighting\":20,"
                + "\"currency\":\"GBP\",\"proxySetId\":\"ps-1\",\"complete\":false,\"bids\":["
                + "{\"bidId\":\"b-2\",\"supplierOrganisationId\":\"o-9\",\"rank\":1,"
                + "\"price\":4125000.00,\"scorePercent\":82.50,\"weightedScore\":16.50,"
                + "\"questions\":[{\"questionKey\":\"Q1\",\"weight\":60,\"finalScore\":75,"
                + "\"status\":\"AGREED\",\"scores\":2},{\"questionKey\":\"Q2\",\"weight\":40,"
                + "\"status\":\"DISAGREEMENT\",\"scores\":2},{\"questionKey\":\"Q3\","
                + "\"weight\":0,\"status\":\"ESCALATED\",\"scores\":0}],"
                + "\"commitmentValue\":130000.00,\"valuePerPound\":0.0315,\"valuation\":{"
                + "\"terms\":[{\"measureCode\":\"LM-EMP-01\",\"quantity\":6.5,\"valuePerUnit\":"
                + "20000.00,\"value\":130000.00}],\"total\":130000.00},\"flags\":["
                + "{\"code\":\"NEEDS_MODERATION\",\"questionKey\":\"Q2\",\"detail\":"
                + "\"Scores 25 and 75\"},{\"code\":\"LATE_REVISION\",\"detail\":\"New\"}],"
                + "\"unknownMetric\":1},"
                + "{\"bidId\":\"b-1\",\"rank\":2,\"price\":3900000,\"scorePercent\":0,"
                + "\"weightedScore\":0}]}"));

    Evaluation ev = client.tenders().getEvaluation("t-1");

    assertEquals("/api/v1/tenders/t-1/evaluation", stub.lastRequest().path());
    assertEquals("t-1", ev.getTenderId());
    assertEquals(new BigDecimal("20"), ev.getSocialValueWeighting());
    assertEquals("ps-1", ev.getProxySetId());
    assertFalse(ev.isComplete());
    assertEquals(2, ev.getBids().size());

    BidEvaluation first = ev.getBids().get(0);
    assertEquals(1, first.getRank());
    assertEquals(new BigDecimal("82.50"), first.getScorePercent());
    assertEquals(new BigDecimal("16.50"), first.getWeightedScore());
    assertEquals(new BigDecimal("0.0315"), first.getValuePerPound());
    assertEquals(Integer.valueOf(75), first.getQuestions().get(0).getFinalScore());
    assertEquals(QuestionScoreStatus.AGREED, first.getQuestions().get(0).getStatus());
    assertEquals(2, first.getQuestions().get(0).getScoreCount());
    assertNull(first.getQuestions().get(1).getFinalScore());
    assertEquals(QuestionScoreStatus.DISAGREEMENT, first.getQuestions().get(1).getStatus());
    assertEquals("ESCALATED", first.getQuestions().get(2).getStatus().toString());
    assertEquals(new BigDecimal("130000.00"), first.getCommitmentValue());
    assertEquals(new BigDecimal("130000.00"), first.getValuation().getTotal());
    assertEquals("LM-EMP-01", first.getValuation().getTerms().get(0).getMeasureCode());
    assertEquals(
        new BigDecimal("20000.00"), first.getValuation().getTerms().get(0).getValuePerUnit());
    assertEquals(2, first.getFlags().size());
    assertEquals(BidFlagCode.NEEDS_MODERATION, first.getFlags().get(0).getCode());
    assertEquals("Q2", first.getFlags().get(0).getQuestionKey());
    assertEquals("Scores 25 and 75", first.getFlags().get(0).getDetail());
    assertEquals(BidFlagCode.fromString("LATE_REVISION"), first.getFlags().get(1).getCode());
    assertNull(first.getFlags().get(1).getQuestionKey());

    BidEvaluation second = ev.getBids().get(1);
    assertNull(second.getValuation());
    assertNull(second.getCommitmentValue());
    assertTrue(second.getFlags().isEmpty());
    assertTrue(second.getQuestions().isEmpty());
  }

  @Test
  void listBidRevisionsReadsAPlainArrayOldestFirst() {
    stub.enqueue(
        Reply.json(
            200,
            "[{\"revision\":1,\"submittedAt\":\"2025-09-01T10:00:00Z\","
                + "\"submittedBy\":\"sup-1\",\"price\":4200000,\"answers\":[{\"questionKey\":"
                + "\"Q3\",\"yes\":false}]},{\"revision\":2,\"submittedBy\":\"sup-2\","
                + "\"price\":4125000.00}]"));

    List<BidRevision> revisions = client.tenders().listBidRevisions("t-1", "b-1");

    assertEquals("/api/v1/tenders/t-1/bids/b-1/revisions", stub.lastRequest().path());
    assertEquals(2, revisions.size());
    assertEquals(1, revisions.get(0).getRevision());
    assertEquals(Boolean.FALSE, revisions.get(0).getAnswers().get(0).getYes());
    assertEquals("sup-2", revisions.get(1).getSubmittedBy());
    assertTrue(revisions.get(1).getAnswers().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> revisions.clear());
  }

  @Test
  void tenderChangesSendIfMatchAndTheirBodies() {
    stub.enqueue(
        Reply.json(200, tenderJson("t-1", "OPEN")).header("ETag", "\"4\""),
        Reply.json(200, tenderJson("t-1", "OPEN")).header("ETag", "\"5\""),
        Reply.json(200, tenderJson("t-1", "OPEN")).header("ETag", "\"6\""),
        Reply.json(200, tenderJson("t-1", "AWARDED")).header("ETag", "\"7\""));
    Tender t = client.tenders().getTender("t-1");

    t = client.tenders().changeTenderDeadline(t, OffsetDateTime.parse("2025-10-31T17:00:00Z"));
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/tenders/t-1/deadline", req.path());
    assertEquals("\"4\"", req.header("If-Match"));
    assertEquals("{\"deadline\":\"2025-10-31T17:00:00Z\"}", req.body);

    t = client.tenders().assignEvaluators(t, List.of("eva", "evc"));
    req = stub.lastRequest();
    assertEquals("/api/v1/tenders/t-1/evaluators", req.path());
    assertEquals("\"5\"", req.header("If-Match"));
    assertEquals("{\"evaluators\":[\"eva\",\"evc\"]}", req.body);

    t = client.tenders().awardTender(t, "b-2");
    req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/tenders/t-1/award", req.path());
    assertEquals("\"6\"", req.header("If-Match"));
    assertNull(req.header("Idempotency-Key"));
    assertEquals("{\"bidId\":\"b-2\"}", req.body);
    assertEquals(TenderStatus.AWARDED, t.getStatus());
  }

  @Test
  void scoringAndModerationPutToTheAnswersSubResources() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"questionKey\":\"Q 1\",\"evaluator\":\"eva\","
                + "\"score\":75,\"comment\":\"Good\",\"updatedAt\":"
                + "\"2025-10-01T09:00:00Z\"}"),
        Reply.json(
            200,
            "{\"questionKey\":\"Q2\",\"moderator\":\"buyer-1\",\"score\":50,"
                + "\"rationale\":\"Split the difference\"}"),
        Reply.json(
            200,
            "{\"bidId\":\"b-1\",\"scores\":[{\"questionKey\":\"Q2\","
                + "\"evaluator\":\"eva\",\"score\":25}],\"moderations\":[]}"));

    assertEquals(
        75,
        client
            .tenders()
            .scoreAnswer(
                "t-1", "b-1", "Q 1", ScoreAnswerOptions.builder(75).comment("Good").build())
            .getScore());
    StubServer.Recorded req = stub.lastRequest();
    assertEquals("PUT", req.method);
    assertEquals("/api/v1/tenders/t-1/bids/b-1/scores/Q%201", req.path());
    assertNull(req.header("If-Match"));
    assertEquals("{\"score\":75,\"comment\":\"Good\"}", req.body);

    assertEquals(
        "Split the difference",
        client
            .tenders()
            .moderateAnswer(
                "t-1",
                "b-1",
                "Q2",
                ModerateAnswerOptions.builder(50, "Split the difference").build())
            .getRationale());
    assertEquals("/api/v1/tenders/t-1/bids/b-1/moderations/Q2", stub.lastRequest().path());
    assertEquals("{\"score\":50,\"rationale\":\"Split the difference\"}", stub.lastRequest().body);

    assertEquals(25, client.tenders().getBidScores("t-1", "b-1").getScores().get(0).getScore());
    assertEquals("/api/v1/tenders/t-1/bids/b-1/scores", stub.lastRequest().path());
  }

  @Test
  void bidOptionsCheckRequiredFieldsAndReplaceAnswersInPlace() {
    assertThrows(
        IllegalStateException.class,
        () -> SubmitBidOptions.builder().addAnswer(Answer.ofYesNo("Q1", true)).build());
    assertThrows(
        IllegalStateException.class,
        () -> SubmitBidOptions.builder().price(BigDecimal.ONE).build());
    SubmitBidOptions o =
        SubmitBidOptions.builder()
            .price(BigDecimal.ONE)
            .addAnswer(Answer.ofYesNo("Q1", true))
            .addAnswer(Answer.ofText("Q2", "x"))
            .addAnswer(Answer.ofYesNo("Q1", false))
            .build();
    assertEquals(2, o.getAnswers().size());
    assertEquals(Boolean.FALSE, o.getAnswers().get(0).getYes());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> CreateTenderOptions.builder().title("T").build());
    assertTrue(e.getMessage().contains(".deadline(...)"), e.getMessage());
  }
}
